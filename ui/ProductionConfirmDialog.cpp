#include "ProductionConfirmDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

ProductionConfirmDialog::ProductionConfirmDialog(const QString& profileName, const QString& action,
                                                 const QStringList& changes, QWidget* parent)
    : QDialog(parent)
    , m_profileName(profileName)
{
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(this);
    heading->setObjectName(u"heading"_s);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    m_texts.add([this, heading, action] {
        setWindowTitle(tr("Confirm a Change on Production"));
        //: %1 the action ("Delete 3 keys"), %2 the profile name.
        heading->setText(tr("<b>%1</b> on the production profile <b>%2</b>.")
                             .arg(action.toHtmlEscaped(), m_profileName.toHtmlEscaped()));
    });
    heading->setStyleSheet(u"QLabel { background: #fde0e0; color: #1a1a1a; border-left: 4px solid #c62828; "
                           "padding: 6px; }"_s);
    layout->addWidget(heading);

    auto* changesLabel = new QLabel(this);
    m_texts.add([changesLabel] { changesLabel->setText(tr("Exactly this will change:")); });
    layout->addWidget(changesLabel);
    m_changes = new QPlainTextEdit(this);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setReadOnly(true);
    m_changes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_changes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_changes->setPlainText(changes.join(u'\n'));
    changesLabel->setBuddy(m_changes);
    layout->addWidget(m_changes, 1);

    auto* prompt = new QLabel(this);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::RichText);
    m_texts.add([this, prompt] {
        //: %1 the profile name the user must type.
        prompt->setText(tr("Type the profile name <b>%1</b> to confirm:").arg(m_profileName.toHtmlEscaped()));
    });
    layout->addWidget(prompt);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"confirmNameEdit"_s);
    m_texts.add([this] { m_nameEdit->setPlaceholderText(tr("profile name")); });
    prompt->setBuddy(m_nameEdit);
    layout->addWidget(m_nameEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    //: Confirms a write on a production profile.
    m_texts.add([this] { m_okButton->setText(tr("&Apply to production")); });
    m_okButton->setObjectName(u"confirmButton"_s);
    m_okButton->setEnabled(false);
    // Enter confirms only once the name is complete: a disabled default button ignores it.
    m_okButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_nameEdit->text() == m_profileName)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_okButton->setEnabled(text == m_profileName); });
    layout->addWidget(buttons);
    resize(560, 380);
    m_nameEdit->setFocus();
}

void ProductionConfirmDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDialog::changeEvent(event);
}

QString ProductionConfirmDialog::changesText() const
{
    return m_changes->toPlainText();
}

bool ProductionConfirmDialog::confirm(QWidget* parent, const QString& profileName, const QString& action,
                                      const QStringList& changes)
{
    ProductionConfirmDialog dialog(profileName, action, changes, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace rka::ui
