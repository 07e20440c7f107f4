#include "UsageSeries.h"

#include "JsNumber.h"
#include "KeySchema.h"

#include "redis/Scanner.h"
#include "support/ServiceTime.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

// `parseInt(x) || 0`
qint64 intOrZero(const redis::Reply& r)
{
    if (!r.isString())
        return 0;
    // Clamped to the safe integers: converting a larger double to qint64 is undefined behaviour
    // (tests/fuzz/fuzz_records), and sums of clamped counters cannot overflow.
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

enum UsageField {
    URequests,
    UInput,
    UOutput,
    UCacheCreate,
    UCacheRead,
    UAllTokens,
    UTokens,
    UsageFieldCount
};
enum ModelField {
    MRequests,
    MInput,
    MOutput,
    MCacheCreate,
    MCacheRead,
    MAllTokens,
    MRatedCost,
    ModelFieldCount
};

QString isoDate(const QDate& d)
{
    return d.toString(u"yyyy-MM-dd"_s);
}

QDate today(int timezoneOffset, const QDateTime& now)
{
    return QDate::fromString(support::ServiceTime(timezoneOffset).date(now), u"yyyy-MM-dd"_s);
}

redis::RedisError replyCountError()
{
    return {redis::RedisError::Code::Protocol,
            QCoreApplication::translate("UsageSeries",
                                        "The server answered a different number of replies than "
                                        "asked.")};
}

bool isDate(QByteArrayView d)
{
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (qsizetype i = 0; i < 10; ++i)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9'))
            return false;
    return true;
}

bool isMonth(QByteArrayView m)
{
    if (m.size() != 7 || m[4] != '-')
        return false;
    for (qsizetype i = 0; i < 7; ++i)
        if (i != 4 && (m[i] < '0' || m[i] > '9'))
            return false;
    return true;
}

std::shared_ptr<bool> newFlag()
{
    return std::make_shared<bool>(false);
}

} // namespace

TokenCounts& TokenCounts::operator+=(const TokenCounts& o)
{
    requests += o.requests;
    inputTokens += o.inputTokens;
    outputTokens += o.outputTokens;
    cacheCreateTokens += o.cacheCreateTokens;
    cacheReadTokens += o.cacheReadTokens;
    allTokens += o.allTokens;
    return *this;
}

// --- buckets ----------------------------------------------------------------------------------------------

QStringList ServiceBuckets::lastDays(int count, int timezoneOffset, const QDateTime& now)
{
    if (count <= 0)
        return {};
    const QDate last = today(timezoneOffset, now);
    return days(last.addDays(-(count - 1)), last);
}

QStringList ServiceBuckets::days(const QDate& from, const QDate& to)
{
    QStringList out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    out.reserve(from.daysTo(to) + 1);
    for (QDate d = from; d <= to; d = d.addDays(1))
        out.append(isoDate(d));
    return out;
}

QStringList ServiceBuckets::lastHours(int count, int timezoneOffset, const QDateTime& now)
{
    QStringList out;
    if (count <= 0)
        return out;
    const support::ServiceTime time(timezoneOffset);
    out.reserve(count);
    // Whole hours back from now: the offset is a whole number of hours, so each step is one bucket.
    for (int i = count - 1; i >= 0; --i)
        out.append(time.hourKey(now.addSecs(-qint64(i) * 3600)));
    return out;
}

void SeriesLoad::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

// --- keys and parsing -------------------------------------------------------------------------------------

QByteArray UsageSeriesReader::hourlyCostKey(QByteArrayView id, const QString& hour)
{
    return "usage:cost:hourly:" + id.toByteArray() + ':' + hour.toUtf8();
}

QByteArray UsageSeriesReader::modelDailyKey(QByteArrayView id, const QString& model, const QString& date)
{
    return "usage:" + id.toByteArray() + ":model:daily:" + model.toUtf8() + ':' + date.toUtf8();
}

bool UsageSeriesReader::parseModelKey(QByteArrayView k, QByteArrayView kind, QByteArray* id, QString* model,
                                      QString* period)
{
    if (!k.startsWith("usage:"))
        return false;
    const QByteArrayView rest = k.sliced(6);
    // Key ids never contain ':', so the id ends at the first colon, which must open the marker.
    const qsizetype colon = rest.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArray marker = ":model:" + kind.toByteArray() + ':';
    if (!rest.sliced(colon).startsWith(marker))
        return false;
    const QByteArrayView tail = rest.sliced(colon + marker.size()); // {model}:{period}
    const qsizetype last = tail.lastIndexOf(':');
    if (last <= 0)
        return false;
    const QByteArrayView p = tail.sliced(last + 1);
    if (kind == "daily" ? !isDate(p) : !isMonth(p))
        return false;
    if (id)
        *id = rest.first(colon).toByteArray();
    if (model)
        *model = QString::fromUtf8(tail.first(last));
    if (period)
        *period = QString::fromLatin1(p);
    return true;
}

const QList<QByteArray>& UsageSeriesReader::usageFields()
{
    static const QList<QByteArray> f = {"requests",        "inputTokens", "outputTokens", "cacheCreateTokens",
                                        "cacheReadTokens", "allTokens",   "tokens"};
    return f;
}

const QList<QByteArray>& UsageSeriesReader::modelFields()
{
    static const QList<QByteArray> f = {"requests",          "inputTokens",     "outputTokens",
                                        "cacheCreateTokens", "cacheReadTokens", "allTokens",
                                        "ratedCostMicro"};
    return f;
}

TokenCounts UsageSeriesReader::parseUsage(const redis::Reply& r)
{
    TokenCounts c;
    if (!r.isArray() || r.size() != UsageFieldCount)
        return c;
    c.requests = intOrZero(r.at(URequests));
    c.inputTokens = intOrZero(r.at(UInput));
    c.outputTokens = intOrZero(r.at(UOutput));
    c.cacheCreateTokens = intOrZero(r.at(UCacheCreate));
    c.cacheReadTokens = intOrZero(r.at(UCacheRead));
    const qint64 all = intOrZero(r.at(UAllTokens));
    const qint64 core = intOrZero(r.at(UTokens));
    // As RangeStats and getUsageStats: legacy hashes without the split count `tokens`.
    if (c.inputTokens + c.outputTokens == 0 && core > 0)
        c.allTokens = core;
    else
        c.allTokens = all ? all : c.inputTokens + c.outputTokens + c.cacheCreateTokens + c.cacheReadTokens;
    return c;
}

void UsageSeriesReader::addModel(const redis::Reply& r, ModelSplit* into)
{
    if (!r.isArray() || r.size() != ModelFieldCount)
        return;
    TokenCounts c;
    c.requests = intOrZero(r.at(MRequests));
    c.inputTokens = intOrZero(r.at(MInput));
    c.outputTokens = intOrZero(r.at(MOutput));
    c.cacheCreateTokens = intOrZero(r.at(MCacheCreate));
    c.cacheReadTokens = intOrZero(r.at(MCacheRead));
    const qint64 all = intOrZero(r.at(MAllTokens));
    c.allTokens = all ? all : c.inputTokens + c.outputTokens + c.cacheCreateTokens + c.cacheReadTokens;
    into->tokens += c;
    if (r.at(MRatedCost).isString()) {
        into->hasCost = true;
        into->costMicro += intOrZero(r.at(MRatedCost));
    }
}

void UsageSeriesReader::sortModels(QList<ModelSplit>* models)
{
    std::sort(models->begin(), models->end(), [](const ModelSplit& a, const ModelSplit& b) {
        if (a.tokens.allTokens != b.tokens.allTokens)
            return a.tokens.allTokens > b.tokens.allTokens;
        if (a.costMicro != b.costMicro)
            return a.costMicro > b.costMicro;
        return a.model < b.model;
    });
}

// --- one key ----------------------------------------------------------------------------------------------

SeriesLoad UsageSeriesReader::loadKey(redis::Connection& connection, const KeySeriesRequest& request,
                                      QObject* context, KeyCallback callback)
{
    SeriesLoad load;
    load.m_cancelled = newFlag();
    auto series = std::make_shared<KeySeries>();
    series->id = request.id;
    series->days = ServiceBuckets::lastDays(request.days, request.timezoneOffset, request.now);
    series->hours = ServiceBuckets::lastHours(request.hours, request.timezoneOffset, request.now);
    QStringList models = request.models;
    models.removeDuplicates();
    models.sort();

    const QByteArray& id = request.id;
    QList<redis::Command> cmds;
    cmds.reserve(2 + series->days.size() * (1 + models.size()));
    if (!series->days.isEmpty()) {
        redis::Command mget {"MGET"};
        for (const QString& d : std::as_const(series->days))
            mget.append(KeySchema::costDaily(id, d));
        cmds.append(std::move(mget));
        for (const QString& d : std::as_const(series->days)) {
            redis::Command hmget {"HMGET", KeySchema::usageDaily(id, d)};
            hmget += usageFields();
            cmds.append(std::move(hmget));
        }
    }
    if (!series->hours.isEmpty()) {
        redis::Command mget {"MGET"};
        for (const QString& h : std::as_const(series->hours))
            mget.append(hourlyCostKey(id, h));
        cmds.append(std::move(mget));
    }
    for (const QString& m : std::as_const(models)) {
        for (const QString& d : std::as_const(series->days)) {
            redis::Command hmget {"HMGET", modelDailyKey(id, m, d)};
            hmget += modelFields();
            cmds.append(std::move(hmget));
        }
    }
    const std::shared_ptr<bool> cancelled = load.m_cancelled;
    if (cmds.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [series, cancelled, callback] {
                if (!*cancelled)
                    callback(*series, {});
            },
            Qt::QueuedConnection);
        return load;
    }
    const qsizetype expected = cmds.size();
    connection.pipeline(
        std::move(cmds), context,
        [series, models, cancelled, callback, expected](const QList<redis::Reply>& replies,
                                                        const redis::RedisError& error) {
            if (*cancelled)
                return;
            if (error || replies.size() != expected) {
                callback({}, error ? error : replyCountError());
                return;
            }
            qsizetype at = 0;
            const qsizetype dayCount = series->days.size();
            if (dayCount > 0) {
                const redis::Reply& costs = replies.at(at++);
                series->dailyCost.reserve(dayCount);
                for (qsizetype i = 0; i < dayCount; ++i)
                    series->dailyCost.append(costs.isArray() && i < costs.size() ? floatOrZero(costs.at(i))
                                                                                 : 0);
                series->dailyUsage.reserve(dayCount);
                for (qsizetype i = 0; i < dayCount; ++i)
                    series->dailyUsage.append(parseUsage(replies.at(at++)));
            }
            if (!series->hours.isEmpty()) {
                const redis::Reply& costs = replies.at(at++);
                series->hourlyCost.reserve(series->hours.size());
                for (qsizetype i = 0; i < series->hours.size(); ++i)
                    series->hourlyCost.append(costs.isArray() && i < costs.size() ? floatOrZero(costs.at(i))
                                                                                  : 0);
            }
            for (const QString& m : models) {
                ModelSplit usage;
                usage.model = m;
                for (qsizetype i = 0; i < dayCount; ++i)
                    addModel(replies.at(at++), &usage);
                series->modelCostKnown = series->modelCostKnown || usage.hasCost;
                if (usage.tokens.requests > 0 || usage.tokens.allTokens > 0 || usage.costMicro > 0)
                    series->models.append(usage);
            }
            sortModels(&series->models);
            callback(*series, {});
        });
    return load;
}

// --- across keys ------------------------------------------------------------------------------------------

QList<RankedKey> CostOverview::top(int n, const QSet<QByteArray>* among) const
{
    QList<RankedKey> out;
    for (auto it = rangeCost.cbegin(); it != rangeCost.cend(); ++it) {
        if (it.value() > 0 && (!among || among->contains(it.key())))
            out.append({it.key(), it.value()});
    }
    std::sort(out.begin(), out.end(), [](const RankedKey& a, const RankedKey& b) {
        return a.cost != b.cost ? a.cost > b.cost : a.id < b.id;
    });
    if (n >= 0 && out.size() > n)
        out.resize(n);
    return out;
}

SeriesLoad UsageSeriesReader::loadOverview(redis::Connection& connection, const CostOverviewRequest& request,
                                           QObject* context, OverviewCallback callback, int batchSize,
                                           int scanCount)
{
    struct State
    {
        CostOverview overview;
        QStringList readDays; // chart days and range days, sorted, distinct
        bool allTime = false;
        QHash<QString, ModelSplit> models;
        int pending = 0;
        bool failed = false;
        std::shared_ptr<bool> cancelled;
        QPointer<QObject> context;
        bool hadContext = false;
        OverviewCallback callback;

        void fail(const redis::RedisError& e)
        {
            if (failed || *cancelled)
                return;
            failed = true;
            callback({}, e);
        }
        void done()
        {
            if (failed || *cancelled || --pending > 0)
                return;
            overview.models.reserve(models.size());
            for (const ModelSplit& m : std::as_const(models)) {
                overview.modelCostKnown = overview.modelCostKnown || m.hasCost;
                overview.models.append(m);
            }
            UsageSeriesReader::sortModels(&overview.models);
            callback(overview, {});
        }
    };
    SeriesLoad load;
    load.m_cancelled = newFlag();
    batchSize = std::max(1, batchSize);
    auto state = std::make_shared<State>();
    state->cancelled = load.m_cancelled;
    state->context = context;
    state->hadContext = context != nullptr;
    state->callback = std::move(callback);
    CostOverview& o = state->overview;
    o.days = request.chartDays;
    o.dailyTotal = QList<double>(o.days.size(), 0.0);
    o.range = request.range;
    state->allTime = request.range.range == StatsRange::AllTime;
    o.rangeDays = state->allTime
        ? QStringList()
        : RangeStatsReader::dates(request.range, request.timezoneOffset, request.now);
    QStringList readDays = o.days + o.rangeDays;
    readDays.sort();
    readDays.removeDuplicates();
    state->readDays = readDays;
    for (const QByteArray& id : request.ids)
        o.rangeCost.insert(id, 0);

    // 1. Per key one MGET: its daily costs for every day read, and for all time its total.
    const int perKeyArgs = int(readDays.size()) + (state->allTime ? 1 : 0);
    ++state->pending; // held until every batch is submitted
    if (perKeyArgs > 0) {
        const qsizetype keysPerBatch = std::max<qsizetype>(1, batchSize);
        for (qsizetype first = 0; first < request.ids.size(); first += keysPerBatch) {
            const QList<QByteArray> ids = request.ids.mid(first, keysPerBatch);
            QList<redis::Command> cmds;
            cmds.reserve(ids.size());
            for (const QByteArray& id : ids) {
                redis::Command mget {"MGET"};
                mget.reserve(1 + perKeyArgs);
                for (const QString& d : readDays)
                    mget.append(KeySchema::costDaily(id, d));
                if (state->allTime)
                    mget.append(KeySchema::costTotal(id));
                cmds.append(std::move(mget));
            }
            ++state->pending;
            connection.pipeline(
                std::move(cmds), context,
                [state, ids](const QList<redis::Reply>& replies, const redis::RedisError& error) {
                    if (state->failed || *state->cancelled)
                        return;
                    if (error || replies.size() != ids.size()) {
                        state->fail(error ? error : replyCountError());
                        return;
                    }
                    CostOverview& ov = state->overview;
                    for (qsizetype i = 0; i < ids.size(); ++i) {
                        const redis::Reply& r = replies.at(i);
                        auto value = [&r](qsizetype j) {
                            return r.isArray() && j < r.size() ? floatOrZero(r.at(j)) : 0.0;
                        };
                        QHash<QString, double> byDay;
                        for (qsizetype j = 0; j < state->readDays.size(); ++j)
                            byDay.insert(state->readDays.at(j), value(j));
                        for (qsizetype j = 0; j < ov.days.size(); ++j)
                            ov.dailyTotal[j] += byDay.value(ov.days.at(j));
                        double cost = 0;
                        if (state->allTime) {
                            cost = value(state->readDays.size());
                        } else {
                            for (const QString& d : std::as_const(ov.rangeDays))
                                cost += byDay.value(d);
                        }
                        ov.rangeCost[ids.at(i)] = cost;
                    }
                    state->done();
                });
        }
    }

    // 2. The model mix: which per-key model hashes exist (one SCAN), then those of listed keys in range.
    if (request.modelMix && (state->allTime || !o.rangeDays.isEmpty()) && !request.ids.isEmpty()) {
        ++state->pending;
        const QByteArray kind = state->allTime ? "monthly" : "daily";
        const QSet<QByteArray> idSet(request.ids.cbegin(), request.ids.cend());
        const QSet<QString> daySet(o.rangeDays.cbegin(), o.rangeDays.cend());
        QPointer<redis::Connection> conn(&connection);
        redis::scanKeys(
            connection, {{"usage:*:model:" + kind + ":*"}, scanCount}, context,
            [state, kind, idSet, daySet, conn, batchSize](const QList<QList<QByteArray>>& found,
                                                          const redis::RedisError& error) {
                if (state->failed || *state->cancelled)
                    return;
                if (error || !conn) {
                    state->fail(error ? error : redis::RedisError {redis::RedisError::Code::Cancelled, {}});
                    return;
                }
                struct Hash
                {
                    QByteArray key;
                    QString model;
                };
                QList<Hash> hashes;
                QByteArray id;
                QString model;
                QString period;
                for (const QByteArray& k : found.value(0)) {
                    if (!parseModelKey(k, kind, &id, &model, &period) || !idSet.contains(id))
                        continue;
                    if (kind == "daily" && !daySet.contains(period))
                        continue;
                    hashes.append({k, model});
                }
                std::sort(hashes.begin(), hashes.end(),
                          [](const Hash& a, const Hash& b) { return a.key < b.key; });
                for (qsizetype first = 0; first < hashes.size(); first += batchSize) {
                    const QList<Hash> batch = hashes.mid(first, batchSize);
                    QList<redis::Command> cmds;
                    cmds.reserve(batch.size());
                    for (const Hash& h : batch) {
                        redis::Command hmget {"HMGET", h.key};
                        hmget += modelFields();
                        cmds.append(std::move(hmget));
                    }
                    ++state->pending;
                    conn->pipeline(
                        std::move(cmds), state->context,
                        [state, batch](const QList<redis::Reply>& replies, const redis::RedisError& e) {
                            if (state->failed || *state->cancelled)
                                return;
                            if (e || replies.size() != batch.size()) {
                                state->fail(e ? e : replyCountError());
                                return;
                            }
                            for (qsizetype i = 0; i < batch.size(); ++i) {
                                ModelSplit& m = state->models[batch.at(i).model];
                                m.model = batch.at(i).model;
                                addModel(replies.at(i), &m);
                            }
                            state->done();
                        });
                }
                state->done(); // the scan's own share
            });
    }

    // Answer asynchronously even when there was nothing to read.
    QMetaObject::invokeMethod(
        context ? context : &connection, [state] { state->done(); }, Qt::QueuedConnection);
    return load;
}

} // namespace rka::relay
