#pragma once

#include "EditorContext.h"

#include "relay/ApiKey.h"
#include "relay/KeyValidator.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rka::ui {

// One section of the key editor. A page shows some of the key's fields in a QFormLayout; each row is
// registered with the fields it edits, so that the dialog can show validation messages under the
// row, and so that batch edit can turn the row's label into a "set this field" check box.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    explicit EditorPage(QWidget* parent = nullptr);

    virtual QString title() const = 0;
    // Called once, before load(): the mode and the choices the page offers.
    virtual void setup(EditorMode mode, const EditorContext& context);
    // Shows the key's stored values (for create: the service's defaults, i.e. an empty key).
    virtual void load(const relay::ApiKey& key) = 0;
    // Writes the page's fields into `key`, in the stored form. A field whose widget still shows what
    // load() put there is left as it is in `key`, so an untouched field is never rewritten.
    virtual void store(relay::ApiKey& key) const = 0;

    EditorMode mode() const { return m_mode; }
    bool owns(relay::ApiKeyField field) const;
    // Shows the issues of this page's fields under their rows; returns how many errors it showed.
    int showIssues(const QList<relay::ValidationIssue>& issues);
    // The error or warning shown under the row of `field` (empty when none), for tests and the summary.
    QString issueText(relay::ApiKeyField field) const;
    // Batch edit: the fields whose row is ticked ("set"); the other fields are kept as they are.
    QList<relay::ApiKeyField> batchFields() const;
    // Batch edit: ticks or unticks the row of `field`.
    void setBatchField(relay::ApiKeyField field, bool set);

signals:
    void edited();

protected:
    // QEvent::LanguageChange: retranslateUi(), then the batch-edit switches take their rows' new labels.
    void changeEvent(QEvent* event) override;
    // Sets the page's texts again: the .ui texts (Ui::retranslateUi) and those set in code.
    virtual void retranslateUi() { }

    // Registers a row of `form`: `field` is the row's field widget (not its label).
    void addRow(QFormLayout* form, QWidget* field, const QList<relay::ApiKeyField>& fields,
                bool batchEditable = true);
    // Hides a row (e.g. the description in batch edit).
    void setRowVisible(QWidget* field, bool visible);

    // Numbers are typed as text and stored as the service stores them (JsNumber::toString); a value
    // that does not parse is stored as typed, so the validator names the problem in words.
    static void loadNumber(QLineEdit* edit, const relay::ApiKey& key, relay::ApiKeyField field);
    static void storeNumber(const QLineEdit* edit, relay::ApiKey& key, relay::ApiKeyField field);
    // Whether a widget still shows what load() put there (the "rkaLoaded" property).
    static bool unchanged(const QLineEdit* edit);

private:
    struct Row
    {
        QFormLayout* form = nullptr;
        QWidget* field = nullptr;
        QList<relay::ApiKeyField> fields;
        QLabel* issue = nullptr;
        QCheckBox* batchSwitch = nullptr;
        QLabel* label = nullptr; // batch edit: the row's label, hidden, replaced by batchSwitch
        bool batchEditable = true;
    };
    const Row* rowOf(relay::ApiKeyField field) const;
    void enterBatchEdit();

    EditorMode m_mode = EditorMode::Create;
    QList<Row> m_rows;
};

} // namespace rka::ui
