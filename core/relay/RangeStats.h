#pragma once

#include "redis/Connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace rka::relay {

struct KeyStats;

// The time ranges the key table offers for cost, requests and tokens (web-admin-features 2.2).
enum class StatsRange {
    Today,
    Last7Days,
    Last30Days,
    AllTime,
    Custom, // an explicit span of service-time-zone dates
};

struct RangeSpec
{
    StatsRange range = StatsRange::Today;
    QDate from; // Custom only: first and last tz date, inclusive
    QDate to;

    friend bool operator==(const RangeSpec&, const RangeSpec&) = default;
};

struct StatsRangeText
{
    Q_DECLARE_TR_FUNCTIONS(StatsRangeText)
public:
    static QString name(StatsRange range);
};

// One key's usage over a range.
struct RangeStats
{
    double cost = 0; // USD
    qint64 requests = 0;
    qint64 tokens = 0; // all tokens (input + output + cache create + cache read)

    friend bool operator==(const RangeStats&, const RangeStats&) = default;

    // Today and all time are already part of KeyStats (usage:cost:daily/usage:daily for today,
    // usage:cost:total/usage:{id} for all time); no extra read is needed for them.
    static RangeStats fromKeyStats(const KeyStats& stats, StatsRange range);
};

// Reads per-key cost, requests and tokens for a range exactly as the service buckets them, in its
// time zone (service-data-model.md 14.1, 14.2, 8):
//   - a range of days is the sum over its tz dates of `usage:cost:daily:{id}:{date}` and of
//     `usage:daily:{id}:{date}` (requests, allTokens), the same dates the service's cost rank uses;
//   - all time is `usage:cost:total:{id}` and the lifetime hash `usage:{id}`.
// The service gives `usage:cost:daily:*` a TTL of 30 days (section 21, TTL table): 30 days is
// exactly what exists, and a custom range reaching further back reads only what is left (zeros).
//
// The reads are pipelined in batches of `batchSize` keys, all submitted at once, so the number of
// round trips does not depend on the number of keys: per key one MGET of the cost strings plus one
// HMGET per date.
class RangeStatsReader
{
public:
    static constexpr int DefaultBatchSize = 500;

    using Callback =
        std::function<void(const QHash<QByteArray, RangeStats>& stats, const redis::RedisError& error)>;

    // The tz dates of a range, oldest first ("YYYY-MM-DD"); empty for AllTime. A custom range with
    // from > to is empty.
    static QStringList dates(const RangeSpec& range, int timezoneOffset, const QDateTime& now);

    // The callback runs once in `context`'s thread (not at all if it is destroyed first). On an
    // error the hash is empty.
    static void load(redis::Connection& connection, const QList<QByteArray>& ids, const RangeSpec& range,
                     int timezoneOffset, const QDateTime& now, QObject* context, Callback callback,
                     int batchSize = DefaultBatchSize);

    // Command building and reply parsing, exposed for tests and the benchmark.
    static QList<redis::Command> commands(const QByteArray& id, const RangeSpec& range,
                                          const QStringList& dates);
    static RangeStats parse(const RangeSpec& range, const QStringList& dates, const redis::Reply* replies);
    static int commandsPerKey(const RangeSpec& range, const QStringList& dates);
};

} // namespace rka::relay
