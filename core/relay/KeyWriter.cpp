#include "KeyWriter.h"
#include "KeyWriterJob.h"

#include "KeyHash.h"
#include "KeyIndex.h"
#include "KeySchema.h"

#include "redis/Scanner.h"
#include "support/Clock.h"

#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rka::relay {

KeyWriter::KeyWriter(redis::Connection& connection, WriteTarget target, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_target(std::move(target))
{ }

KeyWriter::~KeyWriter() = default;

KeyOperations::Context KeyWriter::context() const
{
    return {support::Clock::currentDateTimeUtc(), m_target};
}

std::optional<WriteResult> KeyWriter::refusal() const
{
    if (!m_target.writable)
        return WriteResult::failure(WriteStatus::Refused,
                                    tr("This database is opened read-only: %1").arg(m_target.readOnlyReason));
    if (m_connection.isReadOnly())
        return WriteResult::failure(WriteStatus::Refused,
                                    tr("This profile is read-only; nothing was written."));
    return std::nullopt;
}

// --- the engine ---------------------------------------------------------------------------------------

void KeyWriter::run(const JobPtr& job)
{
    if (const std::optional<WriteResult> refused = refusal()) {
        finish(job, *refused);
        return;
    }
    if (++job->attempt > m_target.maxAttempts) {
        finish(job,
               WriteResult::failure(WriteStatus::Failed,
                                    tr("The keys kept changing while the write was prepared (%1 attempts); "
                                       "nothing was written. Try again.")
                                        .arg(m_target.maxAttempts)));
        return;
    }
    job->stashed.reset();
    job->plan.reset();
    job->retryForTags = false;
    auto afterPrepare = [this, job](const redis::RedisError& error) {
        if (error) {
            finish(job, nothingWritten(error));
            return;
        }
        if (!m_target.indexPresent || job->ids.isEmpty()) {
            runTransaction(job, {});
            return;
        }
        // The index keeps per-tag sets: read the keys' tags first, to watch and count those sets.
        QList<redis::Command> reads;
        for (const QByteArray& id : std::as_const(job->ids))
            reads.append({"HGET", KeySchema::apiKey(id), "tags"});
        m_connection.pipeline(reads, this,
                              [this, job](const QList<redis::Reply>& r, const redis::RedisError& e) {
                                  if (e) {
                                      finish(job, nothingWritten(e));
                                      return;
                                  }
                                  QStringList tags;
                                  for (const redis::Reply& reply : r) {
                                      ApiKey probe;
                                      probe.setRaw(ApiKeyField::Tags, reply.bytes());
                                      for (const QString& t : KeyIndex::tagsOf(probe))
                                          if (!tags.contains(t))
                                              tags << t;
                                  }
                                  runTransaction(job, tags);
                              });
    };
    if (job->prepare)
        job->prepare(afterPrepare);
    else
        afterPrepare({});
}

void KeyWriter::runTransaction(const JobPtr& job, const QStringList& knownTags)
{
    redis::Connection::Transaction tx;
    for (const QByteArray& id : std::as_const(job->ids)) {
        tx.watchKeys.append(KeySchema::apiKey(id));
        tx.reads.append({"HGETALL", KeySchema::apiKey(id)});
    }
    tx.watchKeys += job->extraWatch;
    for (const QString& t : knownTags) {
        tx.watchKeys.append(KeyIndex::tagSet(t));
        tx.reads.append({"SCARD", KeyIndex::tagSet(t)});
    }
    const bool indexed = m_target.indexPresent;
    tx.decide = [job, knownTags,
                 indexed](const QList<redis::Reply>& reads) -> std::optional<QList<redis::Command>> {
        QList<ApiKey> current;
        for (qsizetype i = 0; i < job->ids.size(); ++i) {
            RawHash fields;
            const redis::Reply& r = reads.at(i);
            for (qsizetype f = 0; f + 1 < r.size(); f += 2)
                fields.append({r.at(f).bytes(), r.at(f + 1).bytes()});
            current.append(ApiKey(fields));
        }
        QHash<QString, qint64> members;
        for (qsizetype t = 0; t < knownTags.size(); ++t)
            members.insert(knownTags.at(t), reads.at(job->ids.size() + t).integer());
        if (indexed)
            for (const ApiKey& k : std::as_const(current))
                for (const QString& t : KeyIndex::tagsOf(k))
                    if (!knownTags.contains(t)) {
                        job->retryForTags = true; // tags changed since the first read: start again
                        return std::nullopt;
                    }
        KeyOperations::PlanOrError outcome = job->decide(current, members);
        if (WriteResult* error = std::get_if<WriteResult>(&outcome)) {
            job->stashed = *error;
            return std::nullopt;
        }
        WritePlan& plan = std::get<WritePlan>(outcome);
        if (plan.commands.isEmpty()) {
            job->stashed = plan.result; // nothing to change
            return std::nullopt;
        }
        job->plan = std::move(plan);
        return job->plan->commands;
    };
    m_connection.transaction(
        tx, this, [this, job](const QList<redis::Reply>& replies, const redis::RedisError& error) {
            using C = redis::RedisError::Code;
            if (error.code == C::TransactionAborted || (error.code == C::Cancelled && job->retryForTags)) {
                run(job); // a watched key changed: read again and decide again
                return;
            }
            if (error.code == C::Cancelled && job->stashed) {
                finish(job, *job->stashed);
                return;
            }
            if (error.code == C::WriteOutcomeUnknown) {
                WriteResult r =
                    WriteResult::failure(WriteStatus::Unknown,
                                         tr("The connection failed after the write was sent, so it may or "
                                            "may not have been applied. "
                                            "Reload the keys (or run the health check) to see which."));
                if (job->plan)
                    r.keyIds = job->plan->result.keyIds;
                finish(job, r);
                return;
            }
            if (error) {
                // Every other error comes before EXEC ran: not sent, lost while reading, or refused whole.
                finish(job, nothingWritten(error));
                return;
            }
            QStringList refused;
            for (const redis::Reply& r : replies)
                if (r.isError())
                    refused << r.text();
            if (!refused.isEmpty()) {
                // MULTI/EXEC has no rollback: the other commands of the write did run.
                WriteResult r =
                    WriteResult::failure(WriteStatus::Failed,
                                         tr("Redis refused part of the write (%1); the rest was applied. "
                                            "Run the health check.")
                                             .arg(refused.join(u"; "_s)));
                r.keyIds = job->plan->result.keyIds;
                finish(job, r);
                return;
            }
            readBack(job, *job->plan);
        });
}

void KeyWriter::readBack(const JobPtr& job, const WritePlan& plan)
{
    QTimer::singleShot(m_target.readBackDelayMs, this, [this, job, plan] {
        QList<redis::Command> reads;
        for (const WritePlan::Expectation& e : plan.expectations)
            reads.append(e.field.isEmpty() ? redis::Command {"EXISTS", e.redisKey}
                                           : redis::Command {"HGET", e.redisKey, e.field});
        m_connection.pipeline(
            reads, this, [this, job, plan](const QList<redis::Reply>& r, const redis::RedisError& e) {
                WriteResult result = plan.result;
                if (e) {
                    // The write itself succeeded; only the check could not run.
                    result.message =
                        tr("Written. The check for other writers could not run: %1").arg(e.message);
                    finish(job, result);
                    return;
                }
                QList<QByteArray> reverted;
                for (qsizetype i = 0; i < plan.expectations.size(); ++i) {
                    const WritePlan::Expectation& x = plan.expectations.at(i);
                    const redis::Reply& got = r.at(i);
                    const bool ok = x.field.isEmpty()
                        ? got.integer() == 0
                        : (x.value ? got.isString() && got.bytes() == *x.value : got.isNil());
                    if (!ok)
                        reverted.append(x.redisKey + ' ' + x.field);
                }
                if (!reverted.isEmpty()) {
                    result.status = WriteStatus::Reverted;
                    result.revertedFields = reverted;
                    result.message =
                        tr("Written, but another writer changed it back right after (%1). The live service "
                           "rewrites a key on every request it serves; try again when the key is idle.")
                            .arg(QString::fromUtf8(reverted.join(", ")));
                }
                finish(job, result);
            });
    });
}

void KeyWriter::finish(const JobPtr& job, WriteResult result)
{
    result.attempts = job->attempt;
    if (m_target.audit) {
        const QString status = WriteResult::statusName(result.status);
        QList<support::AuditEntry> entries = job->plan ? job->plan->audit : QList<support::AuditEntry>();
        if (entries.isEmpty() && result.status != WriteStatus::Ok) {
            // Nothing was planned: record the attempt and why it stopped.
            support::AuditEntry e;
            e.time = support::Clock::currentDateTimeUtc();
            e.operatorName = m_target.operatorName;
            e.profile = m_target.profile;
            e.operation = job->operation;
            e.keyId = QString::fromUtf8(job->ids.join(','));
            entries.append(e);
        }
        for (support::AuditEntry& e : entries) {
            e.result = status;
            if (result.status != WriteStatus::Ok)
                e.message = result.message;
            m_target.audit->append(e);
        }
    }
    if (job->callback)
        job->callback(result);
}

void KeyWriter::stop(const QString& operation, const WriteResult& result, const Callback& callback)
{
    auto job = std::make_shared<Job>();
    job->operation = operation;
    job->callback = callback;
    finish(job, result);
}

// --- operations ---------------------------------------------------------------------------------------

void KeyWriter::create(const ApiKey& settings, Callback callback)
{
    createBatch(settings, QString(), 1, std::move(callback));
}

void KeyWriter::createBatch(const ApiKey& settings, const QString& baseName, int count, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->operation = count > 1 ? u"batch-create"_s : u"create"_s;
    job->callback = std::move(callback);
    if (m_target.service.encryptionKey.isEmpty()) {
        finish(job,
               WriteResult::failure(
                   WriteStatus::Refused,
                   tr("Creating a key needs the service's ENCRYPTION_KEY: the stored value is a "
                      "hash of the key and it. Set it in the profile.")));
        return;
    }
    if (count > 1 || !baseName.isEmpty()) {
        const QList<ValidationIssue> issues = KeyValidator::validateBatchCreate(baseName, count);
        if (KeyValidator::hasErrors(issues)) {
            WriteResult r = WriteResult::failure(WriteStatus::Rejected, issues.first().message);
            r.issues = issues;
            finish(job, r);
            return;
        }
    }
    QList<QByteArray> plaintexts;
    QList<QByteArray> hashes;
    QList<QString> names;
    for (int i = 0; i < count; ++i) {
        const QByteArray plaintext = generatePlaintextKey(m_target.service.apiKeyPrefix);
        if (plaintext.isEmpty()) {
            finish(job,
                   WriteResult::failure(WriteStatus::Failed,
                                        tr("The system's random generator failed; no key "
                                           "was created.")));
            return;
        }
        plaintexts.append(plaintext);
        hashes.append(storedKeyHash(plaintext, m_target.service.encryptionKey));
        job->ids.append(QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toLower());
        names.append(baseName.isEmpty() ? settings.name() : baseName + u'_' + QString::number(i + 1));
    }
    // The ids by value, not the job: a job holding a lambda that holds the job never died, and kept
    // every plaintext key of every create in memory (found by LeakSanitizer).
    job->decide = [this, ids = job->ids, settings, plaintexts, hashes, names](const QList<ApiKey>& current,
                                                                              const QHash<QString, qint64>&) {
        for (const ApiKey& k : current)
            if (!k.isEmpty())
                return KeyOperations::PlanOrError(WriteResult::failure(
                    WriteStatus::Failed, tr("A new key id is already taken; nothing was written.")));
        const KeyOperations::Context c = context();
        QList<ApiKey> keys;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            ApiKey s = settings;
            s.setName(names.at(i));
            keys.append(KeyOperations::newKey(s, ids.at(i), hashes.at(i), c));
        }
        return KeyOperations::create(keys, plaintexts, c);
    };
    run(job);
}

void KeyWriter::update(const QByteArray& id, const ApiKey& base, const ApiKey& edited, bool keepMine,
                       Callback callback)
{
    auto job = std::make_shared<Job>();
    job->operation = u"update"_s;
    job->ids = {id};
    job->callback = std::move(callback);
    job->decide = [this, id, base, edited, keepMine](const QList<ApiKey>& current,
                                                     const QHash<QString, qint64>& members) {
        return KeyOperations::update(id, current.first(), base, edited, keepMine, members, context());
    };
    run(job);
}

void KeyWriter::changeEach(const QString& operation, const QList<QByteArray>& ids,
                           std::function<std::optional<WriteResult>(const QByteArray& id, ApiKey& key)> edit,
                           Callback callback, bool touchUpdatedAt)
{
    auto job = std::make_shared<Job>();
    job->operation = operation;
    job->ids = ids;
    job->callback = std::move(callback);
    job->decide = [this, operation, ids, edit, touchUpdatedAt](const QList<ApiKey>& current,
                                                               const QHash<QString, qint64>& members) {
        const KeyOperations::Context c = context();
        WritePlan merged;
        QHash<QString, qint64> remaining = members;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            ApiKey after = current.at(i);
            if (!after.isEmpty() && !after.isDeleted())
                if (std::optional<WriteResult> refusal = edit(ids.at(i), after))
                    return KeyOperations::PlanOrError(*refusal);
            KeyOperations::PlanOrError one = KeyOperations::change(operation, ids.at(i), current.at(i), after,
                                                                   remaining, c, touchUpdatedAt);
            if (WriteResult* error = std::get_if<WriteResult>(&one))
                return KeyOperations::PlanOrError(*error);
            const WritePlan& p = std::get<WritePlan>(one);
            // Later keys see the tag sets as the earlier ones leave them.
            for (const QString& t : KeyIndex::tagsOf(current.at(i)))
                if (!KeyIndex::tagsOf(after).contains(t))
                    remaining[t] -= 1;
            merged.commands += p.commands;
            merged.expectations += p.expectations;
            merged.audit += p.audit;
            merged.result.keyIds += p.result.keyIds;
            merged.result.changedKeys += p.result.changedKeys;
        }
        return KeyOperations::PlanOrError(merged);
    };
    run(job);
}

void KeyWriter::setActive(const QList<QByteArray>& ids, bool active, Callback callback)
{
    changeEach(
        active ? u"enable"_s : u"disable"_s, ids,
        [active](const QByteArray&, ApiKey& key) -> std::optional<WriteResult> {
            key.setActive(active);
            return std::nullopt;
        },
        std::move(callback));
}

void KeyWriter::setExpiry(const QByteArray& id, const std::optional<QDateTime>& expiresAt, bool enable,
                          Callback callback)
{
    changeEach(
        u"set-expiry"_s, {id},
        [this, expiresAt, enable](const QByteArray&, ApiKey& key) -> std::optional<WriteResult> {
            key.setRaw(ApiKeyField::ExpiresAt, expiresAt ? KeyOperations::isoNow(*expiresAt) : QByteArray());
            if (expiresAt && !key.isActivated()) { // 11.9: a date activates a waiting key
                key.setRaw(ApiKeyField::IsActivated, "true");
                key.setRaw(ApiKeyField::ActivatedAt, KeyOperations::isoNow(context().now));
            }
            if (enable)
                key.setActive(true);
            return std::nullopt;
        },
        std::move(callback));
}

void KeyWriter::activate(const QByteArray& id, Callback callback)
{
    changeEach(
        u"activate"_s, {id},
        [this](const QByteArray&, ApiKey& key) -> std::optional<WriteResult> {
            if (key.text(ApiKeyField::ExpirationMode) != u"activation"_s || key.isActivated())
                return WriteResult::failure(WriteStatus::Refused,
                                            tr("\"%1\" is already activated or does not wait for its first "
                                               "use.")
                                                .arg(key.name()));
            const QDateTime now = context().now;
            // parseInt(activationDays || 30), in the key's own unit (the service counts days, B10).
            const double amount = key.serviceNumber(ApiKeyField::ActivationDays);
            const qint64 n = std::isfinite(amount) ? qint64(amount) : 30;
            const bool hours = key.text(ApiKeyField::ActivationUnit) == u"hours"_s;
            key.setRaw(ApiKeyField::IsActivated, "true");
            key.setRaw(ApiKeyField::ActivatedAt, KeyOperations::isoNow(now));
            key.setRaw(ApiKeyField::ExpiresAt,
                       KeyOperations::isoNow(now.addSecs(n * (hours ? 3600 : 86400))));
            return std::nullopt;
        },
        std::move(callback));
}

void KeyWriter::renew(const QByteArray& id, qint64 seconds, Callback callback)
{
    changeEach(
        u"renew"_s, {id},
        [this, seconds](const QByteArray&, ApiKey& key) -> std::optional<WriteResult> {
            const QDateTime now = context().now;
            const std::optional<QDateTime> current = key.serviceDate(ApiKeyField::ExpiresAt);
            const QDateTime from = current && *current > now ? *current : now;
            key.setRaw(ApiKeyField::ExpiresAt, KeyOperations::isoNow(from.addSecs(seconds)));
            if (!key.isActivated()) {
                key.setRaw(ApiKeyField::IsActivated, "true");
                key.setRaw(ApiKeyField::ActivatedAt, KeyOperations::isoNow(now));
            }
            return std::nullopt;
        },
        std::move(callback));
}

void KeyWriter::batchEdit(const QList<QByteArray>& ids, const BatchEdit& edit, Callback callback)
{
    changeEach(
        u"batch-edit"_s, ids,
        [edit](const QByteArray&, ApiKey& key) -> std::optional<WriteResult> {
            for (const auto& [field, value] : edit.set)
                key.setRaw(field, value);
            QStringList tags = key.serviceStringList(ApiKeyField::Tags);
            switch (edit.tagOperation) {
            case BatchEdit::TagOperation::Keep:
                return std::nullopt;
            case BatchEdit::TagOperation::Replace:
                tags = edit.tags;
                break;
            case BatchEdit::TagOperation::Add:
                for (const QString& t : edit.tags)
                    if (!tags.contains(t))
                        tags << t;
                break;
            case BatchEdit::TagOperation::Remove:
                for (const QString& t : edit.tags)
                    tags.removeAll(t);
                break;
            }
            key.setTags(tags);
            return std::nullopt;
        },
        std::move(callback));
}

void KeyWriter::regenerate(const QByteArray& id, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->operation = u"regenerate"_s;
    job->ids = {id};
    job->callback = std::move(callback);
    if (m_target.service.encryptionKey.isEmpty()) {
        finish(job,
               WriteResult::failure(WriteStatus::Refused,
                                    tr("Regenerating a key needs the service's "
                                       "ENCRYPTION_KEY. Set it in the profile.")));
        return;
    }
    const QByteArray plaintext = generatePlaintextKey(m_target.service.apiKeyPrefix);
    if (plaintext.isEmpty()) {
        finish(job,
               WriteResult::failure(WriteStatus::Failed,
                                    tr("The system's random generator failed; nothing was "
                                       "changed.")));
        return;
    }
    const QByteArray hash = storedKeyHash(plaintext, m_target.service.encryptionKey);
    job->decide = [this, id, plaintext, hash](const QList<ApiKey>& current, const QHash<QString, qint64>&) {
        return KeyOperations::regenerate(id, current.first(), plaintext, hash, context());
    };
    run(job);
}

void KeyWriter::softDelete(const QList<QByteArray>& ids, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->operation = u"delete"_s;
    job->ids = ids;
    job->callback = std::move(callback);
    job->decide = [this, ids](const QList<ApiKey>& current, const QHash<QString, qint64>&) {
        return KeyOperations::softDelete(ids, current, context());
    };
    run(job);
}

void KeyWriter::restore(const QList<QByteArray>& ids, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->operation = u"restore"_s;
    job->ids = ids;
    job->callback = std::move(callback);
    job->decide = [this, ids](const QList<ApiKey>& current, const QHash<QString, qint64>&) {
        return KeyOperations::restore(ids, current, context());
    };
    run(job);
}

} // namespace rka::relay
