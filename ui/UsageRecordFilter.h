#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <optional>

namespace rka::ui {

// Sorting and filtering over UsageRecordModel: an exact model, an exact account, and a time range
// (either end optional). Sorts by the raw values, so times and numbers sort as such.
class UsageRecordFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UsageRecordFilter(QObject* parent = nullptr);

    void setModelName(const QString& model); // "" = all
    void setAccount(const QString& account); // the account column's text; "" = all
    void setTimeRange(const std::optional<QDateTime>& from, const std::optional<QDateTime>& to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_model;
    QString m_account;
    std::optional<QDateTime> m_from;
    std::optional<QDateTime> m_to;
};

} // namespace rka::ui
