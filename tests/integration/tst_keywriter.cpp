// KeyWriter's safety: conflicts between two editors, a live service that rewrites the whole hash
// right after our write, rejected writes that change nothing, deleted keys that cannot be edited,
// read-only refusals, batch create and batch edit of 50 keys, the audit log, and no secret in any
// file the program wrote.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "relay/ApiKeyCodec.h"
#include "relay/KeyHash.h"
#include "relay/KeyWriter.h"
#include "support/AuditLog.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::relay;
using namespace rka::test;

class TestKeyWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void secondEditorGetsAConflictNamingTheField();
    void otherWritersFieldsAreKept();
    void serviceRewriteAfterOurWriteIsReportedAsReverted();
    void rejectedWritesChangeNothing_data();
    void rejectedWritesChangeNothing();
    void deletedKeysAreNotEdited();
    void readOnlyRefusesEveryOperation();
    void unknownLayoutIsRefused();
    void batchCreateAndBatchEditFiftyKeys();
    void activationCountsInTheKeysUnit();
    void auditLogHasEveryOperationAndNoSecretAnywhere();

private:
    WriteResult run(const std::function<void(KeyWriter&, KeyWriter::Callback)>& op, bool readOnly = false,
                    WriteTarget* customTarget = nullptr);
    QByteArray createKey(const QString& name);
    ApiKey stored(const QByteArray& id);
    QByteArray digest();

    RedisServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<support::AuditLog> m_audit;
    QList<QByteArray> m_plaintexts; // every plaintext key the writer returned
};

void TestKeyWriter::initTestCase()
{
    QVERIFY(m_server.start());
    m_audit = std::make_unique<support::AuditLog>(m_dir.filePath(u"audit.log"_s));
}

void TestKeyWriter::init()
{
    m_server.command({"FLUSHDB"});
}

WriteResult TestKeyWriter::run(const std::function<void(KeyWriter&, KeyWriter::Callback)>& op, bool readOnly,
                               WriteTarget* customTarget)
{
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.readOnly = readOnly;
    if (!openAndWait(c, s))
        return WriteResult::failure(WriteStatus::Failed, c.lastError().message);
    WriteTarget t;
    t.model = DataModel::Release1_1_235;
    t.service.encryptionKey = Fixtures::encryptionKey();
    t.operatorName = u"tester"_s;
    t.profile = u"test-profile"_s;
    t.audit = m_audit.get();
    t.readBackDelayMs = 0;
    if (customTarget) {
        t.model = customTarget->model;
        t.writable = customTarget->writable;
        t.readOnlyReason = customTarget->readOnlyReason;
        t.readBackDelayMs = customTarget->readBackDelayMs;
    }
    KeyWriter writer(c, t);
    std::optional<WriteResult> result;
    op(writer, [&result](const WriteResult& r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    if (result)
        m_plaintexts += result->plaintextKeys;
    return result.value_or(WriteResult::failure(WriteStatus::Failed, u"timeout"_s));
}

QByteArray TestKeyWriter::createKey(const QString& name)
{
    ApiKey settings;
    settings.setName(name);
    const WriteResult r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.create(settings, cb); });
    return r.ok() ? r.keyIds.first() : QByteArray();
}

ApiKey TestKeyWriter::stored(const QByteArray& id)
{
    const QList<QByteArray> flat = m_server.commandList({"HGETALL", "apikey:" + id});
    RawHash h;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        h.append({flat.at(i), flat.at(i + 1)});
    return ApiKey(h);
}

QByteArray TestKeyWriter::digest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<QByteArray> keys = m_server.commandList({"KEYS", "*"});
    std::sort(keys.begin(), keys.end());
    for (const QByteArray& k : keys) {
        hash.addData(k);
        hash.addData(m_server.command({"DUMP", k}));
    }
    return hash.result().toHex();
}

void TestKeyWriter::secondEditorGetsAConflictNamingTheField()
{
    const QByteArray id = createKey(u"shared"_s);
    QVERIFY(!id.isEmpty());
    const ApiKey base = stored(id); // both editors open the key now
    ApiKey first = base;
    first.setRaw(ApiKeyField::DailyCostLimit, "5");
    ApiKey second = base;
    second.setRaw(ApiKeyField::DailyCostLimit, "9");
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.update(id, base, first, false, cb); }).ok());
    const WriteResult r =
        run([&](KeyWriter& w, KeyWriter::Callback cb) { w.update(id, base, second, false, cb); });
    QCOMPARE(r.status, WriteStatus::Conflict);
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.first().field, "dailyCostLimit"_ba);
    QCOMPARE(r.conflicts.first().theirs.value_or(""), "5"_ba);
    QCOMPARE(r.conflicts.first().mine.value_or(""), "9"_ba);
    QVERIFY(r.message.contains(u"dailyCostLimit"_s));
    QCOMPARE(m_server.command({"HGET", "apikey:" + id, "dailyCostLimit"}), "5"_ba);
    // The user chooses to keep theirs... or mine.
    const WriteResult forced =
        run([&](KeyWriter& w, KeyWriter::Callback cb) { w.update(id, base, second, true, cb); });
    QVERIFY2(forced.ok(), qPrintable(forced.message));
    QCOMPARE(m_server.command({"HGET", "apikey:" + id, "dailyCostLimit"}), "9"_ba);
}

void TestKeyWriter::otherWritersFieldsAreKept()
{
    const QByteArray id = createKey(u"merge"_s);
    const ApiKey base = stored(id);
    // The service records a request meanwhile.
    m_server.command({"HSET", "apikey:" + id, "lastUsedAt", "2026-02-02T10:00:00.000Z"});
    ApiKey edited = base;
    edited.setDescription(u"new description"_s);
    const WriteResult r =
        run([&](KeyWriter& w, KeyWriter::Callback cb) { w.update(id, base, edited, false, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    const ApiKey after = stored(id);
    QCOMPARE(after.description(), u"new description"_s);
    QCOMPARE(after.text(ApiKeyField::LastUsedAt),
             u"2026-02-02T10:00:00.000Z"_s); // not overwritten with stale ""
    // Exactly description and updatedAt changed.
    const FieldChanges changes = ApiKeyCodec::changedFields(base, after);
    QStringList names;
    for (const auto& [f, v] : changes.set)
        names << QString::fromUtf8(f);
    names.sort();
    QCOMPARE(names, (QStringList {u"description"_s, u"lastUsedAt"_s, u"updatedAt"_s}));
}

void TestKeyWriter::serviceRewriteAfterOurWriteIsReportedAsReverted()
{
    const QByteArray id = createKey(u"busy key"_s);
    // A request in flight read the whole hash before our write...
    const QList<QByteArray> stale = m_server.commandList({"HGETALL", "apikey:" + id});
    WriteTarget t;
    t.model = DataModel::Release1_1_235;
    t.readBackDelayMs = 400;
    QTimer::singleShot(150, this, [&] {
        // ... and writes it back, with a new lastUsedAt, after our write (section 16 item 1).
        QList<QByteArray> hset {"HSET", "apikey:" + id};
        hset += stale;
        hset << "lastUsedAt"
             << "2026-02-02T10:00:01.000Z";
        m_server.command(hset);
    });
    const WriteResult r =
        run([&](KeyWriter& w, KeyWriter::Callback cb) { w.setActive({id}, false, cb); }, false, &t);
    QCOMPARE(r.status, WriteStatus::Reverted);
    QVERIFY(r.revertedFields.contains("apikey:" + id + " isActive"));
    QVERIFY(r.message.contains(u"changed it back"_s));
    QCOMPARE(m_server.command({"HGET", "apikey:" + id, "isActive"}), "true"_ba);
    const QList<support::AuditEntry> entries = m_audit->read(u"test-profile"_s);
    QCOMPARE(entries.last().result, u"reverted"_s);
}

void TestKeyWriter::rejectedWritesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << "name"_ba
                                << ""_ba << u"API Key name cannot be empty"_s;
    QTest::newRow("negative concurrency") << "concurrencyLimit"_ba
                                          << "-1"_ba << u"non-negative integer"_s;
    QTest::newRow("fractional token limit") << "tokenLimit"_ba
                                            << "2.5"_ba << u"Token limit"_s;
    QTest::newRow("negative daily cost") << "dailyCostLimit"_ba
                                         << "-3"_ba << u"Daily cost limit"_s;
    QTest::newRow("unknown permission") << "permissions"_ba
                                        << R"(["claude","mars"])"_ba << u"mars"_s;
    QTest::newRow("unknown client") << "allowedClients"_ba
                                    << R"(["curl"])"_ba << u"curl"_s;
    QTest::newRow("blank tag") << "tags"_ba
                               << R"(["ok","  "])"_ba << u"tag"_s;
    QTest::newRow("bad expiry") << "expiresAt"_ba
                                << "next tuesday"_ba << u"expiration date"_s;
    QTest::newRow("icon that is no image") << "icon"_ba
                                           << "hello"_ba << u"data:image"_s;
    QTest::newRow("binding with a colon") << "claudeAccountId"_ba
                                          << "acc:1"_ba << u"acc:1"_s;
}

void TestKeyWriter::rejectedWritesChangeNothing()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);
    const QByteArray id = createKey(u"validated"_s);
    const QByteArray before = digest();
    const ApiKey base = stored(id);
    ApiKey edited = base;
    edited.setRaw(field, value);
    const WriteResult r =
        run([&](KeyWriter& w, KeyWriter::Callback cb) { w.update(id, base, edited, false, cb); });
    QCOMPARE(r.status, WriteStatus::Rejected);
    QStringList messages;
    for (const ValidationIssue& i : r.issues)
        if (!i.warning)
            messages << i.message;
    QVERIFY2(messages.join(u' ').contains(message), qPrintable(messages.join(u" | "_s)));
    QCOMPARE(digest(), before);
    // The same value on create is refused too, and no key appears.
    ApiKey settings;
    settings.setName(u"new"_s);
    if (field != "name")
        settings.setRaw(field, value);
    else
        settings.setName(QString());
    const WriteResult c = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.create(settings, cb); });
    QCOMPARE(c.status, WriteStatus::Rejected);
    QCOMPARE(digest(), before);
}

void TestKeyWriter::deletedKeysAreNotEdited()
{
    const QByteArray id = createKey(u"trashed"_s);
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.softDelete({id}, cb); }).ok());
    const QByteArray before = digest();
    // Enabling a deleted key would revive it (section 16 item 2): refused.
    WriteResult r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.setActive({id}, true, cb); });
    QCOMPARE(r.status, WriteStatus::Refused);
    QVERIFY(r.message.contains(u"restore it"_s));
    r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.regenerate(id, cb); });
    QCOMPARE(r.status, WriteStatus::Refused);
    r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.setExpiry(id, std::nullopt, true, cb); });
    QCOMPARE(r.status, WriteStatus::Refused);
    QCOMPARE(digest(), before);
}

void TestKeyWriter::readOnlyRefusesEveryOperation()
{
    const QByteArray id = createKey(u"protected"_s);
    const QByteArray before = digest();
    m_server.command({"CONFIG", "RESETSTAT"});
    ApiKey settings;
    settings.setName(u"x"_s);
    const QList<std::function<void(KeyWriter&, KeyWriter::Callback)>> ops = {
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.create(settings, cb); },
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.createBatch(settings, u"b"_s, 3, cb); },
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.setActive({id}, false, cb); },
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.renew(id, 3600, cb); },
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.regenerate(id, cb); },
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.softDelete({id}, cb); },
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.purge({id}, cb); },
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.clearTrash(cb); },
        [&](KeyWriter& w, KeyWriter::Callback cb) { w.deleteTag(u"x"_s, cb); },
    };
    for (const auto& op : ops) {
        const WriteResult r = run(op, true);
        QCOMPARE(r.status, WriteStatus::Refused);
    }
    QCOMPARE(digest(), before);
    const QByteArray stats = m_server.command({"INFO", "commandstats"});
    for (const char* write : {"cmdstat_hset", "cmdstat_del", "cmdstat_exec", "cmdstat_multi", "cmdstat_zadd"})
        QVERIFY2(!stats.contains(write), write);
}

void TestKeyWriter::unknownLayoutIsRefused()
{
    const QByteArray id = createKey(u"layout"_s);
    WriteTarget t;
    t.writable = false;
    t.readOnlyReason = u"apikey:index:version holds \"7\"; only version 2 is known."_s;
    t.readBackDelayMs = 0;
    const WriteResult r =
        run([&](KeyWriter& w, KeyWriter::Callback cb) { w.setActive({id}, false, cb); }, false, &t);
    QCOMPARE(r.status, WriteStatus::Refused);
    QVERIFY(r.message.contains(u"only version 2 is known"_s));
    QCOMPARE(m_server.command({"HGET", "apikey:" + id, "isActive"}), "true"_ba);
}

void TestKeyWriter::batchCreateAndBatchEditFiftyKeys()
{
    ApiKey settings;
    settings.setTags({u"batch"_s});
    settings.setRaw(ApiKeyField::DailyCostLimit, "2.5");
    WriteResult r =
        run([&](KeyWriter& w, KeyWriter::Callback cb) { w.createBatch(settings, u"team"_s, 50, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.keyIds.size(), 50);
    QCOMPARE(r.plaintextKeys.size(), 50);
    QCOMPARE(QSet<QByteArray>(r.plaintextKeys.begin(), r.plaintextKeys.end()).size(), 50);
    QCOMPARE(m_server.command({"HLEN", "apikey:hash_map"}), "50"_ba);
    for (int i = 0; i < 50; ++i) {
        const ApiKey k = stored(r.keyIds.at(i));
        QCOMPARE(k.name(), u"team_"_s + QString::number(i + 1));
        QCOMPARE(k.raw(ApiKeyField::DailyCostLimit).value_or(""), "2.5"_ba);
        QCOMPARE(k.keyHash(), storedKeyHash(r.plaintextKeys.at(i), Fixtures::encryptionKey()));
    }
    const QList<QByteArray> ids = r.keyIds;
    QHash<QByteArray, ApiKey> before;
    for (const QByteArray& id : ids)
        before.insert(id, stored(id));
    BatchEdit edit;
    edit.tagOperation = BatchEdit::TagOperation::Add;
    edit.tags = {u"reviewed"_s};
    r = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.batchEdit(ids, edit, cb); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.changedKeys, 50);
    for (const QByteArray& id : ids) {
        const FieldChanges changes = ApiKeyCodec::changedFields(before.value(id), stored(id));
        QCOMPARE(changes.set.size(), 2); // tags and updatedAt, nothing else
        QCOMPARE(changes.set.at(0).first + changes.set.at(1).first, "tagsupdatedAt"_ba);
        QCOMPARE(stored(id).raw(ApiKeyField::Tags).value_or(""), R"(["batch","reviewed"])"_ba);
        QVERIFY(changes.removed.isEmpty());
    }
}

void TestKeyWriter::activationCountsInTheKeysUnit()
{
    ApiKey settings;
    settings.setName(u"twelve hours"_s);
    settings.setRaw(ApiKeyField::ExpirationMode, "activation");
    settings.setRaw(ApiKeyField::ActivationDays, "12");
    settings.setRaw(ApiKeyField::ActivationUnit, "hours");
    const WriteResult c = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.create(settings, cb); });
    QVERIFY2(c.ok(), qPrintable(c.message));
    const QByteArray id = c.keyIds.first();
    QCOMPARE(stored(id).raw(ApiKeyField::IsActivated).value_or(""), "false"_ba);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.activate(id, cb); }).ok());
    const ApiKey k = stored(id);
    const qint64 seconds =
        k.serviceDate(ApiKeyField::ActivatedAt)->secsTo(*k.serviceDate(ApiKeyField::ExpiresAt));
    QCOMPARE(seconds, 12 * 3600); // the service's "activate now" would give 12 days (B10)
    QVERIFY(*k.serviceDate(ApiKeyField::ActivatedAt) >= before.addSecs(-1));
    // A second activation is refused.
    QCOMPARE(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.activate(id, cb); }).status,
             WriteStatus::Refused);
}

void TestKeyWriter::auditLogHasEveryOperationAndNoSecretAnywhere()
{
    QTemporaryDir dir;
    m_audit = std::make_unique<support::AuditLog>(dir.filePath(u"audit.log"_s));
    ApiKey settings;
    settings.setName(u"audited"_s);
    settings.setTags({u"old"_s});
    const WriteResult created = run([&](KeyWriter& w, KeyWriter::Callback cb) { w.create(settings, cb); });
    const QByteArray id = created.keyIds.first();
    QVERIFY(
        run([&](KeyWriter& w, KeyWriter::Callback cb) { w.createBatch(settings, u"many"_s, 2, cb); }).ok());
    const ApiKey base = stored(id);
    ApiKey edited = base;
    edited.setDescription(u"changed"_s);
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.update(id, base, edited, false, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.setActive({id}, false, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.setActive({id}, true, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) {
                w.setExpiry(id, QDateTime::currentDateTimeUtc().addDays(3), false, cb);
            }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.renew(id, 86400, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.regenerate(id, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.renameTag(u"old"_s, u"new"_s, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.deleteTag(u"new"_s, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.softDelete({id}, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.restore({id}, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.softDelete({id}, cb); }).ok());
    QVERIFY(run([&](KeyWriter& w, KeyWriter::Callback cb) { w.purge({id}, cb); }).ok());

    QStringList operations;
    for (const support::AuditEntry& e : m_audit->read(u"test-profile"_s)) {
        QCOMPARE(e.operatorName, u"tester"_s);
        QCOMPARE(e.result, u"ok"_s);
        if (e.keyId == QString::fromLatin1(id))
            operations << e.operation;
    }
    QCOMPARE(operations,
             (QStringList {u"create"_s, u"update"_s, u"disable"_s, u"enable"_s, u"set-expiry"_s, u"renew"_s,
                           u"regenerate"_s, u"tag-rename"_s, u"tag-delete"_s, u"delete"_s, u"restore"_s,
                           u"delete"_s, u"purge"_s}));
    // The update entry says what changed, before and after.
    for (const support::AuditEntry& e : m_audit->read())
        if (e.operation == u"update"_s) {
            QCOMPARE(e.before.value(u"description"_s).toString(), QString());
            QCOMPARE(e.after.value(u"description"_s).toString(), u"changed"_s);
        }
    // No plaintext key, no key hash, no ENCRYPTION_KEY in any file written: the audit log included.
    QVERIFY(m_plaintexts.size() >= 4);
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        QVERIFY(!content.contains(Fixtures::encryptionKey()));
        for (const QByteArray& plain : std::as_const(m_plaintexts)) {
            QVERIFY(!content.contains(plain));
            QVERIFY(!content.contains(plain.mid(3))); // not even without the prefix
            QVERIFY(!content.contains(storedKeyHash(plain, Fixtures::encryptionKey())));
        }
        QCOMPARE(QFile::permissions(f.fileName()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }
    QCOMPARE(files, 1);
}

QTEST_GUILESS_MAIN(TestKeyWriter)
#include "tst_keywriter.moc"
