#include "charts/ChartView.h"

#include "MessageBox.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFileDialog>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <QBarSeries>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

// Decimals (2..6) that show `value` exactly to the micro-dollar, without trailing zeros.
int currencyDecimals(double value)
{
    const double micro = std::round(std::abs(value) * 1e6);
    for (int d = 2; d < 6; ++d) {
        const double scale = std::pow(10.0, 6 - d);
        if (std::fmod(micro, scale) == 0)
            return d;
    }
    return 6;
}

// Decimals an axis needs so that consecutive ticks `step` apart read differently.
int stepDecimals(double step)
{
    if (step <= 0 || step >= 1)
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
}

struct Ticks
{
    double step = 1;
    double top = 1;
};

Ticks ticksFor(double max, ChartUnit unit)
{
    constexpr int Count = 4;
    Ticks t;
    if (!(max > 0))
        max = unit == ChartUnit::Currency ? 0.04 : 4;
    t.step = ChartView::niceStep(max, Count);
    if (unit != ChartUnit::Currency)
        t.step = std::max(1.0, t.step);
    t.top = std::ceil(max / t.step - 1e-9) * t.step;
    if (t.top < max)
        t.top += t.step;
    return t;
}

// A label that QCategoryAxis accepts: labels name its categories, so they must be distinct.
QString distinct(const QString& label, QSet<QString>* used)
{
    QString l = label;
    while (used->contains(l))
        l += QChar(0x200B); // zero-width space: looks the same, compares different
    used->insert(l);
    return l;
}

QCategoryAxis* valueAxis(double max, ChartUnit unit)
{
    const Ticks t = ticksFor(max, unit);
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-t.step / 1000);
    QSet<QString> used;
    const int n = int(std::lround(t.top / t.step));
    for (int i = 0; i <= n; ++i) {
        const double v = i * t.step;
        axis->append(distinct(ChartView::formatAxisValue(v, unit, t.step), &used), v);
    }
    axis->setRange(0, t.top);
    return axis;
}

QCategoryAxis* categoryAxis(const ChartData& d, bool reversed)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(d.categories.size());
    axis->setStartValue(-0.5);
    QSet<QString> used;
    for (int p = 0; p < n; ++p) {
        const int i = reversed ? n - 1 - p : p;
        const QString label = d.axisLabels.isEmpty() ? d.categories.at(i) : d.axisLabels.value(i);
        if (!label.isEmpty())
            axis->append(distinct(label, &used), p);
    }
    axis->setRange(-0.5, std::max(0, n - 1) + 0.5);
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    m_stack->setCurrentWidget(m_message);
    layout->addWidget(m_stack);
    setMinimumHeight(180);
}

ChartView::~ChartView() = default;

void ChartView::setData(const ChartData& data)
{
    m_data = data;
    rebuild();
}

void ChartView::setMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString ChartView::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

bool ChartView::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

bool ChartView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QColor ChartView::seriesColor(int index, bool dark)
{
    // Tableau 10, and a lighter variant of it for dark backgrounds.
    static const QList<QColor> light = {
        QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2), QColor(0x59a14f),
        QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f), QColor(0xbab0ac)};
    static const QList<QColor> darkColors = {
        QColor(0x7aa6d6), QColor(0xffa94d), QColor(0xff7b7b), QColor(0x8fd3cc), QColor(0x80c776),
        QColor(0xf5d76e), QColor(0xcf9ec4), QColor(0xffb8c0), QColor(0xc49a7e), QColor(0xd6d0cc)};
    const QList<QColor>& p = dark ? darkColors : light;
    return p.at(((index % p.size()) + p.size()) % p.size());
}

double ChartView::niceStep(double max, int ticks)
{
    if (!(max > 0) || ticks <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
    return nice * magnitude;
}

QString ChartView::formatCurrency(double value, const QLocale& locale)
{
    return locale.toCurrencyString(value, u"$"_s, currencyDecimals(value));
}

QString ChartView::formatValue(double value, ChartUnit unit, const QLocale& locale)
{
    switch (unit) {
    case ChartUnit::Currency:
        return formatCurrency(value, locale);
    case ChartUnit::Tokens:
    case ChartUnit::Count:
        return locale.toString(qint64(std::llround(value)));
    }
    return {};
}

QString ChartView::formatAxisValue(double value, ChartUnit unit, double step, const QLocale& locale)
{
    switch (unit) {
    case ChartUnit::Currency:
        return locale.toCurrencyString(value, u"$"_s, std::max(stepDecimals(step), 2));
    case ChartUnit::Tokens: {
        if (value == 0 || step < 100)
            return locale.toString(qint64(std::llround(value)));
        const double scale = step >= 5e8 ? 1e9 : step >= 5e5 ? 1e6 : 1e3;
        const QString number = locale.toString(value / scale, 'f', stepDecimals(step / scale));
        //: Abbreviations of billion, million and thousand tokens on a chart axis ("3.5M", "12K")
        return scale == 1e9 ? tr("%1B").arg(number)
            : scale == 1e6  ? tr("%1M").arg(number)
                            : tr("%1K").arg(number);
    }
    case ChartUnit::Count:
        return locale.toString(qint64(std::llround(value)));
    }
    return {};
}

QString ChartView::toolTipText(int series, int index) const
{
    if (series < 0 || series >= m_data.series.size() || index < 0 || index >= m_data.categories.size())
        return {};
    const QString category = m_data.categories.at(index);
    const QLocale locale;
    if (m_data.kind == ChartData::Kind::Pie) {
        double total = 0;
        for (double v : m_data.series.at(series).values)
            total += v;
        const double v = m_data.series.at(series).values.value(index);
        //: A pie slice: %1 = its name, %2 = its value, %3 = its share in per cent
        return tr("%1: %2 (%3 %)")
            .arg(category, formatValue(v, m_data.unit),
                 locale.toString(total > 0 ? 100 * v / total : 0, 'f', 1));
    }
    if (m_data.kind == ChartData::Kind::StackedBars) {
        QStringList lines {category};
        double total = 0;
        for (const ChartSeriesData& s : m_data.series) {
            const double v = s.values.value(index);
            total += v;
            lines << tr("%1: %2").arg(s.name, formatValue(v, m_data.unit));
        }
        //: The sum of the stacked parts of one bar
        lines << tr("Total: %1").arg(formatValue(total, m_data.unit));
        return lines.join(u'\n');
    }
    const double v = m_data.series.at(series).values.value(index);
    if (m_data.series.size() > 1)
        return category + u'\n' +
            tr("%1: %2").arg(m_data.series.at(series).name, formatValue(v, m_data.unit));
    return tr("%1: %2").arg(category, formatValue(v, m_data.unit));
}

void ChartView::showToolTip(int series, int index)
{
    const QString text = toolTipText(series, index);
    QToolTip::showText(QCursor::pos(), text, m_view);
    m_view->setToolTip(text);
}

void ChartView::rebuild()
{
    if (m_rebuilding)
        return;
    m_rebuilding = true;
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(m_data.title);
    chart->setMargins(QMargins(4, 4, 18, 4)); // room for the last axis label, centred on the edge
    chart->setBackgroundRoundness(0);
    switch (m_data.kind) {
    case ChartData::Kind::Bars:
    case ChartData::Kind::StackedBars:
    case ChartData::Kind::HorizontalBars:
        buildBars(chart);
        break;
    case ChartData::Kind::Line:
        buildLine(chart);
        break;
    case ChartData::Kind::Pie:
        buildPie(chart);
        break;
    }
    applyPalette(chart);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    if (old && old != chart)
        delete old;
    m_stack->setCurrentWidget(m_view);
    m_rebuilding = false;
}

void ChartView::buildBars(QChart* chart)
{
    const bool horizontal = m_data.kind == ChartData::Kind::HorizontalBars;
    const bool stacked = m_data.kind == ChartData::Kind::StackedBars;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
        : stacked                           ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    const int n = int(m_data.categories.size());
    double max = 0;
    QList<double> sums(n, 0.0);
    const bool dark = isDark();
    for (int s = 0; s < m_data.series.size(); ++s) {
        const ChartSeriesData& data = m_data.series.at(s);
        auto* set = new QBarSet(data.name);
        for (int p = 0; p < n; ++p) {
            const int i = horizontal ? n - 1 - p : p; // rankings: the first at the top
            const double v = data.values.value(i);
            set->append(v);
            sums[i] += std::max(0.0, v);
            max = std::max(max, v);
        }
        const QColor color = seriesColor(s, dark);
        set->setColor(color);
        set->setBorderColor(color);
        connect(set, &QBarSet::hovered, this, [this, s, n, horizontal](bool status, int p) {
            if (status)
                showToolTip(s, horizontal ? n - 1 - p : p);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this,
                [this, n, horizontal](int p) { emit categoryClicked(horizontal ? n - 1 - p : p); });
        series->append(set);
    }
    if (stacked)
        for (double s : std::as_const(sums))
            max = std::max(max, s);
    series->setBarWidth(n > 60 ? 0.9 : 0.7);
    chart->addSeries(series);
    QCategoryAxis* categories = categoryAxis(m_data, horizontal);
    QCategoryAxis* values = valueAxis(max, m_data.unit);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(m_data.legend && m_data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChartView::buildLine(QChart* chart)
{
    const int n = int(m_data.categories.size());
    double max = 0;
    QCategoryAxis* categories = categoryAxis(m_data, false);
    QList<QLineSeries*> all;
    const bool dark = isDark();
    for (int s = 0; s < m_data.series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(m_data.series.at(s).name);
        for (int i = 0; i < n; ++i) {
            const double v = m_data.series.at(s).values.value(i);
            line->append(i, v);
            max = std::max(max, v);
        }
        QPen pen(seriesColor(s, dark));
        pen.setWidthF(2);
        line->setPen(pen);
        line->setPointsVisible(n <= 60);
        connect(line, &QLineSeries::hovered, this, [this, s, n](const QPointF& point, bool state) {
            const int i = std::clamp(int(std::lround(point.x())), 0, std::max(0, n - 1));
            if (state)
                showToolTip(s, i);
            else
                QToolTip::hideText();
        });
        chart->addSeries(line);
        all.append(line);
    }
    QCategoryAxis* values = valueAxis(max, m_data.unit);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QLineSeries* line : std::as_const(all)) {
        line->attachAxis(categories);
        line->attachAxis(values);
    }
    chart->legend()->setVisible(m_data.legend && m_data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChartView::buildPie(QChart* chart)
{
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.35);
    pie->setPieSize(0.8);
    const QList<double> values = m_data.series.isEmpty() ? QList<double>() : m_data.series.first().values;
    double total = 0;
    for (double v : values)
        total += std::max(0.0, v);
    const bool dark = isDark();
    const QLocale locale;
    for (int i = 0; i < m_data.categories.size(); ++i) {
        const double v = values.value(i);
        if (!(v > 0))
            continue;
        //: A legend entry of a pie chart: %1 = the slice's name, %2 = its share in per cent
        auto* slice = new QPieSlice(
            tr("%1 (%2 %)").arg(m_data.categories.at(i), locale.toString(100 * v / total, 'f', 1)), v);
        slice->setColor(seriesColor(i, dark));
        slice->setBorderColor(palette().color(QPalette::Base));
        connect(slice, &QPieSlice::hovered, this, [this, slice, i](bool state) {
            slice->setExploded(state);
            if (state)
                showToolTip(0, i);
            else
                QToolTip::hideText();
        });
        connect(slice, &QPieSlice::clicked, this, [this, i] { emit categoryClicked(i); });
        pie->append(slice);
    }
    chart->addSeries(pie);
    chart->legend()->setVisible(m_data.legend);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void ChartView::applyPalette(QChart* chart)
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    QColor line = text;
    line.setAlphaF(0.45f);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font());
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
    m_view->setBackgroundBrush(base);
}

void ChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange ||
         event->type() == QEvent::FontChange) &&
        m_view && m_stack->currentWidget() == m_view)
        rebuild();
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* save = menu.addAction(tr("Save as PNG…"));
    save->setEnabled(isShowingChart());
    connect(save, &QAction::triggered, this, &ChartView::chooseAndSaveImage);
    menu.exec(event->globalPos());
}

bool ChartView::saveImage(const QString& path) const
{
    return const_cast<ChartView*>(this)->grab().save(path, "PNG");
}

void ChartView::chooseAndSaveImage()
{
    QString name = m_data.title;
    name.replace(QRegularExpression(u"[^\\w\\-]+"_s), u"-"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), name + u".png"_s,
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    if (!saveImage(path))
        MessageBox::warning(this, tr("Save chart as PNG"),
                            tr("The image could not be saved to %1.").arg(path));
}

} // namespace rka::ui
