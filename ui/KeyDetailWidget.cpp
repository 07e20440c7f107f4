#include "KeyDetailWidget.h"

#include "DetailFormat.h"
#include "LimitBar.h"

#include "relay/KeyStatus.h"

#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using rka::relay::ApiKeyField;

namespace rka::ui {

namespace {

const QString kWarning = u"\u26a0 "_s;

// The usage grid's rows: name suffix, label.
struct UsageRow
{
    const char* name;
    const char* label;
    qint64 relay::UsageCounters::*member;
};

const UsageRow kUsageRows[] = {
    {"requests", QT_TRANSLATE_NOOP("rka::ui::KeyDetailWidget", "Requests"), &relay::UsageCounters::requests},
    {"input", QT_TRANSLATE_NOOP("rka::ui::KeyDetailWidget", "Input tokens"),
     &relay::UsageCounters::inputTokens},
    {"output", QT_TRANSLATE_NOOP("rka::ui::KeyDetailWidget", "Output tokens"),
     &relay::UsageCounters::outputTokens},
    {"cacheCreate", QT_TRANSLATE_NOOP("rka::ui::KeyDetailWidget", "Cache create tokens"),
     &relay::UsageCounters::cacheCreateTokens},
    {"cacheRead", QT_TRANSLATE_NOOP("rka::ui::KeyDetailWidget", "Cache read tokens"),
     &relay::UsageCounters::cacheReadTokens},
    {"all", QT_TRANSLATE_NOOP("rka::ui::KeyDetailWidget", "All tokens"), &relay::UsageCounters::allTokens},
};

QPixmap iconFor(const relay::ApiKey& key, const QColor& background)
{
    const QString icon = key.icon();
    const qsizetype comma = icon.indexOf(u',');
    if (icon.startsWith(u"data:image/"_s) && comma > 0) {
        QPixmap p;
        if (p.loadFromData(QByteArray::fromBase64(icon.mid(comma + 1).toLatin1())) && p.width() > 1)
            return p.scaled(40, 40, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap p(40, 40);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(background);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(p.rect(), 8, 8);
    QFont f = painter.font();
    f.setPixelSize(20);
    f.setBold(true);
    painter.setFont(f);
    painter.setPen(Qt::white);
    const QString name = key.name().trimmed();
    painter.drawText(p.rect(), Qt::AlignCenter, name.isEmpty() ? u"?"_s : name.left(1).toUpper());
    return p;
}

QString statusColour(relay::KeyStatus status)
{
    switch (status) {
    case relay::KeyStatus::Active:
        return u"#15803d"_s;
    case relay::KeyStatus::NotActivated:
        return u"#2563eb"_s;
    case relay::KeyStatus::Expired:
        return u"#b45309"_s;
    case relay::KeyStatus::Disabled:
        return u"#6b7280"_s;
    case relay::KeyStatus::Deleted:
        return u"#b91c1c"_s;
    }
    return u"#6b7280"_s;
}

} // namespace

KeyDetailWidget::KeyDetailWidget(QWidget* parent)
    : QScrollArea(parent)
    , m_tick(new QTimer(this))
    , m_pages(new QStackedWidget)
{
    setObjectName(u"keyDetail"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* placeholder = new QLabel;
    translate([placeholder] { placeholder->setText(tr("Select a key")); });
    placeholder->setObjectName(u"placeholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_pages->addWidget(placeholder);

    auto* page = new QWidget;
    auto* content = new QVBoxLayout(page);
    content->setSpacing(10);
    buildHeader(content);
    buildSettings(content);
    buildUsage(content);
    buildLimits(content);
    content->addStretch(1);
    m_pages->addWidget(page);
    setWidget(m_pages);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { setNow(m_now.addMSecs(m_sinceNow.elapsed())); });
    clear();
}

KeyDetailWidget::~KeyDetailWidget() = default;

void KeyDetailWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void KeyDetailWidget::retranslateUi()
{
    for (const std::function<void()>& set : m_retranslate)
        set();
    // The values that depend on the time; the settings are shown again by setEntry() (the main
    // window calls it on a language change).
    if (m_entry) {
        fillTimed();
        fillWindow();
        fillMalformed();
    }
    QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest)); // labels of other lengths
}

void KeyDetailWidget::buildHeader(QVBoxLayout* content)
{
    auto* header = new QHBoxLayout;
    m_icon = new QLabel;
    m_icon->setObjectName(u"iconLabel"_s);
    m_icon->setFixedSize(40, 40);
    header->addWidget(m_icon, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    auto* nameRow = new QHBoxLayout;
    m_name = new QLabel;
    m_name->setObjectName(u"nameLabel"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_status = new QLabel;
    m_status->setObjectName(u"statusPill"_s);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_status, 0, Qt::AlignVCenter);
    text->addLayout(nameRow);

    auto* idRow = new QHBoxLayout;
    m_id = new QLabel;
    m_id->setObjectName(u"idLabel"_s);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setFont(QFont(u"monospace"_s));
    m_copyId = new QPushButton;
    m_copyId->setObjectName(u"copyIdButton"_s);
    m_edit = new QPushButton;
    translate([this] {
        //: The id of the API key (not the secret key itself)
        m_copyId->setText(tr("Copy id"));
        m_copyId->setToolTip(tr("Copy the key's id to the clipboard"));
        m_edit->setText(tr("Edit\u2026"));
    });
    m_edit->setObjectName(u"editButton"_s);
    text->addWidget(m_id);
    idRow->addWidget(m_copyId);
    idRow->addWidget(m_edit);
    idRow->addStretch(1);
    text->addLayout(idRow);
    header->addLayout(text, 1);
    content->addLayout(header);

    connect(m_copyId, &QPushButton::clicked, this, &KeyDetailWidget::copyId);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_entry)
            emit editRequested(m_entry->id);
    });

    m_malformedBox = new QFrame;
    m_malformedBox->setObjectName(u"malformedBox"_s);
    m_malformedBox->setStyleSheet(u"#malformedBox { background: #fef3c7; border: 1px solid #d97706;"
                                  " border-radius: 4px; } #malformedBox QLabel { color: #78350f; }"_s);
    auto* box = new QVBoxLayout(m_malformedBox);
    auto* title = new QLabel;
    translate(
        [title] { title->setText(kWarning + tr("Malformed values: shown as stored; nothing was changed")); });
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_malformedText = new QLabel;
    m_malformedText->setObjectName(u"malformedText"_s);
    m_malformedText->setTextFormat(Qt::PlainText);
    m_malformedText->setWordWrap(true);
    m_malformedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(title);
    box->addWidget(m_malformedText);
    content->addWidget(m_malformedBox);
}

void KeyDetailWidget::translate(const std::function<void()>& set)
{
    set();
    m_retranslate.append(set);
}

void KeyDetailWidget::translateRowLabel(QFormLayout* form, QWidget* field,
                                        const std::function<QString()>& label)
{
    translate([form, field, label] {
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(field)))
            l->setText(label());
    });
}

QLabel* KeyDetailWidget::addRow(QFormLayout* form, const QString& name, const char* label)
{
    return addRow(form, name, [label] { return tr(label); });
}

LimitBar* KeyDetailWidget::addBar(QFormLayout* form, const QString& name, const char* label)
{
    return addBar(form, name, [label] { return tr(label); });
}

QLabel* KeyDetailWidget::addRow(QFormLayout* form, const QString& name, const std::function<QString()>& label)
{
    auto* value = new QLabel;
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(new QLabel, value); // an empty text would make no label
    translateRowLabel(form, value, label);
    m_values.insert(name, value);
    m_rowForms.insert(value, form);
    return value;
}

LimitBar* KeyDetailWidget::addBar(QFormLayout* form, const QString& name,
                                  const std::function<QString()>& label)
{
    auto* bar = new LimitBar;
    bar->setObjectName(name);
    form->addRow(new QLabel, bar);
    translateRowLabel(form, bar, label);
    m_bars.insert(name, bar);
    m_rowForms.insert(bar, form);
    return bar;
}

static QFormLayout* newForm(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

void KeyDetailWidget::buildSettings(QVBoxLayout* content)
{
    auto* box = new QGroupBox;
    translate([box] { box->setTitle(tr("Settings")); });
    box->setObjectName(u"settingsSection"_s);
    QFormLayout* form = newForm(box);
    addRow(form, u"description"_s, QT_TR_NOOP("Description"));
    addRow(form, u"owner"_s, QT_TR_NOOP("Owner"));
    addRow(form, u"permissions"_s, QT_TR_NOOP("Services"));
    addRow(form, u"bindings"_s, QT_TR_NOOP("Accounts"));
    for (ApiKeyField f : KeySettingsText::bindingFields())
        addRow(form, u"binding_"_s + relay::apiKeyFieldName(f),
               [f] { return KeySettingsText::bindingPlatform(f); });
    addRow(form, u"modelRestriction"_s, QT_TR_NOOP("Model restriction"));
    m_modelNote = new QLabel;
    translate([this] { m_modelNote->setText(KeySettingsText::modelRestrictionNote()); });
    m_modelNote->setObjectName(u"modelRestrictionNote"_s);
    m_modelNote->setWordWrap(true);
    QFont small = m_modelNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_modelNote->setFont(small);
    m_modelNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_modelNote);
    m_rowForms.insert(m_modelNote, form);
    addRow(form, u"clientRestriction"_s, QT_TR_NOOP("Client restriction"));
    addRow(form, u"tags"_s, QT_TR_NOOP("Tags"));
    //: Row label: how the key expires (fixed date, or a period from first use)
    addRow(form, u"activation"_s, QT_TR_NOOP("Expiry mode"));
    addRow(form, u"expiry"_s, QT_TR_NOOP("Expires"));
    addRow(form, u"created"_s, QT_TR_NOOP("Created"));
    addRow(form, u"updated"_s, QT_TR_NOOP("Updated"));
    addRow(form, u"lastUsedAt"_s, QT_TR_NOOP("Last used at"));
    addRow(form, u"deleted"_s, QT_TR_NOOP("Deleted"));
    addRow(form, u"restored"_s, QT_TR_NOOP("Restored"));
    addRow(form, u"serviceRates"_s, QT_TR_NOOP("Service rates"));
    //: Row label: when the weekly Opus cost counter starts again
    addRow(form, u"weeklyReset"_s, QT_TR_NOOP("Weekly reset"));
    addRow(form, u"codexAdaptation"_s, QT_TR_NOOP("Codex adaptation"));
    addRow(form, u"payloadRules"_s, QT_TR_NOOP("Payload rules"));
    addRow(form, u"otherFields"_s, QT_TR_NOOP("Other fields"));
    content->addWidget(box);
}

void KeyDetailWidget::buildUsage(QVBoxLayout* content)
{
    auto* box = new QGroupBox;
    translate([box] { box->setTitle(tr("Usage")); });
    box->setObjectName(u"usageSection"_s);
    auto* grid = new QGridLayout(box);
    grid->setHorizontalSpacing(16);
    const QStringList periods = {u"total"_s, u"today"_s, u"month"_s};
    const std::array<const char*, 3> titles = {QT_TR_NOOP("Total"), QT_TR_NOOP("Today"),
                                               QT_TR_NOOP("This month")};
    for (int c = 0; c < periods.size(); ++c) {
        auto* h = new QLabel;
        translate([h, title = titles.at(c)] { h->setText(tr(title)); });
        QFont bold = h->font();
        bold.setBold(true);
        h->setFont(bold);
        grid->addWidget(h, 0, c + 1, Qt::AlignRight);
    }
    int r = 1;
    for (const UsageRow& row : kUsageRows) {
        auto* label = new QLabel;
        translate([label, text = row.label] { label->setText(tr(text)); });
        grid->addWidget(label, r, 0);
        for (int c = 0; c < periods.size(); ++c) {
            auto* v = new QLabel;
            const QString name = u"usage_"_s + periods.at(c) + u'_' + QLatin1StringView(row.name);
            v->setObjectName(name);
            v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_values.insert(name, v);
            grid->addWidget(v, r, c + 1);
        }
        ++r;
    }
    auto* averages = new QLabel;
    averages->setObjectName(u"usageAverages"_s);
    averages->setWordWrap(true);
    m_values.insert(averages->objectName(), averages);
    grid->addWidget(averages, r, 0, 1, 4);
    grid->setColumnStretch(0, 1);
    content->addWidget(box);
}

void KeyDetailWidget::buildLimits(QVBoxLayout* content)
{
    auto* costs = new QGroupBox;
    translate([costs] { costs->setTitle(tr("Costs and limits")); });
    costs->setObjectName(u"costSection"_s);
    QFormLayout* form = newForm(costs);
    addBar(form, u"costDaily"_s, QT_TR_NOOP("Today"));
    addBar(form, u"costTotal"_s, QT_TR_NOOP("Total"));
    addBar(form, u"costWeeklyOpus"_s, QT_TR_NOOP("Opus this week"));
    addRow(form, u"costMonthly"_s, QT_TR_NOOP("This month"));
    content->addWidget(costs);

    auto* window = new QGroupBox;
    translate([window] { window->setTitle(tr("Rate limit window")); });
    window->setObjectName(u"windowSection"_s);
    form = newForm(window);
    //: Row label: the length of the rate-limit window
    addRow(form, u"windowLength"_s, QT_TR_NOOP("Window"));
    addRow(form, u"windowState"_s, QT_TR_NOOP("State"));
    addBar(form, u"windowRequests"_s, QT_TR_NOOP("Requests"));
    addBar(form, u"windowTokens"_s, QT_TR_NOOP("Tokens"));
    addBar(form, u"windowCost"_s, QT_TR_NOOP("Cost"));
    content->addWidget(window);

    auto* other = new QGroupBox;
    translate([other] { other->setTitle(tr("Concurrency and last use")); });
    other->setObjectName(u"lastUsedSection"_s);
    form = newForm(other);
    //: Row label: requests running right now against the key's concurrency limit
    addBar(form, u"concurrency"_s, QT_TR_NOOP("Running now"));
    addRow(form, u"lastAccount"_s, QT_TR_NOOP("Last account"));
    addRow(form, u"lastAccountType"_s, QT_TR_NOOP("Account type"));
    addRow(form, u"lastUsedTime"_s, QT_TR_NOOP("Last request"));
    content->addWidget(other);
}

void KeyDetailWidget::setValue(const QString& name, const DetailValue& value,
                               const QList<ApiKeyField>& fields)
{
    QLabel* label = m_values.value(name);
    Q_ASSERT(label);
    DetailValue v = value;
    if (m_entry) {
        QStringList bad;
        for (const relay::MalformedField& m : m_entry->malformed)
            if (const auto f = relay::apiKeyFieldByName(m.field); f && fields.contains(*f))
                //: A stored value that does not match its format: %1 the field, %2 the value, %3 why
                bad << tr("Malformed %1: \u201c%2\u201d (%3)")
                           .arg(QString::fromUtf8(m.field), m.rawPreview, m.message);
        if (!bad.isEmpty()) {
            //: After the malformed value: what the service makes of it
            v.text = bad.join(u'\n') + (v.text.isEmpty() ? QString() : u'\n' + tr("Read as: %1").arg(v.text));
            v.problem = true;
        }
    }
    label->setText(v.problem && !v.text.isEmpty() ? kWarning + v.text : v.text);
    label->setToolTip(v.toolTip);
    label->setProperty("problem", v.problem);
    label->setStyleSheet(v.problem ? u"color: #b91c1c;"_s : QString());
    if (QFormLayout* form = m_rowForms.value(label))
        form->setRowVisible(label, !v.text.isEmpty());
}

void KeyDetailWidget::setBar(const QString& name, double current, std::optional<double> limit, bool money,
                             ApiKeyField limitField)
{
    LimitBar* bar = m_bars.value(name);
    bar->setValues(current, limit, money ? LimitBar::Unit::Money : LimitBar::Unit::Count);
    bool problem = bar->ratio() && *bar->ratio() >= 1.0;
    if (m_entry)
        for (const relay::MalformedField& m : m_entry->malformed)
            if (relay::apiKeyFieldByName(m.field) == limitField) {
                bar->setMessage(bar->text() + u'\n' + kWarning +
                                tr("The limit is malformed: \u201c%1\u201d").arg(m.rawPreview));
                problem = true;
            }
    bar->setProperty("problem", problem);
    m_rowForms.value(bar)->setRowVisible(bar, true);
}

void KeyDetailWidget::setEntry(const relay::KeyEntry* entry, const relay::AccountDirectory& accounts,
                               const relay::UserDirectory& users, const relay::ReleaseDetection& release,
                               const QDateTime& now)
{
    if (!entry) {
        clear();
        return;
    }
    m_entry = *entry;
    m_now = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    m_sinceNow.start();
    m_pages->setCurrentIndex(1);
    fillStatic(accounts, users, release);
    fillMalformed();
    fillTimed();
    // Rows were shown, hidden and given texts of other lengths. Once the forms have laid out again,
    // the scroll area must size the page to its new height for this width, or wrapped values
    // overlap (it only does so on a LayoutRequest of its own).
    QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
    verticalScrollBar()->setValue(0);
}

void KeyDetailWidget::clear()
{
    m_entry.reset();
    m_tick->stop();
    m_pages->setCurrentIndex(0);
}

void KeyDetailWidget::setNow(const QDateTime& now)
{
    m_now = now;
    m_sinceNow.start();
    if (m_entry)
        fillTimed();
}

void KeyDetailWidget::setTicking(bool on)
{
    m_ticking = on;
    if (!on)
        m_tick->stop();
    else if (m_entry)
        fillTimed();
}

void KeyDetailWidget::setEditEnabled(bool enabled)
{
    m_edit->setEnabled(enabled);
}

QString KeyDetailWidget::valueText(const QString& name) const
{
    if (const QLabel* l = m_values.value(name)) {
        const QFormLayout* form = m_rowForms.value(const_cast<QLabel*>(l));
        return form && !form->isRowVisible(const_cast<QLabel*>(l)) ? QString() : l->text();
    }
    if (const LimitBar* b = m_bars.value(name)) {
        const QFormLayout* form = m_rowForms.value(const_cast<LimitBar*>(b));
        return form && !form->isRowVisible(const_cast<LimitBar*>(b)) ? QString() : b->text();
    }
    if (name == u"name"_s)
        return m_name->text();
    if (name == u"status"_s)
        return m_status->text();
    if (name == u"id"_s)
        return m_id->text();
    if (name == u"malformed"_s)
        return m_malformedBox->isHidden() ? QString() : m_malformedText->text();
    return {};
}

bool KeyDetailWidget::isProblem(const QString& name) const
{
    if (const QWidget* w = m_values.value(name))
        return w->property("problem").toBool();
    if (const QWidget* w = m_bars.value(name))
        return w->property("problem").toBool();
    return false;
}

void KeyDetailWidget::copyId()
{
    if (m_entry)
        QGuiApplication::clipboard()->setText(QString::fromUtf8(m_entry->id));
}

void KeyDetailWidget::fillStatic(const relay::AccountDirectory& accounts, const relay::UserDirectory& users,
                                 const relay::ReleaseDetection& release)
{
    const relay::ApiKey& key = m_entry->key;
    const relay::KeyStats& s = m_entry->stats;
    m_name->setText(key.name().isEmpty() ? tr("(no name)") : key.name());
    m_id->setText(QString::fromUtf8(m_entry->id));
    m_icon->setPixmap(iconFor(key, palette().color(QPalette::Highlight)));

    setValue(u"description"_s, {key.description(), false, {}}, {ApiKeyField::Description});
    setValue(u"owner"_s, KeySettingsText::owner(key, users), {ApiKeyField::UserId});
    setValue(u"permissions"_s, KeySettingsText::permissions(key, release), {ApiKeyField::Permissions});
    bool anyBinding = false;
    for (ApiKeyField f : KeySettingsText::bindingFields()) {
        const DetailValue v = KeySettingsText::binding(key, f, accounts);
        anyBinding = anyBinding || !v.text.isEmpty();
        setValue(u"binding_"_s + relay::apiKeyFieldName(f), v, {f});
    }
    //: The key is not bound to a dedicated account: the service picks one from the shared pool
    setValue(u"bindings"_s, {anyBinding ? QString() : tr("Shared pool (no dedicated account)"), false, {}});
    setValue(u"modelRestriction"_s, KeySettingsText::modelRestriction(key),
             {ApiKeyField::EnableModelRestriction, ApiKeyField::RestrictedModels});
    m_rowForms.value(m_modelNote)->setRowVisible(m_modelNote, key.enableModelRestriction());
    setValue(u"clientRestriction"_s, KeySettingsText::clientRestriction(key),
             {ApiKeyField::EnableClientRestriction, ApiKeyField::AllowedClients});
    setValue(u"tags"_s, KeySettingsText::tags(key), {ApiKeyField::Tags});
    const auto present = [&key](ApiKeyField f, const DetailValue& v) {
        return key.has(f) ? v : DetailValue();
    };
    setValue(u"serviceRates"_s, present(ApiKeyField::ServiceRates, KeySettingsText::serviceRates(key)),
             {ApiKeyField::ServiceRates});
    setValue(u"weeklyReset"_s,
             key.has(ApiKeyField::WeeklyResetDay) || key.has(ApiKeyField::WeeklyResetHour)
                 ? KeySettingsText::weeklyReset(key)
                 : DetailValue(),
             {ApiKeyField::WeeklyResetDay, ApiKeyField::WeeklyResetHour});
    setValue(
        u"codexAdaptation"_s,
        present(ApiKeyField::EnableOpenAIResponsesCodexAdaptation, KeySettingsText::codexAdaptation(key)),
        {ApiKeyField::EnableOpenAIResponsesCodexAdaptation});
    setValue(u"payloadRules"_s,
             key.has(ApiKeyField::EnableOpenAIResponsesPayloadRules) ||
                     key.has(ApiKeyField::OpenaiResponsesPayloadRules)
                 ? KeySettingsText::payloadRules(key)
                 : DetailValue(),
             {ApiKeyField::EnableOpenAIResponsesPayloadRules, ApiKeyField::OpenaiResponsesPayloadRules});
    setValue(u"otherFields"_s, KeySettingsText::otherFields(key));

    // Usage.
    const QList<std::pair<QString, const relay::UsageCounters*>> periods = {
        {u"total"_s, &s.total}, {u"today"_s, &s.daily}, {u"month"_s, &s.monthly}};
    for (const auto& [period, counters] : periods)
        for (const UsageRow& row : kUsageRows)
            m_values.value(u"usage_"_s + period + u'_' + QLatin1StringView(row.name))
                ->setText(DetailFormat::count(counters->*row.member));
    //: Average rates since the key was created: %1 requests per minute, %2 tokens per minute,
    //: %3 requests per day, %4 tokens per day
    m_values.value(u"usageAverages"_s)
        ->setText(tr("Averages: %1 RPM, %2 TPM; per day %3 requests, %4 tokens")
                      .arg(DetailFormat::decimal(s.averages.rpm), DetailFormat::decimal(s.averages.tpm),
                           DetailFormat::decimal(s.averages.dailyRequests, 1),
                           DetailFormat::decimal(s.averages.dailyTokens, 1)));

    // Costs against limits.
    setBar(u"costDaily"_s, s.dailyCost, key.dailyCostLimit(), true, ApiKeyField::DailyCostLimit);
    setBar(u"costTotal"_s, s.totalCost, key.totalCostLimit(), true, ApiKeyField::TotalCostLimit);
    setBar(u"costWeeklyOpus"_s, s.weeklyOpusCost, key.weeklyOpusCostLimit(), true,
           ApiKeyField::WeeklyOpusCostLimit);
    m_bars.value(u"costWeeklyOpus"_s)->setToolTip(tr("Week or reset period read: %1").arg(s.weeklyBucket));
    setValue(u"costMonthly"_s, {DetailFormat::money(s.monthlyCost), false, {}});
    const auto concurrencyLimit = key.concurrencyLimit();
    setBar(u"concurrency"_s, double(s.currentConcurrency),
           concurrencyLimit ? std::optional<double>(double(*concurrencyLimit)) : std::nullopt, false,
           ApiKeyField::ConcurrencyLimit);

    // The account that served the last request (service-data-model.md 15.1).
    if (!m_entry->lastUsage) {
        setValue(u"lastAccount"_s, {tr("None recorded"), false, {}});
        setValue(u"lastAccountType"_s, {});
    } else if (m_entry->lastUsage->isDeleted()) {
        const QString raw = m_entry->lastUsage->rawAccountId.value_or(QString());
        //: The account that served the key's last request no longer exists; %1 is its id
        setValue(u"lastAccount"_s,
                 {raw.isEmpty() ? tr("Deleted account") : tr("Deleted account (%1)").arg(raw), true,
                  tr("The newest usage record names an account that no longer exists.")});
        setValue(u"lastAccountType"_s, {tr("Unknown: the account is gone"), false, {}});
    } else {
        const relay::LastUsage& u = *m_entry->lastUsage;
        setValue(u"lastAccount"_s, {u.accountName, false, u.accountId.value_or(QString())});
        const auto type = relay::AccountTypes::fromName(u.accountType);
        //: %1 a readable account type, %2 the service's own type name
        setValue(u"lastAccountType"_s,
                 {type ? tr("%1 (%2)").arg(relay::AccountTypes::label(*type), u.accountType) : u.accountType,
                  false,
                  {}});
    }
}

void KeyDetailWidget::fillTimed()
{
    const relay::ApiKey& key = m_entry->key;
    const relay::KeyStatus status = relay::keyStatus(key, m_now);
    m_status->setText(relay::KeyStatusText::name(status));
    m_status->setStyleSheet(
        u"QLabel { background: %1; color: white; border-radius: 9px; padding: 2px 10px; }"_s.arg(
            statusColour(status)));
    setValue(u"activation"_s, KeySettingsText::activation(key, m_now),
             {ApiKeyField::ExpirationMode, ApiKeyField::IsActivated, ApiKeyField::ActivatedAt,
              ApiKeyField::ActivationDays, ApiKeyField::ActivationUnit});
    setValue(u"expiry"_s, KeySettingsText::expiry(key, m_now), {ApiKeyField::ExpiresAt});
    setValue(u"created"_s, KeySettingsText::created(key, m_now), {ApiKeyField::CreatedAt});
    setValue(u"updated"_s, KeySettingsText::updated(key, m_now), {ApiKeyField::UpdatedAt});
    const auto lastUsed = key.serviceDate(ApiKeyField::LastUsedAt);
    setValue(u"lastUsedAt"_s,
             {lastUsed ? DetailFormat::dateTimeWithRelative(*lastUsed, m_now) : tr("Never"), false, {}},
             {ApiKeyField::LastUsedAt});
    setValue(u"deleted"_s, KeySettingsText::deleted(key, m_now), {ApiKeyField::DeletedAt});
    setValue(u"restored"_s, KeySettingsText::restored(key, m_now), {ApiKeyField::RestoredAt});
    std::optional<QDateTime> recorded;
    if (m_entry->lastUsage && m_entry->lastUsage->recordedAt)
        recorded = QDateTime::fromString(*m_entry->lastUsage->recordedAt, Qt::ISODateWithMs);
    setValue(
        u"lastUsedTime"_s,
        {recorded && recorded->isValid() ? DetailFormat::dateTimeWithRelative(*recorded, m_now) : tr("Never"),
         false,
         {}});
    fillWindow();
}

void KeyDetailWidget::fillWindow()
{
    const relay::ApiKey& key = m_entry->key;
    const relay::RateWindowState& w = m_entry->stats.window;
    setValue(u"windowLength"_s, KeySettingsText::rateWindow(key), {ApiKeyField::RateLimitWindow});
    bool running = false;
    if (!w.configured) {
        setValue(u"windowState"_s, {tr("No rate limit window is set"), false, {}});
    } else if (!w.start || !w.end) {
        setValue(u"windowState"_s, {tr("Not active: the next request starts a window"), false, {}});
    } else if (m_now >= *w.end) {
        setValue(
            u"windowState"_s,
            {tr("Over since %1; the next request starts a new window").arg(DetailFormat::dateTime(*w.end)),
             false,
             {}});
    } else {
        running = true;
        //: %1 the time left in the rate-limit window, %2 when it ends
        setValue(u"windowState"_s,
                 {tr("Resets in %1 (at %2)")
                      .arg(DetailFormat::duration(m_now.secsTo(*w.end), 3), DetailFormat::dateTime(*w.end)),
                  false,
                  {}});
    }
    // The service counts the window only while it runs (service-data-model.md 14.7).
    const bool counting = running;
    const auto positive = [](double v) {
        return std::isfinite(v) && v > 0 ? std::optional<double>(v) : std::nullopt;
    };
    const auto tokenLimit = key.serviceTokenLimit();
    const bool show = w.configured;
    for (const QString& name : {u"windowRequests"_s, u"windowTokens"_s, u"windowCost"_s})
        m_rowForms.value(m_bars.value(name))->setRowVisible(m_bars.value(name), show);
    if (show) {
        setBar(u"windowRequests"_s, counting ? double(w.requests) : 0,
               positive(key.serviceNumber(ApiKeyField::RateLimitRequests)), false,
               ApiKeyField::RateLimitRequests);
        setBar(u"windowTokens"_s, counting ? double(w.tokens) : 0,
               tokenLimit ? positive(double(*tokenLimit)) : std::nullopt, false, ApiKeyField::TokenLimit);
        setBar(u"windowCost"_s, counting ? w.cost : 0,
               positive(key.serviceNumber(ApiKeyField::RateLimitCost)), true, ApiKeyField::RateLimitCost);
    }
    if (running && m_ticking && !m_tick->isActive())
        m_tick->start();
    else if (!running)
        m_tick->stop();
}

void KeyDetailWidget::fillMalformed()
{
    QStringList lines;
    for (const relay::MalformedField& m : m_entry->malformed)
        //: One malformed field: %1 its name, %2 why, %3 the stored value (shortened)
        lines << tr("%1 = \u201c%3\u201d: %2").arg(QString::fromUtf8(m.field), m.message, m.rawPreview);
    for (const QString& p : m_entry->stats.problems)
        lines << p;
    m_malformedText->setText(lines.join(u'\n'));
    m_malformedBox->setVisible(!lines.isEmpty());
}

} // namespace rka::ui
