#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace rka::test {

bool TestCertificates::run(const QStringList& args)
{
    QString exe = qEnvironmentVariable("RKA_OPENSSL");
    if (exe.isEmpty())
        exe = u"openssl"_s;
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"openssl "_s + args.join(u' ') + u": "_s + QString::fromUtf8(p.readAll());
        return false;
    }
    return true;
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    QFile ext(path(u"server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    ext.close();
    QFile cext(path(u"client.ext"));
    if (!cext.open(QIODevice::WriteOnly))
        return false;
    cext.write("extendedKeyUsage=clientAuth\n");
    cext.close();

    auto makeCa = [&](const QString& name, const QString& cn) {
        return run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s,
                    name + u".crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN="_s + cn});
    };
    auto makeSigned = [&](const QString& name, const QString& cn, const QString& extFile) {
        return run({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                    u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s,
                    u"/CN="_s + cn}) &&
            run({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                 u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".crt"_s, u"-days"_s, u"2"_s,
                 u"-extfile"_s, extFile});
    };
    return makeCa(u"ca"_s, u"Relay Key Admin Test CA"_s) && makeCa(u"other-ca"_s, u"Unrelated Test CA"_s) &&
        makeSigned(u"server"_s, u"localhost"_s, u"server.ext"_s) &&
        makeSigned(u"client"_s, u"relay-key-admin-test-client"_s, u"client.ext"_s);
}

} // namespace rka::test
