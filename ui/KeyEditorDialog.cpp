#include "KeyEditorDialog.h"

#include "ConflictDialog.h"
#include "OneTimeKeyDialog.h"
#include "TagEditor.h"
#include "editor/KeyEditorBasicsPage.h"
#include "editor/KeyEditorBindingsPage.h"
#include "editor/KeyEditorExpiryPage.h"
#include "editor/KeyEditorIconPage.h"
#include "editor/KeyEditorLimitsPage.h"
#include "editor/KeyEditorRestrictionsPage.h"

#include "ui_KeyEditorDialog.h"

#include "relay/ApiKeyCodec.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rka::ui {

using relay::ApiKey;
using relay::ApiKeyField;
using relay::KeyValidator;
using relay::ValidationIssue;

KeyEditorDialog::KeyEditorDialog(EditorMode mode, const EditorContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KeyEditorDialog>())
    , m_mode(mode)
    , m_context(context)
{
    m_ui->setupUi(this);
    if (context.connection)
        m_writer = std::make_unique<relay::KeyWriter>(*context.connection, context.target);

    m_basics = new KeyEditorBasicsPage(this);
    m_bindings = new KeyEditorBindingsPage(this);
    m_restrictions = new KeyEditorRestrictionsPage(this);
    m_limits = new KeyEditorLimitsPage(this);
    m_icon = new KeyEditorIconPage(this);
    for (EditorPage* page : {static_cast<EditorPage*>(m_basics), static_cast<EditorPage*>(m_bindings),
                             static_cast<EditorPage*>(m_restrictions), static_cast<EditorPage*>(m_limits)})
        addPage(page);
    // Expiry and activation are per key; batch edit does not offer them (web-admin-features 4.2).
    if (mode != EditorMode::BatchEdit) {
        m_expiry = new KeyEditorExpiryPage(this);
        addPage(m_expiry);
        connect(m_expiry, &KeyEditorExpiryPage::activateRequested, this, &KeyEditorDialog::activateNow);
        connect(m_expiry, &KeyEditorExpiryPage::renewRequested, this, &KeyEditorDialog::renew);
    }
    addPage(m_icon);
    connect(m_ui->sectionList, &QListWidget::currentRowChanged, m_ui->sectionStack,
            &QStackedWidget::setCurrentIndex);
    m_ui->sectionList->setCurrentRow(0);

    m_save = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    // Saving decides when the dialog closes, not the accept role.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_save, &QPushButton::clicked, this, &KeyEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->statusLabel->hide();
    if (!context.target.writable)
        m_save->setEnabled(false);
    retranslateUi();
    resize(940, 680);
}

void KeyEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        refreshIssues(); // the section names and the validation messages
    }
    QDialog::changeEvent(event);
}

void KeyEditorDialog::retranslateUi()
{
    switch (m_mode) {
    case EditorMode::Create:
        setWindowTitle(tr("New API key"));
        m_ui->headerLabel->setText(
            tr("Create an API key. The key itself is shown once, after it is created."));
        m_save->setText(tr("&Create"));
        break;
    case EditorMode::BatchCreate:
        setWindowTitle(tr("New API keys"));
        m_ui->headerLabel->setText(
            tr("Create %1 to %2 API keys with the same settings, named from a base name. The keys are shown "
               "once, after they are created.")
                .arg(KeyValidator::MinBatchCount)
                .arg(KeyValidator::MaxBatchCount));
        m_save->setText(tr("&Create keys"));
        break;
    case EditorMode::Edit: {
        const QString name = m_base.name().isEmpty() ? QString::fromUtf8(m_id) : m_base.name();
        //: %1 is the API key's name.
        setWindowTitle(tr("Edit API key “%1”").arg(name));
        m_ui->headerLabel->setText(
            tr("Only the fields you change are written. Key id: %1").arg(QString::fromUtf8(m_id)));
        m_save->setText(tr("&Save"));
        break;
    }
    case EditorMode::BatchEdit: {
        const int n = int(m_batchIds.size());
        setWindowTitle(tr("Edit %n API key(s)", nullptr, n));
        m_ui->headerLabel->setText(
            tr("Tick a field to set it on all %n selected key(s); fields left unticked "
               "keep each key's own value.",
               nullptr, n));
        m_save->setText(tr("&Apply to %n key(s)", nullptr, n));
        break;
    }
    }
    if (!m_context.target.writable)
        setStatus(tr("This database is open read-only: %1").arg(m_context.target.readOnlyReason), true);
}

KeyEditorDialog::~KeyEditorDialog() = default;

void KeyEditorDialog::addPage(EditorPage* page)
{
    page->setup(m_mode, m_context);
    m_pages.append(page);
    m_ui->sectionStack->addWidget(page);
    m_ui->sectionList->addItem(page->title());
    connect(page, &EditorPage::edited, this, &KeyEditorDialog::refreshIssues);
}

KeyEditorDialog* KeyEditorDialog::forCreate(const EditorContext& context, QWidget* parent)
{
    auto* d = new KeyEditorDialog(EditorMode::Create, context, parent);
    d->loadAll(ApiKey());
    return d;
}

KeyEditorDialog* KeyEditorDialog::forBatchCreate(const EditorContext& context, QWidget* parent)
{
    auto* d = new KeyEditorDialog(EditorMode::BatchCreate, context, parent);
    d->loadAll(ApiKey());
    return d;
}

KeyEditorDialog* KeyEditorDialog::forEdit(const EditorContext& context, const relay::KeyEntry& entry,
                                          QWidget* parent)
{
    auto* d = new KeyEditorDialog(EditorMode::Edit, context, parent);
    d->m_id = entry.id;
    d->m_base = entry.key;
    d->retranslateUi();
    d->loadAll(entry.key);
    return d;
}

KeyEditorDialog* KeyEditorDialog::forBatchEdit(const EditorContext& context,
                                               const QList<relay::KeyEntry>& selected, QWidget* parent)
{
    auto* d = new KeyEditorDialog(EditorMode::BatchEdit, context, parent);
    for (const relay::KeyEntry& e : selected)
        d->m_batchIds.append(e.id);
    d->retranslateUi();
    d->loadAll(ApiKey());
    return d;
}

void KeyEditorDialog::loadAll(const ApiKey& key)
{
    for (EditorPage* page : std::as_const(m_pages))
        page->load(key);
    m_initial = settings();
    refreshIssues();
}

ApiKey KeyEditorDialog::settings() const
{
    ApiKey key = m_mode == EditorMode::Edit ? m_base : ApiKey();
    for (const EditorPage* page : m_pages)
        page->store(key);
    if (m_mode != EditorMode::BatchEdit)
        return key;
    // Batch edit: only the ticked fields.
    ApiKey chosen;
    for (ApiKeyField field : batchFields())
        chosen.setRaw(field, key.raw(field).value_or(QByteArray()));
    return chosen;
}

QList<ApiKeyField> KeyEditorDialog::batchFields() const
{
    QList<ApiKeyField> fields;
    for (const EditorPage* page : m_pages)
        fields += page->batchFields();
    return fields;
}

QList<ValidationIssue> KeyEditorDialog::issues() const
{
    const ApiKey key = settings();
    const relay::DataModel model = m_context.target.model;
    switch (m_mode) {
    case EditorMode::Create:
        return KeyValidator::validate(key, relay::WriteKind::Create, model);
    case EditorMode::BatchCreate:
        return KeyValidator::validateBatchCreate(m_basics->baseName(), m_basics->count()) +
            KeyValidator::validate(key, relay::WriteKind::BatchCreate, model);
    case EditorMode::Edit: {
        QList<ApiKeyField> changed;
        const relay::FieldChanges changes = relay::ApiKeyCodec::changedFields(m_base, key);
        for (const auto& [name, value] : changes.set)
            if (const std::optional<ApiKeyField> f = relay::apiKeyFieldByName(name))
                changed << *f;
        for (const QByteArray& name : changes.removed)
            if (const std::optional<ApiKeyField> f = relay::apiKeyFieldByName(name))
                changed << *f;
        return KeyValidator::validate(key, relay::WriteKind::Update, model, changed);
    }
    case EditorMode::BatchEdit:
        return KeyValidator::validate(key, relay::WriteKind::BatchEdit, model, batchFields());
    }
    return {};
}

void KeyEditorDialog::refreshIssues()
{
    QList<ValidationIssue> all = issues();
    if (!m_attempted) {
        // Before the first save, only the fields the user has changed speak up.
        const relay::FieldChanges changes = relay::ApiKeyCodec::changedFields(m_initial, settings());
        QList<QByteArray> changed;
        for (const auto& [name, value] : changes.set)
            changed << name;
        changed += changes.removed;
        const bool nameEdited = m_mode == EditorMode::BatchCreate && !m_basics->baseName().isEmpty();
        all.removeIf([&](const ValidationIssue& i) {
            if (nameEdited && i.field == ApiKeyField::Name)
                return false;
            return !changed.contains(
                QByteArray(relay::apiKeyFieldName(i.field).data(), relay::apiKeyFieldName(i.field).size()));
        });
    }
    showIssues(all);
}

int KeyEditorDialog::showIssues(const QList<ValidationIssue>& list)
{
    int total = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        const int errors = m_pages.at(i)->showIssues(list);
        total += errors;
        QListWidgetItem* item = m_ui->sectionList->item(i);
        //: Section list entry with errors: %1 is the section's name.
        item->setText(errors > 0 ? tr("⚠ %1").arg(m_pages.at(i)->title()) : m_pages.at(i)->title());
        item->setForeground(errors > 0 ? QColor(0xb3, 0x26, 0x1e) : palette().color(QPalette::Text));
    }
    if (total == 0 && m_ui->statusLabel->property("validation").toBool()) {
        m_ui->statusLabel->hide();
        m_ui->statusLabel->setProperty("validation", false);
    }
    return total;
}

QString KeyEditorDialog::issueText(ApiKeyField field) const
{
    for (const EditorPage* page : m_pages)
        if (page->owns(field))
            return page->issueText(field);
    return {};
}

QString KeyEditorDialog::statusText() const
{
    return m_ui->statusLabel->isHidden() ? QString() : m_ui->statusLabel->text();
}

void KeyEditorDialog::showSection(EditorPage* page)
{
    const int index = int(m_pages.indexOf(page));
    if (index >= 0)
        m_ui->sectionList->setCurrentRow(index);
}

void KeyEditorDialog::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
    m_ui->statusLabel->setVisible(!text.isEmpty());
    m_ui->statusLabel->setProperty("validation", false);
}

void KeyEditorDialog::setBusy(bool busy, const QString& status)
{
    m_saving = busy;
    m_save->setEnabled(!busy && m_context.target.writable);
    // The sections stay browsable while saving; only editing stops.
    for (EditorPage* page : std::as_const(m_pages))
        page->setEnabled(!busy);
    if (busy)
        setStatus(status.isEmpty() ? tr("Saving…") : status, false);
}

bool KeyEditorDialog::confirm(const QStringList& changes)
{
    return !m_confirm || m_confirm(changes);
}

QStringList KeyEditorDialog::changeSummary() const
{
    const ApiKey key = settings();
    auto label = [](const QByteArray& name) {
        const std::optional<ApiKeyField> f = relay::apiKeyFieldByName(name);
        return f ? KeyValidator::fieldLabel(*f) : QString::fromUtf8(name);
    };
    QStringList lines;
    switch (m_mode) {
    case EditorMode::Create:
    case EditorMode::BatchCreate:
        if (m_mode == EditorMode::BatchCreate)
            lines << tr("Create %1 keys named %2_1 … %2_%1").arg(m_basics->count()).arg(m_basics->baseName());
        else
            lines << tr("Create the key “%1”").arg(key.name());
        for (const auto& [name, value] : key.rawFields())
            if (name != "name")
                //: A change line: %1 field, %2 new value.
                lines << tr("%1: %2").arg(label(name), ConflictDialog::shown(value));
        break;
    case EditorMode::Edit: {
        const relay::FieldChanges changes = relay::ApiKeyCodec::changedFields(m_base, key);
        for (const auto& [name, value] : changes.set)
            //: A change line: %1 field, %2 old value, %3 new value.
            lines << tr("%1: %2 → %3")
                         .arg(label(name), ConflictDialog::shown(m_base.raw(name)),
                              ConflictDialog::shown(value));
        for (const QByteArray& name : changes.removed)
            lines << tr("%1: %2 → %3")
                         .arg(label(name), ConflictDialog::shown(m_base.raw(name)),
                              ConflictDialog::shown(std::nullopt));
        break;
    }
    case EditorMode::BatchEdit:
        lines << tr("Change %n key(s)", nullptr, int(m_batchIds.size()));
        for (const auto& [name, value] : key.rawFields()) {
            if (name == "tags")
                continue;
            //: Batch edit change line: %1 field, %2 the value every selected key gets.
            lines << tr("%1 → %2").arg(label(name), ConflictDialog::shown(value));
        }
        if (batchFields().contains(ApiKeyField::Tags)) {
            const QString tags = m_basics->tagEditor()->tags().join(u", "_s);
            switch (m_basics->tagOperation()) {
            case relay::BatchEdit::TagOperation::Add:
                lines << tr("Tags: add %1").arg(tags);
                break;
            case relay::BatchEdit::TagOperation::Remove:
                lines << tr("Tags: remove %1").arg(tags);
                break;
            default:
                lines << tr("Tags: replace with %1").arg(tags.isEmpty() ? tr("(none)") : tags);
                break;
            }
        }
        break;
    }
    return lines;
}

void KeyEditorDialog::save()
{
    if (m_saving)
        return;
    m_attempted = true;
    const QList<ValidationIssue> current = issues();
    const int errors = showIssues(current);
    if (errors > 0) {
        setStatus(tr("%n field(s) need attention (marked in red); nothing was written.", nullptr, errors),
                  true);
        m_ui->statusLabel->setProperty("validation", true);
        for (EditorPage* page : std::as_const(m_pages)) {
            if (page->showIssues(current) > 0) {
                showSection(page);
                break;
            }
        }
        return;
    }
    if (!m_writer) {
        setStatus(tr("Not connected; nothing was written."), true);
        return;
    }
    switch (m_mode) {
    case EditorMode::Create:
    case EditorMode::BatchCreate:
        saveCreate();
        break;
    case EditorMode::Edit:
        saveUpdate(m_base, settings(), false);
        break;
    case EditorMode::BatchEdit:
        saveBatchEdit();
        break;
    }
}

} // namespace rka::ui
