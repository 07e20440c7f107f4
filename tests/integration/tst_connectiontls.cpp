// TLS through QSslSocket against a redis-server with TLS, using certificates made at test time.

#include "RedisServer.h"
#include "SyncRedis.h"
#include "TestCertificates.h"

#include <QFile>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka::redis;
using namespace rka::test;

class TestConnectionTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsWithTheRightCa_data();
    void connectsWithTheRightCa();
    void unknownCaIsRefused();
    void wrongHostNameIsRefused();
    void clientCertificateRequiredAndUsed();
    void explicitlyAcceptedCertificate();
    void unreadableCaFileIsAConfigurationError();
    void tlsToAPlainPortFailsClearly();

private:
    ConnectionSettings tlsSettings(quint16 port) const;
    TestCertificates m_certs;
    RedisServer m_server; // TLS, no client certificate needed
    RedisServer m_mtlsServer; // TLS, client certificate required
};

void TestConnectionTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QVERIFY2(m_certs.generate(), qPrintable(m_certs.errorString()));
    RedisServer::Options o;
    o.tls = true;
    o.tlsCertFile = m_certs.serverCert();
    o.tlsKeyFile = m_certs.serverKey();
    o.tlsCaFile = m_certs.caCert();
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
    o.tlsAuthClients = true;
    QVERIFY2(m_mtlsServer.start(o), qPrintable(m_mtlsServer.errorString()));
}

ConnectionSettings TestConnectionTls::tlsSettings(quint16 port) const
{
    ConnectionSettings s = localSettings(port);
    s.tls.enabled = true;
    s.tls.caFile = m_certs.caCert();
    return s;
}

void TestConnectionTls::connectsWithTheRightCa_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("serverName");
    QTest::newRow("ip address in SAN") << u"127.0.0.1"_s << QString();
    QTest::newRow("host name") << u"localhost"_s << QString();
    QTest::newRow("server name given") << u"127.0.0.1"_s << u"localhost"_s;
}

void TestConnectionTls::connectsWithTheRightCa()
{
    QFETCH(QString, host);
    QFETCH(QString, serverName);
    ConnectionSettings s = tlsSettings(m_server.tlsPort());
    s.host = host;
    s.tls.serverName = serverName;
    Connection c;
    QVERIFY2(openAndWait(c, s), qPrintable(c.lastError().message));
    QCOMPARE(runCommand(c, {"SET", "tls:k", "over tls"}).bytes(), "OK"_ba);
    QCOMPARE(m_server.command({"GET", "tls:k"}), "over tls"_ba);
    QVERIFY(!c.lastPeerCertificate().isNull());
    QCOMPARE(c.lastPeerCertificate().subjectInfo(QSslCertificate::CommonName).value(0), u"localhost"_s);
}

void TestConnectionTls::unknownCaIsRefused()
{
    ConnectionSettings s = tlsSettings(m_server.tlsPort());
    s.tls.caFile = m_certs.otherCaCert();
    Connection c;
    QVERIFY(!openAndWait(c, s));
    QCOMPARE(c.state(), Connection::State::Failed);
    QVERIFY2(c.lastError().message.contains(u"unknown authority"_s), qPrintable(c.lastError().message));
    QCOMPARE(m_server.command({"GET", "tls:never"}), "(nil)"_ba);

    s.tls.caFile.clear(); // only the system's authorities
    QVERIFY(!openAndWait(c, s));
    QVERIFY2(c.lastError().message.contains(u"unknown authority"_s), qPrintable(c.lastError().message));
}

void TestConnectionTls::wrongHostNameIsRefused()
{
    ConnectionSettings s = tlsSettings(m_server.tlsPort());
    s.tls.serverName = u"redis.wrong-name.invalid"_s;
    Connection c;
    QVERIFY(!openAndWait(c, s));
    QVERIFY2(c.lastError().message.contains(u"does not match host name redis.wrong-name.invalid"_s),
             qPrintable(c.lastError().message));
}

void TestConnectionTls::clientCertificateRequiredAndUsed()
{
    ConnectionSettings s = tlsSettings(m_mtlsServer.tlsPort());
    Connection c;
    QVERIFY(!openAndWait(c, s));
    QCOMPARE(c.state(), Connection::State::Failed);
    QVERIFY2(c.lastError().message.contains(u"client certificate"_s), qPrintable(c.lastError().message));

    s.tls.clientCertificateFile = m_certs.clientCert();
    s.tls.clientKeyFile = m_certs.clientKey();
    QVERIFY2(openAndWait(c, s), qPrintable(c.lastError().message));
    QCOMPARE(runCommand(c, {"ECHO", "mutual"}).bytes(), "mutual"_ba);
}

void TestConnectionTls::explicitlyAcceptedCertificate()
{
    QFile f(m_certs.serverCert());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QSslCertificate serverCert(f.readAll(), QSsl::Pem);
    QVERIFY(!serverCert.isNull());

    // No CA: verification fails, but the user accepted exactly this certificate.
    ConnectionSettings s = tlsSettings(m_server.tlsPort());
    s.tls.caFile.clear();
    s.tls.acceptedCertificateSha256 = serverCert.digest(QCryptographicHash::Sha256);
    Connection c;
    QVERIFY2(openAndWait(c, s), qPrintable(c.lastError().message));
    QCOMPARE(runCommand(c, {"PING"}).bytes(), "PONG"_ba);

    // A different certificate than the accepted one is refused, and the message says it changed.
    s.tls.acceptedCertificateSha256 =
        QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256);
    QVERIFY(!openAndWait(c, s));
    QVERIFY2(c.lastError().message.contains(u"changed since you accepted it"_s),
             qPrintable(c.lastError().message));
}

void TestConnectionTls::unreadableCaFileIsAConfigurationError()
{
    ConnectionSettings s = tlsSettings(m_server.tlsPort());
    s.tls.caFile = m_certs.dir() + u"/does-not-exist.pem"_s;
    Connection c;
    QVERIFY(!openAndWait(c, s));
    QCOMPARE(c.lastError().code, RedisError::Code::Configuration);
    QVERIFY(c.lastError().message.contains(u"does-not-exist.pem"_s));

    s = tlsSettings(m_mtlsServer.tlsPort());
    s.tls.clientCertificateFile = m_certs.clientCert();
    s.tls.clientKeyFile = m_certs.caCert(); // a certificate is not a key
    QVERIFY(!openAndWait(c, s));
    QCOMPARE(c.lastError().code, RedisError::Code::Configuration);
    QVERIFY(c.lastError().message.contains(u"client key"_s));
}

void TestConnectionTls::tlsToAPlainPortFailsClearly()
{
    ConnectionSettings s = tlsSettings(m_server.port()); // the plain port
    s.connectTimeoutMs = 3000;
    Connection c;
    QElapsedTimer t;
    t.start();
    QVERIFY(!openAndWait(c, s));
    QVERIFY(t.elapsed() < 8000);
    QCOMPARE(c.state(), Connection::State::Failed);
    QVERIFY(!c.lastError().message.isEmpty());
    QVERIFY2(c.lastError().message.contains(QString::number(m_server.port())) ||
                 c.lastError().message.contains(u"TLS"_s),
             qPrintable(c.lastError().message));
}

QTEST_GUILESS_MAIN(TestConnectionTls)
#include "tst_connectiontls.moc"
