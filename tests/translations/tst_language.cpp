// The interface language: switched at run time from the language menu while the main window (with a
// key list loaded from the 1.1.235 fixture), the logs window and the key editor are open; every one
// of them shows the new language at once, and English again after switching back. The choice is
// remembered. Ends with screenshots of the main window in Simplified and Traditional Chinese (and in
// the pseudo-locale when the build has it).
//
// The expected texts are written out here, not taken from the translation files.

#include "Fixtures.h"
#include "RedisServer.h"

#include "ConnectionDialog.h"
#include "KeyDetailWidget.h"
#include "KeyEditorDialog.h"
#include "KeyFilterBar.h"
#include "KeyTableModel.h"
#include "Language.h"
#include "LogsWindow.h"
#include "MainWindow.h"
#include "ProfileDialog.h"

#include "support/Clock.h"
#include "support/Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::ui;
using namespace rka::test;
using support::Translations;

namespace {

// The texts the test follows, in one language.
struct Texts
{
    QString viewMenu;
    QString keysMenu;
    QString refreshAction;
    QString nameHeader;
    QString keysTab;
    QString settingsBox;
    QString logsTitle;
    QString editorTitle;
    QString connectButton;

    bool operator==(const Texts&) const = default;
};

QString toString(const Texts& t)
{
    return QStringList {t.viewMenu,    t.keysMenu,  t.refreshAction, t.nameHeader,   t.keysTab,
                        t.settingsBox, t.logsTitle, t.editorTitle,   t.connectButton}
        .join(u" | "_s);
}

const Texts English {u"&View"_s,    u"&Keys"_s, u"&Refresh"_s,    u"Name"_s,    u"Keys"_s,
                     u"Settings"_s, u"Logs"_s,  u"New API key"_s, u"&Connect"_s};
const Texts SimplifiedChinese {u"视图(&V)"_s, u"密钥(&K)"_s, u"刷新(&R)"_s,     u"名称"_s,    u"密钥"_s,
                               u"设置"_s,     u"日志"_s,     u"新建 API Key"_s, u"连接(&C)"_s};
const Texts TraditionalChinese {u"檢視(&V)"_s, u"金鑰(&K)"_s, u"重新整理(&R)"_s, u"名稱"_s,    u"金鑰"_s,
                                u"設定"_s,     u"日誌"_s,     u"新增 API Key"_s, u"連線(&C)"_s};

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void namesOfLanguages();
    void switchesAtRunTimeInEveryWindow();
    void screenshots();

private:
    void open(MainWindow& w);
    Texts texts(MainWindow& w, KeyEditorDialog* editor, ConnectionDialog* connect) const;
    void choose(MainWindow& w, const QString& code);

    RedisServer m_server;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RelayKeyAdminTest"_s);
    QCoreApplication::setApplicationName(u"tst_language"_s);
    QSettings().clear();
    QVERIFY(m_server.start());
}

void TestLanguage::init()
{
    m_server.command({"FLUSHDB"});
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 0, &error),
             qPrintable(error));
    support::Clock::setInstance(std::make_shared<support::FixedClock>(Fixtures::viewInstant()));
    Translations::install(u"en"_s);
}

void TestLanguage::cleanup()
{
    support::Clock::setInstance(nullptr);
    Translations::install(u"en"_s);
}

void TestLanguage::namesOfLanguages()
{
    bool ok = false;
    QCOMPARE(Translations::normalize(u"zh-TW"_s, &ok), u"zh_TW"_s);
    QVERIFY(ok);
    QCOMPARE(Translations::normalize(u"zh_Hant"_s, &ok), u"zh_TW"_s);
    QCOMPARE(Translations::normalize(u"zh_HK"_s, &ok), u"zh_TW"_s);
    QCOMPARE(Translations::normalize(u"zh"_s, &ok), u"zh_CN"_s);
    QCOMPARE(Translations::normalize(u"zh_CN"_s, &ok), u"zh_CN"_s);
    QCOMPARE(Translations::normalize(u"en_GB"_s, &ok), u"en"_s);
    QCOMPARE(Translations::normalize(u"system"_s, &ok), QString());
    QVERIFY(ok);
    QCOMPARE(Translations::normalize(u"klingon"_s, &ok), QString());
    QVERIFY(!ok);
    QCOMPARE(Translations::optionValue({u"app"_s, u"--lang"_s, u"zh_TW"_s}, u"lang"_s), u"zh_TW"_s);
    QCOMPARE(Translations::optionValue({u"app"_s, u"--lang=zh_CN"_s, u"list"_s}, u"lang"_s), u"zh_CN"_s);
    QCOMPARE(Translations::optionValue({u"app"_s, u"--"_s, u"--lang=x"_s}, u"lang"_s), QString());
    qInfo("languages: %s", qPrintable(Translations::available().join(u", "_s)));
    for (const QString& code : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s})
        QVERIFY2(Translations::available().contains(code), qPrintable(code));
    // The embedded translations are there.
    for (const QString& code : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s})
        QVERIFY(QFile::exists(u":/i18n/relaykeyadmin_"_s + code + u".qm"_s));
}

void TestLanguage::open(MainWindow& w)
{
    support::Profile p;
    p.name = u"fixture"_s;
    p.connection.host = u"127.0.0.1"_s;
    p.connection.port = m_server.port();
    p.operatorName = u"tester"_s;
    p.service.timezoneOffset = 8;
    w.resize(1280, 800);
    w.show();
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.openSession(p, QString(), Fixtures::encryptionKey());
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));
}

Texts TestLanguage::texts(MainWindow& w, KeyEditorDialog* editor, ConnectionDialog* connect) const
{
    Texts t;
    for (QAction* a : w.menuBar()->actions()) {
        if (!a->menu())
            continue;
        if (a->menu()->actions().contains(w.action(u"refresh"_s)))
            t.viewMenu = a->text();
        if (a->menu()->actions().contains(w.action(u"newKey"_s)))
            t.keysMenu = a->text();
    }
    t.refreshAction = w.action(u"refresh"_s)->text();
    t.nameHeader = w.keyModel()->headerData(KeyTableModel::Name, Qt::Horizontal).toString();
    t.keysTab = w.tabs()->tabText(0);
    if (auto* box = w.detailPane()->findChild<QGroupBox*>(u"settingsSection"_s))
        t.settingsBox = box->title();
    t.logsTitle = w.logsWindow() ? w.logsWindow()->windowTitle() : QString();
    t.editorTitle = editor->windowTitle();
    for (QPushButton* b : connect->findChildren<QPushButton*>())
        if (b->text().contains(u'&') &&
            connect->findChild<QDialogButtonBox*>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
            t.connectButton = b->text();
    return t;
}

void TestLanguage::choose(MainWindow& w, const QString& code)
{
    auto* menu = w.findChild<LanguageMenu*>();
    QVERIFY(menu);
    QAction* entry = menu->actionFor(code);
    QVERIFY2(entry, qPrintable(code));
    entry->trigger();
    // The translators post QEvent::LanguageChange to every window.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(entry->isChecked());
}

void TestLanguage::switchesAtRunTimeInEveryWindow()
{
    MainWindow w(nullptr);
    open(w);
    w.selectIds({w.keyModel()->entry(0).id});
    w.showLogs();
    w.newKey();
    QTRY_VERIFY(w.findChild<KeyEditorDialog*>());
    auto* editor = w.findChild<KeyEditorDialog*>();
    ConnectionDialog connect(&w);
    connect.show();
    QCoreApplication::processEvents();

    const Texts english = texts(w, editor, &connect);
    QCOMPARE(toString(english), toString(English));
    const QString statusHeader = w.keyModel()->headerData(KeyTableModel::Status, Qt::Horizontal).toString();

    QSignalSpy headers(w.keyModel(), &QAbstractItemModel::headerDataChanged);
    choose(w, u"zh_CN"_s);
    QCOMPARE(toString(texts(w, editor, &connect)), toString(SimplifiedChinese));
    QVERIFY(headers.count() > 0); // the views were told to ask again
    QCOMPARE(w.keyModel()->headerData(KeyTableModel::Status, Qt::Horizontal).toString(), u"状态"_s);
    QCOMPARE(Translations::effective(), u"zh_CN"_s);
    QCOMPARE(Language::saved(), u"zh_CN"_s);

    choose(w, u"zh_TW"_s);
    QCOMPARE(toString(texts(w, editor, &connect)), toString(TraditionalChinese));
    QCOMPARE(w.keyModel()->headerData(KeyTableModel::Status, Qt::Horizontal).toString(), u"狀態"_s);
    QCOMPARE(Language::saved(), u"zh_TW"_s);

    choose(w, u"en"_s);
    QCOMPARE(toString(texts(w, editor, &connect)), toString(english));
    QCOMPARE(w.keyModel()->headerData(KeyTableModel::Status, Qt::Horizontal).toString(), statusHeader);

    // "System default" forgets the choice.
    choose(w, Translations::System);
    QCOMPARE(Language::saved(), QString());
    editor->reject();
}

void TestLanguage::screenshots()
{
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    for (const QString& code : {u"zh_CN"_s, u"zh_TW"_s}) {
        Translations::install(code);
        MainWindow w(nullptr);
        open(w);
        // Another key first: the pane then shows k01 in place of a shorter one.
        w.selectIds({w.keyModel()->entry(0).id});
        for (int r = 0; r < w.keyModel()->rowCount(); ++r)
            if (w.keyModel()->entry(r).key.name().startsWith(u"k01"_s))
                w.selectIds({w.keyModel()->entry(r).id});
        QTest::qWait(200);
        const QString expected = code == u"zh_CN"_s ? SimplifiedChinese.keysTab : TraditionalChinese.keysTab;
        QCOMPARE(w.tabs()->tabText(0), expected);
        QVERIFY(w.grab().save(dir + u"/main-"_s + code + u".png"_s));
        // The key editor and the profile dialog, for a look at their labels.
        w.newKey();
        QTRY_VERIFY(w.findChild<KeyEditorDialog*>());
        auto* editor = w.findChild<KeyEditorDialog*>();
        QTest::qWait(50);
        QVERIFY(editor->grab().save(dir + u"/editor-"_s + code + u".png"_s));
        editor->reject();
        ProfileDialog profile(&w);
        profile.show();
        QTest::qWait(50);
        QVERIFY(profile.grab().save(dir + u"/profile-"_s + code + u".png"_s));
    }
    // A build with RKA_PSEUDO_LOCALE=ON: every translated text is marked "[...~~]".
    if (!Translations::available().contains(Translations::pseudoCode()))
        return;
    Translations::install(Translations::pseudoCode());
    MainWindow w(nullptr);
    open(w);
    QTest::qWait(200);
    QVERIFY(w.tabs()->tabText(0).startsWith(u'['));
    QVERIFY(w.tabs()->tabText(0).endsWith(u']'));
    QVERIFY(w.grab().save(dir + u"/main-pseudo.png"_s));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
