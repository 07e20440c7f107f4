#include "AccountDirectory.h"

#include <QSet>

#include "JsNumber.h"
#include "redis/Scanner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

struct TypeInfo
{
    AccountType type;
    QLatin1StringView name;
    QLatin1StringView prefix;
    QLatin1StringView category;
    bool lastUsage; // in the resolver table of section 15.1
};

// Section 15.1 (table and categories) and 15.2 (ccr, bedrock, groups).
constexpr std::array<TypeInfo, 11> Types {{
    {AccountType::Claude, "claude"_L1, "claude:account:"_L1, "claude"_L1, true},
    {AccountType::ClaudeConsole, "claude-console"_L1, "claude_console_account:"_L1, "claude"_L1, true},
    {AccountType::OpenAI, "openai"_L1, "openai:account:"_L1, "openai"_L1, true},
    {AccountType::OpenAIResponses, "openai-responses"_L1, "openai_responses_account:"_L1, "openai"_L1, true},
    {AccountType::AzureOpenAI, "azure-openai"_L1, "azure_openai:account:"_L1, "openai"_L1, true},
    {AccountType::Gemini, "gemini"_L1, "gemini_account:"_L1, "gemini"_L1, true},
    {AccountType::GeminiApi, "gemini-api"_L1, "gemini_api_account:"_L1, "gemini"_L1, true},
    {AccountType::Droid, "droid"_L1, "droid:account:"_L1, "droid"_L1, true},
    {AccountType::Ccr, "ccr"_L1, "ccr_account:"_L1, "ccr"_L1, false},
    {AccountType::Bedrock, "bedrock"_L1, "bedrock_account:"_L1, "bedrock"_L1, false},
    {AccountType::Group, "group"_L1, "account_group:"_L1, "group"_L1, false},
}};

const TypeInfo& info(AccountType type)
{
    return Types[std::size_t(type)];
}

// Names under an account prefix that are the service's own sets, not records (e.g. the SET
// `claude:account:index`). Anything else that is not a hash is caught by HLEN's WRONGTYPE.
bool isReservedName(QByteArrayView id)
{
    return id.isEmpty() || id == "index";
}

// Bedrock's JSON values as the service would print them with String(); nested values are skipped.
std::optional<QString> jsonDisplayValue(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::fromLatin1(JsNumber::toString(v.toDouble()));
    return std::nullopt;
}

struct Target
{
    AccountType type;
    QString id;
    QByteArray key;
};

} // namespace

QList<AccountType> AccountTypes::all()
{
    QList<AccountType> types;
    for (const TypeInfo& t : Types)
        types.append(t.type);
    return types;
}

QString AccountTypes::name(AccountType type)
{
    return info(type).name;
}

std::optional<AccountType> AccountTypes::fromName(QStringView name)
{
    for (const TypeInfo& t : Types) {
        if (name == t.name)
            return t.type;
    }
    return std::nullopt;
}

QByteArray AccountTypes::keyPrefix(AccountType type)
{
    return QByteArray(info(type).prefix.data(), info(type).prefix.size());
}

QString AccountTypes::category(AccountType type)
{
    return info(type).category;
}

bool AccountTypes::isLastUsageType(AccountType type)
{
    return info(type).lastUsage;
}

QString AccountTypes::label(AccountType type)
{
    switch (type) {
    case AccountType::Claude:
        return QCoreApplication::translate("AccountTypes", "Claude");
    case AccountType::ClaudeConsole:
        return QCoreApplication::translate("AccountTypes", "Claude Console");
    case AccountType::OpenAI:
        return QCoreApplication::translate("AccountTypes", "OpenAI");
    case AccountType::OpenAIResponses:
        return QCoreApplication::translate("AccountTypes", "OpenAI Responses");
    case AccountType::AzureOpenAI:
        return QCoreApplication::translate("AccountTypes", "Azure OpenAI");
    case AccountType::Gemini:
        return QCoreApplication::translate("AccountTypes", "Gemini");
    case AccountType::GeminiApi:
        return QCoreApplication::translate("AccountTypes", "Gemini API");
    case AccountType::Droid:
        return QCoreApplication::translate("AccountTypes", "Droid");
    case AccountType::Ccr:
        return QCoreApplication::translate("AccountTypes", "CCR");
    case AccountType::Bedrock:
        return QCoreApplication::translate("AccountTypes", "Bedrock");
    case AccountType::Group:
        //: An account group, which a key can be bound to instead of a single account.
        return QCoreApplication::translate("AccountTypes", "Account group");
    }
    return {};
}

QString AccountRecord::displayName() const
{
    for (const char* name : {"name", "displayName", "email", "username", "description"}) {
        const QString v = fields.value(QByteArray(name));
        if (!v.isEmpty())
            return v;
    }
    return id;
}

QList<QByteArray> AccountDirectory::displayFields()
{
    return {"name"_ba,     "displayName"_ba, "email"_ba,    "username"_ba,    "description"_ba,
            "platform"_ba, "accountType"_ba, "isActive"_ba, "schedulable"_ba, "status"_ba,
            "priority"_ba, "createdAt"_ba,   "region"_ba};
}

void AccountDirectory::load(redis::Connection& connection, QObject* context, LoadCallback callback)
{
    // Every SCAN pattern is a full pass over the keyspace on the server: three patterns that cover all
    // account prefixes, sorted by exact prefix below, cost far less than one pass per type.
    redis::ScanRequest request;
    request.patterns = {"*account:*"_ba, "*_account:*"_ba, "account_group:*"_ba};

    QPointer<redis::Connection> conn(&connection);
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    redis::scanKeys(connection, request, context,
                    [conn, ctx, hadContext, callback = std::move(callback)](
                        const QList<QList<QByteArray>>& keys, const redis::RedisError& scanError) {
                        if (scanError) {
                            callback({}, scanError);
                            return;
                        }
                        if (hadContext && !ctx)
                            return; // the caller is gone, as Connection skips such callbacks
                        if (!conn) {
                            callback({}, {redis::RedisError::Code::Cancelled, QString()});
                            return;
                        }
                        QList<QByteArray> all;
                        for (const QList<QByteArray>& found : keys)
                            all += found;
                        loadKeys(*conn, all, ctx, callback);
                    });
}

bool AccountDirectory::mayBeAccountKey(QByteArrayView key)
{
    return key.contains("account");
}

void AccountDirectory::loadKeys(redis::Connection& connection, const QList<QByteArray>& keys,
                                QObject* context, LoadCallback callback)
{
    QPointer<QObject> ctx(context);
    auto targets = std::make_shared<QList<Target>>();
    QList<redis::Command> commands;
    const QList<QByteArray> fields = displayFields();
    QList<QList<QByteArray>> byType(qsizetype(Types.size()));
    QSet<QByteArray> seen;
    for (const QByteArray& key : keys) {
        if (seen.contains(key))
            continue;
        seen.insert(key);
        // The longest matching prefix wins, so that no shorter prefix claims another type's keys.
        qsizetype best = -1;
        for (qsizetype i = 0; i < qsizetype(Types.size()); ++i) {
            const QByteArray prefix = AccountTypes::keyPrefix(Types[std::size_t(i)].type);
            if (key.startsWith(prefix) &&
                (best < 0 || prefix.size() > AccountTypes::keyPrefix(Types[std::size_t(best)].type).size()))
                best = i;
        }
        if (best >= 0)
            byType[best].append(key);
    }
    for (qsizetype i = 0; i < byType.size(); ++i) {
        const TypeInfo& t = Types[std::size_t(i)];
        for (const QByteArray& key : byType.at(i)) {
            const QByteArray id = key.mid(t.prefix.size());
            if (isReservedName(id))
                continue;
            targets->append({t.type, QString::fromUtf8(id), key});
            if (t.type == AccountType::Bedrock) {
                // A JSON STRING, not a hash (section 15.2): read whole, reduced below.
                commands.append({"GET"_ba, key});
            } else {
                commands.append({"HLEN"_ba, key});
                redis::Command hmget {"HMGET"_ba, key};
                hmget.append(fields);
                commands.append(hmget);
            }
        }
    }
    if (commands.isEmpty()) {
        callback({}, {});
        return;
    }
    connection.pipeline(
        commands, ctx,
        [targets, fields, callback](const QList<redis::Reply>& replies, const redis::RedisError& error) {
            if (error) {
                callback({}, error);
                return;
            }
            AccountDirectory directory;
            qsizetype r = 0;
            for (const Target& target : *targets) {
                const redis::Reply first = replies.value(r++);
                const redis::Reply second =
                    target.type == AccountType::Bedrock ? redis::Reply() : replies.value(r++);
                if (std::optional<AccountRecord> record =
                        recordFromReplies(target.type, target.id, first, second, fields))
                    directory.insert(*record);
                else
                    directory.m_skipped.append(target.key);
            }
            callback(directory, {});
        });
}

std::optional<AccountRecord> AccountDirectory::recordFromReplies(AccountType type, const QString& id,
                                                                 const redis::Reply& first,
                                                                 const redis::Reply& second,
                                                                 const QList<QByteArray>& fields)
{
    AccountRecord record;
    record.type = type;
    record.id = id;
    if (type == AccountType::Bedrock) {
        const QJsonDocument doc = first.isString() ? QJsonDocument::fromJson(first.bytes()) : QJsonDocument();
        if (!doc.isObject())
            return std::nullopt;
        const QJsonObject o = doc.object();
        record.fieldCount = o.size();
        for (const QByteArray& f : fields) {
            if (std::optional<QString> v = jsonDisplayValue(o.value(QLatin1StringView(f))))
                record.fields.insert(f, *v);
        }
        return record;
    }
    // `first` is HLEN, `second` HMGET. HGETALL of a missing key is empty and the resolver skips it
    // (15.1 step 4); WRONGTYPE means a look-alike key that is no account at all.
    if (!first.isInteger() || first.integer() <= 0 || !second.isArray())
        return std::nullopt;
    record.fieldCount = first.integer();
    for (qsizetype f = 0; f < fields.size() && f < second.size(); ++f) {
        if (second.at(f).isString())
            record.fields.insert(fields.at(f), second.at(f).text());
    }
    return record;
}

QString AccountDirectory::lookupKey(AccountType type, const QString& id)
{
    return QString::number(int(type)) + u':' + id;
}

void AccountDirectory::insert(const AccountRecord& record)
{
    const QString key = lookupKey(record.type, record.id);
    if (const auto it = m_index.constFind(key); it != m_index.constEnd()) {
        m_records[*it] = record;
        return;
    }
    m_index.insert(key, m_records.size());
    m_records.append(record);
}

bool AccountDirectory::contains(AccountType type, const QString& id) const
{
    return m_index.contains(lookupKey(type, id));
}

std::optional<AccountRecord> AccountDirectory::find(AccountType type, const QString& id) const
{
    const auto it = m_index.constFind(lookupKey(type, id));
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_records.at(*it);
}

QList<AccountRecord> AccountDirectory::accounts(AccountType type) const
{
    QList<AccountRecord> list;
    for (const AccountRecord& r : m_records) {
        if (r.type == type)
            list.append(r);
    }
    std::sort(list.begin(), list.end(), [](const AccountRecord& a, const AccountRecord& b) {
        const int c = QString::compare(a.displayName(), b.displayName(), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return list;
}

QList<AccountRecord> AccountDirectory::groups(const QString& platform) const
{
    QList<AccountRecord> list = accounts(AccountType::Group);
    if (!platform.isEmpty())
        list.removeIf([&platform](const AccountRecord& r) { return r.platform() != platform; });
    return list;
}

namespace {

// The account types a binding field names, each with the prefix its value carries (section 15.2),
// and the group platform when the field also takes `group:{id}`.
struct FieldBinding
{
    QList<std::pair<AccountType, QLatin1StringView>> types;
    QLatin1StringView groupPlatform;
};

std::optional<FieldBinding> fieldBinding(ApiKeyField field)
{
    switch (field) {
    case ApiKeyField::ClaudeAccountId:
        return FieldBinding {{{AccountType::Claude, ""_L1}}, "claude"_L1};
    case ApiKeyField::ClaudeConsoleAccountId:
        return FieldBinding {{{AccountType::ClaudeConsole, ""_L1}}, {}};
    case ApiKeyField::GeminiAccountId:
        return FieldBinding {{{AccountType::Gemini, ""_L1}, {AccountType::GeminiApi, "api:"_L1}},
                             "gemini"_L1};
    case ApiKeyField::OpenaiAccountId:
        return FieldBinding {{{AccountType::OpenAI, ""_L1}, {AccountType::OpenAIResponses, "responses:"_L1}},
                             "openai"_L1};
    case ApiKeyField::AzureOpenaiAccountId:
        return FieldBinding {{{AccountType::AzureOpenAI, ""_L1}}, {}};
    case ApiKeyField::BedrockAccountId:
        return FieldBinding {{{AccountType::Bedrock, ""_L1}}, {}};
    case ApiKeyField::DroidAccountId:
        return FieldBinding {{{AccountType::Droid, ""_L1}}, "droid"_L1};
    case ApiKeyField::CcrAccountId:
        return FieldBinding {{{AccountType::Ccr, ""_L1}}, {}};
    default:
        return std::nullopt;
    }
}

} // namespace

QList<BindingChoice> AccountDirectory::choices(ApiKeyField field) const
{
    QList<BindingChoice> list;
    const std::optional<FieldBinding> binding = fieldBinding(field);
    if (!binding)
        return list;
    for (const auto& [type, prefix] : binding->types) {
        for (const AccountRecord& r : accounts(type))
            list.append({QString(prefix) + r.id, r});
    }
    if (!binding->groupPlatform.isEmpty()) {
        for (const AccountRecord& r : groups(binding->groupPlatform))
            list.append({u"group:"_s + r.id, r});
    }
    return list;
}

std::optional<std::pair<AccountType, QString>> AccountDirectory::parseBinding(ApiKeyField field,
                                                                              const QString& value)
{
    const std::optional<FieldBinding> binding = fieldBinding(field);
    if (!binding || value.isEmpty())
        return std::nullopt;
    if (!binding->groupPlatform.isEmpty() && value.startsWith("group:"_L1))
        return std::pair {AccountType::Group, value.mid(6)};
    // Prefixed types first, so "api:x" never reads as the plain id "api:x".
    for (const auto& [type, prefix] : binding->types) {
        if (!prefix.isEmpty() && value.startsWith(prefix))
            return std::pair {type, value.mid(prefix.size())};
    }
    return std::pair {binding->types.first().first, value};
}

AccountBinding AccountDirectory::resolveBinding(ApiKeyField field, const QString& value) const
{
    AccountBinding result;
    result.value = value;
    const std::optional<std::pair<AccountType, QString>> parsed = parseBinding(field, value);
    if (!parsed)
        return result;
    result.type = parsed->first;
    result.id = parsed->second;
    result.record = find(result.type, result.id);
    result.state = result.record ? AccountBinding::State::Found : AccountBinding::State::Missing;
    return result;
}

} // namespace rka::relay
