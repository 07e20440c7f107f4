#pragma once

#include "relay/AccountDirectory.h"
#include "relay/UsageRecord.h"

#include <QAbstractTableModel>

namespace rka::ui {

// The usage records of one key (service-data-model.md 14.5), one row per record, in the order given
// (the service's list is newest first). The account column shows the account's name when the
// directory knows it, else the stored id marked as not found.
class UsageRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Model,
        Account,
        InputTokens,
        OutputTokens,
        CacheCreateTokens,
        CacheReadTokens,
        TotalTokens,
        Cost,
        RequestId,
        Endpoint,
        Status,
        Duration,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: msecs, numbers, text
        FilterRole, // the exact text the model and account filters compare
    };

    explicit UsageRecordModel(QObject* parent = nullptr);

    void setRecords(const QList<relay::UsageRecord>& records, const relay::AccountDirectory& accounts);
    void clear();
    const relay::UsageRecord& record(int row) const { return m_rows.at(row).record; }
    QString accountText(int row) const { return m_rows.at(row).account; }
    // Whether any record has a value in this column (the 1.1.314 request columns are often empty).
    bool columnHasData(int column) const;

    // RFC 4180 CSV (UTF-8 with a BOM) of the given rows, in that order.
    QByteArray toCsv(const QList<int>& rows) const;
    static QList<QByteArray> csvHeader();

    // The account a record names, as "name (type)", or "id (not found)"; empty without an account.
    static QString accountLabel(const relay::UsageRecord& record, const relay::AccountDirectory& accounts,
                                bool* missing = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // QEvent::LanguageChange: the views ask for the header and cell texts again.
    bool event(QEvent* event) override;

private:
    struct Row
    {
        relay::UsageRecord record;
        QString account;
        bool accountMissing = false;
    };
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace rka::ui
