// Every `apikey:{id}` hash in the fixture seeds made by the real service: decode and encode must give
// the same bytes, nothing may be reported malformed, and the typed and service readings must agree
// with the service's own views (tests/fixtures/README.md sections 5-8).
#include "CommandLine.h"

#include "relay/ApiKey.h"
#include "relay/ApiKeyCodec.h"
#include "relay/KeyHash.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace rka::relay;

namespace {

// RKA_FIXTURES, or the source tree's fixtures when the variable points elsewhere.
QString fixturesDir()
{
    const QString fromEnv = qEnvironmentVariable("RKA_FIXTURES");
    if (!fromEnv.isEmpty() && QFile::exists(fromEnv + u"/crs-1.1.235/seed-keys.json"_s))
        return fromEnv;
    return QString::fromUtf8(QT_TESTCASE_SOURCEDIR "/../fixtures");
}

struct SeedKey
{
    QByteArray redisKey;
    RawHash fields;
};

// The HSET of every `apikey:{uuid}` hash in a seed file, in file order.
QList<SeedKey> apiKeyHashes(const QString& path)
{
    static const QRegularExpression keyName(
        u"^apikey:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    QList<SeedKey> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (!line.startsWith("HSET \"apikey:"))
            continue;
        QString error;
        const QList<QByteArray> args = rka::test::splitCommandLine(line, &error);
        if (!error.isEmpty() || args.size() < 4 || args.size() % 2 != 0)
            return {};
        if (!keyName.match(QString::fromLatin1(args[1])).hasMatch())
            continue;
        SeedKey key {args[1], {}};
        for (qsizetype i = 2; i + 1 < args.size(); i += 2)
            key.fields.append({args[i], args[i + 1]});
        result.append(key);
    }
    return result;
}

QJsonDocument readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

class TestRelayFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void matchesServiceView_data();
    void matchesServiceView();
    void storedHashesMatchPlaintextKeys_data();
    void storedHashesMatchPlaintextKeys();
    void commaJoinedPermissionsOf1_1_235();
};

void TestRelayFixtures::initTestCase()
{
    QVERIFY(QFile::exists(fixturesDir() + u"/crs-1.1.235/seed.redis"_s));
}

void TestRelayFixtures::roundTrip_data()
{
    QTest::addColumn<QByteArray>("redisKey");
    QTest::addColumn<RawHash>("fields");
    QTest::addColumn<int>("expectedFieldCount");
    const QList<std::pair<QString, int>> seeds {
        {u"crs-1.1.235/seed.redis"_s, 38},
        {u"crs-1.1.314/seed.redis"_s, 44},
        {u"crs-1.1.314/seed-indexed.redis"_s, 44},
    };
    for (const auto& [seed, newKeyFields] : seeds) {
        const QList<SeedKey> keys = apiKeyHashes(fixturesDir() + u'/' + seed);
        // 14 keys were created; k12 was permanently deleted (README section 4.3).
        QCOMPARE(keys.size(), 13);
        for (const SeedKey& key : keys)
            QTest::addRow("%s %s", qPrintable(seed), key.redisKey.constData())
                << key.redisKey << key.fields << newKeyFields;
    }
}

void TestRelayFixtures::roundTrip()
{
    QFETCH(QByteArray, redisKey);
    QFETCH(RawHash, fields);
    QFETCH(int, expectedFieldCount);
    QList<MalformedField> malformed;
    const ApiKey key = ApiKeyCodec::decode(fields, &malformed);
    if (!malformed.isEmpty())
        QFAIL(qPrintable(QString::fromUtf8(malformed.first().field) + u": "_s + malformed.first().message));
    const RawHash encoded = ApiKeyCodec::encode(key);
    QCOMPARE(encoded.size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QCOMPARE(encoded[i].first, fields[i].first);
        QCOMPARE(encoded[i].second, fields[i].second);
    }
    QVERIFY(ApiKeyCodec::changedFields(key, ApiKeyCodec::decode(encoded)).isEmpty());
    // Every field the service writes is one the app knows.
    QCOMPARE(key.unknownFieldNames(), QList<QByteArray>());
    QVERIFY(fields.size() >= expectedFieldCount);
    QCOMPARE(u"apikey:"_s + key.id(), QString::fromLatin1(redisKey));
    QVERIFY(isStoredKeyHashShape(key.keyHash()));
    QVERIFY(key.createdAt().has_value());
    // Every date the service wrote is exact toISOString() output.
    for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs()) {
        const std::optional<QByteArray> value = key.raw(spec.field);
        if (spec.kind == FieldKind::IsoDate && value && !value->isEmpty())
            QVERIFY2(FieldEncoding::isCanonicalDateTime(*value), value->constData());
    }
}

void TestRelayFixtures::matchesServiceView_data()
{
    QTest::addColumn<RawHash>("fields");
    QTest::addColumn<QJsonObject>("view");
    QTest::addColumn<bool>("splitsCommas");
    for (const QString& release : {u"crs-1.1.235"_s, u"crs-1.1.314"_s}) {
        const QList<SeedKey> keys = apiKeyHashes(fixturesDir() + u'/' + release + u"/seed.redis"_s);
        const QJsonArray view =
            readJson(fixturesDir() + u'/' + release + u"/view-getAllApiKeys-includeDeleted.json"_s).array();
        QCOMPARE(view.size(), 13);
        for (const QJsonValue& entry : view) {
            const QJsonObject object = entry.toObject();
            const QByteArray redisKey = "apikey:" + object.value("id"_L1).toString().toLatin1();
            auto it = std::find_if(keys.begin(), keys.end(),
                                   [&](const SeedKey& k) { return k.redisKey == redisKey; });
            QVERIFY2(it != keys.end(), redisKey.constData());
            QTest::addRow("%s %s", qPrintable(release), qPrintable(object.value("name"_L1).toString()))
                << it->fields << object << (release == u"crs-1.1.314"_s);
        }
    }
}

void TestRelayFixtures::matchesServiceView()
{
    QFETCH(RawHash, fields);
    QFETCH(QJsonObject, view);
    QFETCH(bool, splitsCommas);
    const ApiKey key = ApiKeyCodec::decode(fields);
    int compared = 0;
    for (auto it = view.begin(); it != view.end(); ++it) {
        const std::optional<ApiKeyField> field = apiKeyFieldByName(it.key().toLatin1());
        if (!field)
            continue; // enrichment such as usage, totalCost, lastUsage
        const ApiKeyFieldSpec& spec = apiKeyFieldSpec(*field);
        const QJsonValue expected = it.value();
        const QByteArray where = it.key().toLatin1();
        ++compared;
        if (expected.isString()) {
            // Strings in the view are the stored text as is.
            QVERIFY2(key.has(*field), where.constData());
            QCOMPARE(key.text(*field), expected.toString());
        } else if (expected.isBool()) {
            QVERIFY2(key.serviceBoolean(*field) == expected.toBool(), where.constData());
            QCOMPARE(key.boolean(*field), std::optional<bool>(expected.toBool()));
        } else if (expected.isDouble()) {
            QCOMPARE(key.serviceNumber(*field), expected.toDouble());
            if (spec.kind == FieldKind::Integer)
                QCOMPARE(key.integer(*field), std::optional<qint64>(expected.toInteger()));
            else
                QCOMPARE(key.decimal(*field), std::optional<double>(expected.toDouble()));
        } else if (expected.isArray()) {
            QStringList expectedList;
            for (const QJsonValue& item : expected.toArray())
                expectedList.append(item.toString());
            if (spec.kind == FieldKind::Permissions) {
                QCOMPARE(key.servicePermissions(splitsCommas ? PermissionsReader::Release1_1_262Plus
                                                             : PermissionsReader::Release1_1_235),
                         expectedList);
            } else if (spec.kind == FieldKind::PayloadRules) {
                QCOMPARE(key.payloadRules().value_or(QList<PayloadRule> {{}}).size(),
                         expected.toArray().size());
            } else {
                QCOMPARE(key.stringList(*field), std::optional<QStringList>(expectedList));
                QCOMPARE(key.serviceStringList(*field), expectedList);
            }
        } else if (expected.isNull()) {
            // The view's `tokenLimit: null` is parseInt of nothing: NaN (section 5.2 a).
            QVERIFY2(std::isnan(key.serviceNumber(*field)), where.constData());
        } else {
            QFAIL(where.constData());
        }
    }
    // The view shows every stored field except the hash, so every one of them was compared.
    QCOMPARE(compared, int(fields.size()) - 1);
}

void TestRelayFixtures::storedHashesMatchPlaintextKeys_data()
{
    QTest::addColumn<QString>("release");
    QTest::newRow("1.1.235") << u"crs-1.1.235"_s;
    QTest::newRow("1.1.314") << u"crs-1.1.314"_s;
}

void TestRelayFixtures::storedHashesMatchPlaintextKeys()
{
    QFETCH(QString, release);
    const QJsonObject root = readJson(fixturesDir() + u'/' + release + u"/seed-keys.json"_s).object();
    const QByteArray encryptionKey = root.value("encryptionKey"_L1).toString().toUtf8();
    const QList<SeedKey> keys = apiKeyHashes(fixturesDir() + u'/' + release + u"/seed.redis"_s);
    int matched = 0;
    for (const QJsonValue& entry : root.value("keys"_L1).toArray()) {
        const QJsonObject k = entry.toObject();
        const QByteArray redisKey = "apikey:" + k.value("id"_L1).toString().toLatin1();
        auto it =
            std::find_if(keys.begin(), keys.end(), [&](const SeedKey& s) { return s.redisKey == redisKey; });
        if (it == keys.end())
            continue; // k12, permanently deleted
        const ApiKey key = ApiKeyCodec::decode(it->fields);
        QCOMPARE(key.keyHash(), storedKeyHash(k.value("apiKey"_L1).toString().toUtf8(), encryptionKey));
        ++matched;
    }
    QCOMPARE(matched, 13);
}

void TestRelayFixtures::commaJoinedPermissionsOf1_1_235()
{
    // Fixture k13: 1.1.235's update stored ["claude","gemini"] comma-joined (section 5.2 b).
    const QList<SeedKey> keys = apiKeyHashes(fixturesDir() + u"/crs-1.1.235/seed.redis"_s);
    auto it = std::find_if(keys.begin(), keys.end(), [](const SeedKey& s) {
        return s.redisKey == "apikey:6a895ef9-4423-41f1-b502-a224d1ede3ac";
    });
    QVERIFY(it != keys.end());
    const ApiKey key = ApiKeyCodec::decode(it->fields);
    QCOMPARE(key.raw(ApiKeyField::Permissions), std::optional<QByteArray>("claude,gemini"_ba));
    QCOMPARE(key.permissionsForm(), PermissionsForm::CommaJoined);
    QCOMPARE(key.servicePermissions(PermissionsReader::Release1_1_235), QStringList {u"claude,gemini"_s});
    QCOMPARE(key.servicePermissions(PermissionsReader::Release1_1_262Plus),
             QStringList({u"claude"_s, u"gemini"_s}));
    QCOMPARE(key.name(), u"k13-after-update"_s);
    // The Unicode name of k09 survives the \xHH escapes of the seed file.
    auto k09 = std::find_if(keys.begin(), keys.end(), [](const SeedKey& s) {
        return s.redisKey == "apikey:faf7f4d1-3e73-49b5-aaec-8dd4cf93bb85";
    });
    QVERIFY(k09 != keys.end());
    QCOMPARE(ApiKeyCodec::decode(k09->fields).name(), u"k09-multi-binding \u6d4b\u8bd5 \u2713"_s);
}

QTEST_GUILESS_MAIN(TestRelayFixtures)
#include "tst_relayfixtures.moc"
