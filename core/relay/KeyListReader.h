#pragma once

#include "AccountDirectory.h"
#include "ApiKey.h"
#include "ApiKeyCodec.h"
#include "KeyStats.h"
#include "LastUsage.h"
#include "ServiceRelease.h"
#include "UserDirectory.h"

#include "redis/Connection.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace rka::relay {

// One API key with everything the table shows about it.
struct KeyEntry
{
    QByteArray id;
    ApiKey key;
    QList<MalformedField> malformed;
    KeyStats stats;
    std::optional<LastUsage> lastUsage; // the account that served the newest request (section 15)
    bool statsLoaded = false;
};

struct KeyListOptions
{
    QDateTime now; // evaluation instant ("today", expiry, windows); invalid = the clock's now
    int timezoneOffset = 8; // TIMEZONE_OFFSET
    int batchSize = 2000; // keys per pipeline batch
    int scanCount = 20000; // buckets per SCAN call
};

// Reads every API key with its usage, costs, limits, concurrency and rate window in a fixed number
// of pipelined round trips (never one per key):
//   1. SCAN apikey:* (and the release markers) side by side;
//   2. one pipeline of HGETALL apikey:{id}, in batches;
//   3. one pipeline of the per-key stats commands (KeyStatsQuery), in batches.
// The account and user directories load side by side with steps 1 and 2; the last-usage account is
// resolved from the directory, not with a lookup per key.
// Rows become available batch by batch (keysAvailable), so a table can show them as they arrive.
class KeyListReader : public QObject
{
    Q_OBJECT
public:
    explicit KeyListReader(redis::Connection& connection, QObject* parent = nullptr);

    void start(const KeyListOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<KeyEntry>& keys() const { return m_keys; }
    QList<KeyEntry> takeKeys() { return std::exchange(m_keys, {}); }
    const ReleaseMarkers& markers() const { return m_markers; }
    const ReleaseDetection& release() const { return m_release; }
    QDateTime evaluatedAt() const { return m_now; }
    const AccountDirectory& accounts() const { return m_accounts; }
    const UserDirectory& users() const { return m_users; }

signals:
    void releaseDetected(const rka::relay::ReleaseDetection& release);
    // Keys [first, first + count) have their stats now.
    void keysAvailable(int first, int count);
    void progress(int done, int total);
    void finished(const rka::redis::RedisError& error);

private:
    void onScanned(const QList<QList<QByteArray>>& keys);
    void onHashesRead();
    void startStats();
    void readStats(int first, int count);
    void fail(const redis::RedisError& error);
    QString weeklyBucketFor(const ApiKey& key) const;

    redis::Connection& m_connection;
    KeyListOptions m_options;
    QDateTime m_now;
    bool m_running = false;
    quint64 m_run = 0; // bumped by start() and cancel(): stale callbacks compare and stop
    int m_pending = 0;
    QList<QByteArray> m_ids;
    QList<KeyEntry> m_keys;
    ReleaseMarkers m_markers;
    ReleaseDetection m_release;
    int m_statsDone = 0;
    bool m_markersRead = false;
    bool m_scanDone = false;
    bool m_hashesRead = false;
    int m_directoriesPending = 0;
    AccountDirectory m_accounts;
    UserDirectory m_users;
    QList<QList<QByteArray>> m_scanResult;
};

} // namespace rka::relay
