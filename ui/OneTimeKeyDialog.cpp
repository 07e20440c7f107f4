#include "OneTimeKeyDialog.h"

#include "ClipboardGuard.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace rka::ui {

OneTimeKeyDialog::OneTimeKeyDialog(const QList<Key>& keys, const QString& baseUrl, int clipboardClearSeconds,
                                   QWidget* parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_baseUrl(baseUrl)
    , m_clearSeconds(clipboardClearSeconds)
    , m_guard(new ClipboardGuard(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* warning = new QLabel;
    m_texts.add([this, warning] {
        const int n = int(m_keys.size());
        setWindowTitle(n == 1 ? tr("New API key") : tr("%n new API keys", nullptr, n));
        warning->setText(n == 1
                             ? tr("Copy this key now. It is shown only once: the service stores only a hash "
                                  "of it, so nobody can show it again. If it is lost, regenerate the key.")
                             : tr("Copy these keys now. They are shown only once: the service stores only "
                                  "hashes of them, so nobody can show them again."));
    });
    warning->setWordWrap(true);
    warning->setObjectName(u"oneTimeWarning"_s);
    warning->setStyleSheet(u"QLabel { background: #fff4e5; color: #7a4100; border: 1px solid #f0b35b; "
                           "border-radius: 4px; padding: 8px; }"_s);
    layout->addWidget(warning);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"keysText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QStringList lines;
    for (const Key& k : std::as_const(m_keys))
        lines << (m_keys.size() == 1 ? k.plaintext : k.name + u"\t"_s + k.plaintext);
    m_text->setPlainText(lines.join(u'\n'));
    m_text->setMinimumWidth(640);
    m_text->setFixedHeight(keys.size() == 1 ? 48 : 220);
    layout->addWidget(m_text);

    if (m_keys.size() == 1) {
        auto* snippetLabel = new QLabel;
        m_texts.add([snippetLabel] { snippetLabel->setText(tr("For Claude Code:")); });
        layout->addWidget(snippetLabel);
        auto* snippet = new QPlainTextEdit(this);
        snippet->setObjectName(u"snippetText"_s);
        snippet->setReadOnly(true);
        snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        snippet->setPlainText(environmentSnippet(m_baseUrl, m_keys.first().plaintext));
        snippet->setFixedHeight(60);
        layout->addWidget(snippet);
    }

    m_clipboardNote = new QLabel(this);
    m_clipboardNote->setObjectName(u"clipboardNote"_s);
    layout->addWidget(m_clipboardNote);

    auto* buttons = new QDialogButtonBox(this);
    if (m_keys.size() == 1) {
        QPushButton* copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        copy->setObjectName(u"copyKeyButton"_s);
        connect(copy, &QPushButton::clicked, this, &OneTimeKeyDialog::copyKey);
        QPushButton* env = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        m_texts.add([copy, env] {
            copy->setText(tr("&Copy key"));
            env->setText(tr("Copy as &environment"));
        });
        env->setObjectName(u"copySnippetButton"_s);
        connect(env, &QPushButton::clicked, this, &OneTimeKeyDialog::copySnippet);
    } else {
        QPushButton* all = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        all->setObjectName(u"copyAllButton"_s);
        connect(all, &QPushButton::clicked, this, &OneTimeKeyDialog::copyAll);
        QPushButton* save = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        m_texts.add([all, save] {
            all->setText(tr("&Copy all"));
            save->setText(tr("&Save as text file…"));
        });
        save->setObjectName(u"saveButton"_s);
        connect(save, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save the keys"), u"api-keys.txt"_s,
                                                              tr("Text files (*.txt)"));
            QString error;
            if (!path.isEmpty() && !saveToFile(path, &error))
                MessageBox::critical(this, tr("Save the keys"), error);
        });
    }
    QPushButton* done = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_texts.add([done] { done->setText(tr("I have saved it")); });
    done->setObjectName(u"doneButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);

    auto* tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &OneTimeKeyDialog::updateClipboardNote);
    tick->start(1000);
    connect(m_guard, &ClipboardGuard::cleared, this, &OneTimeKeyDialog::updateClipboardNote);
    updateClipboardNote();
}

OneTimeKeyDialog::~OneTimeKeyDialog()
{
    for (Key& k : m_keys)
        k.plaintext.fill(u'\0');
}

void OneTimeKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        updateClipboardNote();
    }
    QDialog::changeEvent(event);
}

QString OneTimeKeyDialog::environmentSnippet(const QString& baseUrl, const QString& plaintext)
{
    const QString url = baseUrl.isEmpty() ? u"http://127.0.0.1:3000/api"_s : baseUrl;
    return u"export ANTHROPIC_BASE_URL=\"%1\"\nexport ANTHROPIC_AUTH_TOKEN=\"%2\""_s.arg(url, plaintext);
}

void OneTimeKeyDialog::copyKey()
{
    m_guard->copySecret(m_keys.first().plaintext, m_clearSeconds);
    updateClipboardNote();
}

void OneTimeKeyDialog::copySnippet()
{
    m_guard->copySecret(environmentSnippet(m_baseUrl, m_keys.first().plaintext), m_clearSeconds);
    updateClipboardNote();
}

void OneTimeKeyDialog::copyAll()
{
    m_guard->copySecret(m_text->toPlainText(), m_clearSeconds);
    updateClipboardNote();
}

bool OneTimeKeyDialog::saveToFile(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Readable by the user only, before any secret goes in.
    ::fchmod(file.handle(), 0600);
    file.write(m_text->toPlainText().toUtf8() + '\n');
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void OneTimeKeyDialog::updateClipboardNote()
{
    if (m_guard->isPending())
        m_clipboardNote->setText(
            tr("Copied. The clipboard is cleared in %n second(s).", nullptr, m_guard->remainingSeconds()));
    else if (m_clearSeconds > 0)
        m_clipboardNote->setText(
            tr("A copied key is cleared from the clipboard after %n second(s).", nullptr, m_clearSeconds));
    else
        m_clipboardNote->setText(tr("A copied key stays on the clipboard."));
}

void OneTimeKeyDialog::done(int result)
{
    m_text->clear();
    QDialog::done(result);
}

} // namespace rka::ui
