#include "KeyFilterProxy.h"

#include "KeyTableModel.h"

using namespace Qt::StringLiterals;

namespace rka::ui {

using relay::KeyStatus;

KeyFilterProxy::KeyFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setDynamicSortFilter(true);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void KeyFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<KeyTableModel*>(model);
    Q_ASSERT_X(!model || m_model, "KeyFilterProxy", "the source must be a KeyTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void KeyFilterProxy::refilter()
{
    invalidateFilter();
}

void KeyFilterProxy::setStatuses(const QSet<KeyStatus>& statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    refilter();
}

void KeyFilterProxy::setTag(const QString& tag)
{
    const QString t = tag.trimmed();
    if (t == m_tag)
        return;
    m_tag = t;
    refilter();
}

void KeyFilterProxy::setModels(const QStringList& models)
{
    if (models == m_modelFilter)
        return;
    m_modelFilter = models;
    refilter();
}

void KeyFilterProxy::setOwner(const QString& owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilter();
}

void KeyFilterProxy::setBoundAccount(const QString& account)
{
    const QString a = account.trimmed();
    if (a == m_account)
        return;
    m_account = a;
    refilter();
}

void KeyFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_foldedText = text.trimmed().toCaseFolded();
    refilter();
}

void KeyFilterProxy::setIds(const std::optional<QSet<QByteArray>>& ids)
{
    m_ids = ids;
    refilter();
}

void KeyFilterProxy::setDeletedKeys(DeletedKeys mode)
{
    if (mode == m_deleted)
        return;
    m_deleted = mode;
    refilter();
}

void KeyFilterProxy::clearFilters()
{
    m_statuses.clear();
    m_tag.clear();
    m_modelFilter.clear();
    m_owner.clear();
    m_account.clear();
    m_text.clear();
    m_foldedText.clear();
    m_ids.reset();
    refilter();
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return false;
    const KeyRow& row = m_model->row(sourceRow);
    const bool deleted = row.status == KeyStatus::Deleted;
    if ((m_deleted == DeletedKeys::Exclude && deleted) || (m_deleted == DeletedKeys::Only && !deleted))
        return false;
    if (m_ids && !m_ids->contains(row.entry.id))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(row.status))
        return false;
    if (!m_tag.isEmpty() && !row.tags.contains(m_tag))
        return false;
    if (!m_modelFilter.isEmpty()) {
        bool any = false;
        for (const QString& m : m_modelFilter) {
            if (row.models.contains(m)) {
                any = true;
                break;
            }
        }
        if (!any)
            return false;
    }
    if (!m_owner.isEmpty() && row.ownerId != m_owner)
        return false;
    if (!m_account.isEmpty()) {
        if (m_account == sharedBinding()) {
            if (!row.bindings.isEmpty())
                return false;
        } else if (!row.bindings.contains(m_account) && !row.boundIds.contains(m_account)) {
            return false;
        }
    }
    if (!m_foldedText.isEmpty() && !row.searchText.contains(m_foldedText))
        return false;
    return true;
}

bool KeyFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // "Not loaded" and "none" sort last in both orders: the sort reverses lessThan for descending
    // order, so an invalid value is the largest when ascending and the smallest when descending.
    const bool lValid = l.isValid();
    const bool rValid = r.isValid();
    if (!lValid || !rValid) {
        if (lValid == rValid)
            return false;
        return (sortOrder() == Qt::AscendingOrder) ? lValid : !lValid;
    }
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

QList<QByteArray> KeyFilterProxy::visibleIds() const
{
    QList<QByteArray> ids;
    if (!m_model)
        return ids;
    const int n = rowCount();
    ids.reserve(n);
    for (int i = 0; i < n; ++i)
        ids.append(m_model->row(mapToSource(index(i, 0)).row()).entry.id);
    return ids;
}

} // namespace rka::ui
