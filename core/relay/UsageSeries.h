#pragma once

#include "RangeStats.h"

#include "redis/Connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace rka::relay {

// Token counters of one bucket as the service stores them in `usage:daily:*`, `usage:hourly:*` and the
// per-model hashes (service-data-model.md 14.2, 18.8). A missing hash or field counts 0.
struct TokenCounts
{
    qint64 requests = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheCreateTokens = 0;
    qint64 cacheReadTokens = 0;
    // The stored `allTokens`; without it the sum of the four parts; legacy hashes that hold only
    // `tokens` (no input/output split) count those (the rule of getUsageStats, section 14.2).
    qint64 allTokens = 0;

    // Tokens that the data does not split into the four parts (legacy data only).
    qint64 unsplitTokens() const
    {
        return std::max<qint64>(0,
                                allTokens - inputTokens - outputTokens - cacheCreateTokens - cacheReadTokens);
    }
    TokenCounts& operator+=(const TokenCounts& o);
    friend bool operator==(const TokenCounts&, const TokenCounts&) = default;
};

// One model's share of a key's (or all keys') usage over a span of days.
struct ModelSplit
{
    QString model;
    TokenCounts tokens;
    // 1.1.314's ratedCostMicro (integer micro-USD; rated like usage:cost:*, section 18.8), summed
    // exactly; 0 when the data has no per-model cost (1.1.235).
    qint64 costMicro = 0;
    bool hasCost = false; // the data held a cost for this model (1.1.314 and later)

    double cost() const { return double(costMicro) / 1e6; } // USD
};

// The service's day and hour buckets (its time zone, section 14.1), oldest first.
class ServiceBuckets
{
public:
    // `count` tz dates "YYYY-MM-DD" ending with today.
    static QStringList lastDays(int count, int timezoneOffset, const QDateTime& now);
    // The tz dates from..to inclusive; empty when from > to.
    static QStringList days(const QDate& from, const QDate& to);
    // `count` tz hours "YYYY-MM-DD:HH" ending with the current hour.
    static QStringList lastHours(int count, int timezoneOffset, const QDateTime& now);
};

// A load in flight. cancel() drops its callback (the replies still arrive and are discarded), so a
// view that switches key or range never sees a stale answer. Copies share the same load.
class SeriesLoad
{
public:
    SeriesLoad() = default;
    void cancel();
    bool isCancelled() const { return m_cancelled && *m_cancelled; }
    bool isValid() const { return m_cancelled != nullptr; }

private:
    friend class UsageSeriesReader;
    std::shared_ptr<bool> m_cancelled;
};

// Everything the per-key charts show.
struct KeySeries
{
    QByteArray id;
    QStringList days; // tz dates, oldest first
    QList<double> dailyCost; // usage:cost:daily:{id}:{date}, per day
    QList<TokenCounts> dailyUsage; // usage:daily:{id}:{date}, per day
    QStringList hours; // "YYYY-MM-DD:HH", oldest first
    QList<double> hourlyCost; // usage:cost:hourly:{id}:{date}:{HH}, per hour
    QList<ModelSplit> models; // usage:{id}:model:daily:{model}:{date} summed over `days`, most tokens first
    bool modelCostKnown = false; // some model hash held a cost
};

struct KeySeriesRequest
{
    QByteArray id;
    int days = 30;
    int hours = 7 * 24;
    QStringList models; // the models the key used (KeyModels), for the per-model split
    int timezoneOffset = 8;
    QDateTime now;
};

// A ranked key: its cost over a range.
struct RankedKey
{
    QByteArray id;
    double cost = 0;
};

// Everything the dashboard's cost charts show, across keys.
struct CostOverview
{
    QStringList days; // the chart's tz dates, oldest first
    QList<double> dailyTotal; // per day, the sum of usage:cost:daily over the keys
    RangeSpec range; // the range of rangeCost and models
    QStringList rangeDays; // its tz dates (empty for all time)
    QHash<QByteArray, double> rangeCost; // per key: the sum over rangeDays, or usage:cost:total
    QList<ModelSplit> models; // model mix over the range, most tokens first
    bool modelCostKnown = false;

    // The `n` keys of `among` (all keys when null) with the highest cost, highest first; ties by id.
    // Keys with no cost are left out.
    QList<RankedKey> top(int n, const QSet<QByteArray>* among = nullptr) const;
};

struct CostOverviewRequest
{
    QList<QByteArray> ids; // the keys to read
    QStringList chartDays; // days of the per-day total
    RangeSpec range; // ranking and model mix
    bool modelMix = true;
    int timezoneOffset = 8;
    QDateTime now;
};

// Reads the per-bucket series behind the charts, pipelined: the number of round trips does not grow
// with the number of days or keys beyond pipeline batches (all batches leave in one flush).
//
// Per key: one MGET of the daily cost strings, one HMGET per day of usage:daily, one MGET of the
// hourly cost strings and one HMGET per (model, day) of the per-model daily hash; all in one
// pipeline, so one round trip.
//
// Across keys: one MGET per key (its daily costs for the chart and range days, and its total cost
// for all time); for the model mix one SCAN of `usage:*:model:daily:*` (all time:
// `usage:*:model:monthly:*`, about a year, section 14.2), then one HMGET per matching hash of a
// listed key in range, in batches.
//
// Data that the service no longer keeps (daily cost: 30 days, daily usage: 32 days, hourly: 7 days;
// section 14.2, 14.3) reads as zero, like any missing bucket.
class UsageSeriesReader
{
public:
    static constexpr int DefaultBatchSize = 5000; // commands per pipeline batch

    using KeyCallback = std::function<void(const KeySeries& series, const redis::RedisError& error)>;
    using OverviewCallback =
        std::function<void(const CostOverview& overview, const redis::RedisError& error)>;

    // The callback runs once in `context`'s thread, unless the load is cancelled or `context` is
    // destroyed first.
    static SeriesLoad loadKey(redis::Connection& connection, const KeySeriesRequest& request,
                              QObject* context, KeyCallback callback);
    static SeriesLoad loadOverview(redis::Connection& connection, const CostOverviewRequest& request,
                                   QObject* context, OverviewCallback callback,
                                   int batchSize = DefaultBatchSize, int scanCount = 20000);

    // Key names (sections 14.2, 14.3, 18.8).
    static QByteArray hourlyCostKey(QByteArrayView id, const QString& hour); // hour = "YYYY-MM-DD:HH"
    static QByteArray modelDailyKey(QByteArrayView id, const QString& model, const QString& date);
    // Parses `usage:{id}:model:{daily|monthly}:{model}:{period}` from the right (model names may
    // hold ':' and glob characters such as "[1m]"). `kind` is "daily" or "monthly".
    static bool parseModelKey(QByteArrayView redisKey, QByteArrayView kind, QByteArray* id, QString* model,
                              QString* period);

    // The HMGET fields and their parsing, exposed for tests.
    static const QList<QByteArray>& usageFields();
    static const QList<QByteArray>& modelFields();
    static TokenCounts parseUsage(const redis::Reply& hmget);
    // Adds one model hash (HMGET of modelFields()) to `into`.
    static void addModel(const redis::Reply& hmget, ModelSplit* into);
    static void sortModels(QList<ModelSplit>* models);
};

} // namespace rka::relay
