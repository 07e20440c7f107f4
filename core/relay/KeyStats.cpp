#include "KeyStats.h"

#include "ApiKey.h"
#include "JsNumber.h"
#include "KeySchema.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

enum Slot {
    UsageTotalHash,
    UsageDailyHash,
    UsageMonthlyHash,
    CostDaily,
    CostMonthly,
    CostTotal,
    OpusWeekly,
    Concurrency,
    WindowStart,
    WindowRequests,
    WindowTokens,
    WindowCost,
    NewestRecord,
    SlotCount
};

QHash<QByteArray, QByteArray> hashOf(const redis::Reply& r)
{
    QHash<QByteArray, QByteArray> h;
    if (!r.isArray())
        return h;
    for (qsizetype i = 0; i + 1 < r.size(); i += 2)
        h.insert(r.at(i).bytes(), r.at(i + 1).bytes());
    return h;
}

// `parseInt(x) || 0` in JavaScript.
qint64 intOrZero(const QByteArray& v)
{
    const double d = JsNumber::parseInt(v);
    return std::isfinite(d) ? qint64(d) : 0;
}

// getUsageStats' handling of one hash: `total*` names first, then the plain ones; legacy data
// without an input/output split is reported as 30 % / 70 % of `tokens` (section 14.2).
UsageCounters counters(const QHash<QByteArray, QByteArray>& h, bool preferTotalNames)
{
    auto pick = [&](const char* totalName, const char* plainName) {
        qint64 v = preferTotalNames ? intOrZero(h.value(totalName)) : 0;
        return v ? v : intOrZero(h.value(plainName));
    };
    UsageCounters c;
    c.coreTokens = pick("totalTokens", "tokens");
    c.inputTokens = pick("totalInputTokens", "inputTokens");
    c.outputTokens = pick("totalOutputTokens", "outputTokens");
    c.cacheCreateTokens = pick("totalCacheCreateTokens", "cacheCreateTokens");
    c.cacheReadTokens = pick("totalCacheReadTokens", "cacheReadTokens");
    c.requests = pick("totalRequests", "requests");
    const qint64 all = pick("totalAllTokens", "allTokens");
    if (c.inputTokens + c.outputTokens == 0 && c.coreTokens > 0) {
        c.inputTokens = qint64(std::floor(c.coreTokens * 0.3 + 0.5));
        c.outputTokens = qint64(std::floor(c.coreTokens * 0.7 + 0.5));
        c.cacheCreateTokens = 0;
        c.cacheReadTokens = 0;
        c.tokens = c.allTokens = c.coreTokens;
        return c;
    }
    c.allTokens = all ? all : c.inputTokens + c.outputTokens + c.cacheCreateTokens + c.cacheReadTokens;
    c.tokens = c.allTokens;
    return c;
}

// Math.round(x * 100) / 100
double round2(double x)
{
    return std::floor(x * 100 + 0.5) / 100;
}

double floatOrZero(const redis::Reply& r, const char* what, QStringList* problems)
{
    if (r.isNil() || (r.isString() && r.bytes().isEmpty()))
        return 0;
    const double d = JsNumber::parseFloat(r.bytes());
    if (!r.isString() || !std::isfinite(d)) {
        problems->append(QCoreApplication::translate("KeyStats", "%1 holds \"%2\", which is not a number.")
                             .arg(QLatin1StringView(what), r.describe(40)));
        return 0;
    }
    return d;
}

} // namespace

int KeyStatsQuery::commandCount()
{
    return SlotCount;
}

QList<QList<QByteArray>> KeyStatsQuery::commands(const QByteArray& id, const ApiKey&, const Context& c)
{
    namespace S = KeySchema;
    const QByteArray nowMs = QByteArray::number(c.now.toMSecsSinceEpoch());
    QList<QList<QByteArray>> out;
    out.reserve(SlotCount);
    out.append({"HGETALL", S::usageTotal(id)});
    out.append({"HGETALL", S::usageDaily(id, c.date)});
    out.append({"HGETALL", S::usageMonthly(id, c.month)});
    out.append({"GET", S::costDaily(id, c.date)});
    out.append({"GET", S::costMonthly(id, c.month)});
    out.append({"GET", S::costTotal(id)});
    out.append({"GET", S::opusWeekly(id, c.weeklyBucket)});
    // A read-only equivalent of the service's purging getConcurrency (section 14.6).
    out.append({"ZCOUNT", S::concurrency(id), "(" + nowMs, "+inf"});
    out.append({"GET", S::rateLimitWindowStart(id)});
    out.append({"GET", S::rateLimitRequests(id)});
    out.append({"GET", S::rateLimitTokens(id)});
    out.append({"GET", S::rateLimitCost(id)});
    out.append({"LRANGE", S::usageRecords(id), "0", "0"});
    return out;
}

KeyStats KeyStatsQuery::parse(const ApiKey& key, const Context& c, const redis::Reply* r)
{
    KeyStats s;
    s.weeklyBucket = c.weeklyBucket;
    s.total = counters(hashOf(r[UsageTotalHash]), true);
    s.daily = counters(hashOf(r[UsageDailyHash]), false);
    s.monthly = counters(hashOf(r[UsageMonthlyHash]), false);
    s.dailyCost = floatOrZero(r[CostDaily], "usage:cost:daily", &s.problems);
    s.monthlyCost = floatOrZero(r[CostMonthly], "usage:cost:monthly", &s.problems);
    s.totalCost = floatOrZero(r[CostTotal], "usage:cost:total", &s.problems);
    s.weeklyOpusCost = floatOrZero(r[OpusWeekly], "usage:opus:weekly", &s.problems);
    s.currentConcurrency = r[Concurrency].isInteger() ? r[Concurrency].integer() : 0;

    // Averages over whole days since creation, at least one (section 14.2).
    const std::optional<QDateTime> created = key.serviceDate(ApiKeyField::CreatedAt);
    const qint64 ageMs = created ? c.now.toMSecsSinceEpoch() - created->toMSecsSinceEpoch() : 0;
    const double days = std::max(1.0, std::ceil(double(ageMs) / 86400000.0));
    const double minutes = days * 24 * 60;
    s.averages.rpm = round2(double(s.total.requests) / minutes);
    s.averages.tpm = round2(double(s.total.coreTokens) / minutes);
    s.averages.dailyRequests = round2(double(s.total.requests) / days);
    s.averages.dailyTokens = round2(double(s.total.coreTokens) / days);

    // The window counts only while now < start + window (section 14.7).
    const double windowMinutes = key.serviceNumber(ApiKeyField::RateLimitWindow);
    s.window.configured = std::isfinite(windowMinutes) && windowMinutes > 0;
    if (s.window.configured && r[WindowStart].isString()) {
        const double startMs = JsNumber::parseInt(r[WindowStart].bytes());
        if (std::isfinite(startMs)) {
            const qint64 start = qint64(startMs);
            const qint64 end = start + qint64(windowMinutes * 60000);
            const qint64 now = c.now.toMSecsSinceEpoch();
            if (now < end) {
                s.window.start = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
                s.window.end = QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc());
                s.window.remainingSeconds = std::max<qint64>(0, (end - now + 999) / 1000);
                s.window.requests = intOrZero(r[WindowRequests].bytes());
                s.window.tokens = intOrZero(r[WindowTokens].bytes());
                s.window.cost = floatOrZero(r[WindowCost], "rate_limit:cost", &s.problems);
            }
        } else {
            s.problems.append(QCoreApplication::translate("KeyStats",
                                                          "rate_limit:window_start holds \"%1\", which "
                                                          "is not a time.")
                                  .arg(r[WindowStart].describe(40)));
        }
    }
    const redis::Reply& newest = r[NewestRecord];
    if (newest.isArray() && newest.size() > 0)
        s.newestRecord = newest.at(0).bytes();
    return s;
}

} // namespace rka::relay
