// KeyEditorDialog: the writes (create, update with conflicts, batch edit, activation and renewal).
#include "KeyEditorDialog.h"

#include "ConflictDialog.h"
#include "MessageBox.h"
#include "OneTimeKeyDialog.h"
#include "TagEditor.h"
#include "editor/KeyEditorBasicsPage.h"
#include "editor/KeyEditorExpiryPage.h"

#include "support/Clock.h"

#include <QPushButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::ui {

using relay::ApiKey;
using relay::ApiKeyField;
using relay::WriteResult;
using relay::WriteStatus;

void KeyEditorDialog::saveCreate()
{
    if (m_context.target.service.encryptionKey.isEmpty()) {
        setStatus(
            tr("Creating keys needs the service's ENCRYPTION_KEY (the stored value is a hash of the key "
               "and that secret). Set it in the connection profile; nothing was written."),
            true);
        return;
    }
    if (!confirm(changeSummary())) {
        setStatus(tr("Not confirmed; nothing was written."), false);
        return;
    }
    const ApiKey key = settings();
    QPointer<KeyEditorDialog> self(this);
    auto done = [self, key](const WriteResult& r) {
        if (self)
            self->onWritten(r, key);
    };
    setBusy(true, tr("Creating…"));
    if (m_mode == EditorMode::BatchCreate)
        m_writer->createBatch(key, m_basics->baseName(), m_basics->count(), done);
    else
        m_writer->create(key, done);
}

void KeyEditorDialog::saveUpdate(const ApiKey& base, const ApiKey& edited, bool keepMine)
{
    if (!keepMine && !confirm(changeSummary())) {
        setStatus(tr("Not confirmed; nothing was written."), false);
        return;
    }
    if (base == edited) {
        setStatus(tr("Nothing changed."), false);
        accept();
        return;
    }
    QPointer<KeyEditorDialog> self(this);
    setBusy(true);
    m_writer->update(m_id, base, edited, keepMine, [self, edited](const WriteResult& r) {
        if (self)
            self->onWritten(r, edited);
    });
}

void KeyEditorDialog::saveBatchEdit()
{
    const QList<ApiKeyField> fields = batchFields();
    if (fields.isEmpty()) {
        setStatus(tr("Tick at least one field to change; nothing was written."), true);
        return;
    }
    relay::BatchEdit edit;
    const ApiKey key = settings();
    for (ApiKeyField field : fields) {
        if (field == ApiKeyField::Tags)
            continue;
        edit.set.append({field, key.raw(field).value_or(QByteArray())});
    }
    if (fields.contains(ApiKeyField::Tags)) {
        edit.tagOperation = m_basics->tagOperation();
        edit.tags = m_basics->tagEditor()->tags();
    }
    if (!confirm(changeSummary())) {
        setStatus(tr("Not confirmed; nothing was written."), false);
        return;
    }
    QPointer<KeyEditorDialog> self(this);
    setBusy(true);
    m_writer->batchEdit(m_batchIds, edit, [self, key](const WriteResult& r) {
        if (self)
            self->onWritten(r, key);
    });
}

void KeyEditorDialog::onWritten(const WriteResult& result, const ApiKey& edited)
{
    setBusy(false);
    switch (result.status) {
    case WriteStatus::Ok:
        emit keysWritten(result.keyIds);
        if (m_mode == EditorMode::Create || m_mode == EditorMode::BatchCreate)
            showNewKeys(result);
        accept();
        return;
    case WriteStatus::Reverted:
        // Written, then overwritten by another writer (section 16): say so, the write itself happened.
        emit keysWritten(result.keyIds);
        MessageBox::warning(this, tr("Change reverted"), result.message);
        accept();
        return;
    case WriteStatus::Conflict:
        onConflict(result, edited);
        return;
    default:
        showFailure(result);
        return;
    }
}

void KeyEditorDialog::showFailure(const WriteResult& result)
{
    if (result.status == WriteStatus::Rejected) {
        m_attempted = true;
        showIssues(result.issues);
        setStatus(result.message, true);
        return;
    }
    if (result.status == WriteStatus::Unknown) {
        setStatus(tr("The connection failed after the change was sent, so it may or may not have been "
                     "written. Reload the key list to see. (%1)")
                      .arg(result.message),
                  true);
        return;
    }
    setStatus(result.message.isEmpty() ? tr("The change could not be written.") : result.message, true);
}

void KeyEditorDialog::onConflict(const WriteResult& result, const ApiKey& edited)
{
    setStatus(result.message, true);
    auto* dialog = new ConflictDialog(result.conflicts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    const QList<relay::FieldConflict> conflicts = result.conflicts;
    connect(dialog, &QDialog::finished, this, [this, dialog, conflicts, edited] {
        switch (dialog->choice()) {
        case ConflictDialog::Choice::KeepMine:
            saveUpdate(m_base, edited, true);
            break;
        case ConflictDialog::Choice::TakeTheirs: {
            // The stored values win for the conflicting fields; the user's other changes are written.
            ApiKey base = m_base;
            ApiKey mine = edited;
            for (const relay::FieldConflict& c : conflicts) {
                for (ApiKey* k : {&base, &mine}) {
                    if (c.theirs)
                        k->setRaw(c.field, *c.theirs);
                    else
                        k->remove(c.field);
                }
            }
            m_base = base;
            saveUpdate(base, mine, false);
            break;
        }
        case ConflictDialog::Choice::Cancel:
            setStatus(tr("Nothing was written. The key was changed by someone else; review the fields and "
                         "save again, or cancel."),
                      true);
            break;
        }
    });
    dialog->open();
}

void KeyEditorDialog::showNewKeys(const WriteResult& result)
{
    QList<OneTimeKeyDialog::Key> keys;
    for (qsizetype i = 0; i < result.plaintextKeys.size(); ++i) {
        const QString name = m_mode == EditorMode::BatchCreate
            ? u"%1_%2"_s.arg(m_basics->baseName()).arg(i + 1)
            : settings().name();
        keys.append({name, QString::fromLatin1(result.plaintextKeys.at(i))});
    }
    auto* dialog =
        new OneTimeKeyDialog(keys, m_context.baseUrl, m_context.clipboardClearSeconds, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_oneTime = dialog;
    dialog->open();
}

void KeyEditorDialog::activateNow()
{
    if (m_mode != EditorMode::Edit || !m_writer || m_saving)
        return;
    //: Confirmation line for manual activation of an API key; %1 is its name.
    if (!confirm({tr("Activate “%1” now").arg(m_base.name())}))
        return;
    QPointer<KeyEditorDialog> self(this);
    setBusy(true, tr("Activating…"));
    const QDateTime started = support::Clock::currentDateTimeUtc();
    m_writer->activate(m_id, [self, started](const WriteResult& r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r.ok()) {
            self->showFailure(r);
            return;
        }
        // The writer counts in the key's own unit (B10); show the same result. The exact stored instants
        // are within the write's round trip of this estimate.
        ApiKey& k = self->m_base;
        const double amount = k.serviceNumber(ApiKeyField::ActivationDays);
        const qint64 n = std::isfinite(amount) ? qint64(amount) : 30;
        const qint64 unit = k.activationUnit() == u"hours"_s ? 3600 : 86400;
        k.setRaw(ApiKeyField::IsActivated, "true");
        k.setRaw(ApiKeyField::ActivatedAt, started.toString(Qt::ISODateWithMs).toLatin1());
        k.setRaw(ApiKeyField::ExpiresAt, started.addSecs(n * unit).toString(Qt::ISODateWithMs).toLatin1());
        self->m_expiry->showState(k);
        self->setStatus(tr("The key is activated."), false);
        emit self->keysWritten({self->m_id});
    });
}

void KeyEditorDialog::renew(qint64 seconds)
{
    if (m_mode != EditorMode::Edit || !m_writer || m_saving || seconds <= 0)
        return;
    //: Confirmation line for renewing an API key; %1 its name, %n days.
    if (!confirm({tr("Renew “%1” by %n day(s)", nullptr, int(seconds / 86400)).arg(m_base.name())}))
        return;
    QPointer<KeyEditorDialog> self(this);
    setBusy(true, tr("Renewing…"));
    const QDateTime started = support::Clock::currentDateTimeUtc();
    m_writer->renew(m_id, seconds, [self, started, seconds](const WriteResult& r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r.ok()) {
            self->showFailure(r);
            return;
        }
        ApiKey& k = self->m_base;
        const std::optional<QDateTime> current = k.serviceDate(ApiKeyField::ExpiresAt);
        const QDateTime from = current && *current > started ? *current : started;
        k.setRaw(ApiKeyField::ExpiresAt, from.addSecs(seconds).toString(Qt::ISODateWithMs).toLatin1());
        if (!k.isActivated()) {
            k.setRaw(ApiKeyField::IsActivated, "true");
            k.setRaw(ApiKeyField::ActivatedAt, started.toString(Qt::ISODateWithMs).toLatin1());
        }
        self->m_expiry->showState(k);
        self->setStatus(tr("The key is renewed."), false);
        emit self->keysWritten({self->m_id});
    });
}

} // namespace rka::ui
