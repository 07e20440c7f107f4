#pragma once

#include "relay/KeyListReader.h"

#include <QAbstractTableModel>

namespace rka::ui {

// The keys in the trash (soft-deleted), with who deleted them and when.
class TrashModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, DeletedAt, DeletedBy, Tags, TotalCost, Requests, LastUsed, Id, ColumnCount };
    enum Role : int { KeyIdRole = Qt::UserRole + 1, SortRole };

    explicit TrashModel(QObject* parent = nullptr);

    // Keeps only the deleted keys of `keys`.
    void setKeys(const QList<relay::KeyEntry>& keys);
    const relay::KeyEntry& entry(int row) const { return m_keys.at(row); }
    QList<QByteArray> ids() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // QEvent::LanguageChange: the views ask for the header and cell texts again.
    bool event(QEvent* event) override;

private:
    QList<relay::KeyEntry> m_keys;
};

} // namespace rka::ui
