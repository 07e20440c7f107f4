#pragma once

#include "Retranslate.h"
#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace rka::ui {

class ClipboardGuard;

// Shows newly created or regenerated API keys exactly once: they are stored nowhere, so this is the
// only chance to copy them. Offers copy, copy as a Claude Code environment snippet, and (for a
// batch) copy all / save as a text file. The clipboard is cleared after the configured time if it
// still holds a key. The keys are wiped from the dialog's memory when it closes.
class OneTimeKeyDialog : public QDialog
{
    Q_OBJECT
public:
    struct Key
    {
        QString name;
        QString plaintext;
    };

    OneTimeKeyDialog(const QList<Key>& keys, const QString& baseUrl, int clipboardClearSeconds,
                     QWidget* parent = nullptr);
    ~OneTimeKeyDialog() override;

    // The snippet for Claude Code: ANTHROPIC_BASE_URL and ANTHROPIC_AUTH_TOKEN.
    static QString environmentSnippet(const QString& baseUrl, const QString& plaintext);

    void copyKey();
    void copySnippet();
    void copyAll();
    bool saveToFile(const QString& path, QString* error = nullptr);
    ClipboardGuard* clipboardGuard() const { return m_guard; }

protected:
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateClipboardNote();

    QList<Key> m_keys;
    QString m_baseUrl;
    int m_clearSeconds;
    ClipboardGuard* m_guard;
    QLabel* m_clipboardNote = nullptr;
    QPlainTextEdit* m_text = nullptr;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
