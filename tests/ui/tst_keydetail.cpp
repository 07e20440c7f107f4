// The key detail pane, the usage records view and the logs window, offscreen over the 1.1.235 seed
// read at the fixture's instant: the numbers, the settings in words, the problems flagged (missing
// accounts, broken permissions, malformed fields, deleted last account), copy and edit, the records
// table with its filters and CSV, and the command and audit logs without secrets.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "AuditLogModel.h"
#include "CommandLogModel.h"
#include "DetailFormat.h"
#include "KeyDetailWidget.h"
#include "LogsWindow.h"
#include "UsageRecordDialog.h"
#include "UsageRecordFilter.h"
#include "UsageRecordModel.h"
#include "UsageRecordsWidget.h"

#include "relay/KeyListReader.h"
#include "support/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::ui;
using namespace rka::test;

namespace {

// RFC 4180: quoted cells may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestKeyDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void k01ShowsNumbersAndSettings();
    void k09FlagsMissingAccountsAndDeletedLastAccount();
    void k13FlagsCommaJoinedPermissions();
    void copyIdAndEdit();
    void malformedFieldAndRunningWindow();
    void recordModel();
    void recordFiltersCsvAndDetail();
    void recordsLoadAsynchronously();
    void logsWindow();

private:
    bool readKeys();
    const relay::KeyEntry* entry(const QString& namePrefix) const;
    void show(KeyDetailWidget& w, const QString& namePrefix);
    void saveScreenshot(QWidget* w, const QString& name);
    QList<relay::UsageRecord> records(const QString& namePrefix);

    RedisServer m_server;
    redis::Connection m_connection;
    QList<relay::KeyEntry> m_keys;
    relay::AccountDirectory m_accounts;
    relay::UserDirectory m_users;
    relay::ReleaseDetection m_release;
};

void TestKeyDetail::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 0, &error),
             qPrintable(error));
    QVERIFY(openAndWait(m_connection, localSettings(m_server.port())));
    QVERIFY(readKeys());
    QCOMPARE(m_release.model, relay::DataModel::Release1_1_235);
}

bool TestKeyDetail::readKeys()
{
    relay::KeyListReader reader(m_connection);
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
        return false;
    m_accounts = reader.accounts();
    m_users = reader.users();
    m_release = reader.release();
    m_keys = reader.takeKeys();
    return true;
}

const relay::KeyEntry* TestKeyDetail::entry(const QString& namePrefix) const
{
    for (const relay::KeyEntry& e : m_keys)
        if (e.key.name().startsWith(namePrefix))
            return &e;
    return nullptr;
}

void TestKeyDetail::show(KeyDetailWidget& w, const QString& namePrefix)
{
    w.setTicking(false);
    w.setEntry(entry(namePrefix), m_accounts, m_users, m_release, Fixtures::viewInstant());
}

void TestKeyDetail::saveScreenshot(QWidget* w, const QString& name)
{
    QTest::qWait(30); // let the layouts settle after the rows changed
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name));
}

QList<relay::UsageRecord> TestKeyDetail::records(const QString& namePrefix)
{
    QList<relay::UsageRecord> out;
    bool done = false;
    relay::UsageRecord::read(m_connection, QString::fromUtf8(entry(namePrefix)->id), 200, this,
                             [&](const QList<relay::UsageRecord>& r, int, const redis::RedisError&) {
                                 out = r;
                                 done = true;
                             });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return out;
}

void TestKeyDetail::k01ShowsNumbersAndSettings()
{
    KeyDetailWidget w;
    w.resize(520, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<QLabel*>(u"placeholder"_s)->isVisible());
    show(w, u"k01"_s);
    auto text = [&w](const char* name) {
        return w.findChild<QWidget*>(QString::fromLatin1(name)) ? w.valueText(QString::fromLatin1(name))
                                                                : u"<missing>"_s;
    };
    QVERIFY2(text("costDaily").contains(u"$1.340625 of $10.00"_s), qPrintable(text("costDaily")));
    QVERIFY2(text("costTotal").contains(u"$1.40634 of $100.00"_s), qPrintable(text("costTotal")));
    QVERIFY2(text("costWeeklyOpus").contains(u"$0.058125 of $20.00"_s), qPrintable(text("costWeeklyOpus")));
    QCOMPARE(text("usage_total_requests"), u"5"_s);
    QCOMPARE(text("usage_today_requests"), u"2"_s);
    QCOMPARE(text("usage_total_input"), u"213,640"_s);
    QCOMPARE(text("usage_total_all"), u"226,318"_s);
    QCOMPARE(w.findChild<QLabel*>(u"lastAccount"_s)->text(), u"Claude Max #1"_s);
    QVERIFY(text("lastAccountType").contains(u"(claude)"_s));
    QVERIFY(!w.isProblem(u"lastAccount"_s));
    const QString models = text("modelRestriction");
    QVERIFY2(models.contains(u"claude-opus-4-20250514"_s) && models.contains(u"claude-3-opus-20240229"_s),
             qPrintable(models));
    QVERIFY(w.findChild<QLabel*>(u"modelRestrictionNote"_s)->text().contains(u"allow-list"_s));
    QCOMPARE(text("tags"), u"team-a, prod"_s);
    QCOMPARE(text("permissions"), u"Claude, OpenAI"_s);
    QVERIFY(!w.isProblem(u"permissions"_s));
    QVERIFY(text("binding_claudeAccountId").contains(u"Claude Max #1"_s));
    QVERIFY(text("binding_geminiAccountId").isEmpty()); // unbound rows are hidden
    QVERIFY(text("clientRestriction").contains(u"claude_code"_s));
    QCOMPARE(text("description"), u"every option set"_s);
    QVERIFY(text("expiry").startsWith(u"2099-12-3"_s));
    QVERIFY(text("concurrency").contains(u"0 of 5"_s));
    QCOMPARE(w.valueText(u"status"_s), u"active"_s);
    QCOMPARE(w.valueText(u"malformed"_s), QString()); // no warning box
    QVERIFY(text("windowState").contains(u"Not active"_s));
    saveScreenshot(w.widget(), u"key-detail-k01.png"_s);
    w.clear();
    QVERIFY(!w.hasEntry());
    QVERIFY(w.findChild<QLabel*>(u"placeholder"_s)->isVisible());
}

void TestKeyDetail::k09FlagsMissingAccountsAndDeletedLastAccount()
{
    KeyDetailWidget w;
    w.resize(520, 900);
    w.show();
    show(w, u"k09"_s);
    QVERIFY(w.valueText(u"name"_s).contains(u"测试 ✓"_s));
    for (const auto& [name, id] : {std::pair {u"binding_azureOpenaiAccountId"_s, u"acc-azure-01"_s},
                                   std::pair {u"binding_bedrockAccountId"_s, u"acc-bedrock-01"_s}}) {
        QVERIFY2(w.valueText(name).contains(id) && w.valueText(name).contains(u"not found"_s),
                 qPrintable(w.valueText(name)));
        QVERIFY(w.isProblem(name));
    }
    QVERIFY(!w.isProblem(u"binding_claudeConsoleAccountId"_s));
    QVERIFY(!w.valueText(u"binding_claudeConsoleAccountId"_s).isEmpty());
    QVERIFY(w.valueText(u"binding_openaiAccountId"_s).contains(u"OpenAI Responses"_s));
    const QString last = w.valueText(u"lastAccount"_s);
    QVERIFY2(last.contains(u"Deleted account"_s) && last.contains(u"acc-gone-01"_s), qPrintable(last));
    QVERIFY(w.isProblem(u"lastAccount"_s));
    QCOMPARE(w.valueText(u"bindings"_s), QString()); // not the shared pool
    saveScreenshot(w.widget(), u"key-detail-k09.png"_s);
}

void TestKeyDetail::k13FlagsCommaJoinedPermissions()
{
    KeyDetailWidget w;
    show(w, u"k13"_s);
    const QString p = w.valueText(u"permissions"_s);
    QVERIFY2(p.contains(u"claude,gemini"_s) && p.contains(u"Broken"_s), qPrintable(p));
    QVERIFY(w.isProblem(u"permissions"_s));
    // k02 has no restrictions and no bindings.
    show(w, u"k02"_s);
    QCOMPARE(w.valueText(u"permissions"_s), u"All services"_s);
    QVERIFY(!w.valueText(u"bindings"_s).isEmpty());
}

void TestKeyDetail::copyIdAndEdit()
{
    KeyDetailWidget w;
    w.show();
    show(w, u"k01"_s);
    const QByteArray id = entry(u"k01"_s)->id;
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(w.findChild<QPushButton*>(u"copyIdButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(id));
    QSignalSpy edit(&w, &KeyDetailWidget::editRequested);
    QTest::mouseClick(w.findChild<QPushButton*>(u"editButton"_s), Qt::LeftButton);
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.first().first().toByteArray(), id);
    QCOMPARE(w.findChild<QLabel*>(u"idLabel"_s)->text(), QString::fromUtf8(id));
}

void TestKeyDetail::malformedFieldAndRunningWindow()
{
    const QByteArray k02 = "apikey:" + entry(u"k02"_s)->id;
    const QByteArray k01 = entry(u"k01"_s)->id;
    const QByteArray before = m_server.command({"HGET", k02, "dailyCostLimit"});
    m_server.command({"HSET", k02, "dailyCostLimit", "12,5 dollars"});
    m_server.command({"HSET", k02, "tags", "[not json"});
    // A window of k01 that started 20 minutes before the fixture's instant.
    const qint64 start = Fixtures::viewInstant().toMSecsSinceEpoch() - 20 * 60 * 1000;
    m_server.command({"SET", "rate_limit:window_start:" + k01, QByteArray::number(start)});
    m_server.command({"SET", "rate_limit:requests:" + k01, "7"});
    m_server.command({"SET", "rate_limit:cost:" + k01, "0.5"});
    const bool read = readKeys();
    m_server.command({"HSET", k02, "dailyCostLimit", before});
    m_server.command({"HSET", k02, "tags", "[]"});
    m_server.command(
        {"DEL", "rate_limit:window_start:" + k01, "rate_limit:requests:" + k01, "rate_limit:cost:" + k01});
    QVERIFY(read);

    KeyDetailWidget w;
    w.resize(520, 900);
    w.show();
    show(w, u"k02"_s);
    const QString box = w.valueText(u"malformed"_s);
    QVERIFY2(box.contains(u"dailyCostLimit"_s) && box.contains(u"12,5 dollars"_s), qPrintable(box));
    QVERIFY(box.contains(u"tags"_s));
    QVERIFY(w.findChild<QWidget*>(u"malformedBox"_s)->isVisible());
    QVERIFY(w.isProblem(u"costDaily"_s));
    QVERIFY(w.valueText(u"costDaily"_s).contains(u"malformed"_s));
    QVERIFY(w.isProblem(u"tags"_s));
    QVERIFY2(w.valueText(u"tags"_s).contains(u"[not json"_s), qPrintable(w.valueText(u"tags"_s)));
    saveScreenshot(w.widget(), u"key-detail-malformed.png"_s);

    show(w, u"k01"_s);
    QVERIFY2(w.valueText(u"windowState"_s).contains(u"Resets in 40 min"_s),
             qPrintable(w.valueText(u"windowState"_s)));
    QVERIFY(w.valueText(u"windowRequests"_s).contains(u"7 of 100"_s));
    QVERIFY(w.valueText(u"windowCost"_s).contains(u"$0.50 of $5.50"_s));
    w.setNow(Fixtures::viewInstant().addSecs(1));
    QVERIFY2(w.valueText(u"windowState"_s).contains(u"39 min 59 s"_s),
             qPrintable(w.valueText(u"windowState"_s)));
    w.setNow(Fixtures::viewInstant().addSecs(41 * 60));
    QVERIFY(w.valueText(u"windowState"_s).contains(u"Over since"_s));
    QVERIFY(w.valueText(u"windowRequests"_s).startsWith(u"0 of 100"_s));
    QVERIFY(readKeys()); // back to the seed for the other tests
}

void TestKeyDetail::recordModel()
{
    UsageRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UsageRecordFilter proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(records(u"k01"_s), m_accounts);
    QCOMPARE(model.rowCount(), 5);
    proxy.sort(UsageRecordModel::Time, Qt::AscendingOrder);
    auto cell = [&proxy](int row, int column) { return proxy.index(row, column).data().toString(); };
    auto raw = [&proxy](int row, int column) {
        return proxy.index(row, column).data(UsageRecordModel::SortRole);
    };
    for (int i = 1; i < 5; ++i)
        QVERIFY(raw(i - 1, UsageRecordModel::Time).toLongLong() <
                raw(i, UsageRecordModel::Time).toLongLong());
    QCOMPARE(cell(0, UsageRecordModel::Model), u"claude-sonnet-4-20250514"_s);
    QCOMPARE(cell(0, UsageRecordModel::InputTokens), u"1,200"_s);
    QCOMPARE(cell(0, UsageRecordModel::CacheReadTokens), u"8,000"_s);
    QCOMPARE(cell(4, UsageRecordModel::InputTokens), u"210,000"_s);
    QCOMPARE(cell(4, UsageRecordModel::Cost), u"$1.2825"_s);
    QCOMPARE(cell(3, UsageRecordModel::Cost), u"$0.058125"_s);
    QVERIFY(cell(3, UsageRecordModel::Account).endsWith(u"(Claude Console)"_s));
    QCOMPARE(cell(4, UsageRecordModel::Account), u"Claude Max #1 (Claude)"_s);
    QCOMPARE(cell(2, UsageRecordModel::Account), u"acc-bedrock-01 (not found)"_s);
    double sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += raw(i, UsageRecordModel::Cost).toDouble();
    QVERIFY(qAbs(sum - 1.40634) < 1e-9);
    QVERIFY(!model.columnHasData(UsageRecordModel::RequestId)); // 1.1.235 records have no request details
    proxy.setModelName(u"claude-opus-4-20250514"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setModelName({});
    proxy.setAccount(u"Claude Max #1 (Claude)"_s);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setAccount({});
    proxy.setTimeRange(QDateTime(QDate(2026, 1, 30), QTime(0, 0), QTimeZone::utc()),
                       QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(proxy.rowCount(), 2);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestKeyDetail::recordFiltersCsvAndDetail()
{
    relay::AccountDirectory accounts = m_accounts;
    relay::AccountRecord odd = *accounts.find(relay::AccountType::Claude, u"acc-claude-01"_s);
    const QString oddName = u"Max, \"the\nbig\" 账户 =1"_s;
    odd.fields.insert("name", oddName);
    accounts.insert(odd);
    UsageRecordsWidget w;
    w.resize(1000, 420);
    w.show();
    const QList<relay::UsageRecord> recs = records(u"k01"_s);
    w.setRecords(entry(u"k01"_s)->id, recs, accounts);
    QCOMPARE(w.proxy()->rowCount(), 5);
    QVERIFY(w.findChild<QLabel*>(u"limitNote"_s)->text().contains(u"200"_s));
    const QList<QStringList> rows = parseCsv(w.csv());
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.first().first(), u"time"_s);
    const qsizetype costColumn = rows.first().indexOf(u"cost"_s);
    const qsizetype inputColumn = rows.first().indexOf(u"input_tokens"_s);
    const qsizetype accountColumn = rows.first().indexOf(u"account"_s);
    int odds = 0;
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), rows.first().size());
        const auto it = std::find_if(recs.begin(), recs.end(), [&](const relay::UsageRecord& r) {
            return r.timestamp() == rows.at(i).first();
        });
        QVERIFY(it != recs.end());
        QCOMPARE(rows.at(i).at(costColumn).toDouble(), it->cost());
        QCOMPARE(rows.at(i).at(inputColumn).toLongLong(), it->inputTokens());
        if (rows.at(i).at(accountColumn) == oddName + u" (Claude)"_s)
            ++odds;
    }
    QCOMPARE(odds, 3);
    // Newest first by default.
    QCOMPARE(rows.at(1).first(), u"2026-02-01T23:30:31.000Z"_s);

    w.setModelFilter(u"claude-opus-4-1-20250805"_s);
    QCOMPARE(w.proxy()->rowCount(), 1);
    QCOMPARE(parseCsv(w.csv()).size(), 2);
    w.setModelFilter({});
    w.setAccountFilter(oddName + u" (Claude)"_s);
    QCOMPARE(w.proxy()->rowCount(), 3);
    w.setAccountFilter({});
    QCOMPARE(w.proxy()->rowCount(), 5);
    saveScreenshot(&w, u"usage-records-k01.png"_s);

    UsageRecordDialog* d = w.showDetails(0);
    QVERIFY(d);
    QCOMPARE(d->tree()->topLevelItemCount(), int(recs.first().json().size()));
    const auto breakdown = d->tree()->findItems(u"costBreakdown"_s, Qt::MatchExactly);
    QCOMPARE(breakdown.size(), 1);
    QVERIFY(breakdown.first()->childCount() >= 4);
    QVERIFY(d->json().contains(u"\"cost\": 1.2825"_s));
    saveScreenshot(d, u"usage-record-detail.png"_s);
}

void TestKeyDetail::recordsLoadAsynchronously()
{
    UsageRecordsWidget w;
    QSignalSpy loaded(&w, &UsageRecordsWidget::loaded);
    w.load(m_connection, entry(u"k09"_s)->id, m_accounts);
    QVERIFY(w.isLoading());
    QCOMPARE(w.statusText(), u"Loading\u2026"_s);
    w.load(m_connection, entry(u"k01"_s)->id, m_accounts); // supersedes the first
    QTRY_VERIFY(!w.isLoading());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(w.model()->rowCount(), 5);
    QVERIFY2(w.statusText().startsWith(u"5 record"_s), qPrintable(w.statusText()));
    QTest::qWait(50);
    QCOMPARE(loaded.count(), 1); // the first load's result was ignored

    redis::Connection closed;
    closed.setSettings(localSettings(RedisServer::freePort()));
    w.load(closed, entry(u"k01"_s)->id, m_accounts);
    QTRY_VERIFY(!w.isLoading());
    QVERIFY2(w.statusText().startsWith(u"Could not read the usage records: "_s), qPrintable(w.statusText()));
    QCOMPARE(w.model()->rowCount(), 0);
}

void TestKeyDetail::logsWindow()
{
    RedisServer secured;
    RedisServer::Options o;
    o.password = u"very-secret-password"_s;
    QVERIFY(secured.start(o));
    redis::ConnectionSettings s = localSettings(secured.port());
    s.password = o.password;
    redis::Connection c;
    QVERIFY(openAndWait(c, s));
    (void)runPipeline(c, {{"SET", "note", "s3cr3t-value"}, {"HGETALL", "apikey:abc"}, {"GET", "note"}});
    (void)runCommand(c, {"HGETALL", "apikey:def"});

    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.log"_s);
    support::AuditLog audit(path);
    support::AuditEntry e;
    e.time = Fixtures::viewInstant();
    e.operatorName = u"alice"_s;
    e.profile = u"prod"_s;
    e.operation = u"update"_s;
    e.keyId = u"key-1"_s;
    e.keyName = u"team a"_s;
    e.before = QJsonObject {{u"dailyCostLimit"_s, u"10"_s}};
    e.after = QJsonObject {{u"dailyCostLimit"_s, u"20"_s}};
    e.result = u"ok"_s;
    QVERIFY(audit.append(e));
    e.profile = u"staging"_s;
    QVERIFY(audit.append(e));
    e.profile = u"prod"_s;
    e.operation = u"delete"_s;
    e.time = e.time.addSecs(60);
    e.result = u"failed"_s;
    e.message = u"connection lost"_s;
    QVERIFY(audit.append(e));

    LogsWindow w;
    QAbstractItemModelTester t1(w.commandModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(w.auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.setConnection(&c);
    w.setAuditLog(path, u"prod"_s);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.isAutoRefreshing());

    CommandLogModel* m = w.commandModel();
    QStringList commands;
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int col = 0; col < CommandLogModel::ColumnCount; ++col)
            cells << m->index(r, col).data().toString();
        const QString all = cells.join(u'|');
        QVERIFY2(!all.contains(u"very-secret-password"_s) && !all.contains(u"s3cr3t-value"_s),
                 qPrintable(all));
        commands << cells.at(CommandLogModel::Command);
        if (cells.at(CommandLogModel::Command) == u"AUTH"_s)
            QCOMPARE(cells.at(CommandLogModel::Key), QString());
        if (cells.at(CommandLogModel::Command) == u"HGETALL"_s)
            QVERIFY(cells.at(CommandLogModel::Key).startsWith(u"apikey:"_s));
        QVERIFY(cells.at(CommandLogModel::Duration).endsWith(u" ms"_s));
    }
    QVERIFY2(commands.contains(u"AUTH"_s) && commands.contains(u"HGETALL"_s) && commands.contains(u"SET"_s),
             qPrintable(commands.join(u',')));
    QVERIFY(w.totalsText().contains(u"round trips"_s));

    // New commands appear with the next automatic refresh.
    const int before = m->rowCount();
    (void)runCommand(c, {"EXISTS", "later"});
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount() > before, 5000);

    w.findChild<QLineEdit*>(u"commandFilter"_s)->setText(u"hgetall"_s);
    QVERIFY(w.commandProxy()->rowCount() >= 1);
    for (int r = 0; r < w.commandProxy()->rowCount(); ++r)
        QCOMPARE(w.commandProxy()->index(r, CommandLogModel::Command).data().toString(), u"HGETALL"_s);
    w.findChild<QLineEdit*>(u"commandFilter"_s)->clear();
    saveScreenshot(&w, u"logs-window-commands.png"_s);

    AuditLogModel* a = w.auditModel();
    QCOMPARE(a->rowCount(), 2); // the staging entry is another profile's
    QCOMPARE(a->index(0, AuditLogModel::Operation).data().toString(), u"delete"_s); // newest first
    QCOMPARE(a->index(0, AuditLogModel::Result).data().toString(), u"failed"_s);
    QCOMPARE(a->index(0, AuditLogModel::Message).data().toString(), u"connection lost"_s);
    QCOMPARE(a->index(1, AuditLogModel::Key).data().toString(), u"team a (key-1)"_s);
    QCOMPARE(a->index(1, AuditLogModel::Changes).data().toString(),
             u"dailyCostLimit: \u201c10\u201d \u2192 \u201c20\u201d"_s);
    w.findChild<QLineEdit*>(u"auditFilter"_s)->setText(u"DELETE"_s);
    QCOMPARE(w.auditProxy()->rowCount(), 1);
    w.findChild<QLineEdit*>(u"auditFilter"_s)->clear();
    w.tabs()->setCurrentIndex(1);
    saveScreenshot(&w, u"logs-window-audit.png"_s);
    w.hide();
    QVERIFY(!w.isAutoRefreshing());
}

QTEST_MAIN(TestKeyDetail)
#include "tst_keydetail.moc"
