#pragma once

#include "ServiceSettings.h"

#include "redis/ConnectionSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace rka::relay {

// The connection and service settings named by the service's own environment variables
// (REDIS_HOST, REDIS_PORT, REDIS_USERNAME, REDIS_PASSWORD, REDIS_DB, REDIS_ENABLE_TLS, ENCRYPTION_KEY,
// API_KEY_PREFIX, TIMEZONE_OFFSET), with the service's defaults.
struct ServiceEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ServiceEnvironment)

public:
    redis::ConnectionSettings connection;
    ServiceSettings service;
    QStringList problems; // values that could not be used, in words; the default was kept

    // `base` supplies what the variables do not set.
    static ServiceEnvironment fromVariables(const QHash<QString, QString>& variables,
                                            const ServiceEnvironment& base = {});
    static QHash<QString, QString> processEnvironment();
};

} // namespace rka::relay
