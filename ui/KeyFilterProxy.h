#pragma once

#include "relay/KeyStatus.h"

#include <QCollator>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace rka::ui {

class KeyTableModel;

// Filters and sorts the key table. Every filter is AND-combined with the others; an empty filter
// lets everything through. Reads the rows of its KeyTableModel directly (no QVariant per check), so
// filtering 100,000 keys stays cheap.
class KeyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class DeletedKeys {
        Exclude, // the main table
        Only, // the trash
        Include,
    };

    explicit KeyFilterProxy(QObject* parent = nullptr);

    // Must be a KeyTableModel.
    void setSourceModel(QAbstractItemModel* model) override;
    KeyTableModel* keyModel() const { return m_model; }

    void setStatuses(const QSet<relay::KeyStatus>& statuses); // empty = any
    QSet<relay::KeyStatus> statuses() const { return m_statuses; }
    void setTag(const QString& tag); // exact, trimmed; empty = any
    QString tag() const { return m_tag; }
    void setModels(const QStringList& models); // keys that used any of them; empty = any
    QStringList models() const { return m_modelFilter; }
    // A user id, or "admin" for keys that belong to no user; empty = any.
    void setOwner(const QString& owner);
    QString owner() const { return m_owner; }
    // A stored binding value ("group:g", "responses:x") or an account id; "shared" = keys with no
    // binding; empty = any.
    void setBoundAccount(const QString& account);
    QString boundAccount() const { return m_account; }
    // Case-insensitive substring of name, description, id, owner and tags.
    void setText(const QString& text);
    QString text() const { return m_text; }
    // Exactly these keys (a pasted plaintext key looked up through its hash); nullopt = no id filter.
    void setIds(const std::optional<QSet<QByteArray>>& ids);
    void setDeletedKeys(DeletedKeys mode);
    DeletedKeys deletedKeys() const { return m_deleted; }
    // Clears every filter except the deleted-keys mode.
    void clearFilters();

    // The ids of every row the filters let through, in the current sort order ("select all
    // matching" across the whole filtered list, not just what is on screen).
    QList<QByteArray> visibleIds() const;

    // The word for "no binding" in the bound-account filter.
    static QString sharedBinding() { return QStringLiteral("shared"); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QPointer<KeyTableModel> m_model;
    QSet<relay::KeyStatus> m_statuses;
    QString m_tag;
    QStringList m_modelFilter;
    QString m_owner;
    QString m_account;
    QString m_text;
    QString m_foldedText;
    std::optional<QSet<QByteArray>> m_ids;
    DeletedKeys m_deleted = DeletedKeys::Exclude;
    QCollator m_collator;
};

} // namespace rka::ui
