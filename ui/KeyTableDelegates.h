#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace rka::ui {

// Draws the tightest limit as a compact bar (green, amber from 80 %, red from 95 %) with its label
// and numbers, and a ticking countdown line while a rate window runs (KeyTableModel's limit roles).
class LimitBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor barColor(double fraction);
};

// Draws tags as pills (TagsRole) and the status as a pill with a dot (StatusRole).
class PillDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Tags, Status };
    explicit PillDelegate(Kind kind, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Kind m_kind;
};

// Two lines: the cell's text (bold for names) and SecondLineRole below it in a smaller, muted font
// (the owner under the name, the serving account under the last-used time).
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TwoLineDelegate(bool boldFirstLine, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool m_bold;
};

// Sets the delegates on a view showing KeyTableModel columns (directly or through a proxy), and a
// row height that fits two lines.
void installKeyTableDelegates(QTableView* view);
// The row height the delegates are drawn for.
int keyTableRowHeight(const QFontMetrics& metrics);

} // namespace rka::ui
