#pragma once

#include "Retranslate.h"
#include "relay/KeyAggregates.h"

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace rka::ui {

// The tags of a key as removable chips, and a line edit that adds more: completion from every
// existing tag with its key count ("team-a (12 keys)"), free entry of new tags, Enter or a comma
// adds, Backspace in the empty field removes the last tag, Delete or Backspace on a focused chip
// removes it. Tags are trimmed; duplicates and tags the validator refuses are rejected with its
// message. Any script works: tags are stored as UTF-8 JSON.
class TagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagEditor(QWidget* parent = nullptr);

    void setKnownTags(const QList<relay::TagCount>& tags);
    void setTags(const QStringList& tags);
    QStringList tags() const { return m_tags; }
    // Adds one tag (trimmed); false, with the reason in errorText(), when it is refused.
    bool addTag(const QString& tag);
    bool removeTag(const QString& tag);
    QString errorText() const;
    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }

signals:
    void tagsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    void changeEvent(QEvent* event) override;

private:
    void commitText();
    void rebuildChips();
    void showError(const QString& text);

    QStringList m_tags;
    QWidget* m_chips = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_known = nullptr;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
