#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rka::relay {

class AccountDirectory;
class UsageRecord;
struct UsageRecordSummary;

// The account that served a key's last request, as the service's key list shows it
// (`lastUsage`, service-data-model.md 15.1).
struct LastUsage
{
    std::optional<QString> accountId; // sanitised id; null in the "deleted" fallback
    std::optional<QString> rawAccountId; // the record's id (or the sanitised one)
    QString accountType; // a type of the 15.1 table, or "deleted"
    QString accountCategory; // claude, openai, gemini, droid, or "deleted"
    QString accountName; // display name; the service's literal "已删除" in the fallback
    std::optional<QString> recordedAt; // ISO string as stored

    // Nothing under the record's id exists any more (the service's fallback, 15.1 step 7).
    bool isDeleted() const { return accountType == QLatin1StringView("deleted"); }

    // Exactly the service's object: the six keys, null where the service has null.
    QJsonObject toJson() const;

    // Section 15.1 over a loaded directory: `newest` is the key's newest usage record (nullopt when
    // it has none or it does not parse), `keyLastUsedAt` the key's `lastUsedAt` field as stored.
    // nullopt means the service's `lastUsage: null`.
    static std::optional<LastUsage> resolve(const AccountDirectory& accounts,
                                            const std::optional<UsageRecord>& newest,
                                            const QString& keyLastUsedAt);
    // The same from the summary of the record (UsageRecord::summarize, for the key list).
    static std::optional<LastUsage> resolveSummary(const AccountDirectory& accounts,
                                                   const std::optional<UsageRecordSummary>& newest,
                                                   const QString& keyLastUsedAt);
    // Every account key resolve() may look at for this record, in no particular order: a directory
    // holding the records of these keys that exist resolves it exactly as the whole directory does.
    static QList<QByteArray> candidateKeys(const std::optional<UsageRecordSummary>& newest);

    friend bool operator==(const LastUsage&, const LastUsage&) = default;
};

} // namespace rka::relay
