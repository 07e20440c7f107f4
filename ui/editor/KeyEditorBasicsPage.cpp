#include "KeyEditorBasicsPage.h"

#include "TagEditor.h"

#include "ui_KeyEditorBasicsPage.h"

#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace rka::ui {

using F = relay::ApiKeyField;

KeyEditorBasicsPage::KeyEditorBasicsPage(QWidget* parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::KeyEditorBasicsPage>())
{
    m_ui->setupUi(this);
    m_tags = new TagEditor(this);
    m_tags->setObjectName(u"tagEditor"_s);
    m_ui->tagsBox->layout()->addWidget(m_tags);
    m_ui->tagsBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // Fixed heights, so spare room goes below the form instead of between its rows.
    m_ui->descriptionEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->descriptionEdit->setFixedHeight(72);
    if (auto* label = qobject_cast<QLabel*>(m_ui->form->labelForField(m_ui->tagsBox)))
        label->setBuddy(m_tags->lineEdit());
    for (auto op : {relay::BatchEdit::TagOperation::Add, relay::BatchEdit::TagOperation::Remove,
                    relay::BatchEdit::TagOperation::Replace})
        m_ui->tagOperationCombo->addItem(QString(), int(op));
    m_ui->tagOperationCombo->hide();
    m_ui->nameEdit->setMaxLength(relay::KeyValidator::MaxNameLength + 20); // room to see the error

    addRow(m_ui->form, m_ui->nameEdit, {F::Name}, false);
    addRow(m_ui->form, m_ui->countSpin, {}, false);
    addRow(m_ui->form, m_ui->descriptionEdit, {F::Description}, false);
    addRow(m_ui->form, m_ui->ownerCombo, {F::UserId, F::UserUsername, F::CreatedBy});
    addRow(m_ui->form, m_ui->activeCheck, {F::IsActive});
    addRow(m_ui->form, m_ui->tagsBox, {F::Tags});

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditorPage::edited);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &EditorPage::edited);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &EditorPage::edited);
    connect(m_ui->ownerCombo, &QComboBox::currentIndexChanged, this, &EditorPage::edited);
    connect(m_ui->activeCheck, &QCheckBox::toggled, this, &EditorPage::edited);
    connect(m_tags, &TagEditor::tagsChanged, this, &EditorPage::edited);
    retranslateUi();
}

void KeyEditorBasicsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    //: Batch edit: what happens to the tags of each selected key.
    m_ui->tagOperationCombo->setItemText(0, tr("Add these tags"));
    m_ui->tagOperationCombo->setItemText(1, tr("Remove these tags"));
    m_ui->tagOperationCombo->setItemText(2, tr("Replace all tags with these"));
    if (mode() == EditorMode::BatchCreate) {
        if (auto* label = qobject_cast<QLabel*>(m_ui->form->labelForField(m_ui->nameEdit)))
            label->setText(tr("Base &name:"));
        m_ui->nameEdit->setPlaceholderText(tr("Keys are named <base>_1, <base>_2, …"));
    }
    const int admin = m_ui->ownerCombo->findData(QString());
    if (admin >= 0)
        //: Owner choice: the key belongs to the administrators, not to a user.
        m_ui->ownerCombo->setItemText(admin, tr("Admin"));
}

KeyEditorBasicsPage::~KeyEditorBasicsPage() = default;

QString KeyEditorBasicsPage::title() const
{
    //: Editor section with the API key's name, owner, status and tags.
    return tr("Basics");
}

void KeyEditorBasicsPage::setup(EditorMode mode, const EditorContext& context)
{
    EditorPage::setup(mode, context);
    m_users = context.users;
    m_tags->setKnownTags(context.tags);
    const bool batchCreate = mode == EditorMode::BatchCreate;
    setRowVisible(m_ui->countSpin, batchCreate);
    if (batchCreate)
        retranslateUi(); // the base name
    m_ui->tagOperationCombo->setVisible(mode == EditorMode::BatchEdit);

    // The service's admin entry first, then its users: active ones selectable, disabled ones shown
    // but not selectable (the service refuses them as owners, 11.7).
    m_ui->ownerCombo->clear();
    //: Owner choice: the key belongs to the administrators, not to a user.
    m_ui->ownerCombo->addItem(tr("Admin"), QString());
    QList<relay::User> users = m_users.all();
    std::sort(users.begin(), users.end(), [](const relay::User& a, const relay::User& b) {
        return a.username.compare(b.username, Qt::CaseInsensitive) < 0;
    });
    auto* model = qobject_cast<QStandardItemModel*>(m_ui->ownerCombo->model());
    for (const relay::User& u : std::as_const(users)) {
        if (u.malformed)
            continue;
        const QString name = u.displayName.isEmpty() || u.displayName == u.username
            ? u.username
            : u"%1 (%2)"_s.arg(u.displayName, u.username);
        //: Owner choice for a user account that is disabled.
        m_ui->ownerCombo->addItem(u.isActive ? name : tr("%1 — disabled").arg(name), u.id);
        if (!u.isActive && model)
            model->item(m_ui->ownerCombo->count() - 1)->setEnabled(false);
    }
}

void KeyEditorBasicsPage::load(const relay::ApiKey& key)
{
    m_loadedName = key.name();
    m_loadedDescription = key.description();
    m_loadedOwner = key.userId();
    m_loadedActive = !key.has(F::IsActive) || key.isActive();
    m_loadedTags = key.serviceStringList(F::Tags);
    m_ui->nameEdit->setText(m_loadedName);
    m_ui->descriptionEdit->setPlainText(m_loadedDescription);
    int owner = m_ui->ownerCombo->findData(m_loadedOwner);
    if (owner < 0) {
        //: Owner choice: the key names a user id that does not exist.
        m_ui->ownerCombo->addItem(tr("⚠ %1 (user missing)").arg(m_loadedOwner), m_loadedOwner);
        owner = m_ui->ownerCombo->count() - 1;
    }
    m_ui->ownerCombo->setCurrentIndex(owner);
    m_ui->activeCheck->setChecked(m_loadedActive);
    m_tags->setTags(mode() == EditorMode::BatchEdit ? QStringList() : m_loadedTags);
}

void KeyEditorBasicsPage::store(relay::ApiKey& key) const
{
    if (mode() != EditorMode::BatchCreate && m_ui->nameEdit->text() != m_loadedName)
        key.setName(m_ui->nameEdit->text());
    if (m_ui->descriptionEdit->toPlainText() != m_loadedDescription)
        key.setDescription(m_ui->descriptionEdit->toPlainText());
    const QString owner = m_ui->ownerCombo->currentData().toString();
    if (owner != m_loadedOwner || mode() == EditorMode::BatchEdit) {
        // What the admin update route stores for an owner (11.7).
        const std::optional<relay::User> user = owner.isEmpty() ? std::nullopt : m_users.find(owner);
        key.setText(F::UserId, owner);
        key.setText(F::UserUsername, user ? user->username : QString());
        key.setText(F::CreatedBy, user ? user->username : u"admin"_s);
    }
    if (m_ui->activeCheck->isChecked() != m_loadedActive || mode() == EditorMode::BatchEdit)
        key.setActive(m_ui->activeCheck->isChecked());
    if (m_tags->tags() != m_loadedTags || mode() == EditorMode::BatchEdit)
        key.setTags(m_tags->tags());
}

QString KeyEditorBasicsPage::baseName() const
{
    return m_ui->nameEdit->text();
}

int KeyEditorBasicsPage::count() const
{
    return m_ui->countSpin->value();
}

relay::BatchEdit::TagOperation KeyEditorBasicsPage::tagOperation() const
{
    return relay::BatchEdit::TagOperation(m_ui->tagOperationCombo->currentData().toInt());
}

} // namespace rka::ui
