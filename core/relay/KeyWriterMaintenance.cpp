// KeyWriter's operations that span many keys or the whole database: permanent delete, clearing the
// trash, tag management and health-check repairs.

#include "KeyWriter.h"
#include "KeyWriterJob.h"

#include "KeyIndex.h"
#include "KeySchema.h"

#include "redis/Scanner.h"

using namespace Qt::StringLiterals;

namespace rka::relay {

void KeyWriter::purge(const QList<QByteArray>& ids, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->operation = u"purge"_s;
    job->ids = ids;
    job->callback = std::move(callback);
    auto dataKeys = std::make_shared<QList<QList<QByteArray>>>();
    auto indexMembers = std::make_shared<QList<QList<std::pair<QByteArray, QByteArray>>>>();
    // Every Redis key that names the id (usage, cost, records, limits, concurrency: 14.8), found with
    // SCAN, never KEYS; and the 1.1.314 usage index sets that list it (18.8).
    job->prepare = [this, ids, dataKeys, indexMembers](std::function<void(const redis::RedisError&)> done) {
        redis::ScanRequest request;
        for (const QByteArray& id : ids)
            request.patterns.append("*" + id + "*");
        request.patterns.append("usage:*index:*");
        redis::scanKeys(
            m_connection, request, this,
            [this, ids, dataKeys, indexMembers, done](const QList<QList<QByteArray>>& keys,
                                                      const redis::RedisError& error) {
                if (error) {
                    done(error);
                    return;
                }
                *dataKeys = keys.mid(0, ids.size());
                indexMembers->clear();
                indexMembers->resize(ids.size());
                const QList<QByteArray> indexSets = keys.last();
                if (indexSets.isEmpty()) {
                    done({});
                    return;
                }
                QList<redis::Command> reads;
                QList<std::pair<int, QByteArray>> asked; // (key index, set)
                for (int i = 0; i < ids.size(); ++i)
                    for (const QByteArray& set : indexSets) {
                        // keymodel sets hold "{id}:{model}", the others the id itself.
                        if (set.startsWith("usage:keymodel:"))
                            reads.append({"SSCAN", set, "0", "MATCH", ids.at(i) + ":*", "COUNT", "100000"});
                        else
                            reads.append({"SISMEMBER", set, ids.at(i)});
                        asked.append({i, set});
                    }
                m_connection.pipeline(reads, this,
                                      [ids, indexMembers, asked, done](const QList<redis::Reply>& r,
                                                                       const redis::RedisError& e) {
                                          if (e) {
                                              done(e);
                                              return;
                                          }
                                          for (qsizetype j = 0; j < r.size(); ++j) {
                                              const auto& [i, set] = asked.at(j);
                                              if (r.at(j).isInteger() && r.at(j).integer() == 1)
                                                  (*indexMembers)[i].append({set, ids.at(i)});
                                              else if (r.at(j).isArray() && r.at(j).size() == 2)
                                                  for (const redis::Reply& m : r.at(j).at(1).elements())
                                                      (*indexMembers)[i].append({set, m.bytes()});
                                          }
                                          done({});
                                      });
            });
    };
    job->decide = [this, ids, dataKeys, indexMembers](const QList<ApiKey>& current,
                                                      const QHash<QString, qint64>& members) {
        return KeyOperations::purge(ids, current, *dataKeys, *indexMembers, members, context());
    };
    run(job);
}

void KeyWriter::clearTrash(Callback callback)
{
    if (const std::optional<WriteResult> refused = refusal()) {
        stop(u"clear-trash"_s, *refused, callback);
        return;
    }
    redis::scanKeys(m_connection, {{"apikey:*"}, 20000}, this,
                    [this, callback](const QList<QList<QByteArray>>& keys, const redis::RedisError& error) {
                        if (error) {
                            stop(u"clear-trash"_s, nothingWritten(error), callback);
                            return;
                        }
                        QList<QByteArray> ids;
                        QList<redis::Command> reads;
                        for (const QByteArray& k : keys.first()) {
                            const QByteArray id = KeySchema::idFromApiKey(k);
                            if (!id.isEmpty()) {
                                ids.append(id);
                                reads.append({"HGET", k, "isDeleted"});
                            }
                        }
                        m_connection.pipeline(
                            reads, this,
                            [this, ids, callback](const QList<redis::Reply>& r, const redis::RedisError& e) {
                                if (e) {
                                    stop(u"clear-trash"_s, nothingWritten(e), callback);
                                    return;
                                }
                                QList<QByteArray> deleted;
                                for (qsizetype i = 0; i < r.size(); ++i)
                                    if (r.at(i).isString() && r.at(i).bytes() == "true")
                                        deleted.append(ids.at(i));
                                if (deleted.isEmpty()) {
                                    WriteResult ok;
                                    ok.message = tr("The trash is empty.");
                                    callback(ok);
                                    return;
                                }
                                purge(deleted, callback);
                            });
                    });
}

void KeyWriter::withTaggedKeys(const QString& tag,
                               std::function<void(const QList<QByteArray>&, const redis::RedisError&)> next)
{
    redis::scanKeys(m_connection, {{"apikey:*"}, 20000}, this,
                    [this, tag, next](const QList<QList<QByteArray>>& keys, const redis::RedisError& error) {
                        if (error) {
                            next({}, error);
                            return;
                        }
                        QList<QByteArray> ids;
                        QList<redis::Command> reads;
                        for (const QByteArray& k : keys.first()) {
                            const QByteArray id = KeySchema::idFromApiKey(k);
                            if (!id.isEmpty()) {
                                ids.append(id);
                                reads.append({"HMGET", k, "tags", "isDeleted"});
                            }
                        }
                        m_connection.pipeline(
                            reads, this,
                            [ids, tag, next](const QList<redis::Reply>& r, const redis::RedisError& e) {
                                QList<QByteArray> tagged;
                                for (qsizetype i = 0; !e && i < r.size(); ++i) {
                                    ApiKey probe;
                                    probe.setRaw(ApiKeyField::Tags, r.at(i).at(0).bytes());
                                    probe.setRaw(ApiKeyField::IsDeleted, r.at(i).at(1).bytes());
                                    if (probe.isDeleted())
                                        continue; // the service leaves deleted keys alone (18.7)
                                    for (const QString& t : probe.serviceStringList(ApiKeyField::Tags))
                                        if (t.trimmed() == tag.trimmed()) {
                                            tagged.append(ids.at(i));
                                            break;
                                        }
                                }
                                next(tagged, e);
                            });
                    });
}

void KeyWriter::renameTag(const QString& from, const QString& to, Callback callback)
{
    if (const std::optional<WriteResult> refused = refusal()) {
        stop(u"tag-rename"_s, *refused, callback);
        return;
    }
    const QList<ValidationIssue> issues = KeyValidator::validateTagName(to);
    if (KeyValidator::hasErrors(issues)) {
        WriteResult r = WriteResult::failure(WriteStatus::Rejected, issues.first().message);
        r.issues = issues;
        stop(u"tag-rename"_s, r, callback);
        return;
    }
    withTaggedKeys(from,
                   [this, from, to, callback](const QList<QByteArray>& ids, const redis::RedisError& error) {
                       if (error) {
                           stop(u"tag-rename"_s, nothingWritten(error), callback);
                           return;
                       }
                       if (ids.isEmpty()) {
                           stop(u"tag-rename"_s,
                                WriteResult::failure(WriteStatus::NotFound,
                                                     tr("No key carries the tag \"%1\".").arg(from)),
                                callback);
                           return;
                       }
                       changeEach(
                           u"tag-rename"_s, ids,
                           [from, to](const QByteArray&, ApiKey& key) -> std::optional<WriteResult> {
                               QStringList tags;
                               for (const QString& t : key.serviceStringList(ApiKeyField::Tags)) {
                                   const QString renamed = t.trimmed() == from.trimmed() ? to.trimmed() : t;
                                   if (!tags.contains(renamed))
                                       tags << renamed; // de-duplicated, as the service does (18.7)
                               }
                               key.setTags(tags);
                               return std::nullopt;
                           },
                           callback);
                   });
}

void KeyWriter::deleteTag(const QString& tag, Callback callback)
{
    if (const std::optional<WriteResult> refused = refusal()) {
        stop(u"tag-delete"_s, *refused, callback);
        return;
    }
    withTaggedKeys(tag, [this, tag, callback](const QList<QByteArray>& ids, const redis::RedisError& error) {
        if (error) {
            stop(u"tag-delete"_s, nothingWritten(error), callback);
            return;
        }
        if (ids.isEmpty()) {
            stop(u"tag-delete"_s,
                 WriteResult::failure(WriteStatus::NotFound, tr("No key carries the tag \"%1\".").arg(tag)),
                 callback);
            return;
        }
        changeEach(
            u"tag-delete"_s, ids,
            [tag](const QByteArray&, ApiKey& key) -> std::optional<WriteResult> {
                QStringList tags = key.serviceStringList(ApiKeyField::Tags);
                tags.removeIf([&tag](const QString& t) { return t.trimmed() == tag.trimmed(); });
                key.setTags(tags);
                return std::nullopt;
            },
            callback);
    });
}

void KeyWriter::repair(const QList<HealthFinding>& findings, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->operation = u"repair"_s;
    job->callback = std::move(callback);
    for (const HealthFinding& f : findings) {
        if (!f.hasRepair())
            continue;
        for (const QByteArray& k : f.redisKeys)
            if (!job->extraWatch.contains(k))
                job->extraWatch.append(k);
    }
    job->decide = [this, findings](const QList<ApiKey>&, const QHash<QString, qint64>&) {
        WritePlan plan;
        const KeyOperations::Context c = context();
        for (const HealthFinding& f : findings) {
            if (!f.hasRepair())
                continue;
            plan.commands += f.repair;
            support::AuditEntry e;
            e.time = c.now;
            e.operatorName = c.target.operatorName;
            e.profile = c.target.profile;
            e.operation = u"repair:"_s + HealthText::kindId(f.kind);
            e.keyId = QString::fromUtf8(f.keyId);
            e.keyName = f.keyName;
            e.message = tr("%n command(s)", nullptr, int(f.repair.size()));
            plan.audit.append(e);
            ++plan.result.changedKeys;
        }
        return KeyOperations::PlanOrError(plan);
    };
    run(job);
}

} // namespace rka::relay
