#include "KeyEditorBindingsPage.h"

#include "ui_KeyEditorBindingsPage.h"

using namespace Qt::StringLiterals;

namespace rka::ui {

using F = relay::ApiKeyField;
using relay::AccountType;

namespace {

// The permission that a binding serves; its selector is disabled when the permissions exclude it
// (web-admin-features 3.2; Bedrock follows Claude, D11).
QString platformOf(F field)
{
    switch (field) {
    case F::GeminiAccountId:
        return u"gemini"_s;
    case F::OpenaiAccountId:
    case F::AzureOpenaiAccountId:
        return u"openai"_s;
    case F::DroidAccountId:
        return u"droid"_s;
    default:
        return u"claude"_s;
    }
}

} // namespace

KeyEditorBindingsPage::KeyEditorBindingsPage(QWidget* parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::KeyEditorBindingsPage>())
{
    m_ui->setupUi(this);
    retranslateUi();
    m_services = {{u"claude"_s, m_ui->claudeCheck},
                  {u"gemini"_s, m_ui->geminiCheck},
                  {u"openai"_s, m_ui->openaiCheck},
                  {u"droid"_s, m_ui->droidCheck}};
    m_combos = {{F::ClaudeAccountId, m_ui->claudeCombo},   {F::ClaudeConsoleAccountId, m_ui->consoleCombo},
                {F::BedrockAccountId, m_ui->bedrockCombo}, {F::GeminiAccountId, m_ui->geminiCombo},
                {F::OpenaiAccountId, m_ui->openaiCombo},   {F::AzureOpenaiAccountId, m_ui->azureCombo},
                {F::DroidAccountId, m_ui->droidCombo}};
    addRow(m_ui->form, m_ui->servicesBox, {F::Permissions});
    for (const auto& [field, combo] : std::as_const(m_combos)) {
        addRow(m_ui->form, combo, {field});
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::currentIndexChanged, this, &EditorPage::edited);
    }
    for (const auto& [name, check] : std::as_const(m_services)) {
        connect(check, &QCheckBox::toggled, this, [this] {
            updateEnabledPlatforms();
            emit edited();
        });
    }
}

KeyEditorBindingsPage::~KeyEditorBindingsPage() = default;

void KeyEditorBindingsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->servicesNote->setText(tr("None ticked = the key may use all services."));
    for (const auto& [field, combo] : std::as_const(m_combos)) {
        const int shared = combo->findData(QString());
        if (shared >= 0)
            //: Account binding choice: no dedicated account, the service picks from all accounts.
            combo->setItemText(shared, tr("Shared pool (no binding)"));
    }
    if (!m_combos.isEmpty())
        updateEnabledPlatforms(); // its tooltips
}

QString KeyEditorBindingsPage::title() const
{
    //: Editor section: which services the API key may use and which accounts serve it.
    return tr("Services and accounts");
}

void KeyEditorBindingsPage::setup(EditorMode mode, const EditorContext& context)
{
    EditorPage::setup(mode, context);
    m_accounts = context.accounts;
    for (const auto& [field, combo] : std::as_const(m_combos))
        fillCombo(combo, field);
}

void KeyEditorBindingsPage::fillCombo(QComboBox* combo, F field)
{
    combo->clear();
    //: Account binding choice: no dedicated account, the service picks from all accounts.
    combo->addItem(tr("Shared pool (no binding)"), QString());
    const QList<relay::BindingChoice> choices = m_accounts.choices(field);
    // Groups first, as the web admin lists them, then the accounts by type and name.
    for (const relay::BindingChoice& c : choices) {
        if (c.record.type == AccountType::Group)
            //: Account binding choice: %1 is an account group's name.
            combo->addItem(tr("Group: %1").arg(c.record.displayName()), c.value);
    }
    for (const relay::BindingChoice& c : choices) {
        if (c.record.type == AccountType::Group)
            continue;
        QString text = u"%1 — %2"_s.arg(c.record.displayName(), relay::AccountTypes::label(c.record.type));
        const QString status = c.record.field("status");
        if (!status.isEmpty() && status != u"active"_s)
            text += u" (%1)"_s.arg(status);
        combo->addItem(text, c.value);
        combo->setItemData(combo->count() - 1, c.value, Qt::ToolTipRole);
    }
}

void KeyEditorBindingsPage::load(const relay::ApiKey& key)
{
    m_loadedPermissions = key.servicePermissions(relay::PermissionsReader::Release1_1_262Plus);
    for (const auto& [name, check] : std::as_const(m_services))
        check->setChecked(m_loadedPermissions.contains(name));
    for (const auto& [field, combo] : std::as_const(m_combos)) {
        const QString value = key.text(field);
        m_loadedBindings.insert(int(field), value);
        int index = combo->findData(value);
        if (index < 0) {
            const relay::AccountBinding binding = m_accounts.resolveBinding(field, value);
            //: A key's binding names an account (or group) that no longer exists.
            combo->addItem(binding.isMissing() ? tr("⚠ %1 (account missing)").arg(value) : value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }
    updateEnabledPlatforms();
}

QStringList KeyEditorBindingsPage::permissions() const
{
    QStringList list;
    for (const auto& [name, check] : m_services)
        if (check->isChecked())
            list << name;
    return list;
}

void KeyEditorBindingsPage::store(relay::ApiKey& key) const
{
    const bool batch = mode() == EditorMode::BatchEdit;
    const QStringList chosen = permissions();
    QStringList loaded = m_loadedPermissions;
    loaded.sort();
    QStringList sortedChosen = chosen;
    sortedChosen.sort();
    if (batch || sortedChosen != loaded)
        key.setPermissions(chosen); // always a JSON array, never the comma-joined form (5.2 b)
    for (const auto& [field, combo] : m_combos) {
        const QString value = combo->currentData().toString();
        if (batch || value != m_loadedBindings.value(int(field)))
            key.setText(field, value);
    }
}

QComboBox* KeyEditorBindingsPage::comboFor(F field) const
{
    for (const auto& [f, combo] : m_combos)
        if (f == field)
            return combo;
    return nullptr;
}

void KeyEditorBindingsPage::updateEnabledPlatforms()
{
    const QStringList allowed = permissions();
    for (const auto& [field, combo] : std::as_const(m_combos)) {
        const bool usable = allowed.isEmpty() || allowed.contains(platformOf(field));
        if (mode() != EditorMode::BatchEdit)
            combo->setEnabled(usable);
        combo->setToolTip(usable ? QString()
                                 : tr("The key may not use this service; the binding is kept but unused."));
    }
}

} // namespace rka::ui
