#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QSignalBlocker>

namespace rka::ui {

namespace {
QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // Leaving the program with a secret on the clipboard would defeat the timer. Without the
    // `cleared` signal: the guard dies with its dialog, whose slot would run on a half-destroyed
    // object (UBSan found it: ~QWidget deletes the guard after ~OneTimeKeyDialog has run).
    if (m_timer.isActive()) {
        const QSignalBlocker quiet(this);
        clearNow();
    }
}

void ClipboardGuard::copySecret(const QString& text, int seconds)
{
    QGuiApplication::clipboard()->setText(text);
    m_digest = seconds > 0 ? digestOf(text) : QByteArray();
    if (seconds > 0)
        m_timer.start(seconds * 1000);
    else
        m_timer.stop();
}

int ClipboardGuard::remainingSeconds() const
{
    return m_timer.isActive() ? (m_timer.remainingTime() + 999) / 1000 : 0;
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!m_digest.isEmpty() && digestOf(clipboard->text()) == m_digest)
        clipboard->clear();
    m_digest.clear();
    emit cleared();
}

} // namespace rka::ui
