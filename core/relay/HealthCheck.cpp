#include "HealthCheck.h"

#include "KeySchema.h"

#include "redis/Scanner.h"

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

// SCAN patterns, in the order of m_scanned.
enum ScanSlot {
    ScanApiKey,
    ScanReverseRecord,
    ScanMetricsMinute,
    ScanUsageTotal,
    ScanUsageModel,
    ScanFirstKeyIndex, // usage:{daily,hourly}:index:*, usage:keymodel:{daily,hourly}:index:*
    ScanLastKeyIndex = ScanFirstKeyIndex + 3,
    ScanFirstModelIndex, // usage:model:{daily,hourly,monthly}:index:*
    ScanLastModelIndex = ScanFirstModelIndex + 2,
};

QList<QByteArray> scanPatterns()
{
    return {
        "apikey:*"_ba,
        "apikey_hash:*"_ba,
        "system:metrics:minute:*"_ba,
        // usage:{id} with a UUID id (the service's ids), so the other usage:* keys are not listed.
        "usage:\?\?\?\?\?\?\?\?-\?\?\?\?-\?\?\?\?-\?\?\?\?-\?\?\?\?\?\?\?\?\?\?\?\?"_ba,
        "usage:*:model:*"_ba,
        "usage:daily:index:*"_ba,
        "usage:hourly:index:*"_ba,
        "usage:keymodel:daily:index:*"_ba,
        "usage:keymodel:hourly:index:*"_ba,
        "usage:model:daily:index:*"_ba,
        "usage:model:hourly:index:*"_ba,
        "usage:model:monthly:index:*"_ba,
    };
}

QList<QByteArray> members(const redis::Reply& r)
{
    QList<QByteArray> out;
    if (!r.isArray())
        return out; // missing key, or WRONGTYPE: nothing to compare
    out.reserve(r.size());
    for (const redis::Reply& e : r.elements())
        out.append(e.bytes());
    return out;
}

RawHash pairs(const redis::Reply& r)
{
    RawHash out;
    if (!r.isArray())
        return out;
    for (qsizetype i = 0; i + 1 < r.size(); i += 2)
        out.append({r.at(i).bytes(), r.at(i + 1).bytes()});
    return out;
}

} // namespace

HealthCheck::HealthCheck(redis::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{ }

void HealthCheck::cancel()
{
    ++m_run;
    m_running = false;
}

void HealthCheck::fail(const redis::RedisError& error)
{
    ++m_run;
    m_running = false;
    emit finished(error);
}

void HealthCheck::start(QList<KeyEntry> keys, const ReleaseDetection& release,
                        const HealthCheckOptions& options)
{
    ++m_run;
    const quint64 run = m_run;
    m_running = true;
    m_keys = std::move(keys);
    m_release = release;
    m_snapshot = {};
    m_findings.clear();
    m_scanned.clear();
    m_firstStagePending = 2;

    redis::scanKeys(m_connection, {scanPatterns(), options.scanCount}, this,
                    [this, run](const QList<QList<QByteArray>>& found, const redis::RedisError& error) {
                        if (run != m_run)
                            return;
                        if (error) {
                            fail(error);
                            return;
                        }
                        m_scanned = found;
                        if (--m_firstStagePending == 0)
                            onFirstStage();
                    });

    QList<redis::Command> commands;
    commands.append({"HGETALL", KeySchema::HashMap.toByteArray()});
    for (const KeyEntry& e : std::as_const(m_keys))
        commands.append({"TTL", KeySchema::apiKey(e.id)});
    const QList<QByteArray> ranks = HealthKeys::costRankKeys();
    for (const QByteArray& rank : ranks)
        commands.append({"ZRANGE", rank, "0", "-1"});
    commands.append({"GET", KeySchema::IndexVersion.toByteArray()});
    // The index is read whatever the release: an absent key answers an empty list.
    const QList<QByteArray> indexSets = {KeySchema::IndexAll.toByteArray(),
                                         HealthKeys::IndexSetActive.toByteArray(),
                                         HealthKeys::IndexSetDeleted.toByteArray()};
    const QList<QByteArray> indexZsets = {HealthKeys::IndexCreatedAt.toByteArray(),
                                          HealthKeys::IndexLastUsedAt.toByteArray(),
                                          HealthKeys::IndexName.toByteArray()};
    for (const QByteArray& set : indexSets)
        commands.append({"SMEMBERS", set});
    commands.append({"SMEMBERS", KeySchema::TagsAll.toByteArray()});
    for (const QByteArray& zset : indexZsets)
        commands.append({"ZRANGE", zset, "0", "-1"});

    m_connection.pipeline(std::move(commands), this,
                          [this, run, ranks, indexSets, indexZsets](const QList<redis::Reply>& r,
                                                                    const redis::RedisError& error) {
                              if (run != m_run)
                                  return;
                              if (error) {
                                  fail(error);
                                  return;
                              }
                              qsizetype i = 0;
                              m_snapshot.hashMap = pairs(r.at(i++));
                              for (const KeyEntry& e : std::as_const(m_keys)) {
                                  const redis::Reply& ttl = r.at(i++);
                                  if (ttl.isInteger())
                                      m_snapshot.keyTtl.insert(e.id, ttl.integer());
                              }
                              for (const QByteArray& rank : ranks)
                                  m_snapshot.costRanks.insert(rank, members(r.at(i++)));
                              const redis::Reply& version = r.at(i++);
                              if (version.isString())
                                  m_snapshot.indexVersion = version.bytes();
                              for (const QByteArray& set : indexSets)
                                  m_snapshot.indexSets.insert(set, members(r.at(i++)));
                              m_snapshot.tagsAll = members(r.at(i++));
                              for (const QByteArray& zset : indexZsets)
                                  m_snapshot.indexZsets.insert(zset, members(r.at(i++)));
                              if (--m_firstStagePending == 0)
                                  onFirstStage();
                          });
}

void HealthCheck::onFirstStage()
{
    QSet<QByteArray> loaded;
    for (const KeyEntry& e : std::as_const(m_keys))
        loaded.insert(e.id);
    for (const QByteArray& name : m_scanned.at(ScanApiKey)) {
        const QByteArray id = KeySchema::idFromApiKey(name);
        if (!id.isEmpty())
            m_snapshot.apiKeyIds.insert(id);
        if ((id.isEmpty() || !loaded.contains(id)) && name != KeySchema::HashMap)
            m_snapshot.otherApiKeyTypes.insert(name, {});
    }
    m_snapshot.usageKeys = m_scanned.at(ScanUsageTotal) + m_scanned.at(ScanUsageModel);
    readSecondStage();
}

void HealthCheck::readSecondStage()
{
    // What each command of the pipeline fills in, so the replies can be matched in order.
    enum class Into { Type, TagSet, ReverseRecord, MetricsTtl, UsageIndex, ModelIndex };
    QList<std::pair<Into, QByteArray>> targets;
    QList<redis::Command> commands;
    for (auto it = m_snapshot.otherApiKeyTypes.cbegin(); it != m_snapshot.otherApiKeyTypes.cend(); ++it) {
        commands.append({"TYPE", it.key()});
        targets.append({Into::Type, it.key()});
        if (it.key().startsWith(HealthKeys::TagPrefix)) {
            commands.append({"SMEMBERS", it.key()});
            targets.append({Into::TagSet, it.key()});
        }
    }
    for (const QByteArray& k : m_scanned.at(ScanReverseRecord)) {
        commands.append({"HGETALL", k});
        targets.append({Into::ReverseRecord, k});
    }
    for (const QByteArray& k : m_scanned.at(ScanMetricsMinute)) {
        commands.append({"TTL", k});
        targets.append({Into::MetricsTtl, k});
    }
    for (int slot = ScanFirstKeyIndex; slot <= ScanLastKeyIndex; ++slot)
        for (const QByteArray& k : m_scanned.at(slot)) {
            commands.append({"SMEMBERS", k});
            targets.append({Into::UsageIndex, k});
        }
    for (int slot = ScanFirstModelIndex; slot <= ScanLastModelIndex; ++slot)
        for (const QByteArray& k : m_scanned.at(slot)) {
            commands.append({"SISMEMBER", k, "index"});
            targets.append({Into::ModelIndex, k});
        }
    m_scanned.clear();
    if (commands.isEmpty()) {
        finish();
        return;
    }
    const quint64 run = m_run;
    m_connection.pipeline(std::move(commands), this,
                          [this, run, targets](const QList<redis::Reply>& r, const redis::RedisError& error) {
                              if (run != m_run)
                                  return;
                              if (error) {
                                  fail(error);
                                  return;
                              }
                              for (qsizetype i = 0; i < targets.size(); ++i) {
                                  const auto& [into, key] = targets.at(i);
                                  const redis::Reply& reply = r.at(i);
                                  switch (into) {
                                  case Into::Type:
                                      m_snapshot.otherApiKeyTypes[key] = reply.bytes();
                                      break;
                                  case Into::TagSet:
                                      m_snapshot.indexSets.insert(key, members(reply));
                                      break;
                                  case Into::ReverseRecord:
                                      if (reply.isArray() && reply.size() > 0)
                                          m_snapshot.reverseRecords.insert(key, pairs(reply));
                                      break;
                                  case Into::MetricsTtl:
                                      if (reply.isInteger())
                                          m_snapshot.metricsTtl.insert(key, reply.integer());
                                      break;
                                  case Into::UsageIndex:
                                      m_snapshot.usageIndexSets.insert(key, members(reply));
                                      break;
                                  case Into::ModelIndex:
                                      if (reply.isInteger() && reply.integer() == 1)
                                          m_snapshot.modelIndexSetsWithBogusMember.append(key);
                                      break;
                                  }
                              }
                              finish();
                          });
}

void HealthCheck::finish()
{
    m_findings = analyseHealth(m_keys, m_release, m_snapshot);
    m_running = false;
    emit finished({});
}

} // namespace rka::relay
