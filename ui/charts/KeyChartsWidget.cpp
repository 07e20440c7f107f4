#include "charts/KeyChartsWidget.h"

#include "charts/ChartView.h"
#include "charts/ModelUsageModel.h"

#include "redis/Connection.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

QDate dateOf(const QString& date)
{
    return QDate::fromString(date.left(10), u"yyyy-MM-dd"_s);
}

} // namespace

QString KeyChartsWidget::dayLabel(const QString& date)
{
    const QDate d = dateOf(date);
    if (!d.isValid())
        return date;
    //: A day on a chart: %1 = the date (YYYY-MM-DD), %2 = the short weekday name
    return tr("%1 (%2)").arg(date, QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat));
}

QString KeyChartsWidget::hourLabel(const QString& hour)
{
    // "YYYY-MM-DD:HH" -> "YYYY-MM-DD HH:00–HH:59"
    const QString h = hour.mid(11, 2);
    //: One hour on a chart: %1 = the date, %2 = the hour (00-23)
    return tr("%1, %2:00–%2:59").arg(hour.left(10), h);
}

QStringList KeyChartsWidget::dayAxisLabels(const QStringList& dates, int maxLabels)
{
    const qsizetype n = dates.size();
    int step = 1;
    for (int s : {1, 2, 3, 5, 7, 14, 15, 30, 60, 90}) {
        step = s;
        if ((n + s - 1) / s <= maxLabels)
            break;
    }
    QStringList out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        out.append((n - 1 - i) % step == 0 ? dates.at(i).mid(5) : QString()); // "MM-DD", today labelled
    return out;
}

KeyChartsWidget::KeyChartsWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"keyCharts"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    auto* bar = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(u"chartsTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_range = new QComboBox;
    m_range->setObjectName(u"chartRange"_s);
    for (int days : {7, 30, 90})
        m_range->addItem(QString(), days);
    m_range->setCurrentIndex(1);
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this](int i) { setRangeDays(m_range->itemData(i).toInt()); });
    bar->addWidget(m_title, 1);
    bar->addWidget(m_range);
    outer->addLayout(bar);

    m_status = new QLabel;
    m_status->setObjectName(u"chartsStatus"_s);
    m_status->setWordWrap(true);
    m_summary = new QLabel;
    m_summary->setObjectName(u"chartsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);
    outer->addWidget(m_summary);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto chart = [&](const QString& name) {
        auto* c = new ChartView(content);
        c->setObjectName(name);
        c->setMinimumHeight(230);
        layout->addWidget(c);
        return c;
    };
    m_cost = chart(u"costPerDay"_s);
    m_hourly = chart(u"costPerHour"_s);
    m_requests = chart(u"requestsPerDay"_s);
    m_tokens = chart(u"tokensPerDay"_s);
    m_tokens->setMinimumHeight(260);
    m_modelHeading = new QLabel;
    m_modelHeading->setFont(bold);
    layout->addWidget(m_modelHeading);
    m_modelPie = chart(u"modelSplit"_s);
    m_modelModel = new ModelUsageModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_modelModel);
    proxy->setSortRole(ModelUsageModel::SortRole);
    m_modelView = new QTableView(content);
    m_modelView->setObjectName(u"modelTable"_s);
    m_modelView->setModel(proxy);
    m_modelView->setSortingEnabled(true);
    m_modelView->sortByColumn(ModelUsageModel::Tokens, Qt::DescendingOrder);
    m_modelView->verticalHeader()->hide();
    m_modelView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_modelView);
    m_note = new QLabel;
    m_note->setObjectName(u"retentionNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    retranslateUi();
    clear();
}

KeyChartsWidget::~KeyChartsWidget()
{
    m_load.cancel();
}

void KeyChartsWidget::retranslateUi()
{
    m_range->setItemText(0, tr("Last 7 days"));
    m_range->setItemText(1, tr("Last 30 days"));
    m_range->setItemText(2, tr("Last 90 days"));
    m_range->setToolTip(tr("The days shown in the charts and counted in the model split"));
    //: The split of a key's usage by AI model
    m_modelHeading->setText(tr("Usage by model"));
    m_note->setText(
        tr("Days and hours are the service's, in its time zone (UTC%1). The service keeps daily "
           "costs for 30 days, daily usage and usage by model for 32 days and hourly costs for 7 "
           "days; earlier buckets show 0.")
            .arg(m_timezoneOffset >= 0 ? u"+%1"_s.arg(m_timezoneOffset) : QString::number(m_timezoneOffset)));
    m_title->setText(m_keyName.isEmpty() ? tr("No key selected") : m_keyName);
    if (m_hasSeries)
        showSeries();
    else if (m_loading)
        setMessages(tr("Loading…"));
}

void KeyChartsWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void KeyChartsWidget::load(redis::Connection& connection, const QByteArray& keyId, const QString& keyName,
                           const QStringList& models, int timezoneOffset, const QDateTime& now)
{
    m_connection = &connection;
    m_keyId = keyId;
    m_keyName = keyName;
    m_models = models;
    m_timezoneOffset = timezoneOffset;
    m_now = now;
    m_hasSeries = false;
    retranslateUi();
    reload();
}

void KeyChartsWidget::clear()
{
    m_load.cancel();
    m_connection = nullptr;
    m_keyId.clear();
    m_keyName.clear();
    m_series = {};
    m_hasSeries = false;
    m_loading = false;
    m_error.clear();
    m_modelModel->setModels({}, false);
    m_summary->clear();
    m_status->setText(tr("Select a key to see its charts."));
    setMessages(QString());
    retranslateUi();
}

void KeyChartsWidget::setRangeDays(int days)
{
    if (days == m_days)
        return;
    m_days = days;
    const int index = m_range->findData(days);
    if (index >= 0 && index != m_range->currentIndex()) {
        const QSignalBlocker block(m_range);
        m_range->setCurrentIndex(index);
    }
    if (!m_keyId.isEmpty())
        reload();
}

void KeyChartsWidget::reload()
{
    m_load.cancel(); // a newer key or range: the answer of the older load is dropped
    if (!m_connection || m_keyId.isEmpty())
        return;
    relay::KeySeriesRequest request;
    request.id = m_keyId;
    request.days = m_days;
    request.hours = 7 * 24;
    request.models = m_models;
    request.timezoneOffset = m_timezoneOffset;
    request.now = m_now;
    m_loading = true;
    m_error.clear();
    m_status->setText(tr("Loading…"));
    if (!m_hasSeries)
        setMessages(tr("Loading…"));
    m_load = relay::UsageSeriesReader::loadKey(
        *m_connection, request, this,
        [this](const relay::KeySeries& series, const redis::RedisError& error) { onLoaded(series, error); });
}

void KeyChartsWidget::onLoaded(const relay::KeySeries& series, const redis::RedisError& error)
{
    m_loading = false;
    if (error) {
        m_error = error.message;
        m_status->setText(tr("Could not read the usage data: %1").arg(error.message));
        setMessages(tr("No data"));
        emit loaded();
        return;
    }
    m_series = series;
    m_hasSeries = true;
    showSeries();
    emit loaded();
}

QString KeyChartsWidget::statusText() const
{
    return m_status->text();
}

QString KeyChartsWidget::summaryText() const
{
    return m_summary->text();
}

void KeyChartsWidget::setMessages(const QString& text)
{
    for (ChartView* c : {m_cost, m_hourly, m_requests, m_tokens, m_modelPie})
        c->setMessage(text);
}

void KeyChartsWidget::showSeries()
{
    const relay::KeySeries& s = m_series;
    const QLocale locale;
    QStringList dayCategories;
    for (const QString& d : s.days)
        dayCategories << dayLabel(d);
    const QStringList dayAxis = dayAxisLabels(s.days);

    double cost = 0;
    relay::TokenCounts tokens;
    for (double c : s.dailyCost)
        cost += c;
    for (const relay::TokenCounts& t : s.dailyUsage)
        tokens += t;
    m_status->setText(s.days.isEmpty() ? QString()
                                       : tr("%1 to %2 (service time)").arg(s.days.first(), s.days.last()));
    //: %1 = cost, %2 = number of requests, %3 = number of tokens, over the chosen days
    m_summary->setText(tr("Cost %1 · %2 · %3 tokens")
                           .arg(ChartView::formatCurrency(cost),
                                tr("%n request(s)", nullptr, int(std::min<qint64>(tokens.requests, INT_MAX))),
                                locale.toString(tokens.allTokens)));

    ChartData costData;
    costData.kind = ChartData::Kind::Bars;
    costData.unit = ChartUnit::Currency;
    costData.title = tr("Cost per day (USD)");
    costData.categories = dayCategories;
    costData.axisLabels = dayAxis;
    //: A chart series: money spent
    costData.series = {{tr("Cost"), s.dailyCost}};
    m_cost->setData(costData);

    ChartData hourly;
    hourly.kind = ChartData::Kind::Bars;
    hourly.unit = ChartUnit::Currency;
    hourly.title = tr("Cost per hour, last 7 days (USD)");
    for (const QString& h : s.hours) {
        hourly.categories << hourLabel(h);
        hourly.axisLabels << (h.endsWith(u":00"_s) ? h.mid(5, 5) : QString());
    }
    hourly.series = {{tr("Cost"), s.hourlyCost}};
    m_hourly->setData(hourly);

    ChartData requests;
    requests.kind = ChartData::Kind::Bars;
    requests.unit = ChartUnit::Count;
    requests.title = tr("Requests per day");
    requests.categories = dayCategories;
    requests.axisLabels = dayAxis;
    QList<double> requestValues;
    QList<double> input, output, cacheCreate, cacheRead, unsplit;
    bool anyUnsplit = false;
    for (const relay::TokenCounts& t : s.dailyUsage) {
        requestValues << double(t.requests);
        input << double(t.inputTokens);
        output << double(t.outputTokens);
        cacheCreate << double(t.cacheCreateTokens);
        cacheRead << double(t.cacheReadTokens);
        unsplit << double(t.unsplitTokens());
        anyUnsplit = anyUnsplit || t.unsplitTokens() > 0;
    }
    requests.series = {{tr("Requests"), requestValues}};
    m_requests->setData(requests);

    ChartData tokenData;
    tokenData.kind = ChartData::Kind::StackedBars;
    tokenData.unit = ChartUnit::Tokens;
    tokenData.title = tr("Tokens per day");
    tokenData.categories = dayCategories;
    tokenData.axisLabels = dayAxis;
    tokenData.series = {{tr("Input"), input},
                        {tr("Output"), output},
                        //: Tokens written to the prompt cache
                        {tr("Cache create"), cacheCreate},
                        //: Tokens read from the prompt cache
                        {tr("Cache read"), cacheRead}};
    if (anyUnsplit)
        //: Tokens of old data that the service did not split into input, output and cache
        tokenData.series.append({tr("Not split"), unsplit});
    m_tokens->setData(tokenData);

    m_modelModel->setModels(s.models, s.modelCostKnown);
    if (s.models.isEmpty()) {
        m_modelPie->setMessage(tr("No usage by model in these days."));
    } else {
        ChartData pie;
        pie.kind = ChartData::Kind::Pie;
        pie.unit = ChartUnit::Tokens;
        pie.title = tr("Tokens by model");
        QList<double> values;
        for (const relay::ModelSplit& m : s.models) {
            pie.categories << m.model;
            values << double(m.tokens.allTokens);
        }
        pie.series = {{tr("Tokens"), values}};
        m_modelPie->setData(pie);
    }
    m_modelView->resizeColumnsToContents();
    // As tall as its rows, no taller: the charts get the rest.
    const int rows = std::max(1, m_modelModel->rowCount());
    m_modelView->setFixedHeight(m_modelView->horizontalHeader()->height() +
                                rows * m_modelView->verticalHeader()->defaultSectionSize() +
                                2 * m_modelView->frameWidth() +
                                m_modelView->horizontalScrollBar()->sizeHint().height() + 2);
}

} // namespace rka::ui
