// Conformance of writing: each operation is done through core on an empty Redis (or on the fixture),
// at the instant the service did it, and the Redis data is compared with what the service wrote in
// the fixtures: field names, encodings, values, TTLs, the hash map, the cost ranks and, for the
// 1.1.314 layout, the key index. Ids and secrets are random and set aside. Deliberate differences
// (where we do not copy a service bug) are asserted explicitly, each with its data-model section.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "relay/HealthCheck.h"
#include "relay/KeyHash.h"
#include "relay/KeyListReader.h"
#include "relay/KeyWriter.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::relay;
using namespace rka::test;

namespace {

using Hash = QList<std::pair<QByteArray, QByteArray>>;

QMap<QByteArray, QByteArray> toMap(const Hash& h)
{
    QMap<QByteArray, QByteArray> m;
    for (const auto& [f, v] : h)
        m.insert(f, v);
    return m;
}

QDateTime iso(const QByteArray& s)
{
    return QDateTime::fromString(QString::fromLatin1(s), Qt::ISODateWithMs);
}

void setNow(const QDateTime& t)
{
    support::Clock::setInstance(std::make_shared<support::FixedClock>(t));
}

// The fields a user chooses when creating a key; the others are the service's (ids, secrets, times).
const QList<QByteArray> kNotChosen = {
    "id",        "apiKey",    "createdAt", "activatedAt",   "isActivated", "lastUsedAt", "updatedAt",
    "isDeleted", "deletedAt", "deletedBy", "deletedByType", "restoredAt",  "restoredBy", "restoredByType"};

struct Release
{
    QString name;
    DataModel model;
};

} // namespace

class TestWriteConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void createMatchesTheService_data();
    void createMatchesTheService();
    void updateMatchesTheService_data();
    void updateMatchesTheService();
    void softDeleteMatchesTheService_data();
    void softDeleteMatchesTheService();
    void restoreMatchesTheService_data();
    void restoreMatchesTheService();
    void purgeRemovesEverythingOfTheKey_data();
    void purgeRemovesEverythingOfTheKey();
    void regenerateRevokesTheOldSecret();
    void indexStaysInStepOn1_1_314();

private:
    QString keyIdOf(const QString& release, const QString& namePrefix) const;
    Hash seedHashOf(const QString& release, const QString& namePrefix) const;
    WriteResult write(int db, DataModel model, bool indexPresent,
                      const std::function<void(KeyWriter&, KeyWriter::Callback)>& op);
    QByteArray createLike(int db, const QString& release, DataModel model, const QString& namePrefix,
                          QByteArray* plaintext = nullptr, const std::function<void(ApiKey&)>& adjust = {});
    Hash stored(int db, const QByteArray& id);
    QStringList healthFindings(int db);
    RedisServer m_server;
    int m_nextDb = 1;
};

void TestWriteConformance::initTestCase()
{
    RedisServer::Options o;
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
}

void TestWriteConformance::cleanup()
{
    support::Clock::setInstance(nullptr);
}

QString TestWriteConformance::keyIdOf(const QString& release, const QString& namePrefix) const
{
    for (const QJsonValue& v :
         Fixtures::json(release, u"seed-keys.json"_s).object().value(u"keys"_s).toArray())
        if (v.toObject().value(u"name"_s).toString().startsWith(namePrefix))
            return v.toObject().value(u"id"_s).toString();
    return {};
}

Hash TestWriteConformance::seedHashOf(const QString& release, const QString& namePrefix) const
{
    return Fixtures::seedHash(release, "apikey:" + keyIdOf(release, namePrefix).toUtf8());
}

Hash TestWriteConformance::stored(int db, const QByteArray& id)
{
    const QList<QByteArray> flat = m_server.commandList({"HGETALL", "apikey:" + id}, db);
    Hash h;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        h.append({flat.at(i), flat.at(i + 1)});
    return h;
}

WriteResult TestWriteConformance::write(int db, DataModel model, bool indexPresent,
                                        const std::function<void(KeyWriter&, KeyWriter::Callback)>& op)
{
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = db;
    if (!openAndWait(c, s))
        return WriteResult::failure(WriteStatus::Failed, c.lastError().message);
    WriteTarget t;
    t.model = model;
    t.indexPresent = indexPresent;
    t.service.encryptionKey = Fixtures::encryptionKey();
    t.operatorName = u"admin"_s;
    t.readBackDelayMs = 0;
    KeyWriter writer(c, t);
    std::optional<WriteResult> result;
    op(writer, [&result](const WriteResult& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(WriteResult::failure(WriteStatus::Failed, u"timeout"_s));
}

QByteArray TestWriteConformance::createLike(int db, const QString& release, DataModel model,
                                            const QString& namePrefix, QByteArray* plaintext,
                                            const std::function<void(ApiKey&)>& adjust)
{
    const Hash fixture = seedHashOf(release, namePrefix);
    ApiKey settings;
    for (const auto& [f, v] : fixture)
        if (!kNotChosen.contains(f))
            settings.setRaw(f, v);
    if (settings.text(ApiKeyField::ExpirationMode) == u"activation"_s)
        settings.remove(ApiKeyField::ExpiresAt); // set by the later activation, not by create
    if (adjust)
        adjust(settings);
    setNow(iso(toMap(fixture).value("createdAt")));
    const WriteResult r =
        write(db, model, false, [&](KeyWriter& w, KeyWriter::Callback cb) { w.create(settings, cb); });
    if (!r.ok()) {
        qWarning("create failed: %s", qPrintable(r.message));
        for (const ValidationIssue& i : r.issues)
            qWarning("  %s", qPrintable(i.message));
        return {};
    }
    if (plaintext)
        *plaintext = r.plaintextKeys.value(0);
    return r.keyIds.value(0);
}

QStringList TestWriteConformance::healthFindings(int db)
{
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = db;
    s.readOnly = true;
    if (!openAndWait(c, s))
        return {u"cannot connect"_s};
    KeyListReader reader(c);
    bool loaded = false;
    connect(&reader, &KeyListReader::finished, this, [&] { loaded = true; });
    reader.start({});
    if (!QTest::qWaitFor([&] { return loaded; }, 10000))
        return {u"key list timed out"_s};
    HealthCheck health(c);
    bool checked = false;
    connect(&health, &HealthCheck::finished, this, [&] { checked = true; });
    health.start(reader.keys(), reader.release());
    if (!QTest::qWaitFor([&] { return checked; }, 10000))
        return {u"health check timed out"_s};
    QStringList out;
    for (const HealthFinding& f : health.findings())
        out << QString(HealthText::kindId(f.kind)) + u' ' + QString::fromUtf8(f.keyId);
    return out;
}

void TestWriteConformance::createMatchesTheService_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("model");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QList<QByteArray>>("changedLater"); // fields the service changed after creating
    const QList<Release> releases = {{u"1.1.235"_s, DataModel::Release1_1_235},
                                     {u"1.1.314"_s, DataModel::Release1_1_302}};
    for (const Release& r : releases) {
        for (const char* k : {"k01", "k02", "k03", "k05", "k06", "k07", "k08", "k09"})
            QTest::addRow("%s %s", qPrintable(r.name), k)
                << r.name << int(r.model) << QString::fromLatin1(k) << QList<QByteArray> {"lastUsedAt"};
        // k04 was activated by its first request after it was created (section 12).
        QTest::addRow("%s k04", qPrintable(r.name))
            << r.name << int(r.model) << u"k04"_s
            << QList<QByteArray> {"lastUsedAt", "isActivated", "activatedAt", "expiresAt"};
    }
}

void TestWriteConformance::createMatchesTheService()
{
    QFETCH(QString, release);
    QFETCH(int, model);
    QFETCH(QString, key);
    QFETCH(QList<QByteArray>, changedLater);
    const int db = m_nextDb++;
    QByteArray plaintext;
    const QByteArray id = createLike(db, release, DataModel(model), key, &plaintext);
    QVERIFY(!id.isEmpty());
    const QMap<QByteArray, QByteArray> want = toMap(seedHashOf(release, key));
    const QMap<QByteArray, QByteArray> got = toMap(stored(db, id));
    // The same field names, in both releases (38 fields, or 44 for 1.1.302+).
    QCOMPARE(got.keys(), want.keys());
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.key() == "id") {
            QCOMPARE(got.value("id"), id);
            continue;
        }
        if (it.key() == "apiKey" || changedLater.contains(it.key()))
            continue;
        QVERIFY2(got.value(it.key()) == it.value(),
                 qPrintable(u"%1: service %2, ours %3"_s.arg(QString::fromUtf8(it.key()),
                                                             QString::fromUtf8(it.value()),
                                                             QString::fromUtf8(got.value(it.key())))));
    }
    // The secret: prefix + 64 hex, stored as its hash, mapped to the id; a UUID v4 id.
    QVERIFY(plaintext.startsWith("cr_") && plaintext.size() == 67);
    QCOMPARE(got.value("apiKey"), storedKeyHash(plaintext, Fixtures::encryptionKey()));
    QCOMPARE(m_server.command({"HGET", "apikey:hash_map", got.value("apiKey")}, db), id);
    QVERIFY(QUuid::fromString(QString::fromLatin1(id)).version() == QUuid::Random);
    // The TTL the service sets, and score 0 in the four cost ranks.
    const qint64 ttl = m_server.command({"TTL", "apikey:" + id}, db).toLongLong();
    QVERIFY2(ttl > 31535990 && ttl <= 31536000, QByteArray::number(ttl).constData());
    for (const char* rank : {"cost_rank:today", "cost_rank:7days", "cost_rank:30days", "cost_rank:all"})
        QCOMPARE(m_server.command({"ZSCORE", rank, id}, db), "0"_ba);
    QVERIFY(m_server.command({"TTL", "apikey:hash_map"}, db) == "-1");
    // Nothing else was written: no index in a database without one, no plaintext anywhere.
    QCOMPARE(m_server.command({"DBSIZE"}, db), "6"_ba);
    QCOMPARE(m_server.command({"KEYS", "*" + plaintext.mid(3, 16) + "*"}, db), QByteArray());
}

void TestWriteConformance::updateMatchesTheService_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("model");
    QTest::newRow("1.1.235") << u"1.1.235"_s << int(DataModel::Release1_1_235);
    QTest::newRow("1.1.314") << u"1.1.314"_s << int(DataModel::Release1_1_302);
}

void TestWriteConformance::updateMatchesTheService()
{
    QFETCH(QString, release);
    QFETCH(int, model);
    const int db = m_nextDb++;
    // k13 was created with permissions ["claude"] and the tag x (fixtures README 4.3) ...
    const QByteArray id = createLike(db, release, DataModel(model), u"k13"_s, nullptr, [](ApiKey& s) {
        s.setName(u"k13-before-update"_s);
        s.setDescription(QString());
        s.setTags({u"x"_s});
        s.setPermissions({u"claude"_s});
        s.setRaw(ApiKeyField::DailyCostLimit, "0");
        s.setRaw(ApiKeyField::ConcurrencyLimit, "0");
        s.setRaw(ApiKeyField::ExpiresAt, "");
        s.setRaw(ApiKeyField::EnableModelRestriction, "false");
        s.setRaw(ApiKeyField::RestrictedModels, "[]");
    });
    QVERIFY(!id.isEmpty());
    // ... and updated on d5 with these changes.
    const ApiKey base(stored(db, id));
    ApiKey edited = base;
    edited.setName(u"k13-after-update"_s);
    edited.setDescription(u"updated via updateApiKey"_s);
    edited.setTags({u"x"_s, u"y"_s});
    edited.setPermissions({u"claude"_s, u"gemini"_s});
    edited.setRaw(ApiKeyField::DailyCostLimit, "3");
    edited.setRaw(ApiKeyField::ConcurrencyLimit, "1");
    edited.setRaw(ApiKeyField::ExpiresAt, "2099-01-01T00:00:00.000Z");
    edited.setRaw(ApiKeyField::EnableModelRestriction, "true");
    edited.setRaw(ApiKeyField::RestrictedModels, R"(["claude-sonnet-4-20250514"])");
    const Hash fixture = seedHashOf(release, u"k13"_s);
    setNow(iso(toMap(fixture).value("updatedAt")));
    const WriteResult r = write(db, DataModel(model), false, [&](KeyWriter& w, KeyWriter::Callback cb) {
        w.update(id, base, edited, false, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QMap<QByteArray, QByteArray> got = toMap(stored(db, id));
    const QMap<QByteArray, QByteArray> want = toMap(fixture);
    QCOMPARE(got.keys(), want.keys());
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.key() == "id" || it.key() == "apiKey" || it.key() == "lastUsedAt")
            continue;
        if (it.key() == "permissions" && release == u"1.1.235"_s) {
            // Deliberate: 1.1.235 stores "claude,gemini" and loses every service (B1, 5.2 b); we store JSON.
            QCOMPARE(it.value(), "claude,gemini"_ba);
            QCOMPARE(got.value("permissions"), R"(["claude","gemini"])"_ba);
            continue;
        }
        QVERIFY2(got.value(it.key()) == it.value(),
                 qPrintable(u"%1: service %2, ours %3"_s.arg(QString::fromUtf8(it.key()),
                                                             QString::fromUtf8(it.value()),
                                                             QString::fromUtf8(got.value(it.key())))));
    }
    const qint64 ttl = m_server.command({"TTL", "apikey:" + id}, db).toLongLong();
    QVERIFY(ttl > 31535990);
}

void TestWriteConformance::softDeleteMatchesTheService_data()
{
    updateMatchesTheService_data();
}

void TestWriteConformance::softDeleteMatchesTheService()
{
    QFETCH(QString, release);
    QFETCH(int, model);
    const int db = m_nextDb++;
    const QByteArray id =
        createLike(db, release, DataModel(model), u"k10"_s, nullptr, [](ApiKey& s) { s.setActive(true); });
    QVERIFY(!id.isEmpty());
    const QByteArray hash = toMap(stored(db, id)).value("apiKey");
    const Hash fixture = seedHashOf(release, u"k10"_s);
    setNow(iso(toMap(fixture).value("deletedAt")));
    const WriteResult r = write(db, DataModel(model), false,
                                [&](KeyWriter& w, KeyWriter::Callback cb) { w.softDelete({id}, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QMap<QByteArray, QByteArray> got = toMap(stored(db, id));
    const QMap<QByteArray, QByteArray> want = toMap(fixture);
    QCOMPARE(got.keys(), want.keys());
    for (const char* f : {"isDeleted", "deletedAt", "deletedBy", "deletedByType", "isActive"})
        QCOMPARE(got.value(f), want.value(f));
    QVERIFY(!got.contains("updatedAt")); // the service's delete does not touch updatedAt either
    for (const char* rank : {"cost_rank:today", "cost_rank:7days", "cost_rank:30days", "cost_rank:all"})
        QCOMPARE(m_server.command({"ZSCORE", rank, id}, db), "(nil)"_ba);
    // The mapping: 1.1.314 removes it; 1.1.235 keeps it (B2) — deliberately, we remove it in both.
    const QByteArray fixtureHash = toMap(fixture).value("apiKey");
    const Hash serviceMap = Fixtures::seedHash(release, "apikey:hash_map");
    const bool serviceKept = std::any_of(serviceMap.begin(), serviceMap.end(),
                                         [&](const auto& p) { return p.first == fixtureHash; });
    QCOMPARE(serviceKept, release == u"1.1.235"_s);
    QCOMPARE(m_server.command({"HEXISTS", "apikey:hash_map", hash}, db), "0"_ba);
}

void TestWriteConformance::restoreMatchesTheService_data()
{
    updateMatchesTheService_data();
}

void TestWriteConformance::restoreMatchesTheService()
{
    QFETCH(QString, release);
    QFETCH(int, model);
    const int db = m_nextDb++;
    const QByteArray id = createLike(db, release, DataModel(model), u"k11"_s);
    QVERIFY(!id.isEmpty());
    const QMap<QByteArray, QByteArray> want = toMap(seedHashOf(release, u"k11"_s));
    setNow(iso(want.value("restoredAt")).addSecs(-2));
    QVERIFY(write(db, DataModel(model), false, [&](KeyWriter& w, KeyWriter::Callback cb) {
                w.softDelete({id}, cb);
            }).ok());
    setNow(iso(want.value("restoredAt")));
    const WriteResult r = write(db, DataModel(model), false,
                                [&](KeyWriter& w, KeyWriter::Callback cb) { w.restore({id}, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QMap<QByteArray, QByteArray> got = toMap(stored(db, id));
    QCOMPARE(got.keys(), want.keys());
    for (const char* f : {"isActive", "restoredAt", "restoredBy", "restoredByType", "name", "tags"})
        QCOMPARE(got.value(f), want.value(f));
    const QByteArray hash = got.value("apiKey");
    // The secret resolves again (1.1.235's own restore leaves that to the mapping it never removed).
    QCOMPARE(m_server.command({"HGET", "apikey:hash_map", hash}, db), id);
    for (const char* rank : {"cost_rank:today", "cost_rank:7days", "cost_rank:30days", "cost_rank:all"})
        QCOMPARE(m_server.command({"ZSCORE", rank, id}, db), "0"_ba);
    // Deliberate: the service's restore also writes the reverse record apikey_hash:{hash}; 1.1.235 never
    // reads it and 1.1.314 reads it only when the map lacks the secret (6, 18.5). We restore the map
    // entry itself, so the record would only be clutter that the health check reports.
    QCOMPARE(m_server.command({"EXISTS", "apikey_hash:" + hash}, db), "0"_ba);
}

void TestWriteConformance::purgeRemovesEverythingOfTheKey_data()
{
    updateMatchesTheService_data();
}

void TestWriteConformance::purgeRemovesEverythingOfTheKey()
{
    QFETCH(QString, release);
    QFETCH(int, model);
    const int db = m_nextDb++;
    // k12 itself is gone from the seed: a key with k10's settings stands in for it.
    const QByteArray id = createLike(db, release, DataModel(model), u"k10"_s, nullptr, [](ApiKey& s) {
        s.setName(u"k12-permanently-deleted"_s);
        s.setActive(true);
    });
    const QByteArray other = createLike(db, release, DataModel(model), u"k02"_s);
    QVERIFY(!id.isEmpty() && !other.isEmpty());
    // Usage data as the service's request path writes it (14.2-14.7), for both keys.
    for (const QByteArray& k : {id, other}) {
        m_server.command({"HSET", "usage:" + k, "totalRequests", "1"}, db);
        m_server.command(
            {"HSET", "usage:" + k + ":model:daily:claude-sonnet-4-20250514[1m]:2026-01-29", "requests", "1"},
            db);
        m_server.command({"HSET", "usage:daily:" + k + ":2026-01-29", "requests", "1"}, db);
        m_server.command({"SET", "usage:cost:daily:" + k + ":2026-01-29", "0.1"}, db);
        m_server.command({"SET", "usage:cost:total:" + k, "0.1"}, db);
        m_server.command({"SET", "usage:opus:weekly:" + k + ":2026-W05", "0.1"}, db);
        m_server.command({"LPUSH", "usage:records:" + k, "{}"}, db);
        m_server.command({"SET", "rate_limit:requests:" + k, "1"}, db);
        m_server.command({"ZADD", "concurrency:" + k, "99999999999999", "lease"}, db);
        m_server.command({"SADD", "usage:daily:index:2026-01-29", k}, db);
        m_server.command({"SADD", "usage:keymodel:daily:index:2026-01-29", k + ":claude-sonnet-4-20250514"},
                         db);
    }
    const qint64 before = m_server.command({"DBSIZE"}, db).toLongLong();
    // Only a deleted key can be purged.
    WriteResult r =
        write(db, DataModel(model), false, [&](KeyWriter& w, KeyWriter::Callback cb) { w.purge({id}, cb); });
    QCOMPARE(r.status, WriteStatus::Refused);
    QCOMPARE(m_server.command({"DBSIZE"}, db).toLongLong(), before);
    QVERIFY(write(db, DataModel(model), false, [&](KeyWriter& w, KeyWriter::Callback cb) {
                w.softDelete({id}, cb);
            }).ok());
    r = write(db, DataModel(model), false, [&](KeyWriter& w, KeyWriter::Callback cb) { w.purge({id}, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    // Deliberately more than the service (B7): usage:{id} and usage:{id}:model:* go too.
    QCOMPARE(m_server.command({"KEYS", "*" + id + "*"}, db), QByteArray());
    QCOMPARE(m_server.command({"SISMEMBER", "usage:daily:index:2026-01-29", id}, db), "0"_ba);
    QCOMPARE(m_server.command({"SCARD", "usage:keymodel:daily:index:2026-01-29"}, db), "1"_ba);
    // The other key's data is untouched: 9 keys of its own plus its hash.
    QCOMPARE(m_server.command({"KEYS", "*" + other + "*"}, db).split('\n').size(), 10);
    QCOMPARE(m_server.command({"HLEN", "apikey:hash_map"}, db), "1"_ba);
}

void TestWriteConformance::regenerateRevokesTheOldSecret()
{
    const int db = m_nextDb++;
    QByteArray oldPlain;
    const QByteArray id = createLike(db, u"1.1.235"_s, DataModel::Release1_1_235, u"k02"_s, &oldPlain);
    const QByteArray oldHash = storedKeyHash(oldPlain, Fixtures::encryptionKey());
    setNow(Fixtures::viewInstant());
    const WriteResult r = write(db, DataModel::Release1_1_235, false,
                                [&](KeyWriter& w, KeyWriter::Callback cb) { w.regenerate(id, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.plaintextKeys.size(), 1);
    const QByteArray newHash = storedKeyHash(r.plaintextKeys.first(), Fixtures::encryptionKey());
    QCOMPARE(toMap(stored(db, id)).value("apiKey"), newHash);
    QCOMPARE(toMap(stored(db, id)).value("updatedAt"), "2026-02-02T10:00:00.000Z"_ba);
    QCOMPARE(m_server.command({"HGET", "apikey:hash_map", newHash}, db), id);
    // Deliberate: the service keeps the old mapping, so the old secret keeps working (B3).
    QCOMPARE(m_server.command({"HEXISTS", "apikey:hash_map", oldHash}, db), "0"_ba);
    // A missing id gets an error, never the service's bogus hash (B4).
    const WriteResult missing =
        write(db, DataModel::Release1_1_235, false,
              [&](KeyWriter& w, KeyWriter::Callback cb) { w.regenerate("no-such-id", cb); });
    QCOMPARE(missing.status, WriteStatus::NotFound);
    QCOMPARE(m_server.command({"EXISTS", "apikey:no-such-id"}, db), "0"_ba);
}

void TestWriteConformance::indexStaysInStepOn1_1_314()
{
    // The seed after a real 1.1.314 start: its index is the service's own (fixtures README 12).
    const int db = m_nextDb++;
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.314"_s, u"seed-indexed.redis"_s), db, &error),
             qPrintable(error));
    const DataModel model = DataModel::Release1_1_302;
    const QStringList baseline = healthFindings(db);
    auto run = [&](const std::function<void(KeyWriter&, KeyWriter::Callback)>& op) {
        return write(db, model, true, op);
    };

    ApiKey settings;
    settings.setName(u"Index Probe"_s);
    settings.setTags({u"team-a"_s, u"新标签"_s});
    setNow(Fixtures::viewInstant());
    WriteResult r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.create(settings, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QByteArray id = r.keyIds.first();
    const QByteArray ms = QByteArray::number(Fixtures::viewInstant().toMSecsSinceEpoch());
    QCOMPARE(m_server.command({"ZSCORE", "apikey:idx:createdAt", id}, db), ms);
    QCOMPARE(m_server.command({"ZSCORE", "apikey:idx:lastUsedAt", id}, db), "0"_ba);
    QCOMPARE(m_server.command({"ZSCORE", "apikey:idx:name", "index probe" + QByteArray(1, '\0') + id}, db),
             "0"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:idx:all", id}, db), "1"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:set:active", id}, db), "1"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:tag:新标签", id}, db), "1"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:tags:all", u"新标签"_s.toUtf8()}, db), "1"_ba);

    // Rename, disable and retag through the editor's update.
    ApiKey base(stored(db, id));
    ApiKey edited = base;
    edited.setName(u"Renamed Probe"_s);
    edited.setActive(false);
    edited.setTags({u"team-a"_s});
    r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.update(id, base, edited, false, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(m_server.command({"ZSCORE", "apikey:idx:name", "index probe" + QByteArray(1, '\0') + id}, db),
             "(nil)"_ba);
    QCOMPARE(m_server.command({"ZSCORE", "apikey:idx:name", "renamed probe" + QByteArray(1, '\0') + id}, db),
             "0"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:set:active", id}, db), "0"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:set:deleted", id}, db), "0"_ba);
    QCOMPARE(m_server.command({"EXISTS", "apikey:tag:新标签"}, db), "0"_ba);
    // The last key left the tag, so the tag leaves apikey:tags:all (updateIndex, 18.6).
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:tags:all", u"新标签"_s.toUtf8()}, db), "0"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:tags:all", "team-a"}, db), "1"_ba);

    r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.softDelete({id}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:set:deleted", id}, db), "1"_ba);
    r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.restore({id}, cb); });
    QVERIFY(r.ok());
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:set:active", id}, db), "1"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:set:deleted", id}, db), "0"_ba);

    // Tag rename across keys moves the tag sets.
    r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.renameTag(u"team-a"_s, u"team-alpha"_s, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.changedKeys, 2); // k01 and the probe
    QCOMPARE(m_server.command({"EXISTS", "apikey:tag:team-a"}, db), "0"_ba);
    QCOMPARE(m_server.command({"SCARD", "apikey:tag:team-alpha"}, db), "2"_ba);
    QCOMPARE(m_server.command({"SISMEMBER", "apikey:tags:all", "team-a"}, db), "0"_ba);

    // Our own health check, validated against the service's index, finds nothing new after all this.
    const QStringList after = healthFindings(db);
    QStringList added;
    for (const QString& f : after)
        if (!baseline.contains(f))
            added << f;
    QVERIFY2(added.isEmpty(), qPrintable(added.join(u", "_s)));

    // Purge removes the key from the whole index.
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.softDelete({id}, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.purge({id}, cb); }).ok());
    for (const char* z : {"apikey:idx:createdAt", "apikey:idx:lastUsedAt"})
        QCOMPARE(m_server.command({"ZSCORE", z, id}, db), "(nil)"_ba);
    for (const char* set :
         {"apikey:idx:all", "apikey:set:active", "apikey:set:deleted", "apikey:tag:team-alpha"})
        QCOMPARE(m_server.command({"SISMEMBER", set, id}, db), "0"_ba);
}

QTEST_GUILESS_MAIN(TestWriteConformance)
#include "tst_writeconformance.moc"
