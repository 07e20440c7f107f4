#include "charts/LimitRankModel.h"

#include "Retranslate.h"

#include "KeyTableModel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rka::ui {

LimitRankModel::LimitRankModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int LimitRankModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LimitRankModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void LimitRankModel::rebuild(const KeyTableModel& keys, int limit)
{
    QList<Row> rows;
    for (int i = 0; i < keys.rowCount(); ++i) {
        const KeyRow& r = keys.row(i);
        if (r.entry.key.isDeleted())
            continue;
        const KeyLimit* best = nullptr;
        QStringList all;
        for (const KeyLimit& l : r.limits) {
            all << KeyTableModel::limitLabel(l.kind, r.windowMinutes) + u": "_s +
                    KeyTableModel::limitValueText(l) +
                    (l.enforced ? QString() : u" "_s + tr("(not enforced)"));
            if (l.enforced && (!best || l.fraction() > best->fraction()))
                best = &l;
        }
        if (!best)
            continue;
        rows.append({r.entry.id, r.name, KeyTableModel::limitLabel(best->kind, r.windowMinutes),
                     KeyTableModel::limitValueText(*best), best->fraction(), all.join(u'\n')});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.fraction != b.fraction)
            return a.fraction > b.fraction;
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    if (limit >= 0 && rows.size() > limit)
        rows.resize(limit);
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void LimitRankModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QVariant LimitRankModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case KeyTableModel::KeyIdRole:
        return r.id;
    case KeyTableModel::LimitFractionRole:
        return r.fraction;
    case KeyTableModel::LimitTextRole:
        return r.value;
    case KeyTableModel::LimitLabelRole:
        return r.label;
    case Qt::ToolTipRole:
        return r.allLimits;
    case Qt::TextAlignmentRole:
        return index.column() == Used ? int(Qt::AlignRight | Qt::AlignVCenter)
                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Key:
            return r.name;
        case Limit:
            return QString(r.label + u": "_s + r.value);
        case Used:
            //: A share in per cent
            return tr("%1 %").arg(QLocale().toString(100 * r.fraction, 'f', 1));
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant LimitRankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key:
        //: An API key
        return tr("Key");
    case Limit:
        //: The key's tightest limit and its use
        return tr("Limit");
    case Used:
        //: How much of the limit is used, in per cent
        return tr("Used");
    case ColumnCount:
        break;
    }
    return {};
}

bool LimitRankModel::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(this);
    return QAbstractTableModel::event(event);
}

} // namespace rka::ui
