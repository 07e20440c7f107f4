// TLS through QSslSocket against a redis-server with TLS, using certificates made at test time.

#include "RedisServer.h"
#include "SyncRedis.h"
#include "TestCertificates.h"

#include "support/Profile.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
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
    void verificationIsOnByDefault();
    void changedServerCertificateIsRefused();
    void noProtocolBelowTls12();

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

// A profile without any TLS setting verifies the server: the defaults of the settings, of a new
// profile and of a profile read from a file that never mentions verification.
void TestConnectionTls::verificationIsOnByDefault()
{
    QVERIFY(ConnectionSettings().tls.verifyPeer);
    QVERIFY(rka::support::Profile().connection.tls.verifyPeer);
    QVERIFY(rka::support::Profile().connection.tls.acceptedCertificateSha256.isEmpty());

    QTemporaryDir dir;
    const QString ini = dir.filePath(u"profiles.ini"_s);
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(u"profiles/p1/name"_s, u"old profile"_s);
        raw.setValue(u"profiles/p1/connection/host"_s, u"127.0.0.1"_s);
        raw.setValue(u"profiles/p1/connection/port"_s, int(m_server.tlsPort()));
        raw.setValue(u"profiles/p1/tls/enabled"_s, true); // nothing about verification
    }
    rka::support::ProfileStore store(ini);
    const std::optional<rka::support::Profile> p = store.profile(u"p1"_s);
    QVERIFY(p);
    QVERIFY(p->connection.tls.verifyPeer);
    // The self-signed test CA is not trusted by the system: the connection is refused.
    Connection c;
    ConnectionSettings s = p->connectionSettings(QString());
    s.connectTimeoutMs = 3000;
    QVERIFY(!openAndWait(c, s));
    QVERIFY2(c.lastError().message.contains(u"unknown authority"_s), qPrintable(c.lastError().message));
}

// The user accepted one certificate explicitly; the server then presents another one (a new key, same
// name, same port): refused, and the message says that the certificate changed.
void TestConnectionTls::changedServerCertificateIsRefused()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(qEnvironmentVariable("RKA_OPENSSL", u"openssl"_s),
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"second.key"_s, u"-out"_s,
                   u"second.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                   u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());

    auto certificate = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QSslCertificate(f.readAll(), QSsl::Pem) : QSslCertificate();
    };
    const QSslCertificate first = certificate(m_certs.serverCert());
    const QSslCertificate second = certificate(dir.filePath(u"second.crt"_s));
    QVERIFY(!first.isNull() && !second.isNull());
    QVERIFY(first.digest(QCryptographicHash::Sha256) != second.digest(QCryptographicHash::Sha256));

    RedisServer server;
    RedisServer::Options o;
    o.tls = true;
    o.tlsCertFile = m_certs.serverCert();
    o.tlsKeyFile = m_certs.serverKey();
    o.tlsCaFile = m_certs.caCert();
    QVERIFY2(server.start(o), qPrintable(server.errorString()));

    // No CA: verification fails, but exactly the first certificate was accepted.
    ConnectionSettings s = localSettings(server.tlsPort());
    s.tls.enabled = true;
    s.tls.acceptedCertificateSha256 = first.digest(QCryptographicHash::Sha256);
    {
        Connection c;
        QVERIFY2(openAndWait(c, s), qPrintable(c.lastError().message));
        QCOMPARE(runCommand(c, {"SET", "tls:first", "1"}).bytes(), "OK"_ba);
    }

    // The same server, now with the second certificate.
    o.tlsCertFile = dir.filePath(u"second.crt"_s);
    o.tlsKeyFile = dir.filePath(u"second.key"_s);
    o.tlsCaFile = dir.filePath(u"second.crt"_s);
    QVERIFY2(server.start(o), qPrintable(server.errorString()));
    QCOMPARE(server.tlsPort(), s.port);
    Connection c;
    QVERIFY(!openAndWait(c, s));
    QCOMPARE(c.state(), Connection::State::Failed);
    QVERIFY2(c.lastError().message.contains(u"changed since you accepted it"_s),
             qPrintable(c.lastError().message));
    QCOMPARE(c.lastPeerCertificate().digest(QCryptographicHash::Sha256),
             second.digest(QCryptographicHash::Sha256));
    QCOMPARE(server.command({"GET", "tls:second"}), "(nil)"_ba);

    // Accepting the new one explicitly works again, and only that one.
    s.tls.acceptedCertificateSha256 = second.digest(QCryptographicHash::Sha256);
    QVERIFY2(openAndWait(c, s), qPrintable(c.lastError().message));
}

// The connection asks for TLS 1.2 or later. A server that speaks only TLS 1.1 (openssl s_server
// -tls1_1 at security level 0) is refused, although a plain QSslSocket with the same, permissive base
// configuration completes a TLS 1.1 handshake with it.
void TestConnectionTls::noProtocolBelowTls12()
{
    const quint16 port = RedisServer::freePort();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(qEnvironmentVariable("RKA_OPENSSL", u"openssl"_s),
                 {u"s_server"_s, u"-accept"_s, u"127.0.0.1:"_s + QString::number(port), u"-cert"_s,
                  m_certs.serverCert(), u"-key"_s, m_certs.serverKey(), u"-tls1_1"_s, u"-cipher"_s,
                  u"DEFAULT@SECLEVEL=0"_s, u"-quiet"_s, u"-naccept"_s, u"4"_s});
    QVERIFY(server.waitForStarted(5000));
    auto cleanup = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(3000);
    });
    QVERIFY(QTest::qWaitFor(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(u"127.0.0.1"_s, port);
            return probe.waitForConnected(200);
        },
        10000));

    // A base configuration that allows old protocols and ciphers, as a careless system might.
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
    QSslConfiguration permissive = original;
    permissive.setProtocol(QSsl::AnyProtocol);
    permissive.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT@SECLEVEL=0"));
    permissive.setBackendConfigurationOption("MinProtocol", QByteArray("TLSv1"));
    QSslConfiguration::setDefaultConfiguration(permissive);

    // The control: with that configuration a plain socket speaks TLS 1.1 with the server.
    QSslSocket control;
    QSslConfiguration controlConf = permissive;
    controlConf.setPeerVerifyMode(QSslSocket::VerifyNone);
    control.setSslConfiguration(controlConf);
    control.connectToHostEncrypted(u"127.0.0.1"_s, port);
    const bool controlOk = control.waitForEncrypted(5000);
    if (!controlOk) {
        // This system cannot negotiate below TLS 1.2 at all; the refusal below then proves less, so
        // say so. The protocol the connection asks for is still checked through its refusal.
        qWarning("no TLS 1.1 handshake possible here (%s); the refusal is checked anyway",
                 qPrintable(control.errorString()));
    } else {
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        QCOMPARE(control.sessionProtocol(), QSsl::TlsV1_1);
        QT_WARNING_POP
        control.disconnectFromHost();
    }

    ConnectionSettings s = localSettings(port);
    s.tls.enabled = true;
    s.tls.verifyPeer = true;
    s.tls.caFile = m_certs.caCert(); // the certificate is fine: only the protocol is wrong
    s.connectTimeoutMs = 5000;
    Connection c;
    QVERIFY(!openAndWait(c, s));
    QCOMPARE(c.state(), Connection::State::Failed);
    QVERIFY(c.lastPeerCertificate().isNull()); // no handshake got as far as a certificate
    qInfo("TLS 1.1 server refused: %s", qPrintable(c.lastError().message));
    QVERIFY2(c.lastError().message.contains(u"older than 1.2"_s), qPrintable(c.lastError().message));
}

QTEST_GUILESS_MAIN(TestConnectionTls)
#include "tst_connectiontls.moc"
