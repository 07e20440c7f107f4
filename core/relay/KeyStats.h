#pragma once

#include "redis/Reply.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace rka::relay {

class ApiKey;

// Token counters as the service's getUsageStats returns them (service-data-model.md 14.2).
struct UsageCounters
{
    qint64 tokens = 0; // what the service calls "tokens" after its legacy handling (= all tokens)
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheCreateTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 allTokens = 0;
    qint64 requests = 0;
    qint64 coreTokens = 0; // the stored totalTokens/tokens field (input + output), used for averages
    friend bool operator==(const UsageCounters&, const UsageCounters&) = default;
};

struct UsageAverages
{
    double rpm = 0;
    double tpm = 0;
    double dailyRequests = 0;
    double dailyTokens = 0;
};

// The rate-limit window's current state (section 14.7).
struct RateWindowState
{
    bool configured = false; // rateLimitWindow > 0
    std::optional<QDateTime> start; // set while a window is running
    std::optional<QDateTime> end;
    std::optional<qint64> remainingSeconds;
    qint64 requests = 0;
    qint64 tokens = 0;
    double cost = 0;
};

// Everything the key table shows about one key besides its settings.
struct KeyStats
{
    UsageCounters total;
    UsageCounters daily; // today in the service's time zone
    UsageCounters monthly;
    UsageAverages averages;
    double dailyCost = 0; // usage:cost:daily for today
    double monthlyCost = 0;
    double totalCost = 0; // usage:cost:total
    double weeklyOpusCost = 0; // the current week (1.1.235) or reset period (1.1.281+)
    QString weeklyBucket; // which week string or period was read
    // Both candidates are read, so the choice can follow the release detected at the end of a list.
    struct WeeklyCandidate
    {
        QString bucket;
        double cost = 0;
        QString problem; // a malformed value, translated; empty when fine
    };
    WeeklyCandidate weeklyLegacy; // YYYY-Www (before 1.1.281)
    WeeklyCandidate weeklyPeriod; // the key's reset period (1.1.281 and later)
    bool weeklyUsesPeriod = false; // which candidate weeklyOpusCost holds
    bool claudeTotalExists = false; // usage:claude:total:{id} exists: written by release 1.1.262
    qint64 currentConcurrency = 0; // leases that have not expired
    RateWindowState window;
    // Raw JSON of the newest usage record, if any. KeyListReader drops it once the last account is
    // resolved from it (KeyEntry::lastUsage): a list of 100,000 keys need not hold 100,000 records.
    std::optional<QByteArray> newestRecord;
    QStringList problems; // malformed values found in the usage keys, translated

    // Sets weeklyOpusCost/weeklyBucket (and the problem, if any) from one of the candidates.
    void selectWeekly(bool usesPeriod);
};

// The commands that read one key's stats, and how to turn their replies into KeyStats. Kept
// together so the command list and the parser never disagree about positions.
class KeyStatsQuery
{
public:
    struct Context
    {
        QDateTime now;
        QString date; // tz date
        QString month; // tz month
        QString legacyWeek; // YYYY-Www of now
        QString period; // this key's weekly reset period of now
        bool usesPeriod = false; // the release read so far counts weekly cost by period (1.1.281+)
        bool mayBe1_1_262 = true; // nothing read so far rules out release 1.1.262 (its marker is read)
    };

    // The weekly reset period of `key` at `now`, from its own settings read as the service reads
    // them: parseInt(weeklyResetDay || 1), parseInt(weeklyResetHour || 0) (section 18.3).
    static std::pair<int, int> weeklyReset(const ApiKey& key);

    static QList<QList<QByteArray>> commands(const QByteArray& id, const ApiKey& key, const Context& context);
    static int commandCount();
    static KeyStats parse(const ApiKey& key, const Context& context, const redis::Reply* replies);
};

} // namespace rka::relay
