#pragma once

#include "KeySettingsText.h"

#include "relay/KeyListReader.h"

#include <QElapsedTimer>
#include <QHash>
#include <QScrollArea>

#include <functional>
#include <optional>

class QFormLayout;
class QFrame;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace rka::ui {

class LimitBar;

// The read-only detail pane for the selected key: header (icon, name, status, id with "Copy id",
// "Edit…"), every setting in words, malformed fields, usage, costs against their limits, the rate
// window with a ticking countdown, concurrency and the last account that served the key.
//
// Every value is a QLabel (or LimitBar) whose objectName is the row's name ("permissions",
// "binding_claudeAccountId", "usage_today_requests", "costDaily", "lastAccount", ...), so tests and
// the main window find them by name. Rows that do not apply are hidden.
class KeyDetailWidget : public QScrollArea
{
    Q_OBJECT
public:
    explicit KeyDetailWidget(QWidget* parent = nullptr);
    ~KeyDetailWidget() override;

    // Shows `entry` (copied; nullptr = clear()). The directories are read here and not kept.
    void setEntry(const relay::KeyEntry* entry, const relay::AccountDirectory& accounts,
                  const relay::UserDirectory& users, const relay::ReleaseDetection& release,
                  const QDateTime& now);
    // Shows the "Select a key" placeholder.
    void clear();
    // Re-evaluates what depends on the time: status, expiry, the window countdown, "ago" texts.
    void setNow(const QDateTime& now);
    // Whether the pane advances its own time every second while a rate window runs (default on).
    void setTicking(bool on);
    void setEditEnabled(bool enabled);

    bool hasEntry() const { return m_entry.has_value(); }
    QByteArray keyId() const { return m_entry ? m_entry->id : QByteArray(); }
    QDateTime now() const { return m_now; }
    // The text of a named value, "" when there is none or its row is hidden.
    QString valueText(const QString& name) const;
    // Whether a named value is marked as a problem (broken, missing, malformed, over a limit).
    bool isProblem(const QString& name) const;

signals:
    void editRequested(const QByteArray& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // Runs `set` now and again after each language change.
    void translate(const std::function<void()>& set);
    void translateRowLabel(QFormLayout* form, QWidget* field, const std::function<QString()>& label);
    void buildHeader(QVBoxLayout* content);
    void buildSettings(QVBoxLayout* content);
    void buildUsage(QVBoxLayout* content);
    void buildLimits(QVBoxLayout* content);
    // `label` is a source text (QT_TR_NOOP) or a function giving the label in the current language.
    QLabel* addRow(QFormLayout* form, const QString& name, const char* label);
    QLabel* addRow(QFormLayout* form, const QString& name, const std::function<QString()>& label);
    LimitBar* addBar(QFormLayout* form, const QString& name, const char* label);
    LimitBar* addBar(QFormLayout* form, const QString& name, const std::function<QString()>& label);
    void setValue(const QString& name, const DetailValue& value,
                  const QList<relay::ApiKeyField>& fields = {});
    void setBar(const QString& name, double current, std::optional<double> limit, bool money,
                relay::ApiKeyField limitField);
    void fillStatic(const relay::AccountDirectory& accounts, const relay::UserDirectory& users,
                    const relay::ReleaseDetection& release);
    void fillTimed();
    void fillWindow();
    void fillMalformed();
    void copyId();

    std::optional<relay::KeyEntry> m_entry;
    QDateTime m_now;
    QElapsedTimer m_sinceNow;
    QTimer* m_tick = nullptr;
    bool m_ticking = true;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_id = nullptr;
    QPushButton* m_copyId = nullptr;
    QPushButton* m_edit = nullptr;
    QFrame* m_malformedBox = nullptr;
    QLabel* m_malformedText = nullptr;
    QLabel* m_modelNote = nullptr;
    QHash<QString, QLabel*> m_values;
    QHash<QString, LimitBar*> m_bars;
    QHash<QWidget*, QFormLayout*> m_rowForms; // value widget -> its form, to hide the row
    QList<std::function<void()>> m_retranslate;
};

} // namespace rka::ui
