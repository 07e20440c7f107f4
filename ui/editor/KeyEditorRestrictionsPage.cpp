#include "KeyEditorRestrictionsPage.h"

#include "ModelListEditor.h"

#include "ui_KeyEditorRestrictionsPage.h"

using namespace Qt::StringLiterals;

namespace rka::ui {

using F = relay::ApiKeyField;

KeyEditorRestrictionsPage::KeyEditorRestrictionsPage(QWidget* parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::KeyEditorRestrictionsPage>())
{
    m_ui->setupUi(this);
    m_models = new ModelListEditor(this);
    m_models->setObjectName(u"modelListEditor"_s);
    static_cast<QBoxLayout*>(m_ui->modelBox->layout())->insertWidget(1, m_models);
    // The service applies the list differently per route (service-data-model.md 13, web-admin D19).
    for (const QString& id : relay::KeyValidator::clientIds()) {
        auto* check = new QCheckBox(clientName(id), this);
        check->setObjectName(u"client_"_s + id);
        check->setToolTip(id);
        static_cast<QBoxLayout*>(m_ui->clientBox->layout())->insertWidget(int(m_clients.size()) + 1, check);
        m_clients.append({id, check});
        connect(check, &QCheckBox::toggled, this, &EditorPage::edited);
    }
    addRow(m_ui->form, m_ui->modelBox, {F::EnableModelRestriction, F::RestrictedModels});
    addRow(m_ui->form, m_ui->clientBox, {F::EnableClientRestriction, F::AllowedClients});
    connect(m_ui->modelRestrictionCheck, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit edited();
    });
    connect(m_ui->clientRestrictionCheck, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit edited();
    });
    connect(m_models, &ModelListEditor::modelsChanged, this, &EditorPage::edited);
    retranslateUi();
}

void KeyEditorRestrictionsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    // The service applies the list differently per route (service-data-model.md 13, web-admin D19).
    m_ui->modelNote->setText(
        tr("How the service applies this list: on the Claude routes (/api/v1/messages and the OpenAI-to-"
           "Claude route) the listed models are refused; on the Gemini-compatible route only the listed "
           "models are allowed; the /openai routes ignore the list. Model ids must match exactly."));
    m_ui->clientNote->setText(tr("Clients are recognised by their User-Agent. With the restriction on and no "
                                 "client ticked, the restriction has no effect."));
    for (const auto& [id, check] : std::as_const(m_clients))
        check->setText(clientName(id));
}

KeyEditorRestrictionsPage::~KeyEditorRestrictionsPage() = default;

QString KeyEditorRestrictionsPage::title() const
{
    //: Editor section: model and client restrictions of the API key.
    return tr("Restrictions");
}

QString KeyEditorRestrictionsPage::clientName(const QString& id)
{
    if (id == u"claude_code"_s)
        return tr("Claude Code");
    if (id == u"gemini_cli"_s)
        return tr("Gemini CLI");
    if (id == u"codex_cli"_s)
        return tr("Codex CLI");
    if (id == u"droid_cli"_s)
        return tr("Droid CLI");
    return id;
}

void KeyEditorRestrictionsPage::setup(EditorMode mode, const EditorContext& context)
{
    EditorPage::setup(mode, context);
    m_models->setKnownModels(context.models);
}

void KeyEditorRestrictionsPage::load(const relay::ApiKey& key)
{
    m_loadedModelFlag = key.enableModelRestriction();
    m_loadedModels = key.serviceStringList(F::RestrictedModels);
    m_loadedClientFlag = key.enableClientRestriction();
    m_loadedClients = key.serviceStringList(F::AllowedClients);
    m_ui->modelRestrictionCheck->setChecked(m_loadedModelFlag);
    m_models->setModels(m_loadedModels);
    m_ui->clientRestrictionCheck->setChecked(m_loadedClientFlag);
    for (const auto& [id, check] : std::as_const(m_clients))
        check->setChecked(m_loadedClients.contains(id));
    updateEnabled();
}

QStringList KeyEditorRestrictionsPage::allowedClients() const
{
    QStringList list;
    for (const auto& [id, check] : m_clients)
        if (check->isChecked())
            list << id;
    // Ids the service knows but this program does not are kept as they were.
    for (const QString& id : m_loadedClients)
        if (!relay::KeyValidator::clientIds().contains(id))
            list << id;
    return list;
}

void KeyEditorRestrictionsPage::store(relay::ApiKey& key) const
{
    const bool batch = mode() == EditorMode::BatchEdit;
    // The lists are kept while a restriction is off, as the web admin does (3.2).
    if (batch || m_ui->modelRestrictionCheck->isChecked() != m_loadedModelFlag)
        key.setBoolean(F::EnableModelRestriction, m_ui->modelRestrictionCheck->isChecked());
    if (batch || m_models->models() != m_loadedModels)
        key.setStringList(F::RestrictedModels, m_models->models());
    if (batch || m_ui->clientRestrictionCheck->isChecked() != m_loadedClientFlag)
        key.setBoolean(F::EnableClientRestriction, m_ui->clientRestrictionCheck->isChecked());
    const QStringList clients = allowedClients();
    QStringList sortedClients = clients;
    sortedClients.sort();
    QStringList sortedLoaded = m_loadedClients;
    sortedLoaded.sort();
    if (batch || sortedClients != sortedLoaded)
        key.setStringList(F::AllowedClients, clients);
}

QCheckBox* KeyEditorRestrictionsPage::clientCheck(const QString& clientId) const
{
    for (const auto& [id, check] : m_clients)
        if (id == clientId)
            return check;
    return nullptr;
}

void KeyEditorRestrictionsPage::updateEnabled()
{
    m_models->setEnabled(m_ui->modelRestrictionCheck->isChecked());
    m_ui->modelNote->setEnabled(m_ui->modelRestrictionCheck->isChecked());
    for (const auto& [id, check] : std::as_const(m_clients))
        check->setEnabled(m_ui->clientRestrictionCheck->isChecked());
}

} // namespace rka::ui
