// The read-only health report (service-data-model.md 17.3) against the fixtures made by the real
// service and against synthetic damage: every finding kind is checked for detection, and every
// repair is applied with the test's own client to show that it removes exactly its finding.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "redis/CommandPolicy.h"
#include "relay/HealthAnalysis.h"
#include "relay/HealthCheck.h"
#include "relay/KeyListReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::test;
using relay::HealthFinding;
using relay::HealthFindingKind;

namespace {

// Databases of the private server.
constexpr int Db235 = 1;
constexpr int Db314 = 2;
constexpr int Db314Indexed = 3;
constexpr int DbDamaged314 = 11;
constexpr int DbDamaged235 = 12;
constexpr int DbSmall = 14;
constexpr int DbLarge = 15; // redis-server has 16 databases

struct HealthRun
{
    bool ok = false;
    QList<HealthFinding> findings;
    relay::ReleaseDetection release;
    redis::CommandLog::Totals totals; // of the health check alone
    QList<redis::CommandLog::Entry> log;
    QString summary;
};

QString signature(const HealthFinding& f)
{
    return relay::HealthText::kindId(f.kind) + u' ' + QString::fromUtf8(f.keyId);
}

QStringList signatures(const QList<HealthFinding>& findings)
{
    QStringList out;
    for (const HealthFinding& f : findings)
        out << signature(f);
    out.sort();
    return out;
}

const HealthFinding* findOne(const QList<HealthFinding>& findings, HealthFindingKind kind,
                             const QByteArray& id)
{
    const HealthFinding* found = nullptr;
    for (const HealthFinding& f : findings)
        if (f.kind == kind && f.keyId == id) {
            if (found)
                return nullptr; // must be unique
            found = &f;
        }
    return found;
}

QString describe(const QList<HealthFinding>& findings)
{
    QStringList out;
    for (const HealthFinding& f : findings)
        out << signature(f) + u": "_s + f.explanation;
    return out.join(u'\n');
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesUsageKeysFromTheRight();
    void seed235();
    void seed314();
    void seed314Indexed();
    void syntheticDamage314();
    void syntheticDamage235();
    void roundTripsDoNotGrowWithKeys();

private:
    HealthRun run(int database);
    QMap<QByteArray, QByteArray> digest(int database);
    void applyRepair(const HealthFinding& f, int database);
    RedisServer m_server;
};

void TestHealth::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    const QList<std::tuple<int, QString, QString>> loads = {
        {Db235, u"1.1.235"_s, u"seed.redis"_s},
        {Db314, u"1.1.314"_s, u"seed.redis"_s},
        {Db314Indexed, u"1.1.314"_s, u"seed-indexed.redis"_s},
        {DbDamaged314, u"1.1.314"_s, u"seed-indexed.redis"_s},
        {DbDamaged235, u"1.1.235"_s, u"seed.redis"_s},
    };
    for (const auto& [db, release, file] : loads)
        QVERIFY2(m_server.loadCommandFile(Fixtures::path(release, file), db, &error), qPrintable(error));
    QCOMPARE(m_server.command({"DBSIZE"}, Db235), "322"_ba);
    QCOMPARE(m_server.command({"DBSIZE"}, Db314Indexed), "460"_ba);
}

// Loads the keys, then runs the health check on a read-only connection and checks that nothing it
// sent was a write (the connection would have refused it, and the log would show it).
HealthRun TestHealth::run(int database)
{
    HealthRun out;
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = database;
    s.readOnly = true;
    if (!openAndWait(c, s)) {
        qWarning("cannot open database %d", database);
        return out;
    }
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
    if (!QTest::qWaitFor([&] { return done; }, 20000) || error) {
        qWarning("key list: %s", qPrintable(error.message));
        return out;
    }
    out.release = reader.release();

    c.commandLog().clear();
    c.commandLog().resetTotals();
    relay::HealthCheck check(c);
    done = false;
    connect(&check, &relay::HealthCheck::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    check.start(reader.takeKeys(), out.release);
    if (!QTest::qWaitFor([&] { return done; }, 20000) || error) {
        qWarning("health check: %s", qPrintable(error.message));
        return out;
    }
    out.findings = check.findings();
    out.totals = c.commandLog().totals();
    out.log = c.commandLog().entries();
    out.summary = check.summary();
    for (const redis::CommandLog::Entry& e : std::as_const(out.log))
        if (redis::CommandPolicy::isWrite(e.command) || !e.error.isEmpty()) {
            qWarning("unexpected command %s %s: %s", e.command.constData(), e.key.constData(),
                     qPrintable(e.error));
            return out;
        }
    out.ok = true;
    return out;
}

// Every key with its type, content and whether it has a TTL (remaining seconds count down).
QMap<QByteArray, QByteArray> TestHealth::digest(int database)
{
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray& key : m_server.commandList({"KEYS", "*"}, database)) {
        const QByteArray type = m_server.command({"TYPE", key}, database);
        QByteArray content;
        if (type == "string") {
            content = m_server.command({"GET", key}, database);
        } else if (type == "hash") {
            const QList<QByteArray> flat = m_server.commandList({"HGETALL", key}, database);
            QStringList pairs;
            for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
                pairs << QString::fromUtf8(flat.at(i).toHex() + '=' + flat.at(i + 1).toHex());
            pairs.sort();
            content = pairs.join(u',').toUtf8();
        } else if (type == "set") {
            QList<QByteArray> m = m_server.commandList({"SMEMBERS", key}, database);
            std::sort(m.begin(), m.end());
            content = m.join('\n');
        } else if (type == "zset") {
            content = m_server.command({"ZRANGE", key, "0", "-1", "WITHSCORES"}, database);
        } else if (type == "list") {
            content = m_server.command({"LRANGE", key, "0", "-1"}, database);
        } else {
            content = m_server.command({"XLEN", key}, database);
        }
        const bool hasTtl = m_server.command({"TTL", key}, database).toLongLong() >= 0;
        out.insert(key, type + (hasTtl ? " ttl " : " ") + content);
    }
    return out;
}

void TestHealth::applyRepair(const HealthFinding& f, int database)
{
    QVERIFY2(f.hasRepair(), qPrintable(signature(f)));
    for (const redis::Command& c : f.repair) {
        QVERIFY2(redis::CommandPolicy::isWrite(c.first()), c.first().constData());
        const QByteArray reply = m_server.command(c, database);
        QVERIFY2(!reply.startsWith("ERR"), reply.constData());
    }
}

void TestHealth::parsesUsageKeysFromTheRight()
{
    using relay::HealthKeys::leftoverUsageKeyId;
    const QByteArray id = "2884fceb-e39b-4713-b41b-ac82b38fc890";
    QCOMPARE(leftoverUsageKeyId(QByteArray("usage:" + id)), id);
    QCOMPARE(leftoverUsageKeyId(
                 QByteArray("usage:" + id + ":model:daily:claude-sonnet-4-20250514[1m]:2026-01-29")),
             id);
    QCOMPARE(leftoverUsageKeyId(QByteArray("usage:" + id + ":model:hourly:a:b:c:2026-01-29:10")), id);
    QCOMPARE(leftoverUsageKeyId(QByteArray("usage:" + id + ":model:monthly:gpt-5:2026-01")), id);
    QCOMPARE(leftoverUsageKeyId(QByteArray("usage:" + id + ":model:alltime:gpt-5")), id);
    // Not per-key usage hashes, or not the permanent delete's leftovers.
    QCOMPARE(leftoverUsageKeyId("usage:model:daily:gpt-5:2026-01-29"), QByteArray());
    QCOMPARE(leftoverUsageKeyId(QByteArray("usage:daily:" + id + ":2026-01-29")), QByteArray());
    QCOMPARE(leftoverUsageKeyId(QByteArray("usage:records:" + id)), QByteArray());
    QCOMPARE(leftoverUsageKeyId(QByteArray("usage:" + id + ":model:daily:gpt-5")), QByteArray());
    QCOMPARE(leftoverUsageKeyId(QByteArray("usage:" + id + ":model:weekly:gpt-5:2026-01-29")), QByteArray());
    QCOMPARE(leftoverUsageKeyId("usage:global:total"), QByteArray());
}

void TestHealth::seed235()
{
    const HealthRun r = run(Db235);
    QVERIFY(r.ok);
    QCOMPARE(r.release.model, relay::DataModel::Release1_1_235);
    // Exactly the known damage of the fixture (README 4.3, data model 17.3); nothing else.
    const QStringList expected = {
        u"comma-joined-permissions 6a895ef9-4423-41f1-b502-a224d1ede3ac"_s, // k13
        u"hash-map-entry-for-deleted-key 3f3f43d0-8e36-47c8-a395-3cb0e13fad7d"_s, // k10
        u"legacy-reverse-record 8bc80229-48a1-4d55-aacb-26271f46567b"_s, // k11's restore
        u"metrics-minute-without-ttl "_s, // B13
        u"purged-key-leftover 2884fceb-e39b-4713-b41b-ac82b38fc890"_s, // k12
    };
    QCOMPARE(signatures(r.findings), expected);

    const HealthFinding* k13 = findOne(r.findings, HealthFindingKind::CommaJoinedPermissions,
                                       "6a895ef9-4423-41f1-b502-a224d1ede3ac");
    QVERIFY(k13);
    QCOMPARE(k13->severity, relay::HealthSeverity::Error); // 1.1.235 reads it as one unknown service
    QCOMPARE(k13->keyName, u"k13-after-update"_s);
    QCOMPARE(k13->repair,
             (QList<redis::Command> {{"HSET", "apikey:6a895ef9-4423-41f1-b502-a224d1ede3ac", "permissions",
                                      R"(["claude","gemini"])"}}));

    const HealthFinding* k10 = findOne(r.findings, HealthFindingKind::HashMapEntryForDeletedKey,
                                       "3f3f43d0-8e36-47c8-a395-3cb0e13fad7d");
    QVERIFY(k10);
    QCOMPARE(k10->repair,
             (QList<redis::Command> {{"HDEL", "apikey:hash_map",
                                      "be11d47d56e9318d38c5bf77aa217019fa4475abe3b96551d5e52e434dac41aa"}}));

    const HealthFinding* k12 =
        findOne(r.findings, HealthFindingKind::PurgedKeyLeftover, "2884fceb-e39b-4713-b41b-ac82b38fc890");
    QVERIFY(k12);
    QCOMPARE(
        k12->redisKeys,
        (QList<QByteArray> {
            "usage:2884fceb-e39b-4713-b41b-ac82b38fc890",
            "usage:2884fceb-e39b-4713-b41b-ac82b38fc890:model:daily:claude-sonnet-4-20250514:2026-01-29",
            "usage:2884fceb-e39b-4713-b41b-ac82b38fc890:model:hourly:claude-sonnet-4-20250514:2026-01-29:10",
            "usage:2884fceb-e39b-4713-b41b-ac82b38fc890:model:monthly:claude-sonnet-4-20250514:2026-01",
        }));
    QCOMPARE(k12->repair.size(), 4);

    const HealthFinding* k11 =
        findOne(r.findings, HealthFindingKind::LegacyReverseRecord, "8bc80229-48a1-4d55-aacb-26271f46567b");
    QVERIFY(k11);
    QCOMPARE(
        k11->redisKeys,
        (QList<QByteArray> {"apikey:8bc80229-48a1-4d55-aacb-26271f46567b",
                            "apikey_hash:ebdb6e83f8426b9ee233b1a98f1a6e4b71581e2d34fcc1b00124e428b5a15bbe"}));
    QCOMPARE(k11->repair, (QList<redis::Command> {{"DEL", k11->redisKeys.last()}}));

    const HealthFinding* metrics = findOne(r.findings, HealthFindingKind::MetricsMinuteWithoutTtl, {});
    QVERIFY(metrics);
    QCOMPARE(metrics->redisKeys,
             (QList<QByteArray> {"system:metrics:minute:29494200", "system:metrics:minute:29495700",
                                 "system:metrics:minute:29498010", "system:metrics:minute:29499810",
                                 "system:metrics:minute:29500440"}));
    QCOMPARE(metrics->repair.first(), (redis::Command {"EXPIRE", "system:metrics:minute:29494200", "600"}));
    for (const HealthFinding& f : r.findings) {
        QVERIFY(!f.explanation.isEmpty());
        QVERIFY(!f.repairNote.isEmpty());
    }
    QVERIFY2(r.summary.contains(u"13 key"_s), qPrintable(r.summary));
}

void TestHealth::seed314()
{
    const HealthRun r = run(Db314);
    QVERIFY(r.ok);
    QCOMPARE(r.release.model, relay::DataModel::Release1_1_302);
    // No key index (apikey:index:version absent): the service lists keys by SCAN, so keys missing
    // from the index are not drift and nothing index-related is reported. k10's map entry is gone
    // (1.1.314 soft delete revokes it) and k13's permissions are JSON.
    const QStringList expected = {
        u"legacy-reverse-record dd55eacb-2627-4f46-967b-8f3ca2f94c90"_s, // k11
        u"purged-key-leftover c713341b-ac82-438f-8890-78ff6ca8df63"_s, // k12, with alltime
        u"usage-index-member-of-purged-key c713341b-ac82-438f-8890-78ff6ca8df63"_s, // k12 (18.8)
    };
    QCOMPARE(signatures(r.findings), expected);
    const QByteArray k12 = "c713341b-ac82-438f-8890-78ff6ca8df63";
    const HealthFinding* leftover = findOne(r.findings, HealthFindingKind::PurgedKeyLeftover, k12);
    QVERIFY(leftover);
    QCOMPARE(leftover->redisKeys.size(), 5);
    QVERIFY(leftover->redisKeys.contains("usage:" + k12 + ":model:alltime:claude-sonnet-4-20250514"));
    const HealthFinding* index = findOne(r.findings, HealthFindingKind::UsageIndexMemberOfPurgedKey, k12);
    QVERIFY(index);
    QCOMPARE(index->repair,
             (QList<redis::Command> {
                 {"SREM", "usage:daily:index:2026-01-29", k12},
                 {"SREM", "usage:hourly:index:2026-01-29:10", k12},
                 {"SREM", "usage:keymodel:daily:index:2026-01-29", k12 + ":claude-sonnet-4-20250514"},
                 {"SREM", "usage:keymodel:hourly:index:2026-01-29:10", k12 + ":claude-sonnet-4-20250514"},
             }));
    // The record points at a live key whose map entry exists: harmless in 1.1.314.
    QCOMPARE(
        findOne(r.findings, HealthFindingKind::LegacyReverseRecord, "dd55eacb-2627-4f46-967b-8f3ca2f94c90")
            ->severity,
        relay::HealthSeverity::Info);
}

void TestHealth::seed314Indexed()
{
    const HealthRun r = run(Db314Indexed);
    QVERIFY(r.ok);
    // The index built by the real service is consistent: no index finding at all. The start added
    // k10's map entry back (B23), and its usage-index migration put the bogus member "index" into
    // 18 usage index sets (README 12): reported as one note with a repair, since that member is no
    // key id or model and the migration (marker system:migration:usage_index_v2) never re-adds it.
    const QStringList expected = {
        u"hash-map-entry-for-deleted-key b7c82395-3cb0-413f-ad7d-2280a17eedd7"_s, // k10, B23
        u"legacy-reverse-record dd55eacb-2627-4f46-967b-8f3ca2f94c90"_s,
        u"purged-key-leftover c713341b-ac82-438f-8890-78ff6ca8df63"_s,
        u"usage-index-bogus-member "_s,
        u"usage-index-member-of-purged-key c713341b-ac82-438f-8890-78ff6ca8df63"_s,
    };
    QVERIFY2(signatures(r.findings) == expected, qPrintable(describe(r.findings)));
    const HealthFinding* bogus = findOne(r.findings, HealthFindingKind::UsageIndexBogusMember, {});
    QCOMPARE(bogus->repair.size(), 18);
    QCOMPARE(bogus->severity, relay::HealthSeverity::Info);
}

void TestHealth::syntheticDamage314()
{
    const int db = DbDamaged314;
    const HealthRun baseline = run(Db314Indexed);
    QVERIFY(baseline.ok);
    const QMap<QByteArray, QByteArray> pristine = digest(Db314Indexed);
    QCOMPARE(digest(db), pristine);

    const QByteArray k01 = "213ab2d9-f193-45c0-869b-ec1e8e743fe8";
    const QByteArray k02 = "42cd0b0c-aab6-42e2-ad0d-3d55bf3582ca";
    const QByteArray k03 = "95fe9a82-50c7-4f3a-9702-5f4fa0c0b03d";
    const QByteArray k04 = "e217a027-8d5b-4e58-bf21-dc1b6231f408";
    const QByteArray k05 = "004e3634-4c99-4672-9c4f-37e4b50c0d80";
    const QByteArray k06 = "35f57708-2f62-4d6c-b3cc-b29684fd1ba5";
    const QByteArray k07 = "ddd494ed-fc00-4190-914c-52482824eff4";
    const QByteArray k08 = "48f6d2f5-cc61-446a-9be5-1526e12df7c5";
    const QByteArray k09 = "b9b5aaec-8dd4-4f93-bb85-97fe26726bd6";
    const QByteArray k10 = "b7c82395-3cb0-413f-ad7d-2280a17eedd7";
    const QByteArray k13 = "01f13502-a224-41ed-a3ac-fb7b2b5928df";
    const QByteArray ghost = "0000dead-0000-4000-8000-00000000dead"; // hard-deleted: index and rank only
    const QByteArray purged = "0000beef-0000-4000-8000-00000000beef"; // usage left behind
    const QByteArray bogus = "0000b0b0-0000-4000-8000-00000000b0b0"; // regenerate of a missing id
    const QByteArray bogusHash = QByteArray(64, 'b');
    const QByteArray oldSecret = QByteArray(64, 'a');
    const QByteArray k05Hash = "92e62f2148ec40fb3364720132a4d7fd8489c5b8a9cad111541e016c50246a2b";
    auto cmd = [&](const QList<QByteArray>& argv) { return m_server.command(argv, db); };

    cmd({"SREM", "apikey:idx:all", k01});
    cmd({"SADD", "apikey:idx:all", ghost});
    cmd({"ZADD", "apikey:idx:createdAt", "0", ghost});
    cmd({"SADD", "apikey:tag:prod", ghost});
    cmd({"SADD", "apikey:set:deleted", k02}); // an active key
    cmd({"HSET", "apikey:hash_map", oldSecret, k02}); // as a 1.1.235 regenerate leaves it
    cmd({"HDEL", "apikey:hash_map", k05Hash});
    QCOMPARE(cmd({"PERSIST", "apikey:" + k06}), "1"_ba);
    cmd({"HSET", "apikey:" + k10, "isActive", "true"});
    cmd({"HSET", "apikey:" + bogus, "apiKey", bogusHash, "updatedAt", "2026-02-02T10:00:00.000Z"});
    cmd({"HSET", "apikey:hash_map", bogusHash, bogus});
    cmd({"HSET", "apikey:" + k03, "isActivated", "undefined"});
    cmd({"HSET", "apikey:" + k13, "permissions", "claude,gemini"});
    cmd({"HSET", "apikey:" + k07, "permissions", "all"});
    cmd({"SREM", "apikey:tag:team-b", k08});
    cmd({"SREM", "apikey:tags:all", "multi"});
    cmd({"ZADD", "cost_rank:all", "0", ghost});
    cmd({"HSET", "usage:" + purged + ":model:daily:us.anthropic:odd[1m]:2026-02-02", "requests", "1"});
    // Damage without an automatic repair: put back by hand after the first run.
    const QByteArray k09Expiry = cmd({"HGET", "apikey:" + k09, "expiresAt"});
    const QByteArray k04Concurrency = cmd({"HGET", "apikey:" + k04, "concurrencyLimit"});
    cmd({"HSET", "apikey:" + k09, "expiresAt", "next tuesday"});
    cmd({"HSET", "apikey:" + k04, "concurrencyLimit", "five"});

    const HealthRun damaged = run(db);
    QVERIFY(damaged.ok);
    const QList<std::pair<HealthFindingKind, QByteArray>> repairable = {
        {HealthFindingKind::IndexMissingKey, k01},
        {HealthFindingKind::IndexStaleMember, ghost},
        {HealthFindingKind::IndexStatusSetMismatch, k02},
        {HealthFindingKind::HashMapEntryForOldSecret, k02},
        {HealthFindingKind::KeyMissingFromHashMap, k05},
        {HealthFindingKind::KeyWithoutTtl, k06},
        {HealthFindingKind::RevivedDeletedKey, k10},
        {HealthFindingKind::BogusKeyHash, bogus},
        {HealthFindingKind::UndefinedBoolean, k03},
        {HealthFindingKind::CommaJoinedPermissions, k13},
        {HealthFindingKind::LegacyPermissionString, k07},
        {HealthFindingKind::IndexTagSetMismatch, k08},
        {HealthFindingKind::TagsAllMismatch, {}},
        {HealthFindingKind::CostRankMemberWithoutKey, ghost},
        {HealthFindingKind::PurgedKeyLeftover, purged},
    };
    const QList<std::pair<HealthFindingKind, QByteArray>> manual = {
        {HealthFindingKind::UnparseableExpiry, k09},
        {HealthFindingKind::MalformedField, k04},
    };
    // Exactly the baseline plus one finding per damage.
    QStringList expected = signatures(baseline.findings);
    for (const auto& [kind, id] : repairable + manual)
        expected << relay::HealthText::kindId(kind) + u' ' + QString::fromUtf8(id);
    expected.sort();
    QVERIFY2(signatures(damaged.findings) == expected, qPrintable(describe(damaged.findings)));

    // 1.1.314 reads comma strings correctly: a note, not an error (17.1 B1).
    QCOMPARE(findOne(damaged.findings, HealthFindingKind::CommaJoinedPermissions, k13)->severity,
             relay::HealthSeverity::Info);
    QCOMPARE(findOne(damaged.findings, HealthFindingKind::RevivedDeletedKey, k10)->severity,
             relay::HealthSeverity::Error);
    for (const auto& [kind, id] : manual) {
        const HealthFinding* f = findOne(damaged.findings, kind, id);
        QVERIFY(f);
        QVERIFY(!f->hasRepair());
        QVERIFY(!f->repairNote.isEmpty());
    }
    const HealthFinding* stale = findOne(damaged.findings, HealthFindingKind::IndexStaleMember, ghost);
    QCOMPARE(stale->repair.size(), 3);

    // Each repair removes its finding and nothing else: afterwards the data equals the pristine copy.
    for (const auto& [kind, id] : repairable) {
        const HealthFinding* f = findOne(damaged.findings, kind, id);
        QVERIFY2(f, qPrintable(relay::HealthText::kindId(kind) + u' ' + QString::fromUtf8(id)));
        applyRepair(*f, db);
    }
    cmd({"HSET", "apikey:" + k09, "expiresAt", k09Expiry});
    cmd({"HSET", "apikey:" + k04, "concurrencyLimit", k04Concurrency});
    const HealthRun repaired = run(db);
    QVERIFY(repaired.ok);
    QVERIFY2(signatures(repaired.findings) == signatures(baseline.findings),
             qPrintable(describe(repaired.findings)));
    const QMap<QByteArray, QByteArray> after = digest(db);
    QCOMPARE(after.size(), pristine.size());
    for (auto it = pristine.begin(); it != pristine.end(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), it.key().constData());
}

void TestHealth::syntheticDamage235()
{
    const int db = DbDamaged235;
    const QByteArray k01 = "19c56c96-7ffd-413a-b2d9-f193b5c0c69b";
    const QMap<QByteArray, QByteArray> pristine = digest(Db235);
    // 1.1.314 index sets left behind after going back to 1.1.235, and an unknown set.
    m_server.command({"SADD", "apikey:set:active", k01}, db);
    m_server.command({"SADD", "apikey:mystery", "x"}, db);
    const HealthRun damaged = run(db);
    QVERIFY(damaged.ok);
    QCOMPARE(damaged.release.model, relay::DataModel::Release1_1_235);
    const HealthFinding* leftover = nullptr;
    const HealthFinding* mystery = nullptr;
    for (const HealthFinding& f : damaged.findings)
        if (f.kind == HealthFindingKind::NonHashUnderApiKey) {
            QCOMPARE(f.severity, relay::HealthSeverity::Error);
            (f.redisKeys.first() == "apikey:set:active" ? leftover : mystery) = &f;
        }
    QVERIFY(leftover && mystery);
    QCOMPARE(leftover->repair, (QList<redis::Command> {{"DEL", "apikey:set:active"}}));
    QCOMPARE(mystery->repair,
             (QList<redis::Command> {{"RENAMENX", "apikey:mystery", "rka:quarantine:apikey:mystery"}}));
    applyRepair(*leftover, db);
    applyRepair(*mystery, db);
    QCOMPARE(m_server.command({"SMEMBERS", "rka:quarantine:apikey:mystery"}, db), "x"_ba);
    m_server.command({"DEL", "rka:quarantine:apikey:mystery"}, db);

    const HealthRun repaired = run(db);
    QVERIFY(repaired.ok);
    QCOMPARE(signatures(repaired.findings), signatures(run(Db235).findings));
    QCOMPARE(digest(db), pristine);
}

void TestHealth::roundTripsDoNotGrowWithKeys()
{
    auto fill = [this](int database, int n) {
        m_server.command({"FLUSHDB"}, database);
        for (int i = 0; i < n; ++i) {
            const QByteArray id = "00000000-0000-4000-8000-" + QByteArray::number(i).rightJustified(12, '0');
            const QByteArray hash = QByteArray::number(i).rightJustified(64, 'c');
            m_server.command({"HSET", "apikey:" + id, "id", id, "name", "key " + QByteArray::number(i),
                              "apiKey", hash, "isActive", "true", "createdAt", "2026-01-01T00:00:00.000Z"},
                             database);
            m_server.command({"EXPIRE", "apikey:" + id, "31536000"}, database);
            m_server.command({"HSET", "apikey:hash_map", hash, id}, database);
            m_server.command({"ZADD", "cost_rank:all", "0", id}, database);
            m_server.command({"HSET", "usage:" + id, "totalRequests", "3"}, database);
            m_server.command({"HSET", "usage:" + id + ":model:daily:gpt-5:2026-01-01", "requests", "3"},
                             database);
            m_server.command({"SADD", "usage:daily:index:2026-01-01", id}, database);
        }
        // Healthy keys that the second pipeline reads.
        m_server.command({"HSET", "system:metrics:minute:29500440", "requests", "1"}, database);
        m_server.command({"EXPIRE", "system:metrics:minute:29500440", "600"}, database);
    };
    fill(DbSmall, 10);
    fill(DbLarge, 500);
    const HealthRun small = run(DbSmall);
    const HealthRun large = run(DbLarge);
    QVERIFY(small.ok && large.ok);
    QVERIFY2(small.findings.isEmpty(), qPrintable(describe(small.findings)));
    QVERIFY2(large.findings.isEmpty(), qPrintable(describe(large.findings)));
    qInfo("health round trips: %lld for 10 keys, %lld for 500 keys; commands %lld and %lld",
          small.totals.roundTrips, large.totals.roundTrips, small.totals.commands, large.totals.commands);
    QCOMPARE(large.totals.roundTrips, small.totals.roundTrips);
    QCOMPARE(small.totals.roundTrips, 2); // SCAN + first pipeline in one flush, then the second pipeline
    QVERIFY(large.totals.commands > small.totals.commands);
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
