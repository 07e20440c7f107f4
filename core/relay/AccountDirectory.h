#pragma once

#include "ApiKeyField.h"
#include "redis/Connection.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rka::relay {

// Every kind of upstream account record the service keeps (service-data-model.md 15.1, 15.2).
enum class AccountType {
    Claude, // claude:account:{id}
    ClaudeConsole, // claude_console_account:{id}
    OpenAI, // openai:account:{id}
    OpenAIResponses, // openai_responses_account:{id}
    AzureOpenAI, // azure_openai:account:{id}
    Gemini, // gemini_account:{id}
    GeminiApi, // gemini_api_account:{id}
    Droid, // droid:account:{id}
    Ccr, // ccr_account:{id}
    Bedrock, // bedrock_account:{id}, a JSON STRING
    Group, // account_group:{id}
};

// Static facts about each type.
namespace AccountTypes {
QList<AccountType> all();
// The service's type name ("claude-console", "openai-responses", ...); "group" for groups.
QString name(AccountType type);
std::optional<AccountType> fromName(QStringView name);
QByteArray keyPrefix(AccountType type);
// The last-usage category (15.1): claude, openai, gemini, droid; ccr, bedrock, group otherwise.
QString category(AccountType type);
// Whether the last-usage resolver of 15.1 looks at this type at all.
bool isLastUsageType(AccountType type);
// A name for the user, e.g. "Claude Console".
QString label(AccountType type);
} // namespace AccountTypes

// The display fields of one account. Secrets are never fetched: only the fields in
// AccountDirectory::displayFields() are read (for bedrock the JSON is read and reduced at once).
class AccountRecord
{
public:
    AccountType type = AccountType::Claude;
    QString id;
    // Present display fields only; values as stored (bedrock JSON values in their String() form).
    QHash<QByteArray, QString> fields;
    // HLEN of the hash, or the number of JSON members for bedrock.
    qint64 fieldCount = 0;

    QByteArray redisKey() const { return AccountTypes::keyPrefix(type) + id.toUtf8(); }
    QString field(const QByteArray& name) const { return fields.value(name); }
    // First non-empty of name, displayName, email, username, description, else the id
    // (section 15.1 step 5). Claude OAuth accounts store email encrypted, so this may be ciphertext.
    QString displayName() const;
    // String boolean (section 1.3); bedrock's JSON true is stored as "true" too.
    bool isActive() const { return fields.value("isActive") == QLatin1StringView("true"); }
    // For a group: the platform it serves (claude, gemini, openai, droid).
    QString platform() const { return fields.value("platform"); }
};

// What a key's binding field names (section 15.2).
struct AccountBinding
{
    enum class State {
        Unbound, // the field is empty
        Found, // the record exists
        Missing, // names an account or group that does not exist (any more)
    };
    State state = State::Unbound;
    AccountType type = AccountType::Claude;
    QString id; // without the group:/api:/responses: prefix
    QString value; // the field's value as stored
    std::optional<AccountRecord> record;

    bool isMissing() const { return state == State::Missing; }
};

// One choice for a binding field in the editor: the value to store and the record it names.
struct BindingChoice
{
    QString value; // e.g. "acc-1", "api:acc-2", "responses:acc-3", "group:g-1"
    AccountRecord record;
};

// All upstream accounts and account groups, loaded in a fixed number of round trips: one SCAN per
// pattern side by side (as many round trips as the keyspace needs, independent of the number of
// accounts), then one pipeline of HLEN+HMGET (or GET for bedrock) per record.
class AccountDirectory
{
public:
    using LoadCallback =
        std::function<void(const AccountDirectory& directory, const redis::RedisError& error)>;
    static void load(redis::Connection& connection, QObject* context, LoadCallback callback);
    // The same from keys found by a caller's own SCAN (any superset of the account keys: what is
    // no account is skipped), so a key list needs only one pass over the keyspace.
    static void loadKeys(redis::Connection& connection, const QList<QByteArray>& keys, QObject* context,
                         LoadCallback callback);
    // Whether a key name may be an account or account group key (all of them contain "account").
    static bool mayBeAccountKey(QByteArrayView key);

    // The hash fields read with HMGET (and kept from bedrock's JSON).
    static QList<QByteArray> displayFields();
    // One record from the replies loadKeys() reads for it: `GET` for bedrock (`second` unused), else
    // `HLEN` then `HMGET` of `fields`. nullopt when the key holds no account record (wrong type,
    // gone, not a JSON object). Public for the fuzz target.
    static std::optional<AccountRecord> recordFromReplies(AccountType type, const QString& id,
                                                          const redis::Reply& first,
                                                          const redis::Reply& second,
                                                          const QList<QByteArray>& fields = displayFields());

    // Adds or replaces a record (for demo data and tests).
    void insert(const AccountRecord& record);

    const QList<AccountRecord>& all() const { return m_records; }
    qsizetype size() const { return m_records.size(); }
    bool contains(AccountType type, const QString& id) const;
    std::optional<AccountRecord> find(AccountType type, const QString& id) const;
    // All records of one type, sorted by display name (case-insensitive), then id.
    QList<AccountRecord> accounts(AccountType type) const;
    // Groups, optionally only those of one platform.
    QList<AccountRecord> groups(const QString& platform = QString()) const;

    // The accounts a binding field can name, in the stored form of the value (section 15.2).
    // Empty for fields that are not bindings.
    QList<BindingChoice> choices(ApiKeyField field) const;
    // Splits a binding value into the type and id it names; nullopt for "" or a non-binding field.
    static std::optional<std::pair<AccountType, QString>> parseBinding(ApiKeyField field,
                                                                       const QString& value);
    // Resolves a binding value to its record, or reports it missing.
    AccountBinding resolveBinding(ApiKeyField field, const QString& value) const;

    // Keys under an account prefix that are not account records (wrong type, vanished between SCAN
    // and read). Shown by the health check, never as accounts.
    const QList<QByteArray>& skippedKeys() const { return m_skipped; }

private:
    static QString lookupKey(AccountType type, const QString& id);

    QList<AccountRecord> m_records;
    QHash<QString, qsizetype> m_index; // lookupKey -> position in m_records
    QList<QByteArray> m_skipped;
};

} // namespace rka::relay
