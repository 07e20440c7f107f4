#pragma once

#include "redis/Connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rka::relay {

// What the health check can find (service-data-model.md section 17.3). The values and their ids
// (healthKindId) are stable: the CLI prints the ids and the repair issue keys on them.
enum class HealthFindingKind {
    // apikey:hash_map (sections 6, 18.5)
    HashMapEntryForMissingKey, // points at an id with no apikey:{id} hash (TTL expiry, hard delete)
    HashMapEntryForDeletedKey, // points at a soft-deleted key (B2, B23)
    HashMapEntryForOldSecret, // the id's key has another apiKey: a regenerated key's old secret (B3)
    KeyMissingFromHashMap, // a live key whose secret does not resolve
    // the apikey:{id} hash (sections 5, 11, 16)
    CommaJoinedPermissions, // B1
    LegacyPermissionString, // "all", "claude", ... (section 5.2 b)
    RevivedDeletedKey, // isDeleted "true" and isActive "true" (B5, B6)
    KeyWithoutTtl, // 11.17, 16 item 3
    BogusKeyHash, // only apiKey and updatedAt (B4)
    UndefinedBoolean, // "undefined" / "null" in a boolean field (B16)
    MalformedField, // any other value that does not match its encoding
    UnparseableExpiry, // expiresAt that new Date() cannot read: never expires (17.2)
    // leftovers (sections 8, 14.2, 14.8, 18.8)
    PurgedKeyLeftover, // usage:{id}, usage:{id}:model:* without apikey:{id} (B7)
    UsageIndexMemberOfPurgedKey, // usage:*:index:* members of such an id (B7, 1.1.314)
    UsageIndexBogusMember, // the member "index" added by 1.1.314's start-up migration (fixtures README 12)
    LegacyReverseRecord, // apikey_hash:{hash} (section 6)
    CostRankMemberWithoutKey, // cost_rank:* member of a hard-deleted key (section 8)
    MetricsMinuteWithoutTtl, // system:metrics:minute:* that never expires (B13)
    NonHashUnderApiKey, // breaks 1.1.235's key listing (B14)
    // the 1.1.263+ key index (section 18.6), checked only when apikey:index:version is "2"
    IndexMissingKey, // B25: invisible in the admin list
    IndexStaleMember, // B26: members of ids without a key, or an old name entry
    IndexStatusSetMismatch, // apikey:set:active / apikey:set:deleted disagree with the hash
    IndexTagSetMismatch, // apikey:tag:{t} disagrees with the key's tags
    TagsAllMismatch, // tags in use missing from apikey:tags:all
};

enum class HealthSeverity {
    Error, // breaks the service or security (a revoked secret that still authenticates, ...)
    Warning, // wrong data that the service misreads or that misleads an admin
    Info, // harmless leftovers; cleaning them up only saves memory or noise
};

// One problem, with the repair that would fix it. The check never runs the repair: the repair issue
// shows it as a preview and runs it on request.
struct HealthFinding
{
    HealthFindingKind kind = HealthFindingKind::MalformedField;
    HealthSeverity severity = HealthSeverity::Info;
    QByteArray keyId; // the API key concerned, when there is one
    QString keyName;
    QList<QByteArray> redisKeys; // the Redis keys involved
    QString explanation; // translated: what is wrong, what the service does with it
    QList<redis::Command> repair; // what would fix it; empty = no safe automatic repair
    QString repairNote; // translated: what the repair does, or why there is none

    bool hasRepair() const { return !repair.isEmpty(); }
};

struct HealthCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int repairable = 0;
    int keysChecked = 0;
    int total() const { return errors + warnings + infos; }
};

class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthText)

public:
    // A stable ASCII id, e.g. "hash-map-entry-for-deleted-key".
    static QLatin1StringView kindId(HealthFindingKind kind);
    // A short translated title.
    static QString kindTitle(HealthFindingKind kind);
    static QString severityName(HealthSeverity severity);
    static HealthCounts count(const QList<HealthFinding>& findings, int keysChecked);
    static QString summary(const HealthCounts& counts);
};

} // namespace rka::relay
