#pragma once

#include "KeyListReader.h"

#include "redis/Connection.h"

#include <QCoreApplication>

#include <functional>

namespace rka::relay {

// What a permanent delete of one key removes, found before asking the user.
struct PurgePreviewItem
{
    QByteArray id;
    QString name;
    // Every Redis key deleted with it, apikey:{id} included, sorted: what KeyWriter::purge finds with
    // the same SCAN (usage, cost, records, limits, concurrency), plus the old apikey_hash:{hash}.
    QList<QByteArray> redisKeys;
};

// Reads, and never writes, what KeyWriter::purge would remove, so that permanent delete and clearing
// the trash can show it and ask first. Works on a read-only connection.
class PurgePreview
{
    Q_DECLARE_TR_FUNCTIONS(PurgePreview)

public:
    using Callback =
        std::function<void(const QList<PurgePreviewItem>& items, const redis::RedisError& error)>;

    // One item per entry, in the order given. The callback runs once, in `context`'s thread.
    static void load(redis::Connection& connection, const QList<KeyEntry>& entries, QObject* context,
                     Callback callback);

    // One line per key: "name (id): N Redis keys", then, indented, each Redis key when `listKeys`.
    static QStringList describe(const QList<PurgePreviewItem>& items, bool listKeys);
    static int totalRedisKeys(const QList<PurgePreviewItem>& items);
};

} // namespace rka::relay
