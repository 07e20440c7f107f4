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
    int batchesAhead = 4; // batches of key hashes sent ahead of the statistics
    int scanCount = 20000; // buckets per SCAN call
};

// Reads every API key with its usage, costs, limits, concurrency, rate window and last account in
// pipelined batches (never a round trip per key), streaming, in two stages:
//   1. The list. The first round trip reads the release markers, the sizes of the service's own
//      indexes and a first small page of their ids: the values of `apikey:hash_map` (every release,
//      HSCAN) and the members of `apikey:idx:all` (1.1.263 on, SSCAN); larger pages follow. The
//      hashes are read in batches (HGETALL apikey:{id}), a few batches ahead; as each batch arrives
//      its statistics go out (KeyStatsQuery, six commands per key, the MGETs of a batch folded into
//      one); as those arrive, the account records their newest usage records may name are read
//      (only the keys the resolver of section 15.1 would look at, each once), and the rows get their
//      last account. Rows become available batch by batch (keysAvailable); `listed` says the list
//      is complete as far as the indexes go. No SCAN runs meanwhile: users come from `user:index`.
//   2. The keyspace pass. ONE pass of SCAN whose pattern matches `apikey:*`, every account key and
//      the user records (each SCAN pattern is a full pass on the server, the most expensive read of
//      all, so it runs after the list): a key hash no index names (written around the service, or
//      the index being rebuilt) is read like the others and delivered as more rows; keys under
//      `apikey:` that are not key hashes are noted for the release detection; the user records are
//      read when `user:index` listed none (before 1.1.314); every account record is loaded
//      (directoriesLoaded), and the last account of every row is resolved again against it in
//      slices between event-loop turns (lastUsageResolved), which also refreshes binding names.
// The weekly cost of both the legacy week and the reset period is read, and the one the finally
// detected release uses is chosen; when that differs from the preliminary choice, every row is
// delivered again.
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
    // Complete after directoriesLoaded; before, only the records the rows' last accounts named.
    const AccountDirectory& accounts() const { return m_accounts; }
    const UserDirectory& users() const { return m_users; }
    // Keys the keyspace pass found that no index named (stage 2).
    int keysOutsideIndexes() const { return m_keysOutsideIndexes; }

signals:
    void releaseDetected(const rka::relay::ReleaseDetection& release);
    // Keys [first, first + count) have their stats now (or changed, when delivered again).
    void keysAvailable(int first, int count);
    // Every key the indexes name has its numbers and last account (stage 1 done); the keyspace pass
    // follows.
    void listed();
    // The account and user directories are complete. The last-usage account of every key is
    // resolved again next, in slices between event-loop turns (lastUsageResolved); keys delivered
    // from now on come resolved.
    void directoriesLoaded();
    // Keys [first, first + count) have their last-usage account now.
    void lastUsageResolved(int first, int count);
    void progress(int done, int total);
    void finished(const rka::redis::RedisError& error);

private:
    struct WaitingBatch
    {
        int first = 0;
        int count = 0;
        quint64 accountLoad = 0; // resolvable once this many account loads have answered
    };

    // The callback of a request the stage waits for: counts it in m_pending now; when it answers,
    // a stale run ignores it, an error fails the run, and otherwise `then` gets the result.
    template <typename Result, typename Then> auto counted(Then then)
    {
        ++m_pending;
        return [this, run = m_run, then = std::move(then)](const Result& result,
                                                           const redis::RedisError& error) {
            if (run != m_run)
                return;
            --m_pending;
            if (error) {
                fail(error);
                return;
            }
            then(result);
        };
    }
    using Replies = QList<redis::Reply>;

    enum class IdSource { IndexAll, HashMap };
    void onIndexes(const QList<redis::Reply>& r);
    void onIdPage(IdSource source, const redis::Reply& page);
    void enqueue(const QByteArray& id);
    void pump();
    void scanStep(const QByteArray& cursor);
    void onScanPage(const redis::Reply& keys);
    void readHashes(QList<QByteArray> ids);
    void onHashes(const QList<QByteArray>& ids, const QList<redis::Reply>& replies);
    // Where a batch's statistics replies are: by kind, except one kind folded into a single command.
    struct StatsLayout
    {
        int count = 0; // keys in the batch
        int folded = -1; // the kind sent as one command (MGET), or -1
        QList<qsizetype> offsets; // key j's values of the folded reply: [offsets[j], offsets[j + 1])
    };
    void onStats(int first, const StatsLayout& layout, const QList<KeyStatsQuery::Context>& contexts,
                 const QList<redis::Reply>& replies);
    void onAccounts(const AccountDirectory& found);
    void resolveBatch(const WaitingBatch& batch, bool announce);
    void onDirectories();
    void resolveSlice(int first);
    bool reselectWeekly(const ReleaseDetection& release);
    void advance();
    void fail(const redis::RedisError& error);
    KeyStatsQuery::Context contextFor(const ApiKey& key);

    enum class Stage { Indexes, Keyspace, Resolving, Done };

    redis::Connection& m_connection;
    KeyListOptions m_options;
    QDateTime m_now;
    bool m_running = false;
    quint64 m_run = 0; // bumped by start() and cancel(): stale callbacks compare and stop
    Stage m_stage = Stage::Indexes;
    int m_pending = 0; // pipelines of hashes, stats or accounts sent and not answered
    int m_hashBatchesInFlight = 0;
    bool m_delivering = false; // inside onStats
    QList<QByteArray> m_queue; // ids waiting for their hash to be read
    qsizetype m_queued = 0; // m_queue[0, m_queued) went out
    QSet<QByteArray> m_seenIds; // each key once, whichever way it was found
    QList<QByteArray> m_accountKeys; // candidates found by the scan
    QList<KeyEntry> m_keys;
    ReleaseMarkers m_markers;
    ReleaseDetection m_release;
    int m_idScansPending = 2; // SSCAN of apikey:idx:all and HSCAN of apikey:hash_map not finished
    bool m_scanDone = false;
    bool m_accountsLoaded = false; // the whole directory (stage 2)
    bool m_userIndexRead = false; // `user:index` answered
    bool m_usersFromScan = false; // it listed no users: the keyspace pass finds their records
    bool m_usersLoaded = false;
    QList<QByteArray> m_userKeys; // user records found by the keyspace pass
    int m_keysOutsideIndexes = 0;
    int m_resolveEnd = 0; // keys [0, m_resolveEnd) are resolved again in slices after the directories
    KeyStatsQuery::Context m_base; // date, month and legacy week of now
    qsizetype m_weeklyChoices[2] = {}; // rows whose weekly cost is the legacy week's [0], the period's [1]
    QHash<quint32, QString> m_periods; // weekly reset period by (day << 8 | hour)
    // Last accounts: the newest record of each key until it is resolved, the account keys asked for,
    // and the batches waiting for account records.
    QList<std::optional<UsageRecordSummary>> m_newest;
    QSet<QByteArray> m_requestedAccountKeys;
    QSet<QString> m_candidateSignatures; // account id, type and model of the records looked at
    quint64 m_accountLoadsSent = 0;
    quint64 m_accountLoadsDone = 0;
    QList<WaitingBatch> m_waiting;
    AccountDirectory m_accounts; // the records found for the last accounts, then all (stage 2)
    AccountDirectory m_allAccounts;
    UserDirectory m_users;
};

} // namespace rka::relay
