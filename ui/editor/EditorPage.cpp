#include "EditorPage.h"

#include "relay/JsNumber.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::ui {

using relay::ApiKeyField;

namespace {
const char* const kLoaded = "rkaLoaded";
} // namespace

EditorPage::EditorPage(QWidget* parent)
    : QWidget(parent)
{ }

void EditorPage::setup(EditorMode mode, const EditorContext& context)
{
    Q_UNUSED(context);
    m_mode = mode;
    if (mode == EditorMode::BatchEdit)
        enterBatchEdit();
}

void EditorPage::addRow(QFormLayout* form, QWidget* field, const QList<ApiKeyField>& fields,
                        bool batchEditable)
{
    int row = -1;
    QFormLayout::ItemRole role {};
    form->getWidgetPosition(field, &row, &role);
    Row r;
    r.form = form;
    r.field = field;
    r.fields = fields;
    r.batchEditable = batchEditable;
    r.issue = new QLabel(this);
    r.issue->setObjectName(field->objectName() + u"Issue"_s);
    r.issue->setWordWrap(true);
    r.issue->setTextFormat(Qt::PlainText);
    r.issue->hide();
    if (row >= 0)
        form->insertRow(row + 1, QString(), r.issue);
    m_rows.append(r);
}

void EditorPage::setRowVisible(QWidget* field, bool visible)
{
    for (const Row& r : std::as_const(m_rows)) {
        if (r.field != field)
            continue;
        r.form->setRowVisible(field, visible);
        if (!visible)
            r.form->setRowVisible(r.issue, false);
    }
}

const EditorPage::Row* EditorPage::rowOf(ApiKeyField field) const
{
    for (const Row& r : m_rows)
        if (r.fields.contains(field))
            return &r;
    return nullptr;
}

bool EditorPage::owns(ApiKeyField field) const
{
    return rowOf(field) != nullptr;
}

int EditorPage::showIssues(const QList<relay::ValidationIssue>& issues)
{
    int errors = 0;
    for (const Row& r : std::as_const(m_rows)) {
        QStringList errorTexts;
        QStringList warningTexts;
        for (const relay::ValidationIssue& i : issues) {
            if (!r.fields.contains(i.field))
                continue;
            QStringList& list = i.warning ? warningTexts : errorTexts;
            if (!list.contains(i.message))
                list << i.message;
        }
        errors += int(errorTexts.size());
        const QStringList all = errorTexts + warningTexts;
        r.issue->setText(all.join(u'\n'));
        r.issue->setStyleSheet(errorTexts.isEmpty() ? u"color: #8a5300;"_s : u"color: #b3261e;"_s);
        r.issue->setVisible(!all.isEmpty() && r.field->isVisibleTo(this));
        r.field->setProperty("rkaInvalid", !errorTexts.isEmpty());
    }
    return errors;
}

QString EditorPage::issueText(ApiKeyField field) const
{
    const Row* r = rowOf(field);
    return r ? r->issue->text() : QString();
}

void EditorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (Row& r : m_rows) {
            if (!r.batchSwitch)
                continue;
            r.batchSwitch->setText(r.label ? r.label->text() : tr("Set"));
            r.batchSwitch->setToolTip(
                tr("Tick to set this on every selected key; unticked, each key keeps its "
                   "own value."));
        }
    }
    QWidget::changeEvent(event);
}

void EditorPage::enterBatchEdit()
{
    for (Row& r : m_rows) {
        if (!r.batchEditable) {
            setRowVisible(r.field, false);
            continue;
        }
        auto* label = qobject_cast<QLabel*>(r.form->labelForField(r.field));
        //: Batch edit: ticked = this field is set on every selected key, unticked = each key keeps its value.
        r.batchSwitch = new QCheckBox(label ? label->text() : tr("Set"), this);
        r.batchSwitch->setObjectName(r.field->objectName() + u"Set"_s);
        r.batchSwitch->setToolTip(tr("Tick to set this on every selected key; unticked, each key keeps its "
                                     "own value."));
        if (label) {
            // Kept (hidden): its text, set again on a language change, labels the switch.
            delete r.form->replaceWidget(label, r.batchSwitch);
            label->hide();
            r.label = label;
        }
        r.field->setEnabled(false);
        QWidget* field = r.field;
        connect(r.batchSwitch, &QCheckBox::toggled, this, [this, field](bool on) {
            field->setEnabled(on);
            emit edited();
        });
    }
}

QList<ApiKeyField> EditorPage::batchFields() const
{
    QList<ApiKeyField> fields;
    for (const Row& r : m_rows)
        if (r.batchSwitch && r.batchSwitch->isChecked())
            fields += r.fields;
    return fields;
}

void EditorPage::setBatchField(ApiKeyField field, bool set)
{
    if (const Row* r = rowOf(field); r && r->batchSwitch)
        r->batchSwitch->setChecked(set);
}

void EditorPage::loadNumber(QLineEdit* edit, const relay::ApiKey& key, ApiKeyField field)
{
    // "0" and "" both mean "no limit" to the service (5.2 a): shown as an empty field.
    const QString stored = key.text(field);
    const QString shown = stored == u"0"_s ? QString() : stored;
    edit->setText(shown);
    edit->setProperty(kLoaded, shown);
}

bool EditorPage::unchanged(const QLineEdit* edit)
{
    return edit->text().trimmed() == edit->property(kLoaded).toString();
}

void EditorPage::storeNumber(const QLineEdit* edit, relay::ApiKey& key, ApiKeyField field)
{
    if (unchanged(edit))
        return;
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        key.setRaw(field, "0");
        return;
    }
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    if (ok && std::isfinite(value))
        key.setRaw(field, relay::JsNumber::toString(value));
    else
        key.setRaw(field, text.toUtf8());
}

} // namespace rka::ui
