#include "KeyValidator.h"

#include "FieldEncoding.h"
#include "KeyValidationContext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rka::relay {

using namespace validation;

using F = ApiKeyField;

namespace validation {

Context::Context(const ApiKey& key, WriteKind kind, DataModel model, const QList<ApiKeyField>& changed,
                 bool crossField)
    : m_key(key)
    , m_kind(kind)
    , m_model(model)
    , m_all(kind == WriteKind::Create || kind == WriteKind::BatchCreate)
    , m_crossField(crossField)
{
    for (ApiKeyField field : changed)
        m_scope.insert(int(field));
    // Bytes that are not UTF-8 cannot be judged further; say so once per field.
    for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs()) {
        const std::optional<QByteArray> raw = key.raw(spec.field);
        if (raw && inScope(spec.field) && !FieldEncoding::isValidUtf8(*raw)) {
            m_broken.insert(int(spec.field));
            error(spec.field, FieldEncoding::reasonText(MalformedReason::InvalidUtf8), false);
        }
    }
}

bool Context::anyInScope(std::initializer_list<ApiKeyField> fields) const
{
    return std::any_of(fields.begin(), fields.end(), [this](ApiKeyField f) { return inScope(f); });
}

bool Context::enforced(unsigned paths) const
{
    switch (m_kind) {
    case WriteKind::Create:
        return paths & OnCreate;
    case WriteKind::BatchCreate:
        return paths & OnBatchCreate;
    case WriteKind::Update:
        return paths & OnUpdate;
    case WriteKind::BatchEdit:
        return paths & OnBatchEdit;
    }
    return false;
}

std::optional<QString> Context::text(ApiKeyField field) const
{
    const std::optional<QByteArray> raw = m_key.raw(field);
    if (!raw || m_broken.contains(int(field)))
        return std::nullopt;
    return QString::fromUtf8(*raw);
}

std::optional<QString> Context::scoped(ApiKeyField field) const
{
    return inScope(field) ? text(field) : std::nullopt;
}

void Context::error(ApiKeyField field, const QString& message, bool serviceRule)
{
    m_issues.append({field, message, serviceRule, false});
}

void Context::warn(ApiKeyField field, const QString& message)
{
    m_issues.append({field, message, false, true});
}

bool hasControlCharacters(QStringView text, bool allowLineBreaks)
{
    return std::any_of(text.begin(), text.end(), [allowLineBreaks](QChar c) {
        if (allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
            return false;
        return c.category() == QChar::Other_Control;
    });
}

} // namespace validation

namespace {

// ---- name and description (11.3, 11.7, 11.8) ----------------------------------------------------

// What the name must be beyond the service's rules: stored trimmed (the update route trims, the
// create route does not, 5.1) and on one line.
void checkTextForm(Context& ctx, F field, const QString& text)
{
    if (text != jsTrimmed(text))
        ctx.error(field, KeyValidator::tr("Remove the spaces at the start and end of the name."), false);
    if (hasControlCharacters(text))
        ctx.error(
            field,
            KeyValidator::tr("The name must not contain control characters such as line breaks or tabs."),
            false);
}

void checkName(Context& ctx)
{
    // Batch create names are "{baseName}_{i}": validateBatchCreate checks the base name (11.4).
    if (!ctx.inScope(F::Name) || ctx.kind() == WriteKind::BatchCreate)
        return;
    const std::optional<QString> stored = ctx.text(F::Name);
    if (!stored && ctx.key().has(F::Name))
        return; // not UTF-8, already reported
    const QString text = stored.value_or(QString());
    const QString trimmed = jsTrimmed(text);
    if (ctx.kind() == WriteKind::Create) {
        // The create route measures the untrimmed name; exactly 100 is allowed (11.3).
        if (trimmed.isEmpty()) {
            ctx.error(F::Name, KeyValidator::tr("Name is required and must be a non-empty string"), true);
            return;
        }
        if (text.size() > KeyValidator::MaxNameLength)
            ctx.error(F::Name, KeyValidator::tr("Name must be less than 100 characters"), true);
    } else {
        // PUT trims and skips "" (11.7); batch edit takes any truthy name unchecked (11.8).
        const bool service = ctx.kind() == WriteKind::Update;
        if (trimmed.isEmpty()) {
            ctx.error(F::Name, KeyValidator::tr("API Key name cannot be empty"), service && !text.isEmpty());
            return;
        }
        if (trimmed.size() > KeyValidator::MaxNameLength)
            ctx.error(F::Name, KeyValidator::tr("API Key name must be less than 100 characters"), service);
    }
    checkTextForm(ctx, F::Name, text);
}

void checkDescription(Context& ctx)
{
    const std::optional<QString> text = ctx.scoped(F::Description);
    if (!text || text->isEmpty())
        return;
    // Only the create route checks it; no route updates it (11.3, 11.7).
    if (text->size() > KeyValidator::MaxDescriptionLength)
        ctx.error(F::Description,
                  KeyValidator::tr("Description must be a string with less than 500 characters"),
                  ctx.enforced(OnCreate));
    if (hasControlCharacters(*text, true))
        ctx.error(
            F::Description,
            KeyValidator::tr("The description must not contain control characters other than line breaks "
                             "and tabs."),
            false);
}

// ---- string booleans (11.3, 11.7) ---------------------------------------------------------------

void checkBooleans(Context& ctx)
{
    struct Rule
    {
        F field;
        QString message;
        unsigned paths;
    };
    const Rule rules[] = {
        // The create route ignores isActive; PUT requires a boolean; batch edit passes it raw.
        {F::IsActive, KeyValidator::tr("isActive must be a boolean"), OnUpdate},
        {F::EnableModelRestriction, KeyValidator::tr("Enable model restriction must be a boolean"),
         OnCreate | OnUpdate},
        {F::EnableClientRestriction, KeyValidator::tr("Enable client restriction must be a boolean"),
         OnCreate | OnUpdate},
        // updateApiKey can store "undefined" and "null" here (B16); we never do.
        {F::IsActivated,
         //: %1 is a field name such as "Daily cost limit".
         KeyValidator::tr("%1 must be \"true\" or \"false\".").arg(KeyValidator::fieldLabel(F::IsActivated)),
         0},
        {F::IsDeleted,
         //: %1 is a field name such as "Daily cost limit".
         KeyValidator::tr("%1 must be \"true\" or \"false\".").arg(KeyValidator::fieldLabel(F::IsDeleted)),
         0},
    };
    for (const Rule& rule : rules) {
        const std::optional<QString> text = ctx.scoped(rule.field);
        if (text && *text != u"true"_s && *text != u"false"_s)
            ctx.error(rule.field, rule.message, ctx.enforced(rule.paths));
    }
}

// ---- everything else: the stored encoding only (5.1) --------------------------------------------

void checkEncodings(Context& ctx)
{
    static constexpr F ownRules[] = {F::Name,
                                     F::Description,
                                     F::TokenLimit,
                                     F::ConcurrencyLimit,
                                     F::RateLimitWindow,
                                     F::RateLimitRequests,
                                     F::RateLimitCost,
                                     F::IsActive,
                                     F::ClaudeAccountId,
                                     F::ClaudeConsoleAccountId,
                                     F::GeminiAccountId,
                                     F::OpenaiAccountId,
                                     F::AzureOpenaiAccountId,
                                     F::BedrockAccountId,
                                     F::DroidAccountId,
                                     F::Permissions,
                                     F::EnableModelRestriction,
                                     F::RestrictedModels,
                                     F::EnableClientRestriction,
                                     F::AllowedClients,
                                     F::DailyCostLimit,
                                     F::TotalCostLimit,
                                     F::WeeklyOpusCostLimit,
                                     F::Tags,
                                     F::ActivationDays,
                                     F::ActivationUnit,
                                     F::ExpirationMode,
                                     F::IsActivated,
                                     F::ExpiresAt,
                                     F::Icon,
                                     F::IsDeleted,
                                     F::ServiceRates,
                                     F::WeeklyResetDay,
                                     F::WeeklyResetHour,
                                     F::EnableOpenAIResponsesCodexAdaptation,
                                     F::EnableOpenAIResponsesPayloadRules,
                                     F::OpenaiResponsesPayloadRules,
                                     F::CcrAccountId};
    for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs()) {
        if (std::find(std::begin(ownRules), std::end(ownRules), spec.field) != std::end(ownRules))
            continue;
        const std::optional<QString> text = ctx.scoped(spec.field);
        if (!text)
            continue;
        if (const std::optional<MalformedReason> reason = FieldEncoding::check(spec.field, text->toUtf8()))
            ctx.error(spec.field,
                      //: %1 is a field name, %2 says what is wrong with its stored value.
                      KeyValidator::tr("%1: %2").arg(KeyValidator::fieldLabel(spec.field),
                                                     FieldEncoding::reasonText(*reason)),
                      false);
    }
}

QList<ValidationIssue> run(const ApiKey& key, WriteKind kind, DataModel model,
                           const QList<ApiKeyField>& changed, bool crossField)
{
    Context ctx(key, kind, model, changed, crossField);
    checkName(ctx);
    checkDescription(ctx);
    checkNumbers(ctx);
    checkBooleans(ctx);
    checkAccounts(ctx);
    checkPermissions(ctx);
    checkRestrictedModels(ctx);
    checkAllowedClients(ctx);
    checkTags(ctx);
    checkIcon(ctx);
    checkExpiry(ctx);
    checkRelease314(ctx);
    checkEncodings(ctx);
    checkRestrictionWarnings(ctx);
    checkRateWindow(ctx);
    return ctx.takeIssues();
}

} // namespace

QStringList KeyValidator::permissionNames()
{
    return {u"claude"_s, u"gemini"_s, u"openai"_s, u"droid"_s};
}

QStringList KeyValidator::clientIds()
{
    return {u"claude_code"_s, u"gemini_cli"_s, u"codex_cli"_s, u"droid_cli"_s};
}

QStringList KeyValidator::rateServices()
{
    return {u"claude"_s, u"codex"_s, u"gemini"_s, u"droid"_s, u"bedrock"_s, u"azure"_s, u"ccr"_s};
}

QStringList KeyValidator::payloadValueTypes()
{
    return {u"string"_s, u"number"_s, u"boolean"_s, u"json"_s};
}

QList<ValidationIssue> KeyValidator::validate(const ApiKey& key, WriteKind kind, DataModel model,
                                              const QList<ApiKeyField>& changed)
{
    return run(key, kind, model, changed, true);
}

QList<ValidationIssue> KeyValidator::validateValue(ApiKeyField field, const QString& storedValue,
                                                   WriteKind kind, DataModel model)
{
    ApiKey key;
    key.setText(field, storedValue);
    QList<ValidationIssue> issues = run(key, kind, model, {field}, false);
    issues.removeIf([field](const ValidationIssue& issue) { return issue.field != field; });
    return issues;
}

QList<ValidationIssue> KeyValidator::validateBatchCreate(const QString& baseName, int count)
{
    // Section 11.4. The count has no field of its own; it is reported on the name it numbers.
    QList<ValidationIssue> issues;
    if (jsTrimmed(baseName).isEmpty()) {
        issues.append(
            {F::Name, tr("Base name is required and must be a non-empty string"), baseName.isEmpty()});
    } else {
        if (baseName.size() > MaxBaseNameLength)
            issues.append(
                {F::Name, tr("Base name must be less than 90 characters to allow for numbering"), true});
        if (baseName != jsTrimmed(baseName))
            issues.append({F::Name, tr("Remove the spaces at the start and end of the name."), false});
        if (hasControlCharacters(baseName))
            issues.append({F::Name,
                           tr("The name must not contain control characters such as line breaks or tabs."),
                           false});
    }
    if (count < MinBatchCount || count > MaxBatchCount)
        issues.append({F::Name, tr("Count must be an integer between 2 and 500"), true});
    return issues;
}

QList<ValidationIssue> KeyValidator::validateTagName(const QString& name)
{
    // 1.1.314 refuses a blank new tag (标签名称不能为空) and a blank rename target (18.7).
    QList<ValidationIssue> issues;
    if (jsTrimmed(name).isEmpty()) {
        issues.append({F::Tags, tr("The tag name cannot be empty."), true});
        return issues;
    }
    checkTagForm(issues, name);
    return issues;
}

QList<ValidationIssue> KeyValidator::validateActivateNow(const ApiKey& key)
{
    // PATCH …/expiration {activateNow: true} (11.9).
    if (key.raw(F::ExpirationMode) == "activation"_ba && key.raw(F::IsActivated) != "true"_ba)
        return {};
    return {{F::ExpirationMode, tr("Key is either already activated or not in activation mode"), true}};
}

bool KeyValidator::hasErrors(const QList<ValidationIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& i) { return !i.warning; });
}

QList<ValidationIssue> KeyValidator::errorsOnly(const QList<ValidationIssue>& issues)
{
    QList<ValidationIssue> errors = issues;
    errors.removeIf([](const ValidationIssue& i) { return i.warning; });
    return errors;
}

QString KeyValidator::fieldLabel(ApiKeyField field)
{
    switch (field) {
    case F::Id:
        return tr("Key id");
    case F::Name:
        return tr("Name");
    case F::Description:
        return tr("Description");
    case F::KeyHash:
        return tr("Key hash");
    case F::TokenLimit:
        return tr("Token limit");
    case F::ConcurrencyLimit:
        return tr("Concurrency limit");
    case F::RateLimitWindow:
        return tr("Rate limit window");
    case F::RateLimitRequests:
        return tr("Rate limit requests");
    case F::RateLimitCost:
        return tr("Rate limit cost");
    case F::IsActive:
        return tr("Active");
    case F::ClaudeAccountId:
        return tr("Claude account");
    case F::ClaudeConsoleAccountId:
        return tr("Claude Console account");
    case F::GeminiAccountId:
        return tr("Gemini account");
    case F::OpenaiAccountId:
        return tr("OpenAI account");
    case F::AzureOpenaiAccountId:
        return tr("Azure OpenAI account");
    case F::BedrockAccountId:
        return tr("Bedrock account");
    case F::DroidAccountId:
        return tr("Droid account");
    case F::Permissions:
        return tr("Service permissions");
    case F::EnableModelRestriction:
        return tr("Model restriction");
    case F::RestrictedModels:
        return tr("Restricted models");
    case F::EnableClientRestriction:
        return tr("Client restriction");
    case F::AllowedClients:
        return tr("Allowed clients");
    case F::DailyCostLimit:
        return tr("Daily cost limit");
    case F::TotalCostLimit:
        return tr("Total cost limit");
    case F::WeeklyOpusCostLimit:
        return tr("Weekly Opus cost limit");
    case F::Tags:
        return tr("Tags");
    case F::ActivationDays:
        return tr("Activation period");
    case F::ActivationUnit:
        return tr("Activation unit");
    case F::ExpirationMode:
        return tr("Expiration mode");
    case F::IsActivated:
        return tr("Activated");
    case F::ActivatedAt:
        return tr("Activated at");
    case F::CreatedAt:
        return tr("Created at");
    case F::LastUsedAt:
        return tr("Last used at");
    case F::ExpiresAt:
        return tr("Expires at");
    case F::CreatedBy:
        return tr("Created by");
    case F::UserId:
        return tr("Owner id");
    case F::UserUsername:
        return tr("Owner name");
    case F::Icon:
        return tr("Icon");
    case F::UpdatedAt:
        return tr("Updated at");
    case F::IsDeleted:
        return tr("Deleted");
    case F::DeletedAt:
        return tr("Deleted at");
    case F::DeletedBy:
        return tr("Deleted by");
    case F::DeletedByType:
        return tr("Deleted by (type)");
    case F::RestoredAt:
        return tr("Restored at");
    case F::RestoredBy:
        return tr("Restored by");
    case F::RestoredByType:
        return tr("Restored by (type)");
    case F::ServiceRates:
        return tr("Service rates");
    case F::WeeklyResetDay:
        return tr("Weekly reset day");
    case F::WeeklyResetHour:
        return tr("Weekly reset hour");
    case F::EnableOpenAIResponsesCodexAdaptation:
        return tr("Codex adaptation for OpenAI Responses");
    case F::EnableOpenAIResponsesPayloadRules:
        return tr("OpenAI Responses payload rules enabled");
    case F::OpenaiResponsesPayloadRules:
        return tr("OpenAI Responses payload rules");
    case F::Allow1mContext:
        return tr("1M context");
    case F::CcrAccountId:
        return tr("CCR account");
    case F::RateLimitTokens:
        return tr("Rate limit tokens (legacy)");
    case F::MaxConcurrency:
        return tr("Maximum concurrency (legacy)");
    case F::ActivationDuration:
        return tr("Activation duration (legacy)");
    }
    return QString::fromLatin1(apiKeyFieldName(field));
}

} // namespace rka::relay
