#include "KeySettingsText.h"

#include "DetailFormat.h"

#include "relay/ApiKeyCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;
using rka::relay::ApiKey;
using rka::relay::ApiKeyField;

namespace rka::ui {

namespace {

QString dateOf(const ApiKey& key, ApiKeyField field, const QDateTime& now)
{
    const std::optional<QDateTime> d = key.serviceDate(field);
    return d ? DetailFormat::dateTimeWithRelative(*d, now) : QString();
}

} // namespace

QList<ApiKeyField> KeySettingsText::bindingFields()
{
    return {ApiKeyField::ClaudeAccountId,      ApiKeyField::ClaudeConsoleAccountId,
            ApiKeyField::GeminiAccountId,      ApiKeyField::OpenaiAccountId,
            ApiKeyField::AzureOpenaiAccountId, ApiKeyField::BedrockAccountId,
            ApiKeyField::DroidAccountId,       ApiKeyField::CcrAccountId};
}

QString KeySettingsText::bindingPlatform(ApiKeyField field)
{
    switch (field) {
    case ApiKeyField::ClaudeAccountId:
        //: The platform of a key's account binding (Claude OAuth accounts)
        return tr("Claude");
    case ApiKeyField::ClaudeConsoleAccountId:
        return tr("Claude Console");
    case ApiKeyField::GeminiAccountId:
        return tr("Gemini");
    case ApiKeyField::OpenaiAccountId:
        return tr("OpenAI");
    case ApiKeyField::AzureOpenaiAccountId:
        return tr("Azure OpenAI");
    case ApiKeyField::BedrockAccountId:
        return tr("Bedrock");
    case ApiKeyField::DroidAccountId:
        return tr("Droid");
    case ApiKeyField::CcrAccountId:
        return tr("CCR");
    default:
        return QString(relay::apiKeyFieldName(field));
    }
}

QString KeySettingsText::serviceName(const QString& service)
{
    if (service == u"claude"_s)
        return tr("Claude");
    if (service == u"gemini"_s)
        return tr("Gemini");
    if (service == u"openai"_s)
        return tr("OpenAI");
    if (service == u"droid"_s)
        return tr("Droid");
    return service;
}

DetailValue KeySettingsText::owner(const ApiKey& key, const relay::UserDirectory& users)
{
    const relay::OwnerLabel label = users.ownerLabel(key);
    switch (label.kind) {
    case relay::OwnerLabel::Kind::User:
        //: The key's owner: %1 the user's name, %2 the user id
        return {tr("%1 (user %2)").arg(label.text, label.userId), false, {}};
    case relay::OwnerLabel::Kind::UnknownUser:
        return {tr("Unknown user %1: the key names a user that does not exist").arg(label.userId), true, {}};
    case relay::OwnerLabel::Kind::Admin:
        //: The key belongs to the administrator, not to a user
        return {tr("Administrator"), false, {}};
    case relay::OwnerLabel::Kind::CreatedBy:
        return {tr("%1 (created by, no user)").arg(label.text), false, {}};
    }
    return {};
}

DetailValue KeySettingsText::permissions(const ApiKey& key, const relay::ReleaseDetection& release)
{
    const QString raw = key.text(ApiKeyField::Permissions);
    switch (key.permissionsForm()) {
    case relay::PermissionsForm::CommaJoined:
        // service-data-model.md 5.2 b: 1.1.235's updateApiKey stores arrays with toString().
        return {tr("Broken: stored as \u201c%1\u201d by the 1.1.235 update bug. The service reads it as one "
                   "unknown service, so the key is refused by every service. Saving the key in the editor "
                   "stores it as a proper list.")
                    .arg(raw),
                release.model == relay::DataModel::Release1_1_235,
                tr("Newer releases (1.1.262 and later) split the comma-joined value into names.")};
    case relay::PermissionsForm::Malformed:
        return {tr("Malformed: \u201c%1\u201d").arg(relay::ApiKeyCodec::preview(raw.toUtf8())), true, {}};
    default:
        break;
    }
    const QStringList names = key.servicePermissions(release.model == relay::DataModel::Release1_1_235
                                                         ? relay::PermissionsReader::Release1_1_235
                                                         : relay::PermissionsReader::Release1_1_262Plus);
    if (names.isEmpty())
        return {tr("All services"), false, {}};
    QStringList shown;
    bool unknown = false;
    for (const QString& n : names) {
        const QString label = serviceName(n);
        unknown = unknown || label == n;
        shown << (label == n ? tr("%1 (unknown service)").arg(n) : label);
    }
    return {shown.join(u", "_s), unknown, {}};
}

DetailValue KeySettingsText::binding(const ApiKey& key, ApiKeyField field,
                                     const relay::AccountDirectory& accounts)
{
    const QString value = key.text(field);
    const relay::AccountBinding b = accounts.resolveBinding(field, value);
    switch (b.state) {
    case relay::AccountBinding::State::Unbound:
        return {};
    case relay::AccountBinding::State::Missing:
        //: A key's binding to an account that does not exist: %1 the stored id, %2 the account type
        return {tr("%1 (%2): account not found, deleted or never existed")
                    .arg(b.value, relay::AccountTypes::label(b.type)),
                true,
                {}};
    case relay::AccountBinding::State::Found:
        break;
    }
    QString text = tr("%1 (%2)").arg(b.record->displayName(), relay::AccountTypes::label(b.type));
    // Only a stored "false" says inactive; some account kinds do not keep the field at all.
    const bool inactive = b.record->fields.contains("isActive") && !b.record->isActive();
    if (inactive)
        text += tr(", inactive");
    return {text, inactive, tr("Stored value: %1").arg(b.value)};
}

DetailValue KeySettingsText::modelRestriction(const ApiKey& key)
{
    const QStringList models = key.serviceStringList(ApiKeyField::RestrictedModels);
    if (!key.enableModelRestriction())
        return {
            models.isEmpty() ? tr("Off") : tr("Off (list kept: %1)").arg(models.join(u", "_s)), false, {}};
    if (models.isEmpty())
        return {tr("On, but the list is empty: no effect"), false, {}};
    return {tr("On: %1").arg(models.join(u", "_s)), false, {}};
}

QString KeySettingsText::modelRestrictionNote()
{
    // web-admin-features.md D19: the service applies the list differently per route.
    return tr("Claude routes refuse the listed models (deny-list); the Gemini-compatible route allows only "
              "the listed models (allow-list); the /openai routes ignore the list.");
}

DetailValue KeySettingsText::clientRestriction(const ApiKey& key)
{
    const QStringList clients = key.serviceStringList(ApiKeyField::AllowedClients);
    if (!key.enableClientRestriction())
        return {tr("Off: every client is allowed"), false, {}};
    if (clients.isEmpty())
        return {tr("On, but no client is listed"), true, {}};
    return {tr("Only: %1").arg(clients.join(u", "_s)), false, {}};
}

DetailValue KeySettingsText::tags(const ApiKey& key)
{
    const QStringList tags = key.serviceStringList(ApiKeyField::Tags);
    //: No tags on the key
    return {tags.isEmpty() ? tr("None") : tags.join(u", "_s), false, {}};
}

DetailValue KeySettingsText::expiry(const ApiKey& key, const QDateTime& now)
{
    if (key.expirationMode() == u"activation"_s && !key.isActivated())
        return {tr("Not yet: the period starts with the first request"), false, {}};
    if (key.text(ApiKeyField::ExpiresAt).isEmpty())
        return {tr("Never expires"), false, {}};
    const std::optional<QDateTime> at = key.serviceDate(ApiKeyField::ExpiresAt);
    if (!at)
        return {tr("Unreadable date \u201c%1\u201d").arg(key.text(ApiKeyField::ExpiresAt)), true, {}};
    if (now > *at)
        //: %1 is a date with the time since it ("... (3 d ago)")
        return {tr("Expired at %1").arg(DetailFormat::dateTimeWithRelative(*at, now)), true, {}};
    return {DetailFormat::dateTimeWithRelative(*at, now), false, at->toString(Qt::ISODateWithMs)};
}

DetailValue KeySettingsText::activation(const ApiKey& key, const QDateTime& now)
{
    if (key.expirationMode() != u"activation"_s)
        //: Expiry mode in which the key expires on a set date
        return {tr("Fixed date"), false, {}};
    // service-data-model.md 12: period = parseInt(activationDays || 30), in the unit.
    const QByteArray raw = key.raw(ApiKeyField::ActivationDays).value_or(QByteArray());
    const qint64 period = raw.isEmpty() ? 30 : key.activationDays().value_or(0);
    const QString amount = key.activationUnit() == u"hours"_s ? tr("%n hour(s)", nullptr, int(period))
                                                              : tr("%n day(s)", nullptr, int(period));
    if (!key.isActivated())
        return {tr("Not activated: valid for %1 after the first request").arg(amount), false, {}};
    const QString at = dateOf(key, ApiKeyField::ActivatedAt, now);
    return {tr("Activated %1; period %2").arg(at.isEmpty() ? tr("(no date)") : at, amount), false, {}};
}

DetailValue KeySettingsText::created(const ApiKey& key, const QDateTime& now)
{
    const QString at = dateOf(key, ApiKeyField::CreatedAt, now);
    const QString by = key.createdBy();
    if (by.isEmpty())
        return {at, false, {}};
    //: %1 a date, %2 who created the key
    return {tr("%1 by %2").arg(at.isEmpty() ? tr("(no date)") : at, by), false, {}};
}

DetailValue KeySettingsText::updated(const ApiKey& key, const QDateTime& now)
{
    const QString at = dateOf(key, ApiKeyField::UpdatedAt, now);
    return {at.isEmpty() ? tr("Never") : at, false, {}};
}

DetailValue KeySettingsText::deleted(const ApiKey& key, const QDateTime& now)
{
    if (!key.isDeleted())
        return {};
    //: %1 a date, %2 who deleted the key, %3 their kind (admin, user, system)
    return {tr("%1 by %2 (%3); in the trash")
                .arg(dateOf(key, ApiKeyField::DeletedAt, now), key.deletedBy(), key.deletedByType()),
            true,
            {}};
}

DetailValue KeySettingsText::restored(const ApiKey& key, const QDateTime& now)
{
    if (!key.has(ApiKeyField::RestoredAt))
        return {};
    return {tr("%1 by %2 (%3)")
                .arg(dateOf(key, ApiKeyField::RestoredAt, now), key.restoredBy(), key.restoredByType()),
            false,
            {}};
}

DetailValue KeySettingsText::tokenLimit(const ApiKey& key)
{
    const std::optional<qint64> limit = key.serviceTokenLimit();
    if (!limit || *limit <= 0)
        return {tr("No limit"), false, {}};
    return {tr("%1 tokens per window").arg(DetailFormat::count(*limit)), false, {}};
}

DetailValue KeySettingsText::rateWindow(const ApiKey& key)
{
    const double minutes = key.serviceNumber(ApiKeyField::RateLimitWindow);
    if (!std::isfinite(minutes) || minutes <= 0)
        return {tr("Off"), false, {}};
    return {tr("%n minute(s)", nullptr, int(minutes)), false, {}};
}

DetailValue KeySettingsText::serviceRates(const ApiKey& key)
{
    const auto rates = key.serviceRates();
    if (!rates)
        return {tr("Unreadable"), true, {}};
    if (rates->isEmpty())
        return {tr("All services at ×1"), false, {}};
    QStringList parts;
    for (auto it = rates->cbegin(); it != rates->cend(); ++it)
        //: A service's cost multiplier, e.g. "claude ×1.5"
        parts << tr("%1 ×%2").arg(it.key(), QLocale().toString(it.value()));
    return {parts.join(u", "_s), false, tr("Services not listed count at ×1.")};
}

DetailValue KeySettingsText::weeklyReset(const ApiKey& key)
{
    const qint64 day = key.weeklyResetDay().value_or(1);
    const qint64 hour = key.weeklyResetHour().value_or(0);
    const QString dayName = QLocale().dayName(int(std::clamp<qint64>(day, 1, 7)));
    //: When the weekly Opus cost resets: %1 a weekday, %2 an hour, in the service's time zone
    return {tr("%1 at %2:00 (service time zone)").arg(dayName).arg(hour, 2, 10, QChar(u'0')), false, {}};
}

DetailValue KeySettingsText::codexAdaptation(const ApiKey& key)
{
    return {key.serviceBoolean(ApiKeyField::EnableOpenAIResponsesCodexAdaptation) ? tr("On") : tr("Off"),
            false,
            {}};
}

DetailValue KeySettingsText::payloadRules(const ApiKey& key)
{
    const bool on = key.serviceBoolean(ApiKeyField::EnableOpenAIResponsesPayloadRules);
    const auto rules = key.payloadRules().value_or(QList<relay::PayloadRule>());
    QStringList lines;
    for (const relay::PayloadRule& r : rules)
        lines << tr("%1 = %2 (%3)").arg(r.path, r.value, r.valueType);
    QString text = on ? tr("On") : tr("Off");
    if (!lines.isEmpty())
        text += u'\n' + lines.join(u'\n');
    return {text, false, {}};
}

DetailValue KeySettingsText::otherFields(const ApiKey& key)
{
    QStringList lines;
    for (const QByteArray& name : key.unknownFieldNames())
        lines << tr("%1 = %2").arg(QString::fromUtf8(name),
                                   relay::ApiKeyCodec::preview(key.raw(name).value_or(QByteArray()), 60));
    return {lines.join(u'\n'), false, tr("Fields this program does not know; kept untouched.")};
}

} // namespace rka::ui
