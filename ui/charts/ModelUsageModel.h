#pragma once

#include "relay/UsageSeries.h"

#include <QAbstractTableModel>

namespace rka::ui {

// The per-model split of a key's (or all keys') usage: one row per model with its requests, token
// parts, share of all tokens and, where the data has it, its cost.
// The model column carries the colour of the model's slice in the charts (ChartView::seriesColor of its
// row), so the table doubles as the pie's legend.
class ModelUsageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The most telling columns first: a narrow pane shows them without scrolling.
    enum Column { Model, Tokens, Share, Cost, Requests, Input, Output, CacheCreate, CacheRead, ColumnCount };
    Q_ENUM(Column)
    static constexpr int SortRole = Qt::UserRole + 1; // the number behind a cell

    explicit ModelUsageModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `costKnown`: the data has a cost per model (1.1.314 and later); otherwise the cost column
    // shows a dash.
    void setModels(const QList<relay::ModelSplit>& models, bool costKnown);
    const QList<relay::ModelSplit>& models() const { return m_models; }
    bool costKnown() const { return m_costKnown; }
    qint64 totalTokens() const { return m_totalTokens; }

protected:
    // QEvent::LanguageChange: the views ask for the header and cell texts again.
    bool event(QEvent* event) override;

private:
    QList<relay::ModelSplit> m_models;
    bool m_costKnown = false;
    qint64 m_totalTokens = 0;
};

} // namespace rka::ui
