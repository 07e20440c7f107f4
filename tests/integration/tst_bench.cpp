// The benchmark, functionally (never its timings): the program runs and writes the documented JSON;
// the data it seeds passes core's health check; and the key list of a seeded database equals what a
// client reads key by key.

#include "RedisServer.h"
#include "SyncRedis.h"

#include "BenchSeeder.h"

#include "relay/HealthCheck.h"
#include "relay/KeyListReader.h"
#include "relay/UsageRecord.h"
#include "support/ServiceTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::test;

namespace {

constexpr int SeededKeys = 300;

double number(const QByteArray& s)
{
    return s == "(nil)" ? 0 : s.toDouble();
}

} // namespace

class TestBench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void programWritesJson_data();
    void programWritesJson();
    void seededDataIsHealthy_data();
    void seededDataIsHealthy();
    void listEqualsKeyByKey_data();
    void listEqualsKeyByKey();
    void keysOutsideTheIndexes_data();
    void keysOutsideTheIndexes();

private:
    void addLayouts();
    bool seed(relay::DataModel model, redis::Connection& c);
    QList<relay::KeyEntry> readAll(redis::Connection& c, relay::ReleaseDetection* release);
    RedisServer m_server;
    QDateTime m_now;
};

void TestBench::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_now = QDateTime::currentDateTimeUtc();
}

void TestBench::addLayouts()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("model");
    QTest::newRow("1.1.235") << u"1.1.235"_s << int(relay::DataModel::Release1_1_235);
    QTest::newRow("1.1.314") << u"1.1.314"_s << int(relay::DataModel::Release1_1_302);
}

void TestBench::programWritesJson_data()
{
    addLayouts();
}

void TestBench::programWritesJson()
{
    QFETCH(QString, layout);
    const QString program = qEnvironmentVariable("RKA_BENCH");
    QVERIFY2(!program.isEmpty(), "RKA_BENCH is not set");
    QTemporaryDir dir;
    const QString json = dir.filePath(u"results.json"_s);
    QProcess p;
    p.start(program, {u"--keys"_s, u"200"_s, u"--runs"_s, u"1"_s, u"--layout"_s, layout, u"--json"_s, json});
    QVERIFY(p.waitForFinished(240000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             p.readAllStandardError().constData());
    const QByteArray printed = p.readAllStandardOutput();
    QVERIFY2(printed.contains("list/floor ratio"), printed.constData());

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc[u"layout"_s].toString(), layout);
    const QJsonArray results = doc[u"results"_s].toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject r = results.first().toObject();
    QCOMPARE(r[u"keys"_s].toInt(), 200);
    for (const char* m : {"floor", "list", "first_rows", "list_verified", "table"}) {
        for (const char* s : {"median", "min", "max"}) {
            const QString name = u"%1_%2_ms"_s.arg(QLatin1StringView(m), QLatin1StringView(s));
            QVERIFY2(r.contains(name), qPrintable(name));
            QVERIFY2(r[name].toDouble() > 0, qPrintable(name));
        }
    }
    for (const char* name :
         {"list_floor_ratio", "list_round_trips", "list_bytes_read", "peak_rss_mb", "seed_ms"})
        QVERIFY2(r[QLatin1StringView(name)].toDouble() > 0, name);
    QVERIFY(r.contains(u"table_worst_stall_ms"_s));
    // The keyspace pass comes after the list: it takes longer and more round trips.
    QVERIFY(r[u"list_verified_median_ms"_s].toDouble() >= r[u"list_median_ms"_s].toDouble());
    QVERIFY(r[u"list_verified_round_trips"_s].toInt() > r[u"list_round_trips"_s].toInt());
}

bool TestBench::seed(relay::DataModel model, redis::Connection& c)
{
    m_server.command({"FLUSHALL"});
    if (!openAndWait(c, localSettings(m_server.port())))
        return false;
    bench::BenchSeeder::Options o;
    o.keys = SeededKeys;
    o.model = model;
    o.now = m_now;
    o.batchSize = 128;
    const QString error = bench::BenchSeeder::seed(c, o);
    if (!error.isEmpty())
        qWarning() << error;
    return error.isEmpty();
}

QList<relay::KeyEntry> TestBench::readAll(redis::Connection& c, relay::ReleaseDetection* release)
{
    relay::KeyListReader reader(c);
    bool done = false;
    redis::RedisError error;
    connect(&reader, &relay::KeyListReader::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    relay::KeyListOptions options;
    options.now = m_now;
    options.batchSize = 128; // several batches
    reader.start(options);
    if (!QTest::qWaitFor([&] { return done; }, 30000) || error)
        return {};
    if (release)
        *release = reader.release();
    return reader.takeKeys();
}

void TestBench::seededDataIsHealthy_data()
{
    addLayouts();
}

void TestBench::seededDataIsHealthy()
{
    QFETCH(int, model);
    redis::Connection c;
    QVERIFY(seed(relay::DataModel(model), c));
    relay::ReleaseDetection release;
    QList<relay::KeyEntry> keys = readAll(c, &release);
    QCOMPARE(keys.size(), SeededKeys);
    QCOMPARE(int(release.model), model);
    QVERIFY2(release.writable(), qPrintable(release.problem));

    relay::HealthCheck check(c);
    bool done = false;
    redis::RedisError error;
    connect(&check, &relay::HealthCheck::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    check.start(std::move(keys), release);
    QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
    QVERIFY2(!error, qPrintable(error.message));
    for (const relay::HealthFinding& f : check.findings()) {
        QVERIFY2(f.severity == relay::HealthSeverity::Info, qPrintable(f.keyName + u": "_s + f.explanation));
    }
}

void TestBench::listEqualsKeyByKey_data()
{
    addLayouts();
}

void TestBench::listEqualsKeyByKey()
{
    QFETCH(int, model);
    const auto dataModel = relay::DataModel(model);
    redis::Connection c;
    QVERIFY(seed(dataModel, c));
    const QList<relay::KeyEntry> keys = readAll(c, nullptr);
    QCOMPARE(keys.size(), SeededKeys);

    const support::ServiceTime time(8);
    const QByteArray date = time.date(m_now).toUtf8();
    const QByteArray month = time.month(m_now).toUtf8();
    int withConcurrency = 0;
    int withWeekly = 0;
    for (const relay::KeyEntry& e : keys) {
        QVERIFY(e.statsLoaded);
        QVERIFY2(e.malformed.isEmpty(), e.id.constData());
        const QByteArray& id = e.id;
        const relay::KeyStats& s = e.stats;
        auto hget = [&](const QByteArray& key, const char* field) {
            return number(m_server.command({"HGET", key, field}));
        };
        const QByteArray total = "usage:" + id;
        QCOMPARE(double(s.total.requests), hget(total, "totalRequests"));
        QCOMPARE(double(s.total.inputTokens), hget(total, "totalInputTokens"));
        QCOMPARE(double(s.total.outputTokens), hget(total, "totalOutputTokens"));
        QCOMPARE(double(s.total.cacheCreateTokens), hget(total, "totalCacheCreateTokens"));
        QCOMPARE(double(s.total.cacheReadTokens), hget(total, "totalCacheReadTokens"));
        QCOMPARE(double(s.total.allTokens), hget(total, "totalAllTokens"));
        using Bucket = std::pair<const relay::UsageCounters*, QByteArray>;
        const QList<Bucket> buckets = {{&s.daily, QByteArray("usage:daily:" + id + ':' + date)},
                                       {&s.monthly, QByteArray("usage:monthly:" + id + ':' + month)}};
        for (const auto& [counters, key] : buckets) {
            QCOMPARE(double(counters->requests), hget(key, "requests"));
            QCOMPARE(double(counters->inputTokens), hget(key, "inputTokens"));
            QCOMPARE(double(counters->outputTokens), hget(key, "outputTokens"));
            QCOMPARE(double(counters->allTokens), hget(key, "allTokens"));
        }
        QCOMPARE(s.dailyCost, number(m_server.command({"GET", "usage:cost:daily:" + id + ':' + date})));
        QCOMPARE(s.monthlyCost, number(m_server.command({"GET", "usage:cost:monthly:" + id + ':' + month})));
        QCOMPARE(s.totalCost, number(m_server.command({"GET", "usage:cost:total:" + id})));
        const QString week = dataModel >= relay::DataModel::Release1_1_281
            ? time.weeklyPeriod(m_now, e.key.integer(relay::ApiKeyField::WeeklyResetDay).value_or(1),
                                e.key.integer(relay::ApiKeyField::WeeklyResetHour).value_or(0))
            : time.legacyWeek(m_now);
        QCOMPARE(s.weeklyBucket, week);
        const double weekly =
            number(m_server.command({"GET", "usage:opus:weekly:" + id + ':' + week.toUtf8()}));
        QCOMPARE(s.weeklyOpusCost, weekly);
        withWeekly += weekly > 0;
        const QByteArray leases = m_server.command(
            {"ZCOUNT", "concurrency:" + id, "(" + QByteArray::number(m_now.toMSecsSinceEpoch()), "+inf"});
        QCOMPARE(s.currentConcurrency, leases.toLongLong());
        withConcurrency += s.currentConcurrency > 0;
        QCOMPARE(double(s.window.requests), number(m_server.command({"GET", "rate_limit:requests:" + id})));
        // The list keeps only what it made of the newest record: its time and account.
        const std::optional<relay::UsageRecord> newest =
            relay::UsageRecord::parse(m_server.command({"LINDEX", "usage:records:" + id, "0"}));
        QVERIFY(newest.has_value());
        QVERIFY(e.lastUsage.has_value());
        QCOMPARE(e.lastUsage->recordedAt.value_or(QString()), newest->timestamp());
        QCOMPARE(e.lastUsage->rawAccountId, newest->accountId());
        QCOMPARE(e.lastUsage->accountName, u"Responses Bench"_s);
    }
    QCOMPARE(withConcurrency, SeededKeys / 10);
    QVERIFY(withWeekly > SeededKeys / 2);
}

void TestBench::keysOutsideTheIndexes_data()
{
    addLayouts();
}

void TestBench::keysOutsideTheIndexes()
{
    // The list reads the ids the service's indexes name; the keyspace pass after it finds a key hash
    // no index names (here: its mapping and index entry removed behind the service's back) and
    // delivers it as one more row, and notes a non-hash key under apikey:.
    QFETCH(int, model);
    redis::Connection c;
    QVERIFY(seed(relay::DataModel(model), c));
    const QByteArray mapped = m_server.command({"HRANDFIELD", "apikey:hash_map"});
    const QByteArray id = m_server.command({"HGET", "apikey:hash_map", mapped});
    QVERIFY(!id.isEmpty());
    const QByteArray hash = m_server.command({"HGET", "apikey:" + id, "apiKey"});
    QCOMPARE(m_server.command({"HDEL", "apikey:hash_map", hash}), "1"_ba);
    m_server.command({"SREM", "apikey:idx:all", id}); // 1.1.314's index (absent in 1.1.235)
    m_server.command({"SET", "apikey:not-a-hash:x", "1"});

    relay::KeyListReader reader(c);
    int listedCount = -1;
    int listedSignals = 0;
    bool done = false;
    redis::RedisError error;
    connect(&reader, &relay::KeyListReader::listed, this, [&] {
        ++listedSignals;
        listedCount = int(reader.keys().size());
        QVERIFY(!done);
    });
    connect(&reader, &relay::KeyListReader::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    relay::KeyListOptions options;
    options.now = m_now;
    options.batchSize = 64;
    reader.start(options);
    QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(listedSignals, 1);
    QCOMPARE(listedCount, SeededKeys - 1);
    QCOMPARE(int(reader.keys().size()), SeededKeys);
    QCOMPARE(reader.keysOutsideIndexes(), 1);
    const relay::KeyEntry& late = reader.keys().last();
    QCOMPARE(late.id, id);
    QVERIFY(late.statsLoaded);
    QCOMPARE(late.stats.totalCost, number(m_server.command({"GET", "usage:cost:total:" + id})));
    QVERIFY(late.lastUsage.has_value());
    QCOMPARE(late.lastUsage->accountName, u"Responses Bench"_s);
    QVERIFY(reader.markers().foreignKeysUnderApiKey.contains("apikey:not-a-hash:x"_ba));
}

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
