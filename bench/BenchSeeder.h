#pragma once

#include "relay/ServiceRelease.h"

#include "redis/Connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace rka::bench {

// Seeds N keys shaped exactly like the service's data: every key with its hash (KeyOperations::newKey
// and create: the hash with its TTL, the hash-map entry, the cost ranks, and for 1.1.314 the key
// index), and usage written by UsageSimulator (totals, daily/monthly/hourly, per model, costs, the
// weekly cost, three records); every tenth key a concurrency lease and a running rate window; the
// accounts the records name. Deterministic for a given N and layout, apart from the key hashes. The
// per-minute system metrics of the request path are left out (not key data; 1.1.235 never expires them).
class BenchSeeder
{
public:
    struct Options
    {
        int keys = 1000;
        relay::DataModel model = relay::DataModel::Release1_1_235;
        QDateTime now; // usage is recorded shortly before this instant
        int batchSize = 500; // keys per pipeline
        int timezoneOffset = 8;
    };

    static QByteArray keyId(int index); // a UUID v4-shaped id
    static bool hasIndex(relay::DataModel model) { return model >= relay::DataModel::Release1_1_263; }

    // The commands for the accounts, markers and other shared keys (send once, before the keys).
    static QList<redis::Command> sharedCommands(const Options& options);
    // The folded commands that seed keys [first, first + count).
    static QList<redis::Command> keyCommands(const Options& options, int first, int count);

    // Seeds everything through the connection, in pipelined batches, spinning the event loop until
    // done. Returns an empty string on success, else the error.
    static QString seed(redis::Connection& connection, const Options& options,
                        const std::function<void(int done)>& progress = {});
};

} // namespace rka::bench
