#pragma once

#include "relay/UsageSeries.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rka::redis {
class Connection;
}

namespace rka::ui {

class ChartView;
class KeyTableModel;
class LimitRankModel;
class ModelUsageModel;

// The "Dashboard" tab: across all keys, the total cost per day, the top N keys by cost for today /
// 7 days / 30 days / all time / a custom range (computed from the cost keys, not from the service's
// cost-rank sets, which may be stale), the model mix, and the keys closest to one of their limits.
// Clicking a ranked key or a limit row asks to select that key. Reads when shown; a newer load
// cancels the one in flight.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWidget(QWidget* parent = nullptr);
    ~DashboardWidget() override;

    // The data source: the connection and the loaded keys (names, limits). "Today" is the service's
    // date at the program clock's now (support::Clock). Reloads now if the tab is visible, else when it
    // is shown next.
    void setSource(redis::Connection* connection, const KeyTableModel* keys, int timezoneOffset);
    void clear();
    void reload();

    void setRange(const relay::RangeSpec& range);
    relay::RangeSpec range() const;
    void setTopCount(int n);
    int topCount() const;

    bool isLoading() const { return m_loading; }
    const relay::CostOverview& overview() const { return m_overview; }
    QList<relay::RankedKey> topKeys() const { return m_top; }
    QString statusText() const;
    QString summaryText() const;

    ChartView* dailyChart() const { return m_daily; }
    ChartView* topChart() const { return m_topChart; }
    ChartView* modelChart() const { return m_modelPie; }
    ModelUsageModel* modelTable() const { return m_models; }
    LimitRankModel* limitModel() const { return m_limits; }
    QTableView* limitView() const { return m_limitView; }

    // The days of the per-day chart for a range: its own days, the last 7 for today, the last 30
    // (all the service keeps) for all time.
    static QStringList chartDays(const relay::RangeSpec& range, int timezoneOffset, const QDateTime& now);

signals:
    void keyActivated(const QByteArray& id);
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onLoaded(const relay::CostOverview& overview, const redis::RedisError& error);
    void showOverview();
    void updateRangeControls();
    void retranslateUi();
    QString keyName(const QByteArray& id) const;

    QLabel* m_rangeLabel = nullptr;
    QComboBox* m_range = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_topLabel = nullptr;
    QSpinBox* m_topCount = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_limitHeading = nullptr;
    QLabel* m_modelHeading = nullptr;
    ChartView* m_daily = nullptr;
    ChartView* m_topChart = nullptr;
    ChartView* m_modelPie = nullptr;
    ModelUsageModel* m_models = nullptr;
    QTableView* m_modelView = nullptr;
    LimitRankModel* m_limits = nullptr;
    QTableView* m_limitView = nullptr;

    QPointer<redis::Connection> m_connection;
    QPointer<const KeyTableModel> m_keys;
    int m_timezoneOffset = 8;
    QDateTime m_now;
    relay::SeriesLoad m_load;
    relay::CostOverview m_overview;
    QList<relay::RankedKey> m_top;
    bool m_loading = false;
    bool m_hasOverview = false;
    bool m_dirty = false;
};

} // namespace rka::ui
