#pragma once

#include "Connection.h"

#include <functional>

namespace rka::redis {

// SCAN to the end for several patterns at once. The patterns are scanned side by side, so their
// iterations share round trips: the number of round trips is that of the longest scan, which
// depends on the size of the keyspace and `count`, never on how many keys match.
struct ScanRequest
{
    QList<QByteArray> patterns;
    int count = 20000; // buckets per SCAN call
};

// keys[i] holds the matches of patterns[i], de-duplicated (SCAN may return a key twice), in the
// order first seen.
using ScanCallback = std::function<void(const QList<QList<QByteArray>>& keys, const RedisError& error)>;

void scanKeys(Connection& connection, const ScanRequest& request, QObject* context, ScanCallback callback);

} // namespace rka::redis
