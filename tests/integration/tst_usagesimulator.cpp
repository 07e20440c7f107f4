// UsageSimulator against the real service: the fixtures' usage calls (fixtures README 4.4) are
// replayed through the simulator into an empty private Redis, under fresh key ids, and every per-key
// Redis key the service wrote (names, types, fields, values, TTLs rounded up to a minute as in
// README 6, record JSON byte for byte) is compared with the fixture's seed. Then both databases are
// read through KeyListReader and the numbers the table shows are compared.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "relay/KeyListReader.h"
#include "relay/UsageSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::test;
using Sim = relay::UsageSimulator;

namespace {

struct Call
{
    const char* at;
    const char* key; // key name at creation
    bool ruwd;
    const char* model;
    const char* accountId; // "" = none
    const char* accountType; // "" = none
    qint64 in, out, cacheCreate, cacheRead, eph5m, eph1h;
    double cost235, cost314;
    bool longContext235;
};

// fixtures README 4.4, without k12 (permanently deleted, its data is gone).
const Call kCalls[] = {
    {"2026-01-29T02:00:17Z", "k01-full-options", true, "claude-sonnet-4-20250514", "acc-claude-01", "claude",
     1200, 350, 2000, 8000, 1500, 500, 0.019875, 0.019875, false},
    {"2026-01-29T02:00:18Z", "k02-defaults", false, "claude-3-5-haiku-20241022", "acc-console-01", "", 500,
     120, 0, 0, 0, 0, 0.00088, 0.00088, false},
    {"2026-01-29T02:00:19Z", "k08-gemini-only", true, "gemini-2.5-pro", "acc-gemini-01", "gemini", 3000, 900,
     0, 0, 0, 0, 0.01275, 0.01275, false},
    {"2026-01-29T02:00:20Z", "k10-soft-deleted", true, "claude-sonnet-4-20250514", "acc-claude-01", "claude",
     100, 50, 0, 0, 0, 0, 0.00105, 0.00105, false},
    {"2026-01-30T03:00:23Z", "k04-activation-12-hours", true, "claude-3-5-haiku-20241022", "acc-claude-01",
     "claude", 40, 10, 0, 0, 0, 0, 0.000072, 0.000072, false},
    {"2026-01-30T03:00:24Z", "k09-multi-binding 测试 ✓", true, "gpt-5", "responses:acc-resp-01",
     "openai-responses", 5000, 1500, 0, 2048, 0, 0, 0.021506, 0.021506, false},
    {"2026-01-30T03:00:25Z", "k01-full-options", true, "claude-opus-4-1-20250805", "acc-claude-01", "claude",
     800, 400, 0, 0, 0, 0, 0.042, 0.042, false},
    {"2026-01-30T03:00:26Z", "k05-alice-own", true, "claude-sonnet-4-20250514", "acc-claude-01", "claude",
     700, 300, 0, 1000, 0, 0, 0.0069, 0.0069, false},
    {"2026-01-31T17:30:27Z", "k01-full-options", true, "us.anthropic.claude-sonnet-4-20250514-v1:0",
     "acc-bedrock-01", "bedrock", 640, 128, 0, 0, 0, 0, 0.00384, 0.00384, false},
    {"2026-01-31T17:30:28Z", "k11-restored", true, "claude-3-5-haiku-20241022", "acc-console-01",
     "claude-console", 60, 30, 0, 0, 0, 0, 0.000168, 0.000168, false},
    {"2026-01-31T17:30:29Z", "k13-before-update", false, "claude-sonnet-4-20250514", "acc-claude-01", "",
     1000, 2000, 300, 400, 0, 0, 0.034245, 0.034245, false},
    {"2026-02-01T23:30:30Z", "k01-full-options", true, "claude-opus-4-20250514", "acc-console-01",
     "claude-console", 1000, 500, 300, 0, 0, 0, 0.058125, 0.058125, false},
    {"2026-02-01T23:30:31Z", "k01-full-options", true, "claude-sonnet-4-20250514[1m]", "acc-claude-01",
     "claude", 210000, 1000, 0, 0, 0, 0, 1.2825, 0.645, true},
    {"2026-02-01T23:30:32Z", "k09-multi-binding 测试 ✓", true, "gpt-5", "acc-gone-01", "openai", 10, 5, 0, 0,
     0, 0, 0.000063, 0.000063, false},
    {"2026-02-02T10:00:33Z", "k02-defaults", false, "claude-sonnet-4-20250514", "", "", 10, 20, 0, 0, 0, 0,
     0.00033, 0.00033, false},
    {"2026-02-02T10:00:34Z", "k08-gemini-only", true, "gemini-2.5-flash", "acc-gemini-01", "gemini", 100, 10,
     0, 0, 0, 0, 0.000055, 0.000055, false},
};

constexpr int FixtureDb = 1;
constexpr int SimDb = 2;

QByteArray ourId(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')).toLatin1();
}

QDateTime instant(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The pricing service's breakdown is an input, not something we compute: take it from the fixture's
// record of the same request.
Sim::CostBreakdown breakdownFromRecord(const QJsonObject& record)
{
    const QJsonObject b = record.value(u"costBreakdown"_s).toObject();
    Sim::CostBreakdown out;
    out.input = b.value(u"input"_s).toDouble();
    out.output = b.value(u"output"_s).toDouble();
    out.cacheCreate = b.contains(u"cacheCreate"_s) ? b.value(u"cacheCreate"_s).toDouble()
                                                   : b.value(u"cacheWrite"_s).toDouble();
    out.cacheRead = b.value(u"cacheRead"_s).toDouble();
    out.ephemeral5m = b.value(u"ephemeral5m"_s).toDouble();
    out.ephemeral1h = b.value(u"ephemeral1h"_s).toDouble();
    if (b.contains(u"total"_s))
        out.total = b.value(u"total"_s).toDouble();
    return out;
}

qint64 roundedTtl(const QByteArray& ttl)
{
    const qint64 t = ttl.toLongLong();
    if (t < 0)
        return t;
    return std::max<qint64>(60, (t + 59) / 60 * 60);
}

bool isNumber(const QByteArray& s, double* value)
{
    bool ok = false;
    *value = s.toDouble(&ok);
    return ok;
}

} // namespace

class TestUsageSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void normalizeModel();
    void replayMatchesService_data();
    void replayMatchesService();
    void accountsHaveNoSecrets();

private:
    QList<relay::KeyEntry> readAll(int database);
    QString dumpKey(int db, const QByteArray& key, const QByteArray& from, const QByteArray& to);
    RedisServer m_server;
};

void TestUsageSimulator::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestUsageSimulator::init()
{
    m_server.command({"FLUSHALL"});
}

void TestUsageSimulator::normalizeModel()
{
    QCOMPARE(Sim::normalizeModel(u"us.anthropic.claude-sonnet-4-20250514-v1:0"_s),
             u"claude-sonnet-4-20250514"_s);
    QCOMPARE(Sim::normalizeModel(u"claude-sonnet-4-20250514[1m]"_s), u"claude-sonnet-4-20250514[1m]"_s);
    QCOMPARE(Sim::normalizeModel(u"llama3:latest"_s), u"llama3"_s);
    QCOMPARE(Sim::normalizeModel(u"anthropic.claude-3-haiku-v2:1"_s), u"claude-3-haiku"_s);
    QCOMPARE(Sim::normalizeModel(u"unknown"_s), u"unknown"_s);
}

// A text rendering of one key with `from` replaced by `to` in its name and content, for comparison.
QString TestUsageSimulator::dumpKey(int db, const QByteArray& key, const QByteArray& from,
                                    const QByteArray& to)
{
    QByteArray name = key;
    name.replace(from, to);
    const QByteArray type = m_server.command({"TYPE", key}, db);
    QString out = QString::fromUtf8(name + " " + type + " ttl=") +
        QString::number(roundedTtl(m_server.command({"TTL", key}, db)));
    if (type == "hash") {
        const QList<QByteArray> kv = m_server.commandList({"HGETALL", key}, db);
        QMap<QByteArray, QByteArray> sorted;
        for (qsizetype i = 0; i + 1 < kv.size(); i += 2)
            sorted.insert(kv[i], kv[i + 1]);
        for (auto it = sorted.cbegin(); it != sorted.cend(); ++it)
            out += u"\n  "_s + QString::fromUtf8(it.key()) + u" = "_s + QString::fromUtf8(it.value());
    } else if (type == "list") {
        for (const QByteArray& v : m_server.commandList({"LRANGE", key, "0", "-1"}, db))
            out += u"\n  "_s + QString::fromUtf8(v);
    } else if (type == "string") {
        // INCRBYFLOAT results: compare numerically (fixtures README 10), rendered with 12 digits.
        const QByteArray v = m_server.command({"GET", key}, db);
        double d = 0;
        out += u"\n  "_s + (isNumber(v, &d) ? QString::number(d, 'g', 12) : QString::fromUtf8(v));
    }
    return out;
}

QList<relay::KeyEntry> TestUsageSimulator::readAll(int database)
{
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = database;
    s.readOnly = true;
    if (!openAndWait(c, s))
        return {};
    relay::KeyListReader reader(c);
    bool done = false;
    redis::RedisError error;
    connect(&reader, &relay::KeyListReader::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    relay::KeyListOptions options;
    options.now = Fixtures::viewInstant();
    reader.start(options);
    if (!QTest::qWaitFor([&] { return done; }, 20000) || error)
        return {};
    return reader.takeKeys();
}

void TestUsageSimulator::replayMatchesService_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("model");
    QTest::newRow("1.1.235") << u"1.1.235"_s << int(relay::DataModel::Release1_1_235);
    QTest::newRow("1.1.314") << u"1.1.314"_s << int(relay::DataModel::Release1_1_302);
}

void TestUsageSimulator::replayMatchesService()
{
    QFETCH(QString, release);
    QFETCH(int, model);
    const auto dataModel = relay::DataModel(model);
    const bool is314 = release == u"1.1.314"_s;
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(release, u"seed.redis"_s), FixtureDb, &error),
             qPrintable(error));

    // Fixture ids by creation name, and ours.
    QHash<QString, QByteArray> fixtureIds;
    for (const QJsonValue& k :
         Fixtures::json(release, u"seed-keys.json"_s).object().value(u"keys"_s).toArray())
        fixtureIds.insert(k[u"name"_s].toString(), k[u"id"_s].toString().toUtf8());
    QHash<QByteArray, QByteArray> mapping; // fixture id -> ours
    for (const Call& call : kCalls) {
        const QByteArray f = fixtureIds.value(QString::fromUtf8(call.key));
        QVERIFY2(!f.isEmpty(), call.key);
        if (!mapping.contains(f))
            mapping.insert(f, ourId(int(mapping.size()) + 1));
    }

    redis::Connection c;
    QVERIFY(openAndWait(c, [&] {
        redis::ConnectionSettings s = localSettings(m_server.port());
        s.database = SimDb;
        return s;
    }()));

    // The keys themselves (without lastUsedAt, which the replay must write) and the accounts.
    QList<redis::Command> setup;
    QHash<QByteArray, std::pair<int, int>> resets; // our id -> weekly reset day/hour
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        redis::Command hset = {"HSET", "apikey:" + it.value()};
        int day = 1;
        int hour = 0;
        for (const auto& [field, value] : Fixtures::seedHash(release, "apikey:" + it.key())) {
            if (field == "lastUsedAt")
                continue;
            if (field == "weeklyResetDay")
                day = value.toInt();
            if (field == "weeklyResetHour")
                hour = value.toInt();
            hset << field << (field == "id" ? it.value() : value);
        }
        setup.append(hset);
        resets.insert(it.value(), {day, hour});
    }
    using AT = relay::AccountType;
    const QList<std::tuple<AT, QByteArray, QString>> accounts = {
        {AT::Claude, "acc-claude-01", u"Claude Max #1"_s},
        {AT::ClaudeConsole, "acc-console-01", u"Console Team Account"_s},
        {AT::OpenAI, "acc-openai-01", u"OpenAI Plus"_s},
        {AT::OpenAIResponses, "acc-resp-01", u"Responses Relay"_s},
        {AT::Gemini, "acc-gemini-01", u"Gemini Workspace"_s},
        {AT::Droid, "acc-droid-01", u"Droid Factory"_s},
    };
    for (const auto& [type, id, name] : accounts)
        setup += Sim::accountCommands(type, id, name, instant("2026-01-29T01:00:00Z"));

    // The replay.
    const support::ServiceTime time(8);
    for (const Call& call : kCalls) {
        const QByteArray f = fixtureIds.value(QString::fromUtf8(call.key));
        Sim::Request r;
        r.keyId = mapping.value(f);
        r.at = instant(call.at);
        r.model = QString::fromUtf8(call.model);
        r.accountId = QString::fromUtf8(call.accountId);
        r.accountType = QString::fromUtf8(call.accountType);
        r.inputTokens = call.in;
        r.outputTokens = call.out;
        r.cacheCreateTokens = call.cacheCreate;
        r.cacheReadTokens = call.cacheRead;
        r.ephemeral5mTokens = call.eph5m;
        r.ephemeral1hTokens = call.eph1h;
        r.cost = is314 ? call.cost314 : call.cost235;
        r.isLongContext = !is314 && call.longContext235;
        r.recordDetails = call.ruwd;
        r.weeklyResetDay = resets.value(r.keyId).first;
        r.weeklyResetHour = resets.value(r.keyId).second;
        // The fixture's record of this request, for the breakdown (pricing is an input).
        const QByteArray timestamp = r.at.toString(Qt::ISODateWithMs).toUtf8();
        bool found = false;
        for (const QByteArray& raw :
             m_server.commandList({"LRANGE", "usage:records:" + f, "0", "-1"}, FixtureDb)) {
            const QJsonObject rec = QJsonDocument::fromJson(raw).object();
            if (rec.value(u"timestamp"_s).toString().toUtf8() == timestamp) {
                r.breakdown = breakdownFromRecord(rec);
                // The cost keys get the pricing total unrounded; the table above lists it rounded.
                const Sim::CostBreakdown& b = *r.breakdown;
                r.cost = b.total.value_or(b.input + b.output + b.cacheCreate + b.cacheRead);
                QCOMPARE(std::round(r.cost * 1e6) / 1e6, is314 ? call.cost314 : call.cost235);
                QCOMPARE(Sim::recordJson(r, dataModel), raw);
                found = true;
            }
        }
        QVERIFY2(found, call.at);
        setup += Sim::recordRequest(r, dataModel, time);
    }
    const SyncResult result = runPipeline(c, setup);
    QVERIFY(result.answered && !result.error);
    for (const redis::Reply& reply : result.replies)
        QVERIFY2(!reply.isError(), qPrintable(reply.text()));

    // Every fixture key whose name carries the key id, against ours.
    int compared = 0;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        QList<QByteArray> theirs = m_server.commandList({"KEYS", "*" + it.key() + "*"}, FixtureDb);
        QList<QByteArray> ours = m_server.commandList({"KEYS", "*" + it.value() + "*"}, SimDb);
        QStringList theirNames;
        QStringList ourNames;
        for (QByteArray& k : theirs)
            theirNames << QString::fromUtf8(QByteArray(k).replace(it.key(), it.value()));
        for (const QByteArray& k : ours)
            ourNames << QString::fromUtf8(k);
        theirNames.sort();
        ourNames.sort();
        QCOMPARE(ourNames, theirNames);
        for (const QByteArray& k : theirs) {
            if (k.startsWith("apikey:"))
                continue; // compared below, the id differs
            QByteArray mine = k;
            mine.replace(it.key(), it.value());
            QCOMPARE(dumpKey(SimDb, mine, {}, {}), dumpKey(FixtureDb, k, it.key(), it.value()));
            ++compared;
        }
        QCOMPARE(m_server.command({"HGET", "apikey:" + it.value(), "lastUsedAt"}, SimDb),
                 m_server.command({"HGET", "apikey:" + it.key(), "lastUsedAt"}, FixtureDb));
    }
    QVERIFY(compared > 100);

    // The numbers the table shows, read back through core.
    const QList<relay::KeyEntry> theirs = readAll(FixtureDb);
    const QList<relay::KeyEntry> ours = readAll(SimDb);
    QVERIFY(!theirs.isEmpty());
    QCOMPARE(ours.size(), mapping.size());
    QHash<QByteArray, relay::KeyEntry> byId;
    for (const relay::KeyEntry& e : theirs)
        byId.insert(e.id, e);
    for (const relay::KeyEntry& mine : ours) {
        const QByteArray f = mapping.key(mine.id);
        QVERIFY(byId.contains(f));
        const relay::KeyStats& a = mine.stats;
        const relay::KeyStats& b = byId.value(f).stats;
        QVERIFY(mine.statsLoaded);
        QCOMPARE(a.total, b.total);
        QCOMPARE(a.daily, b.daily);
        QCOMPARE(a.monthly, b.monthly);
        QVERIFY(qFuzzyCompare(1 + a.dailyCost, 1 + b.dailyCost));
        QVERIFY(qFuzzyCompare(1 + a.monthlyCost, 1 + b.monthlyCost));
        QVERIFY(qFuzzyCompare(1 + a.totalCost, 1 + b.totalCost));
        QVERIFY(qFuzzyCompare(1 + a.weeklyOpusCost, 1 + b.weeklyOpusCost));
        QCOMPARE(a.weeklyBucket, b.weeklyBucket);
        QCOMPARE(mine.lastUsage.has_value(), byId.value(f).lastUsage.has_value());
        if (mine.lastUsage)
            QCOMPARE(mine.lastUsage->toJson(), byId.value(f).lastUsage->toJson());
    }
    // Spot check against the data model's worked numbers (fixtures README 4.4).
    const relay::KeyEntry* k01 = nullptr;
    for (const relay::KeyEntry& e : ours) {
        if (e.id == mapping.value(fixtureIds.value(u"k01-full-options"_s)))
            k01 = &e;
    }
    QVERIFY(k01);
    QCOMPARE(k01->stats.total.requests, 5);
    QVERIFY(qFuzzyCompare(k01->stats.totalCost, is314 ? 0.76884 : 1.40634));
}

void TestUsageSimulator::accountsHaveNoSecrets()
{
    using AT = relay::AccountType;
    for (AT type : relay::AccountTypes::all()) {
        for (const redis::Command& cmd : Sim::accountCommands(type, "acc-x", u"X"_s)) {
            QVERIFY(cmd.size() >= 3);
            QVERIFY(cmd[1].startsWith(relay::AccountTypes::keyPrefix(type)));
            const QByteArray all = cmd.mid(2).join(' ').toLower();
            for (const char* secret : {"token", "password", "secret", "apikey", "credential"})
                QVERIFY2(!all.contains(secret), secret);
        }
    }
}

QTEST_GUILESS_MAIN(TestUsageSimulator)
#include "tst_usagesimulator.moc"
