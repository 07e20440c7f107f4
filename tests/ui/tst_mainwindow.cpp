// The main window driven offscreen against a private Redis loaded with the 1.1.235 fixture: the
// table shows the service's numbers, filters and sorting, a pasted plaintext key is found through its
// hash, batch disable writes exactly what it should, read-only and production profiles, and the
// trash (delete, restore, permanent delete). Ends with a 1280x800 screenshot.

#include "Fixtures.h"
#include "RedisServer.h"

#include "ClipboardGuard.h"
#include "KeyDetailWidget.h"
#include "KeyEditorDialog.h"
#include "KeyFilterBar.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OneTimeKeyDialog.h"
#include "ProductionConfirmDialog.h"
#include "Session.h"
#include "TrashModel.h"

#include "support/Clock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::ui;
using namespace rka::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableShowsTheServicesNumbers();
    void statusBarSaysWhenTheListIsComplete();
    void filtersThroughTheFilterBar();
    void sortingByCost();
    void pastedPlaintextKeyIsFound();
    void batchDisableWritesExactlyIsActiveAndUpdatedAt();
    void readOnlyProfileOffersNoWriteAndCoreRefuses();
    void productionWriteAsksForTheNameAndCancelWritesNothing();
    void trashDeleteRestorePurge();
    void editorOpensFromTheWindow();
    void oneTimeKeyIsCopiedAndClearedFromTheClipboard();
    void screenshot();

private:
    // `opened` runs once the session exists, before its keys load.
    void open(MainWindow& w, bool readOnly = false, bool production = false,
              const std::function<void()>& opened = {});
    QByteArray idOf(const QString& namePrefix) const;
    QStringList visibleNames(MainWindow& w) const;
    QByteArray digest();

    RedisServer m_server;
    QJsonArray m_view;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    m_view = Fixtures::json(u"1.1.235"_s, u"view-getAllApiKeys-includeDeleted.json"_s).array();
}

void TestMainWindow::init()
{
    m_server.command({"FLUSHDB"});
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 0, &error),
             qPrintable(error));
    support::Clock::setInstance(std::make_shared<support::FixedClock>(Fixtures::viewInstant()));
}

void TestMainWindow::cleanup()
{
    support::Clock::setInstance(nullptr);
}

void TestMainWindow::open(MainWindow& w, bool readOnly, bool production, const std::function<void()>& opened)
{
    support::Profile p;
    p.name = production ? u"prod-eu"_s : u"fixture"_s;
    p.connection.host = u"127.0.0.1"_s;
    p.connection.port = m_server.port();
    p.readOnly = readOnly;
    p.production = production;
    p.operatorName = u"tester"_s;
    p.service.timezoneOffset = 8;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.openSession(p, QString(), Fixtures::encryptionKey());
    if (opened)
        opened();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));
}

QByteArray TestMainWindow::idOf(const QString& namePrefix) const
{
    for (const QJsonValue& v : m_view)
        if (v.toObject().value(u"name"_s).toString().startsWith(namePrefix))
            return v.toObject().value(u"id"_s).toString().toLatin1();
    return {};
}

QStringList TestMainWindow::visibleNames(MainWindow& w) const
{
    QStringList names;
    for (int r = 0; r < w.keyProxy()->rowCount(); ++r) {
        const QByteArray id = w.keyProxy()->index(r, 0).data(KeyTableModel::KeyIdRole).toByteArray();
        names << w.keyModel()->entry(w.keyModel()->rowOfId(id)).key.name().left(3);
    }
    names.sort();
    return names;
}

QByteArray TestMainWindow::digest()
{
    QList<QByteArray> keys = m_server.commandList({"KEYS", "*"});
    std::sort(keys.begin(), keys.end());
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QByteArray& k : keys) {
        h.addData(k);
        h.addData(m_server.command({"DUMP", k}));
    }
    return h.result().toHex();
}

void TestMainWindow::statusBarSaysWhenTheListIsComplete()
{
    // The list is complete before the keyspace pass: the status bar says so, then what was loaded.
    support::ProfileStore store(QDir::temp().filePath(u"rka-mainwindow-test.ini"_s));
    MainWindow w(&store);
    int listedKeys = -1;
    QString atListed;
    bool finished = false;
    bool finishedFirst = false;
    QPixmap shot;
    QStringList premature;
    connect(&w, &MainWindow::keysLoaded, this, [&] { finished = true; });
    open(w, false, false, [&] {
        QVERIFY(w.session());
        // Connected after the window's own slot, so the message is already there.
        connect(w.session(), &Session::listed, this, [&](int keys) {
            listedKeys = keys;
            atListed = w.statusBar()->currentMessage();
            finishedFirst = finished;
            shot = w.grab();
            // The accounts and users are not read yet: nothing may be called missing or unknown.
            for (int r = 0; r < w.keyModel()->rowCount(); ++r) {
                const QString accounts = w.keyModel()->index(r, KeyTableModel::Accounts).data().toString();
                const QString name =
                    w.keyModel()->index(r, KeyTableModel::Name).data(Qt::ToolTipRole).toString();
                if (accounts.contains(u"missing"_s) || name.contains(u"Unknown User"_s))
                    premature << accounts + u" / "_s + name;
            }
        });
    });
    QVERIFY(finished);
    QVERIFY(!finishedFirst);
    QVERIFY(listedKeys > 0);
    QVERIFY2(premature.isEmpty(), qPrintable(premature.join(u"; "_s)));
    // (No translator in this test: the source text, "%n key(s) listed; ...".)
    QVERIFY2(atListed.startsWith(QString::number(listedKeys) + u" key"_s) && atListed.contains(u"listed"_s),
             qPrintable(atListed));
    QVERIFY2(w.statusBar()->currentMessage().startsWith(u"Loaded "_s),
             qPrintable(w.statusBar()->currentMessage()));
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(shot.save(dir + u"/main-window-listed.png"_s));
}

void TestMainWindow::tableShowsTheServicesNumbers()
{
    support::ProfileStore store(QDir::temp().filePath(u"rka-mainwindow-test.ini"_s));
    MainWindow w(&store);
    open(w);
    QAbstractItemModelTester tester(w.keyProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester trashTester(w.trashModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 12 keys in the table, k10 in the trash: as the service's getAllApiKeys(false) / (true).
    QCOMPARE(w.keyProxy()->rowCount(), 12);
    QCOMPARE(w.trashModel()->rowCount(), 1);
    for (const QJsonValue& v : m_view) {
        const QJsonObject want = v.toObject();
        const QByteArray id = want.value(u"id"_s).toString().toLatin1();
        const int row = w.keyModel()->rowOfId(id);
        QVERIFY(row >= 0);
        const relay::KeyEntry& e = w.keyModel()->entry(row);
        QCOMPARE(e.stats.dailyCost, want.value(u"dailyCost"_s).toDouble());
        QCOMPARE(e.stats.totalCost, want.value(u"totalCost"_s).toDouble());
        const QJsonValue last = want.value(u"lastUsage"_s);
        const QString cell =
            w.keyModel()->index(row, KeyTableModel::LastUsed).data(KeyTableModel::SecondLineRole).toString();
        // A deleted account is named by its id (the service's literal "已删除" says less).
        if (last.isObject() && last.toObject().value(u"accountType"_s).toString() == u"deleted"_s)
            QVERIFY2(cell.contains(last.toObject().value(u"rawAccountId"_s).toString()), qPrintable(cell));
        else if (last.isObject())
            QVERIFY2(cell.contains(last.toObject().value(u"accountName"_s).toString()), qPrintable(cell));
    }
    // The cost cell shows today's cost of k01 in dollars.
    const int k01 = w.keyModel()->rowOfId(idOf(u"k01"_s));
    QCOMPARE(w.keyModel()->index(k01, KeyTableModel::Cost).data().toString(),
             KeyTableModel::formatCost(1.340625));
    QVERIFY(w.windowTitle().contains(u"fixture"_s));
}

void TestMainWindow::filtersThroughTheFilterBar()
{
    MainWindow w(nullptr);
    open(w);
    KeyFilterBar* bar = w.filterBar();
    bar->searchEdit()->setText(u"测试"_s); // QTest::keyClicks types ASCII only
    QCOMPARE(visibleNames(w), QStringList {u"k09"_s});
    bar->searchEdit()->clear();
    bar->tagCombo()->setCurrentIndex(bar->tagCombo()->findData(u"team-b"_s));
    QCOMPARE(visibleNames(w), (QStringList {u"k08"_s, u"k09"_s}));
    bar->tagCombo()->setCurrentIndex(0);
    bar->modelCombo()->setCurrentIndex(bar->modelCombo()->findData(u"gpt-5"_s));
    QCOMPARE(visibleNames(w), QStringList {u"k09"_s});
    bar->modelCombo()->setCurrentIndex(0);
    const QString alice = Fixtures::json(u"1.1.235"_s, u"seed-keys.json"_s)
                              .object()
                              .value(u"users"_s)
                              .toObject()
                              .value(u"alice"_s)
                              .toString();
    bar->ownerCombo()->setCurrentIndex(bar->ownerCombo()->findData(alice));
    QCOMPARE(visibleNames(w), QStringList {u"k05"_s});
    bar->ownerCombo()->setCurrentIndex(0);
    bar->accountCombo()->setCurrentIndex(bar->accountCombo()->findData(u"acc-gemini-01"_s));
    QCOMPARE(visibleNames(w), QStringList {u"k08"_s});
    bar->accountCombo()->setCurrentIndex(0);
    // Status: expired keys (k04, k06), which the web admin cannot show (D16).
    w.keyProxy()->setStatuses({relay::KeyStatus::Expired});
    QCOMPARE(visibleNames(w), (QStringList {u"k04"_s, u"k06"_s}));
    w.keyProxy()->setStatuses({});
    QCOMPARE(w.keyProxy()->rowCount(), 12);
}

void TestMainWindow::sortingByCost()
{
    MainWindow w(nullptr);
    open(w);
    w.keyView()->sortByColumn(KeyTableModel::Cost, Qt::DescendingOrder);
    const QByteArray first = w.keyProxy()->index(0, 0).data(KeyTableModel::KeyIdRole).toByteArray();
    QCOMPARE(first, idOf(u"k01"_s)); // $1.340625 today
    // All time: k01 still first, then k13 ($0.034245), k09 ($0.0215685).
    w.filterBar()->rangeCombo()->setCurrentIndex(
        w.filterBar()->rangeCombo()->findData(int(relay::StatsRange::AllTime)));
    QTRY_COMPARE(w.keyProxy()->index(1, 0).data(KeyTableModel::KeyIdRole).toByteArray(), idOf(u"k13"_s));
    QCOMPARE(w.keyProxy()->index(2, 0).data(KeyTableModel::KeyIdRole).toByteArray(), idOf(u"k09"_s));
}

void TestMainWindow::pastedPlaintextKeyIsFound()
{
    MainWindow w(nullptr);
    open(w);
    QString plain;
    for (const QJsonValue& v :
         Fixtures::json(u"1.1.235"_s, u"seed-keys.json"_s).object().value(u"keys"_s).toArray())
        if (v.toObject().value(u"name"_s).toString().startsWith(u"k08"_s))
            plain = v.toObject().value(u"apiKey"_s).toString();
    w.filterBar()->searchEdit()->setText(plain);
    QTRY_COMPARE(w.keyProxy()->rowCount(), 1);
    QCOMPARE(w.keyProxy()->index(0, 0).data(KeyTableModel::KeyIdRole).toByteArray(), idOf(u"k08"_s));
    QCOMPARE(w.selectedIds(), QList<QByteArray> {idOf(u"k08"_s)});
    QVERIFY(w.filterBar()->searchEdit()->text().isEmpty()); // the secret does not stay on screen
    QVERIFY(w.statusText().contains(u"k08"_s));
}

void TestMainWindow::batchDisableWritesExactlyIsActiveAndUpdatedAt()
{
    MainWindow w(nullptr);
    open(w);
    const QList<QByteArray> ids = {idOf(u"k01"_s), idOf(u"k02"_s), idOf(u"k08"_s)};
    QHash<QByteArray, QList<QByteArray>> before;
    for (const QByteArray& id : ids)
        before.insert(id, m_server.commandList({"HGETALL", "apikey:" + id}));
    w.selectIds(ids);
    QCOMPARE(w.selectedIds().size(), 3);
    QSignalSpy written(&w, &MainWindow::writeFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.setSelectedActive(false);
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 1; }, 10000));
    QVERIFY(written.first().first().value<relay::WriteResult>().ok());
    for (const QByteArray& id : ids) {
        const QList<QByteArray> after = m_server.commandList({"HGETALL", "apikey:" + id});
        QHash<QByteArray, QByteArray> a, b;
        for (qsizetype i = 0; i + 1 < after.size(); i += 2)
            a.insert(after.at(i), after.at(i + 1));
        for (qsizetype i = 0; i + 1 < before.value(id).size(); i += 2)
            b.insert(before.value(id).at(i), before.value(id).at(i + 1));
        QStringList changed;
        for (auto it = a.begin(); it != a.end(); ++it)
            if (b.value(it.key()) != it.value())
                changed << QString::fromLatin1(it.key());
        changed.sort();
        QCOMPARE(changed, (QStringList {u"isActive"_s, u"updatedAt"_s}));
        QCOMPARE(a.value("isActive"), "false"_ba);
    }
    // The table reloads and shows them disabled.
    QTRY_COMPARE(
        w.keyModel()->index(w.keyModel()->rowOfId(ids.first()), 0).data(KeyTableModel::StatusRole).toInt(),
        int(relay::KeyStatus::Disabled));
}

void TestMainWindow::readOnlyProfileOffersNoWriteAndCoreRefuses()
{
    MainWindow w(nullptr);
    open(w, true);
    for (const char* name : {"enable", "disable", "addTag", "removeTag", "trash", "regenerate", "newKey",
                             "editKey", "batchCreate", "batchEdit", "manageTags"})
        QVERIFY2(!w.action(QString::fromLatin1(name))->isVisible(), name);
    for (QPushButton* b : w.trashView()->parentWidget()->findChildren<QPushButton*>())
        QVERIFY(!b->isVisible());
    QVERIFY(w.windowTitle().contains(u"read-only"_s));
    // Forced anyway: core refuses and nothing reaches Redis.
    const QByteArray before = digest();
    m_server.command({"CONFIG", "RESETSTAT"});
    std::optional<relay::WriteResult> result;
    w.session()->writer()->setActive({idOf(u"k01"_s)}, false,
                                     [&](const relay::WriteResult& r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QCOMPARE(result->status, relay::WriteStatus::Refused);
    QCOMPARE(digest(), before);
    QVERIFY(!m_server.command({"INFO", "commandstats"}).contains("cmdstat_hset"));
}

void TestMainWindow::productionWriteAsksForTheNameAndCancelWritesNothing()
{
    MainWindow w(nullptr);
    open(w, false, true);
    const QByteArray before = digest();
    w.selectIds({idOf(u"k02"_s)});
    QString shown;
    QTimer::singleShot(200, this, [&] {
        auto* dialog = qobject_cast<ProductionConfirmDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->changesText();
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->reject();
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.setSelectedActive(false);
    QVERIFY2(shown.contains(u"k02-defaults"_s), qPrintable(shown));
    QTest::qWait(300);
    QCOMPARE(digest(), before);
    QVERIFY(w.statusText().contains(u"Cancelled"_s));

    // Typing the profile name lets the write through.
    QTimer::singleShot(200, this, [&] {
        auto* dialog = qobject_cast<ProductionConfirmDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->nameEdit(), u"prod-eu"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->accept();
    });
    QSignalSpy written(&w, &MainWindow::writeFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.setSelectedActive(false);
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 1; }, 10000));
    QCOMPARE(m_server.command({"HGET", "apikey:" + idOf(u"k02"_s), "isActive"}), "false"_ba);
}

void TestMainWindow::trashDeleteRestorePurge()
{
    MainWindow w(nullptr);
    open(w);
    const QByteArray k07 = idOf(u"k07"_s);
    QSignalSpy written(&w, &MainWindow::writeFinished);
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.selectIds({k07});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.trashSelected();
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 1 && loaded.count() >= 1; }, 10000));
    QCOMPARE(m_server.command({"HGET", "apikey:" + k07, "deletedBy"}), "tester"_ba);
    QCOMPARE(w.trashModel()->rowCount(), 2); // k10 and k07
    QCOMPARE(w.keyProxy()->rowCount(), 11);

    auto selectInTrash = [&](const QByteArray& id) {
        for (int r = 0; r < w.trashView()->model()->rowCount(); ++r)
            if (w.trashView()->model()->index(r, 0).data(TrashModel::KeyIdRole).toByteArray() == id)
                w.trashView()->selectRow(r);
    };
    selectInTrash(k07);
    w.restoreSelectedInTrash();
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 2 && loaded.count() >= 2; }, 10000));
    QCOMPARE(m_server.command({"HGET", "apikey:" + k07, "isActive"}), "true"_ba); // restore re-enables
    QCOMPARE(w.trashModel()->rowCount(), 1);

    const QByteArray k10 = idOf(u"k10"_s);
    selectInTrash(k10);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w.purgeSelectedInTrash();
    // The question comes once the Redis keys that go with the key are found.
    QTRY_VERIFY(MessageBox::lastText().contains(u"permanently"_s));
    QCOMPARE(m_server.command({"EXISTS", "apikey:" + k10}), "1"_ba); // cancelled: nothing removed
    QVERIFY(MessageBox::lastText().contains(u"1 key"_s));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.purgeSelectedInTrash();
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 3 && loaded.count() >= 3; }, 10000));
    QCOMPARE(m_server.command({"EXISTS", "apikey:" + k10}), "0"_ba);
    QCOMPARE(m_server.command({"KEYS", "*" + k10 + "*"}), QByteArray());
    QCOMPARE(w.trashModel()->rowCount(), 0);
}

void TestMainWindow::editorOpensFromTheWindow()
{
    MainWindow w(nullptr);
    open(w);
    w.selectIds({idOf(u"k08"_s)});
    QVERIFY(w.action(u"editKey"_s)->isEnabled());
    w.editCurrent();
    auto* editor = w.findChild<KeyEditorDialog*>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->settings().name(), u"k08-gemini-only"_s);
    editor->reject();
    QTRY_VERIFY(!w.findChild<KeyEditorDialog*>());
    w.newKey();
    QTRY_VERIFY(w.findChild<KeyEditorDialog*>());
    w.findChild<KeyEditorDialog*>()->reject();
}

void TestMainWindow::oneTimeKeyIsCopiedAndClearedFromTheClipboard()
{
    const QString key = u"cr_"_s + QString(64, u'a');
    OneTimeKeyDialog dialog({{u"k"_s, key}}, u"https://relay.example/api"_s, 1);
    QCOMPARE(OneTimeKeyDialog::environmentSnippet(u"https://relay.example/api"_s, key),
             u"export ANTHROPIC_BASE_URL=\"https://relay.example/api\"\nexport ANTHROPIC_AUTH_TOKEN=\""_s +
                 key + u"\""_s);
    dialog.copyKey();
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    QVERIFY(dialog.clipboardGuard()->isPending());
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000); // cleared after 1 s
    // Something else the user copied meanwhile is left alone.
    dialog.copySnippet();
    QGuiApplication::clipboard()->setText(u"unrelated"_s);
    QTest::qWait(1300);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"unrelated"_s);
}

void TestMainWindow::screenshot()
{
    MainWindow w(nullptr);
    w.resize(1280, 800);
    open(w);
    w.selectIds({idOf(u"k01"_s)});
    QTest::qWait(200);
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(w.grab().save(dir + u"/main-window.png"_s));
    w.tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    QVERIFY(w.grab().save(dir + u"/main-window-trash.png"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
