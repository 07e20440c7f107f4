#include "ServiceEnvironment.h"

#include "support/ServiceTime.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace rka::relay {

QHash<QString, QString> ServiceEnvironment::processEnvironment()
{
    QHash<QString, QString> out;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& k : env.keys())
        out.insert(k, env.value(k));
    return out;
}

ServiceEnvironment ServiceEnvironment::fromVariables(const QHash<QString, QString>& v,
                                                     const ServiceEnvironment& base)
{
    ServiceEnvironment e = base;
    if (v.contains(u"REDIS_HOST"_s) && !v.value(u"REDIS_HOST"_s).isEmpty())
        e.connection.host = v.value(u"REDIS_HOST"_s).trimmed();
    if (v.contains(u"REDIS_PORT"_s)) {
        bool ok = false;
        const uint port = v.value(u"REDIS_PORT"_s).trimmed().toUInt(&ok);
        if (ok && port > 0 && port < 65536)
            e.connection.port = quint16(port);
        else
            e.problems
                << tr("REDIS_PORT \"%1\" is not a port number (1-65535).").arg(v.value(u"REDIS_PORT"_s));
    }
    if (v.contains(u"REDIS_USERNAME"_s))
        e.connection.username = v.value(u"REDIS_USERNAME"_s);
    if (v.contains(u"REDIS_PASSWORD"_s))
        e.connection.password = v.value(u"REDIS_PASSWORD"_s);
    if (v.contains(u"REDIS_DB"_s)) {
        bool ok = false;
        const int db = v.value(u"REDIS_DB"_s).trimmed().toInt(&ok);
        if (ok && db >= 0)
            e.connection.database = db;
        else
            e.problems << tr("REDIS_DB \"%1\" is not a database number.").arg(v.value(u"REDIS_DB"_s));
    }
    if (v.contains(u"REDIS_ENABLE_TLS"_s))
        e.connection.tls.enabled = v.value(u"REDIS_ENABLE_TLS"_s).trimmed() == u"true"_s;
    if (v.contains(u"ENCRYPTION_KEY"_s))
        e.service.encryptionKey = v.value(u"ENCRYPTION_KEY"_s).toUtf8();
    if (v.contains(u"API_KEY_PREFIX"_s) && !v.value(u"API_KEY_PREFIX"_s).isEmpty())
        e.service.apiKeyPrefix = v.value(u"API_KEY_PREFIX"_s).toUtf8();
    if (v.contains(u"TIMEZONE_OFFSET"_s))
        e.service.timezoneOffset =
            support::ServiceTime::offsetFromEnvironment(v.value(u"TIMEZONE_OFFSET"_s).toUtf8());
    return e;
}

} // namespace rka::relay
