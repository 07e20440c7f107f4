#include "CliSession.h"
#include "CliText.h"

#include "support/Clock.h"
#include "support/EnvFile.h"
#include "support/ServiceTime.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace rka::cli {

CliSession::CliSession(QCommandLineParser& p, QTextStream& o, QTextStream& e)
    : parser(p)
    , out(o)
    , err(e)
{ }

void CliSession::error(const QString& message) const
{
    err << u"relay-key-admin-cli: "_s << message << Qt::endl;
}

void CliSession::wait(const std::function<void(std::function<void()> done)>& start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

bool CliSession::configure(const QHash<QString, QString>& environment)
{
    relay::ServiceEnvironment base;
    if (parser.isSet(u"env-file"_s)) {
        const support::EnvFile file = support::EnvFile::load(parser.value(u"env-file"_s));
        if (!file.error().isEmpty()) {
            error(file.error());
            return false;
        }
        for (const QString& p : file.problems())
            error(Cli::tr("%1: %2 (ignored)").arg(parser.value(u"env-file"_s), p));
        base = relay::ServiceEnvironment::fromVariables(file.values(), base);
    }
    settings = relay::ServiceEnvironment::fromVariables(environment, base);
    for (const QString& p : std::as_const(settings.problems)) {
        error(p);
        return false;
    }
    redis::ConnectionSettings& c = settings.connection;
    bool ok = true;
    if (parser.isSet(u"host"_s))
        c.host = parser.value(u"host"_s);
    if (parser.isSet(u"port"_s)) {
        const uint port = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            error(Cli::tr("--port must be a number from 1 to 65535."));
            return false;
        }
        c.port = quint16(port);
    }
    if (parser.isSet(u"user"_s))
        c.username = parser.value(u"user"_s);
    if (parser.isSet(u"db"_s)) {
        c.database = parser.value(u"db"_s).toInt(&ok);
        if (!ok || c.database < 0) {
            error(Cli::tr("--db must be a database number from 0 up."));
            return false;
        }
    }
    if (parser.isSet(u"tls"_s))
        c.tls.enabled = true;
    c.tls.caFile = parser.value(u"tls-ca"_s);
    c.tls.clientCertificateFile = parser.value(u"tls-cert"_s);
    c.tls.clientKeyFile = parser.value(u"tls-key"_s);
    c.tls.serverName = parser.value(u"tls-server-name"_s);
    if (parser.isSet(u"timeout"_s)) {
        const int seconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds <= 0) {
            error(Cli::tr("--timeout must be a positive number of seconds."));
            return false;
        }
        c.connectTimeoutMs = c.commandTimeoutMs = seconds * 1000;
    }
    if (parser.isSet(u"timezone-offset"_s)) {
        const int offset = parser.value(u"timezone-offset"_s).toInt(&ok);
        if (!ok || offset < -12 || offset > 14) {
            error(Cli::tr("--timezone-offset must be a whole number of hours from -12 to 14."));
            return false;
        }
        settings.service.timezoneOffset =
            support::ServiceTime::offsetFromEnvironment(QByteArray::number(offset));
    }
    now = support::Clock::currentDateTimeUtc();
    if (parser.isSet(u"now"_s)) {
        now = QDateTime::fromString(parser.value(u"now"_s), Qt::ISODateWithMs);
        if (!now.isValid() || parser.value(u"now"_s).length() < 11) {
            error(Cli::tr("--now must be an ISO 8601 date and time, for example 2026-02-02T10:00:00Z."));
            return false;
        }
        now = now.toUTC();
    }
    json = parser.isSet(u"json"_s);
    // Only the write commands get a connection that may write; --read-only refuses them all.
    c.readOnly = !allowWrites || parser.isSet(u"read-only"_s);
    return true;
}

bool CliSession::connect()
{
    connection = std::make_unique<redis::Connection>();
    connection->setSettings(settings.connection);
    bool ready = false;
    wait([&](std::function<void()> done) {
        QObject::connect(connection.get(), &redis::Connection::ready, [&ready, done] {
            ready = true;
            done();
        });
        QObject::connect(connection.get(), &redis::Connection::failed,
                         [done](const redis::RedisError&) { done(); });
        connection->open();
    });
    connection->disconnect();
    if (!ready)
        error(connection->lastError().message);
    return ready;
}

bool CliSession::loadKeys()
{
    reader = std::make_unique<relay::KeyListReader>(*connection);
    redis::RedisError failure;
    wait([&](std::function<void()> done) {
        QObject::connect(reader.get(), &relay::KeyListReader::finished,
                         [&failure, done](const redis::RedisError& e) {
                             failure = e;
                             done();
                         });
        relay::KeyListOptions options;
        options.now = now;
        options.timezoneOffset = settings.service.timezoneOffset;
        reader->start(options);
    });
    if (failure) {
        error(failure.message);
        return false;
    }
    return true;
}

const relay::KeyEntry* CliSession::findKey(const QString& idOrName, QString* problem) const
{
    QList<const relay::KeyEntry*> byName;
    for (const relay::KeyEntry& e : reader->keys()) {
        if (QString::fromUtf8(e.id) == idOrName)
            return &e;
        if (e.key.name() == idOrName)
            byName.append(&e);
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.isEmpty())
        *problem = Cli::tr("No key has the id or name \"%1\".").arg(idOrName);
    else
        *problem = Cli::tr("%1 keys are named \"%2\"; give the id instead.").arg(byName.size()).arg(idOrName);
    return nullptr;
}

} // namespace rka::cli
