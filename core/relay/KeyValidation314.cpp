// The fields added after 1.1.235 (service-data-model.md 18.3) and their admin-route checks (18.9).
#include "FieldEncoding.h"
#include "JsNumber.h"
#include "KeyValidationContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay::validation {

namespace {

using F = ApiKeyField;

// The first release whose data model has the field (18.1).
DataModel introducedIn(F field)
{
    switch (field) {
    case F::ServiceRates:
        return DataModel::Release1_1_263;
    case F::WeeklyResetDay:
    case F::WeeklyResetHour:
        return DataModel::Release1_1_281;
    default:
        return DataModel::Release1_1_302;
    }
}

// What the service writes for a key created without the setting (18.3).
QString defaultValue(F field)
{
    switch (field) {
    case F::ServiceRates:
        return u"{}"_s;
    case F::WeeklyResetDay:
        return u"1"_s;
    case F::WeeklyResetHour:
        return u"0"_s;
    case F::EnableOpenAIResponsesCodexAdaptation:
        return u"true"_s;
    case F::EnableOpenAIResponsesPayloadRules:
        return u"false"_s;
    default:
        return u"[]"_s;
    }
}

// Enforced on `paths` only by a release that has the field; an older one stores it untouched.
bool enforced(const Context& ctx, F field, unsigned paths)
{
    return ctx.model() >= introducedIn(field) && ctx.enforced(paths);
}

// Number(value) of a JSON value, for validateServiceRates (`Number(rate)`).
double jsNumberOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::String:
        return jsNumber(value.toString());
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Null:
        return 0;
    default: // arrays and objects; Number([]) is 0 but such a value fails our own check anyway
        return std::nan("");
    }
}

void checkServiceRates(Context& ctx, const QString& text)
{
    // validateServiceRates (`src/routes/admin/apiKeys.js:54-68 @1.1.314`): create, batch create, update.
    const unsigned paths = OnCreate | OnBatchCreate | OnUpdate;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ctx.error(F::ServiceRates, KeyValidator::tr("Service rates must be an object"),
                  enforced(ctx, F::ServiceRates, paths));
        return;
    }
    const QJsonObject rates = doc.object();
    const QStringList known = KeyValidator::rateServices();
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        const double rate = jsNumberOf(it.value());
        if (!std::isfinite(rate) || rate < 0) {
            ctx.error(F::ServiceRates,
                      KeyValidator::tr("Invalid rate for service \"%1\": must be a non-negative number")
                          .arg(it.key()),
                      enforced(ctx, F::ServiceRates, paths));
            continue;
        }
        // The service takes "1.5" and null through Number(); the stored form is a JSON number (18.3).
        if (!it.value().isDouble()) {
            ctx.error(F::ServiceRates,
                      KeyValidator::tr("The rate for service “%1” must be stored as a number.").arg(it.key()),
                      false);
        }
        // An unknown name is never read: the rate silently stays 1.0 for the real service.
        if (!known.contains(it.key())) {
            ctx.error(F::ServiceRates,
                      KeyValidator::tr("“%1” is not a service with a rate; use %2.")
                          .arg(it.key(), known.join(u", "_s)),
                      false);
        }
    }
}

void checkWeeklyReset(Context& ctx, F field, const QString& text)
{
    // Create and update reject it; batch edit silently ignores an out-of-range value (18.9, 17.2).
    const double value = jsNumber(text);
    const bool day = field == F::WeeklyResetDay;
    const double low = day ? KeyValidator::MinWeeklyResetDay : 0;
    const double high = day ? KeyValidator::MaxWeeklyResetDay : KeyValidator::MaxWeeklyResetHour;
    if (text.isEmpty() || !jsIsInteger(value) || value < low || value > high) {
        ctx.error(field,
                  day ? KeyValidator::tr("Weekly reset day must be an integer from 1 (Mon) to 7 (Sun)")
                      : KeyValidator::tr("Weekly reset hour must be an integer from 0 to 23"),
                  enforced(ctx, field, OnCreate | OnUpdate));
        return;
    }
    if (!FieldEncoding::decodeInteger(text.toUtf8())) {
        ctx.error(field,
                  //: %1 is a field name such as "Daily cost limit".
                  KeyValidator::tr("%1 must be written with digits only, for example 60.")
                      .arg(KeyValidator::fieldLabel(field)),
                  false);
    }
}

// One rule's value against its type: requestBodyRuleService.coerceRuleValue (@1.1.314).
std::optional<QString> coerceError(const QString& path, const QString& valueType, const QString& value, int n)
{
    if (value.isEmpty()) // '' is kept as '' whatever the type
        return std::nullopt;
    if (valueType == u"number"_s && !std::isfinite(jsNumber(value)))
        return KeyValidator::tr("Payload rule #%1: Rule path \"%2\" expects a valid number").arg(n).arg(path);
    if (valueType == u"boolean"_s) {
        const QString normalized = jsTrimmed(value).toLower();
        if (normalized != u"true"_s && normalized != u"false"_s)
            return KeyValidator::tr("Payload rule #%1: Rule path \"%2\" expects \"true\" or \"false\"")
                .arg(n)
                .arg(path);
    }
    if (valueType == u"json"_s && !isJsonText(value))
        return KeyValidator::tr("Payload rule #%1: Rule path \"%2\" expects valid JSON").arg(n).arg(path);
    return std::nullopt;
}

void checkPayloadRules(Context& ctx, const QString& text)
{
    // validateAndNormalizeRules (`src/services/requestBodyRuleService.js @1.1.314`); generateApiKey
    // throws on an error, so batch create rejects it too (18.3, 18.9).
    const bool service = enforced(ctx, F::OpenaiResponsesPayloadRules, OnCreate | OnBatchCreate | OnUpdate);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        ctx.error(F::OpenaiResponsesPayloadRules, KeyValidator::tr("Payload rules must be an array"),
                  service);
        return;
    }
    const QJsonArray rules = doc.array();
    const QStringList valueTypes = KeyValidator::payloadValueTypes();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const int n = int(i + 1);
        const auto report = [&ctx](const QString& message, bool serviceRule) {
            ctx.error(F::OpenaiResponsesPayloadRules, message, serviceRule);
        };
        if (!rules[i].isObject()) {
            report(KeyValidator::tr("Payload rule #%1 must be an object").arg(n), service);
            continue;
        }
        const QJsonObject rule = rules[i].toObject();
        const QJsonValue rawPath = rule.value("path"_L1);
        const QJsonValue rawType = rule.value("valueType"_L1);
        const QJsonValue rawValue = rule.value("value"_L1);
        const QString path = rawPath.isString() ? jsTrimmed(rawPath.toString()) : QString();
        // The service silently drops a rule without a path; we refuse to store one.
        if (path.isEmpty()) {
            report(KeyValidator::tr("Payload rule #%1: Rule path must be a non-empty string").arg(n), false);
            continue;
        }
        const QStringList segments = path.split(u'.');
        if (std::any_of(segments.begin(), segments.end(),
                        [](const QString& segment) { return jsTrimmed(segment).isEmpty(); })) {
            report(KeyValidator::tr("Payload rule #%1: Rule path cannot contain empty segments").arg(n),
                   service);
            continue;
        }
        const QString valueType = rawType.isString() ? jsTrimmed(rawType.toString()).toLower() : QString();
        if (!valueTypes.contains(valueType)) {
            report(KeyValidator::tr("Payload rule #%1 has invalid valueType").arg(n), service);
            continue;
        }
        // String(value); undefined and null become ''.
        QString value;
        if (rawValue.isString())
            value = rawValue.toString();
        else if (rawValue.isDouble())
            value = QString::fromLatin1(JsNumber::toString(rawValue.toDouble()));
        else if (rawValue.isBool())
            value = rawValue.toBool() ? u"true"_s : u"false"_s;
        if (const std::optional<QString> message = coerceError(path, valueType, value, n)) {
            report(*message, service);
            continue;
        }
        // The service stores its normalised rules (18.3); anything else is not what it would write.
        if (rawPath.toString() != path || rawType.toString() != valueType || !rawValue.isString()) {
            report(KeyValidator::tr("Payload rule #%1 is not in the stored form: trim the path, write the "
                                    "valueType in lower case and the value as text.")
                       .arg(n),
                   false);
        }
    }
}

} // namespace

void checkRelease314(Context& ctx)
{
    for (F field :
         {F::ServiceRates, F::WeeklyResetDay, F::WeeklyResetHour, F::EnableOpenAIResponsesCodexAdaptation,
          F::EnableOpenAIResponsesPayloadRules, F::OpenaiResponsesPayloadRules}) {
        const std::optional<QString> text = ctx.scoped(field);
        if (!text)
            continue;
        if (ctx.model() < introducedIn(field) && *text != defaultValue(field)) {
            ctx.warn(field,
                     KeyValidator::tr("The service release of this database (%1) does not use this setting: "
                                      "it is stored but has no effect.")
                         .arg(dataModelName(ctx.model())));
        }
        switch (field) {
        case F::ServiceRates:
            checkServiceRates(ctx, *text);
            break;
        case F::WeeklyResetDay:
        case F::WeeklyResetHour:
            checkWeeklyReset(ctx, field, *text);
            break;
        case F::EnableOpenAIResponsesCodexAdaptation:
            if (*text != u"true"_s && *text != u"false"_s)
                ctx.error(field, KeyValidator::tr("enableOpenAIResponsesCodexAdaptation must be a boolean"),
                          enforced(ctx, field, OnCreate | OnUpdate));
            break;
        case F::EnableOpenAIResponsesPayloadRules:
            if (*text != u"true"_s && *text != u"false"_s)
                ctx.error(field, KeyValidator::tr("enableOpenAIResponsesPayloadRules must be a boolean"),
                          enforced(ctx, field, OnCreate | OnUpdate));
            break;
        default:
            checkPayloadRules(ctx, *text);
            break;
        }
    }
}

bool isJsonText(const QString& text)
{
    // Wrapping in [] lets QJsonDocument read scalars; exactly one element must come out, so "1,2"
    // (not one JSON text) is refused as JSON.parse refuses it.
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson((u"["_s + text + u"]"_s).toUtf8(), &parseError);
    return parseError.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1;
}

} // namespace rka::relay::validation
