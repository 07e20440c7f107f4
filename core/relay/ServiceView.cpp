#include "ServiceView.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

// JSON.stringify turns NaN and ±Infinity into null.
QJsonValue jsNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue optionalTime(const std::optional<QDateTime>& t)
{
    return t ? QJsonValue(double(t->toMSecsSinceEpoch())) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ServiceView::usageCounters(const UsageCounters& c)
{
    return QJsonObject {{u"tokens"_s, double(c.tokens)},
                        {u"inputTokens"_s, double(c.inputTokens)},
                        {u"outputTokens"_s, double(c.outputTokens)},
                        {u"cacheCreateTokens"_s, double(c.cacheCreateTokens)},
                        {u"cacheReadTokens"_s, double(c.cacheReadTokens)},
                        {u"allTokens"_s, double(c.allTokens)},
                        {u"requests"_s, double(c.requests)}};
}

QJsonObject ServiceView::listItem(const KeyEntry& entry, const ReleaseDetection& release)
{
    const ApiKey& key = entry.key;
    QJsonObject o;
    // Every stored field as its string first (the service spreads the hash), then the parsed ones.
    for (const auto& [field, value] : key.rawFields())
        o.insert(QString::fromUtf8(field), QString::fromUtf8(value));
    o.remove(u"apiKey"_s); // the stored hash is never part of the list
    o.remove(u"ccrAccountId"_s); // stripped from the list output (section 5.1)

    using F = ApiKeyField;
    for (F f :
         {F::TokenLimit, F::ConcurrencyLimit, F::RateLimitWindow, F::RateLimitRequests, F::RateLimitCost,
          F::DailyCostLimit, F::TotalCostLimit, F::WeeklyOpusCostLimit, F::ActivationDays})
        o.insert(apiKeyFieldName(f), jsNumber(key.serviceNumber(f)));
    for (F f : {F::IsActive, F::EnableModelRestriction, F::EnableClientRestriction, F::IsActivated})
        o.insert(apiKeyFieldName(f), key.serviceBoolean(f));
    for (F f : {F::RestrictedModels, F::AllowedClients, F::Tags})
        o.insert(apiKeyFieldName(f), stringArray(key.serviceStringList(f)));
    // 1.1.235 keeps a comma-joined permissions string as one (bogus) name; later releases split it.
    o.insert(apiKeyFieldName(F::Permissions),
             stringArray(key.servicePermissions(release.model >= DataModel::Release1_1_262
                                                    ? PermissionsReader::Release1_1_262Plus
                                                    : PermissionsReader::Release1_1_235)));
    if (release.model >= DataModel::Release1_1_302 || key.has(F::EnableOpenAIResponsesCodexAdaptation)) {
        for (F f : {F::EnableOpenAIResponsesCodexAdaptation, F::EnableOpenAIResponsesPayloadRules})
            o.insert(apiKeyFieldName(f), key.serviceBoolean(f));
        const QJsonDocument rules =
            QJsonDocument::fromJson(key.raw(F::OpenaiResponsesPayloadRules).value_or("[]"));
        o.insert(apiKeyFieldName(F::OpenaiResponsesPayloadRules),
                 rules.isArray() ? rules.array() : QJsonArray());
    }
    // The list reports a key that was never activated with activatedAt null, not "" (fixture k03).
    if (key.raw(F::ActivatedAt).value_or(QByteArray()).isEmpty())
        o.insert(apiKeyFieldName(F::ActivatedAt), QJsonValue(QJsonValue::Null));
    // Defaults the service's readers supply for fields older keys lack (section 5.1).
    if (!key.has(F::ExpirationMode))
        o.insert(u"expirationMode"_s, u"fixed"_s);
    if (!key.has(F::ActivationUnit))
        o.insert(u"activationUnit"_s, u"days"_s);
    if (!key.has(F::Icon))
        o.insert(u"icon"_s, QString());

    const KeyStats& s = entry.stats;
    QJsonObject total = usageCounters(s.total);
    total.insert(u"cost"_s, s.totalCost);
    o.insert(u"usage"_s,
             QJsonObject {{u"total"_s, total},
                          {u"daily"_s, usageCounters(s.daily)},
                          {u"monthly"_s, usageCounters(s.monthly)},
                          {u"averages"_s,
                           QJsonObject {{u"rpm"_s, s.averages.rpm},
                                        {u"tpm"_s, s.averages.tpm},
                                        {u"dailyRequests"_s, s.averages.dailyRequests},
                                        {u"dailyTokens"_s, s.averages.dailyTokens}}},
                          {u"totalCost"_s, s.totalCost}});
    o.insert(u"totalCost"_s, s.totalCost);
    o.insert(u"dailyCost"_s, s.dailyCost);
    o.insert(u"weeklyOpusCost"_s, s.weeklyOpusCost);
    o.insert(u"currentConcurrency"_s, double(s.currentConcurrency));
    o.insert(u"currentWindowRequests"_s, double(s.window.requests));
    o.insert(u"currentWindowTokens"_s, double(s.window.tokens));
    o.insert(u"currentWindowCost"_s, s.window.cost);
    o.insert(u"windowStartTime"_s, optionalTime(s.window.start));
    o.insert(u"windowEndTime"_s, optionalTime(s.window.end));
    o.insert(u"windowRemainingSeconds"_s,
             s.window.remainingSeconds ? QJsonValue(double(*s.window.remainingSeconds))
                                       : QJsonValue(QJsonValue::Null));
    o.insert(u"lastUsage"_s,
             entry.lastUsage ? QJsonValue(entry.lastUsage->toJson()) : QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace rka::relay
