// The series behind the charts (core/relay/UsageSeries) against a private Redis loaded with each
// fixture, at the fixture's fixed instant (2026-02-02T10:00:00Z = 18:00 in the service's UTC+8).
// Every expected value is computed here by reading the underlying keys directly through hiredis
// (RedisServer::command), never through core: per day, per hour and per model for one key, and the
// per-day total, the per-key range cost, the top-N ranking and the model mix across keys. The days
// cross the fixture's month boundary (2026-01-31 / 2026-02-01 in UTC+8) and its ISO-week boundary
// (Sunday 2026-02-01 / Monday 2026-02-02); 2026-01-31 has no data and must be 0. Also: the number of
// round trips does not grow with the days or the keys, and a cancelled load never calls back.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "relay/UsageSeries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::relay;
using namespace rka::test;

namespace {

constexpr int Tz = 8;

// One model's sums as computed by the test.
struct Sums
{
    qint64 requests = 0, input = 0, output = 0, cacheCreate = 0, cacheRead = 0, all = 0, costMicro = 0;
    bool hasCost = false;
};

} // namespace

class TestUsageSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keySeriesEqualsTheUnderlyingKeys_data();
    void keySeriesEqualsTheUnderlyingKeys();
    void knownDaysOfTheFixture_data();
    void knownDaysOfTheFixture();
    void overviewEqualsTheCostKeys_data();
    void overviewEqualsTheCostKeys();
    void rankingAgreesWithTheServicesRebuiltCostRank();
    void roundTripsDoNotGrowWithDaysOrKeys();
    void switchingCancelsTheStaleLoad();
    void parsesModelKeysFromTheRight();

private:
    void load(const QString& release, const QString& file = u"seed.redis"_s);
    double cost(const QByteArray& key);
    qint64 field(const QByteArray& key, const QByteArray& name);
    QList<QByteArray> apiKeyIds();
    bool isDeleted(const QByteArray& id);
    QByteArray idOfName(const QString& prefix);
    KeySeries loadKey(const QByteArray& id, int days);
    CostOverview loadOverview(const QList<QByteArray>& ids, const QStringList& chartDays,
                              const RangeSpec& range, int batchSize = UsageSeriesReader::DefaultBatchSize);
    QStringList expectedDays(int count) const;
    QStringList expectedHours(int count) const;
    std::map<QString, Sums> modelSums(const QByteArray& idFilter, const QString& kind,
                                      const QStringList& days);
    QStringList monthlyModelsOf(const QByteArray& id);

    RedisServer m_server;
    std::unique_ptr<redis::Connection> m_connection;
    QDateTime m_now = Fixtures::viewInstant();
};

void TestUsageSeries::initTestCase()
{
    QVERIFY(m_server.start());
    m_connection = std::make_unique<redis::Connection>();
    QVERIFY(openAndWait(*m_connection, localSettings(m_server.port())));
}

void TestUsageSeries::cleanupTestCase()
{
    m_connection.reset();
}

void TestUsageSeries::load(const QString& release, const QString& file)
{
    m_server.command({"FLUSHDB"});
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(release, file), 0, &error), qPrintable(error));
}

// --- independent reads (hiredis) ---------------------------------------------------------------------------

double TestUsageSeries::cost(const QByteArray& key)
{
    const QByteArray v = m_server.command({"GET", key});
    return v == "(nil)" ? 0.0 : v.toDouble();
}

qint64 TestUsageSeries::field(const QByteArray& key, const QByteArray& name)
{
    const QByteArray v = m_server.command({"HGET", key, name});
    return v == "(nil)" ? 0 : v.toLongLong();
}

QList<QByteArray> TestUsageSeries::apiKeyIds()
{
    QList<QByteArray> ids;
    for (const QByteArray& k : m_server.commandList({"KEYS", "apikey:*"})) {
        const QByteArray id = k.mid(7);
        // apikey:{uuid} hashes only (not apikey:hash_map, apikey:idx:*, ...)
        if (id.size() == 36 && id.count('-') == 4 && m_server.command({"TYPE", k}) == "hash")
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool TestUsageSeries::isDeleted(const QByteArray& id)
{
    return m_server.command({"HGET", "apikey:" + id, "isDeleted"}) == "true";
}

QByteArray TestUsageSeries::idOfName(const QString& prefix)
{
    for (const QByteArray& id : apiKeyIds())
        if (QString::fromUtf8(m_server.command({"HGET", "apikey:" + id, "name"})).startsWith(prefix))
            return id;
    return {};
}

QStringList TestUsageSeries::expectedDays(int count) const
{
    // The service's date: the instant plus 8 hours, read in UTC.
    const QDate today = m_now.toUTC().addSecs(Tz * 3600).date();
    QStringList out;
    for (int i = count - 1; i >= 0; --i)
        out << today.addDays(-i).toString(u"yyyy-MM-dd"_s);
    return out;
}

QStringList TestUsageSeries::expectedHours(int count) const
{
    const QDateTime shifted = m_now.toUTC().addSecs(Tz * 3600);
    QStringList out;
    for (int i = count - 1; i >= 0; --i)
        out << shifted.addSecs(-qint64(i) * 3600).toString(u"yyyy-MM-dd:HH"_s);
    return out;
}

// Sums of `usage:{id}:model:{kind}:{model}:{period}` by model, for the listed ids (all when
// idFilter is "*") and periods (all when `days` is empty).
std::map<QString, Sums> TestUsageSeries::modelSums(const QByteArray& idFilter, const QString& kind,
                                                   const QStringList& days)
{
    std::map<QString, Sums> out;
    const QByteArray marker = ":model:" + kind.toLatin1() + ':';
    const int periodLength = kind == u"daily"_s ? 10 : 7;
    for (const QByteArray& k : m_server.commandList({"KEYS", "usage:" + idFilter + marker + '*'})) {
        const qsizetype at = k.indexOf(marker);
        const QByteArray rest = k.mid(at + marker.size());
        const QString period = QString::fromLatin1(rest.right(periodLength));
        const QString model = QString::fromUtf8(rest.chopped(periodLength + 1));
        if (!days.isEmpty() && !days.contains(period))
            continue;
        Sums& s = out[model];
        s.requests += field(k, "requests");
        s.input += field(k, "inputTokens");
        s.output += field(k, "outputTokens");
        s.cacheCreate += field(k, "cacheCreateTokens");
        s.cacheRead += field(k, "cacheReadTokens");
        const qint64 all = field(k, "allTokens");
        s.all += all ? all
                     : field(k, "inputTokens") + field(k, "outputTokens") + field(k, "cacheCreateTokens") +
                field(k, "cacheReadTokens");
        if (m_server.command({"HEXISTS", k, "ratedCostMicro"}) == "1") {
            s.hasCost = true;
            s.costMicro += field(k, "ratedCostMicro");
        }
    }
    return out;
}

QStringList TestUsageSeries::monthlyModelsOf(const QByteArray& id)
{
    QStringList models;
    for (const QByteArray& k : m_server.commandList({"KEYS", "usage:" + id + ":model:monthly:*"})) {
        const QByteArray rest = k.mid(k.indexOf(":model:monthly:") + 15);
        models << QString::fromUtf8(rest.chopped(8));
    }
    models.removeDuplicates();
    return models;
}

// --- loads through core -----------------------------------------------------------------------------------

KeySeries TestUsageSeries::loadKey(const QByteArray& id, int days)
{
    KeySeriesRequest r;
    r.id = id;
    r.days = days;
    r.models = monthlyModelsOf(id);
    r.timezoneOffset = Tz;
    r.now = m_now;
    std::optional<KeySeries> result;
    redis::RedisError error;
    QObject ctx;
    UsageSeriesReader::loadKey(*m_connection, r, &ctx, [&](const KeySeries& s, const redis::RedisError& e) {
        result = s;
        error = e;
    });
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000)); }();
    [&] { QVERIFY2(!error, qPrintable(error.message)); }();
    return result.value_or(KeySeries());
}

CostOverview TestUsageSeries::loadOverview(const QList<QByteArray>& ids, const QStringList& chartDays,
                                           const RangeSpec& range, int batchSize)
{
    CostOverviewRequest r;
    r.ids = ids;
    r.chartDays = chartDays;
    r.range = range;
    r.timezoneOffset = Tz;
    r.now = m_now;
    std::optional<CostOverview> result;
    redis::RedisError error;
    QObject ctx;
    UsageSeriesReader::loadOverview(
        *m_connection, r, &ctx,
        [&](const CostOverview& o, const redis::RedisError& e) {
            result = o;
            error = e;
        },
        batchSize);
    [&] { QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000)); }();
    [&] { QVERIFY2(!error, qPrintable(error.message)); }();
    return result.value_or(CostOverview());
}

// --- tests ------------------------------------------------------------------------------------------------

void TestUsageSeries::keySeriesEqualsTheUnderlyingKeys_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("days");
    for (const QString& release : {u"1.1.235"_s, u"1.1.314"_s})
        for (int days : {7, 30, 90})
            QTest::addRow("%s-%dd", qPrintable(release), days) << release << days;
}

void TestUsageSeries::keySeriesEqualsTheUnderlyingKeys()
{
    QFETCH(QString, release);
    QFETCH(int, days);
    load(release);
    const QStringList expectedDayList = expectedDays(days);
    const QStringList hours = expectedHours(7 * 24);
    QVERIFY(expectedDayList.contains(u"2026-01-31"_s)); // the month boundary and the ISO week boundary
    QVERIFY(expectedDayList.contains(u"2026-02-01"_s) && expectedDayList.contains(u"2026-02-02"_s));
    QCOMPARE(hours.last(), u"2026-02-02:18"_s);
    QCOMPARE(hours.first(), u"2026-01-26:19"_s);

    // Every key, plus the usage k12 left behind after its permanent delete.
    QList<QByteArray> ids = apiKeyIds();
    const QString k12Id = Fixtures::json(release, u"seed-keys.json"_s)
                              .object()
                              .value(u"keys"_s)
                              .toArray()
                              .at(11)
                              .toObject()
                              .value(u"id"_s)
                              .toString();
    if (!k12Id.isEmpty())
        ids.append(k12Id.toLatin1());
    int nonZeroDays = 0;
    int modelsSeen = 0;
    for (const QByteArray& id : std::as_const(ids)) {
        const KeySeries s = loadKey(id, days);
        QCOMPARE(s.id, id);
        QCOMPARE(s.days, expectedDayList);
        QCOMPARE(s.dailyCost.size(), days);
        QCOMPARE(s.dailyUsage.size(), days);
        for (int i = 0; i < days; ++i) {
            const QByteArray day = expectedDayList.at(i).toLatin1();
            const QByteArray hash = "usage:daily:" + id + ':' + day;
            QCOMPARE(s.dailyCost.at(i), cost("usage:cost:daily:" + id + ':' + day));
            const TokenCounts& t = s.dailyUsage.at(i);
            QCOMPARE(t.requests, field(hash, "requests"));
            QCOMPARE(t.inputTokens, field(hash, "inputTokens"));
            QCOMPARE(t.outputTokens, field(hash, "outputTokens"));
            QCOMPARE(t.cacheCreateTokens, field(hash, "cacheCreateTokens"));
            QCOMPARE(t.cacheReadTokens, field(hash, "cacheReadTokens"));
            QCOMPARE(t.allTokens, field(hash, "allTokens"));
            if (day == "2026-01-31") {
                QCOMPARE(s.dailyCost.at(i), 0.0); // a day without data is zero, not a gap
                QCOMPARE(t, TokenCounts());
            }
            nonZeroDays += s.dailyCost.at(i) > 0 ? 1 : 0;
        }
        QCOMPARE(s.hours, hours);
        QCOMPARE(s.hourlyCost.size(), hours.size());
        for (int i = 0; i < hours.size(); ++i)
            QCOMPARE(s.hourlyCost.at(i), cost("usage:cost:hourly:" + id + ':' + hours.at(i).toLatin1()));

        // The model split over the days, from the per-model daily hashes found with KEYS.
        const std::map<QString, Sums> expected = modelSums(id, u"daily"_s, expectedDayList);
        QCOMPARE(qsizetype(s.models.size()), qsizetype(expected.size()));
        for (const ModelSplit& m : s.models) {
            const auto it = expected.find(m.model);
            QVERIFY2(it != expected.end(), qPrintable(m.model));
            QCOMPARE(m.tokens.requests, it->second.requests);
            QCOMPARE(m.tokens.inputTokens, it->second.input);
            QCOMPARE(m.tokens.outputTokens, it->second.output);
            QCOMPARE(m.tokens.cacheCreateTokens, it->second.cacheCreate);
            QCOMPARE(m.tokens.cacheReadTokens, it->second.cacheRead);
            QCOMPARE(m.tokens.allTokens, it->second.all);
            QCOMPARE(m.costMicro, it->second.costMicro);
            QCOMPARE(m.hasCost, it->second.hasCost);
            QCOMPARE(m.hasCost, release == u"1.1.314"_s); // 1.1.235 stores no cost per model
            ++modelsSeen;
        }
        for (int i = 1; i < s.models.size(); ++i) // most tokens first
            QVERIFY(s.models.at(i - 1).tokens.allTokens >= s.models.at(i).tokens.allTokens);
    }
    QVERIFY(nonZeroDays >= 10); // the comparison was not only between zeros
    QVERIFY(modelsSeen >= 10);
}

void TestUsageSeries::knownDaysOfTheFixture_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<double>("k01Feb02");
    QTest::newRow("1.1.235") << u"1.1.235"_s << 1.340625; // 0.058125 + 1.2825 (long context)
    QTest::newRow("1.1.314") << u"1.1.314"_s << 0.703125; // 0.058125 + 0.645
}

// Values from the fixture's README (its usage table), independent of any reading of Redis.
void TestUsageSeries::knownDaysOfTheFixture()
{
    QFETCH(QString, release);
    QFETCH(double, k01Feb02);
    load(release);
    const QByteArray k01 = idOfName(u"k01"_s);
    const KeySeries s = loadKey(k01, 7);
    // 01-27 .. 02-02: d1 (01-29), d2 (01-30), d3 (02-01, the new month; a Sunday), d4 (02-02, Monday of
    // the next ISO week) and 01-31 without any request.
    QCOMPARE(s.days,
             (QStringList {u"2026-01-27"_s, u"2026-01-28"_s, u"2026-01-29"_s, u"2026-01-30"_s,
                           u"2026-01-31"_s, u"2026-02-01"_s, u"2026-02-02"_s}));
    QCOMPARE(s.dailyCost, (QList<double> {0, 0, 0.019875, 0.042, 0, 0.00384, k01Feb02}));
    QCOMPARE(s.dailyUsage.at(2).requests, 1);
    QCOMPARE(s.dailyUsage.at(2).cacheCreateTokens, 2000);
    QCOMPARE(s.dailyUsage.at(2).cacheReadTokens, 8000);
    QCOMPARE(s.dailyUsage.at(5).inputTokens, 640); // the Bedrock request of d3
    QCOMPARE(s.dailyUsage.at(6).requests, 2);
    QCOMPARE(s.dailyUsage.at(6).inputTokens, 211000);
    // The hours: 10:00 on 01-29, 11:00 on 01-30, 01:00 on 02-01 and 07:00 on 02-02 (UTC+8).
    QList<int> costly;
    for (int i = 0; i < s.hours.size(); ++i)
        if (s.hourlyCost.at(i) > 0)
            costly << i;
    QCOMPARE(costly.size(), 4);
    QCOMPARE(s.hours.at(costly.at(2)), u"2026-02-01:01"_s);
    QCOMPARE(s.hours.at(costly.at(3)), u"2026-02-02:07"_s);
    QCOMPARE(s.hourlyCost.at(costly.at(3)), k01Feb02);
    // Four models in these days, the [1m] long-context name kept as its own model.
    QStringList models;
    for (const ModelSplit& m : s.models)
        models << m.model;
    QCOMPARE(models.first(), u"claude-sonnet-4-20250514[1m]"_s);
    models.sort();
    QCOMPARE(models,
             (QStringList {u"claude-opus-4-1-20250805"_s, u"claude-opus-4-20250514"_s,
                           u"claude-sonnet-4-20250514"_s, u"claude-sonnet-4-20250514[1m]"_s}));
    // A key without any usage: all zeros, nothing missing.
    const KeySeries empty = loadKey(idOfName(u"k03"_s), 90);
    QCOMPARE(empty.dailyCost, QList<double>(90, 0.0));
    QCOMPARE(empty.dailyUsage, QList<TokenCounts>(90));
    QCOMPARE(empty.hourlyCost, QList<double>(168, 0.0));
    QVERIFY(empty.models.isEmpty());
}

void TestUsageSeries::overviewEqualsTheCostKeys_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("range");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    for (const QString& release : {u"1.1.235"_s, u"1.1.314"_s}) {
        const QByteArray r = release.toLatin1();
        QTest::addRow("%s-today", r.constData()) << release << int(StatsRange::Today) << QDate() << QDate();
        QTest::addRow("%s-7d", r.constData()) << release << int(StatsRange::Last7Days) << QDate() << QDate();
        QTest::addRow("%s-30d", r.constData())
            << release << int(StatsRange::Last30Days) << QDate() << QDate();
        QTest::addRow("%s-all", r.constData()) << release << int(StatsRange::AllTime) << QDate() << QDate();
        // Across the month and the ISO-week boundary, 01-31 without data inside.
        QTest::addRow("%s-custom", r.constData())
            << release << int(StatsRange::Custom) << QDate(2026, 1, 30) << QDate(2026, 2, 2);
        QTest::addRow("%s-custom-empty", r.constData())
            << release << int(StatsRange::Custom) << QDate(2026, 1, 31) << QDate(2026, 1, 31);
    }
}

void TestUsageSeries::overviewEqualsTheCostKeys()
{
    QFETCH(QString, release);
    QFETCH(int, range);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    load(release);
    RangeSpec spec;
    spec.range = StatsRange(range);
    spec.from = from;
    spec.to = to;
    const QList<QByteArray> ids = apiKeyIds();
    QCOMPARE(ids.size(), 13); // 12 keys and k10 in the trash
    const QStringList chartDays = expectedDays(30);
    const CostOverview o = loadOverview(ids, chartDays, spec);

    // Total cost per day: the sum over the keys of their daily cost strings.
    QCOMPARE(o.days, chartDays);
    for (int j = 0; j < chartDays.size(); ++j) {
        double sum = 0;
        for (const QByteArray& id : ids)
            sum += cost("usage:cost:daily:" + id + ':' + chartDays.at(j).toLatin1());
        QVERIFY2(qAbs(o.dailyTotal.at(j) - sum) < 1e-12, qPrintable(chartDays.at(j)));
        if (chartDays.at(j) == u"2026-01-31"_s)
            QCOMPARE(o.dailyTotal.at(j), 0.0);
    }

    // The range's days, computed here.
    QStringList days;
    switch (spec.range) {
    case StatsRange::Today:
        days = expectedDays(1);
        break;
    case StatsRange::Last7Days:
        days = expectedDays(7);
        break;
    case StatsRange::Last30Days:
        days = expectedDays(30);
        break;
    case StatsRange::AllTime:
        break;
    case StatsRange::Custom:
        for (QDate d = from; d <= to; d = d.addDays(1))
            days << d.toString(u"yyyy-MM-dd"_s);
        break;
    }
    if (spec.range != StatsRange::AllTime)
        QCOMPARE(o.rangeDays, days);

    // Each key's cost over the range, and the ranking among the keys not in the trash.
    QList<std::pair<QByteArray, double>> ranking;
    for (const QByteArray& id : ids) {
        double c = 0;
        if (spec.range == StatsRange::AllTime)
            c = cost("usage:cost:total:" + id);
        else
            for (const QString& d : std::as_const(days))
                c += cost("usage:cost:daily:" + id + ':' + d.toLatin1());
        QVERIFY2(qAbs(o.rangeCost.value(id, -1) - c) < 1e-12, id.constData());
        if (!isDeleted(id) && c > 0)
            ranking.append({id, c});
    }
    std::sort(ranking.begin(), ranking.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QSet<QByteArray> notDeleted;
    for (const QByteArray& id : ids)
        if (!isDeleted(id))
            notDeleted.insert(id);
    QCOMPARE(notDeleted.size(), 12);
    for (int n : {1, 3, 5, 100}) {
        const QList<RankedKey> top = o.top(n, &notDeleted);
        QCOMPARE(top.size(), std::min<qsizetype>(n, ranking.size()));
        for (int i = 0; i < top.size(); ++i) {
            QCOMPARE(top.at(i).id, ranking.at(i).first);
            QVERIFY(qAbs(top.at(i).cost - ranking.at(i).second) < 1e-12);
        }
    }
    if (spec.range == StatsRange::Custom && from == to)
        QVERIFY(ranking.isEmpty()); // 01-31: no key has a cost that day
    else
        QVERIFY(!ranking.isEmpty());
    if (!ranking.isEmpty() && spec.range != StatsRange::Today)
        QCOMPARE(ranking.first().first, idOfName(u"k01"_s)); // k01 has most of the usage

    // The model mix over the range, of the listed keys (so not k12's left-behind usage).
    std::map<QString, Sums> expected;
    if (spec.range == StatsRange::AllTime || !days.isEmpty()) {
        for (const QByteArray& id : ids) {
            for (const auto& [model, s] :
                 modelSums(id, spec.range == StatsRange::AllTime ? u"monthly"_s : u"daily"_s, days)) {
                Sums& e = expected[model];
                e.requests += s.requests;
                e.input += s.input;
                e.output += s.output;
                e.cacheCreate += s.cacheCreate;
                e.cacheRead += s.cacheRead;
                e.all += s.all;
                e.costMicro += s.costMicro;
                e.hasCost = e.hasCost || s.hasCost;
            }
        }
    }
    QCOMPARE(qsizetype(o.models.size()), qsizetype(expected.size()));
    for (const ModelSplit& m : o.models) {
        const auto it = expected.find(m.model);
        QVERIFY2(it != expected.end(), qPrintable(m.model));
        QCOMPARE(m.tokens.requests, it->second.requests);
        QCOMPARE(m.tokens.allTokens, it->second.all);
        QCOMPARE(m.tokens.inputTokens, it->second.input);
        QCOMPARE(m.tokens.cacheReadTokens, it->second.cacheRead);
        QCOMPARE(m.costMicro, it->second.costMicro);
    }
    QCOMPARE(o.modelCostKnown, release == u"1.1.314"_s && !expected.empty());
    if (spec.range == StatsRange::AllTime || spec.range == StatsRange::Last30Days) {
        // Nine raw model names, the Bedrock id normalised into claude-sonnet-4: 8 models (k12's
        // left-behind usage is not counted, its key is gone).
        QCOMPARE(o.models.size(), 8);
    }
}

// The 1.1.314 seed after one start of the real service holds the service's own cost rank, rebuilt at
// 10:00Z: our ranking, from the cost keys, agrees with it for every key with a cost.
void TestUsageSeries::rankingAgreesWithTheServicesRebuiltCostRank()
{
    load(u"1.1.314"_s, u"seed-indexed.redis"_s);
    const QList<QByteArray> ids = apiKeyIds();
    QSet<QByteArray> notDeleted;
    for (const QByteArray& id : ids)
        if (!isDeleted(id))
            notDeleted.insert(id);
    const QList<std::pair<StatsRange, QByteArray>> ranges = {{StatsRange::Today, "today"},
                                                             {StatsRange::Last7Days, "7days"},
                                                             {StatsRange::Last30Days, "30days"},
                                                             {StatsRange::AllTime, "all"}};
    for (const auto& [range, name] : ranges) {
        RangeSpec spec;
        spec.range = range;
        const CostOverview o = loadOverview(ids, {}, spec);
        const QList<RankedKey> ours = o.top(100, &notDeleted);
        const QList<QByteArray> flat =
            m_server.commandList({"ZREVRANGE", "cost_rank:" + name, "0", "-1", "WITHSCORES"});
        QHash<QByteArray, double> theirs;
        for (int i = 0; i + 1 < flat.size(); i += 2)
            if (flat.at(i + 1).toDouble() > 0)
                theirs.insert(flat.at(i), flat.at(i + 1).toDouble());
        QCOMPARE(ours.size(), theirs.size());
        for (const RankedKey& k : ours)
            QVERIFY2(qAbs(theirs.value(k.id, -1) - k.cost) < 1e-9, name.constData());
    }
}

void TestUsageSeries::roundTripsDoNotGrowWithDaysOrKeys()
{
    load(u"1.1.314"_s);
    const QByteArray k01 = idOfName(u"k01"_s);
    redis::CommandLog& log = m_connection->commandLog();
    QList<qint64> perKey;
    for (int days : {7, 30, 90}) {
        log.resetTotals();
        const KeySeries s = loadKey(k01, days);
        QCOMPARE(s.days.size(), days);
        perKey << log.totals().roundTrips;
    }
    QCOMPARE(perKey, (QList<qint64> {1, 1, 1}));

    const QList<QByteArray> ids = apiKeyIds();
    QList<qint64> overview;
    for (const auto& [days, batch] : QList<std::pair<int, int>> {{7, 5000}, {30, 5000}, {30, 1}}) {
        RangeSpec spec;
        spec.range = StatsRange::Last30Days;
        log.resetTotals();
        const CostOverview o = loadOverview(ids, expectedDays(days), spec, batch);
        QCOMPARE(o.days.size(), days);
        overview << log.totals().roundTrips;
    }
    // The MGETs and the first SCAN leave together; then the model hashes: two round trips however
    // many days or batches.
    QCOMPARE(overview, (QList<qint64> {2, 2, 2}));
}

void TestUsageSeries::switchingCancelsTheStaleLoad()
{
    load(u"1.1.235"_s);
    const QByteArray k01 = idOfName(u"k01"_s);
    const QByteArray k08 = idOfName(u"k08"_s);
    QObject ctx;
    int staleCalls = 0;
    int freshCalls = 0;
    KeySeries fresh;
    KeySeriesRequest r;
    r.id = k01;
    r.days = 30;
    r.models = monthlyModelsOf(k01);
    r.now = m_now;
    SeriesLoad first = UsageSeriesReader::loadKey(
        *m_connection, r, &ctx, [&](const KeySeries&, const redis::RedisError&) { ++staleCalls; });
    first.cancel(); // the user picked another key
    QVERIFY(first.isCancelled());
    r.id = k08;
    r.models = monthlyModelsOf(k08);
    SeriesLoad second =
        UsageSeriesReader::loadKey(*m_connection, r, &ctx, [&](const KeySeries& s, const redis::RedisError&) {
            ++freshCalls;
            fresh = s;
        });
    QTRY_COMPARE(freshCalls, 1);
    QTest::qWait(100);
    QCOMPARE(staleCalls, 0);
    QCOMPARE(fresh.id, k08);

    CostOverviewRequest o;
    o.ids = apiKeyIds();
    o.chartDays = expectedDays(7);
    o.now = m_now;
    int overviewCalls = 0;
    SeriesLoad overview = UsageSeriesReader::loadOverview(
        *m_connection, o, &ctx, [&](const CostOverview&, const redis::RedisError&) { ++overviewCalls; });
    overview.cancel();
    QTest::qWait(200);
    QCOMPARE(overviewCalls, 0);

    // A context destroyed before the answer: no call either.
    int orphanCalls = 0;
    {
        QObject shortLived;
        UsageSeriesReader::loadKey(*m_connection, r, &shortLived,
                                   [&](const KeySeries&, const redis::RedisError&) { ++orphanCalls; });
    }
    QTest::qWait(200);
    QCOMPARE(orphanCalls, 0);
}

void TestUsageSeries::parsesModelKeysFromTheRight()
{
    QByteArray id;
    QString model;
    QString period;
    QVERIFY(UsageSeriesReader::parseModelKey("usage:abc:model:daily:claude-sonnet-4-20250514[1m]:2026-02-02",
                                             "daily", &id, &model, &period));
    QCOMPARE(id, "abc");
    QCOMPARE(model, u"claude-sonnet-4-20250514[1m]"_s);
    QCOMPARE(period, u"2026-02-02"_s);
    QVERIFY(UsageSeriesReader::parseModelKey("usage:abc:model:monthly:a:b:c:2026-02", "monthly", &id, &model,
                                             &period));
    QCOMPARE(model, u"a:b:c"_s);
    QVERIFY(!UsageSeriesReader::parseModelKey("usage:model:daily:gpt-5:2026-02-02", "daily", &id, &model,
                                              &period));
    QVERIFY(!UsageSeriesReader::parseModelKey("usage:abc:model:daily:gpt-5:2026-02", "daily", &id, &model,
                                              &period));
    QVERIFY(!UsageSeriesReader::parseModelKey("usage:abc:model:hourly:gpt-5:2026-02-02:07", "daily", &id,
                                              &model, &period));
}

QTEST_GUILESS_MAIN(TestUsageSeries)
#include "tst_usageseries.moc"
