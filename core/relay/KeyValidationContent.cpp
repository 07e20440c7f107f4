// Account bindings, permissions, the JSON string lists (models, clients, tags) and the icon.
#include "KeyValidationContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rka::relay::validation {

namespace {

using F = ApiKeyField;

// ---- account bindings (5.1, 15.2) ---------------------------------------------------------------

// The prefixes each binding field takes (5.1; web-admin-features 3.1).
QStringList bindingPrefixes(F field)
{
    switch (field) {
    case F::ClaudeAccountId:
    case F::DroidAccountId:
        return {u"group"_s};
    case F::GeminiAccountId:
        return {u"api"_s, u"group"_s};
    case F::OpenaiAccountId:
        return {u"responses"_s, u"group"_s};
    default:
        return {};
    }
}

QString bindingHint(F field)
{
    switch (field) {
    case F::ClaudeAccountId:
    case F::DroidAccountId:
        return KeyValidator::tr("Use an account id or group:<group id>.");
    case F::GeminiAccountId:
        return KeyValidator::tr("Use an account id, api:<Gemini-API account id> or group:<group id>.");
    case F::OpenaiAccountId:
        return KeyValidator::tr(
            "Use an account id, responses:<OpenAI-Responses account id> or group:<group id>.");
    default:
        return KeyValidator::tr("Use an account id without a prefix.");
    }
}

} // namespace

void checkAccounts(Context& ctx)
{
    // The service stores any string (17.2); the id ends up in key names such as `claude:account:{id}`
    // and `account_group:{id}` (15.2), where ":" and glob characters break lookups and scans.
    static const QRegularExpression idChars(u"^[A-Za-z0-9._-]+$"_s);
    for (F field : {F::ClaudeAccountId, F::ClaudeConsoleAccountId, F::GeminiAccountId, F::OpenaiAccountId,
                    F::AzureOpenaiAccountId, F::BedrockAccountId, F::DroidAccountId, F::CcrAccountId}) {
        const std::optional<QString> value = ctx.scoped(field);
        if (!value || value->isEmpty()) // "" = the shared pool
            continue;
        QString id = *value;
        const qsizetype colon = value->indexOf(u':');
        if (colon >= 0) {
            if (!bindingPrefixes(field).contains(value->left(colon))) {
                ctx.error(field,
                          KeyValidator::tr("“%1” is not a valid binding for this account. %2")
                              .arg(*value, bindingHint(field)),
                          false);
                continue;
            }
            id = value->mid(colon + 1);
        }
        if (id.isEmpty()) {
            ctx.error(field, KeyValidator::tr("The binding “%1” names no account.").arg(*value), false);
        } else if (id.size() > KeyValidator::MaxAccountIdLength) {
            ctx.error(field,
                      KeyValidator::tr("The account id is longer than %1 characters.")
                          .arg(KeyValidator::MaxAccountIdLength),
                      false);
        } else if (!idChars.match(id).hasMatch()) {
            ctx.error(
                field,
                KeyValidator::tr("The account id “%1” may contain only letters, digits, “.”, “_” and “-”: "
                                 "other characters break the service's Redis key names.")
                    .arg(id),
                false);
        }
    }
}

// ---- permissions (5.2 b, 11.3 validatePermissions) ----------------------------------------------

void checkPermissions(Context& ctx)
{
    const std::optional<QString> text = ctx.scoped(F::Permissions);
    if (!text)
        return;
    // Every write path validates permissions, batch edit included (11.3, 11.4, 11.8).
    const unsigned all = OnCreate | OnBatchCreate | OnUpdate | OnBatchEdit;
    const QStringList valid = KeyValidator::permissionNames();
    const QString validList = valid.join(u", "_s);
    if (text->startsWith(u'[')) {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
            ctx.error(F::Permissions,
                      KeyValidator::tr("Permissions must be an array. Valid values are: %1").arg(validList),
                      ctx.enforced(all));
            return;
        }
        for (const QJsonValue& item : doc.array()) {
            if (item.isString() && valid.contains(item.toString()))
                continue;
            const QString shown = item.isString()
                ? item.toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray {item}).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1);
            ctx.error(F::Permissions,
                      KeyValidator::tr("Invalid permission value \"%1\". Valid values are: %2")
                          .arg(shown, validList),
                      ctx.enforced(all));
        }
        return;
    }
    // Plain strings: "" and the legacy "all"/single names read fine but are not what we write;
    // a comma-joined list is the 1.1.235 update bug that blocks every service (B1).
    if (text->isEmpty() || *text == u"all"_s || valid.contains(*text)) {
        ctx.error(
            F::Permissions,
            KeyValidator::tr("Permissions must be stored as a JSON array, for example [\"claude\"], or [] "
                             "for all services; “%1” is a legacy form.")
                .arg(*text),
            false);
        return;
    }
    const QStringList parts = text->split(u',');
    if (parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [&valid](const QString& p) {
            return valid.contains(p.trimmed());
        })) {
        ctx.error(
            F::Permissions,
            KeyValidator::tr("Permissions “%1” are comma-joined, which release 1.1.235 reads as one unknown "
                             "service, so the key can use none; store them as a JSON array.")
                .arg(*text),
            false);
        return;
    }
    ctx.error(F::Permissions,
              KeyValidator::tr("Invalid permissions value. Must be an array of: %1").arg(validList),
              ctx.enforced(all));
}

// ---- JSON string arrays: models, clients, tags (11.3, 11.7) --------------------------------------

namespace {

// The stored array, or nullopt after reporting the service's "must be an array".
std::optional<QJsonArray> storedArray(Context& ctx, F field, const QString& message)
{
    const std::optional<QString> text = ctx.scoped(field);
    if (!text)
        return std::nullopt;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        ctx.error(field, message, ctx.enforced(OnCreate | OnUpdate));
        return std::nullopt;
    }
    return doc.array();
}

} // namespace

void checkRestrictedModels(Context& ctx)
{
    const std::optional<QJsonArray> models =
        storedArray(ctx, F::RestrictedModels, KeyValidator::tr("Restricted models must be an array"));
    if (!models)
        return;
    // The contents are not validated by the service (17.2); matching is exact (13), so a padded or
    // empty name never matches anything.
    for (qsizetype i = 0; i < models->size(); ++i) {
        const QJsonValue item = models->at(i);
        const QString name = item.toString();
        if (!item.isString())
            ctx.error(F::RestrictedModels,
                      KeyValidator::tr("Entry %1 of the model list is not text.").arg(i + 1), false);
        else if (jsTrimmed(name).isEmpty())
            ctx.error(F::RestrictedModels, KeyValidator::tr("The model list contains an empty entry."),
                      false);
        else if (hasControlCharacters(name))
            ctx.error(F::RestrictedModels,
                      KeyValidator::tr("The model name “%1” contains control characters.").arg(name), false);
        else if (name != jsTrimmed(name))
            ctx.error(
                F::RestrictedModels,
                KeyValidator::tr("The model name “%1” starts or ends with spaces, so it never matches a "
                                 "request.")
                    .arg(name),
                false);
    }
}

void checkAllowedClients(Context& ctx)
{
    const std::optional<QJsonArray> clients =
        storedArray(ctx, F::AllowedClients, KeyValidator::tr("Allowed clients must be an array"));
    if (!clients)
        return;
    const QStringList known = KeyValidator::clientIds();
    for (const QJsonValue& item : *clients) {
        if (item.isString() && known.contains(item.toString()))
            continue;
        const QString shown = item.isString() ? item.toString() : QString::number(item.toDouble());
        ctx.error(F::AllowedClients,
                  KeyValidator::tr("“%1” is not a client the service knows; use %2.")
                      .arg(shown, known.join(u", "_s)),
                  false);
    }
}

// Our rules for one tag as stored (17.2): trimmed, short, on one line.
void checkTagForm(QList<ValidationIssue>& issues, const QString& tag)
{
    if (tag != jsTrimmed(tag))
        issues.append({F::Tags,
                       KeyValidator::tr("The tag “%1” starts or ends with spaces; remove them.").arg(tag),
                       false});
    if (jsTrimmed(tag).size() > KeyValidator::MaxTagLength)
        issues.append({F::Tags,
                       KeyValidator::tr("The tag “%1” is longer than %2 characters.")
                           .arg(tag)
                           .arg(KeyValidator::MaxTagLength),
                       false});
    if (hasControlCharacters(tag))
        issues.append(
            {F::Tags, KeyValidator::tr("The tag “%1” contains control characters.").arg(tag), false});
}

void checkTags(Context& ctx)
{
    const std::optional<QJsonArray> tags =
        storedArray(ctx, F::Tags, KeyValidator::tr("Tags must be an array"));
    if (!tags)
        return;
    QStringList seen;
    bool reportedBlank = false;
    for (const QJsonValue& item : *tags) {
        if (!item.isString() || jsTrimmed(item.toString()).isEmpty()) {
            if (!reportedBlank)
                ctx.error(F::Tags, KeyValidator::tr("All tags must be non-empty strings"),
                          ctx.enforced(OnCreate | OnUpdate));
            reportedBlank = true;
            continue;
        }
        const QString tag = item.toString();
        QList<ValidationIssue> form;
        checkTagForm(form, tag);
        for (const ValidationIssue& issue : form)
            ctx.error(issue.field, issue.message, false);
        // The service's tag list, filters and 1.1.314 tag sets compare trimmed names (9, 18.7).
        const QString trimmed = jsTrimmed(tag);
        if (seen.contains(trimmed))
            ctx.error(F::Tags, KeyValidator::tr("The tag “%1” appears more than once.").arg(trimmed), false);
        seen.append(trimmed);
    }
    if (tags->size() > KeyValidator::MaxTags)
        ctx.error(F::Tags, KeyValidator::tr("A key can have at most %1 tags.").arg(KeyValidator::MaxTags),
                  false);
}

void checkRestrictionWarnings(Context& ctx)
{
    if (!ctx.crossField())
        return;
    // A restriction applies only when its list is not empty (13).
    const auto check = [&ctx](F flag, F list, const QString& message) {
        if (!ctx.anyInScope({flag, list}) || ctx.key().raw(flag) != "true"_ba)
            return;
        const std::optional<QStringList> items = ctx.key().stringList(list);
        if (items && items->isEmpty())
            ctx.warn(flag, message);
    };
    check(F::EnableModelRestriction, F::RestrictedModels,
          KeyValidator::tr("Model restriction is on but the model list is empty, so it has no effect."));
    check(F::EnableClientRestriction, F::AllowedClients,
          KeyValidator::tr("Client restriction is on but no client is selected, so it has no effect."));
}

// ---- icon (17.2) --------------------------------------------------------------------------------

void checkIcon(Context& ctx)
{
    const std::optional<QString> text = ctx.scoped(F::Icon);
    if (!text || text->isEmpty())
        return;
    const QByteArray bytes = text->toUtf8();
    if (bytes.size() > KeyValidator::MaxIconBytes) {
        ctx.error(F::Icon,
                  KeyValidator::tr("The icon is %1 KiB; the limit is %2 KiB. Choose a smaller image.")
                      .arg((bytes.size() + 1023) / 1024)
                      .arg(KeyValidator::MaxIconBytes / 1024),
                  false);
        return;
    }
    // The web admin's picker stored `data:image/...;base64,...` (web-admin-features 3.8).
    static const QRegularExpression dataUrl(u"^data:image/[A-Za-z0-9.+-]+;base64,"_s);
    const QRegularExpressionMatch match = dataUrl.match(*text);
    if (!match.hasMatch()) {
        ctx.error(F::Icon, KeyValidator::tr("The icon must be an image data URL (data:image/…;base64,…)."),
                  false);
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(bytes.mid(match.capturedLength()),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        ctx.error(F::Icon, KeyValidator::tr("The icon's image data is not valid base64."), false);
}

} // namespace rka::relay::validation
