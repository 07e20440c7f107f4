#include "HealthAnalysis.h"

#include "FieldEncoding.h"
#include "KeyHash.h"
#include "KeySchema.h"
#include "ServiceConstants.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace HealthKeys {

QList<QByteArray> costRankKeys()
{
    return {"cost_rank:today"_ba, "cost_rank:7days"_ba, "cost_rank:30days"_ba, "cost_rank:all"_ba};
}

bool isUuid(QByteArrayView t)
{
    if (t.size() != 36)
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

namespace {
bool isDigits(QByteArrayView t)
{
    return !t.isEmpty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}
// "YYYY-MM-DD" (n = 10) or "YYYY-MM" (n = 7)
bool isDateShape(QByteArrayView t, qsizetype n)
{
    if (t.size() != n || t.at(4) != '-' || !isDigits(t.first(4)) || !isDigits(t.sliced(5, 2)))
        return false;
    return n == 7 || (t.at(7) == '-' && isDigits(t.sliced(8, 2)));
}
// Strips ":{suffix}" of `n` characters from the right; empty when the shape does not match.
QByteArrayView dropSuffix(QByteArrayView t, qsizetype n, bool (*ok)(QByteArrayView))
{
    if (t.size() < n + 2 || t.at(t.size() - n - 1) != ':' || !ok(t.last(n)))
        return {};
    return t.first(t.size() - n - 1);
}
} // namespace

QByteArray leftoverUsageKeyId(QByteArrayView key)
{
    if (!key.startsWith("usage:"))
        return {};
    const QByteArrayView rest = key.sliced(6);
    if (isUuid(rest))
        return rest.toByteArray(); // usage:{id}, the lifetime totals
    const qsizetype colon = rest.indexOf(':');
    if (colon <= 0 || !rest.sliced(colon).startsWith(":model:"))
        return {};
    const QByteArrayView id = rest.first(colon);
    QByteArrayView tail = rest.sliced(colon + 7); // {period}:{model}...
    const qsizetype periodEnd = tail.indexOf(':');
    if (periodEnd <= 0)
        return {};
    const QByteArrayView period = tail.first(periodEnd);
    QByteArrayView model = tail.sliced(periodEnd + 1);
    // Model names may contain ':' and '[1m]', so the date parts come off the right (section 14.2).
    if (period == "daily") {
        model = dropSuffix(model, 10, [](QByteArrayView d) { return isDateShape(d, 10); });
    } else if (period == "monthly") {
        model = dropSuffix(model, 7, [](QByteArrayView d) { return isDateShape(d, 7); });
    } else if (period == "hourly") {
        model = dropSuffix(model, 2, [](QByteArrayView h) { return isDigits(h); });
        model = dropSuffix(model, 10, [](QByteArrayView d) { return isDateShape(d, 10); });
    } else if (period != "alltime") {
        return {};
    }
    if (model.isEmpty())
        return {};
    return id.toByteArray();
}

QByteArray nameIndexMember(const ApiKey& key, QByteArrayView id)
{
    QByteArray member = key.name().toLower().toUtf8();
    member.append('\0');
    member.append(id);
    return member;
}

bool isBogusKey(const ApiKey& key)
{
    // B4: regenerate of a missing id writes only these two fields (section 11.14).
    if (!key.has(ApiKeyField::KeyHash))
        return false;
    for (qsizetype i = 0; i < key.fieldCount(); ++i) {
        if (key.fieldName(i) != "apiKey" && key.fieldName(i) != "updatedAt")
            return false;
    }
    return true;
}

QByteArray idOfNameMember(const QByteArray& member)
{
    const qsizetype nul = member.lastIndexOf('\0');
    return nul < 0 ? QByteArray() : member.sliced(nul + 1);
}

QList<redis::Command> indexRemoval(const HealthSnapshot& s, const QByteArray& id, QList<QByteArray>* touched)
{
    // As removeFromIndex does it (section 18.6).
    QList<redis::Command> out;
    for (auto it = s.indexSets.begin(); it != s.indexSets.end(); ++it)
        if (it.value().contains(id)) {
            out.append({"SREM", it.key(), id});
            touched->append(it.key());
        }
    for (auto it = s.indexZsets.begin(); it != s.indexZsets.end(); ++it)
        for (const QByteArray& m : it.value())
            if (it.key() == IndexName ? idOfNameMember(m) == id : m == id) {
                out.append({"ZREM", it.key(), m});
                touched->append(it.key());
            }
    return out;
}

} // namespace HealthKeys

namespace {

QString keyText(QByteArrayView key)
{
    return QString::fromUtf8(key);
}

QString keyList(const QList<QByteArray>& keys, int max = 6)
{
    QStringList out;
    for (qsizetype i = 0; i < keys.size() && i < max; ++i)
        out << QString::fromUtf8(keys.at(i)).replace(QChar(0), u"\\0"_s);
    if (keys.size() > max)
        out << u"…"_s;
    return out.join(u", "_s);
}

void dedupe(QList<QByteArray>& list)
{
    QList<QByteArray> out;
    for (const QByteArray& item : std::as_const(list))
        if (!out.contains(item))
            out.append(item);
    list = out;
}

} // namespace

// The checks, one function each; findings are appended in a fixed order, ids sorted.
class HealthAnalyser
{
    Q_DECLARE_TR_FUNCTIONS(HealthAnalyser)

public:
    HealthAnalyser(const QList<KeyEntry>& keys, const ReleaseDetection& release, const HealthSnapshot& s)
        : m_keyList(keys)
        , m_release(release)
        , m_s(s)
    {
        for (const KeyEntry& e : keys)
            m_keys.insert(e.id, &e);
        m_ids = m_keys.keys();
        std::sort(m_ids.begin(), m_ids.end());
        for (const auto& [field, id] : s.hashMap)
            m_hashMap.insert(field, id);
        m_indexed = release.hasKeyIndex() && s.indexVersion && s.indexVersion->trimmed() == "2";
    }

    QList<HealthFinding> run()
    {
        for (const QByteArray& id : std::as_const(m_ids))
            checkKey(*m_keys.value(id));
        checkHashMap();
        checkReverseRecords();
        checkNonHashUnderApiKey();
        checkPurgedLeftovers();
        checkUsageIndexes();
        checkCostRanks();
        checkMetrics();
        if (m_indexed)
            m_out += analyseKeyIndex(m_keyList, m_s);
        return m_out;
    }

private:
    HealthFinding make(HealthFindingKind kind, HealthSeverity severity, const KeyEntry* e = nullptr)
    {
        HealthFinding f;
        f.kind = kind;
        f.severity = severity;
        if (e) {
            f.keyId = e->id;
            f.keyName = e->key.name();
            f.redisKeys << KeySchema::apiKey(e->id);
        }
        return f;
    }
    void add(HealthFinding f) { m_out.append(std::move(f)); }
    // A key hash that exists and is a real key (not the B4 bogus record).
    const KeyEntry* liveKey(const QByteArray& id) const
    {
        const KeyEntry* e = m_keys.value(id);
        return e && !HealthKeys::isBogusKey(e->key) ? e : nullptr;
    }
    bool keyExists(const QByteArray& id) const { return m_s.apiKeyIds.contains(id) || m_keys.contains(id); }
    bool is314Hashmap() const { return m_release.model >= DataModel::Release1_1_263; }

    void checkKey(const KeyEntry& e)
    {
        const ApiKey& k = e.key;
        const QByteArray hashKey = KeySchema::apiKey(e.id);
        if (HealthKeys::isBogusKey(k)) {
            checkBogus(e);
            return;
        }
        if (k.raw(ApiKeyField::IsDeleted) == "true" && k.raw(ApiKeyField::IsActive) == "true") {
            HealthFinding f = make(HealthFindingKind::RevivedDeletedKey, HealthSeverity::Error, &e);
            f.explanation =
                tr("The key is marked deleted but also active, so it authenticates again%1. The "
                   "service revives deleted keys when any update or a stale whole-hash write sets "
                   "isActive (data model 16 items 1-2).")
                    .arg(is314Hashmap() ? tr(" once the service restarts and re-adds its hash map "
                                             "entry")
                                        : QString());
            f.repair = {{"HSET", hashKey, "isActive", "false"}};
            f.repairNote = tr("Sets isActive to false, as a soft delete leaves it. To bring the key back, "
                              "restore it instead.");
            add(std::move(f));
        }
        checkPermissions(e);
        checkBooleans(e);
        const std::optional<QByteArray> expires = k.raw(ApiKeyField::ExpiresAt);
        const bool badExpiry = expires && !expires->isEmpty() && !k.serviceDate(ApiKeyField::ExpiresAt);
        if (badExpiry) {
            HealthFinding f = make(HealthFindingKind::UnparseableExpiry, HealthSeverity::Warning, &e);
            f.explanation = tr("expiresAt holds \"%1\", which is not a date. The service compares it as an "
                               "invalid date, so the key never expires (data model 17.2).")
                                .arg(ApiKeyCodec::preview(*expires));
            f.repairNote = tr("No automatic repair: only you know the intended date. Set the expiry in the "
                              "key editor.");
            add(std::move(f));
        }
        QStringList malformed;
        for (const MalformedField& m : e.malformed) {
            if (m.field == "expiresAt" && badExpiry)
                continue;
            const std::optional<QByteArray> v = k.raw(m.field);
            if (m.reason == MalformedReason::NotBoolean && v && (*v == "undefined" || *v == "null"))
                continue; // UndefinedBoolean
            malformed << u"%1 (%2: %3)"_s.arg(QString::fromUtf8(m.field), m.message, m.rawPreview);
        }
        if (!malformed.isEmpty()) {
            HealthFinding f = make(HealthFindingKind::MalformedField, HealthSeverity::Warning, &e);
            f.explanation = tr("Fields whose stored value does not match the service's encoding: %1.")
                                .arg(malformed.join(u"; "_s));
            f.repairNote = tr("No automatic repair: the intended values are unknown. Correct them in the key "
                              "editor.");
            add(std::move(f));
        }
        const qint64 ttl = m_s.keyTtl.value(e.id, -2);
        if (ttl == -1) {
            HealthFinding f = make(HealthFindingKind::KeyWithoutTtl, HealthSeverity::Info, &e);
            f.explanation = tr("The key hash has no expiry time. Every save by the service re-arms a 365-day "
                               "expiry; imports and interrupted saves leave none (data model 11.17, 16 item "
                               "3).");
            f.repair = {{"EXPIRE", hashKey, QByteArray::number(ServiceConstants::ApiKeyTtl)}};
            f.repairNote = tr("Sets the 365-day expiry the service's next save would set.");
            add(std::move(f));
        }
        const QByteArray secret = k.keyHash();
        if (!k.isDeleted() && isStoredKeyHashShape(secret) && m_hashMap.value(secret) != e.id) {
            HealthFinding f = make(HealthFindingKind::KeyMissingFromHashMap, HealthSeverity::Warning, &e);
            f.redisKeys << KeySchema::HashMap.toByteArray();
            const QByteArray other = m_hashMap.value(secret);
            if (other.isEmpty()) {
                f.explanation = tr("apikey:hash_map has no entry for this key's secret, so requests with the "
                                   "key are refused as \"API key not found\" although it looks usable.");
                f.repair = {{"HSET", KeySchema::HashMap.toByteArray(), secret, e.id}};
                f.repairNote = tr("Adds the hash map entry that create and update write.");
            } else {
                f.explanation = tr("The key's secret maps to another key (%1) in apikey:hash_map: two keys "
                                   "share one secret.")
                                    .arg(keyText(other));
                f.repairNote = tr("No automatic repair: decide which key owns the secret and regenerate the "
                                  "other.");
            }
            add(std::move(f));
        }
    }

    void checkBogus(const KeyEntry& e)
    {
        HealthFinding f = make(HealthFindingKind::BogusKeyHash, HealthSeverity::Warning, &e);
        f.explanation = tr("This key hash holds only apiKey and updatedAt. The service's regenerate creates "
                           "such records for ids that do not exist (data model 11.14, B4); it has no name "
                           "and cannot authenticate.");
        const QByteArray hashKey = KeySchema::apiKey(e.id);
        f.repair = {{"DEL", hashKey}};
        for (const auto& [field, id] : m_s.hashMap)
            if (id == e.id) {
                f.repair.append({"HDEL", KeySchema::HashMap.toByteArray(), field});
                f.redisKeys << KeySchema::HashMap.toByteArray();
            }
        for (auto it = m_s.costRanks.begin(); it != m_s.costRanks.end(); ++it)
            if (it.value().contains(e.id)) {
                f.repair.append({"ZREM", it.key(), e.id});
                f.redisKeys << it.key();
            }
        if (m_indexed)
            f.repair += HealthKeys::indexRemoval(m_s, e.id, &f.redisKeys);
        dedupe(f.redisKeys);
        f.repairNote = tr("Deletes the record and every map, ranking and index entry pointing at it.");
        add(std::move(f));
    }

    void checkPermissions(const KeyEntry& e)
    {
        const QByteArray raw = e.key.raw(ApiKeyField::Permissions).value_or(QByteArray());
        const PermissionsForm form = e.key.permissionsForm();
        QStringList services;
        HealthFinding f;
        if (form == PermissionsForm::CommaJoined) {
            for (const QByteArray& part : raw.split(','))
                if (!part.trimmed().isEmpty())
                    services << QString::fromUtf8(part.trimmed());
            // 1.1.262+ readers split the string; 1.1.235 reads it as one unknown service (17.1 B1).
            const bool broken = m_release.model < DataModel::Release1_1_262;
            f = make(HealthFindingKind::CommaJoinedPermissions,
                     broken ? HealthSeverity::Error : HealthSeverity::Info, &e);
            f.explanation = broken
                ? tr("permissions is stored as \"%1\", the comma-joined form of 1.1.235's update bug. "
                     "This release reads it as one unknown service, so the key can use no service at "
                     "all (data model 5.2 b).")
                      .arg(QString::fromUtf8(raw))
                : tr("permissions is stored as \"%1\", the comma-joined form of 1.1.235's update bug. "
                     "This release splits it when reading, but older releases would lock the key out "
                     "(data model 5.2 b).")
                      .arg(QString::fromUtf8(raw));
        } else if (form == PermissionsForm::All || form == PermissionsForm::SingleName) {
            if (form == PermissionsForm::SingleName) // "all" is the empty array (5.2 b)
                services << QString::fromUtf8(raw);
            f = make(HealthFindingKind::LegacyPermissionString, HealthSeverity::Info, &e);
            f.explanation =
                tr("permissions is stored as the legacy text \"%1\". The service still reads it "
                   "(\"all\" = every service), but new data uses a JSON array (data model 5.2 b).")
                    .arg(QString::fromUtf8(raw));
        } else {
            return;
        }
        const QByteArray json = FieldEncoding::encodeStringArray(services);
        f.repair = {{"HSET", KeySchema::apiKey(e.id), "permissions", json}};
        f.repairNote = tr("Stores the same services as the JSON array %1.").arg(QString::fromUtf8(json));
        add(std::move(f));
    }

    void checkBooleans(const KeyEntry& e)
    {
        QList<QByteArray> fields;
        redis::Command hset {"HSET", KeySchema::apiKey(e.id)};
        for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs()) {
            if (spec.kind != FieldKind::Boolean)
                continue;
            const std::optional<QByteArray> v = e.key.raw(spec.field);
            if (!v || (*v != "undefined" && *v != "null"))
                continue;
            fields << QByteArray(spec.name.data(), spec.name.size());
            // Keep what the service makes of the value, so the repair changes no behaviour (1.3).
            hset << fields.last() << FieldEncoding::encodeBoolean(e.key.serviceBoolean(spec.field));
        }
        if (fields.isEmpty())
            return;
        HealthFinding f = make(HealthFindingKind::UndefinedBoolean, HealthSeverity::Warning, &e);
        f.explanation = tr("%1 hold(s) the text \"undefined\" or \"null\", which 1.1.235's update writes "
                           "when given no value (data model 11.6, B16). The service reads them as false.")
                            .arg(keyList(fields));
        f.repair = {hset};
        f.repairNote = tr("Stores the value the service already reads: false.");
        add(std::move(f));
    }

    void checkHashMap()
    {
        const QByteArray map = KeySchema::HashMap.toByteArray();
        RawHash entries = m_s.hashMap;
        std::sort(entries.begin(), entries.end());
        for (const auto& [field, id] : entries) {
            const KeyEntry* e = m_keys.value(id);
            if (e && HealthKeys::isBogusKey(e->key))
                continue; // part of BogusKeyHash
            HealthFinding f;
            if (!e) {
                f = make(HealthFindingKind::HashMapEntryForMissingKey, HealthSeverity::Warning);
                f.keyId = id;
                f.explanation =
                    tr("apikey:hash_map maps a secret to %1, which has no key hash (expired after "
                       "365 days unused, or hard-deleted). The service removes it lazily only when "
                       "someone presents that secret (data model 6).")
                        .arg(keyText(id));
            } else if (e->key.keyHash() != field) {
                f = make(HealthFindingKind::HashMapEntryForOldSecret, HealthSeverity::Error, e);
                f.explanation =
                    tr("apikey:hash_map still maps an old secret to this key, whose current secret "
                       "is different: after a regenerate in 1.1.235 the old plaintext key keeps "
                       "working (data model 6, B3).");
            } else if (e->key.isDeleted()) {
                f = make(HealthFindingKind::HashMapEntryForDeletedKey, HealthSeverity::Warning, e);
                f.explanation = is314Hashmap()
                    ? tr("apikey:hash_map still maps the secret of this deleted key. The key is refused "
                         "only because isActive is false; 1.1.263+ re-adds such entries at every "
                         "start-up, so this comes back until the key is permanently deleted (data model "
                         "18.5, B23).")
                    : tr("apikey:hash_map still maps the secret of this deleted key: 1.1.235's soft delete "
                         "keeps it, so the key is refused only because isActive is false, and any update "
                         "that sets isActive revives it (data model 6, B2).");
            } else {
                continue;
            }
            if (!f.redisKeys.contains(map))
                f.redisKeys << map;
            f.repair = {{"HDEL", map, field}};
            f.repairNote = tr("Removes the hash map entry, so that secret no longer resolves.");
            add(std::move(f));
        }
    }

    void checkReverseRecords()
    {
        for (auto it = m_s.reverseRecords.begin(); it != m_s.reverseRecords.end(); ++it) {
            const QByteArray hash = it.key().sliced(HealthKeys::ReverseRecordPrefix.size());
            QByteArray id;
            for (const auto& [field, value] : it.value())
                if (field == "id")
                    id = value;
            const KeyEntry* e = liveKey(id);
            // 1.1.263+ reads the record when the map lacks the secret and back-fills the map (18.5).
            const bool risky = is314Hashmap() && (!e || e->key.isDeleted() || e->key.keyHash() != hash);
            HealthFinding f = make(HealthFindingKind::LegacyReverseRecord,
                                   risky ? HealthSeverity::Warning : HealthSeverity::Info, e);
            if (!e)
                f.keyId = id;
            f.redisKeys << it.key();
            f.explanation = is314Hashmap()
                ? tr("%1 is a reverse record written by restore. This release reads it only when "
                     "apikey:hash_map lacks the secret, and then re-adds the map entry (data model 18.5).")
                      .arg(keyText(it.key()))
                : tr("%1 is a reverse record written by 1.1.235's restore without an expiry; nothing in "
                     "1.1.235 reads it (data model 6).")
                      .arg(keyText(it.key()));
            f.repair = {{"DEL", it.key()}};
            f.repairNote = tr("Deletes the reverse record; apikey:hash_map keeps authenticating the key.");
            add(std::move(f));
        }
    }

    void checkNonHashUnderApiKey()
    {
        // Only 1.1.235's KEYS apikey:* + HGETALL trips over them; 1.1.314 skips them (7, 18.6).
        if (m_release.model >= DataModel::Release1_1_263)
            return;
        for (auto it = m_s.otherApiKeyTypes.begin(); it != m_s.otherApiKeyTypes.end(); ++it) {
            if (it.value() == "hash" || it.value() == "none")
                continue;
            HealthFinding f = make(HealthFindingKind::NonHashUnderApiKey, HealthSeverity::Error);
            f.redisKeys << it.key();
            f.explanation =
                tr("%1 is a %2, not a hash. 1.1.235 reads every apikey:* key as a hash, so this "
                   "one key makes its key list fail with WRONGTYPE: the tag list, the deleted list, "
                   "clear-all, the expiry sweep and the user views break (data model 7, B14).")
                    .arg(keyText(it.key()), QString::fromUtf8(it.value()));
            if (KeySchema::isReservedApiKeyName(it.key())) {
                f.repair = {{"DEL", it.key()}};
                f.repairNote = tr("Deletes this leftover of the 1.1.263+ key index; a later 1.1.263+ start "
                                  "rebuilds the index.");
            } else {
                const QByteArray target = "rka:quarantine:" + it.key();
                f.repair = {{"RENAMENX", it.key(), target}};
                f.repairNote =
                    tr("Moves the key out of apikey: to %1, keeping its content.").arg(keyText(target));
            }
            add(std::move(f));
        }
    }

    void checkPurgedLeftovers()
    {
        QMap<QByteArray, QList<QByteArray>> byId;
        for (const QByteArray& k : m_s.usageKeys) {
            const QByteArray id = HealthKeys::leftoverUsageKeyId(k);
            if (!id.isEmpty() && !keyExists(id))
                byId[id].append(k);
        }
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            QList<QByteArray> keys = it.value();
            std::sort(keys.begin(), keys.end());
            HealthFinding f = make(HealthFindingKind::PurgedKeyLeftover, HealthSeverity::Info);
            f.keyId = it.key();
            f.redisKeys = keys;
            f.explanation = tr("%n usage key(s) of %1, which has no key hash any more: the permanent delete "
                               "leaves usage:{id} and usage:{id}:model:* behind (data model 14.8, B7).",
                               nullptr, int(keys.size()))
                                .arg(keyText(it.key()));
            for (const QByteArray& k : keys)
                f.repair.append({"DEL", k});
            f.repairNote = tr("Deletes these usage keys; no other key reads them.");
            add(std::move(f));
        }
    }

    void checkUsageIndexes()
    {
        QMap<QByteArray, QList<std::pair<QByteArray, QByteArray>>> byId; // id -> (set, member)
        QList<std::pair<QByteArray, QByteArray>> bogus;
        for (auto it = m_s.usageIndexSets.begin(); it != m_s.usageIndexSets.end(); ++it) {
            const bool keyModel = it.key().startsWith("usage:keymodel:");
            for (const QByteArray& member : it.value()) {
                const QByteArray id = keyModel ? member.left(member.indexOf(':')) : member;
                if (!keyModel && member == "index")
                    bogus.append({it.key(), member});
                else if (!id.isEmpty() && !keyExists(id))
                    byId[id].append({it.key(), member});
            }
        }
        for (const QByteArray& set : m_s.modelIndexSetsWithBogusMember)
            bogus.append({set, "index"_ba});
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            HealthFinding f = make(HealthFindingKind::UsageIndexMemberOfPurgedKey, HealthSeverity::Info);
            f.keyId = it.key();
            auto entries = it.value();
            std::sort(entries.begin(), entries.end());
            for (const auto& [set, member] : entries) {
                f.redisKeys << set;
                f.repair.append({"SREM", set, member});
            }
            f.explanation =
                tr("%1, which has no key hash any more, is still listed in %n usage index set(s); "
                   "the 1.1.314 permanent delete leaves these memberships (data model 18.8, B7).",
                   nullptr, int(entries.size()))
                    .arg(keyText(it.key()));
            f.repairNote =
                tr("Removes the id from these sets. They also expire on their own within 32 days.");
            add(std::move(f));
        }
        if (!bogus.isEmpty()) {
            std::sort(bogus.begin(), bogus.end());
            HealthFinding f = make(HealthFindingKind::UsageIndexBogusMember, HealthSeverity::Info);
            for (const auto& [set, member] : bogus) {
                f.redisKeys << set;
                f.repair.append({"SREM", set, member});
            }
            f.explanation = tr("%n usage index set(s) contain the member \"index\", which is no key id or "
                               "model: 1.1.314's start-up usage-index migration matches its own index keys.",
                               nullptr, int(bogus.size()));
            f.repairNote =
                tr("Removes the member \"index\"; the migration runs once, so it does not return.");
            add(std::move(f));
        }
    }

    void checkCostRanks()
    {
        QMap<QByteArray, QList<QByteArray>> byId; // id -> ranks
        for (auto it = m_s.costRanks.begin(); it != m_s.costRanks.end(); ++it)
            for (const QByteArray& member : it.value())
                if (!keyExists(member))
                    byId[member].append(it.key());
        for (auto it = byId.begin(); it != byId.end(); ++it) {
            HealthFinding f = make(HealthFindingKind::CostRankMemberWithoutKey, HealthSeverity::Info);
            f.keyId = it.key();
            f.redisKeys = it.value();
            for (const QByteArray& rank : it.value())
                f.repair.append({"ZREM", rank, it.key()});
            f.explanation = tr("%1 is ranked in %2 but has no key hash: hard delete does not touch the cost "
                               "ranking, which keeps it until its next rebuild (data model 8).")
                                .arg(keyText(it.key()), keyList(it.value()));
            f.repairNote = tr("Removes the id from the cost rankings.");
            add(std::move(f));
        }
    }

    void checkMetrics()
    {
        QList<QByteArray> keys;
        for (auto it = m_s.metricsTtl.begin(); it != m_s.metricsTtl.end(); ++it)
            if (it.value() == -1)
                keys << it.key();
        if (keys.isEmpty())
            return;
        HealthFinding f = make(HealthFindingKind::MetricsMinuteWithoutTtl, HealthSeverity::Warning);
        f.redisKeys = keys;
        for (const QByteArray& k : keys)
            f.repair.append({"EXPIRE", k, QByteArray::number(HealthKeys::MetricsMinuteRepairTtl)});
        f.explanation = tr("%n per-minute metrics hash(es) never expire: 1.1.235 sends EXPIRE with the "
                           "argument NaN, which Redis rejects, so one hash per minute of traffic accumulates "
                           "(data model 14.2, B13).",
                           nullptr, int(keys.size()));
        f.repairNote = tr("Gives each hash the 10-minute expiry that 1.1.314 uses.");
        add(std::move(f));
    }

    const QList<KeyEntry>& m_keyList;
    const ReleaseDetection& m_release;
    const HealthSnapshot& m_s;
    QHash<QByteArray, const KeyEntry*> m_keys;
    QList<QByteArray> m_ids;
    QHash<QByteArray, QByteArray> m_hashMap;
    bool m_indexed = false;
    QList<HealthFinding> m_out;
};

QList<HealthFinding> analyseHealth(const QList<KeyEntry>& keys, const ReleaseDetection& release,
                                   const HealthSnapshot& snapshot)
{
    return HealthAnalyser(keys, release, snapshot).run();
}

} // namespace rka::relay
