#include "KeyEditorExpiryPage.h"

#include "ui_KeyEditorExpiryPage.h"

#include "relay/JsNumber.h"
#include "support/Clock.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rka::ui {

using F = relay::ApiKeyField;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;
constexpr int NeverIndex = 0;

QString shownDate(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

QByteArray isoMs(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toLatin1(); // Date.prototype.toISOString()
}

} // namespace

KeyEditorExpiryPage::KeyEditorExpiryPage(QWidget* parent)
    : EditorPage(parent)
    , m_ui(std::make_unique<Ui::KeyEditorExpiryPage>())
{
    m_ui->setupUi(this);
    m_ui->presetCombo->addItem(QString(), qint64(0));
    for (const auto& [label, seconds] : presets())
        m_ui->presetCombo->addItem(QString(), seconds);
    m_ui->presetCombo->addItem(QString(), qint64(-1));
    m_ui->activationUnitCombo->addItem(QString(), u"days"_s);
    m_ui->activationUnitCombo->addItem(QString(), u"hours"_s);
    for (const auto& [label, seconds] : presets())
        if (seconds >= Day)
            m_ui->renewCombo->addItem(QString(), seconds);
    retranslateUi();
    addRow(m_ui->form, m_ui->modeBox, {F::ExpirationMode}, false);
    addRow(m_ui->form, m_ui->fixedBox, {F::ExpiresAt}, false);
    addRow(m_ui->form, m_ui->activationBox, {F::ActivationDays, F::ActivationUnit}, false);
    addRow(m_ui->form, m_ui->stateBox, {F::IsActivated, F::ActivatedAt}, false);

    connect(m_ui->fixedRadio, &QRadioButton::toggled, this, [this] {
        touch();
        updateVisibility();
    });
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, [this] {
        touch();
        applyPreset();
    });
    connect(m_ui->expiresEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        touch();
        updatePreviews();
    });
    connect(m_ui->activationAmountSpin, &QSpinBox::valueChanged, this, [this] {
        touch();
        updatePreviews();
    });
    connect(m_ui->activationUnitCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Switching to hours clamps a large day count, as the web admin does (3.2).
        if (m_ui->activationUnitCombo->currentData() == u"hours"_s && !m_loading &&
            m_ui->activationAmountSpin->value() > 24)
            m_ui->activationAmountSpin->setValue(24);
        touch();
        updatePreviews();
    });
    connect(m_ui->activateNowButton, &QPushButton::clicked, this, &KeyEditorExpiryPage::activateRequested);
    connect(m_ui->renewButton, &QPushButton::clicked, this,
            [this] { emit renewRequested(m_ui->renewCombo->currentData().toLongLong()); });
}

KeyEditorExpiryPage::~KeyEditorExpiryPage() = default;

void KeyEditorExpiryPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    QHash<qint64, QString> labels;
    for (const auto& [label, seconds] : presets())
        labels.insert(seconds, label);
    for (int i = 0; i < m_ui->presetCombo->count(); ++i) {
        const qint64 seconds = m_ui->presetCombo->itemData(i).toLongLong();
        //: Expiry choice: never, or pick a date and time.
        m_ui->presetCombo->setItemText(i,
                                       seconds == 0      ? tr("Never expires")
                                           : seconds < 0 ? tr("Custom date and time")
                                                         : labels.value(seconds));
    }
    //: Unit of the activation period (first-use activation)
    m_ui->activationUnitCombo->setItemText(0, tr("days"));
    m_ui->activationUnitCombo->setItemText(1, tr("hours"));
    for (int i = 0; i < m_ui->renewCombo->count(); ++i)
        //: Renew: extend the expiry by a period, e.g. "by 30 days"
        m_ui->renewCombo->setItemText(
            i, tr("by %1").arg(labels.value(m_ui->renewCombo->itemData(i).toLongLong())));
    m_ui->modeNote->setText(tr("Activation on first use suits keys handed out in advance: the period starts "
                               "with the key's first request (or with “Activate now”)."));
    updatePreviews();
}

QString KeyEditorExpiryPage::title() const
{
    //: Editor section: when the API key expires, or activation on first use.
    return tr("Expiry");
}

QList<std::pair<QString, qint64>> KeyEditorExpiryPage::presets()
{
    return {{tr("1 hour"), Hour},       {tr("1 day"), Day},        {tr("7 days"), 7 * Day},
            {tr("30 days"), 30 * Day},  {tr("90 days"), 90 * Day}, {tr("180 days"), 180 * Day},
            {tr("365 days"), 365 * Day}};
}

void KeyEditorExpiryPage::setup(EditorMode mode, const EditorContext& context)
{
    EditorPage::setup(mode, context);
    setRowVisible(m_ui->stateBox, mode == EditorMode::Edit);
}

void KeyEditorExpiryPage::touch()
{
    if (!m_loading) {
        m_touched = true;
        emit edited();
    }
}

bool KeyEditorExpiryPage::activationMode() const
{
    return m_ui->activationRadio->isChecked();
}

void KeyEditorExpiryPage::load(const relay::ApiKey& key)
{
    m_loading = true;
    m_loadedMode = key.expirationMode() == u"activation"_s ? u"activation"_s : u"fixed"_s;
    m_loadedActivated = key.isActivated();
    (m_loadedMode == u"activation"_s ? m_ui->activationRadio : m_ui->fixedRadio)->setChecked(true);
    const std::optional<QDateTime> expires = key.serviceDate(F::ExpiresAt);
    if (expires) {
        m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->count() - 1);
        m_ui->expiresEdit->setDateTime(expires->toLocalTime());
    } else {
        m_ui->presetCombo->setCurrentIndex(NeverIndex);
        m_ui->expiresEdit->setDateTime(support::Clock::currentDateTimeUtc().addDays(30).toLocalTime());
    }
    const qint64 amount = key.activationDays().value_or(0);
    const bool hours = key.activationUnit() == u"hours"_s;
    m_ui->activationUnitCombo->setCurrentIndex(hours ? 1 : 0);
    m_ui->activationAmountSpin->setValue(amount > 0 ? int(amount) : (hours ? 24 : 30));
    m_touched = false;
    m_loading = false;
    updateVisibility();
    showState(key);
}

void KeyEditorExpiryPage::store(relay::ApiKey& key) const
{
    if (!m_touched)
        return;
    const bool creating = mode() == EditorMode::Create || mode() == EditorMode::BatchCreate;
    if (activationMode()) {
        key.setText(F::ExpirationMode, u"activation"_s);
        key.setRaw(F::ActivationDays, relay::JsNumber::toString(qint64(m_ui->activationAmountSpin->value())));
        key.setText(F::ActivationUnit, m_ui->activationUnitCombo->currentData().toString());
        if (!creating && m_loadedMode != u"activation"_s) {
            // Switched to activation: the key starts over, waiting for its first use (12).
            key.setRaw(F::IsActivated, "false");
            key.setRaw(F::ActivatedAt, "");
            key.setRaw(F::ExpiresAt, "");
        } else if (creating) {
            key.remove(F::ExpiresAt);
        }
        return;
    }
    key.setText(F::ExpirationMode, u"fixed"_s);
    const qint64 preset = m_ui->presetCombo->currentData().toLongLong();
    key.setRaw(F::ExpiresAt, preset == 0 ? QByteArray() : isoMs(m_ui->expiresEdit->dateTime()));
    if (!creating && m_loadedMode == u"activation"_s && !m_loadedActivated) {
        // A fixed date makes a waiting key active from now, as the service's expiry edit does (11.9).
        key.setRaw(F::IsActivated, "true");
        key.setRaw(F::ActivatedAt, isoMs(support::Clock::currentDateTimeUtc()));
    }
}

void KeyEditorExpiryPage::applyPreset()
{
    const qint64 seconds = m_ui->presetCombo->currentData().toLongLong();
    // A preset counts from the moment it is chosen, as in the web admin (3.6).
    if (seconds > 0 && !m_loading) {
        const QDateTime at = support::Clock::currentDateTimeUtc().addSecs(seconds);
        m_ui->expiresEdit->setDateTime(at.toLocalTime());
    }
    m_ui->expiresEdit->setEnabled(seconds != 0);
    m_ui->expiresEdit->setReadOnly(seconds > 0);
    updatePreviews();
}

void KeyEditorExpiryPage::updateVisibility()
{
    const bool activation = activationMode();
    setRowVisible(m_ui->fixedBox, !activation);
    setRowVisible(m_ui->activationBox, activation);
    applyPreset();
}

void KeyEditorExpiryPage::updatePreviews()
{
    const qint64 preset = m_ui->presetCombo->currentData().toLongLong();
    if (preset == 0) {
        m_ui->fixedPreview->setText(tr("The key never expires."));
    } else {
        const QDateTime at = m_ui->expiresEdit->dateTime();
        m_ui->fixedPreview->setText(at < support::Clock::currentDateTimeUtc()
                                        ? tr("This date is in the past: the key will be refused as expired.")
                                        : tr("The key expires on %1.").arg(shownDate(at)));
    }
    const int amount = m_ui->activationAmountSpin->value();
    m_ui->activationPreview->setText(
        m_ui->activationUnitCombo->currentData() == u"hours"_s
            ? tr("The key activates on its first request and expires %n hour(s) later.", nullptr, amount)
            : tr("The key activates on its first request and expires %n day(s) later.", nullptr, amount));
}

void KeyEditorExpiryPage::showState(const relay::ApiKey& key)
{
    const QDateTime now = support::Clock::currentDateTimeUtc();
    const bool waiting = key.expirationMode() == u"activation"_s && !key.isActivated();
    QStringList lines;
    if (waiting) {
        const qint64 amount = key.activationDays().value_or(0);
        const bool hours = key.activationUnit() == u"hours"_s;
        //: Activation state of an API key that has never been used.
        lines << (hours
                      ? tr("Not activated yet: runs for %n hour(s) from its first use.", nullptr, int(amount))
                      : tr("Not activated yet: runs for %n day(s) from its first use.", nullptr,
                           int(amount)));
    } else if (const std::optional<QDateTime> at = key.activatedAt()) {
        lines << tr("Activated at %1.").arg(shownDate(*at));
    }
    if (const std::optional<QDateTime> expires = key.serviceDate(F::ExpiresAt)) {
        lines << (*expires < now ? tr("Expired at %1.").arg(shownDate(*expires))
                                 : tr("Expires at %1.").arg(shownDate(*expires)));
    } else if (!waiting) {
        lines << tr("Never expires.");
    }
    m_ui->stateLabel->setText(lines.join(u'\n'));
    m_ui->activateNowButton->setEnabled(waiting);
    m_ui->activateNowButton->setToolTip(
        waiting ? tr("Starts the period now, counting in the key's own unit (hours or days).")
                : tr("Only a key that waits for its first use can be activated."));
}

} // namespace rka::ui
