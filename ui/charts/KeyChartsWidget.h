#pragma once

#include "relay/UsageSeries.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace rka::redis {
class Connection;
}

namespace rka::ui {

class ChartView;
class ModelUsageModel;

// The "Charts" tab of the detail pane: one key's cost per day for the last 7/30/90 days, its cost per
// hour for the last 7 days, requests and tokens per day (input/output/cache split), and the split by
// model for the chosen range (a pie of tokens and a table with cost where the data has it). Days and
// hours are the service's buckets in its time zone; a missing bucket is 0. Loading is asynchronous;
// a new key or range cancels the load in flight.
class KeyChartsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit KeyChartsWidget(QWidget* parent = nullptr);
    ~KeyChartsWidget() override;

    // `models`: the models the key used (Session::keyModels()), for the per-model split.
    void load(redis::Connection& connection, const QByteArray& keyId, const QString& keyName,
              const QStringList& models, int timezoneOffset, const QDateTime& now);
    void clear();
    // 7, 30 or 90 days; reloads the current key.
    void setRangeDays(int days);
    int rangeDays() const { return m_days; }

    QByteArray keyId() const { return m_keyId; }
    bool isLoading() const { return m_loading; }
    const relay::KeySeries& series() const { return m_series; }
    QString statusText() const;
    QString summaryText() const;

    ChartView* costChart() const { return m_cost; }
    ChartView* hourlyChart() const { return m_hourly; }
    ChartView* requestsChart() const { return m_requests; }
    ChartView* tokensChart() const { return m_tokens; }
    ChartView* modelChart() const { return m_modelPie; }
    ModelUsageModel* modelTable() const { return m_modelModel; }
    QComboBox* rangeCombo() const { return m_range; }

    // Chart labels for the service's buckets: a day "2026-02-01" and an hour "2026-02-01:13".
    static QString dayLabel(const QString& date);
    static QString hourLabel(const QString& hour);
    // The indices that get an axis label so that about `maxLabels` are shown, the last one included.
    static QStringList dayAxisLabels(const QStringList& dates, int maxLabels = 8);

signals:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void onLoaded(const relay::KeySeries& series, const redis::RedisError& error);
    void showSeries();
    void setMessages(const QString& text);
    void retranslateUi();

    QComboBox* m_range = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_modelHeading = nullptr;
    ChartView* m_cost = nullptr;
    ChartView* m_hourly = nullptr;
    ChartView* m_requests = nullptr;
    ChartView* m_tokens = nullptr;
    ChartView* m_modelPie = nullptr;
    ModelUsageModel* m_modelModel = nullptr;
    QTableView* m_modelView = nullptr;

    QPointer<redis::Connection> m_connection;
    QByteArray m_keyId;
    QString m_keyName;
    QStringList m_models;
    int m_timezoneOffset = 8;
    QDateTime m_now;
    int m_days = 30;
    relay::SeriesLoad m_load;
    relay::KeySeries m_series;
    bool m_loading = false;
    bool m_hasSeries = false;
    QString m_error;
};

} // namespace rka::ui
