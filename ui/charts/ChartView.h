#pragma once

#include <QLocale>
#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedWidget;

class QChart;
class QChartView;

namespace rka::ui {

// What a chart's numbers are; decides the axis labels, the tooltips and the number format.
enum class ChartUnit {
    Currency, // USD, "$1.23"
    Tokens, // token counts, compact on the axis ("12K"), exact in tooltips
    Count, // plain counts (requests)
};

struct ChartSeriesData
{
    QString name;
    QList<double> values; // one per category
};

// Everything a chart shows. Plain data, so the widgets that build charts never touch Qt Charts.
struct ChartData
{
    enum class Kind {
        Bars, // one or more series side by side
        StackedBars, // series stacked per category; tooltips give each part and the total
        HorizontalBars, // categories down the side, the first at the top (rankings)
        Line,
        Pie, // series[0].values are the slices, categories their names
    };
    Kind kind = Kind::Bars;
    QString title;
    ChartUnit unit = ChartUnit::Count;
    QStringList categories; // one per bucket, in full (tooltips)
    // Short labels for the category axis, one per bucket; an empty string shows no label there.
    // Empty list: every category is labelled with its full name.
    QStringList axisLabels;
    QList<ChartSeriesData> series;
    // A legend: for more than one series, or the slices of a pie. Off when something else next to the
    // chart names the colours (a table with the same colours).
    bool legend = true;
};

// Our one chart widget. It wraps Qt Charts (deprecated in newer Qt releases) so the rest of the
// program only fills a ChartData. It shows tooltips with exact values, a legend when there is more
// than one series, axes in the chart's unit with numbers formatted for the UI language (QLocale()),
// follows the application palette (light or dark), and offers "Save as PNG…" in its context menu.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setData(const ChartData& data);
    const ChartData& data() const { return m_data; }
    // Shows a text instead of the chart (loading, an error, nothing to show).
    void setMessage(const QString& text);
    QString message() const;
    bool isShowingChart() const;

    // The tooltip of a bar, point or slice: the bucket, the series and the exact value (stacked bars:
    // every part and the total).
    QString toolTipText(int series, int index) const;
    bool saveImage(const QString& path) const;
    void chooseAndSaveImage();

    // Number formatting with `locale` (the UI language): exact for tooltips, compact for axes.
    static QString formatValue(double value, ChartUnit unit, const QLocale& locale = QLocale());
    static QString formatAxisValue(double value, ChartUnit unit, double step,
                                   const QLocale& locale = QLocale());
    static QString formatCurrency(double value, const QLocale& locale = QLocale());
    // A "nice" axis step (1, 2 or 5 times a power of ten) for 0..max in about `ticks` steps.
    static double niceStep(double max, int ticks);
    // The colours of the series, chosen to read on light and dark backgrounds.
    static QColor seriesColor(int index, bool dark);
    bool isDark() const;

signals:
    // A bar (or slice) was clicked: its category index.
    void categoryClicked(int index);

protected:
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void rebuild();
    void buildBars(QChart* chart);
    void buildLine(QChart* chart);
    void buildPie(QChart* chart);
    void applyPalette(QChart* chart);
    void showToolTip(int series, int index);

    ChartData m_data;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    bool m_rebuilding = false;
};

} // namespace rka::ui
