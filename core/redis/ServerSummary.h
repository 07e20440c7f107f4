#pragma once

#include "Connection.h"

namespace rka::redis {

// What the main window shows about a freshly opened connection.
struct ServerSummary
{
    QString version;
    QString mode;
    qint64 keyCount = -1; // DBSIZE of the selected database
    qint64 usedMemoryBytes = -1;
};

// One round trip: DBSIZE and INFO memory.
void fetchServerSummary(Connection& connection, QObject* context,
                        std::function<void(const ServerSummary&, const RedisError&)> callback);

} // namespace rka::redis
