#pragma once

#include "AccountDirectory.h"
#include "ApiKey.h"
#include "ApiKeyCodec.h"
#include "KeyStats.h"
#include "LastUsage.h"
#include "ServiceRelease.h"
#include "UsageRecord.h"
#include "UserDirectory.h"

#include "redis/Connection.h"

#include <QBitArray>
#include <QDateTime>
#include <QObject>
#include <QSet>

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
    int batchSize = 250; // keys per pipeline batch: small, so no callback holds the event loop long
    int scanCount = 20000; // buckets per SCAN call
};

// Reads every API key with its usage, costs, limits, concurrency and rate window in pipelined
// batches (never a round trip per key), streaming:
//   1. the release markers, the user directory and ONE pass of SCAN over the keyspace whose pattern
//      matches both `apikey:*` and every account key (each SCAN pattern is a full pass on the server,
//      the most expensive part of a list);
//   2. as each SCAN page arrives, its key ids go out at once as a batch of HGETALL apikey:{id};
//   3. as each batch of hashes arrives, its stats commands (KeyStatsQuery, six per key) go out.
// Rows become available batch by batch (keysAvailable) long before the scan ends. The account
// directory is complete only with the scan: the last-usage account of the rows delivered before is
// resolved again then (directoriesLoaded). The weekly cost of both the legacy week and the reset
// period is read, and the one the finally detected release uses is chosen; when that differs from
// the preliminary choice, every row is delivered again.
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
    // Keys [first, first + count) have their stats now (or changed, when delivered again).
    void keysAvailable(int first, int count);
    // The account and user directories are complete. The last-usage account of the keys delivered
    // before is resolved next, in slices between event-loop turns (lastUsageResolved); keys
    // delivered from now on come resolved.
    void directoriesLoaded();
    // Keys [first, first + count) have their last-usage account now.
    void lastUsageResolved(int first, int count);
    void progress(int done, int total);
    void finished(const rka::redis::RedisError& error);

private:
    void scanStep(const QByteArray& cursor, bool first = false);
    bool onScanPage(const redis::Reply& keys); // true when it found key ids
    void resumeScan();
    void readHashes(QList<QByteArray> ids);
    void onHashes(const QList<QByteArray>& ids, const QList<redis::Reply>& replies);
    void onStats(int first, int count, const QList<KeyStatsQuery::Context>& contexts,
                 const QList<redis::Reply>& replies);
    void onDirectories();
    void resolveSlice(int first);
    void maybeFinish();
    void fail(const redis::RedisError& error);
    KeyStatsQuery::Context contextFor(const ApiKey& key);

    redis::Connection& m_connection;
    KeyListOptions m_options;
    QDateTime m_now;
    bool m_running = false;
    quint64 m_run = 0; // bumped by start() and cancel(): stale callbacks compare and stop
    int m_pending = 0; // batches of hashes or stats sent and not answered
    QSet<QByteArray> m_seenIds; // SCAN may return a key twice
    QList<QByteArray> m_accountKeys; // candidates found by the scan
    QList<KeyEntry> m_keys;
    ReleaseMarkers m_markers;
    ReleaseDetection m_release;
    bool m_markersRead = false;
    bool m_scanDone = false;
    bool m_accountsLoaded = false;
    bool m_usersLoaded = false;
    bool m_directoriesAnnounced = false;
    int m_resolveEnd = 0; // keys [0, m_resolveEnd) are resolved in slices after the directories
    bool m_resolving = false;
    qsizetype m_scannedKeys = 0;
    QByteArray m_deferredCursor; // the next SCAN call, waiting for the first rows' statistics
    KeyStatsQuery::Context m_base; // date, month and legacy week of now
    QHash<quint32, QString> m_periods; // weekly reset period by (day << 8 | hour)
    QList<std::optional<UsageRecord>> m_unresolved; // newest records of keys read before the accounts
    QBitArray m_pendingResolve; // which of them wait
    AccountDirectory m_accounts;
    UserDirectory m_users;
};

} // namespace rka::relay
