#pragma once

#include "RedisServer.h"

#include <QMap>

#include <algorithm>

namespace rka::test {

// Every key of a database with its value in a canonical form (hash fields, set members and sorted-set
// entries sorted), so two snapshots compare equal exactly when the data is the same. DUMP is not
// usable for this: a hash in hashtable encoding may serialize its fields in another order after mere
// reads (incremental rehashing).
using RedisSnapshot = QMap<QByteArray, QByteArray>;

inline QByteArray canonicalValue(RedisServer& server, const QByteArray& key, int database = 0)
{
    const QByteArray type = server.command({"TYPE", key}, database);
    QList<QByteArray> parts;
    if (type == "hash") {
        const QList<QByteArray> flat = server.commandList({"HGETALL", key}, database);
        for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
            parts.append(flat.at(i) + '\0' + flat.at(i + 1));
        std::sort(parts.begin(), parts.end());
    } else if (type == "set") {
        parts = server.commandList({"SMEMBERS", key}, database);
        std::sort(parts.begin(), parts.end());
    } else if (type == "zset") {
        parts = server.commandList({"ZRANGE", key, "0", "-1", "WITHSCORES"}, database);
    } else if (type == "list") {
        parts = server.commandList({"LRANGE", key, "0", "-1"}, database);
    } else {
        parts = {server.command({"DUMP", key}, database)};
    }
    QByteArray out = type + '\n';
    for (const QByteArray& p : parts)
        out += p + '\n';
    return out;
}

inline RedisSnapshot snapshotOf(RedisServer& server, int database = 0)
{
    RedisSnapshot s;
    for (const QByteArray& k : server.commandList({"KEYS", "*"}, database))
        s.insert(k, canonicalValue(server, k, database));
    return s;
}

} // namespace rka::test
