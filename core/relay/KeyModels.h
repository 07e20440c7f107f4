#pragma once

#include "redis/Connection.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>

namespace rka::relay {

// Which models each key has used, for the key table's model filter. One SCAN of the per-key monthly
// model counters `usage:{id}:model:monthly:{model}:{YYYY-MM}` (service-data-model.md 14.2; TTL 365
// days, so "used" means within about the last year), however many keys there are. The model name is
// parsed from the right, since it may contain ':' and '[1m]'.
class KeyModels
{
public:
    using Callback =
        std::function<void(const QHash<QByteArray, QStringList>& models, const redis::RedisError& error)>;

    static void load(redis::Connection& connection, QObject* context, Callback callback,
                     int scanCount = 20000);

    // The key id and model of one `usage:{id}:model:monthly:{model}:{month}` name; false for any
    // other key (the global `usage:model:monthly:*` counters, 1.1.314 index sets, ...).
    static bool parse(QByteArrayView redisKey, QByteArray* id, QString* model);
    // Folds SCAN results into id -> sorted, distinct model names.
    static QHash<QByteArray, QStringList> collect(const QList<QByteArray>& redisKeys);
};

} // namespace rka::relay
