#include "KeyTableDelegates.h"

#include "KeyTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

constexpr int HMargin = 6;
constexpr int VMargin = 4;
constexpr int BarHeight = 5;

// Draws the selection/hover background the style would draw, without the text.
void drawBackground(QPainter* painter, QStyleOptionViewItem* out)
{
    out->text.clear();
    out->icon = QIcon();
    out->features &= ~QStyleOptionViewItem::HasDecoration;
    const QStyle* style = out->widget ? out->widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, out, painter, out->widget);
}

QColor textColor(const QStyleOptionViewItem& opt)
{
    return opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                             opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

QColor mutedColor(const QStyleOptionViewItem& opt)
{
    QColor c = textColor(opt);
    c.setAlphaF(0.6f);
    return c;
}

QFont smallFont(const QFont& base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.88);
    else
        f.setPixelSize(std::max(8, int(f.pixelSize() * 0.88)));
    return f;
}

QSize twoLineHint(const QStyleOptionViewItem& option, int width)
{
    return {width, keyTableRowHeight(option.fontMetrics)};
}

} // namespace

int keyTableRowHeight(const QFontMetrics& metrics)
{
    return 2 * metrics.height() + 2 * VMargin + 4;
}

// --- LimitBarDelegate ---------------------------------------------------------------------------

QColor LimitBarDelegate::barColor(double fraction)
{
    static const QColor green(0x16, 0xa3, 0x4a);
    static const QColor amber(0xd9, 0x77, 0x06);
    static const QColor red(0xdc, 0x26, 0x26);
    return fraction >= 0.95 ? red : fraction >= 0.8 ? amber : green;
}

void LimitBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, &opt);
    painter->save();
    const QRect r = option.rect.adjusted(HMargin, VMargin, -HMargin, -VMargin);
    const double fraction = index.data(KeyTableModel::LimitFractionRole).toDouble();
    const QString value = index.data(KeyTableModel::LimitTextRole).toString();
    const QFont small = smallFont(option.font);
    const QFontMetrics sfm(small);
    painter->setFont(small);
    if (fraction < 0) {
        painter->setPen(mutedColor(opt));
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, value);
        painter->restore();
        return;
    }
    const QString label = index.data(KeyTableModel::LimitLabelRole).toString();
    const QString countdown = index.data(KeyTableModel::SecondLineRole).toString();
    // Without a countdown the label and bar sit in the middle of the cell.
    const int contentHeight = sfm.height() + 2 + BarHeight + (countdown.isEmpty() ? 0 : 1 + sfm.height());
    int y = r.top() + std::max(0, (r.height() - contentHeight) / 2);

    const QRect line(r.left(), y, r.width(), sfm.height());
    painter->setPen(textColor(opt));
    const int valueWidth = sfm.horizontalAdvance(value);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, value);
    painter->setPen(mutedColor(opt));
    painter->drawText(line.adjusted(0, 0, -valueWidth - 6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(label, Qt::ElideRight, std::max(0, line.width() - valueWidth - 6)));
    y += sfm.height() + 2;

    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF track(r.left(), y, r.width(), BarHeight);
    QColor trackColor = opt.palette.color(QPalette::Mid);
    trackColor.setAlphaF(0.35f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, BarHeight / 2.0, BarHeight / 2.0);
    const double shown = std::clamp(fraction, 0.0, 1.0);
    if (shown > 0) {
        QRectF fill = track;
        fill.setWidth(std::max(double(BarHeight), track.width() * shown));
        painter->setBrush(barColor(fraction));
        painter->drawRoundedRect(fill, BarHeight / 2.0, BarHeight / 2.0);
    }
    y += BarHeight + 1;

    if (!countdown.isEmpty()) {
        static const QColor windowBlue(0x25, 0x63, 0xeb);
        painter->setPen(opt.state & QStyle::State_Selected ? textColor(opt) : windowBlue);
        painter->drawText(QRect(r.left(), y, r.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(countdown, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

QSize LimitBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return twoLineHint(option, 170);
}

// --- PillDelegate -------------------------------------------------------------------------------

PillDelegate::PillDelegate(Kind kind, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{ }

void PillDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, &opt);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRect r = option.rect.adjusted(HMargin, VMargin, -HMargin, -VMargin);
    const QFont small = smallFont(option.font);
    const QFontMetrics fm(small);
    painter->setFont(small);
    const int pillHeight = fm.height() + 4;
    const int top = r.top() + (r.height() - pillHeight) / 2;

    if (m_kind == Kind::Status) {
        const auto status = relay::KeyStatus(index.data(KeyTableModel::StatusRole).toInt());
        const QColor color = KeyTableModel::statusColor(status);
        const QString text = index.data(Qt::DisplayRole).toString();
        const int width = std::min(r.width(), 8 + 8 + 4 + fm.horizontalAdvance(text) + 8);
        const QRectF pill(r.left(), top, width, pillHeight);
        // On a selected row the highlight colour would swallow the status colour: draw in the
        // highlighted text colour instead.
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor ink = selected ? textColor(opt) : color;
        QColor fill = ink;
        fill.setAlphaF(selected ? 0.22f : 0.14f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
        painter->setBrush(ink);
        painter->drawEllipse(QPointF(pill.left() + 10, pill.center().y()), 3.5, 3.5);
        painter->setPen(ink);
        const int room = int(pill.width()) - 24;
        painter->drawText(pill.adjusted(18, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.horizontalAdvance(text) <= room + 2 ? text
                                                                 : fm.elidedText(text, Qt::ElideRight, room));
        painter->restore();
        return;
    }

    const QStringList tags = index.data(KeyTableModel::TagsRole).toStringList();
    if (tags.isEmpty()) {
        painter->setPen(mutedColor(opt));
        //: Shown in the tags column of a key without tags
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, tr("no tags"));
        painter->restore();
        return;
    }
    static const QColor tagFill(0x3b, 0x82, 0xf6, 36);
    static const QColor tagText(0x1d, 0x4e, 0xd8);
    int x = r.left();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const int textWidth = fm.horizontalAdvance(tags.at(i));
        const int width = textWidth + 12;
        const qsizetype rest = tags.size() - i - 1;
        // Leave room for a "+N" marker when more tags follow.
        const int reserve = rest > 0 ? fm.horizontalAdvance(u"+99"_s) + 6 : 0;
        if (x + width > r.right() - reserve && x > r.left()) {
            painter->setPen(mutedColor(opt));
            painter->drawText(QRect(x, top, r.right() - x, pillHeight), Qt::AlignLeft | Qt::AlignVCenter,
                              u"+%1"_s.arg(tags.size() - i));
            break;
        }
        const QRectF pill(x, top, std::min(width, r.right() - x), pillHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tagFill);
        painter->drawRoundedRect(pill, 4, 4);
        painter->setPen(opt.state & QStyle::State_Selected ? textColor(opt) : tagText);
        // Elide only when the pill had to be cut short (the text metrics round; never elide a fit).
        const bool fits = pill.width() >= width;
        painter->drawText(pill.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fits ? tags.at(i)
                               : fm.elidedText(tags.at(i), Qt::ElideRight, int(pill.width()) - 12));
        x += width + 4;
    }
    painter->restore();
}

QSize PillDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return twoLineHint(option, m_kind == Kind::Status ? 110 : 140);
}

// --- TwoLineDelegate ----------------------------------------------------------------------------

TwoLineDelegate::TwoLineDelegate(bool boldFirstLine, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_bold(boldFirstLine)
{ }

void TwoLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, &opt);
    painter->save();
    QRect r = option.rect.adjusted(HMargin, VMargin, -HMargin, -VMargin);
    const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    if (!icon.isNull()) {
        const int size = std::min(20, r.height());
        icon.paint(painter, QRect(r.left(), r.top() + (r.height() - size) / 2, size, size));
        r.setLeft(r.left() + size + 6);
    }
    const QString first = index.data(Qt::DisplayRole).toString();
    const QString second = index.data(KeyTableModel::SecondLineRole).toString();
    QFont firstFont = option.font;
    firstFont.setBold(m_bold);
    const QFontMetrics ffm(firstFont);
    const QFont small = smallFont(option.font);
    const QFontMetrics sfm(small);
    const int height = ffm.height() + (second.isEmpty() ? 0 : sfm.height() + 1);
    const int top = r.top() + std::max(0, (r.height() - height) / 2);

    painter->setFont(firstFont);
    const QVariant fg = index.data(Qt::ForegroundRole);
    painter->setPen(fg.isValid() && !(opt.state & QStyle::State_Selected) ? fg.value<QColor>()
                                                                          : textColor(opt));
    painter->drawText(QRect(r.left(), top, r.width(), ffm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      ffm.elidedText(first, Qt::ElideRight, r.width()));
    if (!second.isEmpty()) {
        painter->setFont(small);
        painter->setPen(mutedColor(opt));
        painter->drawText(QRect(r.left(), top + ffm.height() + 1, r.width(), sfm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(second, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return twoLineHint(option, std::max(s.width(), 120));
}

// --- installation -------------------------------------------------------------------------------

void installKeyTableDelegates(QTableView* view)
{
    view->setItemDelegateForColumn(KeyTableModel::Name, new TwoLineDelegate(true, view));
    view->setItemDelegateForColumn(KeyTableModel::Tags, new PillDelegate(PillDelegate::Kind::Tags, view));
    view->setItemDelegateForColumn(KeyTableModel::Status, new PillDelegate(PillDelegate::Kind::Status, view));
    view->setItemDelegateForColumn(KeyTableModel::Limits, new LimitBarDelegate(view));
    view->setItemDelegateForColumn(KeyTableModel::LastUsed, new TwoLineDelegate(false, view));
    view->verticalHeader()->setDefaultSectionSize(keyTableRowHeight(view->fontMetrics()));
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Through a proxy the row numbers would be source rows, which mean nothing to the user.
    view->verticalHeader()->hide();
    view->setWordWrap(true);
    // Starting widths (pixels at a 14-pixel-high font, scaled to the view's font) that fit every
    // column into about 1280 pixels; the user can change them.
    const double scale = view->fontMetrics().height() / 14.0;
    const int widths[KeyTableModel::ColumnCount] = {165, 135, 100, 115, 100, 175, 66, 76, 140, 84, 120};
    for (int c = 0; c < KeyTableModel::ColumnCount; ++c)
        view->setColumnWidth(c, int(widths[c] * scale));
}

} // namespace rka::ui
