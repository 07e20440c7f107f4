#include "DemoData.h"

#include "ApiKey.h"
#include "CommandFolder.h"
#include "DemoCatalogue.h"
#include "JsNumber.h"
#include "KeyHash.h"
#include "KeyOperations.h"
#include "KeySchema.h"
#include "ServiceConstants.h"
#include "UsageSimulator.h"

#include "support/ServiceTime.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numbers>
#include <numeric>
#include <thread>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

namespace C = ServiceConstants;
using Sim = UsageSimulator;
using demo::AccountId;
using demo::Traffic;

constexpr DataModel Layout = DataModel::Release1_1_302; // the 1.1.302 .. 1.1.314 rules
constexpr qint64 DaySeconds = 86'400;
// Buckets kept at most this long (hourly, minute metrics, weekly periods) exist only while the
// service would still hold them; see the class comment.
constexpr qint64 ShortLivedTtl = C::OpusWeeklyTtl;
// Days (counted back from today in the service's time zone) whose requests get hourly slots; older
// days are simulated as one slot per model and day, since their hourly buckets have expired.
constexpr int HourlyDays = 8;
// The expiry sweep runs hourly (11.16); the demo's sweep comes this long after an expiry.
constexpr qint64 SweepDelaySeconds = 50 * 60;

// xoshiro256** seeded through splitmix64: fast, and the same numbers on every platform and Qt version.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64& word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    qint64 below(qint64 n) { return qint64(uniform() * double(n)); }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
    }
    qint64 logNormal(double median, double sigma, qint64 low, qint64 high)
    {
        return std::clamp(qint64(std::llround(median * std::exp(sigma * normal()))), low, high);
    }
    bool chance(double p) { return uniform() < p; }
    template <typename Weights> int pick(const Weights& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }
    QByteArray bytes(int count)
    {
        QByteArray raw(count, '\0');
        for (char& c : raw)
            c = char(next() >> 56);
        return raw;
    }
    QByteArray hex(int count) { return bytes(count).toHex(); }
    // A UUID v4 as the service's uuidv4() makes them.
    QByteArray uuid()
    {
        QByteArray raw = bytes(16);
        raw[6] = char((raw[6] & 0x0f) | 0x40);
        raw[8] = char((raw[8] & 0x3f) | 0x80);
        const QByteArray h = raw.toHex();
        return h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

QByteArray iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray jsonString(const QString& s)
{
    const QByteArray array = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// ---- prices and request shapes -------------------------------------------------------------

struct Price
{
    double input, output, cacheWrite5m, cacheWrite1h, cacheRead; // USD per million tokens
};

Price priceOf(const QString& model)
{
    if (model.contains(u"opus"_s))
        return {15, 75, 18.75, 30, 1.5};
    if (model.contains(u"haiku"_s))
        return {0.8, 4, 1, 1.6, 0.08};
    if (model.contains(u"sonnet"_s))
        return {3, 15, 3.75, 6, 0.3};
    if (model.contains(u"flash"_s))
        return {0.3, 2.5, 0, 0, 0.075};
    if (model.contains(u"gemini"_s))
        return {1.25, 10, 0, 0, 0.31};
    return {1.25, 10, 0, 0, 0.125}; // gpt-5, gpt-5-codex
}

bool isClaudeModel(const QString& model)
{
    return model.contains(u"claude"_s);
}

struct Request
{
    qint64 at = 0; // ms since the epoch
    int model = 0;
    qint64 input = 0, output = 0, cacheCreate = 0, cacheRead = 0, eph5m = 0, eph1h = 0;
    Sim::CostBreakdown breakdown; // rated
    double cost = 0; // rated
    double realCost = 0;
};

// A key's model, with what the request shapes and the price depend on, looked up once.
struct ModelInfo
{
    QString name;
    Price price;
    bool claude, haiku, gemini;
    double rate; // the key's service rate for it
};

void sampleTokens(Random& rng, Request& r, const ModelInfo& info, Traffic traffic)
{
    const bool claude = info.claude;
    if (traffic == Traffic::Chatbot) {
        r.input = rng.logNormal(1400, 0.5, 50, 20'000);
        r.output = rng.logNormal(280, 0.6, 10, 4'000);
        r.cacheRead = claude && rng.chance(0.7) ? rng.logNormal(2200, 0.3, 1'024, 8'000) : 0;
        r.cacheCreate = claude && rng.chance(0.05) ? rng.logNormal(2200, 0.3, 1'024, 8'000) : 0;
    } else if (traffic == Traffic::Nightly) {
        r.input = rng.logNormal(3000, 0.7, 50, 60'000);
        r.output = rng.logNormal(800, 0.7, 10, 16'000);
        r.cacheRead = claude && rng.chance(0.5) ? rng.logNormal(8000, 0.5, 1'024, 60'000) : 0;
    } else if (info.haiku) { // Claude Code's small background calls
        r.input = rng.logNormal(350, 0.6, 20, 8'000);
        r.output = rng.logNormal(60, 0.6, 5, 2'000);
    } else if (claude) { // an agent turn: a large cached context, a little new input
        r.input = rng.logNormal(900, 0.9, 20, 60'000);
        r.output = rng.logNormal(500, 0.9, 10, 32'000);
        r.cacheRead = rng.chance(0.9) ? rng.logNormal(32'000, 0.6, 2'048, 180'000) : 0;
        r.cacheCreate = rng.chance(0.55) ? rng.logNormal(2'500, 0.9, 1'024, 60'000) : 0;
    } else if (info.gemini) {
        r.input = rng.logNormal(4000, 0.8, 50, 200'000);
        r.output = rng.logNormal(1100, 0.7, 10, 16'000);
    } else {
        r.input = rng.logNormal(2500, 0.8, 50, 120'000);
        r.output = rng.logNormal(1300, 0.8, 10, 32'000);
        r.cacheRead = rng.chance(0.6) ? rng.logNormal(9000, 0.6, 1'024, 100'000) : 0;
    }
    if (r.cacheCreate > 0 && rng.chance(0.1))
        r.eph1h = r.cacheCreate;
    else
        r.eph5m = r.cacheCreate;
}

void price(Request& r, const ModelInfo& info)
{
    const Price& p = info.price;
    const double rate = info.rate;
    Sim::CostBreakdown b;
    b.input = double(r.input) * p.input / 1e6;
    b.output = double(r.output) * p.output / 1e6;
    b.ephemeral5m = double(r.eph5m) * p.cacheWrite5m / 1e6;
    b.ephemeral1h = double(r.eph1h) * p.cacheWrite1h / 1e6;
    b.cacheCreate = b.ephemeral5m + b.ephemeral1h;
    b.cacheRead = double(r.cacheRead) * p.cacheRead / 1e6;
    r.realCost = b.input + b.output + b.cacheCreate + b.cacheRead;
    r.cost = r.realCost * rate;
    if (rate != 1) {
        for (double* part :
             {&b.input, &b.output, &b.cacheCreate, &b.cacheRead, &b.ephemeral5m, &b.ephemeral1h})
            *part *= rate;
    }
    b.total = r.cost;
    r.breakdown = b;
}

// ---- who served a request ----------------------------------------------------------------

struct AccountRef
{
    QByteArray id;
    QString type; // the record's accountType
    QString stored; // the record's accountId (responses: prefix for OpenAI-Responses)
};

// The service's time buckets, in UTC instants.
class Calendar
{
public:
    Calendar(const QDateTime& now, int offsetHours)
        : m_now(now)
        , m_offset(qint64(offsetHours) * 3600)
        , m_today(now.addSecs(m_offset).date())
    { }
    const QDateTime& now() const { return m_now; }
    // The start of the service's day `daysAgo` days before today, as a UTC instant.
    QDateTime dayStart(int daysAgo) const
    {
        return QDateTime(m_today.addDays(-daysAgo), QTime(0, 0), Qt::UTC).addSecs(-m_offset);
    }
    int weekday(int daysAgo) const { return m_today.addDays(-daysAgo).dayOfWeek(); } // 1 = Monday
    QDateTime daysAgo(double days) const { return m_now.addMSecs(-qint64(days * DaySeconds * 1000)); }
    // Whole days between the service's day of `t` and today.
    int dayIndex(const QDateTime& t) const { return int(t.addSecs(m_offset).date().daysTo(m_today)); }

private:
    QDateTime m_now;
    qint64 m_offset;
    QDate m_today;
};

struct Life
{
    QDateTime created, activated, expires, swept, disabled, deleted, restored;
    QDateTime start, end; // when the key can be used

    // Whether a request at `t` (ms since the epoch) can happen; startMs > endMs = never.
    bool usable(qint64 t) const
    {
        if (t < startMs || t >= endMs)
            return false;
        return !(deletedMs >= 0 && t >= deletedMs && (restoredMs < 0 || t < restoredMs));
    }
    void cache()
    {
        startMs = start.isValid() ? start.toMSecsSinceEpoch() : 1;
        endMs = end.isValid() ? end.toMSecsSinceEpoch() : 0;
        deletedMs = deleted.isValid() ? deleted.toMSecsSinceEpoch() : -1;
        restoredMs = restored.isValid() ? restored.toMSecsSinceEpoch() : -1;
        activatedMs = activated.isValid() ? activated.toMSecsSinceEpoch() : -1;
    }
    qint64 startMs = 1, endMs = 0, deletedMs = -1, restoredMs = -1, activatedMs = -1;
};

struct KeyState
{
    demo::Key spec;
    QByteArray id;
    Life life;
    ApiKey current;
    QList<AccountRef> accounts; // who serves each model: index = model index
    QList<ModelInfo> models;
    QList<Request> recent; // the newest requests, for the records list
    QMap<int, double> costByDay; // rated cost per service day (days ago)
    double totalCost = 0;
    QList<Request> lastHour; // requests of the last hour, for the running rate window
};

struct Event
{
    QDateTime at;
    int key;
    enum Kind { Activate, Sweep, Disable, Delete, Restore } kind;
};

// The usage of some of the keys, simulated in a thread of its own: each key belongs to one shard, and
// what keys share (global per-model counters, index sets) is written as increments, which add up in
// Redis whatever the order.
struct Shard
{
    Shard(const Calendar& calendar, int offsetHours)
        : calendar(calendar)
        , time(offsetHours)
    { }
    Calendar calendar;
    support::ServiceTime time;
    CommandFolder folder;
    QHash<QByteArray, qint64> shortLived; // key -> its TTL, for keys the service keeps <= 14 days
    QHash<QByteArray, qint64> lastWrite; // of those keys, ms since the epoch
    qint64 requests = 0;
};

// Shards of the usage simulation: a fixed number, so that the plan is the same on every machine.
constexpr int UsageShards = 2;

class Planner
{
public:
    explicit Planner(const DemoData::Options& options)
        : m_options(options)
        , m_now(options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc())
        , m_nowMs(m_now.toMSecsSinceEpoch())
        , m_calendar(m_now, options.timezoneOffset)
        , m_rng(options.seed)
    {
        m_encryptionKey =
            options.encryptionKey.isEmpty() ? DemoData::generateEncryptionKey() : options.encryptionKey;
    }

    DemoData::Plan run();

private:
    KeyOperations::Context context(const QDateTime& at) const
    {
        KeyOperations::Context c;
        c.now = at;
        c.target.model = Layout;
        c.target.indexPresent = true;
        c.target.operatorName = u"admin"_s;
        c.target.service.timezoneOffset = m_options.timezoneOffset;
        c.target.service.apiKeyPrefix = m_options.apiKeyPrefix;
        return c;
    }
    bool apply(const QString& what, KeyState& key, const KeyOperations::PlanOrError& plan);
    void sharedRecords();
    void createKeys();
    void runEvents();
    void simulateUsage(KeyState& key, int index, Shard& shard) const;
    void flushSlots(KeyState& key, QList<Request>& day, int daysAgo, qint64 dayStartMs, Shard& shard) const;
    void simulateSlot(KeyState& key, const QList<Request>& requests, Shard& shard) const;
    void simulateAllUsage();
    void writeRecords();
    void writeRunningState();
    void writeCostRanks();

    DemoData::Options m_options;
    QDateTime m_now;
    qint64 m_nowMs;
    Calendar m_calendar;
    Random m_rng;
    QByteArray m_encryptionKey;
    QHash<AccountId, QByteArray> m_accountIds;
    QList<QByteArray> m_userIds;
    QList<demo::User> m_users;
    QList<KeyState> m_keys;
    QList<redis::Command> m_out;
    QString m_error;
    qint64 m_requests = 0;
};

bool Planner::apply(const QString& what, KeyState& key, const KeyOperations::PlanOrError& plan)
{
    if (!std::holds_alternative<WritePlan>(plan)) {
        const WriteResult& r = std::get<WriteResult>(plan);
        QStringList issues;
        for (const ValidationIssue& i : r.issues)
            issues << i.message;
        if (m_error.isEmpty())
            m_error = DemoData::tr("The demo key \"%1\" could not be written (%2): %3 %4")
                          .arg(key.spec.name, what, r.message, issues.join(u' '));
        return false;
    }
    const QByteArray redisKey = KeySchema::apiKey(key.id);
    for (const redis::Command& c : std::get<WritePlan>(plan).commands) {
        // Keep the in-memory key in step with what the commands leave in its hash.
        if (c.value(1) == redisKey && c.value(0) == "HSET") {
            for (qsizetype i = 2; i + 1 < c.size(); i += 2)
                key.current.setRaw(c[i], c[i + 1]);
        } else if (c.value(1) == redisKey && c.value(0) == "HDEL") {
            for (qsizetype i = 2; i < c.size(); ++i)
                key.current.remove(c[i]);
        }
        m_out.append(c);
    }
    return true;
}

void Planner::sharedRecords()
{
    // The markers a 1.1.314 service leaves: the release that last started, and the complete key index.
    m_out.append({"SET"_ba, KeySchema::MigratedVersion.toByteArray(), "1.1.314"_ba});
    m_out.append({"SET"_ba, KeySchema::IndexVersion.toByteArray(), "2"_ba});

    // Upstream accounts: the display fields AccountDirectory reads, never a credential.
    QHash<QByteArray, QList<QByteArray>> indexSets;
    const QList<demo::Account> accounts = demo::accounts();
    for (const demo::Account& a : accounts)
        m_accountIds.insert(a.slot, m_rng.uuid());
    for (const demo::Account& a : accounts) {
        const QByteArray id = m_accountIds.value(a.slot);
        const QByteArray key = AccountTypes::keyPrefix(a.type) + id;
        const QByteArray created = iso(m_calendar.daysAgo(a.createdDaysAgo));
        if (a.type == AccountType::Bedrock) {
            // A JSON string (15.2).
            const QByteArray json = "{\"id\":" + jsonString(QString::fromLatin1(id)) +
                ",\"name\":" + jsonString(a.name) + ",\"description\":" + jsonString(a.description) +
                ",\"region\":" + jsonString(a.region) +
                ",\"type\":\"bedrock\",\"isActive\":true,\"schedulable\":true,\"priority\":50,"
                "\"createdAt\":" +
                jsonString(QString::fromLatin1(created)) + '}';
            m_out.append({"SET"_ba, key, json});
            continue;
        }
        if (a.type == AccountType::Group) {
            m_out.append({"HSET"_ba, key, "id"_ba, id, "name"_ba, a.name.toUtf8(), "platform"_ba, "claude"_ba,
                          "description"_ba, a.description.toUtf8(), "createdAt"_ba, created, "updatedAt"_ba,
                          created});
            m_out.append({"SADD"_ba, "account_groups"_ba, id});
            m_out.append({"SADD"_ba, "account_group_members:"_ba + id, m_accountIds.value(AccountId::Max20),
                          m_accountIds.value(AccountId::Max5)});
            continue;
        }
        redis::Command hset {"HSET"_ba, key, "id"_ba, id, "name"_ba, a.name.toUtf8()};
        hset << "description"_ba << a.description.toUtf8();
        if (!a.sharing.isEmpty())
            hset << "accountType"_ba << a.sharing.toUtf8();
        hset << "platform"_ba << AccountTypes::name(a.type).toUtf8() << "isActive"_ba
             << "true"_ba
             << "status"_ba
             << "active"_ba
             << "schedulable"_ba
             << "true"_ba
             << "priority"_ba
             << "50"_ba
             << "createdAt"_ba << created;
        m_out.append(hset);
        // The id sets 1.1.314 keeps for some account types (fixtures README, 1.1.314 start-up).
        if (a.type == AccountType::Claude || a.type == AccountType::ClaudeConsole ||
            a.type == AccountType::Droid)
            indexSets[AccountTypes::keyPrefix(a.type) + "index"].append(id);
    }
    for (const QByteArray& set :
         {"claude:account:index"_ba, "claude_console_account:index"_ba, "droid:account:index"_ba}) {
        if (indexSets.contains(set))
            m_out.append(redis::Command {"SADD"_ba, set} + indexSets.value(set));
    }

    // Users (section 10): user:{id} JSON, username:{name}, and the 1.1.314 user:index.
    m_users = demo::users();
    for (const demo::User& u : std::as_const(m_users)) {
        const QByteArray id = m_rng.hex(16);
        m_userIds.append(id);
        const QByteArray created = iso(m_calendar.daysAgo(u.createdDaysAgo));
        const QByteArray login = iso(m_calendar.daysAgo(0.2 + m_rng.uniform() * 3));
        const QByteArray json = "{\"id\":\"" + id + "\",\"username\":" + jsonString(u.username) +
            ",\"email\":" + jsonString(u.username + u"@relay-demo.example"_s) +
            ",\"displayName\":" + jsonString(u.displayName) + ",\"firstName\":" + jsonString(u.firstName) +
            ",\"lastName\":" + jsonString(u.lastName) +
            ",\"role\":\"user\",\"isActive\":true,\"createdAt\":\"" + created + "\",\"updatedAt\":\"" +
            login + "\",\"lastLoginAt\":\"" + login +
            "\",\"apiKeyCount\":0,\"totalUsage\":{\"requests\":0,\"inputTokens\":0,\"outputTokens\":0,"
            "\"totalCost\":0}}";
        m_out.append({"SET"_ba, "user:" + id, json});
        m_out.append({"SET"_ba, "username:" + u.username.toUtf8(), id});
        m_out.append({"SADD"_ba, "user:index"_ba, id});
    }
}

QByteArray bindingValue(AccountId account, ApiKeyField field, const QByteArray& id)
{
    if (account == AccountId::Pool)
        return "group:" + id;
    if (field == ApiKeyField::OpenaiAccountId && account == AccountId::Responses)
        return "responses:" + id;
    return id;
}

void Planner::createKeys()
{
    const QList<demo::Key> specs = demo::keys();
    const QList<demo::Account> accounts = demo::accounts();
    auto accountRef = [&](AccountId slot) {
        AccountRef ref;
        ref.id = m_accountIds.value(slot);
        for (const demo::Account& a : accounts)
            if (a.slot == slot)
                ref.type = a.usageType;
        ref.stored = QString::fromLatin1(slot == AccountId::Responses ? "responses:" + ref.id : ref.id);
        return ref;
    };
    for (int i = 0; i < specs.size(); ++i) {
        KeyState k;
        k.spec = specs[i];
        k.id = m_rng.uuid();
        const demo::Key& s = k.spec;
        Life& life = k.life;
        if (s.createdDaysAgo >= 2) {
            // Created during working hours on that day of the service's calendar.
            const int day = int(s.createdDaysAgo);
            life.created =
                m_calendar.dayStart(day).addSecs(9 * 3600 + 1800 + (i * 47 % 420) * 60 + i * 7 % 60);
        } else {
            life.created = m_calendar.daysAgo(s.createdDaysAgo);
        }
        if (s.expiresDaysAgo)
            life.expires = m_calendar.daysAgo(*s.expiresDaysAgo);
        if (s.activationAmount > 0 && s.activatedDaysAgo >= 0) {
            life.activated = m_calendar.daysAgo(s.activatedDaysAgo);
            life.expires =
                life.activated.addSecs(qint64(s.activationAmount) * (s.activationHours ? 3600 : DaySeconds));
        }
        if (life.expires.isValid() && life.expires.addSecs(SweepDelaySeconds) < m_now)
            life.swept = life.expires.addSecs(SweepDelaySeconds);
        if (s.disabledDaysAgo >= 0)
            life.disabled = m_calendar.daysAgo(s.disabledDaysAgo);
        if (s.deletedDaysAgo >= 0)
            life.deleted = m_calendar.daysAgo(s.deletedDaysAgo);
        if (s.restoredDaysAgo >= 0)
            life.restored = m_calendar.daysAgo(s.restoredDaysAgo);
        if (s.traffic != Traffic::None && (s.activationAmount == 0 || life.activated.isValid())) {
            life.start = life.activated.isValid() ? life.activated : life.created.addSecs(45 * 60);
            life.end = m_now;
            for (const QDateTime& stop : {life.expires, life.disabled})
                if (stop.isValid() && stop < life.end)
                    life.end = stop;
            if (life.deleted.isValid() && !life.restored.isValid() && life.deleted < life.end)
                life.end = life.deleted;
        }
        life.cache();
        for (const demo::ModelShare& m : s.models) {
            const QString model = QString::fromLatin1(m.model);
            const bool claude = isClaudeModel(model);
            k.models.append({model, priceOf(model), claude, model.contains(u"haiku"_s),
                             model.startsWith(u"gemini"_s), claude && s.claudeRate > 0 ? s.claudeRate : 1.0});
        }

        // The settings, as the admin entered them.
        ApiKey settings;
        settings.setName(s.name);
        settings.setDescription(s.description);
        settings.setTags(s.tags);
        if (s.tokenLimit > 0)
            settings.setTokenLimit(s.tokenLimit);
        if (s.concurrency > 0)
            settings.setConcurrencyLimit(s.concurrency);
        if (s.windowMinutes > 0)
            settings.setRateLimitWindow(s.windowMinutes);
        if (s.windowRequests > 0)
            settings.setRateLimitRequests(s.windowRequests);
        if (s.windowCost > 0)
            settings.setRateLimitCost(s.windowCost);
        if (s.dailyCost > 0)
            settings.setDecimal(ApiKeyField::DailyCostLimit, s.dailyCost);
        if (s.totalCost > 0)
            settings.setDecimal(ApiKeyField::TotalCostLimit, s.totalCost);
        if (s.weeklyOpusCost > 0)
            settings.setDecimal(ApiKeyField::WeeklyOpusCostLimit, s.weeklyOpusCost);
        settings.setInteger(ApiKeyField::WeeklyResetDay, s.weeklyResetDay);
        settings.setInteger(ApiKeyField::WeeklyResetHour, s.weeklyResetHour);
        if (s.claudeRate > 0)
            settings.setServiceRates({{u"claude"_s, s.claudeRate}});
        settings.setPermissions(s.permissions);
        if (!s.deniedModels.isEmpty()) {
            settings.setBoolean(ApiKeyField::EnableModelRestriction, true);
            settings.setStringList(ApiKeyField::RestrictedModels, s.deniedModels);
        }
        if (!s.clients.isEmpty()) {
            settings.setBoolean(ApiKeyField::EnableClientRestriction, true);
            settings.setStringList(ApiKeyField::AllowedClients, s.clients);
        }
        for (const auto& [field, account] : s.bindings)
            settings.setRaw(field, bindingValue(account, field, m_accountIds.value(account)));
        if (s.owner >= 0) {
            settings.setRaw(ApiKeyField::UserId, m_userIds.value(s.owner));
            settings.setText(ApiKeyField::UserUsername, m_users.value(s.owner).username);
            settings.setText(ApiKeyField::CreatedBy, s.selfService ? u"user"_s : u"admin"_s);
        }
        if (s.activationAmount > 0) {
            settings.setText(ApiKeyField::ExpirationMode, u"activation"_s);
            settings.setInteger(ApiKeyField::ActivationDays, s.activationAmount);
            settings.setText(ApiKeyField::ActivationUnit, s.activationHours ? u"hours"_s : u"days"_s);
        } else if (life.expires.isValid()) {
            settings.setText(ApiKeyField::ExpirationMode, u"fixed"_s);
            settings.setDateTime(ApiKeyField::ExpiresAt, life.expires);
        }
        if (s.icon != demo::Icon::None)
            settings.setText(ApiKeyField::Icon, demo::iconDataUrl(s.icon));

        // A fresh secret: hashed, then forgotten. Nobody ever sees a demo key's plaintext.
        QByteArray plaintext = generatePlaintextKey(m_options.apiKeyPrefix);
        const QByteArray hash = storedKeyHash(plaintext, m_encryptionKey);
        plaintext.fill('\0');
        const KeyOperations::Context c = context(life.created);
        k.current = KeyOperations::newKey(settings, k.id, hash, c);

        // Who serves each of its models: the bound account, else the shared Claude accounts (a group
        // and unbound keys are served by its members), the only OpenAI-Responses or Gemini account.
        for (int m = 0; m < s.models.size(); ++m) {
            const QString model = QString::fromLatin1(s.models[m].model);
            AccountId slot = (i + m) % 3 == 2 ? AccountId::Max5 : AccountId::Max20;
            if (model.startsWith(u"gpt"_s))
                slot = AccountId::Responses;
            else if (model.startsWith(u"gemini"_s))
                slot = AccountId::Gemini;
            for (const auto& [field, account] : s.bindings) {
                const bool claudeField = field == ApiKeyField::ClaudeAccountId ||
                    field == ApiKeyField::ClaudeConsoleAccountId || field == ApiKeyField::BedrockAccountId ||
                    field == ApiKeyField::DroidAccountId;
                if (isClaudeModel(model) && claudeField && account != AccountId::Pool)
                    slot = account;
            }
            k.accounts.append(accountRef(slot));
        }
        m_keys.append(k);
    }

    // Create in the order they were made, each at its own time.
    QList<int> order(m_keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_keys[a].life.created < m_keys[b].life.created; });
    for (int i : order) {
        KeyState& k = m_keys[i];
        const ApiKey created = k.current;
        if (!apply(u"create"_s, k, KeyOperations::create({created}, {}, context(k.life.created))))
            return;
    }
}

void Planner::runEvents()
{
    QList<Event> events;
    for (int i = 0; i < m_keys.size(); ++i) {
        const Life& l = m_keys[i].life;
        if (l.activated.isValid())
            events.append({l.activated, i, Event::Activate});
        if (l.swept.isValid() && (!l.disabled.isValid() || l.swept < l.disabled))
            events.append({l.swept, i, Event::Sweep});
        if (l.disabled.isValid())
            events.append({l.disabled, i, Event::Disable});
        if (l.deleted.isValid())
            events.append({l.deleted, i, Event::Delete});
        if (l.restored.isValid())
            events.append({l.restored, i, Event::Restore});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& a, const Event& b) { return a.at < b.at; });
    for (const Event& e : std::as_const(events)) {
        KeyState& k = m_keys[e.key];
        const KeyOperations::Context c = context(e.at);
        ApiKey after = k.current;
        bool ok = true;
        switch (e.kind) {
        case Event::Activate:
            // The first request activates the key and saves it without updatedAt (section 12).
            after.setBoolean(ApiKeyField::IsActivated, true);
            after.setDateTime(ApiKeyField::ActivatedAt, k.life.activated);
            after.setDateTime(ApiKeyField::ExpiresAt, k.life.expires);
            after.setDateTime(ApiKeyField::LastUsedAt, k.life.activated);
            ok = apply(u"activate"_s, k,
                       KeyOperations::change(u"activate"_s, k.id, k.current, after, {}, c, false));
            break;
        case Event::Sweep: // cleanupExpiredKeys (11.16)
        case Event::Disable:
            after.setActive(false);
            ok = apply(u"disable"_s, k, KeyOperations::change(u"disable"_s, k.id, k.current, after, {}, c));
            break;
        case Event::Delete:
            ok = apply(u"delete"_s, k, KeyOperations::softDelete({k.id}, {k.current}, c));
            break;
        case Event::Restore:
            ok = apply(u"restore"_s, k, KeyOperations::restore({k.id}, {k.current}, c));
            break;
        }
        if (!ok)
            return;
    }
}

// Every request of a key, day by day; each day's requests are folded into slots of one model and
// one hour (recent days) or one day (older days), each slot simulated as one request of the
// service's request path whose request counters count every request of the slot.
void Planner::simulateUsage(KeyState& key, int index, Shard& shard) const
{
    const demo::Key& s = key.spec;
    const Life& life = key.life;
    if (life.startMs >= life.endMs || s.models.isEmpty())
        return;
    Random rng(quint64(m_options.seed) * 1'000'003 + quint64(index));
    QList<double> modelWeights;
    for (const demo::ModelShare& m : s.models)
        modelWeights.append(m.weight);
    const auto& hours = demo::hourWeights(s.traffic);
    const auto& days = demo::dayWeights(s.traffic);
    const Calendar& calendar = shard.calendar;
    const int firstDay = std::min(m_options.days - 1, calendar.dayIndex(life.start));
    for (int d = firstDay; d >= 0; --d) {
        const qint64 dayStart = calendar.dayStart(d).toMSecsSinceEpoch();
        if (dayStart + DaySeconds * 1000 <= life.startMs || dayStart >= life.endMs)
            continue;
        // Busier towards today, busier on some days than others, now and then a crunch.
        const double trend = 0.7 + 0.3 * double(m_options.days - d) / m_options.days;
        double factor = days[std::size_t(calendar.weekday(d) - 1)] * trend * (0.75 + 0.5 * rng.uniform());
        if (rng.chance(0.06))
            factor *= 1.7;
        const int n = int(s.requestsPerDay * factor + rng.uniform());
        QList<Request> requests;
        requests.reserve(n + 1);
        auto add = [&](qint64 at) {
            Request r;
            r.at = at;
            r.model = rng.pick(modelWeights);
            const ModelInfo& info = key.models[r.model];
            sampleTokens(rng, r, info, s.traffic);
            price(r, info);
            requests.append(r);
        };
        // The request that activated the key comes first.
        if (life.activatedMs >= dayStart && life.activatedMs < dayStart + DaySeconds * 1000)
            add(life.activatedMs);
        for (int i = 0; i < n; ++i) {
            const qint64 at = dayStart + qint64(rng.pick(hours)) * 3'600'000 + rng.below(3'600'000);
            if (life.usable(at) && at != life.activatedMs)
                add(at);
        }
        std::stable_sort(requests.begin(), requests.end(),
                         [](const Request& a, const Request& b) { return a.at < b.at; });
        flushSlots(key, requests, d, dayStart, shard);
    }
}

void Planner::flushSlots(KeyState& key, QList<Request>& day, int daysAgo, qint64 dayStartMs,
                         Shard& shard) const
{
    if (day.isEmpty())
        return;
    // Slots by (hour, model), or by model alone for days whose hourly buckets have expired, in the
    // order of their newest request, so that lastUsedAt ends with the key's newest request.
    const bool hourly = daysAgo < HourlyDays;
    std::map<std::pair<int, int>, QList<Request>> buckets;
    for (const Request& r : std::as_const(day)) {
        const int hour = hourly ? int((r.at - dayStartMs) / 3'600'000) : 0;
        buckets[{hour, r.model}].append(r);
        key.costByDay[daysAgo] += r.cost;
        key.totalCost += r.cost;
        if (m_nowMs - r.at < 3'600'000)
            key.lastHour.append(r);
    }
    QList<const QList<Request>*> ordered;
    for (const auto& [bucket, requests] : buckets)
        ordered.append(&requests);
    std::stable_sort(ordered.begin(), ordered.end(), [](const QList<Request>* a, const QList<Request>* b) {
        return a->last().at < b->last().at;
    });
    for (const QList<Request>* requests : std::as_const(ordered))
        simulateSlot(key, *requests, shard);
    shard.requests += day.size();
    key.recent += day;
    if (key.recent.size() > 2 * C::UsageRecordsCap)
        key.recent = key.recent.mid(key.recent.size() - C::UsageRecordsCap);
}

bool isRequestCounter(const QByteArray& field)
{
    return field == "requests" || field == "totalRequests" || field == "longContextRequests" ||
        field == "totalLongContextRequests";
}

void Planner::simulateSlot(KeyState& key, const QList<Request>& requests, Shard& shard) const
{
    const Request& last = requests.last();
    const AccountRef& account = key.accounts.value(last.model);
    Sim::Request r;
    r.keyId = key.id;
    r.at = QDateTime::fromMSecsSinceEpoch(last.at, Qt::UTC);
    r.model = key.models[last.model].name;
    r.accountId = account.stored;
    r.accountType = account.type;
    r.weeklyResetDay = key.spec.weeklyResetDay;
    r.weeklyResetHour = key.spec.weeklyResetHour;
    r.keyIndexPresent = true;
    double realCost = 0;
    for (const Request& q : requests) {
        r.inputTokens += q.input;
        r.outputTokens += q.output;
        r.cacheCreateTokens += q.cacheCreate;
        r.cacheReadTokens += q.cacheRead;
        r.ephemeral5mTokens += q.eph5m;
        r.ephemeral1hTokens += q.eph1h;
        r.cost += q.cost;
        realCost += q.realCost;
    }
    r.realCost = realCost;
    const qint64 count = requests.size();
    const qint64 age = (m_nowMs - last.at) / 1000;
    const QByteArray records = KeySchema::usageRecords(key.id);

    QList<redis::Command> commands = Sim::recordRequest(r, Layout, shard.time);
    // Keys the service would already have expired: short-lived buckets whose last write is older
    // than their TTL. Hourly and minute buckets are only ever written within their own hour.
    QVarLengthArray<QByteArrayView, 16> expired;
    for (const redis::Command& c : std::as_const(commands)) {
        if (c.size() != 3 || c.at(0) != "EXPIRE")
            continue;
        const qint64 ttl = c.at(2).toLongLong();
        if (ttl > ShortLivedTtl)
            continue;
        if (ttl <= C::UsageHourlyTtl && age >= ttl + 3600) {
            expired.append(c.at(1));
            continue;
        }
        shard.shortLived.insert(c.at(1), ttl);
        qint64& written = shard.lastWrite[c.at(1)];
        written = std::max(written, last.at);
    }
    for (redis::Command& c : commands) {
        if (c.size() >= 2) {
            const QByteArrayView target = c.at(1);
            // The records list is written once, from the individual requests (writeRecords).
            if (target == records || std::find(expired.cbegin(), expired.cend(), target) != expired.cend())
                continue;
            if (count > 1 && c.size() == 4 && c.at(0) == "HINCRBY" && isRequestCounter(c.at(2)))
                c[3] = QByteArray::number(c.at(3).toLongLong() * count);
        }
        shard.folder.add(c, key.id);
    }
}

void Planner::writeRecords()
{
    for (KeyState& k : m_keys) {
        if (k.recent.isEmpty())
            continue;
        const QList<Request> newest =
            k.recent.mid(std::max<qsizetype>(0, k.recent.size() - C::UsageRecordsCap));
        Random rng(quint64(m_options.seed) * 7919 + quint64(&k - m_keys.data()));
        redis::Command push {"LPUSH"_ba, KeySchema::usageRecords(k.id)};
        for (const Request& q : newest) { // oldest first: LPUSH leaves the newest at the head
            const AccountRef& account = k.accounts.value(q.model);
            Sim::Request r;
            r.keyId = k.id;
            r.at = QDateTime::fromMSecsSinceEpoch(q.at, Qt::UTC);
            r.model = k.models[q.model].name;
            r.accountId = account.stored;
            r.accountType = account.type;
            r.inputTokens = q.input;
            r.outputTokens = q.output;
            r.cacheCreateTokens = q.cacheCreate;
            r.cacheReadTokens = q.cacheRead;
            r.ephemeral5mTokens = q.eph5m;
            r.ephemeral1hTokens = q.eph1h;
            r.cost = q.cost;
            r.realCost = q.realCost;
            r.breakdown = q.breakdown;
            r.requestId = QString::fromLatin1(rng.uuid());
            r.method = u"POST"_s;
            if (r.model.startsWith(u"gpt"_s))
                r.endpoint = u"/openai/responses"_s;
            else if (r.model.startsWith(u"gemini"_s))
                r.endpoint = u"/gemini/v1/models/%1:streamGenerateContent"_s.arg(r.model);
            else if (account.type == u"droid"_s)
                r.endpoint = u"/droid/claude/v1/messages"_s;
            else
                r.endpoint = u"/api/v1/messages"_s;
            r.statusCode = 200;
            r.stream = k.spec.traffic != Traffic::Chatbot || rng.chance(0.3);
            r.durationMs = 400 + q.output * (12 + rng.below(20)) + rng.below(900);
            push << Sim::recordJson(r, Layout);
        }
        m_out.append(push);
        m_out.append(
            {"LTRIM"_ba, KeySchema::usageRecords(k.id), "0"_ba, QByteArray::number(C::UsageRecordsCap - 1)});
        m_out.append({"EXPIRE"_ba, KeySchema::usageRecords(k.id), QByteArray::number(C::UsageRecordsTtl)});
    }
}

// What a busy service has in flight right now: rate windows that are running and concurrency
// leases of requests still streaming (14.6, 14.7).
void Planner::writeRunningState()
{
    for (KeyState& k : m_keys) {
        const demo::Key& s = k.spec;
        if (s.windowMinutes > 0 && (s.windowRequests > 0 || s.tokenLimit > 0 || s.windowCost > 0)) {
            const qint64 windowMs = s.windowMinutes * 60'000;
            QList<Request> inWindow;
            for (const Request& r : std::as_const(k.lastHour))
                if (m_nowMs - r.at < windowMs)
                    inWindow.append(r);
            if (!inWindow.isEmpty()) {
                const qint64 start = inWindow.first().at;
                const QByteArray px =
                    QByteArray::number(std::max<qint64>(1000, windowMs - (m_nowMs - start)));
                qint64 tokens = 0;
                double cost = 0;
                for (const Request& r : std::as_const(inWindow)) {
                    tokens += r.input + r.output + r.cacheCreate + r.cacheRead;
                    cost += r.cost;
                }
                m_out.append({"SET"_ba, KeySchema::rateLimitWindowStart(k.id), QByteArray::number(start),
                              "PX"_ba, px});
                m_out.append({"SET"_ba, KeySchema::rateLimitRequests(k.id),
                              QByteArray::number(inWindow.size()), "PX"_ba, px});
                m_out.append(
                    {"SET"_ba, KeySchema::rateLimitTokens(k.id), QByteArray::number(tokens), "PX"_ba, px});
                m_out.append(
                    {"SET"_ba, KeySchema::rateLimitCost(k.id), JsNumber::toString(cost), "PX"_ba, px});
            }
        }
        if (s.concurrency > 0) {
            // Requests of the last two minutes are still streaming.
            redis::Command zadd {"ZADD"_ba, KeySchema::concurrency(k.id)};
            Random rng(quint64(m_options.seed) * 104'729 + quint64(&k - m_keys.data()));
            for (const Request& r : std::as_const(k.lastHour)) {
                if (m_nowMs - r.at < 120'000 && zadd.size() < 2 + 2 * s.concurrency)
                    zadd << QByteArray::number(r.at + 300'000) << rng.uuid();
            }
            if (zadd.size() > 2) {
                m_out.append(zadd);
                m_out.append({"PEXPIRE"_ba, KeySchema::concurrency(k.id),
                              QByteArray::number(C::concurrencyPexpireMs())});
            }
        }
    }
}

// The cost rankings as the service's last rebuild left them (section 8).
void Planner::writeCostRanks()
{
    struct Range
    {
        const char* name;
        int days; // 0 = all time
        int minutesAgo; // when it was last rebuilt
    };
    const Range ranges[] = {{"today", 1, 4}, {"7days", 7, 12}, {"30days", 30, 26}, {"all", 0, 48}};
    for (const Range& range : ranges) {
        const QByteArray name(range.name);
        redis::Command zadd {"ZADD"_ba, "cost_rank:" + name};
        int count = 0;
        for (const KeyState& k : std::as_const(m_keys)) {
            if (k.current.isDeleted())
                continue;
            double cost = 0;
            if (range.days == 0) {
                cost = k.totalCost;
            } else {
                for (auto it = k.costByDay.cbegin(); it != k.costByDay.cend(); ++it)
                    if (it.key() < range.days)
                        cost += it.value();
            }
            zadd << JsNumber::toString(cost) << k.id;
            ++count;
        }
        m_out.append({"DEL"_ba, "cost_rank:" + name});
        if (count > 0)
            m_out.append(zadd);
        m_out.append({"HSET"_ba, "cost_rank_meta:" + name, "status"_ba, "ready"_ba, "lastUpdate"_ba,
                      iso(m_now.addSecs(-60 * range.minutesAgo)), "keyCount"_ba, QByteArray::number(count),
                      "updateDuration"_ba, QByteArray::number(20 + count)});
    }
}

void Planner::simulateAllUsage()
{
    // Compile the model-name patterns once, before the threads share them.
    for (const KeyState& k : std::as_const(m_keys))
        for (const ModelInfo& m : k.models)
            Sim::normalizeModel(m.name);
    std::vector<Shard> shards;
    for (int i = 0; i < UsageShards; ++i)
        shards.emplace_back(m_calendar, m_options.timezoneOffset);
    auto work = [this, &shards](int part) {
        for (int i = part; i < m_keys.size(); i += UsageShards)
            simulateUsage(m_keys[i], i, shards[std::size_t(part)]);
    };
    std::vector<std::thread> threads;
    for (int part = 1; part < UsageShards; ++part)
        threads.emplace_back(work, part);
    work(0);
    for (std::thread& t : threads)
        t.join();

    // The folded usage, without the short-lived buckets the service would have let expire.
    QHash<QByteArray, qint64> lastWrite;
    QHash<QByteArray, qint64> ttl;
    for (const Shard& shard : shards) {
        for (auto it = shard.lastWrite.cbegin(); it != shard.lastWrite.cend(); ++it) {
            qint64& written = lastWrite[it.key()];
            written = std::max(written, it.value());
            ttl.insert(it.key(), shard.shortLived.value(it.key()));
        }
        m_requests += shard.requests;
    }
    QSet<QByteArray> gone;
    for (auto it = lastWrite.cbegin(); it != lastWrite.cend(); ++it)
        if ((m_nowMs - it.value()) / 1000 >= ttl.value(it.key()))
            gone.insert(it.key());
    for (Shard& shard : shards)
        for (redis::Command& c : shard.folder.take())
            if (!gone.contains(c.value(1)))
                m_out.append(std::move(c));
}

DemoData::Plan Planner::run()
{
    QElapsedTimer timer;
    timer.start();
    DemoData::Plan plan;
    sharedRecords();
    createKeys();
    if (m_error.isEmpty())
        runEvents();
    if (m_error.isEmpty()) {
        simulateAllUsage();
        writeRecords();
        writeRunningState();
        writeCostRanks();
    }
    DemoData::Summary& s = plan.summary;
    s.error = m_error;
    s.keys = int(m_keys.size());
    for (const KeyState& k : std::as_const(m_keys))
        s.deletedKeys += k.current.isDeleted() ? 1 : 0;
    s.users = int(m_users.size());
    s.accounts = int(demo::accounts().size());
    s.requests = m_requests;
    s.commands = m_out.size();
    const int batch = std::max(100, m_options.batchSize);
    for (qsizetype from = 0; from < m_out.size(); from += batch)
        plan.batches.append(m_out.mid(from, batch));
    s.planMs = timer.elapsed();
    return plan;
}

} // namespace

QByteArray DemoData::generateEncryptionKey()
{
    // 32 characters from the system's random source; never written anywhere.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray key(32, '\0');
    for (char& c : key)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return key;
}

DemoData::Plan DemoData::plan(const Options& options)
{
    return Planner(options).run();
}

namespace {

// Sends a plan's batches, at most two in flight, then reports.
struct Seeding : std::enable_shared_from_this<Seeding>
{
    DemoData::Plan plan;
    qsizetype next = 0;
    int inFlight = 0;
    bool finished = false;
    QElapsedTimer timer;
    QPointer<redis::Connection> target;
    QPointer<QObject> receiver;
    std::function<void(const DemoData::Summary&)> done;

    void pump()
    {
        if (finished)
            return;
        if (!target || !receiver) {
            finished = true;
            return;
        }
        QString& failure = plan.summary.error;
        if (!failure.isEmpty() || next >= plan.batches.size()) {
            if (inFlight == 0) {
                finished = true;
                plan.summary.writeMs = timer.elapsed();
                const auto callback = std::move(done);
                if (callback)
                    callback(plan.summary);
            }
            return;
        }
        while (inFlight < 2 && next < plan.batches.size()) {
            ++inFlight;
            QList<redis::Command> batch = std::move(plan.batches[next++]);
            target->pipeline(std::move(batch), receiver,
                             [self = shared_from_this()](const QList<redis::Reply>& replies,
                                                         const redis::RedisError& error) {
                                 --self->inFlight;
                                 QString& message = self->plan.summary.error;
                                 if (error && message.isEmpty())
                                     message = error.message;
                                 for (const redis::Reply& r : replies)
                                     if (r.isError() && message.isEmpty())
                                         message = r.text();
                                 self->pump();
                             });
        }
    }
};

} // namespace

void DemoData::seed(redis::Connection& connection, const Options& options, QObject* context,
                    std::function<void(const Summary& summary)> done)
{
    auto seeding = std::make_shared<Seeding>();
    seeding->target = &connection;
    seeding->receiver = context;
    seeding->done = std::move(done);
    // The plan takes a moment to compute: a worker thread keeps the caller's event loop running.
    QThread* worker = QThread::create([seeding, options] { seeding->plan = plan(options); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &QThread::finished, context, [seeding] {
        seeding->timer.start();
        seeding->pump();
    });
    worker->start();
}

} // namespace rka::relay
