#include "charts/ModelUsageModel.h"

#include "Retranslate.h"

#include "charts/ChartView.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace rka::ui {

ModelUsageModel::ModelUsageModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ModelUsageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelUsageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ModelUsageModel::setModels(const QList<relay::ModelSplit>& models, bool costKnown)
{
    beginResetModel();
    m_models = models;
    m_costKnown = costKnown;
    m_totalTokens = 0;
    for (const relay::ModelSplit& m : std::as_const(m_models))
        m_totalTokens += m.tokens.allTokens;
    endResetModel();
}

QVariant ModelUsageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_models.size() || index.column() >= ColumnCount)
        return {};
    const relay::ModelSplit& m = m_models.at(index.row());
    const QLocale locale;
    const double share = m_totalTokens > 0 ? double(m.tokens.allTokens) / double(m_totalTokens) : 0;
    auto number = [&](qint64 v) -> QVariant {
        return role == SortRole ? QVariant(v) : QVariant(locale.toString(v));
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == Model ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                       : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Model) {
        const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
        return ChartView::seriesColor(index.row(), dark);
    }
    if (role == Qt::ToolTipRole && index.column() == Cost && !m_costKnown)
        return tr("This data model (1.1.235) stores no cost per model, only tokens.");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Model:
        return m.model;
    case Requests:
        return number(m.tokens.requests);
    case Input:
        return number(m.tokens.inputTokens);
    case Output:
        return number(m.tokens.outputTokens);
    case CacheCreate:
        return number(m.tokens.cacheCreateTokens);
    case CacheRead:
        return number(m.tokens.cacheReadTokens);
    case Tokens:
        return number(m.tokens.allTokens);
    case Share:
        if (role == SortRole)
            return share;
        //: A share in per cent
        return tr("%1 %").arg(locale.toString(100 * share, 'f', 1));
    case Cost:
        if (role == SortRole)
            return m_costKnown ? QVariant(m.cost()) : QVariant();
        return m_costKnown && m.hasCost ? ChartView::formatCurrency(m.cost()) : u"—"_s;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ModelUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Share)
        return tr("The model's share of all tokens");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Cost)
        return tr("Rated cost, as the service counts it against limits (1.1.314 and later)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Model:
        //: The AI model that served requests
        return tr("Model");
    case Requests:
        return tr("Requests");
    case Input:
        //: Input tokens
        return tr("Input");
    case Output:
        //: Output tokens
        return tr("Output");
    case CacheCreate:
        //: Tokens written to the prompt cache
        return tr("Cache create");
    case CacheRead:
        //: Tokens read from the prompt cache
        return tr("Cache read");
    case Tokens:
        //: All tokens
        return tr("Tokens");
    case Share:
        //: A model's share of all tokens, in per cent
        return tr("Share");
    case Cost:
        return tr("Cost");
    case ColumnCount:
        break;
    }
    return {};
}

bool ModelUsageModel::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(this);
    return QAbstractTableModel::event(event);
}

} // namespace rka::ui
