#pragma once

#include <QAbstractTableModel>
#include <QByteArray>

namespace rka::ui {

class KeyTableModel;

// The keys closest to one of their limits, from the numbers the key list already loaded (daily,
// total and weekly Opus cost, the rate window and concurrency, as the key table's limits column):
// one row per key that has an enforced limit, its tightest limit first, highest use first. Keys in
// the trash are left out.
class LimitRankModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Limit, Used, ColumnCount };
    Q_ENUM(Column)

    struct Row
    {
        QByteArray id;
        QString name;
        QString label; // "Daily cost"
        QString value; // "$1.34 / $10.00"
        double fraction = 0;
        QString allLimits; // every limit of the key, one a line
    };

    explicit LimitRankModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The `limit` keys of `keys` closest to a limit.
    void rebuild(const KeyTableModel& keys, int limit);
    void clear();
    const QList<Row>& rows() const { return m_rows; }
    QByteArray idAt(int row) const { return m_rows.value(row).id; }

protected:
    // QEvent::LanguageChange: the views ask for the header and cell texts again.
    bool event(QEvent* event) override;

private:
    QList<Row> m_rows;
};

} // namespace rka::ui
