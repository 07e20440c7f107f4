#pragma once

#include "HealthFinding.h"
#include "KeyListReader.h"
#include "ServiceRelease.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

namespace rka::relay {

// Everything the health check read from Redis besides the key hashes. HealthCheck fills it in a
// fixed number of round trips; analyseHealth() turns it into findings without touching Redis.
struct HealthSnapshot
{
    QSet<QByteArray> apiKeyIds; // ids of every `apikey:{id}` name SCAN saw, whatever its type
    QMap<QByteArray, QByteArray> otherApiKeyTypes; // other names under apikey: -> TYPE
    RawHash hashMap; // apikey:hash_map, field (stored hash) -> id
    QHash<QByteArray, qint64> keyTtl; // id -> TTL of apikey:{id} in seconds (-1 = none)
    QMap<QByteArray, RawHash> reverseRecords; // apikey_hash:{hash} -> fields
    QMap<QByteArray, qint64> metricsTtl; // system:metrics:minute:* -> TTL
    QList<QByteArray> usageKeys; // usage:{uuid} and usage:{id}:model:* names
    QMap<QByteArray, QList<QByteArray>> costRanks; // cost_rank:{range} -> members
    std::optional<QByteArray> indexVersion; // apikey:index:version
    QMap<QByteArray, QList<QByteArray>> indexSets; // apikey:idx:all, apikey:set:*, apikey:tag:* -> members
    QMap<QByteArray, QList<QByteArray>> indexZsets; // apikey:idx:{createdAt,lastUsedAt,name} -> members
    QList<QByteArray> tagsAll; // apikey:tags:all
    QMap<QByteArray, QList<QByteArray>> usageIndexSets; // usage:{daily,hourly}:index:* and keymodel
    QList<QByteArray> modelIndexSetsWithBogusMember; // usage:model:*:index:* holding "index"
};

// Names the health check reads (service-data-model.md sections 8, 14, 18.6, 18.8).
namespace HealthKeys {
inline constexpr QByteArrayView IndexSetActive = "apikey:set:active";
inline constexpr QByteArrayView IndexSetDeleted = "apikey:set:deleted";
inline constexpr QByteArrayView IndexCreatedAt = "apikey:idx:createdAt";
inline constexpr QByteArrayView IndexLastUsedAt = "apikey:idx:lastUsedAt";
inline constexpr QByteArrayView IndexName = "apikey:idx:name";
inline constexpr QByteArrayView TagPrefix = "apikey:tag:";
inline constexpr QByteArrayView ReverseRecordPrefix = "apikey_hash:";
inline constexpr QByteArrayView MetricsMinutePrefix = "system:metrics:minute:";
inline constexpr qint64 MetricsMinuteRepairTtl = 600; // what 1.1.314 sets (section 18.8)
QList<QByteArray> costRankKeys(); // cost_rank:{today,7days,30days,all}
// The id of a per-key usage key the permanent delete leaves behind (`usage:{uuid}` or
// `usage:{id}:model:{daily|monthly|hourly|alltime}:{model}[:{date}[:{HH}]]`, model names parsed
// from the right, section 14.2); empty for any other key.
QByteArray leftoverUsageKeyId(QByteArrayView key);
bool isUuid(QByteArrayView text);
// The member of apikey:idx:name for a key: lower-cased name, NUL, id (section 18.6).
QByteArray nameIndexMember(const ApiKey& key, QByteArrayView id);
QByteArray idOfNameMember(const QByteArray& member);
// B4: a hash holding only apiKey and updatedAt (section 11.14).
bool isBogusKey(const ApiKey& key);
// The commands that take `id` out of every key-index container it is in; `touched` gets their names.
QList<redis::Command> indexRemoval(const HealthSnapshot& s, const QByteArray& id, QList<QByteArray>* touched);
} // namespace HealthKeys

// The key-index part (HealthIndexCheck.cpp); analyseHealth calls it when the index is complete.
QList<HealthFinding> analyseKeyIndex(const QList<KeyEntry>& keys, const HealthSnapshot& snapshot);

QList<HealthFinding> analyseHealth(const QList<KeyEntry>& keys, const ReleaseDetection& release,
                                   const HealthSnapshot& snapshot);

} // namespace rka::relay
