#pragma once

#include <QObject>
#include <QTimer>

namespace rka::ui {

// Puts a secret on the clipboard and takes it off again after a delay, but only if the clipboard
// still holds it (the user may have copied something else meanwhile). The secret is kept only as a
// SHA-256 digest, never as text, while waiting.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // seconds <= 0: copy without clearing.
    void copySecret(const QString& text, int seconds);
    bool isPending() const { return m_timer.isActive(); }
    int remainingSeconds() const;

public slots:
    void clearNow();

signals:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_digest;
};

} // namespace rka::ui
