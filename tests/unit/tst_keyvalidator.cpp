// KeyValidator: the service's own rules with their exact messages (service-data-model.md 11.3, 11.4,
// 11.7, 11.9, 18.9), our extra checks (17.2), the write-kind and release differences, and the keys
// the real service created (tests/fixtures) passing as they are.
#include "CommandLine.h"
#include "Fixtures.h"
#include "relay/ApiKey.h"
#include "relay/KeyValidator.h"
#include "support/Clock.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rka::relay;

Q_DECLARE_METATYPE(rka::relay::WriteKind)
Q_DECLARE_METATYPE(rka::relay::DataModel)
Q_DECLARE_METATYPE(rka::relay::ApiKeyField)
Q_DECLARE_METATYPE(rka::relay::ApiKey)

namespace {

using F = ApiKeyField;
using K = WriteKind;
constexpr DataModel Old = DataModel::Release1_1_235;
constexpr DataModel New = DataModel::Release1_1_302;

// A key as the service's create stores it with every default (section 5.1, 18.3): valid everywhere.
ApiKey defaultKey()
{
    const QList<std::pair<QByteArray, QByteArray>> fields {
        {"id", "8ef712e4-44d3-42cd-8b0c-aab602e2ed0d"},
        {"name", "k02-defaults"},
        {"description", ""},
        {"apiKey", "bb1578ae799e7e7d0f1d8e8f83d4c1e007e31395aa55ded316335fbbdcd3c9eb"},
        {"tokenLimit", "0"},
        {"concurrencyLimit", "0"},
        {"rateLimitWindow", "0"},
        {"rateLimitRequests", "0"},
        {"rateLimitCost", "0"},
        {"isActive", "true"},
        {"claudeAccountId", ""},
        {"claudeConsoleAccountId", ""},
        {"geminiAccountId", ""},
        {"openaiAccountId", ""},
        {"azureOpenaiAccountId", ""},
        {"bedrockAccountId", ""},
        {"droidAccountId", ""},
        {"permissions", "[]"},
        {"enableModelRestriction", "false"},
        {"restrictedModels", "[]"},
        {"enableClientRestriction", "false"},
        {"allowedClients", "[]"},
        {"dailyCostLimit", "0"},
        {"totalCostLimit", "0"},
        {"weeklyOpusCostLimit", "0"},
        {"tags", "[]"},
        {"activationDays", "0"},
        {"activationUnit", "days"},
        {"expirationMode", "fixed"},
        {"isActivated", "true"},
        {"activatedAt", "2026-01-29T01:00:03.000Z"},
        {"createdAt", "2026-01-29T01:00:03.000Z"},
        {"lastUsedAt", ""},
        {"expiresAt", ""},
        {"createdBy", "admin"},
        {"userId", ""},
        {"userUsername", ""},
        {"icon", ""},
        {"serviceRates", "{}"},
        {"weeklyResetDay", "1"},
        {"weeklyResetHour", "0"},
        {"enableOpenAIResponsesCodexAdaptation", "true"},
        {"enableOpenAIResponsesPayloadRules", "false"},
        {"openaiResponsesPayloadRules", "[]"},
    };
    return ApiKey(RawHash(fields.begin(), fields.end()));
}

QString describe(const QList<ValidationIssue>& issues)
{
    QStringList lines;
    for (const ValidationIssue& i : issues)
        lines.append(u"[%1%2%3] %4"_s.arg(apiKeyFieldName(i.field), i.warning ? u" warning"_s : QString(),
                                          i.serviceRule ? u" service"_s : QString(), i.message));
    return lines.join(u"; "_s);
}

QList<ValidationIssue> errorsOn(const QList<ValidationIssue>& issues, F field)
{
    QList<ValidationIssue> result;
    for (const ValidationIssue& i : issues) {
        if (i.field == field && !i.warning)
            result.append(i);
    }
    return result;
}

QByteArray payloadRule(const QByteArray& path, const QByteArray& type, const QByteArray& value)
{
    return "{\"path\":\"" + path + "\",\"valueType\":\"" + type + "\",\"value\":\"" + value + "\"}";
}

QByteArray jsonStrings(const QStringList& items)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += (i ? ",\"" : "\"") + items[i].toUtf8() + '"';
    return out + ']';
}

// Every `HSET "apikey:{uuid}" …` of a seed file (the format of tests/fixtures/README.md section 5).
QList<std::pair<QByteArray, ApiKey>> seedKeys(const QString& release)
{
    static const QRegularExpression keyName(
        u"^apikey:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    QList<std::pair<QByteArray, ApiKey>> result;
    QFile file(rka::test::Fixtures::path(release, u"seed.redis"_s));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.startsWith("HSET \"apikey:"))
            continue;
        const QList<QByteArray> args = rka::test::splitCommandLine(line);
        if (args.size() < 4 || args.size() % 2 != 0 ||
            !keyName.match(QString::fromLatin1(args[1])).hasMatch())
            continue;
        RawHash fields;
        for (qsizetype i = 2; i + 1 < args.size(); i += 2)
            fields.append({args[i], args[i + 1]});
        result.append({args[1], ApiKey(fields)});
    }
    return result;
}

// Marks every string of the KeyValidator context, to prove the messages go through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        return QByteArrayView(context) == "KeyValidator" ? u"«"_s + QString::fromUtf8(sourceText) + u"»"_s
                                                         : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestKeyValidator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultKeyIsValid();
    void serviceRules_data();
    void serviceRules();
    void extraChecks_data();
    void extraChecks();
    void acceptsBoundaries_data();
    void acceptsBoundaries();
    void activationRules();
    void expiryChangeTouchesActivationRules();
    void pastExpiryIsAWarning();
    void warningsNeverCountAsErrors();
    void updateChecksOnlyChangedFields();
    void releaseDecidesServiceRule();
    void validateValueReportsOneField();
    void batchCreate_data();
    void batchCreate();
    void tagName_data();
    void tagName();
    void activateNow();
    void messagesAreTranslated();
    void fixtureKeysValidForCreate_data();
    void fixtureKeysValidForCreate();
};

void TestKeyValidator::init()
{
    rka::support::Clock::setInstance(
        std::make_shared<rka::support::FixedClock>(rka::test::Fixtures::viewInstant()));
}

void TestKeyValidator::cleanup()
{
    rka::support::Clock::setInstance(nullptr);
}

void TestKeyValidator::defaultKeyIsValid()
{
    for (K kind : {K::Create, K::BatchCreate, K::Update, K::BatchEdit}) {
        for (DataModel model : {Old, DataModel::Release1_1_263, New}) {
            QList<ApiKeyField> all;
            for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs())
                all.append(spec.field);
            const QList<ValidationIssue> issues = KeyValidator::validate(defaultKey(), kind, model, all);
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        }
    }
}

// Each service rule, on a write path that enforces it: the bad value is rejected with the service's
// message and serviceRule = true.
void TestKeyValidator::serviceRules_data()
{
    QTest::addColumn<WriteKind>("kind");
    QTest::addColumn<ApiKeyField>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("message");

    const auto row = [](const char* name, K kind, F field, const QByteArray& value, const QString& message) {
        QTest::newRow(name) << kind << field << value << message;
    };
    const QString validPerms = u"Valid values are: claude, gemini, openai, droid"_s;
    // 11.3 create
    row("create name empty", K::Create, F::Name, "", u"Name is required and must be a non-empty string"_s);
    row("create name blank", K::Create, F::Name, "   ", u"Name is required and must be a non-empty string"_s);
    row("create name 101", K::Create, F::Name, QByteArray(101, 'n'),
        u"Name must be less than 100 characters"_s);
    row("create description 501", K::Create, F::Description, QByteArray(501, 'd'),
        u"Description must be a string with less than 500 characters"_s);
    row("create tokenLimit negative", K::Create, F::TokenLimit, "-1",
        u"Token limit must be a non-negative integer"_s);
    row("create tokenLimit fraction", K::Create, F::TokenLimit, "1.5",
        u"Token limit must be a non-negative integer"_s);
    row("create tokenLimit text", K::Create, F::TokenLimit, "lots",
        u"Token limit must be a non-negative integer"_s);
    row("create concurrency negative", K::Create, F::ConcurrencyLimit, "-2",
        u"Concurrency limit must be a non-negative integer"_s);
    row("create window negative", K::Create, F::RateLimitWindow, "-1",
        u"Rate limit window must be a positive integer (minutes)"_s);
    row("create window fraction", K::Create, F::RateLimitWindow, "2.5",
        u"Rate limit window must be a positive integer (minutes)"_s);
    row("create requests negative", K::Create, F::RateLimitRequests, "-3",
        u"Rate limit requests must be a positive integer"_s);
    row("create model restriction flag", K::Create, F::EnableModelRestriction, "yes",
        u"Enable model restriction must be a boolean"_s);
    row("create restricted models", K::Create, F::RestrictedModels, "claude-opus-4",
        u"Restricted models must be an array"_s);
    row("create client restriction flag", K::Create, F::EnableClientRestriction, "1",
        u"Enable client restriction must be a boolean"_s);
    row("create allowed clients", K::Create, F::AllowedClients, "{}", u"Allowed clients must be an array"_s);
    row("create tags string", K::Create, F::Tags, "\"team\"", u"Tags must be an array"_s);
    row("create tags blank", K::Create, F::Tags, "[\"a\",\"  \"]", u"All tags must be non-empty strings"_s);
    row("create tags number", K::Create, F::Tags, "[1]", u"All tags must be non-empty strings"_s);
    row("create total cost negative", K::Create, F::TotalCostLimit, "-1",
        u"Total cost limit must be a non-negative number"_s);
    row("create total cost text", K::Create, F::TotalCostLimit, "abc",
        u"Total cost limit must be a non-negative number"_s);
    row("create expiration mode", K::Create, F::ExpirationMode, "never",
        u"Expiration mode must be either \"fixed\" or \"activation\""_s);
    row("create permission value", K::Create, F::Permissions, "[\"claude\",\"foo\"]",
        u"Invalid permission value \"foo\". "_s + validPerms);
    row("create permissions string", K::Create, F::Permissions, "foo",
        u"Invalid permissions value. Must be an array of: claude, gemini, openai, droid"_s);
    row("create permissions not array", K::Create, F::Permissions, "[\"claude\"",
        u"Permissions must be an array. "_s + validPerms);
    // 11.4 batch create and 11.8 batch edit check permissions too
    row("batch create permission", K::BatchCreate, F::Permissions, "[\"all\"]",
        u"Invalid permission value \"all\". "_s + validPerms);
    row("batch edit permission", K::BatchEdit, F::Permissions, "[\"x\"]",
        u"Invalid permission value \"x\". "_s + validPerms);
    // 11.7 update
    row("update name blank", K::Update, F::Name, " \t ", u"API Key name cannot be empty"_s);
    row("update name 101", K::Update, F::Name, QByteArray(101, 'n'),
        u"API Key name must be less than 100 characters"_s);
    row("update tokenLimit", K::Update, F::TokenLimit, "-5", u"Token limit must be a non-negative integer"_s);
    row("update concurrency", K::Update, F::ConcurrencyLimit, "0.5",
        u"Concurrency limit must be a non-negative integer"_s);
    row("update window", K::Update, F::RateLimitWindow, "-1",
        u"Rate limit window must be a non-negative integer (minutes)"_s);
    row("update requests", K::Update, F::RateLimitRequests, "-1",
        u"Rate limit requests must be a non-negative integer"_s);
    row("update window cost", K::Update, F::RateLimitCost, "-0.5",
        u"Rate limit cost must be a non-negative number"_s);
    row("update daily cost", K::Update, F::DailyCostLimit, "-1",
        u"Daily cost limit must be a non-negative number"_s);
    row("update total cost", K::Update, F::TotalCostLimit, "x",
        u"Total cost limit must be a non-negative number"_s);
    row("update weekly opus", K::Update, F::WeeklyOpusCostLimit, "-2",
        u"Weekly Opus cost limit must be a non-negative number"_s);
    row("update isActive", K::Update, F::IsActive, "yes", u"isActive must be a boolean"_s);
    row("update model flag", K::Update, F::EnableModelRestriction, "undefined",
        u"Enable model restriction must be a boolean"_s);
    row("update models", K::Update, F::RestrictedModels, "", u"Restricted models must be an array"_s);
    row("update clients", K::Update, F::AllowedClients, "claude_code", u"Allowed clients must be an array"_s);
    row("update tags", K::Update, F::Tags, "[\"ok\",\"\"]", u"All tags must be non-empty strings"_s);
    row("update expiry", K::Update, F::ExpiresAt, "next tuesday", u"Invalid expiration date format"_s);
    row("update permissions", K::Update, F::Permissions, "[\"claude\",\"bard\"]",
        u"Invalid permission value \"bard\". "_s + validPerms);
    // 18.9 (1.1.314)
    row("service rates array", K::Create, F::ServiceRates, "[]", u"Service rates must be an object"_s);
    row("service rates text", K::Update, F::ServiceRates, "x", u"Service rates must be an object"_s);
    row("service rate negative", K::Create, F::ServiceRates, "{\"claude\":-1}",
        u"Invalid rate for service \"claude\": must be a non-negative number"_s);
    row("service rate nan", K::BatchCreate, F::ServiceRates, "{\"codex\":\"abc\"}",
        u"Invalid rate for service \"codex\": must be a non-negative number"_s);
    row("reset day 0", K::Create, F::WeeklyResetDay, "0",
        u"Weekly reset day must be an integer from 1 (Mon) to 7 (Sun)"_s);
    row("reset day 8", K::Update, F::WeeklyResetDay, "8",
        u"Weekly reset day must be an integer from 1 (Mon) to 7 (Sun)"_s);
    row("reset day fraction", K::Create, F::WeeklyResetDay, "1.5",
        u"Weekly reset day must be an integer from 1 (Mon) to 7 (Sun)"_s);
    row("reset hour 24", K::Create, F::WeeklyResetHour, "24",
        u"Weekly reset hour must be an integer from 0 to 23"_s);
    row("reset hour negative", K::Update, F::WeeklyResetHour, "-1",
        u"Weekly reset hour must be an integer from 0 to 23"_s);
    row("codex flag", K::Create, F::EnableOpenAIResponsesCodexAdaptation, "yes",
        u"enableOpenAIResponsesCodexAdaptation must be a boolean"_s);
    row("payload flag", K::Update, F::EnableOpenAIResponsesPayloadRules, "1",
        u"enableOpenAIResponsesPayloadRules must be a boolean"_s);
    row("payload rules object", K::Create, F::OpenaiResponsesPayloadRules, "{}",
        u"Payload rules must be an array"_s);
    row("payload rule not object", K::Create, F::OpenaiResponsesPayloadRules, "[1]",
        u"Payload rule #1 must be an object"_s);
    row("payload empty segment", K::Create, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule("a..b", "string", "x") + "]",
        u"Payload rule #1: Rule path cannot contain empty segments"_s);
    row("payload blank segment", K::Update, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule("a. .b", "string", "x") + "]",
        u"Payload rule #1: Rule path cannot contain empty segments"_s);
    row("payload value type", K::Create, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule("a", "date", "x") + "]", u"Payload rule #1 has invalid valueType"_s);
    row("payload number", K::Create, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule("a", "string", "x") + "," + payloadRule("a.b", "number", "abc") + "]",
        u"Payload rule #2: Rule path \"a.b\" expects a valid number"_s);
    row("payload boolean", K::BatchCreate, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule("flag", "boolean", "yes") + "]",
        u"Payload rule #1: Rule path \"flag\" expects \"true\" or \"false\""_s);
    row("payload json", K::Update, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule("obj", "json", "{") + "]",
        u"Payload rule #1: Rule path \"obj\" expects valid JSON"_s);
}

void TestKeyValidator::serviceRules()
{
    QFETCH(WriteKind, kind);
    QFETCH(ApiKeyField, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);
    ApiKey key = defaultKey();
    key.setRaw(field, value);
    const QList<ValidationIssue> issues = KeyValidator::validate(key, kind, New, {field});
    const QList<ValidationIssue> errors = errorsOn(issues, field);
    QVERIFY2(!errors.isEmpty(), qPrintable(describe(issues)));
    QVERIFY(KeyValidator::hasErrors(issues));
    const bool found = std::any_of(errors.begin(), errors.end(), [&message](const ValidationIssue& i) {
        return i.message == message && i.serviceRule;
    });
    QVERIFY2(found, qPrintable(u"expected «%1» as a service rule; got: %2"_s.arg(message, describe(issues))));
}

// Each extra check (17.2): rejected with serviceRule = false and a message containing `message`.
void TestKeyValidator::extraChecks_data()
{
    QTest::addColumn<WriteKind>("kind");
    QTest::addColumn<ApiKeyField>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("message");

    const auto row = [](const char* name, K kind, F field, const QByteArray& value, const QString& message) {
        QTest::newRow(name) << kind << field << value << message;
    };
    // numbers the create route never checks, and forms the service would accept
    row("create window cost", K::Create, F::RateLimitCost, "-1",
        u"Rate limit cost must be a non-negative number"_s);
    row("create daily cost", K::Create, F::DailyCostLimit, "-1",
        u"Daily cost limit must be a non-negative number"_s);
    row("create weekly opus", K::Create, F::WeeklyOpusCostLimit, "-0.01",
        u"Weekly Opus cost limit must be a non-negative number"_s);
    row("infinite cost", K::Update, F::TotalCostLimit, "Infinity", u"must be a finite number"_s);
    row("infinite daily", K::Create, F::DailyCostLimit, "1e999", u"must be a finite number"_s);
    row("unsafe integer", K::Create, F::TokenLimit, "9007199254740993",
        u"must be at most 9007199254740991"_s);
    row("exponent integer", K::Update, F::ConcurrencyLimit, "1e3", u"must be written with digits only"_s);
    row("padded integer", K::Create, F::RateLimitWindow, " 60", u"must be written with digits only"_s);
    row("hex decimal", K::Update, F::DailyCostLimit, "0x10", u"must be written as a plain decimal number"_s);
    row("batch edit token", K::BatchEdit, F::TokenLimit, "-1",
        u"Token limit must be a non-negative integer"_s);
    row("batch edit window", K::BatchEdit, F::RateLimitWindow, "-1",
        u"Rate limit window must be a non-negative integer (minutes)"_s);
    row("batch create window", K::BatchCreate, F::RateLimitWindow, "-1",
        u"Rate limit window must be a positive integer (minutes)"_s);
    row("batch edit isActive", K::BatchEdit, F::IsActive, "1", u"isActive must be a boolean"_s);
    row("create isActive", K::Create, F::IsActive, "", u"isActive must be a boolean"_s);
    row("isActivated", K::Update, F::IsActivated, "undefined", u"must be \"true\" or \"false\""_s);
    row("expiration mode empty", K::Create, F::ExpirationMode, "",
        u"Expiration mode must be either \"fixed\" or \"activation\""_s);
    row("create expiry", K::Create, F::ExpiresAt, "soon", u"Invalid expiration date format"_s);
    row("batch create tags", K::BatchCreate, F::Tags, "x", u"Tags must be an array"_s);
    row("activation amount text", K::Update, F::ActivationDays, "ten", u"must be written with digits only"_s);
    row("activation unit", K::Update, F::ActivationUnit, "weeks", u"The activation unit must be"_s);
    // name and description
    row("name padded", K::Create, F::Name, " key", u"Remove the spaces at the start and end of the name."_s);
    row("name tab", K::Update, F::Name, "a\tb", u"must not contain control characters"_s);
    row("batch edit name long", K::BatchEdit, F::Name, QByteArray(101, 'n'),
        u"API Key name must be less than 100 characters"_s);
    row("description control", K::Create, F::Description, "line\x01",
        u"must not contain control characters"_s);
    row("update description long", K::Update, F::Description, QByteArray(501, 'd'),
        u"Description must be a string with less than 500 characters"_s);
    // bindings (5.1)
    row("claude api prefix", K::Create, F::ClaudeAccountId, "api:acc-1",
        u"is not a valid binding for this account"_s);
    row("gemini responses prefix", K::Update, F::GeminiAccountId, "responses:acc-1",
        u"is not a valid binding for this account"_s);
    row("openai api prefix", K::Create, F::OpenaiAccountId, "api:acc-1",
        u"is not a valid binding for this account"_s);
    row("bedrock group", K::Create, F::BedrockAccountId, "group:g1",
        u"is not a valid binding for this account"_s);
    row("console prefix", K::Update, F::ClaudeAccountId, "console:acc-1",
        u"is not a valid binding for this account"_s);
    row("group without id", K::Create, F::DroidAccountId, "group:", u"names no account"_s);
    row("id with space", K::Create, F::ClaudeConsoleAccountId, "acc 1",
        u"may contain only letters, digits"_s);
    row("id with glob", K::BatchEdit, F::AzureOpenaiAccountId, "acc*", u"may contain only letters, digits"_s);
    row("nested prefix", K::Create, F::GeminiAccountId, "group:api:x", u"may contain only letters, digits"_s);
    row("id too long", K::Create, F::OpenaiAccountId, QByteArray(129, 'a'), u"longer than 128 characters"_s);
    // lists
    row("model empty", K::Create, F::RestrictedModels, "[\"\"]",
        u"The model list contains an empty entry."_s);
    row("model padded", K::Update, F::RestrictedModels, "[\" claude-opus-4\"]",
        u"starts or ends with spaces"_s);
    row("model control", K::Create, F::RestrictedModels, "[\"a\\u0001\"]", u"contains control characters"_s);
    row("model number", K::Create, F::RestrictedModels, "[42]", u"Entry 1 of the model list is not text."_s);
    row("unknown client", K::Create, F::AllowedClients, "[\"claude_code\",\"curl\"]",
        u"“curl” is not a client the service knows"_s);
    row("tag padded", K::Create, F::Tags, "[\" prod\"]", u"starts or ends with spaces"_s);
    row("tag duplicate", K::Update, F::Tags, "[\"prod\",\"prod\"]", u"appears more than once"_s);
    row("tag too long", K::Create, F::Tags, jsonStrings({QString(51, u't')}),
        u"is longer than 50 characters"_s);
    row("tag control", K::Create, F::Tags, "[\"a\\nb\"]", u"contains control characters"_s);
    QStringList many;
    for (int i = 0; i <= KeyValidator::MaxTags; ++i)
        many.append(u"t%1"_s.arg(i));
    row("too many tags", K::Create, F::Tags, jsonStrings(many), u"at most 30 tags"_s);
    // permissions stored forms (5.2 b, B1)
    row("permissions all", K::Create, F::Permissions, "all", u"is a legacy form"_s);
    row("permissions single", K::Update, F::Permissions, "claude", u"is a legacy form"_s);
    row("permissions empty", K::Update, F::Permissions, "", u"is a legacy form"_s);
    row("permissions comma", K::Update, F::Permissions, "claude,gemini", u"are comma-joined"_s);
    // icon
    row("icon not data url", K::Create, F::Icon, "https://example.com/a.png", u"must be an image data URL"_s);
    row("icon not image", K::Create, F::Icon, "data:text/plain;base64,aGk=", u"must be an image data URL"_s);
    row("icon bad base64", K::Update, F::Icon, "data:image/png;base64,!!!", u"not valid base64"_s);
    row("icon too big", K::Create, F::Icon,
        "data:image/png;base64," + QByteArray(KeyValidator::MaxIconBytes, 'A'), u"the limit is 512 KiB"_s);
    // 1.1.314 fields
    row("rates unknown service", K::Create, F::ServiceRates, "{\"openai\":1}",
        u"is not a service with a rate"_s);
    row("rates string value", K::Update, F::ServiceRates, "{\"claude\":\"1.5\"}",
        u"must be stored as a number"_s);
    row("batch edit reset day", K::BatchEdit, F::WeeklyResetDay, "9",
        u"Weekly reset day must be an integer from 1 (Mon) to 7 (Sun)"_s);
    row("batch edit rates", K::BatchEdit, F::ServiceRates, "{\"claude\":-1}",
        u"Invalid rate for service \"claude\": must be a non-negative number"_s);
    row("reset hour padded", K::Create, F::WeeklyResetHour, "1e1", u"must be written with digits only"_s);
    row("payload empty path", K::Create, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule(" ", "string", "x") + "]",
        u"Payload rule #1: Rule path must be a non-empty string"_s);
    row("payload unnormalised", K::Create, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule(" a", "Number", "1") + "]", u"Payload rule #1 is not in the stored form"_s);
    row("payload number value", K::Create, F::OpenaiResponsesPayloadRules,
        "[{\"path\":\"a\",\"valueType\":\"number\",\"value\":1}]",
        u"Payload rule #1 is not in the stored form"_s);
    // the codec's encodings for the remaining fields
    row("created at", K::Update, F::CreatedAt, "yesterday", u"not a valid ISO 8601 date"_s);
    row("key hash", K::Create, F::KeyHash, "ABC", u"not 64 lowercase hexadecimal characters"_s);
    row("invalid utf8", K::Create, F::Name, "\xff\xfe", u"not valid UTF-8"_s);
}

void TestKeyValidator::extraChecks()
{
    QFETCH(WriteKind, kind);
    QFETCH(ApiKeyField, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);
    ApiKey key = defaultKey();
    key.setRaw(field, value);
    const QList<ValidationIssue> issues = KeyValidator::validate(key, kind, New, {field});
    const QList<ValidationIssue> errors = errorsOn(issues, field);
    QVERIFY2(!errors.isEmpty(), qPrintable(describe(issues)));
    const bool found = std::any_of(errors.begin(), errors.end(), [&message](const ValidationIssue& i) {
        return i.message.contains(message) && !i.serviceRule;
    });
    QVERIFY2(found, qPrintable(u"expected «%1» as our own rule; got: %2"_s.arg(message, describe(issues))));
    // No service rule fires for a value the service accepts on this path.
    for (const ValidationIssue& i : errors)
        QVERIFY2(!i.serviceRule, qPrintable(describe(issues)));
}

void TestKeyValidator::acceptsBoundaries_data()
{
    QTest::addColumn<WriteKind>("kind");
    QTest::addColumn<ApiKeyField>("field");
    QTest::addColumn<QByteArray>("value");

    const auto row = [](const char* name, K kind, F field, const QByteArray& value) {
        QTest::newRow(name) << kind << field << value;
    };
    row("create name 100", K::Create, F::Name, QByteArray(100, 'n'));
    row("update name 100", K::Update, F::Name, QByteArray(100, 'n'));
    row("create name 100 utf16", K::Create, F::Name, QString(100, QChar(0x6d4b)).toUtf8());
    row("description 500", K::Create, F::Description, QByteArray(500, 'd'));
    row("description lines", K::Create, F::Description, "first line\nsecond\tline");
    row("tokenLimit empty", K::Create, F::TokenLimit, "");
    row("tokenLimit empty update", K::Update, F::TokenLimit, "");
    row("tokenLimit max safe", K::Update, F::TokenLimit, "9007199254740991");
    row("window 0 update", K::Update, F::RateLimitWindow, "0");
    // What the service's own create stores for an empty window (5.1, 5.2 a); see the report.
    row("window 0 create", K::Create, F::RateLimitWindow, "0");
    row("window 1 create", K::Create, F::RateLimitWindow, "1");
    row("requests 0 update", K::Update, F::RateLimitRequests, "0");
    row("cost 0", K::Update, F::RateLimitCost, "0");
    row("cost fraction", K::Create, F::DailyCostLimit, "0.01");
    row("cost tiny", K::Create, F::TotalCostLimit, "1e-7");
    row("expiry iso", K::Update, F::ExpiresAt, "2099-12-31T15:59:59.000Z");
    row("expiry never", K::Update, F::ExpiresAt, "");
    row("permissions all four", K::Update, F::Permissions, "[\"claude\",\"gemini\",\"openai\",\"droid\"]");
    row("claude group", K::Create, F::ClaudeAccountId, "group:6f1a9c2e-1b2c-4d5e-8f90-123456789abc");
    row("gemini api", K::Create, F::GeminiAccountId, "api:acc-gemini-api-01");
    row("gemini group", K::Create, F::GeminiAccountId, "group:g1");
    row("openai responses", K::Update, F::OpenaiAccountId, "responses:acc-resp-01");
    row("droid group", K::Update, F::DroidAccountId, "group:g2");
    row("unbind", K::Update, F::BedrockAccountId, "");
    row("account id 128", K::Create, F::ClaudeConsoleAccountId, QByteArray(128, 'a'));
    row("clients all", K::Create, F::AllowedClients,
        "[\"claude_code\",\"gemini_cli\",\"codex_cli\",\"droid_cli\"]");
    row("models", K::Create, F::RestrictedModels,
        "[\"claude-opus-4-20250514\",\"claude-sonnet-4-20250514[1m]\"]");
    row("tag 50", K::Create, F::Tags, jsonStrings({QString(50, u't')}));
    QStringList thirty;
    for (int i = 0; i < KeyValidator::MaxTags; ++i)
        thirty.append(u"t%1"_s.arg(i));
    row("30 tags", K::Create, F::Tags, jsonStrings(thirty));
    row("icon png", K::Create, F::Icon,
        "data:image/"
        "png;base64,"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    row("icon at cap", K::Create, F::Icon,
        "data:image/png;base64," + QByteArray(KeyValidator::MaxIconBytes - 22, 'A'));
    row("rates", K::Create, F::ServiceRates, "{\"claude\":1.5,\"codex\":0,\"ccr\":2}");
    row("reset day 1", K::Create, F::WeeklyResetDay, "1");
    row("reset day 7", K::Update, F::WeeklyResetDay, "7");
    row("reset hour 0", K::Create, F::WeeklyResetHour, "0");
    row("reset hour 23", K::Update, F::WeeklyResetHour, "23");
    row("payload rules", K::Create, F::OpenaiResponsesPayloadRules,
        "[" + payloadRule("a.b", "number", "1.5") + "," + payloadRule("x", "boolean", "true") + "," +
            payloadRule("y", "json", "{\\\"k\\\":[1]}") + "," + payloadRule("z", "json", "3") + "," +
            payloadRule("w", "number", "") + "]");
}

void TestKeyValidator::acceptsBoundaries()
{
    QFETCH(WriteKind, kind);
    QFETCH(ApiKeyField, field);
    QFETCH(QByteArray, value);
    ApiKey key = defaultKey();
    key.setRaw(field, value);
    const QList<ValidationIssue> issues = KeyValidator::validate(key, kind, New, {field});
    QVERIFY2(!KeyValidator::hasErrors(issues), qPrintable(describe(issues)));
}

void TestKeyValidator::activationRules()
{
    const auto activationKey = [](const QByteArray& amount, const QByteArray& unit) {
        ApiKey key = defaultKey();
        key.setRaw(F::ExpirationMode, "activation");
        key.setRaw(F::IsActivated, "false");
        key.setRaw(F::ActivatedAt, "");
        key.setRaw(F::ActivationDays, amount);
        key.setRaw(F::ActivationUnit, unit);
        return key;
    };
    const auto expectError = [](const ApiKey& key, F field, const QString& message, bool serviceRule) {
        const QList<ValidationIssue> issues = KeyValidator::validate(key, K::Create, New);
        const QList<ValidationIssue> errors = errorsOn(issues, field);
        const bool found = std::any_of(errors.begin(), errors.end(), [&](const ValidationIssue& i) {
            return i.message.contains(message) && i.serviceRule == serviceRule;
        });
        QVERIFY2(found, qPrintable(u"expected «%1»; got: %2"_s.arg(message, describe(issues))));
    };

    QVERIFY(!KeyValidator::hasErrors(KeyValidator::validate(activationKey("30", "days"), K::Create, New)));
    QVERIFY(!KeyValidator::hasErrors(KeyValidator::validate(activationKey("1", "hours"), K::Create, New)));
    QVERIFY(!KeyValidator::hasErrors(KeyValidator::validate(activationKey("3650", "days"), K::Create, New)));
    QVERIFY(
        !KeyValidator::hasErrors(KeyValidator::validate(activationKey("87600", "hours"), K::Create, New)));

    expectError(activationKey("30", "weeks"), F::ActivationUnit,
                u"Activation unit must be either \"hours\" or \"days\" when using activation mode"_s, true);
    expectError(activationKey("30", ""), F::ActivationUnit,
                u"Activation unit must be either \"hours\" or \"days\" when using activation mode"_s, true);
    expectError(activationKey("0", "days"), F::ActivationDays,
                u"Activation days must be a positive integer when using activation mode"_s, true);
    expectError(activationKey("", "days"), F::ActivationDays,
                u"Activation days must be a positive integer when using activation mode"_s, true);
    expectError(activationKey("2.5", "hours"), F::ActivationDays,
                u"Activation hours must be a positive integer when using activation mode"_s, true);
    expectError(activationKey("-1", "hours"), F::ActivationDays,
                u"Activation hours must be a positive integer when using activation mode"_s, true);
    expectError(activationKey("3651", "days"), F::ActivationDays, u"at most 3650 days"_s, false);
    expectError(activationKey("87601", "hours"), F::ActivationDays, u"at most 87600 hours"_s, false);

    ApiKey withExpiry = activationKey("30", "days");
    withExpiry.setRaw(F::ExpiresAt, "2099-01-01T00:00:00.000Z");
    expectError(withExpiry, F::ExpiresAt, u"Cannot set fixed expiration date when using activation mode"_s,
                true);
    // Once activated the service itself writes expiresAt (section 12): no error.
    withExpiry.setRaw(F::IsActivated, "true");
    QVERIFY(!KeyValidator::hasErrors(KeyValidator::validate(withExpiry, K::Create, New)));

    // Batch create does not check the activation rules (11.4): ours.
    const QList<ValidationIssue> batch =
        KeyValidator::validate(activationKey("0", "days"), K::BatchCreate, New);
    QCOMPARE(errorsOn(batch, F::ActivationDays).size(), 1);
    QVERIFY(!errorsOn(batch, F::ActivationDays).first().serviceRule);
}

void TestKeyValidator::expiryChangeTouchesActivationRules()
{
    // A fixed key with an expiry and a dormant amount of 0.
    ApiKey key = defaultKey();
    key.setRaw(F::ExpiresAt, "2099-01-01T00:00:00.000Z");
    key.setRaw(F::ExpirationMode, "activation");
    // Changing only the mode brings the whole expiry group into play.
    QList<ValidationIssue> issues = KeyValidator::validate(key, K::Update, New, {F::ExpirationMode});
    QCOMPARE(errorsOn(issues, F::ActivationDays).size(), 1);
    QCOMPARE(errorsOn(issues, F::ExpiresAt).size(), 1);
    QCOMPARE(errorsOn(issues, F::IsActivated).size(), 1); // still marked activated by the fixed mode
    // The same stored key with the group left alone: nothing to say.
    issues = KeyValidator::validate(key, K::Update, New, {F::Name});
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    // Fixing the group in one write passes.
    key.setRaw(F::ExpiresAt, "");
    key.setRaw(F::ActivationDays, "7");
    key.setRaw(F::IsActivated, "false");
    issues = KeyValidator::validate(key, K::Update, New,
                                    {F::ExpirationMode, F::ActivationDays, F::ExpiresAt, F::IsActivated});
    QVERIFY2(!KeyValidator::hasErrors(issues), qPrintable(describe(issues)));
    // The expiry edit of a key not yet activated must activate it in the same write (11.9).
    key.setRaw(F::ExpiresAt, "2099-01-01T00:00:00.000Z");
    issues = KeyValidator::validate(key, K::Update, New, {F::ExpiresAt});
    QCOMPARE(errorsOn(issues, F::ExpiresAt).size(), 1);
    key.setRaw(F::IsActivated, "true");
    issues = KeyValidator::validate(key, K::Update, New, {F::ExpiresAt, F::IsActivated, F::ActivatedAt});
    QVERIFY2(!KeyValidator::hasErrors(issues), qPrintable(describe(issues)));
}

void TestKeyValidator::pastExpiryIsAWarning()
{
    ApiKey key = defaultKey();
    key.setRaw(F::ExpiresAt, "2026-01-30T00:00:00.000Z"); // before the fixed clock, 2026-02-02 10:00
    QList<ValidationIssue> issues = KeyValidator::validate(key, K::Create, New);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().warning);
    QCOMPARE(issues.first().field, F::ExpiresAt);
    QVERIFY(issues.first().message.contains(u"in the past"_s));
    QVERIFY(!KeyValidator::hasErrors(issues));
    issues = KeyValidator::validate(key, K::Update, New, {F::ExpiresAt});
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().warning);
    // Not written, not mentioned.
    QVERIFY(KeyValidator::validate(key, K::Update, New, {F::Name}).isEmpty());
    key.setRaw(F::ExpiresAt, "2026-02-03T00:00:00.000Z");
    QVERIFY(KeyValidator::validate(key, K::Create, New).isEmpty());
}

void TestKeyValidator::warningsNeverCountAsErrors()
{
    ApiKey key = defaultKey();
    key.setRaw(F::ExpiresAt, "2020-01-01T00:00:00.000Z");
    key.setRaw(F::RateLimitWindow, "60"); // a window without any limit
    key.setRaw(F::EnableModelRestriction, "true"); // with an empty list
    key.setRaw(F::EnableClientRestriction, "true");
    key.setRaw(F::WeeklyResetDay, "3"); // not used before 1.1.281
    const QList<ValidationIssue> issues = KeyValidator::validate(key, K::Create, Old);
    QCOMPARE(issues.size(), 5);
    for (const ValidationIssue& issue : issues) {
        QVERIFY2(issue.warning, qPrintable(describe(issues)));
        QVERIFY(!issue.serviceRule);
    }
    QVERIFY(!KeyValidator::hasErrors(issues));
    QVERIFY(KeyValidator::errorsOnly(issues).isEmpty());

    key.setRaw(F::RateLimitWindow, "0");
    key.setRaw(F::RateLimitRequests, "100"); // requests without a window
    const QList<ValidationIssue> window = KeyValidator::validate(key, K::Update, New, {F::RateLimitRequests});
    QCOMPARE(window.size(), 1);
    QVERIFY(window.first().warning);
    QCOMPARE(window.first().field, F::RateLimitWindow);

    QList<ValidationIssue> mixed = issues;
    mixed.append({F::Name, u"x"_s, true, false});
    QVERIFY(KeyValidator::hasErrors(mixed));
    QCOMPARE(KeyValidator::errorsOnly(mixed).size(), 1);
}

void TestKeyValidator::updateChecksOnlyChangedFields()
{
    ApiKey key = defaultKey();
    key.setRaw(F::TokenLimit, "-1");
    key.setRaw(F::Name, "");
    key.setRaw(F::Permissions, "claude,gemini"); // legacy damage elsewhere in the hash
    QVERIFY(KeyValidator::validate(key, K::Update, New, {F::Tags}).isEmpty());
    QVERIFY(KeyValidator::validate(key, K::BatchEdit, New, {F::DailyCostLimit, F::Tags}).isEmpty());
    const QList<ValidationIssue> token = KeyValidator::validate(key, K::Update, New, {F::TokenLimit});
    QCOMPARE(token.size(), 1);
    QCOMPARE(token.first().field, F::TokenLimit);
    // Create checks every field, whatever `changed` says.
    const QList<ValidationIssue> create = KeyValidator::validate(key, K::Create, New, {F::Tags});
    QCOMPARE(KeyValidator::errorsOnly(create).size(), 3);
}

void TestKeyValidator::releaseDecidesServiceRule()
{
    // serviceRates is a service rule from 1.1.263 on; before that the service stores it untouched.
    ApiKey key = defaultKey();
    key.setRaw(F::ServiceRates, "{\"claude\":-1}");
    for (auto [model, service] : {std::pair {Old, false}, std::pair {DataModel::Release1_1_262, false},
                                  std::pair {DataModel::Release1_1_263, true}, std::pair {New, true}}) {
        const QList<ValidationIssue> errors =
            errorsOn(KeyValidator::validate(key, K::Create, model), F::ServiceRates);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().serviceRule, service);
    }
    key = defaultKey();
    key.setRaw(F::WeeklyResetHour, "30");
    QVERIFY(!errorsOn(KeyValidator::validate(key, K::Create, DataModel::Release1_1_263), F::WeeklyResetHour)
                 .first()
                 .serviceRule);
    QVERIFY(errorsOn(KeyValidator::validate(key, K::Create, DataModel::Release1_1_281), F::WeeklyResetHour)
                .first()
                .serviceRule);
}

void TestKeyValidator::validateValueReportsOneField()
{
    QList<ValidationIssue> issues = KeyValidator::validateValue(F::TokenLimit, u"-1"_s, K::Update, New);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, u"Token limit must be a non-negative integer"_s);
    QVERIFY(KeyValidator::validateValue(F::TokenLimit, u"12"_s, K::Create, New).isEmpty());
    QVERIFY(
        KeyValidator::validateValue(F::RateLimitWindow, u"60"_s, K::Create, New).isEmpty()); // no warnings
    issues = KeyValidator::validateValue(F::Name, QString(101, u'x'), K::Create, New);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, u"Name must be less than 100 characters"_s);
    issues = KeyValidator::validateValue(F::GeminiAccountId, u"responses:x"_s, K::Update, New);
    QCOMPARE(issues.size(), 1);
    QVERIFY(!issues.first().serviceRule);
}

void TestKeyValidator::batchCreate_data()
{
    QTest::addColumn<QString>("baseName");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::addColumn<bool>("serviceRule");
    QTest::newRow("ok") << u"team"_s << 10 << QString() << false;
    QTest::newRow("90 and 2") << QString(90, u'b') << 2 << QString() << false;
    QTest::newRow("500") << u"team"_s << 500 << QString() << false;
    QTest::newRow("empty") << QString() << 10 << u"Base name is required and must be a non-empty string"_s
                           << true;
    QTest::newRow("blank") << u"  "_s << 10 << u"Base name is required and must be a non-empty string"_s
                           << false;
    QTest::newRow("91") << QString(91, u'b') << 10
                        << u"Base name must be less than 90 characters to allow for numbering"_s << true;
    QTest::newRow("count 1") << u"team"_s << 1 << u"Count must be an integer between 2 and 500"_s << true;
    QTest::newRow("count 501") << u"team"_s << 501 << u"Count must be an integer between 2 and 500"_s << true;
    QTest::newRow("padded") << u"team "_s << 5 << u"Remove the spaces at the start and end of the name."_s
                            << false;
}

void TestKeyValidator::batchCreate()
{
    QFETCH(QString, baseName);
    QFETCH(int, count);
    QFETCH(QString, message);
    QFETCH(bool, serviceRule);
    const QList<ValidationIssue> issues = KeyValidator::validateBatchCreate(baseName, count);
    if (message.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, message);
    QCOMPARE(issues.first().serviceRule, serviceRule);
    QCOMPARE(issues.first().field, F::Name);
}

void TestKeyValidator::tagName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("serviceRule");
    QTest::newRow("ok") << u"prod"_s << QString() << false;
    QTest::newRow("50") << QString(50, u't') << QString() << false;
    QTest::newRow("unicode") << u"团队-α"_s << QString() << false;
    QTest::newRow("empty") << QString() << u"The tag name cannot be empty."_s << true;
    QTest::newRow("blank") << u"   "_s << u"The tag name cannot be empty."_s << true;
    QTest::newRow("51") << QString(51, u't') << u"is longer than 50 characters"_s << false;
    QTest::newRow("padded") << u" prod"_s << u"starts or ends with spaces"_s << false;
    QTest::newRow("control") << u"a\u0007b"_s << u"contains control characters"_s << false;
}

void TestKeyValidator::tagName()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFETCH(bool, serviceRule);
    const QList<ValidationIssue> issues = KeyValidator::validateTagName(name);
    if (message.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(message), qPrintable(describe(issues)));
    QCOMPARE(issues.first().serviceRule, serviceRule);
    QCOMPARE(issues.first().field, F::Tags);
}

void TestKeyValidator::activateNow()
{
    ApiKey key = defaultKey();
    QList<ValidationIssue> issues = KeyValidator::validateActivateNow(key);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, u"Key is either already activated or not in activation mode"_s);
    QVERIFY(issues.first().serviceRule);
    key.setRaw(F::ExpirationMode, "activation");
    key.setRaw(F::IsActivated, "false");
    QVERIFY(KeyValidator::validateActivateNow(key).isEmpty());
    key.setRaw(F::IsActivated, "true");
    QCOMPARE(KeyValidator::validateActivateNow(key).size(), 1);
}

void TestKeyValidator::messagesAreTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    ApiKey key = defaultKey();
    key.setRaw(F::TokenLimit, "-1");
    key.setRaw(F::ClaudeAccountId, "api:x");
    key.setRaw(F::Permissions, "[\"foo\"]");
    const QList<ValidationIssue> issues = KeyValidator::validate(key, K::Create, New);
    const QList<ValidationIssue> batch = KeyValidator::validateBatchCreate(QString(), 1);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(issues.size(), 3);
    for (const ValidationIssue& issue : issues + batch)
        QVERIFY2(issue.message.startsWith(u'«'), qPrintable(issue.message));
    QCOMPARE(issues.first().message, u"«Token limit must be a non-negative integer»"_s);
}

void TestKeyValidator::fixtureKeysValidForCreate_data()
{
    QTest::addColumn<DataModel>("model");
    QTest::addColumn<ApiKey>("key");
    QTest::addColumn<int>("expectedErrors");
    for (const auto& [release, model] : {std::pair {u"1.1.235"_s, Old}, std::pair {u"1.1.314"_s, New}}) {
        const QList<std::pair<QByteArray, ApiKey>> keys = seedKeys(release);
        QCOMPARE(keys.size(), 13); // 14 created, k12 permanently deleted (fixtures README 4.3)
        for (const auto& [redisKey, key] : keys) {
            // 1.1.235's k13 holds "claude,gemini", written by the service's update bug (B1): a stored
            // form we refuse to write, so it is knowingly invalid by our rules (one error).
            const bool k13 = release == u"1.1.235"_s && key.name() == u"k13-after-update"_s;
            QTest::addRow("%s %s", qPrintable(release), qPrintable(key.name()))
                << model << key << (k13 ? 1 : 0);
        }
    }
}

void TestKeyValidator::fixtureKeysValidForCreate()
{
    QFETCH(DataModel, model);
    QFETCH(ApiKey, key);
    QFETCH(int, expectedErrors);
    const QList<ValidationIssue> issues = KeyValidator::validate(key, K::Create, model);
    const QList<ValidationIssue> errors = KeyValidator::errorsOnly(issues);
    QVERIFY2(errors.size() == expectedErrors, qPrintable(describe(issues)));
    if (expectedErrors) {
        QCOMPARE(errors.first().field, F::Permissions);
        QVERIFY(!errors.first().serviceRule);
        QVERIFY(errors.first().message.contains(u"comma-joined"_s));
    }
    // The keys the service activated or let expire carry an expiry in the past: warnings only.
    if (key.name() == u"k06-expired-fixed"_s || key.name() == u"k04-activation-12-hours"_s)
        QCOMPARE(issues.size(), 1);
}

QTEST_GUILESS_MAIN(TestKeyValidator)

#include "tst_keyvalidator.moc"
