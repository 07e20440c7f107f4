#include "KeyStats.h"

#include "ApiKey.h"
#include "JsNumber.h"
#include "KeySchema.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

// Six commands per key: the counters of three usage hashes, one MGET of every string, the concurrency count
// and the newest record.
enum Slot { UsageTotalHash, UsageDailyHash, UsageMonthlyHash, Strings, Concurrency, NewestRecord, SlotCount };

// The keys of the MGET, in this order.
enum StringSlot {
    CostDaily,
    CostMonthly,
    CostTotal,
    OpusWeeklyLegacy,
    OpusWeeklyPeriod,
    WindowStart,
    WindowRequests,
    WindowTokens,
    WindowCost,
    ClaudeTotal,
    StringSlotCount
};

// The counter fields of a usage hash that getUsageStats reads (section 14.2), read with HMGET instead
// of HGETALL: the hashes carry many more fields (per-type ephemeral and long-context counters),
// and transferring them all is most of a list's bytes.
enum Counter {
    Tokens,
    InputTokens,
    OutputTokens,
    CacheCreateTokens,
    CacheReadTokens,
    Requests,
    AllTokens,
    CounterCount
};
// HMGET key [total names] plain names. The literals share static data: no allocation per command.
QList<QByteArray> counterRead(QByteArray key, bool withTotalNames)
{
    static const QList<QByteArray> plain = {
        "tokens"_ba,          "inputTokens"_ba, "outputTokens"_ba, "cacheCreateTokens"_ba,
        "cacheReadTokens"_ba, "requests"_ba,    "allTokens"_ba};
    static const QList<QByteArray> total = {
        "totalTokens"_ba,          "totalInputTokens"_ba, "totalOutputTokens"_ba, "totalCacheCreateTokens"_ba,
        "totalCacheReadTokens"_ba, "totalRequests"_ba,    "totalAllTokens"_ba};
    static_assert(CounterCount == 7);
    QList<QByteArray> c;
    c.reserve(2 + 2 * CounterCount);
    c.append("HMGET"_ba);
    c.append(std::move(key));
    if (withTotalNames)
        c.append(total);
    c.append(plain);
    return c;
}

// The values of an HMGET reply from counterRead; a missing field, a missing hash and a wrong type
// all read as empty, as the service's `hgetall` then `parseInt(x) || 0` does.
class CounterValues
{
public:
    CounterValues(const redis::Reply& r, bool withTotalNames)
        : m_reply(r.isArray() && r.size() == (withTotalNames ? 2 : 1) * CounterCount ? &r : nullptr)
        , m_plainOffset(withTotalNames ? CounterCount : 0)
    { }
    QByteArray total(Counter c) const { return m_plainOffset ? at(c) : QByteArray(); }
    QByteArray plain(Counter c) const { return at(m_plainOffset + c); }

private:
    QByteArray at(int i) const { return m_reply ? m_reply->at(i).bytes() : QByteArray(); }
    const redis::Reply* m_reply;
    int m_plainOffset;
};

// `parseInt(x) || 0` in JavaScript, clamped to the safe integers: converting a larger double to
// qint64 is undefined behaviour (found by tests/fuzz/fuzz_records), and sums of a few clamped
// counters cannot overflow.
qint64 intOrZero(const QByteArray& v)
{
    constexpr double Max = double(JsNumber::MaxSafeInteger);
    const double d = JsNumber::parseInt(v);
    return std::isfinite(d) ? qint64(std::clamp(d, -Max, Max)) : 0;
}

// A JavaScript time value (ms) clamped to the range of a Date, +-8.64e15 ms, so that it converts to
// qint64 and differences of two cannot overflow.
qint64 clampedTimeMs(double ms)
{
    constexpr double MaxDateMs = 8.64e15;
    return qint64(std::clamp(ms, -MaxDateMs, MaxDateMs));
}

// getUsageStats' handling of one hash: `total*` names first, then the plain ones; legacy data
// without an input/output split is reported as 30 % / 70 % of `tokens` (section 14.2).
UsageCounters counters(const CounterValues& h)
{
    auto pick = [&](Counter which) {
        const qint64 v = intOrZero(h.total(which));
        return v ? v : intOrZero(h.plain(which));
    };
    UsageCounters c;
    c.coreTokens = pick(Tokens);
    c.inputTokens = pick(InputTokens);
    c.outputTokens = pick(OutputTokens);
    c.cacheCreateTokens = pick(CacheCreateTokens);
    c.cacheReadTokens = pick(CacheReadTokens);
    c.requests = pick(Requests);
    const qint64 all = pick(AllTokens);
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

std::pair<int, int> KeyStatsQuery::weeklyReset(const ApiKey& key)
{
    const double day = key.serviceNumber(ApiKeyField::WeeklyResetDay);
    const double hour = key.serviceNumber(ApiKeyField::WeeklyResetHour);
    // Clamped so the conversion to int is defined; no real setting comes near.
    return {std::isfinite(day) ? int(std::clamp(day, -1e6, 1e6)) : 1,
            std::isfinite(hour) ? int(std::clamp(hour, -1e6, 1e6)) : 0};
}

namespace {

// Which strings the MGET of a key holds, and where: the release detected later can only be the
// same or newer than the one read so far, so a settled choice needs one weekly key; the window keys
// count only for a key with a window (section 14.7).
struct StringLayout
{
    std::array<int, StringSlotCount> position {};
    int count = 0;

    StringLayout(const ApiKey& key, const KeyStatsQuery::Context& c)
    {
        const double window = key.serviceNumber(ApiKeyField::RateLimitWindow);
        const bool hasWindow = std::isfinite(window) && window > 0;
        for (int slot = 0; slot < StringSlotCount; ++slot) {
            bool read = true;
            switch (StringSlot(slot)) {
            case OpusWeeklyLegacy:
                read = !c.usesPeriod;
                break;
            case WindowStart:
            case WindowRequests:
            case WindowTokens:
            case WindowCost:
                read = hasWindow;
                break;
            case ClaudeTotal:
                read = c.mayBe1_1_262;
                break;
            default:
                break;
            }
            position[std::size_t(slot)] = read ? count++ : -1;
        }
    }
};

} // namespace

QList<QList<QByteArray>> KeyStatsQuery::commands(const QByteArray& id, const ApiKey& key, const Context& c)
{
    namespace S = KeySchema;
    QList<QList<QByteArray>> out;
    out.reserve(SlotCount);
    out.append(counterRead(S::usageTotal(id), true));
    out.append(counterRead(S::usageDaily(id, c.date), false));
    out.append(counterRead(S::usageMonthly(id, c.month), false));
    const StringLayout layout(key, c);
    QList<QByteArray> mget(1 + layout.count);
    mget[0] = "MGET"_ba;
    auto put = [&](StringSlot slot, QByteArray name) {
        if (const int p = layout.position[std::size_t(slot)]; p >= 0)
            mget[1 + p] = std::move(name);
    };
    put(CostDaily, S::costDaily(id, c.date));
    put(CostMonthly, S::costMonthly(id, c.month));
    put(CostTotal, S::costTotal(id));
    put(OpusWeeklyLegacy, S::opusWeekly(id, c.legacyWeek));
    put(OpusWeeklyPeriod, S::opusWeekly(id, c.period));
    put(WindowStart, S::rateLimitWindowStart(id));
    put(WindowRequests, S::rateLimitRequests(id));
    put(WindowTokens, S::rateLimitTokens(id));
    put(WindowCost, S::rateLimitCost(id));
    put(ClaudeTotal, S::claudeTotal(id));
    out.append(std::move(mget));
    // A read-only equivalent of the service's purging getConcurrency (section 14.6).
    out.append(
        {"ZCOUNT"_ba, S::concurrency(id), "(" + QByteArray::number(c.now.toMSecsSinceEpoch()), "+inf"_ba});
    out.append({"LRANGE"_ba, S::usageRecords(id), "0"_ba, "0"_ba});
    return out;
}

void KeyStats::selectWeekly(bool usesPeriod)
{
    const WeeklyCandidate& previous = weeklyUsesPeriod ? weeklyPeriod : weeklyLegacy;
    if (!previous.problem.isEmpty())
        problems.removeOne(previous.problem);
    const WeeklyCandidate& chosen = usesPeriod ? weeklyPeriod : weeklyLegacy;
    weeklyUsesPeriod = usesPeriod;
    weeklyOpusCost = chosen.cost;
    weeklyBucket = chosen.bucket;
    if (!chosen.problem.isEmpty())
        problems.append(chosen.problem);
}

KeyStats KeyStatsQuery::parse(const ApiKey& key, const Context& c, const redis::Reply* r)
{
    KeyStats s;
    s.total = counters(CounterValues(r[UsageTotalHash], true));
    s.daily = counters(CounterValues(r[UsageDailyHash], false));
    s.monthly = counters(CounterValues(r[UsageMonthlyHash], false));
    static const redis::Reply nil;
    const redis::Reply& strings = r[Strings];
    const StringLayout layout(key, c);
    auto str = [&](StringSlot slot) -> const redis::Reply& {
        const int p = layout.position[std::size_t(slot)];
        return p >= 0 && strings.isArray() && strings.size() == layout.count ? strings.at(p) : nil;
    };
    if (strings.isError())
        s.problems.append(QCoreApplication::translate("KeyStats", "Reading the cost keys failed: %1")
                              .arg(strings.describe(80)));
    s.dailyCost = floatOrZero(str(CostDaily), "usage:cost:daily", &s.problems);
    s.monthlyCost = floatOrZero(str(CostMonthly), "usage:cost:monthly", &s.problems);
    s.totalCost = floatOrZero(str(CostTotal), "usage:cost:total", &s.problems);
    QStringList weeklyProblems;
    s.weeklyLegacy.bucket = c.legacyWeek;
    s.weeklyLegacy.cost = floatOrZero(str(OpusWeeklyLegacy), "usage:opus:weekly", &weeklyProblems);
    s.weeklyLegacy.problem = weeklyProblems.value(0);
    weeklyProblems.clear();
    s.weeklyPeriod.bucket = c.period;
    s.weeklyPeriod.cost = floatOrZero(str(OpusWeeklyPeriod), "usage:opus:weekly", &weeklyProblems);
    s.weeklyPeriod.problem = weeklyProblems.value(0);
    s.weeklyUsesPeriod = c.usesPeriod;
    s.selectWeekly(c.usesPeriod);
    s.claudeTotalExists = str(ClaudeTotal).isString();
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
    if (s.window.configured && str(WindowStart).isString()) {
        const double startMs = JsNumber::parseInt(str(WindowStart).bytes());
        if (std::isfinite(startMs)) {
            const qint64 start = clampedTimeMs(startMs);
            const qint64 end = clampedTimeMs(startMs + windowMinutes * 60000);
            const qint64 now = c.now.toMSecsSinceEpoch();
            if (now < end) {
                s.window.start = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
                s.window.end = QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc());
                s.window.remainingSeconds = std::max<qint64>(0, (end - now + 999) / 1000);
                s.window.requests = intOrZero(str(WindowRequests).bytes());
                s.window.tokens = intOrZero(str(WindowTokens).bytes());
                s.window.cost = floatOrZero(str(WindowCost), "rate_limit:cost", &s.problems);
            }
        } else {
            s.problems.append(QCoreApplication::translate("KeyStats",
                                                          "rate_limit:window_start holds \"%1\", which "
                                                          "is not a time.")
                                  .arg(str(WindowStart).describe(40)));
        }
    }
    const redis::Reply& newest = r[NewestRecord];
    if (newest.isArray() && newest.size() > 0)
        s.newestRecord = newest.at(0).bytes();
    return s;
}

} // namespace rka::relay
