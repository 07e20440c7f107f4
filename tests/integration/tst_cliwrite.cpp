// relay-key-admin-cli's write commands run as a process against a private Redis loaded with the
// service's fixtures: the stored encodings, exactly-the-given-fields updates, the trash cycle,
// confirmations, --read-only, validation exit codes, and an audit log without secrets.

#include "Fixtures.h"
#include "RedisServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

using Hash = QMap<QByteArray, QByteArray>;

// Databases: each group of tests works on its own copy of a seed.
constexpr int Db235 = 1; // doctor --fix
constexpr int Db314 = 2; // most writes
constexpr int DbEmpty = 3; // --release
constexpr int DbReadOnly = 4; // --read-only and validation: must stay byte-identical
constexpr int DbTrash = 5; // delete, restore, purge, clear-trash, tags

const QByteArray k01Id = "213ab2d9-f193-45c0-869b-ec1e8e743fe8"; // k01-full-options (1.1.314)
const QByteArray k13Id = "6a895ef9-4423-41f1-b502-a224d1ede3ac"; // k13: comma-joined permissions (1.1.235)
const QByteArray alice314 = "f7fd8fb761ab8b947431099b65ec628a";

} // namespace

class TestCliWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createStoresTheServiceEncodings();
    void createJsonPrintsAKeyThatLookupFinds();
    void batchCreateMakesCountKeys();
    void emptyDatabaseFollowsRelease();
    void updateChangesExactlyTheGivenFields();
    void enableAndDisable();
    void setExpiryRenewAndActivate();
    void regenerateRetiresTheOldKey();
    void deleteRestoreAndPurge();
    void clearTrashPurgesOnlyTheTrash();
    void tagRenameAndDelete();
    void doctorFixRepairsTheFindings();
    void readOnlyRefusesEveryWrite_data();
    void readOnlyRefusesEveryWrite();
    void validationErrorsNameTheOption_data();
    void validationErrorsNameTheOption();
    void badArgumentsFailBeforeConnecting_data();
    void badArgumentsFailBeforeConnecting();
    void auditLogHasEveryWriteAndNoSecret();

private:
    Run run(int db, const QStringList& args, const QByteArray& input = {});
    Hash hash(const QByteArray& id, int db);
    QByteArray createKey(int db, const QStringList& options, QByteArray* plaintext = nullptr);
    QByteArray digest(int db);

    RedisServer m_server;
    QTemporaryDir m_dir;
    QString m_audit;
    QList<QByteArray> m_plaintexts; // every key printed, to check they went nowhere else
    QString m_allErr;
};

void TestCliWrite::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RKA_CLI")), "RKA_CLI must name the built tool");
    QVERIFY(m_dir.isValid());
    m_audit = m_dir.filePath(u"audit.log"_s);
    QVERIFY(m_server.start());
    QString error;
    for (const auto& [release, db] :
         {std::pair {u"1.1.235"_s, Db235}, std::pair {u"1.1.314"_s, Db314},
          std::pair {u"1.1.314"_s, DbReadOnly}, std::pair {u"1.1.314"_s, DbTrash}})
        QVERIFY2(m_server.loadCommandFile(Fixtures::path(release, u"seed.redis"_s), db, &error),
                 qPrintable(error));
}

Run TestCliWrite::run(int db, const QStringList& args, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& k : {u"REDIS_HOST"_s, u"REDIS_PORT"_s, u"REDIS_PASSWORD"_s, u"REDIS_DB"_s,
                             u"API_KEY_PREFIX"_s, u"TIMEZONE_OFFSET"_s})
        e.remove(k);
    e.insert(u"ENCRYPTION_KEY"_s, QString::fromLatin1(Fixtures::encryptionKey()));
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("RKA_CLI"),
            QStringList {u"--port"_s, QString::number(m_server.port()), u"--db"_s, QString::number(db),
                         u"--audit-log"_s, m_audit, u"--operator"_s, u"tester"_s} +
                args);
    p.write(input);
    p.closeWriteChannel(); // standard input is a pipe, never a terminal
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    m_allErr += r.err;
    return r;
}

Hash TestCliWrite::hash(const QByteArray& id, int db)
{
    Hash h;
    const QList<QByteArray> flat = m_server.commandList({"HGETALL", "apikey:" + id}, db);
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        h.insert(flat.at(i), flat.at(i + 1));
    return h;
}

QByteArray TestCliWrite::createKey(int db, const QStringList& options, QByteArray* plaintext)
{
    const Run r = run(db, QStringList {u"--json"_s, u"create"_s} + options);
    const QJsonObject o = r.json();
    if (r.exitCode != 0 || o.value(u"keyIds"_s).toArray().size() != 1) {
        qWarning("create failed: %d %s %s", r.exitCode, r.out.constData(), qPrintable(r.err));
        return {};
    }
    const QByteArray key = o.value(u"plaintextKeys"_s).toArray().at(0).toString().toLatin1();
    m_plaintexts.append(key);
    if (plaintext)
        *plaintext = key;
    return o.value(u"keyIds"_s).toArray().at(0).toString().toLatin1();
}

// Every key's DUMP and TTL presence, hashed: any change to the database changes it.
QByteArray TestCliWrite::digest(int db)
{
    QList<QByteArray> keys = m_server.commandList({"KEYS", "*"}, db);
    std::sort(keys.begin(), keys.end());
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QByteArray& k : keys) {
        h.addData(k);
        h.addData(m_server.command({"DUMP", k}, db));
        h.addData(m_server.command({"TTL", k}, db).startsWith('-') ? "-" : "+");
    }
    return h.result().toHex();
}

void TestCliWrite::createStoresTheServiceEncodings()
{
    const QByteArray id = createKey(Db314,
                                    {u"--name"_s,
                                     u"cli full"_s,
                                     u"--description"_s,
                                     u"made by the CLI"_s,
                                     u"--tag"_s,
                                     u"team a"_s,
                                     u"--tag"_s,
                                     u"vip"_s,
                                     u"--token-limit"_s,
                                     u"1000"_s,
                                     u"--concurrency-limit"_s,
                                     u"3"_s,
                                     u"--rate-limit-window"_s,
                                     u"60"_s,
                                     u"--rate-limit-requests"_s,
                                     u"100"_s,
                                     u"--rate-limit-cost"_s,
                                     u"2.5"_s,
                                     u"--daily-cost-limit"_s,
                                     u"12.75"_s,
                                     u"--total-cost-limit"_s,
                                     u"100"_s,
                                     u"--weekly-opus-cost-limit"_s,
                                     u"7.5"_s,
                                     u"--permission"_s,
                                     u"claude"_s,
                                     u"--permission"_s,
                                     u"gemini"_s,
                                     u"--model"_s,
                                     u"claude-3-opus"_s,
                                     u"--client"_s,
                                     u"claude_code"_s,
                                     u"--claude-account"_s,
                                     u"acc-1"_s,
                                     u"--owner"_s,
                                     u"alice"_s,
                                     u"--activation"_s,
                                     u"24h"_s,
                                     u"--disabled"_s,
                                     u"--weekly-reset-day"_s,
                                     u"3"_s,
                                     u"--weekly-reset-hour"_s,
                                     u"5"_s,
                                     u"--service-rate"_s,
                                     u"claude=1.5"_s});
    QVERIFY(!id.isEmpty());
    const Hash h = hash(id, Db314);
    const Hash want {{"id", id},
                     {"name", "cli full"},
                     {"description", "made by the CLI"},
                     {"tags", R"(["team a","vip"])"},
                     {"tokenLimit", "1000"},
                     {"concurrencyLimit", "3"},
                     {"rateLimitWindow", "60"},
                     {"rateLimitRequests", "100"},
                     {"rateLimitCost", "2.5"},
                     {"dailyCostLimit", "12.75"},
                     {"totalCostLimit", "100"},
                     {"weeklyOpusCostLimit", "7.5"},
                     {"permissions", R"(["claude","gemini"])"},
                     {"enableModelRestriction", "true"},
                     {"restrictedModels", R"(["claude-3-opus"])"},
                     {"enableClientRestriction", "true"},
                     {"allowedClients", R"(["claude_code"])"},
                     {"claudeAccountId", "acc-1"},
                     {"geminiAccountId", ""},
                     {"userId", alice314},
                     {"userUsername", "alice"},
                     {"createdBy", "alice"},
                     {"expirationMode", "activation"},
                     {"activationDays", "24"},
                     {"activationUnit", "hours"},
                     {"isActivated", "false"},
                     {"activatedAt", ""},
                     {"expiresAt", ""},
                     {"lastUsedAt", ""},
                     {"isActive", "false"},
                     {"weeklyResetDay", "3"},
                     {"weeklyResetHour", "5"},
                     {"serviceRates", R"({"claude":1.5})"}};
    for (auto it = want.begin(); it != want.end(); ++it)
        QVERIFY2(h.value(it.key()) == it.value(),
                 qPrintable(QString::fromUtf8(it.key() + ": " + h.value(it.key()) + " != " + it.value())));
    QCOMPARE(h.value("apiKey").size(), 64);
    QVERIFY(QDateTime::fromString(QString::fromLatin1(h.value("createdAt")), Qt::ISODateWithMs).isValid());
    QCOMPARE(m_server.command({"HGET", "apikey:hash_map", h.value("apiKey")}, Db314), id);
    const qint64 ttl = m_server.command({"TTL", "apikey:" + id}, Db314).toLongLong();
    QVERIFY2(ttl > 365 * 86400 - 60, QByteArray::number(ttl).constData());
    QCOMPARE(m_server.command({"ZSCORE", "cost_rank:all", id}, Db314), "0"_ba);
    // Text output: the id and the key, once.
    const Run text = run(Db314, {u"create"_s, u"--name"_s, u"cli text"_s});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"cli text"_s), text.out.constData());
    const qsizetype at = out.indexOf(u"cr_"_s);
    QVERIFY(at >= 0);
    m_plaintexts.append(out.mid(at, 67).toLatin1());
    QCOMPARE(out.count(out.mid(at, 67)), 1);
}

void TestCliWrite::createJsonPrintsAKeyThatLookupFinds()
{
    QByteArray plaintext;
    const QByteArray id = createKey(Db314, {u"--name"_s, u"lookup me"_s}, &plaintext);
    QVERIFY(!id.isEmpty());
    QVERIFY(plaintext.startsWith("cr_"));
    const Run r = run(Db314, {u"--json"_s, u"lookup"_s}, plaintext);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"id"_s).toString().toLatin1(), id);
}

void TestCliWrite::batchCreateMakesCountKeys()
{
    const Run r = run(Db314,
                      {u"--json"_s, u"batch-create"_s, u"--base-name"_s, u"batch"_s, u"--count"_s, u"3"_s,
                       u"--daily-cost-limit"_s, u"1.5"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray ids = r.json().value(u"keyIds"_s).toArray();
    const QJsonArray keys = r.json().value(u"plaintextKeys"_s).toArray();
    QCOMPARE(ids.size(), 3);
    QCOMPARE(keys.size(), 3);
    for (int i = 0; i < 3; ++i) {
        m_plaintexts.append(keys.at(i).toString().toLatin1());
        const Hash h = hash(ids.at(i).toString().toLatin1(), Db314);
        QCOMPARE(h.value("name"), "batch_" + QByteArray::number(i + 1));
        QCOMPARE(h.value("dailyCostLimit"), "1.5"_ba);
    }
    QVERIFY(keys.at(0) != keys.at(1) && keys.at(1) != keys.at(2));
    // A count outside 2..500 is rejected before anything is read.
    const Run one = run(Db314, {u"batch-create"_s, u"--base-name"_s, u"x"_s, u"--count"_s, u"1"_s});
    QCOMPARE(one.exitCode, 6);
    QVERIFY2(one.err.contains(u"--count"_s), qPrintable(one.err));
}

void TestCliWrite::emptyDatabaseFollowsRelease()
{
    const QByteArray old = createKey(DbEmpty, {u"--name"_s, u"old"_s, u"--release"_s, u"1.1.235"_s});
    QVERIFY(!old.isEmpty());
    QVERIFY(!hash(old, DbEmpty).contains("serviceRates"));
    m_server.command({"FLUSHDB"}, DbEmpty);
    const QByteArray fresh = createKey(DbEmpty, {u"--name"_s, u"new"_s});
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(hash(fresh, DbEmpty).value("serviceRates"), "{}"_ba);
    QCOMPARE(run(DbEmpty, {u"create"_s, u"--name"_s, u"x"_s, u"--release"_s, u"2.0"_s}).exitCode, 2);
}

void TestCliWrite::updateChangesExactlyTheGivenFields()
{
    const Hash before = hash(k01Id, Db314);
    QVERIFY(!before.isEmpty());
    const Run r = run(Db314,
                      {u"update"_s, u"k01-full-options"_s, u"--daily-cost-limit"_s, u"3.25"_s, u"--tag"_s,
                       u"renamed"_s, u"--name"_s, u"k01-renamed"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Hash after = hash(k01Id, Db314);
    QCOMPARE(after.value("dailyCostLimit"), "3.25"_ba);
    QCOMPARE(after.value("tags"), R"(["renamed"])"_ba);
    QCOMPARE(after.value("name"), "k01-renamed"_ba);
    QVERIFY(after.value("updatedAt") != before.value("updatedAt"));
    Hash expected = before;
    for (const char* f : {"dailyCostLimit", "tags", "name", "updatedAt"})
        expected.insert(f, after.value(f));
    QCOMPARE(after, expected);
    // Owner back to the admin; an unknown owner is "not found" and changes nothing.
    QCOMPARE(run(Db314, {u"update"_s, u"k01-renamed"_s, u"--owner"_s, u"nobody-here"_s}).exitCode, 1);
    QCOMPARE(hash(k01Id, Db314), after);
    QCOMPARE(run(Db314, {u"update"_s, u"k01-renamed"_s, u"--owner"_s, u"admin"_s}).exitCode, 0);
    QCOMPARE(hash(k01Id, Db314).value("createdBy"), "admin"_ba);
    QCOMPARE(hash(k01Id, Db314).value("userId"), ""_ba);
}

void TestCliWrite::enableAndDisable()
{
    const QByteArray a = createKey(Db314, {u"--name"_s, u"toggle a"_s});
    const QByteArray b = createKey(Db314, {u"--name"_s, u"toggle b"_s});
    Run r = run(Db314, {u"disable"_s, u"toggle a"_s, QString::fromLatin1(b)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(hash(a, Db314).value("isActive"), "false"_ba);
    QCOMPARE(hash(b, Db314).value("isActive"), "false"_ba);
    r = run(Db314, {u"--json"_s, u"enable"_s, QString::fromLatin1(a)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(hash(a, Db314).value("isActive"), "true"_ba);
    QCOMPARE(hash(b, Db314).value("isActive"), "false"_ba);
    QCOMPARE(run(Db314, {u"enable"_s, u"no-such-key"_s}).exitCode, 1);
}

void TestCliWrite::setExpiryRenewAndActivate()
{
    const QByteArray id = createKey(Db314, {u"--name"_s, u"expiry"_s});
    Run r =
        run(Db314, {u"set-expiry"_s, QString::fromLatin1(id), u"--expires-at"_s, u"2027-01-01T00:00:00Z"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(hash(id, Db314).value("expiresAt"), "2027-01-01T00:00:00.000Z"_ba);
    r = run(Db314, {u"renew"_s, QString::fromLatin1(id), u"--by"_s, u"30d"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(hash(id, Db314).value("expiresAt"), "2027-01-31T00:00:00.000Z"_ba);
    r = run(Db314, {u"set-expiry"_s, QString::fromLatin1(id), u"--never-expires"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(hash(id, Db314).value("expiresAt"), ""_ba);
    QCOMPARE(run(Db314, {u"set-expiry"_s, QString::fromLatin1(id)}).exitCode, 2);

    // Activation counts in the key's own unit: 12 hours, not 12 days (the service's B10).
    const QByteArray waiting = createKey(Db314, {u"--name"_s, u"waiting"_s, u"--activation"_s, u"12h"_s});
    r = run(Db314, {u"activate"_s, QString::fromLatin1(waiting)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Hash h = hash(waiting, Db314);
    QCOMPARE(h.value("isActivated"), "true"_ba);
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(h.value("activatedAt")), Qt::ISODateWithMs);
    const QDateTime until =
        QDateTime::fromString(QString::fromLatin1(h.value("expiresAt")), Qt::ISODateWithMs);
    QCOMPARE(at.secsTo(until), 12 * 3600);
    // A second activation is refused and changes nothing.
    QCOMPARE(run(Db314, {u"activate"_s, QString::fromLatin1(waiting)}).exitCode, 4);
    QCOMPARE(hash(waiting, Db314), h);
}

void TestCliWrite::regenerateRetiresTheOldKey()
{
    QByteArray oldKey;
    const QByteArray id = createKey(Db314, {u"--name"_s, u"regen"_s}, &oldKey);
    const Run r = run(Db314, {u"--json"_s, u"regenerate"_s, u"regen"_s});
    QCOMPARE(r.exitCode, 0);
    const QByteArray newKey = r.json().value(u"plaintextKeys"_s).toArray().at(0).toString().toLatin1();
    m_plaintexts.append(newKey);
    QVERIFY(newKey.startsWith("cr_") && newKey != oldKey);
    QCOMPARE(run(Db314, {u"lookup"_s}, oldKey).exitCode, 1);
    const Run found = run(Db314, {u"--json"_s, u"lookup"_s}, newKey);
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(found.json().value(u"id"_s).toString().toLatin1(), id);
}

void TestCliWrite::deleteRestoreAndPurge()
{
    const QByteArray id = createKey(DbTrash, {u"--name"_s, u"doomed"_s});
    const QByteArray usage = "usage:" + id;
    const QByteArray daily = "usage:cost:daily:" + id + ":2026-02-02";
    m_server.command({"HSET", usage, "totalTokens", "5"}, DbTrash);
    m_server.command({"SET", daily, "0.5"}, DbTrash);
    QCOMPARE(run(DbTrash, {u"delete"_s, u"doomed"_s}).exitCode, 0);
    QCOMPARE(hash(id, DbTrash).value("isDeleted"), "true"_ba);
    QCOMPARE(hash(id, DbTrash).value("deletedBy"), "tester"_ba);
    QCOMPARE(run(DbTrash, {u"restore"_s, QString::fromLatin1(id)}).exitCode, 0);
    QVERIFY(!hash(id, DbTrash).contains("isDeleted"));
    QCOMPARE(hash(id, DbTrash).value("restoredBy"), "tester"_ba);
    // A live key is never purged.
    QCOMPARE(run(DbTrash, {u"purge"_s, u"--yes"_s, QString::fromLatin1(id)}).exitCode, 4);
    QCOMPARE(run(DbTrash, {u"delete"_s, QString::fromLatin1(id)}).exitCode, 0);
    // No terminal and no --yes: refused, nothing removed, but the preview says what would go.
    Run r = run(DbTrash, {u"purge"_s, QString::fromLatin1(id)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains("doomed"), r.out.constData());
    QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
    QCOMPARE(m_server.command({"EXISTS", "apikey:" + id, usage, daily}, DbTrash), "3"_ba);
    r = run(DbTrash, {u"purge"_s, u"--yes"_s, QString::fromLatin1(id)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_server.command({"EXISTS", "apikey:" + id, usage, daily}, DbTrash), "0"_ba);
    QCOMPARE(m_server.command({"ZSCORE", "cost_rank:all", id}, DbTrash), "(nil)"_ba);
}

void TestCliWrite::clearTrashPurgesOnlyTheTrash()
{
    const QByteArray a = createKey(DbTrash, {u"--name"_s, u"trash a"_s});
    const QByteArray b = createKey(DbTrash, {u"--name"_s, u"trash b"_s});
    const QByteArray keep = createKey(DbTrash, {u"--name"_s, u"keeper"_s});
    QCOMPARE(run(DbTrash, {u"delete"_s, QString::fromLatin1(a), QString::fromLatin1(b)}).exitCode, 0);
    QCOMPARE(run(DbTrash, {u"clear-trash"_s}).exitCode, 2); // no terminal, no --yes
    QCOMPARE(m_server.command({"EXISTS", "apikey:" + a, "apikey:" + b}, DbTrash), "2"_ba);
    const Run r = run(DbTrash, {u"clear-trash"_s, u"--yes"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_server.command({"EXISTS", "apikey:" + a, "apikey:" + b}, DbTrash), "0"_ba);
    QCOMPARE(hash(keep, DbTrash).value("name"), "keeper"_ba);
    const Run again = run(DbTrash, {u"clear-trash"_s});
    QCOMPARE(again.exitCode, 0); // empty: nothing to confirm
}

void TestCliWrite::tagRenameAndDelete()
{
    const QByteArray a =
        createKey(DbTrash, {u"--name"_s, u"tagged a"_s, u"--tag"_s, u"old"_s, u"--tag"_s, u"x"_s});
    const QByteArray b = createKey(DbTrash, {u"--name"_s, u"tagged b"_s, u"--tag"_s, u"old"_s});
    Run r = run(DbTrash, {u"tag-rename"_s, u"old"_s, u"fresh"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(hash(a, DbTrash).value("tags"), R"(["fresh","x"])"_ba);
    QCOMPARE(hash(b, DbTrash).value("tags"), R"(["fresh"])"_ba);
    QCOMPARE(run(DbTrash, {u"tag-delete"_s, u"fresh"_s}).exitCode, 2);
    QCOMPARE(hash(b, DbTrash).value("tags"), R"(["fresh"])"_ba);
    r = run(DbTrash, {u"tag-delete"_s, u"fresh"_s, u"--yes"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(hash(a, DbTrash).value("tags"), R"(["x"])"_ba);
    QCOMPARE(hash(b, DbTrash).value("tags"), "[]"_ba);
    QCOMPARE(run(DbTrash, {u"tag-delete"_s, u"fresh"_s, u"--yes"_s}).exitCode, 1);
    QCOMPARE(run(DbTrash, {u"tag-rename"_s, u"x"_s, u" "_s}).exitCode, 6);
}

void TestCliWrite::doctorFixRepairsTheFindings()
{
    Run r = run(Db235, {u"doctor"_s, u"--fix"_s});
    QCOMPARE(r.exitCode, 2); // no terminal, no --yes
    QCOMPARE(m_server.command({"HGET", "apikey:" + k13Id, "permissions"}, Db235), "claude,gemini"_ba);
    QVERIFY2(r.out.contains("HSET"), r.out.constData()); // the preview shows the repairs
    r = run(Db235, {u"doctor"_s, u"--fix"_s, u"--yes"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
    QCOMPARE(m_server.command({"HGET", "apikey:" + k13Id, "permissions"}, Db235),
             R"(["claude","gemini"])"_ba);
    // A second check finds nothing that a repair could fix.
    r = run(Db235, {u"--json"_s, u"doctor"_s});
    for (const QJsonValue& f : r.json().value(u"findings"_s).toArray())
        QVERIFY2(f.toObject().value(u"repair"_s).toArray().isEmpty(),
                 qPrintable(f.toObject().value(u"kind"_s).toString()));
    QVERIFY2(r.exitCode == 0 || r.exitCode == 5, r.out.constData());
}

void TestCliWrite::readOnlyRefusesEveryWrite_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("create") << QStringList {u"create"_s, u"--name"_s, u"x"_s};
    QTest::newRow("batch-create") << QStringList {u"batch-create"_s, u"--base-name"_s, u"x"_s, u"--count"_s,
                                                  u"2"_s};
    QTest::newRow("update") << QStringList {u"update"_s, u"k02-defaults"_s, u"--name"_s, u"y"_s};
    QTest::newRow("enable") << QStringList {u"enable"_s, u"k07-disabled"_s};
    QTest::newRow("disable") << QStringList {u"disable"_s, u"k02-defaults"_s};
    QTest::newRow("set-expiry") << QStringList {u"set-expiry"_s, u"k02-defaults"_s, u"--never-expires"_s};
    QTest::newRow("activate") << QStringList {u"activate"_s, u"k03-activation-30-days"_s};
    QTest::newRow("renew") << QStringList {u"renew"_s, u"k02-defaults"_s, u"--by"_s, u"1d"_s};
    QTest::newRow("regenerate") << QStringList {u"regenerate"_s, u"k02-defaults"_s};
    QTest::newRow("delete") << QStringList {u"delete"_s, u"k02-defaults"_s};
    QTest::newRow("restore") << QStringList {u"restore"_s, u"k10-soft-deleted"_s};
    QTest::newRow("purge") << QStringList {u"purge"_s, u"--yes"_s, u"k10-soft-deleted"_s};
    QTest::newRow("clear-trash") << QStringList {u"clear-trash"_s, u"--yes"_s};
    QTest::newRow("tag-rename") << QStringList {u"tag-rename"_s, u"a"_s, u"b"_s};
    QTest::newRow("tag-delete") << QStringList {u"tag-delete"_s, u"a"_s, u"--yes"_s};
    QTest::newRow("doctor --fix") << QStringList {u"doctor"_s, u"--fix"_s, u"--yes"_s};
}

void TestCliWrite::readOnlyRefusesEveryWrite()
{
    QFETCH(QStringList, args);
    const QByteArray size = m_server.command({"DBSIZE"}, DbReadOnly);
    const QByteArray before = digest(DbReadOnly);
    const Run r = run(DbReadOnly, QStringList {u"--read-only"_s} + args);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"--read-only"_s), qPrintable(r.err));
    QVERIFY(!r.out.contains("cr_"));
    QCOMPARE(m_server.command({"DBSIZE"}, DbReadOnly), size);
    QCOMPARE(digest(DbReadOnly), before);
    // Reading still works under --read-only, and plain doctor is not a write.
    QCOMPARE(run(DbReadOnly, {u"--read-only"_s, u"show"_s, u"k02-defaults"_s}).exitCode, 0);
}

void TestCliWrite::validationErrorsNameTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");
    QTest::newRow("empty name") << QStringList {u"create"_s, u"--name"_s, u""_s} << u"--name"_s;
    QTest::newRow("negative concurrency")
        << QStringList {u"create"_s, u"--name"_s, u"x"_s, u"--concurrency-limit=-1"_s}
        << u"--concurrency-limit"_s;
    QTest::newRow("zero window") << QStringList {u"create"_s, u"--name"_s, u"x"_s, u"--rate-limit-window"_s,
                                                 u"0"_s}
                                 << u"--rate-limit-window"_s;
    QTest::newRow("bad permission") << QStringList {u"create"_s, u"--name"_s, u"x"_s, u"--permission"_s,
                                                    u"everything"_s}
                                    << u"--permission"_s;
    QTest::newRow("activation zero") << QStringList {u"create"_s, u"--name"_s, u"x"_s, u"--activation"_s,
                                                     u"0d"_s}
                                     << u"--activation"_s;
    QTest::newRow("update negative cost")
        << QStringList {u"update"_s, u"k02-defaults"_s, u"--daily-cost-limit=-3"_s}
        << u"--daily-cost-limit"_s;
}

void TestCliWrite::validationErrorsNameTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    const QByteArray before = digest(DbReadOnly);
    const Run r = run(DbReadOnly, args);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(option + u": "_s), qPrintable(r.err));
    QCOMPARE(digest(DbReadOnly), before);
}

void TestCliWrite::badArgumentsFailBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("concurrency abc") << QStringList {u"create"_s, u"--name"_s, u"x"_s,
                                                     u"--concurrency-limit"_s, u"abc"_s};
    QTest::newRow("expires-in 3x") << QStringList {u"create"_s, u"--name"_s, u"x"_s, u"--expires-in"_s,
                                                   u"3x"_s};
    QTest::newRow("cost 1,5") << QStringList {u"create"_s, u"--name"_s, u"x"_s, u"--daily-cost-limit"_s,
                                              u"1,5"_s};
    QTest::newRow("create without name") << QStringList {u"create"_s};
    QTest::newRow("update without fields") << QStringList {u"update"_s, u"k02-defaults"_s};
    QTest::newRow("two expiries") << QStringList {u"set-expiry"_s, u"k"_s, u"--never-expires"_s,
                                                  u"--expires-in"_s, u"1d"_s};
    QTest::newRow("field option on enable") << QStringList {u"enable"_s, u"k"_s, u"--name"_s, u"x"_s};
    QTest::newRow("renew without --by") << QStringList {u"renew"_s, u"k"_s};
    QTest::newRow("tag-rename one arg") << QStringList {u"tag-rename"_s, u"a"_s};
    QTest::newRow("activation 5m") << QStringList {u"create"_s, u"--name"_s, u"x"_s, u"--activation"_s,
                                                   u"5m"_s};
}

void TestCliWrite::badArgumentsFailBeforeConnecting()
{
    QFETCH(QStringList, args);
    // A port where nothing listens: a usage error must come first (2, not 3).
    QProcess p;
    p.start(qEnvironmentVariable("RKA_CLI"),
            QStringList {u"--port"_s, QString::number(RedisServer::freePort()), u"--audit-log"_s, m_audit} +
                args);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().isEmpty());
}

void TestCliWrite::auditLogHasEveryWriteAndNoSecret()
{
    // A fresh log for a known sequence: one line per write, with the operator.
    const QString before = m_audit;
    m_audit = m_dir.filePath(u"sequence.log"_s);
    const QByteArray id = createKey(Db314, {u"--name"_s, u"audited"_s});
    QCOMPARE(run(Db314, {u"update"_s, u"audited"_s, u"--token-limit"_s, u"5"_s}).exitCode, 0);
    QCOMPARE(run(Db314, {u"disable"_s, u"audited"_s}).exitCode, 0);
    const Run regen = run(Db314, {u"regenerate"_s, u"audited"_s});
    QCOMPARE(regen.exitCode, 0);
    m_plaintexts.append(regen.out.mid(regen.out.indexOf("cr_"), 67));
    QFile f(m_audit);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QStringList operations;
    for (const QByteArray& line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"operator"_s).toString(), u"tester"_s);
        QCOMPARE(o.value(u"profile"_s).toString(), u"cli"_s);
        QCOMPARE(o.value(u"keyId"_s).toString().toLatin1(), id);
        operations << o.value(u"operation"_s).toString();
    }
    QCOMPARE(operations, (QStringList {u"create"_s, u"update"_s, u"disable"_s, u"regenerate"_s}));
    m_audit = before;

    // No plaintext key and no ENCRYPTION_KEY in any audit log or on standard error, in this whole run.
    QVERIFY(m_plaintexts.size() > 10);
    QByteArray logs;
    for (const QString& name : {u"audit.log"_s, u"sequence.log"_s}) {
        QFile log(m_dir.filePath(name));
        QVERIFY(log.open(QIODevice::ReadOnly));
        logs += log.readAll();
    }
    QVERIFY(logs.contains("\"operator\":\"tester\""));
    for (const QByteArray& key : std::as_const(m_plaintexts)) {
        QVERIFY(key.startsWith("cr_") && key.size() == 67);
        QVERIFY2(!logs.contains(key.mid(3)), key.constData());
        QVERIFY2(!m_allErr.contains(QString::fromLatin1(key.mid(3))), key.constData());
    }
    QVERIFY(!logs.contains(Fixtures::encryptionKey()));
    QVERIFY(!m_allErr.contains(QString::fromLatin1(Fixtures::encryptionKey())));
}

QTEST_GUILESS_MAIN(TestCliWrite)
#include "tst_cliwrite.moc"
