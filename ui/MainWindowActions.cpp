// MainWindow's actions: the writes (each through runWrite) and the profile handling.

#include "MainWindow.h"

#include "ConflictDialog.h"
#include "ConnectionDialog.h"
#include "HealthDialog.h"
#include "KeyEditorDialog.h"
#include "KeyTableModel.h"
#include "LogsWindow.h"
#include "MessageBox.h"
#include "OneTimeKeyDialog.h"
#include "ProductionConfirmDialog.h"
#include "ProfileDialog.h"
#include "TagManagerDialog.h"
#include "TrashModel.h"
#include "editor/EditorContext.h"

#include "relay/KeyAggregates.h"
#include "relay/PurgePreview.h"
#include "support/SecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rka::ui {

QStringList MainWindow::describe(const QList<QByteArray>& ids, const QString& what) const
{
    QStringList lines;
    for (const QByteArray& id : ids)
        lines << u"%1 — %2"_s.arg(keyName(id), what);
    return lines;
}

bool MainWindow::confirmProduction(const QString& title, const QStringList& changes)
{
    if (!m_session || !m_session->profile().production)
        return true;
    ProductionConfirmDialog dialog(m_session->profile().name, title, changes, this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::runWrite(const QString& title, const QStringList& changes, const WriteOperation& operation,
                          std::function<void(const relay::WriteResult&)> after)
{
    if (!m_session || !m_session->writer() || m_writing)
        return;
    if (m_session->profile().readOnly) { // the actions are hidden; a write reached here anyway
        statusBar()->showMessage(tr("This profile is read-only; nothing was written."));
        return;
    }
    if (!confirmProduction(title, changes)) {
        statusBar()->showMessage(tr("Cancelled; nothing was written."));
        return;
    }
    m_writing = true;
    updateActions();
    statusBar()->showMessage(tr("%1…").arg(title));
    QPointer<MainWindow> self(this);
    operation(*m_session->writer(), [self, title, after](const relay::WriteResult& result) {
        if (!self)
            return;
        self->m_writing = false;
        self->updateActions();
        if (result.ok()) {
            self->statusBar()->showMessage(
                result.message.isEmpty() ? tr("%1: done (%n key(s)).", nullptr, result.changedKeys).arg(title)
                                         : result.message);
        } else {
            QStringList details {result.message};
            for (const relay::ValidationIssue& i : result.issues)
                if (!i.warning)
                    details << u"• "_s + i.message;
            MessageBox::warning(self, title, details.join(u'\n'));
            self->statusBar()->showMessage(result.message);
        }
        if (after)
            after(result);
        emit self->writeFinished(result);
        self->refresh();
    });
}

void MainWindow::setSelectedActive(bool active)
{
    const QList<QByteArray> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (!active &&
        MessageBox::question(this, tr("Disable keys"),
                             tr("Disable %n key(s)? Every request with them is refused until they are "
                                "enabled again.",
                                nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    runWrite(
        active ? tr("Enable keys") : tr("Disable keys"), describe(ids, active ? tr("enable") : tr("disable")),
        [ids, active](relay::KeyWriter& w, relay::KeyWriter::Callback cb) { w.setActive(ids, active, cb); });
}

void MainWindow::addTagToSelected(const QString& tag)
{
    const QList<QByteArray> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString name = tag;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getItem(this, tr("Add tag"),
                                     tr("Tag to add to %n key(s):", nullptr, int(ids.size())),
                                     m_model->allTags(), 0, true, &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return;
    }
    relay::BatchEdit edit;
    edit.tagOperation = relay::BatchEdit::TagOperation::Add;
    edit.tags = {name};
    runWrite(tr("Add tag"), describe(ids, tr("add tag \"%1\"").arg(name)),
             [ids, edit](relay::KeyWriter& w, relay::KeyWriter::Callback cb) { w.batchEdit(ids, edit, cb); });
}

void MainWindow::removeTagFromSelected(const QString& tag)
{
    const QList<QByteArray> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString name = tag;
    if (name.isEmpty()) {
        QStringList present;
        for (const QByteArray& id : ids) {
            const int row = m_model->rowOfId(id);
            if (row >= 0)
                for (const QString& t : m_model->row(row).tags)
                    if (!present.contains(t))
                        present << t;
        }
        if (present.isEmpty()) {
            statusBar()->showMessage(tr("The selected keys have no tags."));
            return;
        }
        bool ok = false;
        name = QInputDialog::getItem(this, tr("Remove tag"), tr("Tag to remove:"), present, 0, false, &ok);
        if (!ok)
            return;
    }
    relay::BatchEdit edit;
    edit.tagOperation = relay::BatchEdit::TagOperation::Remove;
    edit.tags = {name};
    runWrite(tr("Remove tag"), describe(ids, tr("remove tag \"%1\"").arg(name)),
             [ids, edit](relay::KeyWriter& w, relay::KeyWriter::Callback cb) { w.batchEdit(ids, edit, cb); });
}

void MainWindow::trashSelected()
{
    const QList<QByteArray> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // A move to the trash, restorable (unlike the web admin's wording, D6).
    if (MessageBox::question(
            this, tr("Move to trash"),
            tr("Move %n key(s) to the trash? They stop working at once; you can restore them "
               "from the trash.",
               nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    runWrite(tr("Move to trash"), describe(ids, tr("move to the trash")),
             [ids](relay::KeyWriter& w, relay::KeyWriter::Callback cb) { w.softDelete(ids, cb); });
}

void MainWindow::regenerateCurrent()
{
    const QList<QByteArray> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QByteArray id = ids.first();
    const QString name = keyName(id);
    if (MessageBox::question(
            this, tr("Regenerate key"),
            tr("Give \"%1\" a new secret? The current one stops working at once; every client "
               "using it needs the new one.")
                .arg(name)) != QMessageBox::Yes)
        return;
    runWrite(
        tr("Regenerate key"), {tr("%1 — new secret; the old one stops working").arg(name)},
        [id](relay::KeyWriter& w, relay::KeyWriter::Callback cb) { w.regenerate(id, cb); },
        [this, name](const relay::WriteResult& r) {
            if (!r.ok() || r.plaintextKeys.isEmpty() || !m_session)
                return;
            OneTimeKeyDialog dialog({{name, QString::fromLatin1(r.plaintextKeys.first())}},
                                    m_session->profile().baseUrl, m_session->profile().clipboardClearSeconds,
                                    this);
            dialog.exec();
        });
}

void MainWindow::copyCurrentId()
{
    const QList<QByteArray> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList text;
    for (const QByteArray& id : ids)
        text << QString::fromLatin1(id);
    QGuiApplication::clipboard()->setText(text.join(u'\n'));
    statusBar()->showMessage(tr("Copied %n id(s).", nullptr, int(ids.size())));
}

void MainWindow::restoreSelectedInTrash()
{
    const QList<QByteArray> ids = selectedTrashIds();
    if (ids.isEmpty())
        return;
    runWrite(tr("Restore keys"), describe(ids, tr("restore (enabled)")),
             [ids](relay::KeyWriter& w, relay::KeyWriter::Callback cb) { w.restore(ids, cb); });
}

void MainWindow::purgeSelectedInTrash()
{
    const QList<QByteArray> ids = selectedTrashIds();
    if (ids.isEmpty())
        return;
    confirmPurge(tr("Delete permanently"), ids,
                 tr("Delete %n key(s) permanently? The keys, their usage and cost history, their request "
                    "records and limits are removed from Redis. This cannot be undone.",
                    nullptr, int(ids.size())));
}

void MainWindow::emptyTrash()
{
    const QList<QByteArray> ids = m_trash->ids();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("The trash is empty."));
        return;
    }
    confirmPurge(tr("Empty trash"), ids,
                 tr("Delete all %n key(s) in the trash permanently, with their usage and cost history? "
                    "This cannot be undone.",
                    nullptr, int(ids.size())));
}

void MainWindow::confirmPurge(const QString& title, const QList<QByteArray>& ids, const QString& question)
{
    if (!m_session || !m_session->writer() || m_writing)
        return;
    if (m_session->profile().readOnly) {
        statusBar()->showMessage(tr("This profile is read-only; nothing was written."));
        return;
    }
    QList<relay::KeyEntry> entries;
    for (const QByteArray& id : ids)
        for (const relay::KeyEntry& e : m_session->keys())
            if (e.id == id)
                entries.append(e);
    // First find, read-only, every Redis key that goes with them, so the question can name them all.
    m_writing = true;
    updateActions();
    statusBar()->showMessage(tr("Finding what %n key(s) leave behind…", nullptr, int(ids.size())));
    QPointer<MainWindow> self(this);
    relay::PurgePreview::load(
        m_session->connection(), entries, this,
        [self, title, ids, question](const QList<relay::PurgePreviewItem>& items,
                                     const redis::RedisError& e) {
            if (!self)
                return;
            self->m_writing = false;
            self->updateActions();
            if (e) {
                MessageBox::warning(self, title, tr("Nothing was deleted: %1").arg(e.message));
                self->statusBar()->showMessage(tr("Cancelled; nothing was written."));
                return;
            }
            constexpr int Shown = 12;
            const QStringList lines = relay::PurgePreview::describe(items, false);
            QString text = question + u"\n\n"_s + lines.mid(0, Shown).join(u'\n');
            if (lines.size() > Shown)
                text += u'\n' + tr("… and %n more (see the details).", nullptr, int(lines.size() - Shown));
            text += u"\n\n"_s +
                tr("In all %n Redis key(s) are deleted; the keys' entries in apikey:hash_map, the cost "
                   "rankings and, where there is one, the key index are removed with them.",
                   nullptr, relay::PurgePreview::totalRedisKeys(items));
            const QStringList details = relay::PurgePreview::describe(items, true);
            if (MessageBox::questionWithDetails(self, title, text, details.join(u'\n'),
                                                QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes) {
                self->statusBar()->showMessage(tr("Cancelled; nothing was written."));
                return;
            }
            // Exactly the keys shown: a key that someone restored meanwhile stops the whole delete.
            self->runWrite(title, details,
                           [ids](relay::KeyWriter& w, relay::KeyWriter::Callback cb) { w.purge(ids, cb); });
        });
}

// --- the editor ------------------------------------------------------------------------------------------

EditorContext MainWindow::editorContext() const
{
    EditorContext c;
    c.connection = &m_session->connection();
    c.target = m_session->writer()->target();
    c.accounts = m_session->accounts();
    c.users = m_session->users();
    c.tags = relay::KeyAggregates::tags(m_session->keys());
    c.models = m_model->allModels();
    c.baseUrl = m_session->profile().baseUrl;
    c.clipboardClearSeconds = m_session->profile().clipboardClearSeconds;
    return c;
}

void MainWindow::openEditor(KeyEditorDialog* dialog)
{
    // A production profile shows the changes and asks for its name before the editor writes.
    dialog->setConfirmHook([this, dialog](const QStringList& changes) {
        return confirmProduction(dialog->windowTitle(), changes);
    });
    connect(dialog, &KeyEditorDialog::keysWritten, this, [this](const QList<QByteArray>& ids) {
        refresh();
        statusBar()->showMessage(tr("Saved %n key(s).", nullptr, int(ids.size())));
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newKey()
{
    if (m_session && m_session->writer() && !m_session->profile().readOnly)
        openEditor(KeyEditorDialog::forCreate(editorContext(), this));
}

void MainWindow::batchCreate()
{
    if (m_session && m_session->writer() && !m_session->profile().readOnly)
        openEditor(KeyEditorDialog::forBatchCreate(editorContext(), this));
}

void MainWindow::editCurrent()
{
    const QList<QByteArray> ids = selectedIds();
    if (!m_session || !m_session->writer() || ids.size() != 1 || !action(u"editKey"_s)->isEnabled())
        return;
    const int row = m_model->rowOfId(ids.first());
    if (row >= 0)
        openEditor(KeyEditorDialog::forEdit(editorContext(), m_model->entry(row), this));
}

void MainWindow::batchEdit()
{
    const QList<QByteArray> ids = selectedIds();
    if (!m_session || !m_session->writer() || m_session->profile().readOnly || ids.size() < 2)
        return;
    QList<relay::KeyEntry> entries;
    for (const QByteArray& id : ids)
        if (const int row = m_model->rowOfId(id); row >= 0)
            entries.append(m_model->entry(row));
    openEditor(KeyEditorDialog::forBatchEdit(editorContext(), entries, this));
}

void MainWindow::manageTags()
{
    if (!m_session || !m_session->writer() || m_session->profile().readOnly)
        return;
    auto* dialog = new TagManagerDialog(m_session->connection(), m_session->writer()->target(),
                                        relay::KeyAggregates::tags(m_session->keys()), this);
    dialog->setKeys(m_session->keys());
    dialog->setConfirmHook([this](const QString& title, const QStringList& changes) {
        return confirmProduction(title, changes);
    });
    connect(dialog, &TagManagerDialog::tagsChanged, this, &MainWindow::refresh);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHealthCheck()
{
    if (!m_session || m_session->loadCount() == 0)
        return;
    // A read-only profile (or database) gets the report without a repair button; the writer refuses too.
    relay::KeyWriter* writer = m_session->profile().readOnly ? nullptr : m_session->writer();
    auto* dialog = new HealthDialog(m_session->connection(), writer, this);
    dialog->setConfirmHook([this](const QString& title, const QStringList& changes) {
        return confirmProduction(title, changes);
    });
    connect(dialog, &HealthDialog::repaired, this, &MainWindow::refresh);
    // The report follows the key list: after a repair (or any reload) it runs again on the new keys.
    connect(this, &MainWindow::keysLoaded, dialog, [this, dialog] {
        if (m_session)
            dialog->start(m_session->keys(), m_session->release());
    });
    connect(this, &MainWindow::sessionClosing, dialog, [dialog] { delete dialog; });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->start(m_session->keys(), m_session->release());
    dialog->open();
}

// --- profiles ---------------------------------------------------------------------------------------------

void MainWindow::switchProfile(const QString& profileId)
{
    if (!m_profiles)
        return;
    const std::optional<support::Profile> p = m_profiles->profile(profileId);
    if (p)
        connectWithSecrets(*p);
}

void MainWindow::connectWithSecrets(const support::Profile& profile)
{
    // The secrets come from the profile's store; when it has none (or is "ask every time"), the user types
    // them.
    std::shared_ptr<support::SecretStore> store(support::createSecretStore(profile.secretStorage).release());
    auto secrets = std::make_shared<std::pair<std::optional<QString>, std::optional<QByteArray>>>();
    auto finish = [this, profile, store, secrets] {
        if (!secrets->first || !secrets->second)
            return;
        QString password = *secrets->first;
        QByteArray key = *secrets->second;
        openSession(profile, password, key);
    };
    auto askOrUse = [this, profile](const support::SecretResult& r, const QString& label, bool optional) {
        if (r.ok())
            return std::optional<QByteArray>(r.value);
        bool ok = false;
        const QString typed = QInputDialog::getText(this, tr("Connect to %1").arg(profile.name), label,
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::optional<QByteArray>();
        Q_UNUSED(optional);
        return std::optional<QByteArray>(typed.toUtf8());
    };
    store->read(
        profile.id, support::RedisPasswordSecret, this,
        [this, store, secrets, finish, askOrUse, profile](const support::SecretResult& pw) {
            const bool needsPassword = pw.ok() || pw.status != support::SecretResult::Status::NotFound;
            std::optional<QByteArray> password = needsPassword && !pw.ok()
                ? askOrUse(pw, tr("Redis password (empty if none):"), true)
                : std::optional<QByteArray>(pw.ok() ? pw.value : QByteArray());
            if (!password) {
                statusBar()->showMessage(tr("Cancelled."));
                return;
            }
            secrets->first = QString::fromUtf8(*password);
            store->read(profile.id, support::EncryptionKeySecret, this,
                        [secrets, finish, askOrUse](const support::SecretResult& key) {
                            std::optional<QByteArray> value =
                                key.ok() || key.status == support::SecretResult::Status::NotFound
                                ? std::optional<QByteArray>(key.value)
                                : askOrUse(key,
                                           tr("The service's ENCRYPTION_KEY (needed to create keys and "
                                              "to find a key from a plaintext key; may stay empty):"),
                                           true);
                            if (!value)
                                return;
                            secrets->second = *value;
                            finish();
                        });
        });
}

void MainWindow::addProfile()
{
    if (!m_profiles)
        return;
    // Probed first: without a keychain its choice is disabled and the user picks "ask every time" or
    // the labelled local file explicitly; nothing falls back to a file silently.
    support::KeychainSecretStore keychain;
    ProfileDialog dialog(this);
    dialog.setKeychain(&keychain);
    QStringList names;
    for (const support::Profile& p : m_profiles->profiles())
        names << p.name;
    dialog.setOtherProfileNames(names);
    if (dialog.exec() != QDialog::Accepted)
        return;
    support::Profile profile = dialog.profile();
    QString error;
    if (!m_profiles->add(profile, &error)) {
        MessageBox::critical(this, tr("Add profile"), error);
        return;
    }
    saveSecrets(profile, dialog.password(), dialog.encryptionKey());
    refillProfileMenu();
    openSession(profile, dialog.password(), dialog.encryptionKey());
}

void MainWindow::saveSecrets(const support::Profile& profile, const QString& password,
                             const QByteArray& encryptionKey)
{
    // Stored only where the profile says; "ask every time" keeps nothing.
    std::shared_ptr<support::SecretStore> store(support::createSecretStore(profile.secretStorage).release());
    auto report = [this, store](const support::SecretResult& r) {
        if (!r.ok() && r.status != support::SecretResult::Status::AskUser)
            MessageBox::warning(this, tr("Secrets not saved"),
                                tr("The secrets could not be stored: %1 You will be asked for them when you "
                                   "connect.")
                                    .arg(r.message));
    };
    store->write(profile.id, support::RedisPasswordSecret, password.toUtf8(), this, report);
    store->write(profile.id, support::EncryptionKeySecret, encryptionKey, this, report);
}

void MainWindow::removeSecrets(const support::Profile& profile)
{
    std::shared_ptr<support::SecretStore> store(support::createSecretStore(profile.secretStorage).release());
    auto report = [this, store](const support::SecretResult& r) {
        if (!r.ok())
            MessageBox::warning(this, tr("Secrets not removed"),
                                tr("The profile's old secrets could not be removed: %1").arg(r.message));
    };
    store->remove(profile.id, support::RedisPasswordSecret, this, report);
    store->remove(profile.id, support::EncryptionKeySecret, this, report);
}

void MainWindow::editProfile()
{
    if (!m_profiles || !m_session || m_session->profile().id.isEmpty())
        return;
    support::KeychainSecretStore keychain;
    ProfileDialog dialog(this);
    dialog.setKeychain(&keychain);
    QStringList names;
    for (const support::Profile& p : m_profiles->profiles())
        if (p.id != m_session->profile().id)
            names << p.name;
    dialog.setOtherProfileNames(names);
    const support::Profile old = m_session->profile();
    dialog.setProfile(old);
    // The secrets in use, so that saving without retyping them keeps them instead of storing blanks.
    dialog.setSecrets(m_session->connection().settings().password, m_session->service().encryptionKey);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const support::Profile profile = dialog.profile();
    QString error;
    if (!m_profiles->update(profile, &error)) {
        MessageBox::critical(this, tr("Edit profile"), error);
        return;
    }
    if (old.secretStorage != profile.secretStorage)
        removeSecrets(old); // no copy stays where the user no longer wants it
    saveSecrets(profile, dialog.password(), dialog.encryptionKey());
    refillProfileMenu();
    openSession(profile, dialog.password(), dialog.encryptionKey());
}

void MainWindow::quickConnect()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const redis::ConnectionSettings s = dialog.settings();
    dialog.takeConnection(); // the session opens its own connection
    support::Profile profile;
    profile.name = tr("Quick connect");
    profile.connection = s;
    profile.readOnly = s.readOnly;
    openSession(profile, s.password, QByteArray());
}

} // namespace rka::ui
