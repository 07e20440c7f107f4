#include "KeyEditorLimitsPage.h"

#include "ui_KeyEditorLimitsPage.h"

#include "relay/JsNumber.h"

#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rka::ui {

using F = relay::ApiKeyField;

KeyEditorLimitsPage::KeyEditorLimitsPage(QWidget* parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::KeyEditorLimitsPage>())
{
    m_ui->setupUi(this);
    m_numbers = {{F::TokenLimit, m_ui->tokenLimitEdit},    {F::ConcurrencyLimit, m_ui->concurrencyEdit},
                 {F::RateLimitWindow, m_ui->windowEdit},   {F::RateLimitRequests, m_ui->windowRequestsEdit},
                 {F::RateLimitCost, m_ui->windowCostEdit}, {F::DailyCostLimit, m_ui->dailyCostEdit},
                 {F::TotalCostLimit, m_ui->totalCostEdit}, {F::WeeklyOpusCostLimit, m_ui->weeklyOpusEdit}};
    for (const auto& [field, edit] : std::as_const(m_numbers))
        connect(edit, &QLineEdit::textChanged, this, &EditorPage::edited);
    addPresets(m_ui->dailyCostBox, m_ui->dailyCostEdit);
    addPresets(m_ui->totalCostBox, m_ui->totalCostEdit);
    addPresets(m_ui->weeklyOpusBox, m_ui->weeklyOpusEdit);
    addRow(m_ui->form, m_ui->tokenLimitEdit, {F::TokenLimit});
    addRow(m_ui->form, m_ui->concurrencyEdit, {F::ConcurrencyLimit});
    addRow(m_ui->form, m_ui->windowEdit, {F::RateLimitWindow});
    addRow(m_ui->form, m_ui->windowRequestsEdit, {F::RateLimitRequests});
    addRow(m_ui->form, m_ui->windowCostEdit, {F::RateLimitCost});
    addRow(m_ui->form, m_ui->dailyCostBox, {F::DailyCostLimit});
    addRow(m_ui->form, m_ui->totalCostBox, {F::TotalCostLimit});
    addRow(m_ui->form, m_ui->weeklyOpusBox, {F::WeeklyOpusCostLimit});
    addRow(m_ui->form, m_ui->weeklyResetBox, {F::WeeklyResetDay, F::WeeklyResetHour});
    addRow(m_ui->form, m_ui->serviceRatesBox, {F::ServiceRates});

    for (int day = 1; day <= 7; ++day) // 1 = Monday, as the service counts (18.3)
        m_ui->resetDayCombo->addItem(QLocale().dayName(day), day);
    connect(m_ui->resetDayCombo, &QComboBox::currentIndexChanged, this, &EditorPage::edited);
    connect(m_ui->resetHourSpin, &QSpinBox::valueChanged, this, &EditorPage::edited);

    auto* grid = static_cast<QGridLayout*>(m_ui->serviceRatesBox->layout());
    const QStringList services = relay::KeyValidator::rateServices();
    for (qsizetype i = 0; i < services.size(); ++i) {
        auto* label = new QLabel(services.at(i), m_ui->serviceRatesBox);
        auto* edit = new QLineEdit(m_ui->serviceRatesBox);
        edit->setObjectName(u"rate_"_s + services.at(i));
        //: Placeholder of a service rate: empty means the multiplier 1.0.
        edit->setPlaceholderText(tr("1.0"));
        edit->setMaximumWidth(80);
        label->setBuddy(edit);
        grid->addWidget(label, int(i / 4), int(i % 4) * 2);
        grid->addWidget(edit, int(i / 4), int(i % 4) * 2 + 1);
        m_rates.append({services.at(i), edit});
        connect(edit, &QLineEdit::textChanged, this, &EditorPage::edited);
    }
    retranslateUi();
}

void KeyEditorLimitsPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_ui->resetDayCombo->count(); ++i)
        m_ui->resetDayCombo->setItemText(i, QLocale().dayName(m_ui->resetDayCombo->itemData(i).toInt()));
    for (QToolButton* none : findChildren<QToolButton*>())
        if (none->objectName().endsWith(u"PresetNone"_s))
            //: Preset for a cost limit: no limit.
            none->setText(tr("None"));
    for (const auto& [service, edit] : std::as_const(m_rates))
        //: Placeholder of a service rate: empty means the multiplier 1.0.
        edit->setPlaceholderText(tr("1.0"));
    m_ui->limitsNote->setText(
        tr("Empty or 0 means no limit. Costs are in US dollars and may have decimals; the other limits are "
           "whole numbers. The window limits apply only when a rate window is set. The weekly Opus limit "
           "counts Opus models only."));
}

KeyEditorLimitsPage::~KeyEditorLimitsPage() = default;

QString KeyEditorLimitsPage::title() const
{
    //: Editor section with the API key's usage limits.
    return tr("Limits");
}

QList<int> KeyEditorLimitsPage::costPresets()
{
    return {5, 10, 20, 50, 100};
}

void KeyEditorLimitsPage::addPresets(QWidget* box, QLineEdit* edit)
{
    for (int amount : costPresets()) {
        auto* button = new QToolButton(box);
        button->setObjectName(edit->objectName() + u"Preset"_s + QString::number(amount));
        //: A preset amount for a cost limit, in US dollars.
        button->setText(tr("$%1").arg(amount));
        connect(button, &QToolButton::clicked, edit,
                [edit, amount] { edit->setText(QString::number(amount)); });
        box->layout()->addWidget(button);
    }
    auto* clear = new QToolButton(box);
    clear->setObjectName(edit->objectName() + u"PresetNone"_s);
    //: Preset for a cost limit: no limit.
    clear->setText(tr("None"));
    connect(clear, &QToolButton::clicked, edit, &QLineEdit::clear);
    box->layout()->addWidget(clear);
}

void KeyEditorLimitsPage::setup(EditorMode mode, const EditorContext& context)
{
    EditorPage::setup(mode, context);
    // Fields a release does not have are not offered (18.1): writing them would be unknown data there.
    m_showReset = context.target.model >= relay::DataModel::Release1_1_281;
    m_showRates = context.target.model >= relay::DataModel::Release1_1_263;
    setRowVisible(m_ui->weeklyResetBox, m_showReset);
    setRowVisible(m_ui->serviceRatesBox, m_showRates);
}

void KeyEditorLimitsPage::load(const relay::ApiKey& key)
{
    for (const auto& [field, edit] : std::as_const(m_numbers))
        loadNumber(edit, key, field);
    m_loadedDay = int(key.weeklyResetDay().value_or(1));
    m_loadedHour = int(key.weeklyResetHour().value_or(0));
    m_ui->resetDayCombo->setCurrentIndex(qBound(0, m_loadedDay - 1, 6));
    m_ui->resetHourSpin->setValue(m_loadedHour);
    const QMap<QString, double> rates = key.serviceRates().value_or(QMap<QString, double>());
    for (const auto& [service, edit] : std::as_const(m_rates))
        edit->setText(rates.contains(service)
                          ? QString::fromLatin1(relay::JsNumber::toString(rates.value(service)))
                          : QString());
    m_loadedRates = ratesJson();
}

QString KeyEditorLimitsPage::ratesJson() const
{
    // Stored as a JSON object of numbers; an entry that does not parse is kept as text, so the
    // validator reports it in words (18.9).
    QJsonObject object;
    for (const auto& [service, edit] : m_rates) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double value = QLocale::c().toDouble(text, &ok);
        object.insert(service, ok ? QJsonValue(value) : QJsonValue(text));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void KeyEditorLimitsPage::store(relay::ApiKey& key) const
{
    const bool batch = mode() == EditorMode::BatchEdit;
    for (const auto& [field, edit] : m_numbers) {
        if (batch && unchanged(edit) && edit->text().trimmed().isEmpty())
            key.setRaw(field, "0"); // batch edit: a ticked but empty field means "no limit"
        else
            storeNumber(edit, key, field);
    }
    if (m_showReset) {
        const int day = m_ui->resetDayCombo->currentData().toInt();
        if (batch || day != m_loadedDay)
            key.setRaw(F::WeeklyResetDay, relay::JsNumber::toString(qint64(day)));
        if (batch || m_ui->resetHourSpin->value() != m_loadedHour)
            key.setRaw(F::WeeklyResetHour, relay::JsNumber::toString(qint64(m_ui->resetHourSpin->value())));
    }
    if (m_showRates) {
        const QString json = ratesJson();
        if (batch || json != m_loadedRates)
            key.setText(F::ServiceRates, json);
    }
}

QLineEdit* KeyEditorLimitsPage::editFor(F field) const
{
    for (const auto& [f, edit] : m_numbers)
        if (f == field)
            return edit;
    return nullptr;
}

QLineEdit* KeyEditorLimitsPage::rateEdit(const QString& service) const
{
    for (const auto& [s, edit] : m_rates)
        if (s == service)
            return edit;
    return nullptr;
}

} // namespace rka::ui
