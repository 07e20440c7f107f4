#include "CommandLogModel.h"

#include "Retranslate.h"

#include "DetailFormat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rka::ui {

CommandLogModel::CommandLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CommandLogModel::setEntries(const QList<redis::CommandLog::Entry>& entries)
{
    const qsizetype old = m_entries.size();
    const bool sameStart = old > 0 && entries.size() >= old &&
        entries.first().sentAt == m_entries.first().sentAt &&
        entries.first().command == m_entries.first().command &&
        entries.at(old - 1).sentAt == m_entries.last().sentAt;
    if (!sameStart) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < old; ++i)
        m_entries[i] = entries.at(i);
    emit dataChanged(index(0, 0), index(int(old) - 1, ColumnCount - 1));
    if (entries.size() > old) {
        beginInsertRows({}, int(old), int(entries.size()) - 1);
        m_entries.append(entries.mid(old));
        endInsertRows();
    }
}

int CommandLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CommandLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const redis::CommandLog::Entry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.sentAt.toLocalTime(), u"HH:mm:ss.zzz"_s);
        case Command:
            return QString::fromLatin1(e.command);
        case Key:
            return QString::fromUtf8(e.key);
        case Count:
            return DetailFormat::count(e.count);
        case Duration:
            //: A command still waiting for its reply
            return e.durationUs < 0
                ? tr("pending")
                : tr("%1 ms").arg(QLocale().toString(double(e.durationUs) / 1000.0, 'f', 3));
        case Error:
            return e.error;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Time) {
        return DetailFormat::dateTime(e.sentAt);
    } else if (role == Qt::ForegroundRole && !e.error.isEmpty()) {
        return QBrush(QColor(0xb9, 0x1c, 0x1c));
    } else if (role == Qt::TextAlignmentRole && (index.column() == Count || index.column() == Duration)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        switch (index.column()) {
        case Time:
            return e.sentAt;
        case Count:
            return e.count;
        case Duration:
            return e.durationUs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant CommandLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Command:
        //: Column: the Redis command name
        return tr("Command");
    case Key:
        //: Column: the Redis key the command works on
        return tr("Key");
    case Count:
        //: Column: how many commands of this name the row stands for
        return tr("Count");
    case Duration:
        return tr("Duration");
    case Error:
        return tr("Error");
    }
    return {};
}

bool CommandLogModel::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(this);
    return QAbstractTableModel::event(event);
}

} // namespace rka::ui
