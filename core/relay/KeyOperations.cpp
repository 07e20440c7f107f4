#include "KeyOperations.h"

#include "ApiKeyCodec.h"
#include "KeyIndex.h"
#include "KeySchema.h"
#include "ServiceConstants.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

const QList<QByteArray> kCostRanks = {"cost_rank:today", "cost_rank:7days", "cost_rank:30days",
                                      "cost_rank:all"};

QByteArray ttl()
{
    return QByteArray::number(ServiceConstants::ApiKeyTtl);
}

WriteResult notFound(const QByteArray& id)
{
    return WriteResult::failure(
        WriteStatus::NotFound,
        KeyOperations::tr("The key %1 does not exist (any more).").arg(QString::fromUtf8(id)));
}

WriteResult deletedRefused(const QByteArray& id, const ApiKey& key)
{
    // Any write to a deleted key can revive it (16 item 2): only restore and purge touch it.
    return WriteResult::failure(WriteStatus::Refused,
                                KeyOperations::tr("\"%1\" is in the trash; restore it before changing it.")
                                    .arg(key.name().isEmpty() ? QString::fromUtf8(id) : key.name()));
}

void expectFields(WritePlan& plan, const QByteArray& redisKey, const ApiKey& after,
                  const FieldChanges& changes)
{
    for (const auto& [f, v] : changes.set)
        plan.expectations.append({redisKey, f, v});
    for (const QByteArray& f : changes.removed)
        plan.expectations.append({redisKey, f, std::nullopt});
    Q_UNUSED(after);
}

// HSET of the set fields, HDEL of the removed ones, EXPIRE: one key's field-level write.
void writeFields(WritePlan& plan, const QByteArray& redisKey, const FieldChanges& changes)
{
    if (!changes.set.isEmpty()) {
        redis::Command hset {"HSET", redisKey};
        for (const auto& [f, v] : changes.set)
            hset << f << v;
        plan.commands.append(hset);
    }
    if (!changes.removed.isEmpty()) {
        redis::Command hdel {"HDEL", redisKey};
        hdel += changes.removed;
        plan.commands.append(hdel);
    }
    plan.commands.append({"EXPIRE", redisKey, ttl()});
}

} // namespace

QByteArray KeyOperations::isoNow(const QDateTime& now)
{
    return now.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

support::AuditEntry KeyOperations::auditEntry(const QString& operation, const QByteArray& id,
                                              const ApiKey& before, const ApiKey& after, const Context& c)
{
    support::AuditEntry e;
    e.time = c.now;
    e.operatorName = c.target.operatorName;
    e.profile = c.target.profile;
    e.operation = operation;
    e.keyId = QString::fromUtf8(id);
    e.keyName = after.name().isEmpty() ? before.name() : after.name();
    const FieldChanges changes = ApiKeyCodec::changedFields(before, after);
    for (const auto& [f, v] : changes.set) {
        const QString name = QString::fromUtf8(f);
        if (const std::optional<QByteArray> old = before.raw(f))
            e.before.insert(name, support::AuditLog::redact(name, *old));
        e.after.insert(name, support::AuditLog::redact(name, v));
    }
    for (const QByteArray& f : changes.removed) {
        const QString name = QString::fromUtf8(f);
        e.before.insert(name, support::AuditLog::redact(name, before.raw(f).value_or(QByteArray())));
    }
    e.result = u"ok"_s;
    return e;
}

ApiKey KeyOperations::newKey(const ApiKey& s, const QByteArray& id, const QByteArray& hash, const Context& c)
{
    using F = ApiKeyField;
    const QByteArray now = isoNow(c.now);
    auto pick = [&s](F f, const QByteArray& fallback) { return s.raw(f).value_or(fallback); };
    const QByteArray mode = pick(F::ExpirationMode, "fixed") == "activation" ? "activation" : "fixed";
    const bool fixed = mode == "fixed";
    ApiKey k;
    // The order of generateApiKey's object (section 5.1), so HGETALL lists fields as the service's do.
    k.setRaw(F::Id, id);
    k.setRaw(F::Name, pick(F::Name, "Unnamed Key"));
    k.setRaw(F::Description, pick(F::Description, ""));
    k.setRaw(F::KeyHash, hash);
    for (F f :
         {F::TokenLimit, F::ConcurrencyLimit, F::RateLimitWindow, F::RateLimitRequests, F::RateLimitCost})
        k.setRaw(f, pick(f, "0"));
    k.setRaw(F::IsActive, pick(F::IsActive, "true"));
    for (F f : {F::ClaudeAccountId, F::ClaudeConsoleAccountId, F::GeminiAccountId, F::OpenaiAccountId,
                F::AzureOpenaiAccountId, F::BedrockAccountId, F::DroidAccountId})
        k.setRaw(f, pick(f, ""));
    k.setRaw(F::Permissions, pick(F::Permissions, "[]"));
    k.setRaw(F::EnableModelRestriction, pick(F::EnableModelRestriction, "false"));
    k.setRaw(F::RestrictedModels, pick(F::RestrictedModels, "[]"));
    k.setRaw(F::EnableClientRestriction, pick(F::EnableClientRestriction, "false"));
    k.setRaw(F::AllowedClients, pick(F::AllowedClients, "[]"));
    for (F f : {F::DailyCostLimit, F::TotalCostLimit, F::WeeklyOpusCostLimit})
        k.setRaw(f, pick(f, "0"));
    k.setRaw(F::Tags, pick(F::Tags, "[]"));
    k.setRaw(F::ActivationDays, pick(F::ActivationDays, "0"));
    k.setRaw(F::ActivationUnit, pick(F::ActivationUnit, "days"));
    k.setRaw(F::ExpirationMode, mode);
    // Fixed expiry is active from creation; activation mode waits for the first use (section 12).
    k.setRaw(F::IsActivated, fixed ? "true" : "false");
    k.setRaw(F::ActivatedAt, fixed ? now : QByteArray());
    k.setRaw(F::CreatedAt, now);
    k.setRaw(F::LastUsedAt, "");
    k.setRaw(F::ExpiresAt, fixed ? pick(F::ExpiresAt, "") : QByteArray());
    k.setRaw(F::CreatedBy, pick(F::CreatedBy, "admin"));
    k.setRaw(F::UserId, pick(F::UserId, ""));
    k.setRaw(F::UserUsername, pick(F::UserUsername, ""));
    k.setRaw(F::Icon, pick(F::Icon, ""));
    // The fields later releases add on create (18.3), only when writing for those releases.
    if (c.target.model >= DataModel::Release1_1_263)
        k.setRaw(F::ServiceRates, pick(F::ServiceRates, "{}"));
    if (c.target.model >= DataModel::Release1_1_281) {
        k.setRaw(F::WeeklyResetDay, pick(F::WeeklyResetDay, "1"));
        k.setRaw(F::WeeklyResetHour, pick(F::WeeklyResetHour, "0"));
    }
    if (c.target.model >= DataModel::Release1_1_302) {
        k.setRaw(F::EnableOpenAIResponsesCodexAdaptation,
                 pick(F::EnableOpenAIResponsesCodexAdaptation, "true"));
        k.setRaw(F::EnableOpenAIResponsesPayloadRules, pick(F::EnableOpenAIResponsesPayloadRules, "false"));
        k.setRaw(F::OpenaiResponsesPayloadRules, pick(F::OpenaiResponsesPayloadRules, "[]"));
    }
    return k;
}

KeyOperations::PlanOrError KeyOperations::create(const QList<ApiKey>& newKeys,
                                                 const QList<QByteArray>& plaintextKeys, const Context& c)
{
    WritePlan plan;
    const WriteKind kind = newKeys.size() > 1 ? WriteKind::BatchCreate : WriteKind::Create;
    for (const ApiKey& k : newKeys) {
        const QList<ValidationIssue> issues = KeyValidator::validate(k, kind, c.target.model);
        if (KeyValidator::hasErrors(issues)) {
            WriteResult r = WriteResult::failure(WriteStatus::Rejected,
                                                 tr("The settings are not valid; nothing "
                                                    "was written."));
            r.issues = issues;
            return r;
        }
    }
    for (const ApiKey& k : newKeys) {
        const QByteArray id = k.id().toUtf8();
        const QByteArray redisKey = KeySchema::apiKey(id);
        redis::Command hset {"HSET", redisKey};
        for (const auto& [f, v] : k.rawFields()) {
            hset << f << v;
            plan.expectations.append({redisKey, f, v});
        }
        plan.commands.append(hset);
        plan.commands.append({"EXPIRE", redisKey, ttl()});
        plan.commands.append({"HSET", KeySchema::HashMap.toByteArray(), k.keyHash(), id});
        for (const QByteArray& rank : kCostRanks)
            plan.commands.append({"ZADD", rank, "0", id});
        if (c.target.indexPresent)
            plan.commands += KeyIndex::add(id, k);
        plan.expectations.append({KeySchema::HashMap.toByteArray(), k.keyHash(), id});
        plan.audit.append(auditEntry(u"create"_s, id, ApiKey(), k, c));
        plan.result.keyIds.append(id);
    }
    plan.result.plaintextKeys = plaintextKeys;
    plan.result.changedKeys = int(newKeys.size());
    return plan;
}

KeyOperations::PlanOrError KeyOperations::change(const QString& operation, const QByteArray& id,
                                                 const ApiKey& current, const ApiKey& after,
                                                 const QHash<QString, qint64>& tagMembers, const Context& c,
                                                 bool touchUpdatedAt)
{
    if (current.isEmpty())
        return notFound(id);
    if (current.isDeleted())
        return deletedRefused(id, current);
    ApiKey target = after;
    // The fields the service never changes after creation (20.2).
    for (ApiKeyField f : {ApiKeyField::Id, ApiKeyField::KeyHash, ApiKeyField::CreatedAt}) {
        if (const std::optional<QByteArray> v = current.raw(f))
            target.setRaw(f, *v);
        else
            target.remove(f);
    }
    FieldChanges changes = ApiKeyCodec::changedFields(current, target);
    WritePlan plan;
    plan.result.keyIds.append(id);
    if (changes.isEmpty())
        return plan; // nothing to do: an empty plan writes nothing
    QList<ApiKeyField> changed;
    for (const auto& [f, v] : changes.set)
        if (const std::optional<ApiKeyField> field = apiKeyFieldByName(f))
            changed.append(*field);
    for (const QByteArray& f : changes.removed)
        if (const std::optional<ApiKeyField> field = apiKeyFieldByName(f))
            changed.append(*field);
    const QList<ValidationIssue> issues =
        KeyValidator::validate(target, WriteKind::Update, c.target.model, changed);
    if (KeyValidator::hasErrors(issues)) {
        WriteResult r = WriteResult::failure(WriteStatus::Rejected,
                                             tr("The settings are not valid; nothing was "
                                                "written."));
        r.issues = issues;
        return r;
    }
    if (touchUpdatedAt) {
        target.setRaw(ApiKeyField::UpdatedAt, isoNow(c.now));
        changes = ApiKeyCodec::changedFields(current, target);
    }
    const QByteArray redisKey = KeySchema::apiKey(id);
    writeFields(plan, redisKey, changes);
    expectFields(plan, redisKey, target, changes);
    if (c.target.indexPresent)
        plan.commands += KeyIndex::update(id, current, target, tagMembers);
    plan.audit.append(auditEntry(operation, id, current, target, c));
    plan.result.changedKeys = 1;
    return plan;
}

KeyOperations::PlanOrError KeyOperations::update(const QByteArray& id, const ApiKey& current,
                                                 const ApiKey& base, const ApiKey& edited, bool keepMine,
                                                 const QHash<QString, qint64>& tagMembers, const Context& c)
{
    if (current.isEmpty())
        return notFound(id);
    const FieldChanges mine = ApiKeyCodec::changedFields(base, edited);
    // Start from what Redis holds now, and apply only the user's changes: fields another writer
    // changed meanwhile (lastUsedAt on every request) are kept, not overwritten with stale values.
    ApiKey after = current;
    QList<FieldConflict> conflicts;
    for (const auto& [f, v] : mine.set) {
        if (current.raw(f) != base.raw(f) && current.raw(f) != std::optional<QByteArray>(v))
            conflicts.append({f, base.raw(f), current.raw(f), v});
        after.setRaw(f, v);
    }
    for (const QByteArray& f : mine.removed) {
        if (current.raw(f) != base.raw(f) && current.has(f))
            conflicts.append({f, base.raw(f), current.raw(f), std::nullopt});
        after.remove(f);
    }
    if (!conflicts.isEmpty() && !keepMine) {
        QStringList names;
        for (const FieldConflict& fc : std::as_const(conflicts))
            names << QString::fromUtf8(fc.field);
        WriteResult r = WriteResult::failure(
            WriteStatus::Conflict,
            tr("Someone else changed %1 of this key since you opened it; nothing was written.")
                .arg(names.join(u", "_s)));
        r.conflicts = conflicts;
        r.keyIds = {id};
        return r;
    }
    return change(u"update"_s, id, current, after, tagMembers, c);
}

KeyOperations::PlanOrError KeyOperations::softDelete(const QList<QByteArray>& ids,
                                                     const QList<ApiKey>& current, const Context& c)
{
    WritePlan plan;
    const QByteArray now = isoNow(c.now);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QByteArray& id = ids.at(i);
        const ApiKey& k = current.at(i);
        if (k.isEmpty())
            return notFound(id);
        plan.result.keyIds.append(id);
        if (k.isDeleted())
            continue; // already in the trash: the service would overwrite deletedAt; we leave it
        ApiKey after = k;
        after.setRaw(ApiKeyField::IsDeleted, "true");
        after.setRaw(ApiKeyField::DeletedAt, now);
        after.setRaw(ApiKeyField::DeletedBy, c.target.operatorName.toUtf8());
        after.setRaw(ApiKeyField::DeletedByType, "admin");
        after.setRaw(ApiKeyField::IsActive, "false");
        const QByteArray redisKey = KeySchema::apiKey(id);
        const FieldChanges changes = ApiKeyCodec::changedFields(k, after);
        writeFields(plan, redisKey, changes);
        expectFields(plan, redisKey, after, changes);
        plan.commands.append({"DEL", "apikey_hash:" + k.keyHash()});
        for (const QByteArray& rank : kCostRanks)
            plan.commands.append({"ZREM", rank, id});
        // Both releases: the secret stops resolving at once (1.1.235 keeps the mapping, bug B2).
        if (!k.keyHash().isEmpty()) {
            plan.commands.append({"HDEL", KeySchema::HashMap.toByteArray(), k.keyHash()});
            plan.expectations.append({KeySchema::HashMap.toByteArray(), k.keyHash(), std::nullopt});
        }
        if (c.target.indexPresent)
            plan.commands += KeyIndex::status(id, after);
        plan.audit.append(auditEntry(u"delete"_s, id, k, after, c));
        ++plan.result.changedKeys;
    }
    return plan;
}

KeyOperations::PlanOrError KeyOperations::restore(const QList<QByteArray>& ids, const QList<ApiKey>& current,
                                                  const Context& c)
{
    WritePlan plan;
    const QByteArray now = isoNow(c.now);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QByteArray& id = ids.at(i);
        const ApiKey& k = current.at(i);
        if (k.isEmpty())
            return notFound(id);
        if (!k.isDeleted())
            return WriteResult::failure(WriteStatus::Refused,
                                        tr("\"%1\" is not in the trash; there is nothing to "
                                           "restore.")
                                            .arg(k.name()));
        ApiKey after = k;
        for (ApiKeyField f : {ApiKeyField::IsDeleted, ApiKeyField::DeletedAt, ApiKeyField::DeletedBy,
                              ApiKeyField::DeletedByType})
            after.remove(f);
        after.setRaw(ApiKeyField::IsActive, "true"); // restore always re-enables (17.4)
        after.setRaw(ApiKeyField::RestoredAt, now);
        after.setRaw(ApiKeyField::RestoredBy, c.target.operatorName.toUtf8());
        after.setRaw(ApiKeyField::RestoredByType, "admin");
        const QByteArray redisKey = KeySchema::apiKey(id);
        const FieldChanges changes = ApiKeyCodec::changedFields(k, after);
        writeFields(plan, redisKey, changes);
        expectFields(plan, redisKey, after, changes);
        if (!k.keyHash().isEmpty()) {
            // The secret resolves again under both releases (1.1.235's own restore forgets this).
            plan.commands.append({"HSET", KeySchema::HashMap.toByteArray(), k.keyHash(), id});
            plan.expectations.append({KeySchema::HashMap.toByteArray(), k.keyHash(), id});
            // Unlike the service, no reverse record apikey_hash:{hash}: 1.1.235 never reads it and 1.1.263+
            // only when the map lacks the secret, which the entry above rules out (6, 18.5).
        }
        for (const QByteArray& rank : kCostRanks)
            plan.commands.append({"ZADD", rank, "0", id});
        if (c.target.indexPresent)
            plan.commands += KeyIndex::status(id, after);
        plan.audit.append(auditEntry(u"restore"_s, id, k, after, c));
        plan.result.keyIds.append(id);
        ++plan.result.changedKeys;
    }
    return plan;
}

KeyOperations::PlanOrError
KeyOperations::purge(const QList<QByteArray>& ids, const QList<ApiKey>& current,
                     const QList<QList<QByteArray>>& dataKeys,
                     const QList<QList<std::pair<QByteArray, QByteArray>>>& indexMembers,
                     const QHash<QString, qint64>& tagMembers, const Context& c)
{
    WritePlan plan;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QByteArray& id = ids.at(i);
        const ApiKey& k = current.at(i);
        if (k.isEmpty())
            return notFound(id);
        if (!k.isDeleted())
            return WriteResult::failure(WriteStatus::Refused,
                                        tr("\"%1\" is not in the trash; only deleted keys can be deleted "
                                           "permanently.")
                                            .arg(k.name()));
        const QByteArray redisKey = KeySchema::apiKey(id);
        // Everything of the key, including what the service's own purge leaves behind (14.8, B7).
        QList<QByteArray> doomed = dataKeys.value(i);
        doomed.removeAll(redisKey);
        for (qsizetype from = 0; from < doomed.size(); from += 500) {
            redis::Command del {"DEL"};
            del += doomed.mid(from, 500);
            plan.commands.append(del);
        }
        for (const auto& [set, member] : indexMembers.value(i))
            plan.commands.append({"SREM", set, member});
        if (!k.keyHash().isEmpty()) {
            plan.commands.append({"HDEL", KeySchema::HashMap.toByteArray(), k.keyHash()});
            plan.commands.append({"DEL", "apikey_hash:" + k.keyHash()});
        }
        for (const QByteArray& rank : kCostRanks)
            plan.commands.append({"ZREM", rank, id});
        if (c.target.indexPresent)
            plan.commands += KeyIndex::remove(id, k, tagMembers);
        plan.commands.append({"DEL", redisKey});
        plan.expectations.append({redisKey, QByteArray(), std::nullopt});
        support::AuditEntry e = auditEntry(u"purge"_s, id, k, ApiKey(), c);
        e.message = tr("%n data key(s) removed with it", nullptr, int(doomed.size()));
        plan.audit.append(e);
        plan.result.keyIds.append(id);
        ++plan.result.changedKeys;
    }
    return plan;
}

KeyOperations::PlanOrError KeyOperations::regenerate(const QByteArray& id, const ApiKey& current,
                                                     const QByteArray& plaintext, const QByteArray& newHash,
                                                     const Context& c)
{
    if (current.isEmpty())
        return notFound(id); // never the service's bogus hash for a missing id (B4)
    if (current.isDeleted())
        return deletedRefused(id, current);
    ApiKey after = current;
    after.setRaw(ApiKeyField::KeyHash, newHash);
    after.setRaw(ApiKeyField::UpdatedAt, isoNow(c.now));
    WritePlan plan;
    const QByteArray redisKey = KeySchema::apiKey(id);
    const FieldChanges changes = ApiKeyCodec::changedFields(current, after);
    writeFields(plan, redisKey, changes);
    expectFields(plan, redisKey, after, changes);
    const QByteArray oldHash = current.keyHash();
    if (!oldHash.isEmpty()) {
        // The old secret stops working (1.1.235 keeps its mapping, bug B3).
        plan.commands.append({"HDEL", KeySchema::HashMap.toByteArray(), oldHash});
        plan.commands.append({"DEL", "apikey_hash:" + oldHash});
        plan.expectations.append({KeySchema::HashMap.toByteArray(), oldHash, std::nullopt});
    }
    plan.commands.append({"HSET", KeySchema::HashMap.toByteArray(), newHash, id});
    plan.expectations.append({KeySchema::HashMap.toByteArray(), newHash, id});
    plan.audit.append(auditEntry(u"regenerate"_s, id, current, after, c));
    plan.result.keyIds.append(id);
    plan.result.plaintextKeys.append(plaintext);
    plan.result.changedKeys = 1;
    return plan;
}

} // namespace rka::relay
