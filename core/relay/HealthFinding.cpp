#include "HealthFinding.h"

using namespace Qt::StringLiterals;

namespace rka::relay {

QLatin1StringView HealthText::kindId(HealthFindingKind kind)
{
    switch (kind) {
    case HealthFindingKind::HashMapEntryForMissingKey:
        return "hash-map-entry-for-missing-key"_L1;
    case HealthFindingKind::HashMapEntryForDeletedKey:
        return "hash-map-entry-for-deleted-key"_L1;
    case HealthFindingKind::HashMapEntryForOldSecret:
        return "hash-map-entry-for-old-secret"_L1;
    case HealthFindingKind::KeyMissingFromHashMap:
        return "key-missing-from-hash-map"_L1;
    case HealthFindingKind::CommaJoinedPermissions:
        return "comma-joined-permissions"_L1;
    case HealthFindingKind::LegacyPermissionString:
        return "legacy-permission-string"_L1;
    case HealthFindingKind::RevivedDeletedKey:
        return "revived-deleted-key"_L1;
    case HealthFindingKind::KeyWithoutTtl:
        return "key-without-ttl"_L1;
    case HealthFindingKind::BogusKeyHash:
        return "bogus-key-hash"_L1;
    case HealthFindingKind::UndefinedBoolean:
        return "undefined-boolean"_L1;
    case HealthFindingKind::MalformedField:
        return "malformed-field"_L1;
    case HealthFindingKind::UnparseableExpiry:
        return "unparseable-expiry"_L1;
    case HealthFindingKind::PurgedKeyLeftover:
        return "purged-key-leftover"_L1;
    case HealthFindingKind::UsageIndexMemberOfPurgedKey:
        return "usage-index-member-of-purged-key"_L1;
    case HealthFindingKind::UsageIndexBogusMember:
        return "usage-index-bogus-member"_L1;
    case HealthFindingKind::LegacyReverseRecord:
        return "legacy-reverse-record"_L1;
    case HealthFindingKind::CostRankMemberWithoutKey:
        return "cost-rank-member-without-key"_L1;
    case HealthFindingKind::MetricsMinuteWithoutTtl:
        return "metrics-minute-without-ttl"_L1;
    case HealthFindingKind::NonHashUnderApiKey:
        return "non-hash-under-apikey"_L1;
    case HealthFindingKind::IndexMissingKey:
        return "index-missing-key"_L1;
    case HealthFindingKind::IndexStaleMember:
        return "index-stale-member"_L1;
    case HealthFindingKind::IndexStatusSetMismatch:
        return "index-status-set-mismatch"_L1;
    case HealthFindingKind::IndexTagSetMismatch:
        return "index-tag-set-mismatch"_L1;
    case HealthFindingKind::TagsAllMismatch:
        return "tags-all-mismatch"_L1;
    }
    return {};
}

QString HealthText::kindTitle(HealthFindingKind kind)
{
    switch (kind) {
    case HealthFindingKind::HashMapEntryForMissingKey:
        return tr("Hash map entry for a key that no longer exists");
    case HealthFindingKind::HashMapEntryForDeletedKey:
        return tr("Hash map entry for a deleted key");
    case HealthFindingKind::HashMapEntryForOldSecret:
        return tr("Old secret of a regenerated key still resolves");
    case HealthFindingKind::KeyMissingFromHashMap:
        return tr("Key missing from the hash map");
    case HealthFindingKind::CommaJoinedPermissions:
        return tr("Comma-joined permissions");
    case HealthFindingKind::LegacyPermissionString:
        return tr("Legacy permissions text");
    case HealthFindingKind::RevivedDeletedKey:
        return tr("Deleted key that is active again");
    case HealthFindingKind::KeyWithoutTtl:
        return tr("Key without expiry time in Redis");
    case HealthFindingKind::BogusKeyHash:
        return tr("Bogus key record");
    case HealthFindingKind::UndefinedBoolean:
        return tr("\"undefined\" or \"null\" in a yes/no field");
    case HealthFindingKind::MalformedField:
        return tr("Malformed field");
    case HealthFindingKind::UnparseableExpiry:
        return tr("Unreadable expiry date");
    case HealthFindingKind::PurgedKeyLeftover:
        return tr("Usage data of a permanently deleted key");
    case HealthFindingKind::UsageIndexMemberOfPurgedKey:
        return tr("Usage index entries of a permanently deleted key");
    case HealthFindingKind::UsageIndexBogusMember:
        return tr("Bogus \"index\" member in usage indexes");
    case HealthFindingKind::LegacyReverseRecord:
        return tr("Legacy reverse record (apikey_hash)");
    case HealthFindingKind::CostRankMemberWithoutKey:
        return tr("Cost ranking entry without a key");
    case HealthFindingKind::MetricsMinuteWithoutTtl:
        return tr("Per-minute metrics that never expire");
    case HealthFindingKind::NonHashUnderApiKey:
        return tr("Non-hash key under apikey:");
    case HealthFindingKind::IndexMissingKey:
        return tr("Key missing from the key index");
    case HealthFindingKind::IndexStaleMember:
        return tr("Stale key index entry");
    case HealthFindingKind::IndexStatusSetMismatch:
        return tr("Key index status sets disagree with the key");
    case HealthFindingKind::IndexTagSetMismatch:
        return tr("Key index tag sets disagree with the key");
    case HealthFindingKind::TagsAllMismatch:
        return tr("Tags missing from the global tag list");
    }
    return {};
}

QString HealthText::severityName(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Error:
        return tr("Error");
    case HealthSeverity::Warning:
        return tr("Warning");
    case HealthSeverity::Info:
        return tr("Note");
    }
    return {};
}

HealthCounts HealthText::count(const QList<HealthFinding>& findings, int keysChecked)
{
    HealthCounts c;
    c.keysChecked = keysChecked;
    for (const HealthFinding& f : findings) {
        switch (f.severity) {
        case HealthSeverity::Error:
            ++c.errors;
            break;
        case HealthSeverity::Warning:
            ++c.warnings;
            break;
        case HealthSeverity::Info:
            ++c.infos;
            break;
        }
        if (f.hasRepair())
            ++c.repairable;
    }
    return c;
}

QString HealthText::summary(const HealthCounts& c)
{
    if (c.total() == 0)
        return tr("%n key(s) checked: no problems found.", nullptr, c.keysChecked);
    //: %1 = "N key(s) checked", %2 = errors, %3 = warnings, %4 = notes, %5 = repairable findings
    return tr("%1: %2 error(s), %3 warning(s), %4 note(s); %5 can be repaired automatically.")
        .arg(tr("%n key(s) checked", nullptr, c.keysChecked))
        .arg(c.errors)
        .arg(c.warnings)
        .arg(c.infos)
        .arg(c.repairable);
}

} // namespace rka::relay
