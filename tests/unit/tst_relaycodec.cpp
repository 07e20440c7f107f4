// ApiKey and ApiKeyCodec: encodings, malformed values, service readings and changed fields.
#include "relay/ApiKey.h"
#include "relay/ApiKeyCodec.h"
#include "relay/ServiceConstants.h"
#include "relay/UsageRecord.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace rka::relay;

Q_DECLARE_METATYPE(rka::relay::MalformedReason)
Q_DECLARE_METATYPE(rka::relay::PermissionsForm)
Q_DECLARE_METATYPE(std::optional<QByteArray>)

namespace {

// A 1.1.314 key as the service creates it (section 5.1 and 18.3), plus a field the app does not know.
RawHash baseHash()
{
    return {
        {"id"_ba, "8ef712e4-44d3-42cd-8b0c-aab602e2ed0d"_ba},
        {"name"_ba, "k01"_ba},
        {"description"_ba, ""_ba},
        {"apiKey"_ba, "85fd634b6d97f0796ea975fa3de1b02cd23bb218bbda5eff51f592f6cc8f9a72"_ba},
        {"tokenLimit"_ba, "1000000"_ba},
        {"concurrencyLimit"_ba, "5"_ba},
        {"rateLimitWindow"_ba, "60"_ba},
        {"rateLimitRequests"_ba, "100"_ba},
        {"rateLimitCost"_ba, "5.5"_ba},
        {"isActive"_ba, "true"_ba},
        {"claudeAccountId"_ba, "acc-claude-01"_ba},
        {"permissions"_ba, "[\"claude\",\"openai\"]"_ba},
        {"enableModelRestriction"_ba, "true"_ba},
        {"restrictedModels"_ba, "[\"claude-opus-4-20250514\"]"_ba},
        {"x-future-field"_ba, "\x00\xff raw"_ba},
        {"allowedClients"_ba, "[]"_ba},
        {"dailyCostLimit"_ba, "10"_ba},
        {"tags"_ba, "[\"team-a\",\"prod\"]"_ba},
        {"activationDays"_ba, "0"_ba},
        {"isActivated"_ba, "true"_ba},
        {"createdAt"_ba, "2026-01-29T01:00:02.000Z"_ba},
        {"lastUsedAt"_ba, ""_ba},
        {"expiresAt"_ba, "2099-12-31T15:59:59.000Z"_ba},
        {"icon"_ba, "data:image/png;base64,iVBORw0KGgo="_ba},
        {"serviceRates"_ba, "{}"_ba},
        {"weeklyResetDay"_ba, "1"_ba},
        {"enableOpenAIResponsesCodexAdaptation"_ba, "true"_ba},
        {"openaiResponsesPayloadRules"_ba, "[]"_ba},
    };
}

RawHash withField(RawHash hash, const QByteArray& field, const QByteArray& value)
{
    for (auto& pair : hash) {
        if (pair.first == field) {
            pair.second = value;
            return hash;
        }
    }
    hash.append({field, value});
    return hash;
}

} // namespace

class TestRelayCodec : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedBaseKey();
    void malformedValues_data();
    void malformedValues();
    void legalOddValues_data();
    void legalOddValues();
    void previewIsShortAndPrintable();
    void encoders();
    void typedSettersUseServiceEncoding();
    void serviceReadings();
    void permissions_data();
    void permissions();
    void expiry();
    void changedFields();
    void unknownFieldsSurviveEdits();
    void packedStorageKeepsEveryByte();
    void usageRecordSummary_data();
    void usageRecordSummary();
    void constants();
};

void TestRelayCodec::wellFormedBaseKey()
{
    QList<MalformedField> malformed;
    const ApiKey key = ApiKeyCodec::decode(baseHash(), &malformed);
    QVERIFY(malformed.isEmpty());
    QCOMPARE(ApiKeyCodec::encode(key), baseHash());
    QCOMPARE(key.unknownFieldNames(), QList<QByteArray> {"x-future-field"_ba});
    QCOMPARE(key.name(), u"k01"_s);
    QCOMPARE(key.tokenLimit(), std::optional<qint64>(1000000));
    QCOMPARE(key.rateLimitCost(), std::optional<double>(5.5));
    QCOMPARE(key.tags(), std::optional<QStringList>({u"team-a"_s, u"prod"_s}));
    QCOMPARE(key.createdAt(),
             std::optional<QDateTime>(QDateTime(QDate(2026, 1, 29), QTime(1, 0, 2), QTimeZone::utc())));
    QCOMPARE(key.lastUsedAt(), std::nullopt);
    QVERIFY(key.isActive());
    QVERIFY(!key.has(ApiKeyField::IsDeleted));
}

void TestRelayCodec::malformedValues_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<MalformedReason>("reason");
    const QByteArray huge(10 * 1024 * 1024 + 1, 'a');
    const QByteArray hugeDigits(10 * 1024 * 1024, '7');
    const QByteArray badUtf8 = "ok\xc3\x28 \xff"_ba;
    // Every known field with bytes that are not UTF-8, and with 10 MB of text.
    for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs()) {
        const QByteArray name(spec.name.data(), spec.name.size());
        QTest::addRow("%s invalid utf-8", name.constData())
            << name << badUtf8 << MalformedReason::InvalidUtf8;
        MalformedReason hugeReason = MalformedReason::TooLong;
        switch (spec.kind) {
        case FieldKind::KeyHash:
            hugeReason = MalformedReason::NotKeyHash;
            break;
        case FieldKind::Boolean:
            hugeReason = MalformedReason::NotBoolean;
            break;
        case FieldKind::Integer:
        case FieldKind::Decimal:
            hugeReason = MalformedReason::NotNumber;
            QTest::addRow("%s abc", name.constData()) << name << "abc"_ba << MalformedReason::NotNumber;
            QTest::addRow("%s 12abc", name.constData()) << name << "12abc"_ba << MalformedReason::NotNumber;
            QTest::addRow("%s TRUE", name.constData()) << name << "TRUE"_ba << MalformedReason::NotNumber;
            QTest::addRow("%s 10MB digits", name.constData())
                << name << hugeDigits << MalformedReason::NumberOutOfRange;
            QTest::addRow("%s 1e400", name.constData())
                << name << "1e400"_ba
                << (spec.kind == FieldKind::Integer ? MalformedReason::NotWholeNumber
                                                    : MalformedReason::NumberOutOfRange);
            break;
        case FieldKind::IsoDate:
            hugeReason = MalformedReason::NotIsoDate;
            QTest::addRow("%s text", name.constData())
                << name << "yesterday"_ba << MalformedReason::NotIsoDate;
            QTest::addRow("%s 30 February", name.constData())
                << name << "2026-02-30T00:00:00.000Z"_ba << MalformedReason::NotIsoDate;
            break;
        case FieldKind::StringArray:
        case FieldKind::Permissions:
        case FieldKind::PayloadRules:
            hugeReason =
                spec.kind == FieldKind::Permissions ? MalformedReason::TooLong : MalformedReason::BadJson;
            QTest::addRow("%s bad json", name.constData())
                << name << "[\"a\","_ba << MalformedReason::BadJson;
            QTest::addRow("%s object", name.constData())
                << name << "[{\"a\":1}]"_ba << MalformedReason::WrongJsonShape;
            QTest::addRow("%s numbers", name.constData())
                << name << "[1,2]"_ba << MalformedReason::WrongJsonShape;
            QTest::addRow("%s 10MB brackets", name.constData())
                << name << QByteArray(10 * 1024 * 1024, '[') << MalformedReason::BadJson;
            break;
        case FieldKind::ServiceRates:
            hugeReason = MalformedReason::BadJson;
            QTest::addRow("%s bad json", name.constData())
                << name << "{\"claude\":"_ba << MalformedReason::BadJson;
            QTest::addRow("%s array", name.constData()) << name << "[]"_ba << MalformedReason::WrongJsonShape;
            QTest::addRow("%s text rate", name.constData())
                << name << "{\"claude\":\"x\"}"_ba << MalformedReason::WrongJsonShape;
            break;
        case FieldKind::Text:
            break;
        }
        if (spec.kind == FieldKind::Boolean) {
            for (const QByteArray& bad : {"TRUE"_ba, ""_ba, "1"_ba, "true "_ba, "undefined"_ba})
                QTest::addRow("%s '%s'", name.constData(), bad.constData())
                    << name << bad << MalformedReason::NotBoolean;
        }
        if (spec.kind == FieldKind::Integer) {
            QTest::addRow("%s fraction", name.constData())
                << name << "1.5"_ba << MalformedReason::NotWholeNumber;
            QTest::addRow("%s beyond 2^53", name.constData())
                << name << "9007199254740993"_ba << MalformedReason::NumberOutOfRange;
        }
        if (spec.field == ApiKeyField::Permissions) // plain strings are legacy forms, but not 10 MB ones
            continue;
        if (spec.field != ApiKeyField::Icon)
            QTest::addRow("%s 10MB", name.constData()) << name << huge << hugeReason;
    }
    QTest::newRow("icon beyond 10 MiB") << "icon"_ba << huge << MalformedReason::TooLong;
    QTest::newRow("uppercase hash") << "apiKey"_ba
                                    << "85FD634B6D97F0796EA975FA3DE1B02CD23BB218BBDA5EFF51F592F6CC8F9A72"_ba
                                    << MalformedReason::NotKeyHash;
    QTest::newRow("empty hash") << "apiKey"_ba
                                << ""_ba << MalformedReason::NotKeyHash;
}

void TestRelayCodec::malformedValues()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(MalformedReason, reason);
    const RawHash hash = withField(baseHash(), field, value);
    QList<MalformedField> malformed;
    const ApiKey key = ApiKeyCodec::decode(hash, &malformed);
    QCOMPARE(malformed.size(), 1);
    QCOMPARE(malformed.first().field, field);
    QCOMPARE(malformed.first().reason, reason);
    QVERIFY(!malformed.first().message.isEmpty());
    QVERIFY(malformed.first().rawPreview.size() <= 120);
    // The raw bytes are kept: encoding gives back exactly what was read, and nothing counts as changed.
    QCOMPARE(key.raw(field), std::optional<QByteArray>(value));
    QVERIFY(ApiKeyCodec::encode(key) == hash);
    QVERIFY(ApiKeyCodec::changedFields(ApiKeyCodec::decode(hash), key).isEmpty());
    // Strict typed getters refuse the value instead of guessing.
    const std::optional<ApiKeyField> known = apiKeyFieldByName(field);
    QVERIFY(known);
    switch (apiKeyFieldSpec(*known).kind) {
    case FieldKind::Boolean:
        QVERIFY(!key.boolean(*known));
        QVERIFY(key.serviceBoolean(*known) == (apiKeyFieldSpec(*known).defaultTrue && value.isEmpty()));
        break;
    case FieldKind::Integer:
        QVERIFY(!key.integer(*known));
        break;
    case FieldKind::Decimal:
        QVERIFY(!key.decimal(*known));
        break;
    case FieldKind::IsoDate:
        QVERIFY(!key.dateTime(*known));
        break;
    case FieldKind::StringArray:
        QVERIFY(!key.stringList(*known));
        break;
    default:
        break;
    }
}

void TestRelayCodec::legalOddValues_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    // Values the service itself writes or tolerates; none of them is damage.
    QTest::newRow("tokenLimit empty (5.2 a)") << "tokenLimit"_ba
                                              << ""_ba;
    QTest::newRow("negative number") << "concurrencyLimit"_ba
                                     << "-1"_ba;
    QTest::newRow("exponent decimal") << "dailyCostLimit"_ba
                                      << "1e+21"_ba;
    QTest::newRow("legacy all") << "permissions"_ba
                                << "all"_ba;
    QTest::newRow("legacy single") << "permissions"_ba
                                   << "claude"_ba;
    QTest::newRow("1.1.235 comma bug") << "permissions"_ba
                                       << "claude,gemini"_ba;
    QTest::newRow("permissions empty") << "permissions"_ba
                                       << ""_ba;
    QTest::newRow("expiresAt date only") << "expiresAt"_ba
                                         << "2099-12-31"_ba;
    QTest::newRow("expiresAt with offset") << "expiresAt"_ba
                                           << "2099-12-31T23:59:59+08:00"_ba;
    QTest::newRow("unicode name") << "name"_ba
                                  << "k09-multi-binding \xe6\xb5\x8b\xe8\xaf\x95 \xe2\x9c\x93"_ba;
    QTest::newRow("icon of 2 MB") << "icon"_ba << QByteArray(2 * 1024 * 1024, 'A');
    QTest::newRow("rates") << "serviceRates"_ba
                           << "{\"claude\":1.5,\"codex\":0}"_ba;
    QTest::newRow("rules") << "openaiResponsesPayloadRules"_ba
                           << "[{\"path\":\"a.b\",\"valueType\":\"number\",\"value\":\"3\"}]"_ba;
    QTest::newRow("unknown field garbage") << "whatever"_ba
                                           << "\xff\xfe{["_ba;
}

void TestRelayCodec::legalOddValues()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    const RawHash hash = withField(baseHash(), field, value);
    QList<MalformedField> malformed;
    const ApiKey key = ApiKeyCodec::decode(hash, &malformed);
    QVERIFY2(malformed.isEmpty(), malformed.isEmpty() ? "" : qPrintable(malformed.first().message));
    QVERIFY(ApiKeyCodec::encode(key) == hash);
}

void TestRelayCodec::previewIsShortAndPrintable()
{
    QCOMPARE(ApiKeyCodec::preview("a\nb\x01\xff"_ba), u"a\\nb\\x01\\xff"_s);
    QCOMPARE(ApiKeyCodec::preview("\xe6\xb5\x8b"_ba), u"\u6d4b"_s);
    const QString longPreview = ApiKeyCodec::preview(QByteArray(5000, 'x'));
    QVERIFY(longPreview.startsWith(QString(80, u'x') + u'…'));
    QVERIFY(longPreview.contains(u"5000"_s));
    QVERIFY(longPreview.size() < 120);
}

void TestRelayCodec::encoders()
{
    QCOMPARE(FieldEncoding::encodeBoolean(true), "true"_ba);
    QCOMPARE(FieldEncoding::encodeBoolean(false), "false"_ba);
    QCOMPARE(FieldEncoding::encodeDecimal(12.75), "12.75"_ba);
    QCOMPARE(FieldEncoding::encodeDecimal(0), "0"_ba);
    QCOMPARE(FieldEncoding::encodeDecimal(3), "3"_ba);
    QCOMPARE(FieldEncoding::encodeInteger(1000000), "1000000"_ba);
    QCOMPARE(
        FieldEncoding::encodeDateTime(QDateTime(QDate(2026, 11, 26), QTime(1, 49, 7, 752), QTimeZone::utc())),
        "2026-11-26T01:49:07.752Z"_ba);
    QCOMPARE(FieldEncoding::encodeDateTime(
                 QDateTime(QDate(2026, 11, 26), QTime(9, 49, 7, 752), QTimeZone(8 * 3600))),
             "2026-11-26T01:49:07.752Z"_ba);
    // JSON.stringify output, checked against node.
    QCOMPARE(FieldEncoding::encodeStringArray({u"claude"_s, u"openai"_s}), "[\"claude\",\"openai\"]"_ba);
    QCOMPARE(FieldEncoding::encodeStringArray({}), "[]"_ba);
    QCOMPARE(FieldEncoding::encodeStringArray({u"a\"b\\c"_s, u"\u00e9\u6d4b/"_s, u"\n\t\u0001\u007f"_s}),
             "[\"a\\\"b\\\\c\",\"\xc3\xa9\xe6\xb5\x8b/\",\"\\n\\t\\u0001\x7f\"]"_ba);
    QCOMPARE(FieldEncoding::encodeStringArray({QString(QChar(0xd800))}), "[\"\\ud800\"]"_ba);
    QCOMPARE(FieldEncoding::encodeStringArray({u"\U0001F600"_s}), "[\"\xf0\x9f\x98\x80\"]"_ba);
    QCOMPARE(FieldEncoding::encodeServiceRates({{u"claude"_s, 1.5}, {u"codex"_s, 0.0}}),
             "{\"claude\":1.5,\"codex\":0}"_ba);
    QCOMPARE(FieldEncoding::encodePayloadRules({{u"a.b"_s, u"number"_s, u"3"_s}}),
             "[{\"path\":\"a.b\",\"valueType\":\"number\",\"value\":\"3\"}]"_ba);
    QVERIFY(FieldEncoding::isCanonicalDateTime("2026-11-26T01:49:07.752Z"));
    QVERIFY(!FieldEncoding::isCanonicalDateTime("2026-11-26T01:49:07Z"));
    QVERIFY(!FieldEncoding::isCanonicalDateTime(""));
}

void TestRelayCodec::typedSettersUseServiceEncoding()
{
    ApiKey key = ApiKeyCodec::decode(baseHash());
    key.setTokenLimit(std::nullopt);
    QCOMPARE(key.raw(ApiKeyField::TokenLimit), std::optional<QByteArray>(""_ba));
    key.setRateLimitCost(12.75);
    QCOMPARE(key.raw(ApiKeyField::RateLimitCost), std::optional<QByteArray>("12.75"_ba));
    key.setActive(false);
    QCOMPARE(key.raw(ApiKeyField::IsActive), std::optional<QByteArray>("false"_ba));
    key.setExpiresAt(std::nullopt);
    QCOMPARE(key.raw(ApiKeyField::ExpiresAt), std::optional<QByteArray>(""_ba));
    key.setPermissions({u"claude"_s, u"gemini"_s});
    QCOMPARE(key.raw(ApiKeyField::Permissions), std::optional<QByteArray>("[\"claude\",\"gemini\"]"_ba));
    QCOMPARE(key.permissionsForm(), PermissionsForm::JsonArray);
    key.setName(u"\u6d4b\u8bd5 \u2713"_s);
    QCOMPARE(key.raw(ApiKeyField::Name),
             std::optional<QByteArray>("\xe6\xb5\x8b\xe8\xaf\x95 \xe2\x9c\x93"_ba));
    // Setters keep the field where it was.
    QCOMPARE(key.rawFields().at(1).first, "name"_ba);
}

void TestRelayCodec::serviceReadings()
{
    auto read = [](const QByteArray& field, const std::optional<QByteArray>& value) {
        RawHash hash = baseHash();
        hash.removeIf([&field](const auto& pair) { return pair.first == field; });
        if (value)
            hash.append({field, *value});
        return ApiKeyCodec::decode(hash);
    };
    // tokenLimit is parseInt(x) without fallback: "" and absent read as NaN, i.e. no limit (5.2 a).
    QCOMPARE(read("tokenLimit"_ba, ""_ba).serviceTokenLimit(), std::nullopt);
    QCOMPARE(read("tokenLimit"_ba, std::nullopt).serviceTokenLimit(), std::nullopt);
    QCOMPARE(read("tokenLimit"_ba, "1.9"_ba).serviceTokenLimit(), std::optional<qint64>(1));
    QCOMPARE(read("tokenLimit"_ba, "12abc"_ba).serviceTokenLimit(), std::optional<qint64>(12));
    QCOMPARE(read("tokenLimit"_ba, "12abc"_ba).tokenLimit(), std::nullopt);
    // parseInt(x || 0)
    QCOMPARE(read("concurrencyLimit"_ba, ""_ba).serviceNumber(ApiKeyField::ConcurrencyLimit), 0.0);
    QVERIFY(std::isnan(read("concurrencyLimit"_ba, "abc"_ba).serviceNumber(ApiKeyField::ConcurrencyLimit)));
    // activation: parseInt(activationDays || 30) — "0" is truthy and stays 0 (section 12).
    QCOMPARE(read("activationDays"_ba, ""_ba).serviceNumber(ApiKeyField::ActivationDays), 30.0);
    QCOMPARE(read("activationDays"_ba, std::nullopt).serviceNumber(ApiKeyField::ActivationDays), 30.0);
    QCOMPARE(read("activationDays"_ba, "0"_ba).serviceNumber(ApiKeyField::ActivationDays), 0.0);
    // parseFloat(x || 0)
    QCOMPARE(read("dailyCostLimit"_ba, ""_ba).serviceNumber(ApiKeyField::DailyCostLimit), 0.0);
    QCOMPARE(read("dailyCostLimit"_ba, "2.5"_ba).serviceNumber(ApiKeyField::DailyCostLimit), 2.5);
    QVERIFY(std::isinf(read("dailyCostLimit"_ba, "1e400"_ba).serviceNumber(ApiKeyField::DailyCostLimit)));
    QCOMPARE(read("weeklyResetDay"_ba, std::nullopt).serviceNumber(ApiKeyField::WeeklyResetDay), 1.0);
    QCOMPARE(read("weeklyResetHour"_ba, std::nullopt).serviceNumber(ApiKeyField::WeeklyResetHour), 0.0);
    // === 'true'
    QVERIFY(!read("isActive"_ba, "TRUE"_ba).isActive());
    QVERIFY(!read("isActive"_ba, std::nullopt).isActive());
    QVERIFY(read("isActive"_ba, "true"_ba).isActive());
    // parseBooleanWithDefault(x, true) for the codex flag (section 18.3)
    const ApiKeyField codex = ApiKeyField::EnableOpenAIResponsesCodexAdaptation;
    QVERIFY(read("enableOpenAIResponsesCodexAdaptation"_ba, std::nullopt).serviceBoolean(codex));
    QVERIFY(read("enableOpenAIResponsesCodexAdaptation"_ba, ""_ba).serviceBoolean(codex));
    QVERIFY(!read("enableOpenAIResponsesCodexAdaptation"_ba, "false"_ba).serviceBoolean(codex));
    QVERIFY(!read("enableOpenAIResponsesCodexAdaptation"_ba, "TRUE"_ba).serviceBoolean(codex));
    // JSON.parse with a catch
    QCOMPARE(read("tags"_ba, "[\"a\","_ba).serviceStringList(ApiKeyField::Tags), QStringList());
    QCOMPARE(read("tags"_ba, "[\"a\",1]"_ba).serviceStringList(ApiKeyField::Tags),
             QStringList({u"a"_s, u"1"_s}));
}

void TestRelayCodec::permissions_data()
{
    QTest::addColumn<std::optional<QByteArray>>("stored");
    QTest::addColumn<PermissionsForm>("form");
    QTest::addColumn<QStringList>("read235");
    QTest::addColumn<QStringList>("read262");
    // normalizePermissions, section 5.2 b and 18.4.
    QTest::newRow("absent") << std::optional<QByteArray>() << PermissionsForm::Absent << QStringList()
                            << QStringList();
    QTest::newRow("empty") << std::optional<QByteArray>(""_ba) << PermissionsForm::Empty << QStringList()
                           << QStringList();
    QTest::newRow("json") << std::optional<QByteArray>("[\"claude\",\"openai\"]"_ba)
                          << PermissionsForm::JsonArray << QStringList({u"claude"_s, u"openai"_s})
                          << QStringList({u"claude"_s, u"openai"_s});
    QTest::newRow("json all") << std::optional<QByteArray>("[]"_ba) << PermissionsForm::JsonArray
                              << QStringList() << QStringList();
    QTest::newRow("all") << std::optional<QByteArray>("all"_ba) << PermissionsForm::All << QStringList()
                         << QStringList();
    QTest::newRow("single") << std::optional<QByteArray>("claude"_ba) << PermissionsForm::SingleName
                            << QStringList({u"claude"_s}) << QStringList({u"claude"_s});
    QTest::newRow("comma") << std::optional<QByteArray>("claude,gemini"_ba) << PermissionsForm::CommaJoined
                           << QStringList({u"claude,gemini"_s}) << QStringList({u"claude"_s, u"gemini"_s});
    QTest::newRow("broken json") << std::optional<QByteArray>("[\"claude\""_ba) << PermissionsForm::Malformed
                                 << QStringList({u"[\"claude\""_s}) << QStringList({u"[\"claude\""_s});
}

void TestRelayCodec::permissions()
{
    QFETCH(std::optional<QByteArray>, stored);
    QFETCH(PermissionsForm, form);
    QFETCH(QStringList, read235);
    QFETCH(QStringList, read262);
    RawHash hash = baseHash();
    hash.removeIf([](const auto& pair) { return pair.first == "permissions"; });
    if (stored)
        hash.append({"permissions"_ba, *stored});
    const ApiKey key = ApiKeyCodec::decode(hash);
    QCOMPARE(key.permissionsForm(), form);
    QCOMPARE(key.servicePermissions(PermissionsReader::Release1_1_235), read235);
    QCOMPARE(key.servicePermissions(PermissionsReader::Release1_1_262Plus), read262);
}

void TestRelayCodec::expiry()
{
    const QDateTime now(QDate(2026, 2, 2), QTime(10, 0), QTimeZone::utc());
    auto key = [](const QByteArray& expiresAt) {
        return ApiKeyCodec::decode(withField(baseHash(), "expiresAt"_ba, expiresAt));
    };
    QVERIFY(key("2026-01-30T00:00:00.000Z"_ba).serviceIsExpired(now));
    QVERIFY(!key("2099-12-31T15:59:59.000Z"_ba).serviceIsExpired(now));
    QVERIFY(!key(""_ba).serviceIsExpired(now));
    QVERIFY(!key("garbage"_ba).serviceIsExpired(now)); // new Date('garbage') is NaN: never expired
    QVERIFY(!key("2026-02-02T10:00:00.000Z"_ba).serviceIsExpired(now)); // `now > expiresAt`, strictly
    QVERIFY(key("2026-02-02"_ba).serviceIsExpired(now)); // date-only strings are UTC midnight in JS
}

void TestRelayCodec::changedFields()
{
    const ApiKey before = ApiKeyCodec::decode(baseHash());
    ApiKey after = before;
    QVERIFY(ApiKeyCodec::changedFields(before, after).isEmpty());
    after.setActive(true); // same bytes as stored: not a change
    after.setRateLimitCost(5.5);
    QVERIFY(ApiKeyCodec::changedFields(before, after).isEmpty());

    after.setName(u"renamed"_s);
    after.setTokenLimit(std::nullopt);
    after.setTags({u"prod"_s});
    after.setBoolean(ApiKeyField::IsDeleted, true); // a new field
    after.remove(ApiKeyField::Icon);
    const FieldChanges changes = ApiKeyCodec::changedFields(before, after);
    const RawHash expectedSet {
        {"name"_ba, "renamed"_ba},
        {"tokenLimit"_ba, ""_ba},
        {"tags"_ba, "[\"prod\"]"_ba},
        {"isDeleted"_ba, "true"_ba},
    };
    QCOMPARE(changes.set, expectedSet);
    QCOMPARE(changes.removed, QList<QByteArray> {"icon"_ba});

    // A malformed field the user did not touch is not rewritten; one the user fixed is.
    const ApiKey broken = ApiKeyCodec::decode(withField(baseHash(), "tags"_ba, "[\"a\","_ba));
    ApiKey edited = broken;
    edited.setName(u"k01b"_s);
    QCOMPARE(ApiKeyCodec::changedFields(broken, edited).set, (RawHash {{"name"_ba, "k01b"_ba}}));
    edited.setTags({u"a"_s});
    QCOMPARE(ApiKeyCodec::changedFields(broken, edited).set.last(), (std::pair {"tags"_ba, "[\"a\"]"_ba}));
}

void TestRelayCodec::unknownFieldsSurviveEdits()
{
    ApiKey key = ApiKeyCodec::decode(baseHash());
    key.setName(u"other"_s);
    key.setTags({});
    const RawHash encoded = ApiKeyCodec::encode(key);
    QCOMPARE(encoded.size(), baseHash().size());
    for (qsizetype i = 0; i < encoded.size(); ++i)
        QCOMPARE(encoded[i].first, baseHash()[i].first); // same fields, same order
    QCOMPARE(key.raw("x-future-field"), std::optional<QByteArray>("\x00\xff raw"_ba));
}

void TestRelayCodec::packedStorageKeepsEveryByte()
{
    // ApiKey packs its pairs (values and unknown names in one buffer): whatever edits happen, the
    // pairs read back are exactly those of a key built from the same pairs.
    RawHash expected = baseHash();
    expected.append({"x-empty"_ba, ""_ba});
    expected.append({"name"_ba, "a second name field"_ba}); // a repeated name: kept, the first one counts
    ApiKey key(expected);
    QCOMPARE(key.rawFields(), expected);
    QCOMPARE(key.name(), u"k01"_s);
    QCOMPARE(key.fieldCount(), expected.size());

    const auto set = [&](const QByteArray& field, const QByteArray& value) {
        key.setRaw(QByteArrayView(field), value);
        for (auto& pair : expected) {
            if (pair.first == field) {
                pair.second = value;
                return;
            }
        }
        expected.append({field, value});
    };
    set("x-future-field"_ba, QByteArray(300, 'u')); // an unknown field grows: its name moves along
    set("name"_ba, "n"_ba); // shrinks in place
    set("description"_ba, QByteArray("with\0nul", 8));
    set("x-new"_ba, "appended"_ba);
    for (int i = 0; i < 200; ++i) // many edits: the buffer is compacted on the way
        set("icon"_ba, QByteArray(100 + i, char('a' + i % 26)));
    QCOMPARE(key.rawFields(), expected);
    QCOMPARE(key, ApiKey(expected));
    QCOMPARE(key.raw("x-future-field"), std::optional<QByteArray>(QByteArray(300, 'u')));
    QCOMPARE(key.raw(ApiKeyField::Description), std::optional<QByteArray>(QByteArray("with\0nul", 8)));

    QVERIFY(key.remove("tokenLimit"));
    QVERIFY(!key.has(ApiKeyField::TokenLimit));
    QCOMPARE(key.concurrencyLimit(), std::optional<qint64>(5)); // positions after the removed field
    QCOMPARE(key.unknownFieldNames(), (QList<QByteArray> {"x-future-field"_ba, "x-empty"_ba, "x-new"_ba}));

    // Copies share until one is edited.
    const ApiKey copy = key;
    key.setName(u"changed"_s);
    QCOMPARE(copy.name(), u"n"_s);
    QCOMPARE(key.name(), u"changed"_s);
}

void TestRelayCodec::usageRecordSummary_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("accountId"); // "<null>" for none
    QTest::addColumn<QString>("accountType");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("model");
    const QString none = u"<null>"_s;
    // The shape the service writes (recordUsageWithDetails), nested costBreakdown included.
    QTest::newRow("service record")
        << R"({"timestamp":"2026-02-02T09:00:00.000Z","model":"claude-sonnet-4-20250514","accountId":"acc-1","accountType":"claude","inputTokens":79,"cost":0.0001,"costBreakdown":{"input":0.00004413407821229051,"output":5e-7,"list":[1,{"a":null}]},"isLongContext":false})"_ba
        << true << u"acc-1"_s << u"claude"_s << u"2026-02-02T09:00:00.000Z"_s
        << u"claude-sonnet-4-20250514"_s;
    QTest::newRow("legacy without type") << R"( { "timestamp" : "T" , "model":"m", "accountId":"a" } )"_ba
                                         << true << u"a"_s << none << u"T"_s << u"m"_s;
    QTest::newRow("null type, model from actualModel")
        << R"({"accountType":null,"model":"","actualModel":"gpt-5","accountId":"responses:x"})"_ba << true
        << u"responses:x"_s << none << QString() << u"gpt-5"_s;
    QTest::newRow("numeric id") << R"({"accountId":12,"model":"m"})"_ba << true << u"12"_s << none
                                << QString() << u"m"_s;
    QTest::newRow("escaped") << R"({"accountId":"a\"b","model":"\u00e9t\u00e9"})"_ba << true << u"a\"b"_s
                             << none << QString() << u"\u00e9t\u00e9"_s;
    QTest::newRow("utf-8") << "{\"accountId\":\"\xe5\xb8\xb3\",\"model\":\"m\"}"_ba << true << u"\u5e33"_s
                           << none << QString() << u"m"_s;
    QTest::newRow("duplicate: the last counts") << R"({"accountId":"first","accountId":"second"})"_ba << true
                                                << u"second"_s << none << QString() << QString();
    QTest::newRow("service from a non-string model")
        << R"({"model":7,"service":"claude"})"_ba << true << none << none << QString() << u"claude"_s;
    QTest::newRow("not an object") << R"(["accountId","a"])"_ba << false << none << none << QString()
                                   << QString();
    QTest::newRow("truncated") << R"({"accountId":"a","costBreakdown":{"input":1})"_ba << false << none
                               << none << QString() << QString();
    QTest::newRow("bad literal") << R"({"accountId":"a","isLongContext":fals})"_ba << false << none << none
                                 << QString() << QString();
    QTest::newRow("leading zero") << R"({"accountId":"a","n":01})"_ba << false << none << none << QString()
                                  << QString();
    QTest::newRow("trailing garbage")
        << R"({"accountId":"a"} x)"_ba << false << none << none << QString() << QString();
    QTest::newRow("huge exponent") << R"({"accountId":"a","cost":1e400})"_ba << false << none << none
                                   << QString() << QString();
}

void TestRelayCodec::usageRecordSummary()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, accountId);
    QFETCH(QString, accountType);
    QFETCH(QString, timestamp);
    QFETCH(QString, model);
    // The fast reader of the key list and the full parser agree, and say what the row expects.
    const std::optional<UsageRecord> full = UsageRecord::parse(json);
    const std::optional<UsageRecordSummary> fast = UsageRecord::summarize(json);
    QCOMPARE(fast.has_value(), full.has_value());
    if (full)
        QCOMPARE(*fast, full->summary());
    if (QByteArray(QTest::currentDataTag()) == "huge exponent")
        return; // whatever Qt's parser makes of it, both agree (above)
    QCOMPARE(fast.has_value(), valid);
    if (!valid)
        return;
    const auto optional = [](const QString& v) { return v == u"<null>"_s ? std::nullopt : std::optional(v); };
    QCOMPARE(fast->accountId, optional(accountId));
    QCOMPARE(fast->accountType, optional(accountType));
    QCOMPARE(fast->timestamp, timestamp);
    QCOMPARE(fast->modelForHeuristics, model);
}

void TestRelayCodec::constants()
{
    // Section 21.6, written as the day counts the data model gives.
    namespace C = ServiceConstants;
    constexpr qint64 day = 86'400;
    QCOMPARE(C::ApiKeyTtl, 365 * day);
    QCOMPARE(C::UsageDailyTtl, 32 * day);
    QCOMPARE(C::UsageMonthlyTtl, 365 * day);
    QCOMPARE(C::UsageHourlyTtl, 7 * day);
    QCOMPARE(C::CostDailyTtl, 30 * day);
    QCOMPARE(C::CostMonthlyTtl, 90 * day);
    QCOMPARE(C::UsageRecordsTtl, 90 * day);
    QCOMPARE(C::UsageRecordsCap, 200);
    QCOMPARE(C::OpusWeeklyTtl, 14 * day);
    QCOMPARE(C::CostRankLockTtl, qint64(300));
    QCOMPARE(C::MetricsMinuteTtl1_1_314, qint64(600));
    QCOMPARE(C::IndexTempTtl, qint64(60));
    QCOMPARE(C::concurrencyPexpireMs(), qint64(330'000));
    QCOMPARE(C::concurrencyPexpireMs(10, 5), qint64(60'000));
    QCOMPARE(QByteArray(C::DefaultKeyPrefix), "cr_"_ba);
    QCOMPARE(QByteArray(C::DefaultEncryptionKey), "CHANGE-THIS-32-CHARACTER-KEY-NOW"_ba);
    // The documented ISO timestamp and INCRBYFLOAT string read back unchanged.
    QVERIFY(FieldEncoding::isCanonicalDateTime("2026-11-26T01:49:07.752Z"));
    QCOMPARE(FieldEncoding::encodeDecimal(*FieldEncoding::decodeDecimal("0.005444999999999999")),
             "0.005444999999999999"_ba);
}

QTEST_GUILESS_MAIN(TestRelayCodec)
#include "tst_relaycodec.moc"
