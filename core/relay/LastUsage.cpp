#include "LastUsage.h"

#include "AccountDirectory.h"
#include "UsageRecord.h"

#include <QJsonValue>
#include <QList>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

QJsonValue nullable(const std::optional<QString>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// normalizeAccountTypeKey (section 15.1 step 3): a few spellings mapped, anything else lower-cased.
QString normaliseType(const QString& type)
{
    const QString lower = type.toLower();
    if (lower == "claude_console"_L1)
        return u"claude-console"_s;
    if (lower == "openai_responses"_L1 || lower == "openai-response"_L1)
        return u"openai-responses"_s;
    if (lower == "azure_openai"_L1 || lower == "azureopenai"_L1)
        return u"azure-openai"_s;
    if (lower == "gemini_api"_L1)
        return u"gemini-api"_s;
    return lower;
}

// The types to try, in order (section 15.1 step 3): the record's own, the model's, the priority.
QList<AccountType> candidateTypes(const UsageRecordSummary& record)
{
    QList<AccountType> types;
    const auto push = [&types](QStringView name) {
        const std::optional<AccountType> t = AccountTypes::fromName(name);
        if (t && AccountTypes::isLastUsageType(*t) && !types.contains(*t))
            types.append(*t);
    };
    // A 1.1.314 `claude-official` is not in the table, so only the heuristics below find it (18.8).
    if (const std::optional<QString>& type = record.accountType; type && !type->isEmpty())
        push(normaliseType(*type));

    const QString model = record.modelForHeuristics.toLower();
    if (model.contains("gpt"_L1) || model.contains("openai"_L1)) {
        push(u"openai");
        push(u"openai-responses");
        push(u"azure-openai");
    } else if (model.contains("gemini"_L1)) {
        push(u"gemini");
        push(u"gemini-api");
    } else if (model.contains("claude"_L1) || model.contains("anthropic"_L1)) {
        push(u"claude");
        push(u"claude-console");
    } else if (model.contains("droid"_L1)) {
        push(u"droid");
    }

    for (const QStringView name : {u"openai", u"openai-responses", u"azure-openai", u"claude",
                                   u"claude-console", u"gemini", u"gemini-api", u"droid"})
        push(name);
    return types;
}

// sanitizeAccountIdForType: the prefix only belongs to its own type.
QString sanitise(const QString& id, AccountType type)
{
    if (type == AccountType::OpenAIResponses && id.startsWith("responses:"_L1))
        return id.mid(10);
    if (type == AccountType::GeminiApi && id.startsWith("api:"_L1))
        return id.mid(4);
    return id;
}

} // namespace

QJsonObject LastUsage::toJson() const
{
    return QJsonObject {
        {u"accountCategory"_s, accountCategory},
        {u"accountId"_s, nullable(accountId)},
        {u"accountName"_s, accountName},
        {u"accountType"_s, accountType},
        {u"rawAccountId"_s, nullable(rawAccountId)},
        {u"recordedAt"_s, nullable(recordedAt)},
    };
}

namespace {
// Every (type, id) the resolver looks up, in its order (15.1 steps 2-4): the record's id (and the id
// without a responses:/api: prefix) for each candidate type, sanitised for that type.
QList<std::pair<AccountType, QString>> candidates(const UsageRecordSummary& record)
{
    QList<std::pair<AccountType, QString>> out;
    const QString rawId = record.accountId.value_or(QString());
    if (rawId.isEmpty())
        return out;
    QList<QString> ids {rawId};
    if (rawId.startsWith("responses:"_L1))
        ids.append(rawId.mid(10));
    if (rawId.startsWith("api:"_L1))
        ids.append(rawId.mid(4));
    for (const AccountType type : candidateTypes(record)) {
        for (const QString& candidate : std::as_const(ids)) {
            QString id = sanitise(candidate, type);
            if (!id.isEmpty())
                out.append({type, std::move(id)});
        }
    }
    return out;
}
} // namespace

QList<QByteArray> LastUsage::candidateKeys(const std::optional<UsageRecordSummary>& newest)
{
    QList<QByteArray> keys;
    if (!newest)
        return keys;
    for (const auto& [type, id] : candidates(*newest))
        keys.append(AccountTypes::keyPrefix(type) + id.toUtf8());
    return keys;
}

std::optional<LastUsage> LastUsage::resolve(const AccountDirectory& accounts,
                                            const std::optional<UsageRecord>& newest,
                                            const QString& keyLastUsedAt)
{
    return resolveSummary(accounts,
                          newest ? std::optional<UsageRecordSummary>(newest->summary()) : std::nullopt,
                          keyLastUsedAt);
}

std::optional<LastUsage> LastUsage::resolveSummary(const AccountDirectory& accounts,
                                                   const std::optional<UsageRecordSummary>& newest,
                                                   const QString& keyLastUsedAt)
{
    if (!newest)
        return std::nullopt;
    const QString rawId = newest->accountId.value_or(QString());
    const QString rawType = newest->accountType.value_or(QString());
    // JavaScript truthiness: an empty string counts as absent (section 15.1 step 1).
    if (rawId.isEmpty() && rawType.isEmpty())
        return std::nullopt;

    LastUsage usage;
    // `timestamp || lastUsedAt || null` (15.1 step 6; the full list, not batch-last-usage).
    if (!newest->timestamp.isEmpty())
        usage.recordedAt = newest->timestamp;
    else if (!keyLastUsedAt.isEmpty())
        usage.recordedAt = keyLastUsedAt;

    for (const auto& [type, id] : candidates(*newest)) {
        if (const std::optional<AccountRecord> record = accounts.find(type, id)) {
            usage.accountId = id;
            usage.rawAccountId = rawId;
            usage.accountType = AccountTypes::name(type);
            usage.accountCategory = AccountTypes::category(type);
            usage.accountName = record->displayName();
            return usage;
        }
    }

    // Nothing resolved: the service's fixed fallback, with its untranslated name (15.1 step 7).
    usage.accountId = std::nullopt;
    usage.rawAccountId = rawId.isEmpty() ? std::nullopt : std::optional<QString>(rawId);
    usage.accountType = u"deleted"_s;
    usage.accountCategory = u"deleted"_s;
    usage.accountName = u"已删除"_s;
    return usage;
}

} // namespace rka::relay
