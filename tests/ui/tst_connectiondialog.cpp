// The GUI's first steps, offscreen against a private Redis: the connection dialog connects without
// blocking and the main window shows the server's version and key count; errors are shown in words.

#include "RedisServer.h"

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include <QGroupBox>
#include <QTcpServer>

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rka::ui;
using namespace rka::test;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsAndShowsServer();
    void refusedConnectionIsShownInTheDialog();
    void wrongPasswordIsShownInTheDialog();
    void invalidInputIsRefusedBeforeConnecting();
    void windowStaysResponsiveWhileConnecting();

private:
    ConnectionDialog* openDialog(MainWindow& w);
    void fill(ConnectionDialog* d, const QString& host, int port, const QString& password = {});
    void clickConnect(ConnectionDialog* d);
    void saveScreenshot(QWidget* w, const QString& name);

    RedisServer m_server;
    RedisServer m_secured;
};

void TestConnectionDialog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (int i = 0; i < 7; ++i)
        m_server.command({"SET", "seed:" + QByteArray::number(i), "x"});
    RedisServer::Options o;
    o.password = u"right-password"_s;
    QVERIFY(m_secured.start(o));
}

ConnectionDialog* TestConnectionDialog::openDialog(MainWindow& w)
{
    w.showConnectDialog();
    ConnectionDialog* d = w.connectionDialog();
    if (d)
        (void)QTest::qWaitForWindowExposed(d);
    return d;
}

void TestConnectionDialog::fill(ConnectionDialog* d, const QString& host, int port, const QString& password)
{
    auto* hostEdit = d->findChild<QLineEdit*>(u"hostEdit"_s);
    hostEdit->clear();
    QTest::keyClicks(hostEdit, host);
    auto* portSpin = d->findChild<QSpinBox*>(u"portSpin"_s);
    portSpin->selectAll();
    QTest::keyClicks(portSpin, QString::number(port));
    auto* pw = d->findChild<QLineEdit*>(u"passwordEdit"_s);
    pw->clear();
    QTest::keyClicks(pw, password);
}

void TestConnectionDialog::clickConnect(ConnectionDialog* d)
{
    QPushButton* connect = nullptr;
    for (QPushButton* b : d->findChildren<QPushButton*>())
        if (b->text().remove(u'&') == u"Connect"_s)
            connect = b;
    QVERIFY(connect);
    QTest::mouseClick(connect, Qt::LeftButton);
}

void TestConnectionDialog::saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name));
}

void TestConnectionDialog::connectsAndShowsServer()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ConnectionDialog* d = openDialog(w);
    QVERIFY(d);
    fill(d, u"127.0.0.1"_s, m_server.port());
    saveScreenshot(d, u"connection-dialog.png"_s);
    clickConnect(d);
    QTRY_VERIFY_WITH_TIMEOUT(w.connection() && w.connection()->isReady(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(w.summaryValue(u"keys"_s), u"7"_s, 5000);
    const QByteArray info = m_server.command({"INFO", "server"});
    const QByteArray version = info.mid(info.indexOf("redis_version:") + 14).split('\r').first();
    QCOMPARE(w.summaryValue(u"version"_s), QString::fromLatin1(version));
    QCOMPARE(w.summaryValue(u"endpoint"_s), u"127.0.0.1:"_s + QString::number(m_server.port()));
    QVERIFY(w.windowTitle().contains(QString::number(m_server.port())));
    QTRY_VERIFY(!w.connectionDialog()); // closed after connecting
    saveScreenshot(&w, u"main-window-connected.png"_s);

    // Refresh picks up changes.
    m_server.command({"SET", "seed:new", "x"});
    w.refreshSummary();
    QTRY_COMPARE_WITH_TIMEOUT(w.summaryValue(u"keys"_s), u"8"_s, 5000);
    m_server.command({"DEL", "seed:new"});
}

void TestConnectionDialog::refusedConnectionIsShownInTheDialog()
{
    MainWindow w;
    w.show();
    ConnectionDialog* d = openDialog(w);
    const quint16 closed = RedisServer::freePort();
    fill(d, u"127.0.0.1"_s, closed);
    clickConnect(d);
    QTRY_VERIFY_WITH_TIMEOUT(d->statusText().startsWith(u"Connection refused"_s), 5000);
    QVERIFY(d->statusText().contains(u"127.0.0.1:"_s + QString::number(closed)));
    QVERIFY(d->isVisible()); // stays open so the user can correct it
    QVERIFY(!w.connection());
    saveScreenshot(d, u"connection-dialog-refused.png"_s);
}

void TestConnectionDialog::wrongPasswordIsShownInTheDialog()
{
    MainWindow w;
    w.show();
    ConnectionDialog* d = openDialog(w);
    fill(d, u"127.0.0.1"_s, m_secured.port(), u"wrong-password"_s);
    clickConnect(d);
    QTRY_VERIFY_WITH_TIMEOUT(d->statusText().contains(u"WRONGPASS"_s), 5000);
    QVERIFY(!d->statusText().contains(u"wrong-password"_s)); // the password itself is never shown
    fill(d, u"127.0.0.1"_s, m_secured.port(), u"right-password"_s);
    clickConnect(d);
    QTRY_VERIFY_WITH_TIMEOUT(w.connection() && w.connection()->isReady(), 5000);
}

void TestConnectionDialog::invalidInputIsRefusedBeforeConnecting()
{
    MainWindow w;
    w.show();
    ConnectionDialog* d = openDialog(w);
    fill(d, QString(), m_server.port());
    clickConnect(d);
    QVERIFY(d->statusText().contains(u"Enter the host"_s));

    fill(d, u"127.0.0.1"_s, m_server.port());
    d->findChild<QGroupBox*>(u"tlsGroup"_s)->setChecked(true);
    d->findChild<QLineEdit*>(u"caEdit"_s)->setText(u"/nonexistent/ca.pem"_s);
    clickConnect(d);
    QVERIFY2(d->statusText().contains(u"/nonexistent/ca.pem"_s), qPrintable(d->statusText()));
    QVERIFY(!w.connection());
}

void TestConnectionDialog::windowStaysResponsiveWhileConnecting()
{
    // A listener that accepts and never answers: the connect takes until its timeout, and the event
    // loop keeps running meanwhile (a timer keeps firing).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    MainWindow w;
    w.show();
    ConnectionDialog* d = openDialog(w);
    fill(d, u"127.0.0.1"_s, silent.serverPort());
    d->findChild<QSpinBox*>(u"connectTimeoutSpin"_s)->setValue(1);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(20);
    clickConnect(d);
    QVERIFY(d->statusText().startsWith(u"Connecting"_s));
    QTRY_VERIFY_WITH_TIMEOUT(d->statusText().contains(u"connect timeout"_s), 5000);
    QVERIFY2(ticks >= 25, qPrintable(QString::number(ticks)));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
