#pragma once

#include "redis/CommandLog.h"

#include <QAbstractTableModel>

namespace rka::ui {

// The connection's command log, oldest first: time, command, key, count, duration, error. Argument
// values are never in the log (redis::CommandLog keeps only the name and the first key).
class CommandLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Command, Key, Count, Duration, Error, ColumnCount };

    explicit CommandLogModel(QObject* parent = nullptr);

    // Takes a fresh copy of the log. Rows that were already shown are updated in place and new ones
    // appended, so the view keeps its selection and scroll position; a log that was trimmed or
    // cleared is reset.
    void setEntries(const QList<redis::CommandLog::Entry>& entries);
    const redis::CommandLog::Entry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // QEvent::LanguageChange: the views ask for the header and cell texts again.
    bool event(QEvent* event) override;

private:
    QList<redis::CommandLog::Entry> m_entries;
};

} // namespace rka::ui
