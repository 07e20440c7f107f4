#include "UsageRecordFilter.h"

#include "UsageRecordModel.h"

namespace rka::ui {

UsageRecordFilter::UsageRecordFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UsageRecordModel::SortRole);
}

void UsageRecordFilter::setModelName(const QString& model)
{
    m_model = model;
    invalidateFilter();
}

void UsageRecordFilter::setAccount(const QString& account)
{
    m_account = account;
    invalidateFilter();
}

void UsageRecordFilter::setTimeRange(const std::optional<QDateTime>& from, const std::optional<QDateTime>& to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool UsageRecordFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    auto value = [&](int column, int role) { return m->index(sourceRow, column, sourceParent).data(role); };
    if (!m_model.isEmpty() &&
        value(UsageRecordModel::Model, UsageRecordModel::FilterRole).toString() != m_model)
        return false;
    if (!m_account.isEmpty() &&
        value(UsageRecordModel::Account, UsageRecordModel::FilterRole).toString() != m_account)
        return false;
    if (m_from || m_to) {
        const qint64 t = value(UsageRecordModel::Time, UsageRecordModel::SortRole).toLongLong();
        if (m_from && t < m_from->toMSecsSinceEpoch())
            return false;
        if (m_to && t > m_to->toMSecsSinceEpoch())
            return false;
    }
    return true;
}

} // namespace rka::ui
