#pragma once

#include <QString>
#include <QTemporaryDir>

namespace rka::test {

// Certificates made at test time with the openssl command: a CA, a server certificate for
// "localhost" and 127.0.0.1 signed by it, a client certificate signed by it, and an unrelated CA.
class TestCertificates
{
public:
    bool generate();
    QString errorString() const { return m_error; }

    QString caCert() const { return path(u"ca.crt"); }
    QString serverCert() const { return path(u"server.crt"); }
    QString serverKey() const { return path(u"server.key"); }
    QString clientCert() const { return path(u"client.crt"); }
    QString clientKey() const { return path(u"client.key"); }
    QString otherCaCert() const { return path(u"other-ca.crt"); }
    QString dir() const { return m_dir.path(); }

private:
    QString path(QStringView name) const { return m_dir.filePath(name.toString()); }
    bool run(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace rka::test
