#include "UsageSimulator.h"

#include "JsNumber.h"
#include "KeySchema.h"
#include "ServiceConstants.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

namespace C = ServiceConstants;

// The model hashes' secondary TTL-free keys and the index sets of 1.1.263+ (18.8).
constexpr qint64 NoTtl = -1;

bool newModel(DataModel model)
{
    return model >= DataModel::Release1_1_263;
}

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

QByteArray num(double v)
{
    return JsNumber::toString(v);
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

// Math.round(x * 1e6): halves go up, as in JS.
qint64 micro(double usd)
{
    return qint64(std::floor(usd * 1'000'000 + 0.5));
}

// parseFloat(x.toFixed(6)), the record's cost (14.5).
double sixDecimals(double usd)
{
    return std::floor(usd * 1'000'000 + 0.5) / 1'000'000;
}

// JSON.stringify of a string: ", \ and control characters escaped, everything else raw UTF-8.
void appendJsonString(QByteArray& out, QStringView s)
{
    out += '"';
    const QByteArray bytes = s.toUtf8();
    for (char c : bytes) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// Builds a JSON object with its members in insertion order, as the service's object literals.
class JsonObject
{
public:
    JsonObject& raw(const char* name, const QByteArray& value)
    {
        m_out += m_out.isEmpty() ? "{" : ",";
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_out += value;
        return *this;
    }
    JsonObject& number(const char* name, double v) { return raw(name, num(v)); }
    JsonObject& integer(const char* name, qint64 v) { return raw(name, num(v)); }
    JsonObject& boolean(const char* name, bool v) { return raw(name, v ? "true"_ba : "false"_ba); }
    JsonObject& string(const char* name, const std::optional<QString>& v)
    {
        if (!v)
            return raw(name, "null"_ba);
        QByteArray s;
        appendJsonString(s, *v);
        return raw(name, s);
    }
    JsonObject& optionalInt(const char* name, const std::optional<qint64>& v)
    {
        return v ? integer(name, *v) : raw(name, "null"_ba);
    }
    QByteArray take() { return m_out.isEmpty() ? "{}"_ba : m_out + '}'; }

private:
    QByteArray m_out;
};

std::optional<QString> orNull(const QString& s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

// Token counts after the service's defaulting (14.2).
struct Tokens
{
    qint64 input, output, cacheCreate, cacheRead, eph5m, eph1h, all, core;
};

Tokens tokensOf(const UsageSimulator::Request& r)
{
    Tokens t {r.inputTokens,
              r.outputTokens,
              r.cacheCreateTokens,
              r.cacheReadTokens,
              r.ephemeral5mTokens,
              r.ephemeral1hTokens,
              0,
              0};
    t.all = t.input + t.output + t.cacheCreate + t.cacheRead;
    t.core = t.input + t.output;
    return t;
}

UsageSimulator::CostBreakdown breakdownOf(const UsageSimulator::Request& r, double cost)
{
    if (r.breakdown)
        return *r.breakdown;
    // A typical Claude price ratio (input 1, output 5, cache write 1.25, cache read 0.1): demo data only.
    const Tokens t = tokensOf(r);
    const double weight =
        double(t.input) + 5.0 * double(t.output) + 1.25 * double(t.cacheCreate) + 0.1 * double(t.cacheRead);
    UsageSimulator::CostBreakdown b;
    if (weight <= 0) {
        b.input = cost;
        return b;
    }
    const double unit = cost / weight;
    b.input = unit * double(t.input);
    b.output = unit * 5.0 * double(t.output);
    b.cacheCreate = unit * 1.25 * double(t.cacheCreate);
    b.cacheRead = unit * 0.1 * double(t.cacheRead);
    if (t.cacheCreate > 0) {
        b.ephemeral5m = b.cacheCreate * double(t.eph5m) / double(t.cacheCreate);
        b.ephemeral1h = b.cacheCreate * double(t.eph1h) / double(t.cacheCreate);
    }
    return b;
}

QByteArray breakdownJson(const UsageSimulator::CostBreakdown& b, double cost, bool legacy, DataModel model)
{
    JsonObject o;
    o.number("input", b.input).number("output", b.output);
    const double total = b.total.value_or(cost);
    if (!newModel(model)) {
        if (legacy)
            return o.number("cacheWrite", b.cacheCreate)
                .number("cacheRead", b.cacheRead)
                .number("total", total)
                .take();
        return o.number("cacheCreate", b.cacheCreate)
            .number("cacheRead", b.cacheRead)
            .number("ephemeral5m", b.ephemeral5m)
            .number("ephemeral1h", b.ephemeral1h)
            .take();
    }
    o.number("cacheCreate", b.cacheCreate);
    if (legacy)
        o.number("cacheWrite", b.cacheCreate);
    return o.number("cacheRead", b.cacheRead)
        .number("ephemeral5m", b.ephemeral5m)
        .number("ephemeral1h", b.ephemeral1h)
        .number("total", total)
        .take();
}

class Commands
{
public:
    void hincr(const QByteArray& key, const char* field, qint64 v)
    {
        m_list.append({"HINCRBY"_ba, key, QByteArray(field), num(v)});
    }
    void incrFloat(const QByteArray& key, double v) { m_list.append({"INCRBYFLOAT"_ba, key, num(v)}); }
    void expire(const QByteArray& key, qint64 seconds)
    {
        if (seconds != NoTtl)
            m_list.append({"EXPIRE"_ba, key, num(seconds)});
    }
    void add(redis::Command c) { m_list.append(std::move(c)); }
    QList<redis::Command> take() { return std::move(m_list); }

    // The token fields shared by the usage hashes, in the service's order.
    void tokenFields(const QByteArray& key, const Tokens& t, bool withCore, bool withAll, bool withEphemeral)
    {
        if (withCore)
            hincr(key, "tokens", t.core);
        hincr(key, "inputTokens", t.input);
        hincr(key, "outputTokens", t.output);
        hincr(key, "cacheCreateTokens", t.cacheCreate);
        hincr(key, "cacheReadTokens", t.cacheRead);
        if (withAll)
            hincr(key, "allTokens", t.all);
        hincr(key, "requests", 1);
        if (withEphemeral) {
            hincr(key, "ephemeral5mTokens", t.eph5m);
            hincr(key, "ephemeral1hTokens", t.eph1h);
        }
    }
    void costMicro(const QByteArray& key, double real, double rated)
    {
        if (real > 0)
            hincr(key, "realCostMicro", micro(real));
        if (rated > 0)
            hincr(key, "ratedCostMicro", micro(rated));
    }

private:
    QList<redis::Command> m_list;
};

} // namespace

QString UsageSimulator::normalizeModel(const QString& model)
{
    if (model.isEmpty() || model == u"unknown"_s)
        return model;
    static const QRegularExpression region(u"^[a-z0-9-]+\\."_s);
    static const QRegularExpression version(u"-v\\d+:\\d+$"_s);
    static const QRegularExpression versionOrLatest(u"-v\\d+:\\d+$|:latest$"_s);
    if (model.contains(u".anthropic."_s) || model.contains(u".claude"_s)) {
        QString n = model;
        n.remove(region);
        const qsizetype at = n.indexOf(u"anthropic."_s); // String.replace with a string: first only
        if (at >= 0)
            n.remove(at, 10);
        n.remove(version);
        return n;
    }
    QString n = model;
    return n.remove(versionOrLatest);
}

bool UsageSimulator::countsAsWeeklyCost(const Request& r, DataModel model)
{
    if (!r.recordDetails || r.cost <= 0)
        return false;
    if (!newModel(model)) {
        static const QStringList types = {u"claude"_s, u"claude-console"_s, u"ccr"_s};
        return r.model.contains(u"claude-opus"_s) && types.contains(r.accountType);
    }
    static const QStringList types = {u"claude-official"_s, u"claude-console"_s, u"ccr"_s};
    return r.model.contains(u"claude"_s, Qt::CaseInsensitive) && types.contains(r.accountType);
}

QByteArray UsageSimulator::recordJson(const Request& r, DataModel model)
{
    const Tokens t = tokensOf(r);
    const double cost = sixDecimals(r.cost);
    const double real = sixDecimals(r.realCost.value_or(r.cost));
    const CostBreakdown b = breakdownOf(r, r.cost);
    const bool legacy = !r.recordDetails;
    const QString timestamp = r.at.toUTC().toString(Qt::ISODateWithMs);

    JsonObject o;
    o.string("timestamp", timestamp).string("model", r.model).string("accountId", orNull(r.accountId));
    if (!newModel(model)) {
        if (!legacy)
            o.string("accountType", orNull(r.accountType));
        o.integer("inputTokens", t.input)
            .integer("outputTokens", t.output)
            .integer("cacheCreateTokens", t.cacheCreate)
            .integer("cacheReadTokens", t.cacheRead);
        if (!legacy)
            o.integer("ephemeral5mTokens", t.eph5m).integer("ephemeral1hTokens", t.eph1h);
        o.integer("totalTokens", t.all)
            .number("cost", cost)
            .raw("costBreakdown", breakdownJson(b, r.cost, legacy, model));
        if (!legacy)
            o.boolean("isLongContext", r.isLongContext);
        return o.take();
    }
    // 1.1.263+ (18.8): request details, real cost and its breakdown.
    o.string("accountType", orNull(r.accountType))
        .string("requestId", r.requestId)
        .string("endpoint", r.endpoint)
        .string("method", r.method)
        .optionalInt("statusCode", r.statusCode ? std::optional<qint64>(*r.statusCode) : std::nullopt)
        .boolean("stream", r.stream)
        .optionalInt("durationMs", r.durationMs)
        .integer("inputTokens", t.input)
        .integer("outputTokens", t.output)
        .integer("cacheCreateTokens", t.cacheCreate)
        .integer("cacheReadTokens", t.cacheRead);
    if (!legacy)
        o.integer("ephemeral5mTokens", t.eph5m).integer("ephemeral1hTokens", t.eph1h);
    const QByteArray breakdown = breakdownJson(b, r.cost, legacy, model);
    o.integer("totalTokens", t.all)
        .number("cost", cost)
        .number("realCost", real)
        .raw("costBreakdown", breakdown)
        .raw("realCostBreakdown", breakdown);
    if (!legacy)
        o.string("pricingSource", u"dynamic"_s).boolean("usedFallbackPricing", false);
    return o.boolean("isLongContext", r.isLongContext).take();
}

QList<redis::Command> UsageSimulator::recordRequest(const Request& r, DataModel model,
                                                    const support::ServiceTime& time)
{
    const bool v263 = newModel(model);
    const QByteArray& id = r.keyId;
    const Tokens t = tokensOf(r);
    const QByteArray date = utf8(time.date(r.at));
    const QByteArray month = utf8(time.month(r.at));
    const QByteArray hour = utf8(time.hourKey(r.at));
    const QByteArray m = utf8(normalizeModel(r.model));
    const double rated = r.cost;
    const double real = r.realCost.value_or(r.cost);
    const double microReal = v263 && r.cost > 0 ? real : 0;
    const double microRated = v263 && r.cost > 0 ? rated : 0;

    Commands c;
    // 14.2 incrementTokenUsage, one pipeline.
    const QByteArray total = KeySchema::usageTotal(id);
    c.hincr(total, "totalTokens", t.core);
    c.hincr(total, "totalInputTokens", t.input);
    c.hincr(total, "totalOutputTokens", t.output);
    c.hincr(total, "totalCacheCreateTokens", t.cacheCreate);
    c.hincr(total, "totalCacheReadTokens", t.cacheRead);
    c.hincr(total, "totalAllTokens", t.all);
    c.hincr(total, "totalEphemeral5mTokens", t.eph5m);
    c.hincr(total, "totalEphemeral1hTokens", t.eph1h);
    if (r.isLongContext) {
        c.hincr(total, "totalLongContextInputTokens", t.input);
        c.hincr(total, "totalLongContextOutputTokens", t.output);
        c.hincr(total, "totalLongContextRequests", 1);
    }
    c.hincr(total, "totalRequests", 1);

    const QByteArray daily = KeySchema::usageDaily(id, time.date(r.at));
    c.tokenFields(daily, t, true, true, true);
    if (r.isLongContext) {
        c.hincr(daily, "longContextInputTokens", t.input);
        c.hincr(daily, "longContextOutputTokens", t.output);
        c.hincr(daily, "longContextRequests", 1);
    }
    const QByteArray monthly = KeySchema::usageMonthly(id, time.month(r.at));
    c.tokenFields(monthly, t, true, true, true);

    const QByteArray modelDaily = "usage:model:daily:" + m + ':' + date;
    const QByteArray modelMonthly = "usage:model:monthly:" + m + ':' + month;
    const QByteArray modelHourly = "usage:model:hourly:" + m + ':' + hour;
    c.tokenFields(modelDaily, t, false, true, v263);
    c.tokenFields(modelMonthly, t, false, true, v263);

    const QByteArray keyModel = "usage:" + id + ":model:";
    const QByteArray keyModelDaily = keyModel + "daily:" + m + ':' + date;
    const QByteArray keyModelMonthly = keyModel + "monthly:" + m + ':' + month;
    const QByteArray keyModelHourly = keyModel + "hourly:" + m + ':' + hour;
    c.tokenFields(keyModelDaily, t, false, true, true);
    c.costMicro(keyModelDaily, microReal, microRated);
    c.tokenFields(keyModelMonthly, t, false, true, true);
    c.costMicro(keyModelMonthly, microReal, microRated);
    if (v263) {
        const QByteArray alltime = keyModel + "alltime:" + m;
        c.tokenFields(alltime, t, false, false, true);
        c.costMicro(alltime, microReal, microRated);
    }

    const QByteArray hourly = "usage:hourly:" + id + ':' + hour;
    c.tokenFields(hourly, t, true, true, v263);
    c.tokenFields(modelHourly, t, false, true, v263);
    c.tokenFields(keyModelHourly, t, false, true, v263);
    c.costMicro(keyModelHourly, microReal, microRated);

    const QByteArray minute = support::ServiceTime::systemMinuteKey(r.at).toUtf8();
    c.hincr(minute, "requests", 1);
    c.hincr(minute, "totalTokens", t.all);
    c.hincr(minute, "inputTokens", t.input);
    c.hincr(minute, "outputTokens", t.output);
    c.hincr(minute, "cacheCreateTokens", t.cacheCreate);
    c.hincr(minute, "cacheReadTokens", t.cacheRead);

    c.expire(daily, C::UsageDailyTtl);
    c.expire(monthly, C::UsageMonthlyTtl);
    c.expire(hourly, C::UsageHourlyTtl);
    c.expire(modelDaily, C::UsageDailyTtl);
    c.expire(modelMonthly, C::UsageMonthlyTtl);
    c.expire(modelHourly, C::UsageHourlyTtl);
    c.expire(keyModelDaily, C::UsageDailyTtl);
    c.expire(keyModelMonthly, C::UsageMonthlyTtl);
    c.expire(keyModelHourly, C::UsageHourlyTtl);
    // 1.1.235 sends EXPIRE with NaN, which Redis rejects: its minute keys never expire (14.2).
    if (v263)
        c.expire(minute, C::MetricsMinuteTtl1_1_314);

    if (v263) {
        // Per-request indexes and global aggregates (18.8).
        const QByteArray keyModelMember = id + ':' + m;
        const QList<std::pair<QByteArray, QByteArray>> sets = {
            {"usage:daily:index:" + date, id},
            {"usage:hourly:index:" + hour, id},
            {"usage:model:daily:index:" + date, m},
            {"usage:model:hourly:index:" + hour, m},
            {"usage:model:monthly:index:" + month, m},
            {"usage:model:monthly:months"_ba, month},
            {"usage:keymodel:daily:index:" + date, keyModelMember},
            {"usage:keymodel:hourly:index:" + hour, keyModelMember},
        };
        for (const auto& [set, member] : sets)
            c.add({"SADD"_ba, set, member});
        for (const auto& [set, member] : sets) {
            if (!set.endsWith(":months"))
                c.add({"DEL"_ba, set + ":empty"});
        }
        const qint64 setTtls[] = {C::UsageDailyTtl,  C::UsageHourlyTtl,  C::UsageDailyTtl,
                                  C::UsageHourlyTtl, C::UsageMonthlyTtl, NoTtl,
                                  C::UsageDailyTtl,  C::UsageHourlyTtl};
        for (int i = 0; i < sets.size(); ++i)
            c.expire(sets[i].first, setTtls[i]);
        const QByteArray globalDaily = "usage:global:daily:" + date;
        const QByteArray globalMonthly = "usage:global:monthly:" + month;
        for (const QByteArray& g : {"usage:global:total"_ba, globalDaily, globalMonthly}) {
            c.hincr(g, "requests", 1);
            c.hincr(g, "inputTokens", t.input);
            c.hincr(g, "outputTokens", t.output);
            c.hincr(g, "cacheCreateTokens", t.cacheCreate);
            c.hincr(g, "cacheReadTokens", t.cacheRead);
            c.hincr(g, "allTokens", t.all);
            c.hincr(g, "ephemeral5mTokens", t.eph5m);
            c.hincr(g, "ephemeral1hTokens", t.eph1h);
        }
        c.expire(globalDaily, C::UsageDailyTtl);
        c.expire(globalMonthly, C::UsageMonthlyTtl);
    }

    // 14.3 incrementDailyCost, only for a cost > 0.
    if (r.cost > 0) {
        const QByteArray costDaily = KeySchema::costDaily(id, time.date(r.at));
        const QByteArray costMonthly = KeySchema::costMonthly(id, time.month(r.at));
        const QByteArray costHourly = "usage:cost:hourly:" + id + ':' + hour;
        c.incrFloat(costDaily, rated);
        c.incrFloat(costMonthly, rated);
        c.incrFloat(costHourly, rated);
        c.incrFloat(KeySchema::costTotal(id), rated);
        const QByteArray realDaily = "usage:cost:real:daily:" + id + ':' + date;
        if (v263) {
            c.incrFloat("usage:cost:real:total:" + id, real);
            c.incrFloat(realDaily, real);
        }
        c.expire(costDaily, C::CostDailyTtl);
        c.expire(costMonthly, C::CostMonthlyTtl);
        c.expire(costHourly, C::UsageHourlyTtl);
        if (v263)
            c.expire(realDaily, C::CostDailyTtl);
    }

    // 14.4 / 18.8 weekly cost.
    if (countsAsWeeklyCost(r, model)) {
        const QString bucket = model >= DataModel::Release1_1_281
            ? time.weeklyPeriod(r.at, r.weeklyResetDay, r.weeklyResetHour)
            : time.legacyWeek(r.at);
        const QByteArray weekly = KeySchema::opusWeekly(id, bucket);
        c.incrFloat(weekly, rated);
        c.incrFloat("usage:opus:total:" + id, rated);
        if (v263) {
            const QByteArray realWeekly = "usage:opus:real:weekly:" + id + ':' + utf8(bucket);
            c.incrFloat(realWeekly, real);
            c.incrFloat("usage:opus:real:total:" + id, real);
            c.expire(weekly, C::OpusWeeklyTtl);
            c.expire(realWeekly, C::OpusWeeklyTtl);
        } else {
            c.expire(weekly, C::OpusWeeklyTtl);
        }
    }

    // 14.5 the record (the service wraps these three in MULTI/EXEC).
    const QByteArray records = KeySchema::usageRecords(id);
    c.add({"LPUSH"_ba, records, recordJson(r, model)});
    c.add({"LTRIM"_ba, records, "0"_ba, num(qint64(C::UsageRecordsCap - 1))});
    c.expire(records, C::UsageRecordsTtl);

    // lastUsedAt on the key, and in the key index when it exists (18.6).
    c.add({"HSET"_ba, KeySchema::apiKey(id), "lastUsedAt"_ba,
           r.at.toUTC().toString(Qt::ISODateWithMs).toUtf8()});
    if (v263 && r.keyIndexPresent)
        c.add({"ZADD"_ba, "apikey:idx:lastUsedAt"_ba, num(r.at.toMSecsSinceEpoch()), id});
    return c.take();
}

QList<redis::Command> UsageSimulator::accountCommands(AccountType type, const QByteArray& id,
                                                      const QString& name, const QDateTime& createdAt)
{
    const QByteArray key = AccountTypes::keyPrefix(type) + id;
    if (type == AccountType::Bedrock) {
        // Bedrock accounts are a JSON string (15.2).
        JsonObject o;
        o.string("id", QString::fromUtf8(id)).string("name", name).boolean("isActive", true);
        return {{"SET"_ba, key, o.take()}};
    }
    redis::Command hset = {"HSET"_ba, key, "id"_ba, id, "name"_ba, utf8(name), "isActive"_ba, "true"_ba};
    if (type == AccountType::Claude || type == AccountType::ClaudeConsole) {
        hset << "platform"_ba << utf8(AccountTypes::name(type)) << "status"_ba
             << "active"_ba;
        if (type == AccountType::Claude) {
            hset << "accountType"_ba
                 << "shared"_ba;
            if (createdAt.isValid())
                hset << "createdAt"_ba << createdAt.toUTC().toString(Qt::ISODateWithMs).toUtf8();
        }
    }
    return {hset};
}

} // namespace rka::relay
