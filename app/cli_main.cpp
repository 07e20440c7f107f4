// relay-key-admin-cli: the command line tool. Thin: parse arguments, run one command, exit.

#include "redis/Connection.h"
#include "redis/ServerSummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Exit codes, documented in --help.
enum ExitCode { Ok = 0, UsageError = 2, ConnectionError = 3, CommandError = 4 };

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

void printError(const QString& message)
{
    QTextStream(stderr) << u"relay-key-admin-cli: "_s << message << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relay-key-admin-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(RKA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads claude-relay-service API keys from the service's Redis.\n\n"
           "Commands:\n  info    the server, its version and the number of keys\n\n"
           "The connection comes from the options, or from the service's environment variables REDIS_HOST, "
           "REDIS_PORT, REDIS_USERNAME, REDIS_PASSWORD, REDIS_DB and REDIS_ENABLE_TLS.\n\n"
           "Exit codes: 0 success, 2 bad arguments, 3 cannot connect, 4 the command failed."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOpt(u"host"_s, tr("Redis host (default 127.0.0.1)."), tr("host"));
    const QCommandLineOption portOpt(u"port"_s, tr("Redis port (default 6379)."), tr("port"));
    const QCommandLineOption userOpt(u"user"_s, tr("ACL user name."), tr("name"));
    const QCommandLineOption dbOpt(u"db"_s, tr("Database number (default 0)."), tr("number"));
    const QCommandLineOption tlsOpt(u"tls"_s, tr("Connect with TLS."));
    const QCommandLineOption caOpt(u"tls-ca"_s, tr("CA certificate file (PEM)."), tr("file"));
    const QCommandLineOption certOpt(u"tls-cert"_s, tr("Client certificate file (PEM)."), tr("file"));
    const QCommandLineOption keyOpt(u"tls-key"_s, tr("Client key file (PEM)."), tr("file"));
    const QCommandLineOption sniOpt(u"tls-server-name"_s, tr("Name to verify in the server certificate."),
                                    tr("name"));
    const QCommandLineOption timeoutOpt(
        u"timeout"_s, tr("Connect and command timeout in seconds (default 10)."), tr("seconds"));
    parser.addOptions({hostOpt, portOpt, userOpt, dbOpt, tlsOpt, caOpt, certOpt, keyOpt, sniOpt, timeoutOpt});
    parser.addPositionalArgument(u"command"_s, tr("The command to run: info."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        printError(tr("no command given; see --help."));
        return UsageError;
    }
    if (args.first() != u"info"_s) {
        printError(tr("unknown command \"%1\"; see --help.").arg(args.first()));
        return UsageError;
    }

    rka::redis::ConnectionSettings s;
    auto pick = [&](const QCommandLineOption& opt, const char* env, const QString& fallback) {
        if (parser.isSet(opt))
            return parser.value(opt);
        const QString e = qEnvironmentVariable(env);
        return e.isEmpty() ? fallback : e;
    };
    s.host = pick(hostOpt, "REDIS_HOST", u"127.0.0.1"_s);
    bool ok = false;
    const uint port = pick(portOpt, "REDIS_PORT", u"6379"_s).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        printError(tr("the port must be a number from 1 to 65535."));
        return UsageError;
    }
    s.port = quint16(port);
    s.username = pick(userOpt, "REDIS_USERNAME", QString());
    s.password = qEnvironmentVariable("REDIS_PASSWORD");
    s.database = pick(dbOpt, "REDIS_DB", u"0"_s).toInt(&ok);
    if (!ok || s.database < 0) {
        printError(tr("the database must be a number from 0 up."));
        return UsageError;
    }
    s.tls.enabled = parser.isSet(tlsOpt) || qEnvironmentVariable("REDIS_ENABLE_TLS") == u"true"_s;
    s.tls.caFile = parser.value(caOpt);
    s.tls.clientCertificateFile = parser.value(certOpt);
    s.tls.clientKeyFile = parser.value(keyOpt);
    s.tls.serverName = parser.value(sniOpt);
    const int timeout = parser.isSet(timeoutOpt) ? parser.value(timeoutOpt).toInt(&ok) : 10;
    if (!ok || timeout <= 0) {
        printError(tr("the timeout must be a positive number of seconds."));
        return UsageError;
    }
    s.connectTimeoutMs = s.commandTimeoutMs = timeout * 1000;
    s.readOnly = true; // every command of this tool so far only reads

    rka::redis::Connection connection;
    connection.setSettings(s);
    int exitCode = Ok;
    QObject::connect(&connection, &rka::redis::Connection::failed, &app,
                     [&](const rka::redis::RedisError& e) {
                         printError(e.message);
                         exitCode = ConnectionError;
                         app.quit();
                     });
    QObject::connect(&connection, &rka::redis::Connection::ready, &app, [&] {
        rka::redis::fetchServerSummary(
            connection, &app, [&](const rka::redis::ServerSummary& summary, const rka::redis::RedisError& e) {
                if (e) {
                    printError(e.message);
                    exitCode = CommandError;
                } else {
                    QTextStream out(stdout);
                    out << tr("server: %1").arg(s.endpoint()) << Qt::endl
                        << tr("redis version: %1").arg(summary.version) << Qt::endl
                        << tr("database: %1").arg(s.database) << Qt::endl
                        << tr("keys: %1").arg(summary.keyCount) << Qt::endl;
                }
                app.quit();
            });
    });
    connection.open();
    app.exec();
    connection.close();
    return exitCode;
}
