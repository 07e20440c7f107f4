// The charts offscreen against a private Redis loaded with a fixture, at the fixture's fixed instant:
// the detail pane's Charts tab for k01 and the Dashboard tab show the numbers of the underlying keys
// (read here through hiredis, not through core), switching key or range drops the stale load,
// tooltips carry exact values, clicking a ranked key selects it, and the GUI export of the whole key
// list parses back to the same numbers, with a name full of commas, quotes, a newline and Chinese
// characters intact and no plaintext key anywhere. Screenshots, light and dark:
// $RKA_ARTIFACTS/charts-key.png, dashboard.png, charts-key-dark.png, dashboard-dark.png (and the window
// with the Charts tab, charts-window.png).

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "KeyTableModel.h"
#include "MainWindow.h"
#include "charts/ChartView.h"
#include "charts/DashboardWidget.h"
#include "charts/KeyChartsWidget.h"
#include "charts/LimitRankModel.h"
#include "charts/ModelUsageModel.h"

#include "relay/KeyWriter.h"
#include "support/Clock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::ui;
using namespace rka::test;

namespace {

const QString OddName = u"Team \"A\", 北京 研发部\n第二行, 成本 ✓"_s;

QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x29));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2e, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2e, 0x33));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void formats();
    void keyChartsShowTheKeys();
    void switchingKeysDropsTheStaleLoad();
    void dashboardShowsTheCostKeys();
    void exportParsesBackWithTheSameNumbers_data();
    void exportParsesBackWithTheSameNumbers();
    void screenshots();

private:
    void load(const QString& release);
    void open(MainWindow& w);
    QByteArray idOf(const QString& namePrefix);
    double cost(const QByteArray& key);
    qint64 field(const QByteArray& key, const QByteArray& name);
    QStringList days(int count) const;
    void showCharts(MainWindow& w, const QString& keyPrefix);
    void saveShot(QWidget* widget, const QString& name);

    RedisServer m_server;
    QString m_release = u"1.1.314"_s;
};

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_server.start());
}

void TestCharts::init()
{
    load(u"1.1.314"_s);
    support::Clock::setInstance(std::make_shared<support::FixedClock>(Fixtures::viewInstant()));
}

void TestCharts::cleanup()
{
    support::Clock::setInstance(nullptr);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestCharts::load(const QString& release)
{
    m_release = release;
    m_server.command({"FLUSHDB"});
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(release, u"seed.redis"_s), 0, &error),
             qPrintable(error));
}

void TestCharts::open(MainWindow& w)
{
    support::Profile p;
    p.name = u"fixture"_s;
    p.connection.host = u"127.0.0.1"_s;
    p.connection.port = m_server.port();
    p.operatorName = u"tester"_s;
    p.service.timezoneOffset = 8;
    w.resize(1280, 800);
    w.show();
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.openSession(p, QString(), Fixtures::encryptionKey());
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));
}

QByteArray TestCharts::idOf(const QString& namePrefix)
{
    for (const QByteArray& k : m_server.commandList({"KEYS", "apikey:*"})) {
        if (k.size() != 43)
            continue;
        if (QString::fromUtf8(m_server.command({"HGET", k, "name"})).startsWith(namePrefix))
            return k.mid(7);
    }
    return {};
}

double TestCharts::cost(const QByteArray& key)
{
    const QByteArray v = m_server.command({"GET", key});
    return v == "(nil)" ? 0.0 : v.toDouble();
}

qint64 TestCharts::field(const QByteArray& key, const QByteArray& name)
{
    const QByteArray v = m_server.command({"HGET", key, name});
    return v == "(nil)" ? 0 : v.toLongLong();
}

QStringList TestCharts::days(int count) const
{
    const QDate today = Fixtures::viewInstant().addSecs(8 * 3600).date(); // the service's UTC+8 date
    QStringList out;
    for (int i = count - 1; i >= 0; --i)
        out << today.addDays(-i).toString(u"yyyy-MM-dd"_s);
    return out;
}

void TestCharts::showCharts(MainWindow& w, const QString& keyPrefix)
{
    KeyChartsWidget* charts = w.chartsPane();
    QSignalSpy loaded(charts, &KeyChartsWidget::loaded);
    w.selectIds({idOf(keyPrefix)});
    auto* tabs = qobject_cast<QTabWidget*>(charts->parentWidget()->parentWidget());
    QVERIFY(tabs);
    tabs->setCurrentWidget(charts);
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0 && !charts->isLoading(); }, 10000));
}

void TestCharts::saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QTest::qWait(50);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

void TestCharts::formats()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(ChartView::formatValue(0.703125, ChartUnit::Currency, en), u"$0.703125"_s);
    QCOMPARE(ChartView::formatValue(1.2825, ChartUnit::Currency, en), u"$1.2825"_s);
    QCOMPARE(ChartView::formatValue(12, ChartUnit::Currency, en), u"$12.00"_s);
    QCOMPARE(ChartView::formatValue(0.005444999999999999, ChartUnit::Currency, en), u"$0.005445"_s);
    QCOMPARE(ChartView::formatValue(211000, ChartUnit::Tokens, en), u"211,000"_s);
    QCOMPARE(ChartView::formatAxisValue(200000, ChartUnit::Tokens, 50000, en), u"200K"_s);
    QCOMPARE(ChartView::formatAxisValue(0.2, ChartUnit::Currency, 0.2, en), u"$0.20"_s);
    // The number format follows the UI language.
    const QLocale de(QLocale::German, QLocale::Germany);
    QVERIFY2(ChartView::formatValue(1234.5, ChartUnit::Currency, de).contains(u"1.234,50"_s),
             qPrintable(ChartView::formatValue(1234.5, ChartUnit::Currency, de)));
    QCOMPARE(ChartView::formatValue(211000, ChartUnit::Tokens, de), u"211.000"_s);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    QCOMPARE(ChartView::formatValue(211000, ChartUnit::Tokens, zh), u"211,000"_s);
    QCOMPARE(ChartView::niceStep(0.703125, 4), 0.2);
    QCOMPARE(ChartView::niceStep(211000, 4), 100000.0);
}

void TestCharts::keyChartsShowTheKeys()
{
    MainWindow w(nullptr);
    open(w);
    showCharts(w, u"k01"_s);
    KeyChartsWidget* charts = w.chartsPane();
    const QByteArray k01 = idOf(u"k01"_s);
    QCOMPARE(charts->keyId(), k01);
    QCOMPARE(charts->rangeDays(), 30);

    // Cost per day: 30 bars, each the key's usage:cost:daily string for that service date.
    const QStringList d30 = days(30);
    const ChartData cost = charts->costChart()->data();
    QCOMPARE(cost.kind, ChartData::Kind::Bars);
    QCOMPARE(cost.unit, ChartUnit::Currency);
    QCOMPARE(cost.categories.size(), 30);
    QCOMPARE(cost.series.size(), 1);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(cost.series.first().values.at(i),
                 this->cost("usage:cost:daily:" + k01 + ':' + d30.at(i).toLatin1()));
    QCOMPARE(cost.series.first().values.last(), 0.703125);
    QCOMPARE(cost.series.first().values.at(28), 0.00384); // 02-01, the first day of the month
    QCOMPARE(cost.series.first().values.at(27), 0.0); // 01-31, no request
    QVERIFY(charts->costChart()->isShowingChart());
    // Tooltips give the exact value and the service's date.
    QCOMPARE(charts->costChart()->toolTipText(0, 29), u"2026-02-02 (Mon): $0.703125"_s);
    QCOMPARE(charts->costChart()->toolTipText(0, 27), u"2026-01-31 (Sat): $0.00"_s);

    // Cost per hour: the last 168 service hours.
    const ChartData hourly = charts->hourlyChart()->data();
    QCOMPARE(hourly.categories.size(), 168);
    QCOMPARE(hourly.categories.last(), u"2026-02-02, 18:00–18:59"_s);
    double hourlySum = 0;
    for (double v : hourly.series.first().values)
        hourlySum += v;
    QVERIFY(qAbs(hourlySum - (0.019875 + 0.042 + 0.00384 + 0.703125)) < 1e-12);

    // Requests and tokens per day, with the split.
    const ChartData requests = charts->requestsChart()->data();
    const ChartData tokens = charts->tokensChart()->data();
    QCOMPARE(tokens.kind, ChartData::Kind::StackedBars);
    QCOMPARE(tokens.series.size(), 4);
    for (int i = 0; i < 30; ++i) {
        const QByteArray hash = "usage:daily:" + k01 + ':' + d30.at(i).toLatin1();
        QCOMPARE(qint64(requests.series.first().values.at(i)), field(hash, "requests"));
        QCOMPARE(qint64(tokens.series.at(0).values.at(i)), field(hash, "inputTokens"));
        QCOMPARE(qint64(tokens.series.at(1).values.at(i)), field(hash, "outputTokens"));
        QCOMPARE(qint64(tokens.series.at(2).values.at(i)), field(hash, "cacheCreateTokens"));
        QCOMPARE(qint64(tokens.series.at(3).values.at(i)), field(hash, "cacheReadTokens"));
    }
    const QString tip = charts->tokensChart()->toolTipText(1, 29);
    QVERIFY2(tip.contains(u"Input: 211,000"_s) && tip.contains(u"Total: 212,800"_s), qPrintable(tip));

    // The model split: four models in 30 days, with cost in 1.1.314.
    ModelUsageModel* models = charts->modelTable();
    QAbstractItemModelTester tester(models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(models->rowCount(), 4);
    QVERIFY(models->costKnown());
    QCOMPARE(models->index(0, ModelUsageModel::Model).data().toString(), u"claude-sonnet-4-20250514[1m]"_s);
    QCOMPARE(models->index(0, ModelUsageModel::Cost).data().toString(), u"$0.645"_s);
    const QByteArray sonnet = "usage:" + k01 + ":model:daily:claude-sonnet-4-20250514:";
    QCOMPARE(models->index(1, ModelUsageModel::Model).data().toString(), u"claude-sonnet-4-20250514"_s);
    QCOMPARE(models->index(1, ModelUsageModel::Tokens).data(ModelUsageModel::SortRole).toLongLong(),
             field(sonnet + "2026-01-29", "allTokens") + field(sonnet + "2026-02-01", "allTokens"));
    QCOMPARE(charts->modelChart()->data().kind, ChartData::Kind::Pie);
    // (no test depends on plural forms that no translation provides yet)
    QVERIFY2(charts->summaryText().startsWith(u"Cost $0.76884 · 5 request"_s),
             qPrintable(charts->summaryText()));
    QVERIFY2(charts->summaryText().endsWith(u" · 226,318 tokens"_s), qPrintable(charts->summaryText()));

    // 7 days, then 90: the range switches and reloads.
    QSignalSpy loaded(charts, &KeyChartsWidget::loaded);
    charts->rangeCombo()->setCurrentIndex(0);
    QTRY_VERIFY(loaded.count() == 1 && !charts->isLoading());
    QCOMPARE(charts->series().days, days(7));
    QCOMPARE(charts->costChart()->data().categories.size(), 7);
    charts->setRangeDays(90);
    QTRY_VERIFY(loaded.count() == 2 && !charts->isLoading());
    QCOMPARE(charts->series().dailyCost.size(), 90);
    QCOMPARE(charts->series().dailyCost.first(), 0.0); // older than the service keeps: zero
}

void TestCharts::switchingKeysDropsTheStaleLoad()
{
    MainWindow w(nullptr);
    open(w);
    showCharts(w, u"k08"_s);
    KeyChartsWidget* charts = w.chartsPane();
    QSignalSpy loaded(charts, &KeyChartsWidget::loaded);
    // Three keys in a row, each selection before the previous load could answer.
    w.selectIds({idOf(u"k01"_s)});
    w.selectIds({idOf(u"k09"_s)});
    w.selectIds({idOf(u"k13"_s)});
    QTRY_VERIFY(loaded.count() >= 1 && !charts->isLoading());
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1); // only the last load answered
    QCOMPARE(charts->series().id, idOf(u"k13"_s));
    QCOMPARE(charts->series().dailyCost.at(28), 0.034245); // k13's legacy request on 02-01
}

void TestCharts::dashboardShowsTheCostKeys()
{
    MainWindow w(nullptr);
    open(w);
    DashboardWidget* dash = w.dashboard();
    QSignalSpy loaded(dash, &DashboardWidget::loaded);
    w.tabs()->setCurrentWidget(dash);
    QTRY_VERIFY(loaded.count() == 1 && !dash->isLoading());
    QCOMPARE(dash->range().range, relay::StatsRange::Last30Days);

    // The key ids and which are in the trash, read here.
    QList<QByteArray> ids;
    QSet<QByteArray> deleted;
    for (const QByteArray& k : m_server.commandList({"KEYS", "apikey:*"})) {
        if (k.size() != 43)
            continue;
        ids << k.mid(7);
        if (m_server.command({"HGET", k, "isDeleted"}) == "true")
            deleted.insert(k.mid(7));
    }
    QCOMPARE(ids.size(), 13);

    // Total cost per day over the last 30 days.
    const QStringList d30 = days(30);
    const ChartData daily = dash->dailyChart()->data();
    QCOMPARE(daily.categories.size(), 30);
    for (int j = 0; j < 30; ++j) {
        double sum = 0;
        for (const QByteArray& id : std::as_const(ids))
            sum += cost("usage:cost:daily:" + id + ':' + d30.at(j).toLatin1());
        QVERIFY(qAbs(daily.series.first().values.at(j) - sum) < 1e-12);
    }

    // Top N for each range against a ranking computed here from the cost keys.
    auto ranking = [&](const QStringList& rangeDays, bool allTime) {
        QList<std::pair<QByteArray, double>> r;
        for (const QByteArray& id : std::as_const(ids)) {
            if (deleted.contains(id))
                continue;
            double c = 0;
            if (allTime)
                c = cost("usage:cost:total:" + id);
            for (const QString& d : rangeDays)
                c += cost("usage:cost:daily:" + id + ':' + d.toLatin1());
            if (c > 0)
                r.append({id, c});
        }
        std::sort(r.begin(), r.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        return r;
    };
    auto check = [&](const relay::RangeSpec& spec, const QStringList& rangeDays, int n,
                     QList<relay::RankedKey>* out = nullptr) {
        dash->setTopCount(n);
        const int before = int(loaded.count());
        dash->setRange(spec);
        QTRY_VERIFY(loaded.count() == before + 1 && !dash->isLoading());
        const auto expected = ranking(rangeDays, spec.range == relay::StatsRange::AllTime);
        const QList<relay::RankedKey> top = dash->topKeys();
        QCOMPARE(top.size(), std::min<qsizetype>(n, expected.size()));
        for (int i = 0; i < top.size(); ++i) {
            QCOMPARE(top.at(i).id, expected.at(i).first);
            QVERIFY(qAbs(top.at(i).cost - expected.at(i).second) < 1e-12);
        }
        const ChartData chart = dash->topChart()->data();
        QCOMPARE(chart.kind, ChartData::Kind::HorizontalBars);
        QCOMPARE(chart.categories.size(), top.size());
        if (out)
            *out = top;
    };
    relay::RangeSpec spec;
    spec.range = relay::StatsRange::Today;
    QList<relay::RankedKey> today;
    check(spec, days(1), 10, &today);
    QCOMPARE(today.size(), 4); // k01, k02, k08, k09 spent on 02-02
    QCOMPARE(today.first().id, idOf(u"k01"_s));
    spec.range = relay::StatsRange::Last7Days;
    check(spec, days(7), 3);
    spec.range = relay::StatsRange::AllTime;
    check(spec, {}, 5);
    spec.range = relay::StatsRange::Custom;
    spec.from = QDate(2026, 1, 30);
    spec.to = QDate(2026, 2, 1);
    QList<relay::RankedKey> custom;
    check(spec, {u"2026-01-30"_s, u"2026-01-31"_s, u"2026-02-01"_s}, 10, &custom);
    QCOMPARE(custom.size(), 6); // k01, k04, k05, k09 on 01-30; k11 and k13 on 02-01
    QCOMPARE(custom.first().id, idOf(u"k01"_s)); // 0.042 + 0.00384
    QCOMPARE(dash->topChart()->toolTipText(0, 0), u"k01-full-options: $0.04584"_s);

    // The model mix (cost per model in 1.1.314) and the keys closest to their limits.
    spec.range = relay::StatsRange::Last30Days;
    check(spec, d30, 10);
    QCOMPARE(dash->modelTable()->rowCount(), 8);
    QVERIFY(dash->modelTable()->costKnown());
    QCOMPARE(dash->modelChart()->data().unit, ChartUnit::Tokens);
    QCOMPARE(dash->modelTable()->index(0, ModelUsageModel::Model).data().toString(),
             u"claude-sonnet-4-20250514[1m]"_s);
    QCOMPARE(dash->modelTable()->index(0, ModelUsageModel::Cost).data().toString(), u"$0.645"_s);
    LimitRankModel* limits = dash->limitModel();
    QAbstractItemModelTester tester(limits, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(limits->rowCount() >= 3);
    // k01's tightest limit: the daily $10 (0.703125 used) beats total $100 and weekly $20 (the weekly
    // cost key of the new period holds 0.058125 in this seed).
    const int k01Row = [&] {
        for (int r = 0; r < limits->rowCount(); ++r)
            if (limits->idAt(r) == idOf(u"k01"_s))
                return r;
        return -1;
    }();
    QVERIFY(k01Row >= 0);
    QVERIFY2(limits->rows().at(k01Row).value.startsWith(u"$0.70 / $10.00"_s),
             qPrintable(limits->rows().at(k01Row).value));
    for (int r = 1; r < limits->rowCount(); ++r)
        QVERIFY(limits->rows().at(r - 1).fraction >= limits->rows().at(r).fraction);
    for (const LimitRankModel::Row& r : limits->rows())
        QVERIFY(!deleted.contains(r.id));

    // Clicking a ranked key selects it, as does clicking a row of the limits.
    QSignalSpy ranked(dash, &DashboardWidget::keyActivated);
    emit dash->topChart()->categoryClicked(0);
    QCOMPARE(ranked.count(), 1);
    QCOMPARE(ranked.first().first().toByteArray(), dash->topKeys().first().id);
    QCOMPARE(w.selectedIds(), QList<QByteArray> {dash->topKeys().first().id});
    w.tabs()->setCurrentWidget(dash);

    // "Save as PNG": the chart as it is shown.
    QTemporaryDir pngDir;
    const QString png = pngDir.filePath(u"top.png"_s);
    QVERIFY(dash->topChart()->saveImage(png));
    const QImage image(png);
    QCOMPARE(image.size(), dash->topChart()->size() * dash->topChart()->devicePixelRatio());

    // Clicking a row selects the key in the key table.
    const QByteArray target = limits->idAt(k01Row);
    QSignalSpy activated(dash, &DashboardWidget::keyActivated);
    QTest::mouseClick(dash->limitView()->viewport(), Qt::LeftButton, {},
                      dash->limitView()->visualRect(limits->index(k01Row, 0)).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(w.tabs()->currentIndex(), 0);
    QCOMPARE(w.selectedIds(), QList<QByteArray> {target});
}

void TestCharts::exportParsesBackWithTheSameNumbers_data()
{
    QTest::addColumn<QString>("release");
    QTest::newRow("1.1.235") << u"1.1.235"_s;
    QTest::newRow("1.1.314") << u"1.1.314"_s;
}

void TestCharts::exportParsesBackWithTheSameNumbers()
{
    QFETCH(QString, release);
    load(release);
    MainWindow w(nullptr);
    open(w);
    QVERIFY(w.action(u"exportCsv"_s)->isEnabled());

    // A key whose name has commas, quotes, a newline and Chinese characters: created through the GUI's
    // own writer (which refuses line breaks in names), then renamed the way the service's admin API
    // may store it (any string), and the list read again.
    relay::ApiKey settings;
    settings.setName(QString(OddName).replace(u'\n', u' '));
    std::optional<relay::WriteResult> created;
    w.session()->writer()->create(settings, [&](const relay::WriteResult& r) { created = r; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
    QStringList issues;
    for (const relay::ValidationIssue& i : created->issues)
        issues << i.message;
    QVERIFY2(created->ok(), qPrintable(created->message + u' ' + issues.join(u"; "_s)));
    const QByteArray oddId = created->keyIds.value(0);
    QList<QByteArray> plaintexts = created->plaintextKeys;
    QCOMPARE(plaintexts.size(), 1);
    QCOMPARE(m_server.command({"HSET", "apikey:" + oddId, "name", OddName.toUtf8()}), "0");
    QSignalSpy reloaded(&w, &MainWindow::keysLoaded);
    w.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() == 1, 15000);

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"keys.csv"_s);
    const QString jsonPath = dir.filePath(u"keys.json"_s);
    QString error;
    QVERIFY2(w.exportKeyList(csvPath, MainWindow::ExportFormat::Csv, &error), qPrintable(error));
    QVERIFY2(w.exportKeyList(jsonPath, MainWindow::ExportFormat::Json, &error), qPrintable(error));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csv = csvFile.readAll();
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray json = jsonFile.readAll();

    // No plaintext key and no stored hash anywhere.
    for (const QJsonValue& k :
         Fixtures::json(release, u"seed-keys.json"_s).object().value(u"keys"_s).toArray()) {
        const QJsonObject o = k.toObject();
        for (const QString& f : {u"apiKey"_s, u"plaintext"_s, u"hashedKey"_s, u"hash"_s, u"key"_s}) {
            const QByteArray secret = o.value(f).toString().toUtf8();
            if (secret.size() >= 32) {
                QVERIFY2(!csv.contains(secret), f.toUtf8().constData());
                QVERIFY2(!json.contains(secret), f.toUtf8().constData());
            }
        }
    }
    for (const QByteArray& p : std::as_const(plaintexts)) {
        QVERIFY(!csv.contains(p) && !json.contains(p));
        QVERIFY(!csv.contains(p.mid(3)) && !json.contains(p.mid(3)));
    }
    const QByteArray oddHash = m_server.command({"HGET", "apikey:" + oddId, "apiKey"});
    QCOMPARE(oddHash.size(), 64);
    QVERIFY(!csv.contains(oddHash) && !json.contains(oddHash));

    // CSV: every non-deleted key once, the same numbers as the keys in Redis.
    const QList<QStringList> rows = parseCsv(csv);
    QVERIFY(rows.size() >= 2);
    const QStringList header = rows.first();
    auto col = [&](const QString& name) { return header.indexOf(name); };
    QVERIFY(col(u"id"_s) == 0 && col(u"requests"_s) > 0 && col(u"totalCost"_s) > 0);
    QCOMPARE(rows.size() - 1, 13); // 12 fixture keys (k10 is in the trash) and the new one
    bool oddFound = false;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList& r = rows.at(i);
        QCOMPARE(r.size(), header.size());
        const QByteArray id = r.at(col(u"id"_s)).toLatin1();
        QCOMPARE(r.at(col(u"name"_s)), QString::fromUtf8(m_server.command({"HGET", "apikey:" + id, "name"})));
        QCOMPARE(r.at(col(u"requests"_s)).toLongLong(), field("usage:" + id, "totalRequests"));
        QCOMPARE(r.at(col(u"tokens"_s)).toLongLong(), field("usage:" + id, "totalAllTokens"));
        QCOMPARE(r.at(col(u"inputTokens"_s)).toLongLong(), field("usage:" + id, "totalInputTokens"));
        QCOMPARE(r.at(col(u"cacheReadTokens"_s)).toLongLong(), field("usage:" + id, "totalCacheReadTokens"));
        QCOMPARE(r.at(col(u"todayCost"_s)).toDouble(), cost("usage:cost:daily:" + id + ":2026-02-02"));
        QCOMPARE(r.at(col(u"monthCost"_s)).toDouble(), cost("usage:cost:monthly:" + id + ":2026-02"));
        QCOMPARE(r.at(col(u"totalCost"_s)).toDouble(), cost("usage:cost:total:" + id));
        if (id == oddId) {
            QCOMPARE(r.at(col(u"name"_s)), OddName);
            oddFound = true;
        }
    }
    QVERIFY(oddFound);

    // JSON: the same keys and numbers.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.array().size(), 13);
    oddFound = false;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QByteArray id = o.value(u"id"_s).toString().toLatin1();
        QVERIFY(!o.contains(u"apiKey"_s));
        const QJsonObject total = o.value(u"usage"_s).toObject().value(u"total"_s).toObject();
        QCOMPARE(total.value(u"requests"_s).toInteger(), field("usage:" + id, "totalRequests"));
        QCOMPARE(total.value(u"allTokens"_s).toInteger(), field("usage:" + id, "totalAllTokens"));
        QCOMPARE(o.value(u"totalCost"_s).toDouble(), cost("usage:cost:total:" + id));
        QCOMPARE(o.value(u"dailyCost"_s).toDouble(), cost("usage:cost:daily:" + id + ":2026-02-02"));
        if (id == oddId) {
            QCOMPARE(o.value(u"name"_s).toString(), OddName);
            oddFound = true;
        }
    }
    QVERIFY(oddFound);

    // Without a loaded list there is nothing to export.
    w.closeSession();
    QVERIFY(!w.exportKeyList(csvPath, MainWindow::ExportFormat::Csv, &error));
    QVERIFY(!w.action(u"exportCsv"_s)->isEnabled());
}

void TestCharts::screenshots()
{
    MainWindow w(nullptr);
    open(w);
    showCharts(w, u"k01"_s);
    saveShot(&w, u"charts-window.png"_s);

    // The per-key charts at full height, next to the same window's connection.
    KeyChartsWidget charts;
    charts.resize(760, 1760);
    charts.show();
    QSignalSpy loaded(&charts, &KeyChartsWidget::loaded);
    charts.load(w.session()->connection(), idOf(u"k01"_s), u"k01-full-options"_s,
                w.session()->keyModels().value(idOf(u"k01"_s)), 8, Fixtures::viewInstant());
    QTRY_VERIFY(loaded.count() == 1);
    saveShot(&charts, u"charts-key.png"_s);

    QSignalSpy dashLoaded(w.dashboard(), &DashboardWidget::loaded);
    w.resize(1400, 900);
    w.tabs()->setCurrentWidget(w.dashboard());
    QTRY_VERIFY(dashLoaded.count() == 1);
    saveShot(&w, u"dashboard.png"_s);

    // Dark palette: the charts follow the application palette.
    QApplication::setPalette(darkPalette());
    QTest::qWait(50);
    QVERIFY(charts.costChart()->isDark());
    saveShot(&charts, u"charts-key-dark.png"_s);
    saveShot(&w, u"dashboard-dark.png"_s);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
