#include "KeyEditorIconPage.h"

#include "IconPicker.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

KeyEditorIconPage::KeyEditorIconPage(QWidget* parent)
    : EditorPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_picker = new IconPicker(this);
    m_picker->setObjectName(u"iconPicker"_s);
    m_form = form;
    auto* label = new QLabel(this); // its text: retranslateUi()
    label->setBuddy(m_picker);
    form->addRow(label, m_picker);
    m_note = new QLabel(this);
    auto* note = m_note;
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    addRow(form, m_picker, {relay::ApiKeyField::Icon});
    connect(m_picker, &IconPicker::iconChanged, this, &EditorPage::edited);
    retranslateUi();
}

void KeyEditorIconPage::retranslateUi()
{
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_picker)))
        label->setText(tr("&Icon:"));
    m_note->setText(tr("The icon helps to tell keys apart in the key list. The service itself stores it but "
                       "does not show it."));
}

QString KeyEditorIconPage::title() const
{
    //: Editor section: the API key's icon.
    return tr("Icon");
}

void KeyEditorIconPage::load(const relay::ApiKey& key)
{
    m_loaded = key.icon();
    m_picker->setDataUrl(m_loaded);
}

void KeyEditorIconPage::store(relay::ApiKey& key) const
{
    if (mode() == EditorMode::BatchEdit || m_picker->dataUrl() != m_loaded)
        key.setText(relay::ApiKeyField::Icon, m_picker->dataUrl());
}

} // namespace rka::ui
