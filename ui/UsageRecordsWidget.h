#pragma once

#include "Retranslate.h"
#include "relay/AccountDirectory.h"
#include "relay/UsageRecord.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace rka::ui {

class UsageRecordDialog;
class UsageRecordFilter;
class UsageRecordModel;

// A key's recent usage records: a sortable table with filters (model, account, time range), a
// summary of the shown rows, a detail dialog per record and CSV export. Loads asynchronously; a
// newer load makes the result of an older one be ignored.
class UsageRecordsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit UsageRecordsWidget(QWidget* parent = nullptr);
    ~UsageRecordsWidget() override;

    // Reads the newest records (at most UsageRecord::MaxRecords) of `keyId`. `accounts` is copied.
    void load(redis::Connection& connection, const QByteArray& keyId,
              const relay::AccountDirectory& accounts);
    // Shows records that are already at hand (demo mode, tests).
    void setRecords(const QByteArray& keyId, const QList<relay::UsageRecord>& records,
                    const relay::AccountDirectory& accounts);
    void clear();

    UsageRecordModel* model() const { return m_model; }
    UsageRecordFilter* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    bool isLoading() const { return m_loading; }
    QString statusText() const;

    void setModelFilter(const QString& model);
    void setAccountFilter(const QString& account);
    void setTimeRange(const std::optional<QDateTime>& from, const std::optional<QDateTime>& to);
    // The shown rows, in the shown order, as CSV.
    QByteArray csv() const;
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    // Opens the detail dialog for a row of the proxy (non-modal; returned for tests).
    UsageRecordDialog* showDetails(int proxyRow);

signals:
    void loaded(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onRecords(const QList<relay::UsageRecord>& records, int dropped, const redis::RedisError& error);
    void rebuildFilters();
    void applyFilters();
    void updateSummary();
    void chooseExport();

    UsageRecordModel* m_model = nullptr;
    UsageRecordFilter* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_modelCombo = nullptr;
    QComboBox* m_accountCombo = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_details = nullptr;
    QPointer<UsageRecordDialog> m_dialog;
    relay::AccountDirectory m_accounts;
    QByteArray m_keyId;
    quint64 m_serial = 0;
    bool m_loading = false;
    bool m_updatingFilters = false;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
