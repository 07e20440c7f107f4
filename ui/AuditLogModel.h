#pragma once

#include "support/AuditLog.h"

#include <QAbstractTableModel>

namespace rka::ui {

// The audit log of one profile, newest first: time, operator, operation, key, result, the changed
// fields (before → after) and the message.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Operator, Operation, Key, Result, Changes, Message, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);

    // Entries as AuditLog::read returns them (oldest first).
    void setEntries(const QList<support::AuditEntry>& entries);
    const support::AuditEntry& entry(int row) const { return m_entries.at(row); }
    // "field: before → after" per changed field, one a line.
    static QStringList changes(const support::AuditEntry& entry);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // QEvent::LanguageChange: the views ask for the header and cell texts again.
    bool event(QEvent* event) override;

private:
    QList<support::AuditEntry> m_entries;
};

} // namespace rka::ui
