#include "RangeStats.h"

#include "JsNumber.h"
#include "KeySchema.h"
#include "KeyStats.h"

#include "support/ServiceTime.h"

#include <QPointer>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

// `parseInt(x) || 0`
qint64 intOrZero(const redis::Reply& r)
{
    if (!r.isString())
        return 0;
    // Clamped to the safe integers: converting a larger double to qint64 is undefined behaviour.
    constexpr double Max = double(JsNumber::MaxSafeInteger);
    const double d = JsNumber::parseInt(r.bytes());
    return std::isfinite(d) ? qint64(std::clamp(d, -Max, Max)) : 0;
}

// `parseFloat(x) || 0`
double floatOrZero(const redis::Reply& r)
{
    if (!r.isString())
        return 0;
    const double d = JsNumber::parseFloat(r.bytes());
    return std::isfinite(d) ? d : 0;
}

// Fields read from a daily hash, in HMGET order.
enum DailyField {
    DRequests,
    DAllTokens,
    DInput,
    DOutput,
    DCacheCreate,
    DCacheRead,
    DTokens,
    DailyFieldCount
};

// Fields read from the lifetime hash usage:{id}: the `total*` name, then the plain one (14.2).
enum TotalField {
    TRequests,
    TAllTokens,
    TInput,
    TOutput,
    TCacheCreate,
    TCacheRead,
    TTokens,
    TotalFieldCount
};

const QList<QByteArray>& dailyFields()
{
    static const QList<QByteArray> f = {"requests",          "allTokens",       "inputTokens", "outputTokens",
                                        "cacheCreateTokens", "cacheReadTokens", "tokens"};
    return f;
}

const QList<QByteArray>& totalFields()
{
    static const QList<QByteArray> f = {"totalRequests",
                                        "requests",
                                        "totalAllTokens",
                                        "allTokens",
                                        "totalInputTokens",
                                        "inputTokens",
                                        "totalOutputTokens",
                                        "outputTokens",
                                        "totalCacheCreateTokens",
                                        "cacheCreateTokens",
                                        "totalCacheReadTokens",
                                        "cacheReadTokens",
                                        "totalTokens",
                                        "tokens"};
    return f;
}

// All tokens as getUsageStats reports them: the stored allTokens, else the sum of the parts; legacy
// hashes with only `tokens` count those (section 14.2).
qint64 allTokensOf(qint64 all, qint64 input, qint64 output, qint64 cacheCreate, qint64 cacheRead, qint64 core)
{
    if (input + output == 0 && core > 0)
        return core;
    return all ? all : input + output + cacheCreate + cacheRead;
}

RangeStats parseDaily(const redis::Reply& hmget)
{
    RangeStats s;
    if (!hmget.isArray() || hmget.size() != DailyFieldCount)
        return s;
    auto v = [&](int i) { return intOrZero(hmget.at(i)); };
    s.requests = v(DRequests);
    s.tokens = allTokensOf(v(DAllTokens), v(DInput), v(DOutput), v(DCacheCreate), v(DCacheRead), v(DTokens));
    return s;
}

RangeStats parseTotal(const redis::Reply& hmget)
{
    RangeStats s;
    if (!hmget.isArray() || hmget.size() != 2 * TotalFieldCount)
        return s;
    auto v = [&](int i) {
        const qint64 preferred = intOrZero(hmget.at(2 * i));
        return preferred ? preferred : intOrZero(hmget.at(2 * i + 1));
    };
    s.requests = v(TRequests);
    s.tokens = allTokensOf(v(TAllTokens), v(TInput), v(TOutput), v(TCacheCreate), v(TCacheRead), v(TTokens));
    return s;
}

QString isoDate(const QDate& d)
{
    return d.toString(u"yyyy-MM-dd"_s);
}

} // namespace

QString StatsRangeText::name(StatsRange range)
{
    switch (range) {
    case StatsRange::Today:
        return tr("Today");
    case StatsRange::Last7Days:
        return tr("Last 7 days");
    case StatsRange::Last30Days:
        return tr("Last 30 days");
    case StatsRange::AllTime:
        return tr("All time");
    case StatsRange::Custom:
        //: A time range with dates the user chose
        return tr("Custom range");
    }
    return {};
}

RangeStats RangeStats::fromKeyStats(const KeyStats& stats, StatsRange range)
{
    RangeStats s;
    if (range == StatsRange::Today) {
        s.cost = stats.dailyCost;
        s.requests = stats.daily.requests;
        s.tokens = stats.daily.allTokens;
    } else if (range == StatsRange::AllTime) {
        s.cost = stats.totalCost;
        s.requests = stats.total.requests;
        s.tokens = stats.total.allTokens;
    }
    return s;
}

QStringList RangeStatsReader::dates(const RangeSpec& range, int timezoneOffset, const QDateTime& now)
{
    const support::ServiceTime time(timezoneOffset);
    const QDate today = QDate::fromString(time.date(now), u"yyyy-MM-dd"_s);
    QDate from;
    QDate to = today;
    switch (range.range) {
    case StatsRange::Today:
        from = today;
        break;
    case StatsRange::Last7Days:
        from = today.addDays(-6); // today-6 .. today, as the cost rank (section 8)
        break;
    case StatsRange::Last30Days:
        from = today.addDays(-29);
        break;
    case StatsRange::AllTime:
        return {};
    case StatsRange::Custom:
        from = range.from;
        to = range.to;
        break;
    }
    QStringList out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    out.reserve(from.daysTo(to) + 1);
    for (QDate d = from; d <= to; d = d.addDays(1))
        out.append(isoDate(d));
    return out;
}

int RangeStatsReader::commandsPerKey(const RangeSpec& range, const QStringList& dates)
{
    if (range.range == StatsRange::AllTime)
        return 2;
    return dates.isEmpty() ? 0 : 1 + int(dates.size());
}

QList<redis::Command> RangeStatsReader::commands(const QByteArray& id, const RangeSpec& range,
                                                 const QStringList& dates)
{
    QList<redis::Command> out;
    if (range.range == StatsRange::AllTime) {
        out.append({"GET", KeySchema::costTotal(id)});
        redis::Command hmget {"HMGET", KeySchema::usageTotal(id)};
        hmget += totalFields();
        out.append(std::move(hmget));
        return out;
    }
    if (dates.isEmpty())
        return out;
    out.reserve(1 + dates.size());
    // One MGET of the daily cost strings: the same values as one GET per date, fewer commands.
    redis::Command mget {"MGET"};
    mget.reserve(1 + dates.size());
    for (const QString& d : dates)
        mget.append(KeySchema::costDaily(id, d));
    out.append(std::move(mget));
    for (const QString& d : dates) {
        redis::Command hmget {"HMGET", KeySchema::usageDaily(id, d)};
        hmget += dailyFields();
        out.append(std::move(hmget));
    }
    return out;
}

RangeStats RangeStatsReader::parse(const RangeSpec& range, const QStringList& dates, const redis::Reply* r)
{
    if (range.range == StatsRange::AllTime) {
        RangeStats s = parseTotal(r[1]);
        s.cost = floatOrZero(r[0]);
        return s;
    }
    RangeStats s;
    if (dates.isEmpty())
        return s;
    const redis::Reply& costs = r[0];
    if (costs.isArray()) {
        for (const redis::Reply& c : costs.elements())
            s.cost += floatOrZero(c);
    }
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const RangeStats day = parseDaily(r[1 + i]);
        s.requests += day.requests;
        s.tokens += day.tokens;
    }
    return s;
}

void RangeStatsReader::load(redis::Connection& connection, const QList<QByteArray>& ids,
                            const RangeSpec& range, int timezoneOffset, const QDateTime& now,
                            QObject* context, Callback callback, int batchSize)
{
    struct State
    {
        QHash<QByteArray, RangeStats> result;
        int pending = 0;
        bool failed = false;
    };
    const QStringList days = dates(range, timezoneOffset, now);
    const int perKey = commandsPerKey(range, days);
    auto state = std::make_shared<State>();
    state->result.reserve(ids.size());
    if (ids.isEmpty() || perKey == 0) {
        for (const QByteArray& id : ids)
            state->result.insert(id, RangeStats());
        // Answer asynchronously, like every other outcome.
        QMetaObject::invokeMethod(
            context, [state, callback] { callback(state->result, {}); }, Qt::QueuedConnection);
        return;
    }
    batchSize = std::max(1, batchSize);
    const qsizetype total = ids.size();
    // Every batch is submitted in this event-loop turn, so they leave in one flush.
    for (qsizetype first = 0; first < total; first += batchSize) {
        const qsizetype count = std::min<qsizetype>(batchSize, total - first);
        const QList<QByteArray> batchIds = ids.mid(first, count);
        QList<redis::Command> cmds;
        cmds.reserve(count * perKey);
        for (const QByteArray& id : batchIds)
            cmds += commands(id, range, days);
        ++state->pending;
        connection.pipeline(
            std::move(cmds), context,
            [state, batchIds, range, days, perKey, callback](const QList<redis::Reply>& replies,
                                                             const redis::RedisError& error) {
                if (state->failed)
                    return;
                if (error || replies.size() != batchIds.size() * perKey) {
                    state->failed = true;
                    callback({},
                             error ? error
                                   : redis::RedisError {redis::RedisError::Code::Protocol,
                                                        StatsRangeText::tr("The server answered a different "
                                                                           "number of replies than asked.")});
                    return;
                }
                for (qsizetype i = 0; i < batchIds.size(); ++i)
                    state->result.insert(batchIds.at(i),
                                         parse(range, days, replies.constData() + i * perKey));
                if (--state->pending == 0)
                    callback(state->result, {});
            });
    }
}

} // namespace rka::relay
