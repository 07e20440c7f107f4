#include "charts/DashboardWidget.h"

#include "KeyTableDelegates.h"
#include "KeyTableModel.h"
#include "charts/ChartView.h"
#include "charts/KeyChartsWidget.h"
#include "charts/LimitRankModel.h"
#include "charts/ModelUsageModel.h"

#include "redis/Connection.h"
#include "support/Clock.h"
#include "support/ServiceTime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

constexpr int MaxCustomDays = 366;

QDate serviceToday(int timezoneOffset, const QDateTime& now)
{
    return QDate::fromString(support::ServiceTime(timezoneOffset).date(now), u"yyyy-MM-dd"_s);
}

QString elided(const QString& text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + u'…';
}

} // namespace

QStringList DashboardWidget::chartDays(const relay::RangeSpec& range, int timezoneOffset,
                                       const QDateTime& now)
{
    switch (range.range) {
    case relay::StatsRange::Today:
        return relay::ServiceBuckets::lastDays(7, timezoneOffset, now);
    case relay::StatsRange::AllTime:
        return relay::ServiceBuckets::lastDays(30, timezoneOffset, now);
    case relay::StatsRange::Last7Days:
    case relay::StatsRange::Last30Days:
    case relay::StatsRange::Custom:
        break;
    }
    return relay::RangeStatsReader::dates(range, timezoneOffset, now);
}

DashboardWidget::DashboardWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"dashboard"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);

    auto* bar = new QHBoxLayout;
    m_rangeLabel = new QLabel;
    m_range = new QComboBox;
    m_range->setObjectName(u"dashboardRange"_s);
    for (relay::StatsRange r :
         {relay::StatsRange::Today, relay::StatsRange::Last7Days, relay::StatsRange::Last30Days,
          relay::StatsRange::AllTime, relay::StatsRange::Custom})
        m_range->addItem(QString(), int(r));
    m_range->setCurrentIndex(2);
    m_fromLabel = new QLabel;
    m_from = new QDateEdit;
    m_from->setObjectName(u"dashboardFrom"_s);
    m_toLabel = new QLabel;
    m_to = new QDateEdit;
    m_to->setObjectName(u"dashboardTo"_s);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_topLabel = new QLabel;
    m_topCount = new QSpinBox;
    m_topCount->setObjectName(u"dashboardTopCount"_s);
    m_topCount->setRange(1, 100);
    m_topCount->setValue(10);
    m_refresh = new QPushButton;
    m_refresh->setObjectName(u"dashboardRefresh"_s);
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_topLabel);
    bar->addWidget(m_topCount);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    m_status = new QLabel;
    m_status->setObjectName(u"dashboardStatus"_s);
    bar->addWidget(m_status);
    outer->addLayout(bar);
    m_summary = new QLabel;
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_summary);

    auto* grid = new QGridLayout;
    m_daily = new ChartView;
    m_daily->setObjectName(u"totalCostPerDay"_s);
    m_topChart = new ChartView;
    m_topChart->setObjectName(u"topKeys"_s);
    grid->addWidget(m_daily, 0, 0);
    grid->addWidget(m_topChart, 0, 1);

    auto* modelBox = new QWidget;
    auto* modelLayout = new QVBoxLayout(modelBox);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    m_modelHeading = new QLabel;
    QFont bold = m_modelHeading->font();
    bold.setBold(true);
    m_modelHeading->setFont(bold);
    modelLayout->addWidget(m_modelHeading);
    auto* modelRow = new QHBoxLayout;
    m_modelPie = new ChartView;
    m_modelPie->setObjectName(u"modelMix"_s);
    m_models = new ModelUsageModel(this);
    auto* modelProxy = new QSortFilterProxyModel(this);
    modelProxy->setSourceModel(m_models);
    modelProxy->setSortRole(ModelUsageModel::SortRole);
    m_modelView = new QTableView;
    m_modelView->setObjectName(u"modelMixTable"_s);
    m_modelView->setModel(modelProxy);
    m_modelView->setSortingEnabled(true);
    m_modelView->sortByColumn(ModelUsageModel::Tokens, Qt::DescendingOrder);
    m_modelView->verticalHeader()->hide();
    for (int c : {ModelUsageModel::Input, ModelUsageModel::Output, ModelUsageModel::CacheCreate,
                  ModelUsageModel::CacheRead})
        m_modelView->setColumnHidden(c, true);
    modelRow->addWidget(m_modelPie, 1);
    modelRow->addWidget(m_modelView, 2);
    modelLayout->addLayout(modelRow, 1);
    grid->addWidget(modelBox, 1, 0);

    auto* limitBox = new QWidget;
    auto* limitLayout = new QVBoxLayout(limitBox);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    m_limitHeading = new QLabel;
    m_limitHeading->setFont(bold);
    limitLayout->addWidget(m_limitHeading);
    m_limits = new LimitRankModel(this);
    m_limitView = new QTableView;
    m_limitView->setObjectName(u"limitTable"_s);
    m_limitView->setModel(m_limits);
    m_limitView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_limitView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_limitView->verticalHeader()->hide();
    m_limitView->setItemDelegateForColumn(LimitRankModel::Limit, new LimitBarDelegate(m_limitView));
    m_limitView->verticalHeader()->setDefaultSectionSize(keyTableRowHeight(m_limitView->fontMetrics()));
    m_limitView->horizontalHeader()->setSectionResizeMode(LimitRankModel::Key, QHeaderView::Stretch);
    m_limitView->horizontalHeader()->setSectionResizeMode(LimitRankModel::Limit, QHeaderView::Stretch);
    m_limitView->horizontalHeader()->setSectionResizeMode(LimitRankModel::Used,
                                                          QHeaderView::ResizeToContents);
    limitLayout->addWidget(m_limitView, 1);
    grid->addWidget(limitBox, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    outer->addLayout(grid, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeControls();
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (range().range == relay::StatsRange::Custom)
            reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (range().range == relay::StatsRange::Custom)
            reload();
    });
    connect(m_topCount, &QSpinBox::valueChanged, this, [this] {
        if (m_hasOverview)
            showOverview();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::reload);
    connect(m_topChart, &ChartView::categoryClicked, this, [this](int index) {
        if (index >= 0 && index < m_top.size())
            emit keyActivated(m_top.at(index).id);
    });
    auto activateLimitRow = [this](const QModelIndex& index) {
        if (index.isValid())
            emit keyActivated(m_limits->idAt(index.row()));
    };
    connect(m_limitView, &QTableView::clicked, this, activateLimitRow);
    connect(m_limitView, &QTableView::activated, this, activateLimitRow);

    retranslateUi();
    updateRangeControls();
    clear();
}

DashboardWidget::~DashboardWidget()
{
    m_load.cancel();
}

void DashboardWidget::retranslateUi()
{
    //: The time range of the dashboard
    m_rangeLabel->setText(tr("Range:"));
    for (int i = 0; i < m_range->count(); ++i)
        m_range->setItemText(i, relay::StatsRangeText::name(relay::StatsRange(m_range->itemData(i).toInt())));
    //: Start date of a custom range
    m_fromLabel->setText(tr("From"));
    //: End date of a custom range
    m_toLabel->setText(tr("to"));
    //: How many keys the ranking shows
    m_topLabel->setText(tr("Top:"));
    m_refresh->setText(tr("Refresh"));
    m_modelHeading->setText(tr("Model mix across keys"));
    m_limitHeading->setText(tr("Keys closest to their limits (click to select)"));
    if (m_hasOverview)
        showOverview();
}

void DashboardWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void DashboardWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void DashboardWidget::updateRangeControls()
{
    const bool custom = range().range == relay::StatsRange::Custom;
    for (QWidget* w : std::initializer_list<QWidget*> {m_fromLabel, m_from, m_toLabel, m_to})
        w->setVisible(custom);
}

void DashboardWidget::setSource(redis::Connection* connection, const KeyTableModel* keys, int timezoneOffset)
{
    m_connection = connection;
    m_keys = keys;
    m_timezoneOffset = timezoneOffset;
    // A custom range starts as the last 7 days of the service.
    if (!m_from->property("chosen").toBool()) {
        const QDate today = serviceToday(timezoneOffset, support::Clock::currentDateTimeUtc());
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_to->setDate(today);
        m_from->setDate(today.addDays(-6));
        m_from->setProperty("chosen", true);
    }
    m_dirty = true;
    if (isVisible())
        reload();
}

void DashboardWidget::clear()
{
    m_load.cancel();
    m_loading = false;
    m_hasOverview = false;
    m_overview = {};
    m_top.clear();
    m_models->setModels({}, false);
    m_limits->clear();
    m_summary->clear();
    m_status->clear();
    for (ChartView* c : {m_daily, m_topChart, m_modelPie})
        c->setMessage(QString());
}

void DashboardWidget::setRange(const relay::RangeSpec& r)
{
    const QSignalBlocker b0(m_range);
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    m_range->setCurrentIndex(m_range->findData(int(r.range)));
    if (r.range == relay::StatsRange::Custom) {
        m_from->setDate(r.from);
        m_to->setDate(r.to);
        m_from->setProperty("chosen", true);
    }
    updateRangeControls();
    reload();
}

relay::RangeSpec DashboardWidget::range() const
{
    relay::RangeSpec r;
    r.range = relay::StatsRange(m_range->currentData().toInt());
    if (r.range == relay::StatsRange::Custom) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    return r;
}

void DashboardWidget::setTopCount(int n)
{
    m_topCount->setValue(n);
}

int DashboardWidget::topCount() const
{
    return m_topCount->value();
}

QString DashboardWidget::statusText() const
{
    return m_status->text();
}

QString DashboardWidget::summaryText() const
{
    return m_summary->text();
}

QString DashboardWidget::keyName(const QByteArray& id) const
{
    if (m_keys) {
        const int row = m_keys->rowOfId(id);
        if (row >= 0)
            return m_keys->row(row).name;
    }
    return QString::fromLatin1(id);
}

void DashboardWidget::reload()
{
    m_load.cancel(); // the answer of an older range is dropped
    if (!m_connection || !m_keys) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_now = support::Clock::currentDateTimeUtc();
    relay::RangeSpec r = range();
    if (r.range == relay::StatsRange::Custom) {
        if (r.from > r.to) {
            m_status->setText(tr("The start date is after the end date."));
            return;
        }
        if (r.from.daysTo(r.to) >= MaxCustomDays) {
            m_status->setText(tr("Choose at most %n day(s).", nullptr, MaxCustomDays));
            return;
        }
    }
    relay::CostOverviewRequest request;
    for (int i = 0; i < m_keys->rowCount(); ++i)
        request.ids.append(m_keys->row(i).entry.id);
    request.chartDays = chartDays(r, m_timezoneOffset, m_now);
    request.range = r;
    request.timezoneOffset = m_timezoneOffset;
    request.now = m_now;
    m_loading = true;
    m_status->setText(tr("Loading…"));
    if (!m_hasOverview)
        for (ChartView* c : {m_daily, m_topChart, m_modelPie})
            c->setMessage(tr("Loading…"));
    m_load = relay::UsageSeriesReader::loadOverview(
        *m_connection, request, this,
        [this](const relay::CostOverview& overview, const redis::RedisError& error) {
            onLoaded(overview, error);
        });
}

void DashboardWidget::onLoaded(const relay::CostOverview& overview, const redis::RedisError& error)
{
    m_loading = false;
    if (error) {
        m_status->setText(tr("Could not read the costs: %1").arg(error.message));
        emit loaded();
        return;
    }
    m_overview = overview;
    m_hasOverview = true;
    m_status->clear();
    showOverview();
    emit loaded();
}

void DashboardWidget::showOverview()
{
    const relay::CostOverview& o = m_overview;
    const QString rangeName = relay::StatsRangeText::name(o.range.range);
    const QString rangeText = o.range.range == relay::StatsRange::Custom && !o.rangeDays.isEmpty()
        ? tr("%1 to %2").arg(o.rangeDays.first(), o.rangeDays.last())
        : rangeName;

    // The ranking leaves out keys in the trash, as the service's cost rank does.
    QSet<QByteArray> ranked;
    double rangeTotal = 0;
    int withCost = 0;
    if (m_keys) {
        for (int i = 0; i < m_keys->rowCount(); ++i) {
            const KeyRow& row = m_keys->row(i);
            const double cost = o.rangeCost.value(row.entry.id);
            rangeTotal += cost;
            withCost += cost > 0 ? 1 : 0;
            if (!row.entry.key.isDeleted())
                ranked.insert(row.entry.id);
        }
    }
    m_top = o.top(m_topCount->value(), &ranked);

    //: %1 = the range, %2 = the cost, %3 = "N keys"
    m_summary->setText(tr("%1: %2 spent by %3.")
                           .arg(rangeText, ChartView::formatCurrency(rangeTotal),
                                tr("%n key(s) with cost", nullptr, withCost)));

    ChartData daily;
    daily.kind = ChartData::Kind::Bars;
    daily.unit = ChartUnit::Currency;
    daily.title = o.days.isEmpty()
        ? tr("Total cost per day (USD)")
        : tr("Total cost per day (USD), %1 to %2").arg(o.days.first(), o.days.last());
    for (const QString& d : o.days)
        daily.categories << KeyChartsWidget::dayLabel(d);
    daily.axisLabels = KeyChartsWidget::dayAxisLabels(o.days, 10);
    daily.series = {{tr("Cost"), o.dailyTotal}};
    m_daily->setData(daily);

    if (m_top.isEmpty()) {
        m_topChart->setMessage(tr("No key has a cost in this range (%1).").arg(rangeText));
    } else {
        ChartData top;
        top.kind = ChartData::Kind::HorizontalBars;
        top.unit = ChartUnit::Currency;
        //: %n = how many keys, %1 = the range
        top.title = tr("Top %n key(s) by cost, %1", nullptr, int(m_top.size())).arg(rangeText);
        QList<double> values;
        for (const relay::RankedKey& k : std::as_const(m_top)) {
            const QString name = keyName(k.id);
            top.categories << name;
            top.axisLabels << elided(name, 28) + u"  "_s + ChartView::formatCurrency(k.cost);
            values << k.cost;
        }
        top.series = {{tr("Cost"), values}};
        m_topChart->setData(top);
    }

    m_models->setModels(o.models, o.modelCostKnown);
    m_modelView->resizeColumnsToContents();
    if (o.models.isEmpty()) {
        m_modelPie->setMessage(tr("No usage by model in this range."));
    } else {
        ChartData pie;
        pie.kind = ChartData::Kind::Pie;
        pie.legend = false; // the table next to it shows each model's colour
        pie.unit = ChartUnit::Tokens; // as the table's share; the cost is in the table where known
        pie.title = tr("Tokens by model");
        QList<double> values;
        for (const relay::ModelSplit& m : o.models) {
            pie.categories << m.model;
            values << double(m.tokens.allTokens);
        }
        pie.series = {{tr("Tokens"), values}};
        m_modelPie->setData(pie);
    }

    if (m_keys)
        m_limits->rebuild(*m_keys, std::max(10, m_topCount->value()));
}

} // namespace rka::ui
