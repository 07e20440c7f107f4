#include "ApiKeyField.h"

#include <string_view>
#include <unordered_map>

#include <array>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

using F = ApiKeyField;
using K = FieldKind;
constexpr JsParse Int = JsParse::ParseInt;
constexpr JsParse Float = JsParse::ParseFloat;

// Reader semantics per field are those of validateApiKey / the limit checks (sections 5.2 a, 12,
// 13, 18.3); the list views read some numbers differently (parseFloat(x) || 0, section 7).
constexpr std::array specs {
    ApiKeyFieldSpec {F::Id, "id"_L1, K::Text},
    ApiKeyFieldSpec {F::Name, "name"_L1, K::Text},
    ApiKeyFieldSpec {F::Description, "description"_L1, K::Text},
    ApiKeyFieldSpec {F::KeyHash, "apiKey"_L1, K::KeyHash},
    ApiKeyFieldSpec {F::TokenLimit, "tokenLimit"_L1, K::Integer, Int, {}}, // parseInt(x): "" -> NaN
    ApiKeyFieldSpec {F::ConcurrencyLimit, "concurrencyLimit"_L1, K::Integer, Int, "0"_L1},
    ApiKeyFieldSpec {F::RateLimitWindow, "rateLimitWindow"_L1, K::Integer, Int, "0"_L1},
    ApiKeyFieldSpec {F::RateLimitRequests, "rateLimitRequests"_L1, K::Integer, Int, "0"_L1},
    ApiKeyFieldSpec {F::RateLimitCost, "rateLimitCost"_L1, K::Decimal, Float, "0"_L1},
    ApiKeyFieldSpec {F::IsActive, "isActive"_L1, K::Boolean},
    ApiKeyFieldSpec {F::ClaudeAccountId, "claudeAccountId"_L1, K::Text},
    ApiKeyFieldSpec {F::ClaudeConsoleAccountId, "claudeConsoleAccountId"_L1, K::Text},
    ApiKeyFieldSpec {F::GeminiAccountId, "geminiAccountId"_L1, K::Text},
    ApiKeyFieldSpec {F::OpenaiAccountId, "openaiAccountId"_L1, K::Text},
    ApiKeyFieldSpec {F::AzureOpenaiAccountId, "azureOpenaiAccountId"_L1, K::Text},
    ApiKeyFieldSpec {F::BedrockAccountId, "bedrockAccountId"_L1, K::Text},
    ApiKeyFieldSpec {F::DroidAccountId, "droidAccountId"_L1, K::Text},
    ApiKeyFieldSpec {F::Permissions, "permissions"_L1, K::Permissions},
    ApiKeyFieldSpec {F::EnableModelRestriction, "enableModelRestriction"_L1, K::Boolean},
    ApiKeyFieldSpec {F::RestrictedModels, "restrictedModels"_L1, K::StringArray},
    ApiKeyFieldSpec {F::EnableClientRestriction, "enableClientRestriction"_L1, K::Boolean},
    ApiKeyFieldSpec {F::AllowedClients, "allowedClients"_L1, K::StringArray},
    ApiKeyFieldSpec {F::DailyCostLimit, "dailyCostLimit"_L1, K::Decimal, Float, "0"_L1},
    ApiKeyFieldSpec {F::TotalCostLimit, "totalCostLimit"_L1, K::Decimal, Float, "0"_L1},
    ApiKeyFieldSpec {F::WeeklyOpusCostLimit, "weeklyOpusCostLimit"_L1, K::Decimal, Float, "0"_L1},
    ApiKeyFieldSpec {F::Tags, "tags"_L1, K::StringArray},
    ApiKeyFieldSpec {F::ActivationDays, "activationDays"_L1, K::Integer, Int, "30"_L1}, // section 12
    ApiKeyFieldSpec {F::ActivationUnit, "activationUnit"_L1, K::Text},
    ApiKeyFieldSpec {F::ExpirationMode, "expirationMode"_L1, K::Text},
    ApiKeyFieldSpec {F::IsActivated, "isActivated"_L1, K::Boolean},
    ApiKeyFieldSpec {F::ActivatedAt, "activatedAt"_L1, K::IsoDate},
    ApiKeyFieldSpec {F::CreatedAt, "createdAt"_L1, K::IsoDate},
    ApiKeyFieldSpec {F::LastUsedAt, "lastUsedAt"_L1, K::IsoDate},
    ApiKeyFieldSpec {F::ExpiresAt, "expiresAt"_L1, K::IsoDate},
    ApiKeyFieldSpec {F::CreatedBy, "createdBy"_L1, K::Text},
    ApiKeyFieldSpec {F::UserId, "userId"_L1, K::Text},
    ApiKeyFieldSpec {F::UserUsername, "userUsername"_L1, K::Text},
    ApiKeyFieldSpec {F::Icon, "icon"_L1, K::Text},
    ApiKeyFieldSpec {F::UpdatedAt, "updatedAt"_L1, K::IsoDate},
    ApiKeyFieldSpec {F::IsDeleted, "isDeleted"_L1, K::Boolean},
    ApiKeyFieldSpec {F::DeletedAt, "deletedAt"_L1, K::IsoDate},
    ApiKeyFieldSpec {F::DeletedBy, "deletedBy"_L1, K::Text},
    ApiKeyFieldSpec {F::DeletedByType, "deletedByType"_L1, K::Text},
    ApiKeyFieldSpec {F::RestoredAt, "restoredAt"_L1, K::IsoDate},
    ApiKeyFieldSpec {F::RestoredBy, "restoredBy"_L1, K::Text},
    ApiKeyFieldSpec {F::RestoredByType, "restoredByType"_L1, K::Text},
    ApiKeyFieldSpec {F::ServiceRates, "serviceRates"_L1, K::ServiceRates, Int, {}, false, true},
    ApiKeyFieldSpec {F::WeeklyResetDay, "weeklyResetDay"_L1, K::Integer, Int, "1"_L1, false, true},
    ApiKeyFieldSpec {F::WeeklyResetHour, "weeklyResetHour"_L1, K::Integer, Int, "0"_L1, false, true},
    ApiKeyFieldSpec {F::EnableOpenAIResponsesCodexAdaptation,
                     "enableOpenAIResponsesCodexAdaptation"_L1,
                     K::Boolean,
                     Int,
                     {},
                     true,
                     true},
    ApiKeyFieldSpec {F::EnableOpenAIResponsesPayloadRules,
                     "enableOpenAIResponsesPayloadRules"_L1,
                     K::Boolean,
                     Int,
                     {},
                     false,
                     true},
    ApiKeyFieldSpec {F::OpenaiResponsesPayloadRules,
                     "openaiResponsesPayloadRules"_L1,
                     K::PayloadRules,
                     Int,
                     {},
                     false,
                     true},
    ApiKeyFieldSpec {F::Allow1mContext, "allow1mContext"_L1, K::Boolean, Int, {}, false, true, true},
    ApiKeyFieldSpec {F::CcrAccountId, "ccrAccountId"_L1, K::Text, Int, {}, false, false, true},
    // Only named in the list parser, which reads parseFloat(x) || 0 (section 5.1).
    ApiKeyFieldSpec {F::RateLimitTokens, "rateLimitTokens"_L1, K::Decimal, Float, "0"_L1, false, false, true},
    ApiKeyFieldSpec {F::MaxConcurrency, "maxConcurrency"_L1, K::Decimal, Float, "0"_L1, false, false, true},
    ApiKeyFieldSpec {F::ActivationDuration, "activationDuration"_L1, K::Decimal, Float, "0"_L1, false, false,
                     true},
};

constexpr bool specsInEnumOrder()
{
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (std::size_t(specs[i].field) != i)
            return false;
    }
    return true;
}
static_assert(specsInEnumOrder(), "the field table must follow the order of ApiKeyField");

} // namespace

std::span<const ApiKeyFieldSpec> apiKeyFieldSpecs()
{
    return specs;
}

const ApiKeyFieldSpec& apiKeyFieldSpec(ApiKeyField field)
{
    return specs[std::size_t(field)];
}

const QByteArray& apiKeyFieldNameBytes(ApiKeyField field)
{
    static const std::array<QByteArray, ApiKeyFieldCount> names = [] {
        std::array<QByteArray, ApiKeyFieldCount> n;
        for (const ApiKeyFieldSpec& spec : specs)
            n[std::size_t(spec.field)] = QByteArray::fromRawData(spec.name.data(), spec.name.size());
        return n;
    }();
    return names[std::size_t(field)];
}

std::optional<ApiKeyField> apiKeyFieldByName(QByteArrayView name)
{
    // Every field of every key read goes through here: a hash over the static names, no allocation.
    static const std::unordered_map<std::string_view, ApiKeyField> byName = [] {
        std::unordered_map<std::string_view, ApiKeyField> m;
        for (const ApiKeyFieldSpec& spec : specs)
            m.emplace(std::string_view(spec.name.data(), std::size_t(spec.name.size())), spec.field);
        return m;
    }();
    const auto it = byName.find(std::string_view(name.data(), std::size_t(name.size())));
    if (it == byName.end())
        return std::nullopt;
    return it->second;
}

} // namespace rka::relay
