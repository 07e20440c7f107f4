#pragma once

#include "redis/ConnectionSettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rka::bench {

// One run of each measurement against a seeded database.
struct ListRun
{
    double listMs = -1; // KeyListReader start -> listed: every indexed key with all its numbers
    double firstRowsMs = -1; // start -> keysAvailable has delivered >= 100 rows
    double listCpuMs = -1; // CPU time of this process (all threads) during the list
    double verifiedMs = -1; // start -> finished: the keyspace pass and the whole directory too
    qint64 roundTrips = 0; // up to listed
    qint64 bytesRead = 0;
    qint64 commands = 0;
    qint64 verifiedRoundTrips = 0; // up to finished
    int keys = 0; // at listed
    int verifiedKeys = 0; // at finished
    QString error;
};

struct TableRun
{
    double tableMs = -1; // start -> model populated and sorted by cost
    double worstStallMs = -1; // largest gap between ticks of a 5 ms timer while loading
    int rows = 0;
    QString error;
};

// The measurements of relay-key-admin-bench. Everything runs on the calling thread's event loop.
class BenchRunner
{
public:
    explicit BenchRunner(const redis::ConnectionSettings& settings)
        : m_settings(settings)
    { }

    // The ids of every apikey:{id} hash (SCAN, not timed), for the floor.
    QList<QByteArray> scanKeyIds(QString* error) const;
    // Floor: one pipelined HGETALL of every key hash through hiredis's synchronous client, replies
    // parsed by hiredis's reader and freed, nothing decoded. Milliseconds, or -1 with `error`.
    double floorMs(const QList<QByteArray>& ids, QString* error) const;
    // List and first rows: core's full key list (KeyListReader), decoded into value types.
    ListRun list() const;
    // Table: the main window's key model fed batch by batch, sorted by cost through the filter proxy,
    // with a 5 ms timer probe measuring the longest event-loop stall.
    TableRun table() const;

private:
    redis::ConnectionSettings m_settings;
};

} // namespace rka::bench
