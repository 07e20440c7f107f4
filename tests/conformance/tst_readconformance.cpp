// Conformance of reading: each release's seed is loaded into a private Redis, read through core at
// the fixture's instant (2026-02-02T10:00:00Z, UTC+8), and compared field by field with the service's
// own full list (view-getAllApiKeys*.json). Deliberate differences are listed in kDeliberate with
// the section of service-data-model.md that explains them; every other difference fails.

#include "Fixtures.h"
#include "JsonDiff.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "relay/KeyListReader.h"
#include "relay/ServiceView.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::test;

namespace {

struct Deliberate
{
    const char* release;
    const char* keyName;
    const char* path;
    const char* why;
};

// Where we knowingly show something else than the service. Empty: every field of every key matches,
// including the last-usage account. Add a row here (with the data-model section) before diverging.
const QList<Deliberate> kDeliberate = {};

bool isDeliberate(const QString& release, const QString& keyName, const QString& diffLine)
{
    for (const Deliberate& d : kDeliberate) {
        if (qstrcmp(d.release, "*") != 0 && release != QLatin1StringView(d.release))
            continue;
        if (qstrcmp(d.keyName, "*") != 0 && keyName != QString::fromUtf8(d.keyName))
            continue;
        if (diffLine.startsWith(QLatin1StringView(d.path)))
            return true;
    }
    return false;
}

} // namespace

class TestReadConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullList_data();
    void fullList();
    void releaseDetection_data();
    void releaseDetection();
    void mixedMarkersAreInconsistent();
    void roundTripsDoNotGrowWithKeys();
    void usersWithoutIndexComeFromTheKeyspacePass_data();
    void usersWithoutIndexComeFromTheKeyspacePass();

private:
    QList<relay::KeyEntry> readAll(int database, relay::ReleaseDetection* release = nullptr,
                                   redis::CommandLog::Totals* totals = nullptr, int batchSize = 0,
                                   int scanCount = 0);
    RedisServer m_server;
};

void TestReadConformance::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 1, &error),
             qPrintable(error));
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.314"_s, u"seed.redis"_s), 2, &error),
             qPrintable(error));
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.314"_s, u"seed-indexed.redis"_s), 3, &error),
             qPrintable(error));
    QCOMPARE(m_server.command({"DBSIZE"}, 1), "322"_ba);
    QCOMPARE(m_server.command({"DBSIZE"}, 2), "425"_ba);
}

QList<relay::KeyEntry> TestReadConformance::readAll(int database, relay::ReleaseDetection* release,
                                                    redis::CommandLog::Totals* totals, int batchSize,
                                                    int scanCount)
{
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = database;
    s.readOnly = true;
    if (!openAndWait(c, s))
        return {};
    c.commandLog().resetTotals();
    relay::KeyListReader reader(c);
    bool done = false;
    redis::RedisError error;
    connect(&reader, &relay::KeyListReader::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    relay::KeyListOptions options;
    options.now = Fixtures::viewInstant();
    options.timezoneOffset = 8;
    if (batchSize > 0)
        options.batchSize = batchSize;
    if (scanCount > 0)
        options.scanCount = scanCount;
    reader.start(options);
    if (!QTest::qWaitFor([&] { return done; }, 20000) || error)
        return {};
    if (release)
        *release = reader.release();
    if (totals)
        *totals = c.commandLog().totals();
    return reader.takeKeys();
}

void TestReadConformance::fullList_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("database");
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("batchSize"); // 0 = the default
    QTest::addColumn<int>("scanCount");
    const QString all = u"view-getAllApiKeys-includeDeleted.json"_s;
    QTest::newRow("1.1.235 with deleted") << u"1.1.235"_s << 1 << all << 0 << 0;
    QTest::newRow("1.1.235") << u"1.1.235"_s << 1 << u"view-getAllApiKeys.json"_s << 0 << 0;
    QTest::newRow("1.1.314 with deleted") << u"1.1.314"_s << 2 << all << 0 << 0;
    QTest::newRow("1.1.314") << u"1.1.314"_s << 2 << u"view-getAllApiKeys.json"_s << 0 << 0;
    // Streamed in the smallest pieces: a key per batch and a few buckets per SCAN call, so most rows
    // arrive before the scan has found every account and get their last-usage account afterwards.
    QTest::newRow("1.1.235 streamed") << u"1.1.235"_s << 1 << all << 1 << 4;
    QTest::newRow("1.1.314 streamed") << u"1.1.314"_s << 2 << all << 1 << 4;
}

void TestReadConformance::fullList()
{
    QFETCH(QString, release);
    QFETCH(int, database);
    QFETCH(QString, view);
    QFETCH(int, batchSize);
    QFETCH(int, scanCount);
    const QJsonArray expected = Fixtures::json(release, view).array();
    QVERIFY(!expected.isEmpty());
    relay::ReleaseDetection detection;
    const QList<relay::KeyEntry> keys = readAll(database, &detection, nullptr, batchSize, scanCount);
    QVERIFY(!keys.isEmpty());

    const bool includeDeleted = view.contains(u"includeDeleted"_s);
    QHash<QString, QJsonObject> ours;
    for (const relay::KeyEntry& e : keys) {
        QVERIFY(e.statsLoaded);
        QVERIFY2(e.malformed.isEmpty(), e.id.constData());
        if (!includeDeleted && e.key.isDeleted())
            continue; // getAllApiKeys(false) leaves out isDeleted === 'true'
        ours.insert(QString::fromUtf8(e.id), relay::ServiceView::listItem(e, detection));
    }
    QCOMPARE(ours.size(), expected.size());

    QStringList failures;
    int compared = 0;
    for (const QJsonValue& v : expected) {
        const QJsonObject want = v.toObject();
        const QString id = want.value(u"id"_s).toString();
        const QString name = want.value(u"name"_s).toString();
        if (!ours.contains(id)) {
            failures << name + u": missing"_s;
            continue;
        }
        for (const QString& line : jsonDiff(want, ours.value(id)))
            if (!isDeliberate(release, name, line))
                failures << name + u": "_s + line;
        ++compared;
    }
    for (const QString& f : std::as_const(failures))
        qWarning("%s", qPrintable(f));
    QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + u" differences"_s));
    QCOMPARE(compared, expected.size());
}

void TestReadConformance::releaseDetection_data()
{
    QTest::addColumn<int>("database");
    QTest::addColumn<int>("model");
    QTest::addColumn<bool>("indexed");
    QTest::newRow("1.1.235 seed") << 1 << int(relay::DataModel::Release1_1_235) << false;
    QTest::newRow("1.1.314 seed") << 2 << int(relay::DataModel::Release1_1_302) << false;
    QTest::newRow("1.1.314 after a server start") << 3 << int(relay::DataModel::Release1_1_302) << true;
}

void TestReadConformance::releaseDetection()
{
    QFETCH(int, database);
    QFETCH(int, model);
    QFETCH(bool, indexed);
    relay::ReleaseDetection d;
    readAll(database, &d);
    QCOMPARE(int(d.model), model);
    QVERIFY2(d.writable(), qPrintable(d.problem));
    QVERIFY(!d.empty);
    QVERIFY(!d.evidence.isEmpty());
    const QString why = d.evidence.join(u' ');
    QCOMPARE(why.contains(u"apikey:index:version"_s), indexed);
    if (model == int(relay::DataModel::Release1_1_302))
        QVERIFY2(why.contains(u"openaiResponsesPayloadRules"_s), qPrintable(why));
}

void TestReadConformance::mixedMarkersAreInconsistent()
{
    // The 1.1.235 seed plus a 1.1.263+ index marker without its index.
    QString error;
    QVERIFY(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 4, &error));
    m_server.command({"SET", "apikey:index:version", "2"}, 4);
    m_server.command({"SET", "system:migrated:version", "1.1.240"}, 4);
    relay::ReleaseDetection d;
    readAll(4, &d);
    QVERIFY(!d.consistent);
    QVERIFY(!d.writable());
    QVERIFY2(d.problem.contains(u"apikey:idx:all does not exist"_s), qPrintable(d.problem));

    // A set under apikey: that is no index key of any release.
    m_server.command({"FLUSHDB"}, 5);
    QVERIFY(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 5, &error));
    m_server.command({"SADD", "apikey:mystery", "x"}, 5);
    readAll(5, &d);
    QVERIFY(!d.consistent);
    QVERIFY2(d.problem.contains(u"apikey:mystery"_s), qPrintable(d.problem));

    // A release newer than the newest we know is opened read-only.
    m_server.command({"FLUSHDB"}, 6);
    QVERIFY(m_server.loadCommandFile(Fixtures::path(u"1.1.314"_s, u"seed.redis"_s), 6, &error));
    m_server.command({"SET", "system:migrated:version", "1.2.0"}, 6);
    readAll(6, &d);
    QVERIFY(!d.known);
    QVERIFY(!d.writable());
    QVERIFY2(d.problem.contains(u"1.2.0"_s), qPrintable(d.problem));
}

void TestReadConformance::roundTripsDoNotGrowWithKeys()
{
    auto fill = [this](int database, int n) {
        m_server.command({"FLUSHDB"}, database);
        for (int i = 0; i < n; ++i) {
            const QByteArray id = "00000000-0000-4000-8000-" + QByteArray::number(i).rightJustified(12, '0');
            m_server.command({"HSET", "apikey:" + id, "id", id, "name", "key " + QByteArray::number(i),
                              "isActive", "true", "createdAt", "2026-01-01T00:00:00.000Z"},
                             database);
            m_server.command({"HSET", "usage:" + id, "totalRequests", "3", "totalTokens", "30"}, database);
            m_server.command({"SET", "usage:cost:total:" + id, "0.25"}, database);
        }
    };
    fill(7, 10);
    fill(8, 1000);
    // With one batch for all keys, 1,000 keys take exactly as many round trips as 10.
    redis::CommandLog::Totals small;
    redis::CommandLog::Totals large;
    const QList<relay::KeyEntry> a = readAll(7, nullptr, &small, 5000);
    const QList<relay::KeyEntry> b = readAll(8, nullptr, &large, 5000);
    QCOMPARE(a.size(), 10);
    QCOMPARE(b.size(), 1000);
    QCOMPARE(b.last().stats.totalCost, 0.25);
    qInfo("round trips: %lld for 10 keys, %lld for 1000 keys; commands %lld and %lld", small.roundTrips,
          large.roundTrips, small.commands, large.commands);
    QCOMPARE(large.roundTrips, small.roundTrips);
    QVERIFY(large.commands > 100 * small.commands / 2);

    // In batches of 100 (streamed: each batch's statistics go out when its hashes arrive), at most
    // two more round trips per batch, whatever the timing.
    redis::CommandLog::Totals batched;
    const QList<relay::KeyEntry> c = readAll(8, nullptr, &batched, 100);
    QCOMPARE(c.size(), 1000);
    qInfo("round trips in batches of 100: %lld", batched.roundTrips);
    QVERIFY(batched.roundTrips <= small.roundTrips + 2 * 10);
    QCOMPARE(batched.commands, large.commands + 9); // the same, but one MGET per batch: 10, not 1
}

void TestReadConformance::usersWithoutIndexComeFromTheKeyspacePass_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("database");
    QTest::addColumn<bool>("indexed");
    QTest::newRow("1.1.235 (no user:index)") << u"1.1.235"_s << 1 << false;
    QTest::newRow("1.1.314 (user:index)") << u"1.1.314"_s << 2 << true;
}

void TestReadConformance::usersWithoutIndexComeFromTheKeyspacePass()
{
    // A SCAN beside the list would take the server's time from it: until `listed` the list sends
    // none, and without `user:index` the users come from the keyspace pass that follows.
    QFETCH(QString, release);
    QFETCH(int, database);
    QFETCH(bool, indexed);
    const QJsonObject users =
        Fixtures::json(release, u"seed-keys.json"_s).object().value("users"_L1).toObject();
    QCOMPARE(users.size(), 2);

    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = database;
    s.readOnly = true;
    QVERIFY(openAndWait(c, s));
    c.commandLog().clear();
    relay::KeyListReader reader(c);
    bool done = false;
    int scansBeforeListed = -1;
    qsizetype usersAtListed = -1;
    const auto scans = [&c] {
        int n = 0;
        for (const redis::CommandLog::Entry& e : c.commandLog().entries())
            n += e.command == "SCAN" ? 1 : 0;
        return n;
    };
    connect(&reader, &relay::KeyListReader::listed, this, [&] {
        scansBeforeListed = scans();
        usersAtListed = reader.users().size();
    });
    connect(&reader, &relay::KeyListReader::finished, this, [&](const redis::RedisError& e) {
        QVERIFY2(!e, qPrintable(e.message));
        done = true;
    });
    relay::KeyListOptions options;
    options.now = Fixtures::viewInstant();
    reader.start(options);
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    QCOMPARE(scansBeforeListed, 0);
    QCOMPARE(usersAtListed, indexed ? 2 : 0);
    QVERIFY(scans() > 0); // the keyspace pass
    QCOMPARE(reader.users().size(), 2);
    QCOMPARE(reader.users().fromIndex(), indexed);
    for (const QString& name : users.keys()) {
        const std::optional<relay::User> user = reader.users().find(users.value(name).toString());
        QVERIFY2(user, qPrintable(name));
        QCOMPARE(user->username, name);
    }
}

QTEST_GUILESS_MAIN(TestReadConformance)
#include "tst_readconformance.moc"
