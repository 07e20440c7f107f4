// A read-only profile cannot send a single write command, from any path: every write in the main
// window (also when its hidden actions are forced), the tag manager, the health check's repair, the
// writer and the connection themselves, and every write command of the CLI. A second connection runs
// MONITOR (CommandRecorder) and records every command the server executed; each test asserts that
// none of them is outside a list of read commands written down here, independently of the program's
// own CommandPolicy, and that the data did not change.

#include "CommandRecorder.h"
#include "Fixtures.h"
#include "RedisServer.h"
#include "RedisSnapshot.h"
#include "SyncRedis.h"

#include "HealthDialog.h"
#include "KeyEditorDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TagManagerDialog.h"
#include "TrashModel.h"

#include "relay/KeyAggregates.h"
#include "relay/KeyWriter.h"
#include "support/AuditLog.h"
#include "support/Clock.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::ui;
using namespace rka::test;

namespace {

// What a read-only client may send: connection set-up and reads. Written down here, not taken from
// the program's CommandPolicy. WATCH/UNWATCH change nothing; MULTI and EXEC are not in the list.
const QList<QByteArray> ReadCommands = {
    "AUTH",   "HELLO",   "SELECT",   "PING",      "ECHO",       "INFO",   "CLIENT",        "QUIT",
    "GET",    "MGET",    "STRLEN",   "EXISTS",    "TYPE",       "TTL",    "PTTL",          "DBSIZE",
    "HGET",   "HMGET",   "HGETALL",  "HLEN",      "HEXISTS",    "HKEYS",  "HVALS",         "HSCAN",
    "SCAN",   "SSCAN",   "SMEMBERS", "SISMEMBER", "SMISMEMBER", "SCARD",  "ZRANGE",        "ZREVRANGE",
    "ZSCORE", "ZMSCORE", "ZCARD",    "ZCOUNT",    "ZSCAN",      "ZRANK",  "ZRANGEBYSCORE", "ZREVRANGEBYSCORE",
    "LRANGE", "LLEN",    "LINDEX",   "TIME",      "WATCH",      "UNWATCH"};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recorderSeesWhatAWritableConnectionSends();
    void guiHidesAndRefusesEveryWrite();
    void tagManagerAndHealthRepairRefuse();
    void writerRefusesEveryOperation();
    void connectionRefusesEveryWriteCommand_data();
    void connectionRefusesEveryWriteCommand();
    void cliRefusesEveryWriteCommand_data();
    void cliRefusesEveryWriteCommand();
    void cliReadCommandsSendOnlyReads();

private:
    void open(MainWindow& w);
    QByteArray idOf(const QString& namePrefix) const;
    QByteArray digest();
    void selectInTrash(MainWindow& w, const QByteArray& id);
    // Everything the server executed since the last clear() is a read; the data is unchanged.
    void verifyNothingWritten(const QByteArray& digestBefore);
    CliRun cli(const QStringList& args);

    RedisServer m_server;
    CommandRecorder m_recorder;
    QJsonArray m_view;
    QTemporaryDir m_dir;
    QTimer m_boxCloser; // closes any message box nobody answered, so nothing blocks
    QStringList m_unexpectedBoxes;
};

void TestReadOnly::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    QVERIFY2(m_recorder.start(m_server.port()), qPrintable(m_recorder.errorString()));
    // The test's own hiredis client (seeding, digests) is not the subject.
    const QByteArray info = m_server.command({"CLIENT", "INFO"});
    const int at = info.indexOf("addr=");
    QVERIFY(at >= 0);
    m_recorder.ignoreClient(info.mid(at + 5, info.indexOf(' ', at) - at - 5));
    m_view = Fixtures::json(u"1.1.235"_s, u"view-getAllApiKeys-includeDeleted.json"_s).array();
    connect(&m_boxCloser, &QTimer::timeout, this, [this] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            m_unexpectedBoxes << box->text();
            box->reject();
        }
    });
    m_boxCloser.start(100);
}

void TestReadOnly::init()
{
    m_server.command({"FLUSHDB"});
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 0, &error),
             qPrintable(error));
    support::Clock::setInstance(std::make_shared<support::FixedClock>(Fixtures::viewInstant()));
    QVERIFY(m_recorder.sync());
    m_recorder.clear();
    m_unexpectedBoxes.clear();
}

void TestReadOnly::cleanup()
{
    support::Clock::setInstance(nullptr);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestReadOnly::open(MainWindow& w)
{
    support::Profile p;
    p.name = u"support desk"_s;
    p.connection.host = u"127.0.0.1"_s;
    p.connection.port = m_server.port();
    p.readOnly = true;
    p.operatorName = u"tester"_s;
    p.service.timezoneOffset = 8;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.openSession(p, QString(), Fixtures::encryptionKey());
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));
}

QByteArray TestReadOnly::idOf(const QString& namePrefix) const
{
    for (const QJsonValue& v : m_view)
        if (v.toObject().value(u"name"_s).toString().startsWith(namePrefix))
            return v.toObject().value(u"id"_s).toString().toLatin1();
    return {};
}

QByteArray TestReadOnly::digest()
{
    const RedisSnapshot s = snapshotOf(m_server);
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        h.addData(it.key());
        h.addData(it.value());
    }
    return h.result().toHex();
}

void TestReadOnly::selectInTrash(MainWindow& w, const QByteArray& id)
{
    for (int r = 0; r < w.trashView()->model()->rowCount(); ++r)
        if (w.trashView()->model()->index(r, 0).data(TrashModel::KeyIdRole).toByteArray() == id)
            w.trashView()->selectRow(r);
}

void TestReadOnly::verifyNothingWritten(const QByteArray& digestBefore)
{
    QVERIFY(m_recorder.sync());
    const QList<CommandRecorder::Entry> writes = m_recorder.outside(ReadCommands);
    qInfo("%lld command(s) recorded, %lld outside the read list", qlonglong(m_recorder.entries().size()),
          qlonglong(writes.size()));
    QVERIFY2(writes.isEmpty(),
             qPrintable(u"commands outside the read list:\n"_s + CommandRecorder::describe(writes)));
    QCOMPARE(digest(), digestBefore);
}

// The control: the same recorder and read list catch a write that a writable connection sends.
void TestReadOnly::recorderSeesWhatAWritableConnectionSends()
{
    redis::Connection c;
    QVERIFY(openAndWait(c, localSettings(m_server.port())));
    QCOMPARE(runCommand(c, {"HSET", "rka:control", "f", "v"}).integer(), 1);
    QVERIFY(runPipeline(c, {{"MULTI"}, {"DEL", "rka:control"}, {"EXEC"}}).replies.size() == 3);
    QVERIFY(m_recorder.sync());
    const QList<CommandRecorder::Entry> writes = m_recorder.outside(ReadCommands);
    QCOMPARE(writes.size(), 4);
    QCOMPARE(writes.at(0).argv, (QList<QByteArray> {"HSET", "rka:control", "f", "v"}));
    QCOMPARE(writes.at(1).name(), "MULTI"_ba);
    QCOMPARE(writes.at(2).argv, (QList<QByteArray> {"DEL", "rka:control"}));
    QCOMPARE(writes.at(3).name(), "EXEC"_ba);
}

// --- the GUI -----------------------------------------------------------------------------------------

void TestReadOnly::guiHidesAndRefusesEveryWrite()
{
    const QByteArray before = digest();
    MainWindow w(nullptr);
    open(w);
    QVERIFY(m_recorder.sync());
    QVERIFY2(m_recorder.entries().size() > 10, "the load itself is recorded");

    // Every write action is hidden and disabled; the trash buttons too. Reading stays.
    const QStringList writes = {u"enable"_s,      u"disable"_s,    u"addTag"_s,    u"removeTag"_s,
                                u"trash"_s,       u"regenerate"_s, u"newKey"_s,    u"editKey"_s,
                                u"batchCreate"_s, u"batchEdit"_s,  u"manageTags"_s};
    w.selectIds({idOf(u"k01"_s), idOf(u"k02"_s)});
    for (const QString& name : writes) {
        QVERIFY2(!w.action(name)->isVisible(), qPrintable(name));
        QVERIFY2(!w.action(name)->isEnabled(), qPrintable(name));
    }
    for (QPushButton* b : w.trashView()->parentWidget()->findChildren<QPushButton*>()) {
        QVERIFY2(!b->isVisible(), qPrintable(b->objectName()));
        QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
    }
    QVERIFY(w.action(u"refresh"_s)->isEnabled());
    QVERIFY(w.action(u"healthCheck"_s)->isEnabled());
    QVERIFY(w.action(u"copyId"_s)->isEnabled());

    // Triggering the disabled actions does nothing.
    for (const QString& name : writes)
        w.action(name)->trigger();

    // Every write slot, called directly with every question answered "yes".
    auto yes = [] { MessageBox::setNextAnswer(QMessageBox::Yes); };
    w.selectIds({idOf(u"k01"_s), idOf(u"k02"_s)});
    yes();
    w.setSelectedActive(false);
    QVERIFY2(w.statusText().contains(u"read-only"_s), qPrintable(w.statusText()));
    w.setSelectedActive(true);
    w.addTagToSelected(u"ro-tag"_s);
    w.removeTagFromSelected(u"team-a"_s);
    yes();
    w.trashSelected();
    w.selectIds({idOf(u"k01"_s)});
    yes();
    w.regenerateCurrent();
    QVERIFY2(w.statusText().contains(u"read-only"_s), qPrintable(w.statusText()));
    w.newKey();
    w.batchCreate();
    w.editCurrent();
    w.selectIds({idOf(u"k01"_s), idOf(u"k02"_s)});
    w.batchEdit();
    w.manageTags();
    QTest::qWait(100);
    QVERIFY(!w.findChild<KeyEditorDialog*>());
    QVERIFY(!w.findChild<TagManagerDialog*>());

    const QByteArray k10 = idOf(u"k10"_s);
    QCOMPARE(w.trashModel()->rowCount(), 1);
    selectInTrash(w, k10);
    QCOMPARE(w.selectedTrashIds(), QList<QByteArray> {k10});
    w.restoreSelectedInTrash();
    yes();
    w.purgeSelectedInTrash();
    yes();
    w.emptyTrash();
    QTest::qWait(300);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QVERIFY2(w.statusText().contains(u"read-only"_s), qPrintable(w.statusText()));
    QVERIFY2(m_unexpectedBoxes.isEmpty(), qPrintable(m_unexpectedBoxes.join(u'\n')));
    verifyNothingWritten(before);
}

void TestReadOnly::tagManagerAndHealthRepairRefuse()
{
    const QByteArray before = digest();
    MainWindow w(nullptr);
    open(w);
    Session* s = w.session();

    // The health report opens read-only: findings with repairs, but no repair button or check boxes.
    w.showHealthCheck();
    auto* health = w.findChild<HealthDialog*>();
    QVERIFY(health);
    QTRY_VERIFY_WITH_TIMEOUT(!health->isRunning() && !health->findings().isEmpty(), 10000);
    int repairable = 0;
    for (const relay::HealthFinding& f : health->findings())
        repairable += f.hasRepair() ? 1 : 0;
    QVERIFY2(repairable > 0, "the 1.1.235 fixture has findings with a repair");
    QVERIFY(!health->canRepair());
    QVERIFY(!health->repairButton()->isVisible());
    health->checkAllRepairable();
    QVERIFY(health->checkedFindings().isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    health->repairChecked();
    QVERIFY2(health->statusText().contains(u"read-only"_s), qPrintable(health->statusText()));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const QList<relay::HealthFinding> findings = health->findings();
    health->reject();

    // Forced: a health dialog given the session's writer still refuses (the connection is read-only)...
    HealthDialog forced(s->connection(), s->writer());
    QVERIFY(!forced.canRepair());
    // ...and so does the writer asked directly.
    std::optional<relay::WriteResult> result;
    s->writer()->repair(findings, [&](const relay::WriteResult& r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QCOMPARE(result->status, relay::WriteStatus::Refused);

    // The tag manager, opened by hand on the read-only connection: the delete is refused.
    TagManagerDialog tags(s->connection(), s->writer()->target(), relay::KeyAggregates::tags(s->keys()));
    tags.setKeys(s->keys());
    tags.selectTag(u"trial"_s);
    QCOMPARE(tags.selectedTag(), u"trial"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    tags.deleteSelected();
    QTRY_VERIFY_WITH_TIMEOUT(!tags.isBusy(), 5000);
    QTRY_VERIFY2_WITH_TIMEOUT(tags.statusText().contains(u"read-only"_s), qPrintable(tags.statusText()),
                              5000);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    tags.renameSelected(u"renamed"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!tags.isBusy(), 5000);
    QVERIFY2(tags.statusText().contains(u"read-only"_s), qPrintable(tags.statusText()));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QVERIFY2(m_unexpectedBoxes.isEmpty(), qPrintable(m_unexpectedBoxes.join(u'\n')));
    verifyNothingWritten(before);
}

// --- core --------------------------------------------------------------------------------------------

void TestReadOnly::writerRefusesEveryOperation()
{
    const QByteArray before = digest();
    redis::ConnectionSettings settings = localSettings(m_server.port());
    settings.readOnly = true;
    redis::Connection c;
    QVERIFY(openAndWait(c, settings));
    support::AuditLog audit(m_dir.filePath(u"audit.log"_s));
    relay::WriteTarget target; // writable data model: only the connection says read-only
    target.service.encryptionKey = Fixtures::encryptionKey();
    target.audit = &audit;
    relay::KeyWriter w(c, target);
    const QByteArray k01 = idOf(u"k01"_s);
    const QByteArray k02 = idOf(u"k02"_s);
    const QByteArray k10 = idOf(u"k10"_s);
    relay::ApiKey settingsKey;
    settingsKey.setRaw(relay::ApiKeyField::Name, "never written");
    relay::BatchEdit edit;
    edit.tagOperation = relay::BatchEdit::TagOperation::Add;
    edit.tags = {u"x"_s};
    relay::HealthFinding finding;
    finding.kind = relay::HealthFindingKind::LegacyReverseRecord;
    finding.redisKeys = {"apikey:" + k02};
    finding.repair = {{"DEL", "apikey:" + k02}};

    const QList<std::pair<const char*, std::function<void(relay::KeyWriter::Callback)>>> operations = {
        {"create", [&](auto cb) { w.create(settingsKey, cb); }},
        {"createBatch", [&](auto cb) { w.createBatch(settingsKey, u"b"_s, 3, cb); }},
        {"update", [&](auto cb) { w.update(k02, relay::ApiKey(), settingsKey, true, cb); }},
        {"setActive",
         [&](auto cb) {
             w.setActive({k01, k02}, false, cb);
         }},
        {"setExpiry", [&](auto cb) { w.setExpiry(k02, std::nullopt, true, cb); }},
        {"activate", [&](auto cb) { w.activate(idOf(u"k03"_s), cb); }},
        {"renew", [&](auto cb) { w.renew(k02, 86400, cb); }},
        {"batchEdit",
         [&](auto cb) {
             w.batchEdit({k01, k02}, edit, cb);
         }},
        {"regenerate", [&](auto cb) { w.regenerate(k02, cb); }},
        {"softDelete", [&](auto cb) { w.softDelete({k02}, cb); }},
        {"restore", [&](auto cb) { w.restore({k10}, cb); }},
        {"purge", [&](auto cb) { w.purge({k10}, cb); }},
        {"clearTrash", [&](auto cb) { w.clearTrash(cb); }},
        {"renameTag", [&](auto cb) { w.renameTag(u"trial"_s, u"t2"_s, cb); }},
        {"deleteTag", [&](auto cb) { w.deleteTag(u"trial"_s, cb); }},
        {"repair", [&](auto cb) { w.repair({finding}, cb); }},
    };
    for (const auto& [name, operation] : operations) {
        std::optional<relay::WriteResult> result;
        operation([&result](const relay::WriteResult& r) { result = r; });
        QVERIFY2(QTest::qWaitFor([&] { return result.has_value(); }, 5000), name);
        QVERIFY2(result->status == relay::WriteStatus::Refused, name);
        QVERIFY2(result->plaintextKeys.isEmpty(), name);
    }
    verifyNothingWritten(before);
}

void TestReadOnly::connectionRefusesEveryWriteCommand_data()
{
    QTest::addColumn<QList<redis::Command>>("commands");
    const QList<redis::Command> writes = {{"SET", "k", "v"},
                                          {"HSET", "apikey:x", "name", "y"},
                                          {"hset", "apikey:x", "name", "y"},
                                          {"HDEL", "apikey:x", "a"},
                                          {"DEL", "apikey:x"},
                                          {"UNLINK", "apikey:x"},
                                          {"EXPIRE", "apikey:x", "1"},
                                          {"PERSIST", "apikey:x"},
                                          {"RENAME", "a", "b"},
                                          {"SADD", "s", "m"},
                                          {"SREM", "s", "m"},
                                          {"ZADD", "z", "1", "m"},
                                          {"ZREM", "z", "m"},
                                          {"LPUSH", "l", "v"},
                                          {"INCRBYFLOAT", "n", "1"},
                                          {"FLUSHDB"},
                                          {"FLUSHALL"},
                                          {"EVAL", "return 1", "0"},
                                          {"FUNCTION", "FLUSH"},
                                          {"CONFIG", "SET", "maxmemory", "1"},
                                          {"RESTORE", "k", "0", "x"},
                                          {"COPY", "a", "b"},
                                          {"PUBLISH", "c", "m"},
                                          {"SWAPDB", "0", "1"},
                                          {"FOO-UNKNOWN", "x"}};
    for (const redis::Command& c : writes)
        QTest::newRow(c.first().constData()) << QList<redis::Command> {c};
    // A write hidden among reads refuses the whole pipeline; so does a hand-made transaction.
    QTest::newRow("pipeline") << QList<redis::Command> {
        {"GET", "a"}, {"HSET", "apikey:x", "n", "v"}, {"PING"}};
    QTest::newRow("multi/exec") << QList<redis::Command> {{"MULTI"}, {"SET", "k", "v"}, {"EXEC"}};
}

void TestReadOnly::connectionRefusesEveryWriteCommand()
{
    QFETCH(QList<redis::Command>, commands);
    const QByteArray before = digest();
    redis::ConnectionSettings settings = localSettings(m_server.port());
    settings.readOnly = true;
    redis::Connection c;
    QVERIFY(openAndWait(c, settings));
    QVERIFY(m_recorder.sync());
    m_recorder.clear();
    const SyncResult r = runPipeline(c, commands);
    QVERIFY(r.answered);
    QCOMPARE(r.error.code, redis::RedisError::Code::ReadOnlyRefused);
    QVERIFY2(r.error.message.contains(u"read-only"_s), qPrintable(r.error.message));

    // A transaction whose writes are decided after its reads: the reads run, the writes never do.
    redis::Connection::Transaction tx;
    tx.watchKeys = {"apikey:" + idOf(u"k02"_s)};
    tx.reads = {{"HGET", "apikey:" + idOf(u"k02"_s), "name"}};
    tx.decide = [](const QList<redis::Reply>&) {
        return std::optional<QList<redis::Command>>(QList<redis::Command> {{"HSET", "apikey:x", "n", "v"}});
    };
    std::optional<redis::RedisError> txError;
    QObject ctx;
    c.transaction(tx, &ctx, [&](const QList<redis::Reply>&, const redis::RedisError& e) { txError = e; });
    QVERIFY(QTest::qWaitFor([&] { return txError.has_value(); }, 5000));
    QCOMPARE(txError->code, redis::RedisError::Code::ReadOnlyRefused);
    // Reads still work on the same connection.
    QCOMPARE(runCommand(c, {"PING"}).bytes(), "PONG"_ba);
    verifyNothingWritten(before);
    QVERIFY(!m_recorder.names().contains("MULTI"));
}

// --- the CLI -----------------------------------------------------------------------------------------

CliRun TestReadOnly::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& k : {u"REDIS_HOST"_s, u"REDIS_PORT"_s, u"REDIS_PASSWORD"_s, u"REDIS_DB"_s})
        e.remove(k);
    e.insert(u"ENCRYPTION_KEY"_s, QString::fromLatin1(Fixtures::encryptionKey()));
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("RKA_CLI"),
            QStringList {u"--port"_s, QString::number(m_server.port()), u"--audit-log"_s,
                         m_dir.filePath(u"cli-audit.log"_s), u"--now"_s, u"2026-02-02T10:00:00Z"_s} +
                args);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestReadOnly::cliRefusesEveryWriteCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("create") << QStringList {u"create"_s, u"--name"_s, u"x"_s};
    QTest::newRow("batch-create") << QStringList {u"batch-create"_s, u"--base-name"_s, u"b"_s, u"--count"_s,
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
    QTest::newRow("tag-rename") << QStringList {u"tag-rename"_s, u"trial"_s, u"b"_s};
    QTest::newRow("tag-delete") << QStringList {u"tag-delete"_s, u"trial"_s, u"--yes"_s};
    QTest::newRow("doctor --fix") << QStringList {u"doctor"_s, u"--fix"_s, u"--yes"_s};
}

void TestReadOnly::cliRefusesEveryWriteCommand()
{
    QFETCH(QStringList, args);
    QVERIFY2(QFile::exists(qEnvironmentVariable("RKA_CLI")), "RKA_CLI must name the built tool");
    const QByteArray before = digest();
    const CliRun r = cli(QStringList {u"--read-only"_s} + args);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"--read-only"_s), qPrintable(r.err));
    // Refused before connecting: the server saw nothing at all from it.
    QVERIFY(m_recorder.sync());
    QVERIFY2(m_recorder.entries().isEmpty(), qPrintable(CommandRecorder::describe(m_recorder.entries())));
    verifyNothingWritten(before);
}

void TestReadOnly::cliReadCommandsSendOnlyReads()
{
    const QByteArray before = digest();
    for (const QStringList& args :
         {QStringList {u"info"_s}, QStringList {u"list"_s, u"--include-deleted"_s},
          QStringList {u"show"_s, u"k01-full-options"_s}, QStringList {u"tags"_s}, QStringList {u"doctor"_s},
          QStringList {u"export"_s, u"--format"_s, u"json"_s},
          QStringList {u"--read-only"_s, u"accounts"_s}}) {
        const CliRun r = cli(args);
        QVERIFY2(r.exitCode == 0 || (args.first() == u"doctor"_s && r.exitCode == 5),
                 qPrintable(args.join(u' ') + u": "_s + r.err));
    }
    QVERIFY(m_recorder.sync());
    QVERIFY(m_recorder.entries().size() > 20);
    verifyNothingWritten(before);
}

QTEST_MAIN(TestReadOnly)
#include "tst_readonly.moc"
