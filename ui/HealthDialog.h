#pragma once

#include "Retranslate.h"
#include "relay/HealthCheck.h"
#include "relay/KeyWriter.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace rka::ui {

// The health report (relay::HealthCheck) in a window: every finding with its explanation and the
// commands of its repair. Checked repairs run after a question that lists exactly which Redis keys
// they delete and change, and, on a production profile, after the confirm hook asked for the
// profile's name. Without a writable writer (a read-only profile or database) there is no repair
// button at all, and repairChecked() refuses.
class HealthDialog : public QDialog
{
    Q_OBJECT
public:
    // `writer` may be null (read-only). Not owned; both must outlive the dialog.
    HealthDialog(redis::Connection& connection, relay::KeyWriter* writer, QWidget* parent = nullptr);
    ~HealthDialog() override;

    void setConfirmHook(std::function<bool(const QString& title, const QStringList& changes)> hook);

    // Runs the check over these keys (as KeyListReader read them).
    void start(const QList<relay::KeyEntry>& keys, const relay::ReleaseDetection& release);
    bool isRunning() const;
    bool canRepair() const;

    const QList<relay::HealthFinding>& findings() const;
    // Checks (or unchecks) every finding that has a repair.
    void checkAllRepairable(bool checked = true);
    QList<relay::HealthFinding> checkedFindings() const;
    // Asks, then repairs the checked findings and runs the check again.
    void repairChecked();

    // What the question lists for these findings: one line per finding, its commands indented.
    static QStringList describeRepairs(const QList<relay::HealthFinding>& findings);
    // Distinct Redis keys the repairs delete (DEL/UNLINK) and change (every other command).
    static std::pair<QList<QByteArray>, QList<QByteArray>>
    touchedKeys(const QList<relay::HealthFinding>& findings);

    QString statusText() const;
    QPushButton* repairButton() const { return m_repairButton; }
    QTreeWidget* findingsView() const { return m_tree; }

signals:
    // A repair was written (or reported reverted); the key list should reload.
    void repaired();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void showDetails();
    void setBusy(bool busy);

    redis::Connection& m_connection;
    QPointer<relay::KeyWriter> m_writer;
    std::unique_ptr<relay::HealthCheck> m_check;
    QList<relay::KeyEntry> m_keys;
    relay::ReleaseDetection m_release;
    std::function<bool(const QString&, const QStringList&)> m_confirmHook;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_rerunButton = nullptr;
    QPushButton* m_repairButton = nullptr;
    bool m_busy = false;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
