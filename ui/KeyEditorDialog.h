#pragma once

#include "ConflictDialog.h"
#include "OneTimeKeyDialog.h"
#include "editor/EditorContext.h"

#include "relay/KeyListReader.h"
#include "relay/KeyWriter.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class KeyEditorDialog;
}

namespace rka::ui {

class EditorPage;
class KeyEditorBasicsPage;
class KeyEditorBindingsPage;
class KeyEditorExpiryPage;
class KeyEditorIconPage;
class KeyEditorLimitsPage;
class KeyEditorRestrictionsPage;

// The one editor for API keys: create, edit, batch create and batch edit, in sections. Every field
// is validated as the user types (with the service's rules and messages, KeyValidator), the message
// shown under the field; nothing is written while a field is invalid. Saving runs the key writer
// asynchronously (the dialog stays responsive), writes only the changed fields, and shows a conflict
// when another client changed the same fields since the editor opened.
class KeyEditorDialog : public QDialog
{
    Q_OBJECT
public:
    using ConfirmHook = std::function<bool(const QStringList& changes)>;

    static KeyEditorDialog* forCreate(const EditorContext& context, QWidget* parent = nullptr);
    static KeyEditorDialog* forEdit(const EditorContext& context, const relay::KeyEntry& entry,
                                    QWidget* parent = nullptr);
    static KeyEditorDialog* forBatchCreate(const EditorContext& context, QWidget* parent = nullptr);
    static KeyEditorDialog* forBatchEdit(const EditorContext& context, const QList<relay::KeyEntry>& selected,
                                         QWidget* parent = nullptr);
    ~KeyEditorDialog() override;

    EditorMode mode() const { return m_mode; }
    // The key as the writer needs it, in the stored form: for edit the loaded key with the user's
    // changes, for create only the fields the user chose (the rest get the service's defaults).
    relay::ApiKey settings() const;
    // The issues of the current settings (errors block saving; warnings do not).
    QList<relay::ValidationIssue> issues() const;
    // The changes a save would make, one readable line each ("Daily cost limit: 10 → 20").
    QStringList changeSummary() const;
    // Called with changeSummary() before anything is written; returning false writes nothing.
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

    QString issueText(relay::ApiKeyField field) const;
    QString statusText() const;
    bool isSaving() const { return m_saving; }
    QPushButton* saveButton() const { return m_save; }
    QList<EditorPage*> pages() const { return m_pages; }
    void showSection(EditorPage* page);
    KeyEditorBasicsPage* basicsPage() const { return m_basics; }
    KeyEditorBindingsPage* bindingsPage() const { return m_bindings; }
    KeyEditorRestrictionsPage* restrictionsPage() const { return m_restrictions; }
    KeyEditorLimitsPage* limitsPage() const { return m_limits; }
    KeyEditorExpiryPage* expiryPage() const { return m_expiry; }
    KeyEditorIconPage* iconPage() const { return m_icon; }
    // Open while a conflict is being decided.
    ConflictDialog* conflictDialog() const { return m_conflictDialog; }
    // The one-time display of the keys just created (it outlives the editor).
    OneTimeKeyDialog* oneTimeKeyDialog() const { return m_oneTime; }

public slots:
    void save();

signals:
    void keysWritten(const QList<QByteArray>& ids);

protected:
    void changeEvent(QEvent* event) override;

private:
    KeyEditorDialog(EditorMode mode, const EditorContext& context, QWidget* parent);
    // The title, header and save button of the mode (QEvent::LanguageChange).
    void retranslateUi();
    void addPage(EditorPage* page);
    void loadAll(const relay::ApiKey& key);
    void refreshIssues();
    int showIssues(const QList<relay::ValidationIssue>& issues);
    bool confirm(const QStringList& changes);
    void setBusy(bool busy, const QString& status = QString());
    void setStatus(const QString& text, bool error);
    QList<relay::ApiKeyField> batchFields() const;

    // KeyEditorSave.cpp: the writes.
    void saveCreate();
    void saveUpdate(const relay::ApiKey& base, const relay::ApiKey& edited, bool keepMine);
    void saveBatchEdit();
    void onWritten(const relay::WriteResult& result, const relay::ApiKey& edited);
    void onConflict(const relay::WriteResult& result, const relay::ApiKey& edited);
    void showFailure(const relay::WriteResult& result);
    void showNewKeys(const relay::WriteResult& result);
    void activateNow();
    void renew(qint64 seconds);

    std::unique_ptr<Ui::KeyEditorDialog> m_ui;
    EditorMode m_mode;
    EditorContext m_context;
    std::unique_ptr<relay::KeyWriter> m_writer;
    relay::ApiKey m_base; // edit: the key as loaded (the conflict check's "when it was opened")
    relay::ApiKey m_initial; // settings() right after loading: what "changed" is measured against
    QByteArray m_id;
    QList<QByteArray> m_batchIds;
    QList<EditorPage*> m_pages;
    KeyEditorBasicsPage* m_basics = nullptr;
    KeyEditorBindingsPage* m_bindings = nullptr;
    KeyEditorRestrictionsPage* m_restrictions = nullptr;
    KeyEditorLimitsPage* m_limits = nullptr;
    KeyEditorExpiryPage* m_expiry = nullptr;
    KeyEditorIconPage* m_icon = nullptr;
    QPushButton* m_save = nullptr;
    ConfirmHook m_confirm;
    bool m_saving = false;
    bool m_attempted = false; // after the first save, every issue is shown, not only edited fields'
    QPointer<ConflictDialog> m_conflictDialog;
    QPointer<OneTimeKeyDialog> m_oneTime;
};

} // namespace rka::ui
