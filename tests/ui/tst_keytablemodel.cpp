// The key table over the 1.1.235 fixture, read through core at the fixture's instant: the model and
// the proxy pass QAbstractItemModelTester through every kind of change, each filter and sort column
// gives the expected rows, range statistics equal sums read independently, a refresh keeps persistent
// indexes, limits and the rate-window countdown show the right numbers, and a screenshot is saved.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "KeyFilterProxy.h"
#include "KeyTableDelegates.h"
#include "KeyTableModel.h"

#include "relay/KeyListReader.h"
#include "relay/KeyModels.h"
#include "relay/KeySchema.h"
#include "relay/RangeStats.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::test;
using namespace rka::ui;
using relay::KeyStatus;

namespace {
constexpr int Db = 1;
const QByteArray AliceId = "20c77f0a61c6f7fd8fb761ab8b947431";
} // namespace

class TestKeyTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTesterAcrossChanges();
    void incrementalBatchesFromTheReader();
    void filters();
    void sorting();
    void rangeStatsEqualIndependentSums_data();
    void rangeStatsEqualIndependentSums();
    void rangeStatsRoundTripsDoNotGrowWithKeys();
    void keyModelsParseFromTheRight();
    void refreshKeepsPersistentIndex();
    void limitsAndTooltip();
    void windowCountdownTicks();
    void screenshot();

private:
    struct ReadResult
    {
        QList<relay::KeyEntry> keys;
        relay::AccountDirectory accounts;
        relay::UserDirectory users;
    };
    ReadResult read(int batchSize = 2000, KeyTableModel* incremental = nullptr);
    void fill(KeyTableModel& model);
    QByteArray idOf(const QString& namePrefix) const;
    static QStringList names(const QAbstractItemModel& model); // the "kNN" prefixes (or full names)
    QHash<QByteArray, QStringList> loadModels();

    RedisServer m_server;
    redis::Connection m_connection;
    ReadResult m_data;
};

void TestKeyTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), Db, &error),
             qPrintable(error));
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = Db;
    s.readOnly = true;
    QVERIFY(openAndWait(m_connection, s));
    m_data = read();
    QCOMPARE(m_data.keys.size(), 13);
    // SCAN order depends on the server's hash seed: put the keys in name order so the tests that
    // depend on the model's row order (refreshKeepsPersistentIndex) do not change with it.
    std::sort(m_data.keys.begin(), m_data.keys.end(),
              [](const relay::KeyEntry& a, const relay::KeyEntry& b) { return a.key.name() < b.key.name(); });
}

TestKeyTableModel::ReadResult TestKeyTableModel::read(int batchSize, KeyTableModel* incremental)
{
    relay::KeyListReader reader(m_connection);
    bool done = false;
    redis::RedisError error;
    connect(&reader, &relay::KeyListReader::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    if (incremental) {
        // Rows arrive as they load, the way the main window wires it.
        connect(&reader, &relay::KeyListReader::keysAvailable, incremental,
                [&reader, incremental](int first, int count) {
                    incremental->appendOrUpdate(reader.keys(), first, count);
                });
    }
    relay::KeyListOptions options;
    options.now = Fixtures::viewInstant();
    options.timezoneOffset = 8;
    options.batchSize = batchSize;
    reader.start(options);
    if (!QTest::qWaitFor([&] { return done; }, 20000) || error)
        return {};
    return {reader.keys(), reader.accounts(), reader.users()};
}

void TestKeyTableModel::fill(KeyTableModel& model)
{
    model.setNow(Fixtures::viewInstant());
    model.setDirectories(m_data.accounts, m_data.users);
    model.setKeys(m_data.keys);
}

QByteArray TestKeyTableModel::idOf(const QString& namePrefix) const
{
    for (const relay::KeyEntry& e : m_data.keys) {
        if (e.key.name().startsWith(namePrefix))
            return e.id;
    }
    return {};
}

QStringList TestKeyTableModel::names(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString name = model.index(r, KeyTableModel::Name).data().toString();
        out << (name.startsWith(u'k') && name.size() > 3 ? name.left(3) : name);
    }
    return out;
}

QHash<QByteArray, QStringList> TestKeyTableModel::loadModels()
{
    QHash<QByteArray, QStringList> models;
    bool done = false;
    QObject ctx;
    relay::KeyModels::load(m_connection, &ctx,
                           [&](const QHash<QByteArray, QStringList>& m, const redis::RedisError& e) {
                               if (!e)
                                   models = m;
                               done = true;
                           });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return models;
}

void TestKeyTableModel::modelTesterAcrossChanges()
{
    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(KeyTableModel::Cost, Qt::DescendingOrder);

    fill(model);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(proxy.rowCount(), 12); // the deleted k10 is in the trash, not the main table
    model.setKeyModels(loadModels());
    proxy.setTag(u"team-b"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.clearFilters();

    // A refresh: one key changed, one added, one gone.
    QList<relay::KeyEntry> next = m_data.keys;
    const QByteArray k02 = idOf(u"k02"_s);
    const QByteArray k13 = idOf(u"k13"_s);
    for (relay::KeyEntry& e : next) {
        if (e.id == k02) {
            e.key.setName(u"k02-renamed"_s);
            e.stats.dailyCost = 99;
        }
    }
    next.removeIf([&](const relay::KeyEntry& e) { return e.id == k13; });
    relay::KeyEntry added = m_data.keys.at(model.rowOfId(k02)); // never expires
    added.id = "00000000-0000-4000-8000-000000000001";
    added.key.setRaw(relay::ApiKeyField::Id, added.id);
    added.key.setName(u"k14-new"_s);
    next.append(added);
    model.updateKeys(next);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.rowOfId(k13), -1);
    QCOMPARE(model.index(model.rowOfId(k02), KeyTableModel::Name).data().toString(), u"k02-renamed"_s);
    QCOMPARE(proxy.index(0, KeyTableModel::Name).data().toString(), u"k02-renamed"_s); // re-sorted by cost

    model.setRange({relay::StatsRange::Last7Days, {}, {}});
    QCOMPARE(model.index(0, KeyTableModel::Cost).data().toString(), u"…"_s);
    model.setRangeStats({{k02, relay::RangeStats {1.5, 3, 300}}});
    QCOMPARE(model.index(model.rowOfId(k02), KeyTableModel::Cost).data(KeyTableModel::SortRole).toDouble(),
             1.5);
    model.setRange({relay::StatsRange::AllTime, {}, {}});
    // Time passes: k01 expires in 2099 (k13 is gone); the status filter follows without being touched.
    proxy.setStatuses({KeyStatus::Expired});
    QCOMPARE(proxy.rowCount(), 2);
    model.setNow(QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(model.index(model.rowOfId(idOf(u"k01"_s)), KeyTableModel::Status)
                 .data(KeyTableModel::StatusRole)
                 .toInt(),
             int(KeyStatus::Expired));
    model.setNow(Fixtures::viewInstant());
    QCOMPARE(proxy.rowCount(), 2);
    proxy.clearFilters();
    model.removeKeys({k02, added.id});
    QCOMPARE(model.rowCount(), 11);
    model.setKeys({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestKeyTableModel::incrementalBatchesFromTheReader()
{
    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(KeyTableModel::Name, Qt::AscendingOrder);
    model.setNow(Fixtures::viewInstant());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const ReadResult r = read(4, &model); // batches of 4 keys: 4 + 4 + 4 + 1
    QCOMPARE(r.keys.size(), 13);
    QCOMPARE(inserted.count(), 4);
    QCOMPARE(model.rowCount(), 13);
    // A second load through the same model updates in place: no insert, no reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    inserted.clear();
    (void)read(5, &model);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 13);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.entry(row).statsLoaded);
}

void TestKeyTableModel::filters()
{
    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(KeyTableModel::Name, Qt::AscendingOrder);
    fill(model);
    model.setKeyModels(loadModels());
    const QStringList all = {u"bob"_s, u"k01"_s, u"k02"_s, u"k03"_s, u"k04"_s, u"k05"_s,
                             u"k06"_s, u"k07"_s, u"k08"_s, u"k09"_s, u"k11"_s, u"k13"_s};
    QCOMPARE(names(proxy), all);

    proxy.setStatuses({KeyStatus::Expired});
    QCOMPARE(names(proxy), QStringList({u"k04"_s, u"k06"_s}));
    proxy.setStatuses({KeyStatus::NotActivated});
    QCOMPARE(names(proxy), QStringList({u"k03"_s}));
    proxy.setStatuses({KeyStatus::Disabled});
    QCOMPARE(names(proxy), QStringList({u"k07"_s}));
    proxy.setStatuses({KeyStatus::Deleted});
    QCOMPARE(names(proxy), QStringList());
    proxy.setDeletedKeys(KeyFilterProxy::DeletedKeys::Include);
    QCOMPARE(names(proxy), QStringList({u"k10"_s}));
    proxy.setStatuses({KeyStatus::Disabled, KeyStatus::Deleted});
    QCOMPARE(names(proxy), QStringList({u"k07"_s, u"k10"_s}));
    proxy.setStatuses({});
    proxy.setDeletedKeys(KeyFilterProxy::DeletedKeys::Only);
    QCOMPARE(names(proxy), QStringList({u"k10"_s}));
    proxy.setDeletedKeys(KeyFilterProxy::DeletedKeys::Exclude);

    proxy.setTag(u" team-b "_s);
    QCOMPARE(names(proxy), QStringList({u"k08"_s, u"k09"_s}));
    proxy.setTag({});
    proxy.setModels({u"gpt-5"_s});
    QCOMPARE(names(proxy), QStringList({u"k09"_s}));
    proxy.setModels({u"gpt-5"_s, u"gemini-2.5-pro"_s});
    QCOMPARE(names(proxy), QStringList({u"k08"_s, u"k09"_s}));
    proxy.setModels({u"claude-sonnet-4-20250514[1m]"_s});
    QCOMPARE(names(proxy), QStringList({u"k01"_s}));
    proxy.setModels({});

    proxy.setOwner(QString::fromLatin1(AliceId));
    QCOMPARE(names(proxy), QStringList({u"k05"_s}));
    proxy.setOwner(u"admin"_s);
    QCOMPARE(names(proxy).size(), all.size() - 2); // all but alice's and bob's keys
    QVERIFY(!names(proxy).contains(u"k05"_s) && !names(proxy).contains(u"bob"_s));
    proxy.setOwner({});

    proxy.setBoundAccount(u"acc-gemini-01"_s);
    QCOMPARE(names(proxy), QStringList({u"k08"_s}));
    proxy.setBoundAccount(u"responses:acc-resp-01"_s); // the stored value
    QCOMPARE(names(proxy), QStringList({u"k09"_s}));
    proxy.setBoundAccount(u"acc-resp-01"_s); // or the account id
    QCOMPARE(names(proxy), QStringList({u"k09"_s}));
    proxy.setBoundAccount(KeyFilterProxy::sharedBinding());
    QStringList shared = all;
    shared.removeAll(u"k01"_s);
    shared.removeAll(u"k08"_s);
    shared.removeAll(u"k09"_s);
    QCOMPARE(names(proxy), shared);
    proxy.setBoundAccount({});

    proxy.setText(u"测试"_s);
    QCOMPARE(names(proxy), QStringList({u"k09"_s}));
    proxy.setText(QString::fromLatin1(idOf(u"k05"_s).left(8)).toUpper()); // part of an id, any case
    QCOMPARE(names(proxy), QStringList({u"k05"_s}));
    proxy.setText(u"alice"_s); // the owner's name finds the key (web admin defect D3)
    QCOMPARE(names(proxy), QStringList({u"k05"_s}));
    proxy.setText(u"TEAM-A"_s); // tags are searched too
    QCOMPARE(names(proxy), QStringList({u"k01"_s}));
    proxy.setText({});

    proxy.setIds(QSet<QByteArray> {idOf(u"k02"_s)});
    QCOMPARE(names(proxy), QStringList({u"k02"_s}));
    QCOMPARE(proxy.visibleIds(), QList<QByteArray>({idOf(u"k02"_s)}));
    proxy.setIds(std::nullopt);

    // Filters combine with AND.
    proxy.setTag(u"trial"_s);
    QCOMPARE(names(proxy), QStringList({u"k03"_s, u"k04"_s}));
    proxy.setStatuses({KeyStatus::Expired});
    QCOMPARE(names(proxy), QStringList({u"k04"_s}));
    proxy.clearFilters();
    QCOMPARE(proxy.visibleIds().size(), all.size());
}

void TestKeyTableModel::sorting()
{
    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    fill(model);

    proxy.sort(KeyTableModel::Cost, Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), u"k01"_s);
    QCOMPARE(proxy.index(0, KeyTableModel::Cost).data(KeyTableModel::SortRole).toDouble(), 1.340625);
    QCOMPARE(proxy.index(0, KeyTableModel::Cost).data().toString(), u"$1.34"_s);
    double previous = 1e9;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const double cost = proxy.index(r, KeyTableModel::Cost).data(KeyTableModel::SortRole).toDouble();
        QVERIFY(cost <= previous);
        previous = cost;
    }
    QCOMPARE(names(proxy).mid(1, 3),
             QStringList({u"k02"_s, u"k09"_s, u"k08"_s})); // 0.00033, 6.25e-05, 5.5e-05

    // "Not loaded" sorts last in both orders.
    model.setRange({relay::StatsRange::Last7Days, {}, {}});
    model.setRangeStats({{idOf(u"k05"_s), {2.0, 1, 1}}, {idOf(u"k06"_s), {1.0, 1, 1}}});
    QCOMPARE(names(proxy).mid(0, 2), QStringList({u"k05"_s, u"k06"_s}));
    QCOMPARE(proxy.index(2, KeyTableModel::Cost).data().toString(), u"…"_s);
    proxy.sort(KeyTableModel::Cost, Qt::AscendingOrder);
    QCOMPARE(names(proxy).mid(0, 2), QStringList({u"k06"_s, u"k05"_s}));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, KeyTableModel::Cost).data().toString(), u"…"_s);
    model.setRange({relay::StatsRange::Today, {}, {}});

    proxy.sort(KeyTableModel::Created, Qt::AscendingOrder);
    QCOMPARE(names(proxy),
             QStringList({u"k01"_s, u"k02"_s, u"k03"_s, u"k04"_s, u"k05"_s, u"k06"_s, u"k07"_s, u"k08"_s,
                          u"k09"_s, u"k11"_s, u"k13"_s, u"bob"_s}));

    proxy.sort(KeyTableModel::LastUsed, Qt::DescendingOrder);
    QStringList used = names(proxy);
    QCOMPARE(used.mid(0, 8),
             QStringList({u"k08"_s, u"k02"_s, u"k09"_s, u"k01"_s, u"k13"_s, u"k11"_s, u"k05"_s, u"k04"_s}));
    QStringList never = used.mid(8);
    never.sort();
    QCOMPARE(never, QStringList({u"bob"_s, u"k03"_s, u"k06"_s, u"k07"_s}));
    proxy.sort(KeyTableModel::LastUsed, Qt::AscendingOrder);
    QCOMPARE(names(proxy).first(), u"k04"_s); // never-used keys stay last
    QCOMPARE(proxy.index(proxy.rowCount() - 1, KeyTableModel::LastUsed).data().toString(), u"never used"_s);

    proxy.sort(KeyTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(names(proxy),
             QStringList({u"bob"_s, u"k01"_s, u"k02"_s, u"k03"_s, u"k04"_s, u"k05"_s, u"k06"_s, u"k07"_s,
                          u"k08"_s, u"k09"_s, u"k11"_s, u"k13"_s}));
    QCOMPARE(proxy.index(9, KeyTableModel::Name).data().toString(), u"k09-multi-binding 测试 ✓"_s);
    proxy.sort(KeyTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), u"k13"_s);

    proxy.sort(KeyTableModel::Expires, Qt::AscendingOrder);
    QCOMPARE(names(proxy).mid(0, 4), QStringList({u"k06"_s, u"k04"_s, u"k13"_s, u"k01"_s}));

    proxy.sort(KeyTableModel::Status, Qt::AscendingOrder);
    QCOMPARE(proxy.index(proxy.rowCount() - 1, KeyTableModel::Name).data().toString(), u"k07-disabled"_s);

    proxy.sort(KeyTableModel::Limits, Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), u"k01"_s); // 13.4 % of its daily cost limit
}

void TestKeyTableModel::rangeStatsEqualIndependentSums_data()
{
    QTest::addColumn<int>("range");
    QTest::addColumn<int>("days");
    QTest::newRow("7 days") << int(relay::StatsRange::Last7Days) << 7;
    QTest::newRow("30 days") << int(relay::StatsRange::Last30Days) << 30;
}

void TestKeyTableModel::rangeStatsEqualIndependentSums()
{
    QFETCH(int, range);
    QFETCH(int, days);
    QList<QByteArray> ids;
    for (const relay::KeyEntry& e : m_data.keys)
        ids << e.id;
    QHash<QByteArray, relay::RangeStats> stats;
    bool done = false;
    relay::RangeStatsReader::load(
        m_connection, ids, {relay::StatsRange(range), {}, {}}, 8, Fixtures::viewInstant(), this,
        [&](const QHash<QByteArray, relay::RangeStats>& s, const redis::RedisError& e) {
            QVERIFY(!e);
            stats = s;
            done = true;
        });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(stats.size(), ids.size());

    // The test's own sum: 2026-02-02T10:00Z is 18:00 on 2026-02-02 in UTC+8.
    const QDate today(2026, 2, 2);
    double grand = 0;
    for (const QByteArray& id : ids) {
        double cost = 0;
        qint64 requests = 0;
        for (int d = 0; d < days; ++d) {
            const QByteArray date = today.addDays(-d).toString(Qt::ISODate).toLatin1();
            const QByteArray c = m_server.command({"GET", "usage:cost:daily:" + id + ':' + date}, Db);
            if (c != "(nil)")
                cost += c.toDouble();
            const QByteArray n = m_server.command({"HGET", "usage:daily:" + id + ':' + date, "requests"}, Db);
            if (n != "(nil)")
                requests += n.toLongLong();
        }
        QVERIFY2(qFuzzyCompare(1 + stats.value(id).cost, 1 + cost), id.constData());
        QCOMPARE(stats.value(id).requests, requests);
        grand += cost;
    }
    QVERIFY(grand > 1.34); // the fixture has cost in the range at all
    // k01 used the 29th, 30th, 1st and 2nd: all inside 7 days.
    const QByteArray k01 = idOf(u"k01"_s);
    for (const relay::KeyEntry& e : m_data.keys) {
        if (e.id == k01)
            QVERIFY(qFuzzyCompare(stats.value(k01).cost, e.stats.totalCost));
    }

    // Today and all time read the same as the key list's stats.
    for (const relay::StatsRange r : {relay::StatsRange::Today, relay::StatsRange::AllTime}) {
        done = false;
        relay::RangeStatsReader::load(
            m_connection, ids, {r, {}, {}}, 8, Fixtures::viewInstant(), this,
            [&](const QHash<QByteArray, relay::RangeStats>& s, const redis::RedisError&) {
                stats = s;
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        for (const relay::KeyEntry& e : m_data.keys)
            QCOMPARE(stats.value(e.id), relay::RangeStats::fromKeyStats(e.stats, r));
    }
}

void TestKeyTableModel::rangeStatsRoundTripsDoNotGrowWithKeys()
{
    auto roundTrips = [&](int n) {
        QList<QByteArray> ids;
        for (const relay::KeyEntry& e : m_data.keys)
            ids << e.id;
        for (int i = 0; ids.size() < n; ++i)
            ids << QByteArray("00000000-0000-4000-8000-") + QByteArray::number(i).rightJustified(12, '0');
        ids.resize(n);
        m_connection.commandLog().resetTotals();
        bool done = false;
        relay::RangeStatsReader::load(
            m_connection, ids, {relay::StatsRange::Last30Days, {}, {}}, 8, Fixtures::viewInstant(), this,
            [&](const QHash<QByteArray, relay::RangeStats>& s, const redis::RedisError&) {
                done = s.size() == n;
            },
            100);
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return done ? m_connection.commandLog().totals().roundTrips : -1;
    };
    const qint64 ten = roundTrips(10);
    const qint64 many = roundTrips(300); // three batches of 100 keys, 9,300 commands
    qInfo("round trips: %lld for 10 keys, %lld for 300 keys", ten, many);
    QVERIFY(ten > 0);
    QCOMPARE(many, ten);
}

void TestKeyTableModel::keyModelsParseFromTheRight()
{
    QByteArray id;
    QString model;
    QVERIFY(
        relay::KeyModels::parse("usage:abc:model:monthly:claude-sonnet-4-20250514[1m]:2026-02", &id, &model));
    QCOMPARE(id, "abc"_ba);
    QCOMPARE(model, u"claude-sonnet-4-20250514[1m]"_s);
    QVERIFY(relay::KeyModels::parse("usage:abc:model:monthly:vendor:model:v1:2026-02", &id, &model));
    QCOMPARE(model, u"vendor:model:v1"_s);
    QVERIFY(!relay::KeyModels::parse("usage:model:monthly:gpt-5:2026-02", &id, &model)); // global counter
    QVERIFY(!relay::KeyModels::parse("usage:abc:model:daily:gpt-5:2026-02-01", &id, &model));
    QVERIFY(!relay::KeyModels::parse("usage:abc:model:monthly:gpt-5", &id, &model));
    const QHash<QByteArray, QStringList> models = loadModels();
    QCOMPARE(models.value(idOf(u"k09"_s)), QStringList({u"gpt-5"_s}));
    QCOMPARE(models.value(idOf(u"k01"_s)),
             QStringList({u"claude-opus-4-1-20250805"_s, u"claude-opus-4-20250514"_s,
                          u"claude-sonnet-4-20250514"_s, u"claude-sonnet-4-20250514[1m]"_s}));
}

void TestKeyTableModel::refreshKeepsPersistentIndex()
{
    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(KeyTableModel::Name, Qt::AscendingOrder);
    fill(model);
    const QByteArray k05 = idOf(u"k05"_s);
    const QPersistentModelIndex source = model.index(model.rowOfId(k05), KeyTableModel::Cost);
    const QPersistentModelIndex viaProxy = proxy.mapFromSource(model.index(model.rowOfId(k05), 0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Remove every key before k05 in the model's order, rename k05, add a key: no reset.
    QList<relay::KeyEntry> next;
    bool seen = false;
    for (relay::KeyEntry e : m_data.keys) {
        if (e.id == k05) {
            seen = true;
            e.key.setName(u"k05-renamed"_s);
        }
        if (seen)
            next << e;
    }
    QVERIFY(next.size() < m_data.keys.size());
    relay::KeyEntry added = m_data.keys.first();
    added.id = "00000000-0000-4000-8000-0000000000aa";
    next.prepend(added);
    model.updateKeys(next);

    QCOMPARE(reset.count(), 0);
    QVERIFY(source.isValid());
    QCOMPARE(source.data(KeyTableModel::KeyIdRole).toByteArray(), k05);
    QCOMPARE(source.column(), int(KeyTableModel::Cost));
    QVERIFY(viaProxy.isValid());
    QCOMPARE(viaProxy.data(KeyTableModel::KeyIdRole).toByteArray(), k05);
    QCOMPARE(viaProxy.data().toString(), u"k05-renamed"_s);
    QCOMPARE(model.rowOfId(k05), source.row());
}

void TestKeyTableModel::limitsAndTooltip()
{
    KeyTableModel model;
    fill(model);
    const int k01 = model.rowOfId(idOf(u"k01"_s));
    const QModelIndex limits = model.index(k01, KeyTableModel::Limits);
    QCOMPARE(limits.data(KeyTableModel::LimitFractionRole).toDouble(), 1.340625 / 10);
    QCOMPARE(limits.data(KeyTableModel::LimitLabelRole).toString(), u"Daily cost"_s);
    QCOMPARE(limits.data(KeyTableModel::LimitTextRole).toString(), u"$1.34 / $10.00"_s);
    QVERIFY(!limits.data(KeyTableModel::WindowEndRole).isValid());
    const QString tip = limits.data(Qt::ToolTipRole).toString();
    for (const QString& line :
         {u"Daily cost: $1.34 / $10.00 (13.4%)"_s, u"Total cost: $1.41 / $100.00"_s,
          u"Weekly Opus cost: $0.06 / $20.00"_s, u"Requests per 60-min window: 0 / 100"_s,
          u"Tokens per 60-min window: 0 / 1,000,000"_s, u"Cost per 60-min window: $0.00 / $5.50"_s,
          u"not checked: the token limit takes precedence"_s, u"Concurrency: 0 / 5"_s,
          u"Rate window: not started"_s})
        QVERIFY2(tip.contains(line), qPrintable(tip));

    const int k07 = model.rowOfId(idOf(u"k07"_s));
    QCOMPARE(model.index(k07, KeyTableModel::Limits).data(KeyTableModel::LimitFractionRole).toDouble(), -1.0);
    QCOMPARE(model.index(k07, KeyTableModel::Limits).data().toString(), u"∞ no limit"_s);

    // Other cells: accounts with a missing one flagged, last used with its account, expiry colours.
    const int k09 = model.rowOfId(idOf(u"k09"_s));
    const QString accounts = model.index(k09, KeyTableModel::Accounts).data(Qt::ToolTipRole).toString();
    QVERIFY2(accounts.contains(u"Claude Console: Console Team Account"_s), qPrintable(accounts));
    QVERIFY2(accounts.contains(u"(account missing)"_s), qPrintable(accounts)); // acc-droid-01 does not exist
    QCOMPARE(model.index(k09, KeyTableModel::Name).data(KeyTableModel::BindingsRole).toStringList().size(),
             5);
    QVERIFY(model.index(k09, KeyTableModel::LastUsed)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"acc-gone-01 (deleted)"_s));
    QCOMPARE(model.index(k01, KeyTableModel::LastUsed).data(KeyTableModel::SecondLineRole).toString(),
             u"Claude Max #1 (Claude)"_s);
    const int k06 = model.rowOfId(idOf(u"k06"_s));
    QCOMPARE(model.index(k06, KeyTableModel::Expires).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xdc, 0x26, 0x26));
    QCOMPARE(model.index(k06, KeyTableModel::Status).data().toString(), u"expired"_s);
    const int k03 = model.rowOfId(idOf(u"k03"_s));
    QCOMPARE(model.index(k03, KeyTableModel::Expires).data().toString(), u"not activated (30 day(s))"_s);
    const int k05 = model.rowOfId(idOf(u"k05"_s));
    QCOMPARE(model.index(k05, KeyTableModel::Name).data(KeyTableModel::SecondLineRole).toString(),
             u"Alice Example"_s);
    QCOMPARE(model.index(k05, KeyTableModel::Name).data(KeyTableModel::OwnerIdRole).toString(),
             QString::fromLatin1(AliceId));
    QCOMPARE(model.index(k01, KeyTableModel::Tokens).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!model.index(k01, KeyTableModel::Name)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull()); // data URL icon

    // An expiry within 7 days is orange.
    model.setNow(QDateTime(QDate(2098, 12, 28), QTime(0, 0), QTimeZone::utc()));
    const int k13 = model.rowOfId(idOf(u"k13"_s));
    QCOMPARE(model.index(k13, KeyTableModel::Expires).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xea, 0x58, 0x0c));
}

void TestKeyTableModel::windowCountdownTicks()
{
    // k09: a 1-minute window with 10 requests. Start a window 18 s before the fixture instant.
    const QByteArray id = idOf(u"k09"_s);
    const qint64 start = Fixtures::viewInstant().toMSecsSinceEpoch() - 18'000;
    QCOMPARE(
        m_server.command({"SET", relay::KeySchema::rateLimitWindowStart(id), QByteArray::number(start)}, Db),
        "OK"_ba);
    QCOMPARE(m_server.command({"SET", relay::KeySchema::rateLimitRequests(id), "4"}, Db), "OK"_ba);
    const ReadResult r = read();
    m_server.command(
        {"DEL", relay::KeySchema::rateLimitWindowStart(id), relay::KeySchema::rateLimitRequests(id)}, Db);

    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(Fixtures::viewInstant());
    model.setDirectories(r.accounts, r.users);
    model.setKeys(r.keys);
    const int row = model.rowOfId(id);
    const QModelIndex limits = model.index(row, KeyTableModel::Limits);
    QCOMPARE(limits.data(KeyTableModel::WindowEndRole).toDateTime(),
             QDateTime::fromMSecsSinceEpoch(start + 60'000, QTimeZone::utc()));
    QCOMPARE(limits.data(KeyTableModel::SecondLineRole).toString(), u"window 0:42 left"_s);
    QCOMPARE(limits.data(KeyTableModel::LimitFractionRole).toDouble(), 0.4);
    QCOMPARE(limits.data(KeyTableModel::LimitTextRole).toString(), u"4 / 10"_s);
    QVERIFY(limits.data(Qt::ToolTipRole).toString().contains(u"42 left"_s) ||
            limits.data(Qt::ToolTipRole).toString().contains(u"0:42 left"_s));

    // A tick: only Status/Limits/Expires cells change, and the countdown moves.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(Fixtures::viewInstant().addSecs(10));
    QVERIFY(changed.count() > 0);
    for (const QList<QVariant>& args : changed) {
        const QModelIndex a = args.at(0).toModelIndex();
        const QModelIndex b = args.at(1).toModelIndex();
        QCOMPARE(a.column(), b.column());
        QVERIFY(a.column() == KeyTableModel::Status || a.column() == KeyTableModel::Limits ||
                a.column() == KeyTableModel::Expires);
    }
    QCOMPARE(changed.count(), 1); // just k09's limits: nothing else depends on these 10 seconds
    QCOMPARE(limits.data(KeyTableModel::SecondLineRole).toString(), u"window 0:32 left"_s);

    // The window ends: no countdown, the counters no longer count.
    model.setNow(Fixtures::viewInstant().addSecs(43));
    QVERIFY(!limits.data(KeyTableModel::WindowEndRole).isValid());
    QVERIFY(limits.data(KeyTableModel::SecondLineRole).toString().isEmpty());
    QCOMPARE(limits.data(KeyTableModel::LimitFractionRole).toDouble(), 0.0);
}

void TestKeyTableModel::screenshot()
{
    const QByteArray k09 = idOf(u"k09"_s);
    const qint64 start = Fixtures::viewInstant().toMSecsSinceEpoch() - 18'000;
    m_server.command({"SET", relay::KeySchema::rateLimitWindowStart(k09), QByteArray::number(start)}, Db);
    m_server.command({"SET", relay::KeySchema::rateLimitRequests(k09), "9"}, Db);
    const ReadResult r = read();
    m_server.command(
        {"DEL", relay::KeySchema::rateLimitWindowStart(k09), relay::KeySchema::rateLimitRequests(k09)}, Db);

    KeyTableModel model;
    KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setNow(Fixtures::viewInstant());
    model.setDirectories(r.accounts, r.users);
    model.setKeys(r.keys);
    QTableView view;
    view.setModel(&proxy);
    installKeyTableDelegates(&view);
    view.setSortingEnabled(true);
    view.sortByColumn(KeyTableModel::Cost, Qt::DescendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.horizontalHeader()->setStretchLastSection(true);
    view.resize(1280, 600);
    view.selectRow(1);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(view.grab().save(dir + u"/key-table.png"_s));
}

QTEST_MAIN(TestKeyTableModel)
#include "tst_keytablemodel.moc"
