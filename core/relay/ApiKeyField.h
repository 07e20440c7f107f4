#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>

#include <optional>
#include <span>

namespace rka::relay {

// Every field of an `apikey:{id}` hash known in releases 1.1.235 and 1.1.314
// (service-data-model.md sections 5.1, 5.2 and 18.3). Fields not listed here are kept as unknown.
enum class ApiKeyField {
    // 1.1.235: the 38 fields of a new key
    Id,
    Name,
    Description,
    KeyHash, // stored as `apiKey`
    TokenLimit,
    ConcurrencyLimit,
    RateLimitWindow,
    RateLimitRequests,
    RateLimitCost,
    IsActive,
    ClaudeAccountId,
    ClaudeConsoleAccountId,
    GeminiAccountId,
    OpenaiAccountId,
    AzureOpenaiAccountId,
    BedrockAccountId,
    DroidAccountId,
    Permissions,
    EnableModelRestriction,
    RestrictedModels,
    EnableClientRestriction,
    AllowedClients,
    DailyCostLimit,
    TotalCostLimit,
    WeeklyOpusCostLimit,
    Tags,
    ActivationDays,
    ActivationUnit,
    ExpirationMode,
    IsActivated,
    ActivatedAt,
    CreatedAt,
    LastUsedAt,
    ExpiresAt,
    CreatedBy,
    UserId,
    UserUsername,
    Icon,
    // 1.1.235: written later in a key's life
    UpdatedAt,
    IsDeleted,
    DeletedAt,
    DeletedBy,
    DeletedByType,
    RestoredAt,
    RestoredBy,
    RestoredByType,
    // 1.1.314 (section 18.3)
    ServiceRates,
    WeeklyResetDay,
    WeeklyResetHour,
    EnableOpenAIResponsesCodexAdaptation,
    EnableOpenAIResponsesPayloadRules,
    OpenaiResponsesPayloadRules,
    // legacy and foreign fields that readers tolerate (section 5.1, 18.3)
    Allow1mContext,
    CcrAccountId,
    RateLimitTokens,
    MaxConcurrency,
    ActivationDuration,
};
inline constexpr std::size_t ApiKeyFieldCount = std::size_t(ApiKeyField::ActivationDuration) + 1;

// How a field's value is encoded in Redis.
enum class FieldKind {
    Text, // free UTF-8 text
    KeyHash, // 64 lowercase hex characters (section 4)
    Integer, // decimal string of a whole number; "" allowed (section 5.2 a)
    Decimal, // decimal string as JavaScript prints a number; "" allowed
    Boolean, // exactly "true" or "false" (section 1.3)
    // toISOString() output or "". `expiresAt` is stored verbatim by the create route (section 5.1),
    // so any ISO 8601 form that `new Date()` reads is accepted too.
    IsoDate,
    StringArray, // JSON array of strings
    Permissions, // JSON array of service names, or a legacy plain string (section 5.2 b)
    ServiceRates, // JSON object {service: multiplier} (section 18.3)
    PayloadRules, // JSON array of {path, valueType, value} (section 18.3)
};

// How validateApiKey and the enforcement code read a numeric field: parseInt or parseFloat of
// `x || fallback`; no fallback means `parseInt(x)` straight, as for `tokenLimit` (section 5.2 a).
enum class JsParse { ParseInt, ParseFloat };

struct ApiKeyFieldSpec
{
    ApiKeyField field;
    QLatin1StringView name;
    FieldKind kind;
    JsParse parse = JsParse::ParseInt; // numbers only
    QLatin1StringView fallback = {}; // numbers: the `|| x` the service applies; empty = none
    bool defaultTrue = false; // booleans read with parseBooleanWithDefault(x, true)
    bool since314 = false; // added after 1.1.235
    bool legacy = false; // never written by 1.1.235 or 1.1.314
};

std::span<const ApiKeyFieldSpec> apiKeyFieldSpecs();
const ApiKeyFieldSpec& apiKeyFieldSpec(ApiKeyField field);
std::optional<ApiKeyField> apiKeyFieldByName(QByteArrayView name);
// The field's name as a QByteArray over static data: copies share it without allocating.
const QByteArray& apiKeyFieldNameBytes(ApiKeyField field);
inline QLatin1StringView apiKeyFieldName(ApiKeyField field)
{
    return apiKeyFieldSpec(field).name;
}

} // namespace rka::relay
