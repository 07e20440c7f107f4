// The main window on the demo data set, in-process: the demo profile says what it is (banner badge,
// window title), is never stored, and every tab has something to show. Screenshots of the key list,
// each tab of the detail pane and each main tab go to $RKA_ARTIFACTS/demo-*.png.

#include "RedisServer.h"
#include "SyncRedis.h"

#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "ProfileBanner.h"
#include "TrashModel.h"

#include "relay/DemoData.h"
#include "support/Profile.h"

#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::test;

class TestDemoWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoProfileIsShownAndNeverStored();
    void everyTabHasSomethingToShow();

private:
    void save(QWidget* widget, const QString& name);

    RedisServer m_server;
    QTemporaryDir m_dir;
    relay::DemoData::Summary m_summary;
    std::unique_ptr<support::ProfileStore> m_profiles;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestDemoWindow::save(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", m_dir.path());
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name;
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestDemoWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    redis::Connection c;
    QVERIFY(openAndWait(c, localSettings(m_server.port())));
    relay::DemoData::Options options;
    options.encryptionKey = relay::DemoData::generateEncryptionKey();
    bool done = false;
    relay::DemoData::seed(c, options, this, [&](const relay::DemoData::Summary& s) {
        m_summary = s;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 240000));
    QVERIFY2(m_summary.error.isEmpty(), qPrintable(m_summary.error));

    m_profiles = std::make_unique<support::ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_window = std::make_unique<ui::MainWindow>(m_profiles.get());
    m_window->resize(1440, 900);
    m_window->setAuditLogPath(m_dir.filePath(u"audit.log"_s));
    m_window->show();

    // What DemoMode opens (app/DemoMode.cpp): an in-memory profile without an id.
    support::Profile profile;
    profile.name = u"Demo"_s;
    profile.demo = true;
    profile.connection = localSettings(m_server.port());
    profile.operatorName = u"demo"_s;
    profile.secretStorage = support::SecretStorage::AskEveryTime;
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::keysLoaded);
    m_window->openSession(profile, QString(), options.encryptionKey);
    QVERIFY(loaded.wait(60000));
}

void TestDemoWindow::demoProfileIsShownAndNeverStored()
{
    auto* banner = m_window->findChild<ui::ProfileBanner*>();
    QVERIFY(banner);
    QVERIFY2(banner->badges().contains(u"DEMO"_s), qPrintable(banner->badges().join(u',')));
    QVERIFY(banner->text().contains(u"Demo"_s));
    QVERIFY2(m_window->windowTitle().contains(u"[demo]"_s), qPrintable(m_window->windowTitle()));
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(m_profiles->lastUsedId().isEmpty());

    // Every key is listed: the live ones in the table, the deleted ones in the trash.
    QCOMPARE(m_window->keyProxy()->rowCount(), m_summary.keys - m_summary.deletedKeys);
    QCOMPARE(m_window->trashModel()->rowCount(), m_summary.deletedKeys);
}

void TestDemoWindow::everyTabHasSomethingToShow()
{
    // The busiest key first, selected.
    QTableView* view = m_window->keyView();
    view->sortByColumn(ui::KeyTableModel::Cost, Qt::DescendingOrder);
    view->selectRow(0);
    QTest::qWait(1500); // the detail pane, records and charts load asynchronously (picture only)
    save(m_window.get(), u"demo-keys.png"_s);

    // The detail pane's tabs: every QTabWidget inside the keys page except the main one.
    QTabWidget* main = m_window->tabs();
    for (QTabWidget* tabs : m_window->findChildren<QTabWidget*>()) {
        if (tabs == main)
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(1500);
            save(m_window.get(), u"demo-detail-%1.png"_s.arg(i));
        }
        tabs->setCurrentIndex(0);
    }
    // The main tabs (keys, trash, dashboard, ...).
    for (int i = 1; i < main->count(); ++i) {
        main->setCurrentIndex(i);
        QTest::qWait(1500);
        save(m_window.get(), u"demo-tab-%1.png"_s.arg(i));
    }
    main->setCurrentIndex(0);
}

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
