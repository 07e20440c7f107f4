#include "TagEditor.h"

#include "relay/KeyValidator.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

constexpr int TagRole = Qt::UserRole + 1;

// Lays its items out left to right and wraps them to new lines, as chips are shown.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem* item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem* item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    // The height follows the width, but without height-for-width: form layouts then hand out spare
    // room unevenly. After each arrangement the hint is updated to the lines actually used.
    void setGeometry(const QRect& rect) override
    {
        QLayout::setGeometry(rect);
        const int height = arrange(rect, true);
        if (height != m_height) {
            m_height = height;
            QTimer::singleShot(0, parentWidget(), [this] {
                invalidate();
                parentWidget()->updateGeometry();
            });
        }
    }
    QSize sizeHint() const override
    {
        int width = 0;
        int line = 0;
        for (const QLayoutItem* item : m_items) {
            width += item->sizeHint().width() + Gap;
            line = qMax(line, item->sizeHint().height());
        }
        return {qMin(width, 400), qMax(line, m_height)}; // wide enough for a few chips
    }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem* item : m_items)
            size = size.expandedTo(item->minimumSize());
        return {size.width(), qMax(size.height(), m_height)};
    }

private:
    static constexpr int Gap = 4;
    int arrange(const QRect& rect, bool apply) const
    {
        int x = rect.x();
        int y = rect.y();
        int lineHeight = 0;
        for (QLayoutItem* item : m_items) {
            const QSize hint = item->sizeHint();
            if (x + hint.width() > rect.right() && lineHeight > 0) {
                x = rect.x();
                y += lineHeight + Gap;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + Gap;
            lineHeight = qMax(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y();
    }
    int m_height = 0;
    QList<QLayoutItem*> m_items;
};

// One tag, as a button that removes it: a click, or Delete/Backspace while it has the focus.
class Chip : public QToolButton
{
public:
    Chip(const QString& tag, TagEditor* editor)
        : QToolButton(editor)
        , m_editor(editor)
        , m_tag(tag)
    {
        setObjectName(u"tagChip"_s);
        setProperty("tag", tag);
        setText(tag + u"  ×"_s);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setStyleSheet(u"QToolButton { background: #e8eefc; border: 1px solid #9fb4e8; border-radius: 9px; "
                      "padding: 1px 8px; }"
                      "QToolButton:focus { border: 2px solid #2f5bd3; }"
                      "QToolButton:hover { background: #d5e0fa; }"_s);
        //: %1 is a tag name.
        setToolTip(TagEditor::tr("Remove the tag “%1”").arg(tag));
        setAccessibleName(toolTip());
        QObject::connect(this, &QToolButton::clicked, editor, [editor, tag] { editor->removeTag(tag); });
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            TagEditor* editor = m_editor;
            const QString tag = m_tag;
            QTimer::singleShot(0, editor, [editor, tag] {
                editor->removeTag(tag);
                editor->lineEdit()->setFocus();
            });
            return;
        }
        QToolButton::keyPressEvent(event);
    }

private:
    TagEditor* m_editor;
    QString m_tag;
};

} // namespace

TagEditor::TagEditor(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chips = new QWidget(this);
    m_chips->setObjectName(u"tagChips"_s);
    new FlowLayout(m_chips);
    // As tall as its lines of chips, never stretched by spare room.
    m_chips->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_chips);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"tagEdit"_s);
    m_texts.add([this] {
        m_edit->setPlaceholderText(tr("Type a tag and press Enter; existing tags are suggested"));
    });
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_error = new QLabel(this);
    m_error->setObjectName(u"tagError"_s);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_known = new QStandardItemModel(this);
    m_completer = new QCompleter(m_known, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        showError(QString());
        // A comma (also the full-width one of Chinese input) ends a tag.
        if (text.contains(u',') || text.contains(u'，')) {
            commitText();
            return;
        }
        m_completer->setCompletionPrefix(text);
        if (!text.trimmed().isEmpty())
            m_completer->complete();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            commitText();
    });
    connect(m_completer, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QString tag = index.data(TagRole).toString();
                QTimer::singleShot(0, this, [this, tag] {
                    m_edit->clear();
                    addTag(tag);
                });
            });
}

void TagEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
    }
    QWidget::changeEvent(event);
}

void TagEditor::setKnownTags(const QList<relay::TagCount>& tags)
{
    m_known->clear();
    for (const relay::TagCount& t : tags) {
        //: Completion entry for a tag: %1 is the tag, %n the number of API keys carrying it.
        auto* item = new QStandardItem(tr("%1 (%n key(s))", nullptr, t.keys).arg(t.name));
        item->setData(t.name, TagRole);
        m_known->appendRow(item);
    }
}

void TagEditor::setTags(const QStringList& tags)
{
    m_tags = tags;
    rebuildChips();
    showError(QString());
}

bool TagEditor::addTag(const QString& raw)
{
    // QString::trimmed removes the Unicode spaces JavaScript's trim() does (incl. U+3000).
    const QString tag = raw.trimmed();
    if (tag.isEmpty())
        return false;
    if (m_tags.contains(tag)) {
        showError(tr("The tag “%1” is already added.").arg(tag));
        return false;
    }
    const QList<relay::ValidationIssue> issues = relay::KeyValidator::validateTagName(tag);
    if (relay::KeyValidator::hasErrors(issues)) {
        showError(relay::KeyValidator::errorsOnly(issues).first().message);
        return false;
    }
    if (m_tags.size() >= relay::KeyValidator::MaxTags) {
        showError(tr("A key can have at most %1 tags.").arg(relay::KeyValidator::MaxTags));
        return false;
    }
    m_tags.append(tag);
    rebuildChips();
    showError(QString());
    emit tagsChanged();
    return true;
}

bool TagEditor::removeTag(const QString& tag)
{
    if (!m_tags.removeOne(tag))
        return false;
    rebuildChips();
    emit tagsChanged();
    return true;
}

QString TagEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TagEditor::commitText()
{
    const QStringList parts = m_edit->text().split(QRegularExpression(u"[,，]"_s));
    m_edit->clear();
    QStringList refused;
    QString firstError;
    for (const QString& part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        if (!addTag(part)) {
            refused << part.trimmed();
            if (firstError.isEmpty())
                firstError = m_error->text();
        }
    }
    if (!refused.isEmpty()) {
        // Keep what was refused in the field, so it can be corrected.
        m_edit->setText(refused.join(u", "_s));
        showError(firstError);
    }
}

void TagEditor::rebuildChips()
{
    QLayout* flow = m_chips->layout();
    while (QLayoutItem* item = flow->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    for (const QString& tag : std::as_const(m_tags))
        flow->addWidget(new Chip(tag, this));
    m_chips->setVisible(!m_tags.isEmpty());
    m_chips->updateGeometry();
}

void TagEditor::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool TagEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Backspace && m_edit->text().isEmpty() && !m_tags.isEmpty()) {
            removeTag(m_tags.last());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rka::ui
