#include "TrashModel.h"

#include "Retranslate.h"

#include "KeyTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {
QString localTime(const std::optional<QDateTime>& t)
{
    return t ? QLocale().toString(t->toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

TrashModel::TrashModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TrashModel::setKeys(const QList<relay::KeyEntry>& keys)
{
    beginResetModel();
    m_keys.clear();
    for (const relay::KeyEntry& e : keys)
        if (e.key.isDeleted())
            m_keys.append(e);
    endResetModel();
}

QList<QByteArray> TrashModel::ids() const
{
    QList<QByteArray> out;
    for (const relay::KeyEntry& e : m_keys)
        out.append(e.id);
    return out;
}

int TrashModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int TrashModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case DeletedAt:
        return tr("Deleted");
    case DeletedBy:
        return tr("Deleted by");
    case Tags:
        return tr("Tags");
    case TotalCost:
        return tr("Total cost");
    case Requests:
        return tr("Requests");
    case LastUsed:
        return tr("Last used");
    case Id:
        return tr("Id");
    }
    return {};
}

QVariant TrashModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const relay::KeyEntry& e = m_keys.at(index.row());
    const relay::ApiKey& k = e.key;
    if (role == KeyIdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && (index.column() == TotalCost || index.column() == Requests))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case DeletedAt:
            return k.deletedAt() ? k.deletedAt()->toMSecsSinceEpoch() : 0;
        case TotalCost:
            return e.stats.totalCost;
        case Requests:
            return e.stats.total.requests;
        case LastUsed:
            return k.lastUsedAt() ? k.lastUsedAt()->toMSecsSinceEpoch() : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return k.name();
    case DeletedAt:
        return localTime(k.deletedAt());
    case DeletedBy: {
        const QString type = k.deletedByType();
        //: Who moved a key to the trash: "alice (admin)", "bob (user)", "system"
        return type.isEmpty() || type == k.deletedBy() ? k.deletedBy()
                                                       : tr("%1 (%2)").arg(k.deletedBy(), type);
    }
    case Tags:
        return k.serviceStringList(relay::ApiKeyField::Tags).join(u", "_s);
    case TotalCost:
        return KeyTableModel::formatCost(e.stats.totalCost);
    case Requests:
        return QLocale().toString(e.stats.total.requests);
    case LastUsed:
        return k.lastUsedAt() ? localTime(k.lastUsedAt()) : tr("never");
    case Id:
        return QString::fromLatin1(e.id);
    }
    return {};
}

bool TrashModel::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(this);
    return QAbstractTableModel::event(event);
}

} // namespace rka::ui
