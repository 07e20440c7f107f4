#include "HealthAnalysis.h"

#include "KeySchema.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {
QString keyText(QByteArrayView key)
{
    return QString::fromUtf8(key);
}
QString keyList(const QList<QByteArray>& keys)
{
    QStringList out;
    for (const QByteArray& k : keys)
        out << QString::fromUtf8(k).replace(QChar(0), u"\\0"_s);
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

// The 1.1.263+ key index against the key hashes (section 18.6). Only called when
// apikey:index:version is "2": without it the service lists keys by SCAN and rebuilds the index at
// its next start, so nothing there is drift.
class HealthIndexAnalyser
{
    Q_DECLARE_TR_FUNCTIONS(HealthIndexAnalyser)

public:
    HealthIndexAnalyser(const QList<KeyEntry>& keys, const HealthSnapshot& s)
        : m_s(s)
    {
        for (const KeyEntry& e : keys)
            m_keys.insert(e.id, &e);
        m_ids = m_keys.keys();
        std::sort(m_ids.begin(), m_ids.end());
    }
    QList<HealthFinding> run();

private:
    HealthFinding make(HealthFindingKind kind, HealthSeverity severity, const KeyEntry* e = nullptr) const
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
    const KeyEntry* liveKey(const QByteArray& id) const
    {
        const KeyEntry* e = m_keys.value(id);
        return e && !HealthKeys::isBogusKey(e->key) ? e : nullptr;
    }

    const HealthSnapshot& m_s;
    QHash<QByteArray, const KeyEntry*> m_keys;
    QList<QByteArray> m_ids;
    QList<HealthFinding> m_out;
};

QList<HealthFinding> analyseKeyIndex(const QList<KeyEntry>& keyList, const HealthSnapshot& snapshot)
{
    return HealthIndexAnalyser(keyList, snapshot).run();
}

QList<HealthFinding> HealthIndexAnalyser::run()
{
    using namespace HealthKeys;
    const QByteArray all = KeySchema::IndexAll.toByteArray();
    auto setOf = [this](QByteArrayView name) {
        const QList<QByteArray> m = m_s.indexSets.value(name.toByteArray());
        return QSet<QByteArray>(m.begin(), m.end());
    };
    auto zsetOf = [this](QByteArrayView name) {
        const QList<QByteArray> m = m_s.indexZsets.value(name.toByteArray());
        return QSet<QByteArray>(m.begin(), m.end());
    };
    const QSet<QByteArray> inAll = setOf(KeySchema::IndexAll);
    const QSet<QByteArray> active = setOf(IndexSetActive);
    const QSet<QByteArray> deleted = setOf(IndexSetDeleted);
    const QSet<QByteArray> created = zsetOf(IndexCreatedAt);
    const QSet<QByteArray> lastUsed = zsetOf(IndexLastUsedAt);
    const QSet<QByteArray> names = zsetOf(IndexName);
    const QSet<QByteArray> tagsAll(m_s.tagsAll.begin(), m_s.tagsAll.end());
    QMap<QByteArray, QSet<QByteArray>> tagSets; // tag -> ids
    for (auto it = m_s.indexSets.begin(); it != m_s.indexSets.end(); ++it)
        if (it.key().startsWith(TagPrefix))
            tagSets.insert(it.key().sliced(TagPrefix.size()),
                           QSet<QByteArray>(it.value().begin(), it.value().end()));
    QSet<QByteArray> tagsInUse;

    for (const QByteArray& id : std::as_const(m_ids)) {
        const KeyEntry* e = liveKey(id);
        if (!e)
            continue;
        const ApiKey& k = e->key;
        QList<QByteArray> tags;
        for (const QString& t : k.serviceStringList(ApiKeyField::Tags))
            if (!t.isEmpty() && !tags.contains(t.toUtf8()))
                tags << t.toUtf8();
        for (const QByteArray& t : std::as_const(tags))
            tagsInUse.insert(t);
        const bool shouldBeActive = k.isActive() && !k.isDeleted();
        const bool shouldBeDeleted = k.isDeleted();

        // Status and tag commands, shared by a full re-add and by the separate mismatch findings.
        QList<redis::Command> statusFix;
        if (shouldBeActive != active.contains(id))
            statusFix.append({shouldBeActive ? "SADD" : "SREM", IndexSetActive.toByteArray(), id});
        if (shouldBeDeleted != deleted.contains(id))
            statusFix.append({shouldBeDeleted ? "SADD" : "SREM", IndexSetDeleted.toByteArray(), id});
        QList<redis::Command> tagFix;
        for (const QByteArray& t : std::as_const(tags))
            if (!tagSets.value(t).contains(id))
                tagFix.append({"SADD", TagPrefix.toByteArray() + t, id});
        for (auto it = tagSets.begin(); it != tagSets.end(); ++it)
            if (it.value().contains(id) && !tags.contains(it.key()))
                tagFix.append({"SREM", TagPrefix.toByteArray() + it.key(), id});

        const QByteArray nameMember = nameIndexMember(k, id);
        QList<redis::Command> adds;
        QStringList missing;
        if (!inAll.contains(id)) {
            adds.append({"SADD", all, id});
            missing << keyText(all);
        }
        if (!created.contains(id)) {
            const std::optional<QDateTime> at = k.serviceDate(ApiKeyField::CreatedAt);
            adds.append({"ZADD", IndexCreatedAt.toByteArray(),
                         QByteArray::number(at ? at->toMSecsSinceEpoch() : 0), id});
            missing << keyText(IndexCreatedAt);
        }
        if (!lastUsed.contains(id)) {
            const std::optional<QDateTime> at = k.serviceDate(ApiKeyField::LastUsedAt);
            adds.append({"ZADD", IndexLastUsedAt.toByteArray(),
                         QByteArray::number(at ? at->toMSecsSinceEpoch() : 0), id});
            missing << keyText(IndexLastUsedAt);
        }
        if (!names.contains(nameMember)) {
            adds.append({"ZADD", IndexName.toByteArray(), "0", nameMember});
            missing << keyText(IndexName);
        }
        const bool notIndexed = !inAll.contains(id);
        if (!adds.isEmpty()) {
            HealthFinding f = make(HealthFindingKind::IndexMissingKey, HealthSeverity::Warning, e);
            f.redisKeys << all << IndexCreatedAt.toByteArray() << IndexLastUsedAt.toByteArray()
                        << IndexName.toByteArray();
            f.explanation = notIndexed
                ? tr("The key is not in the key index, so the default admin list of 1.1.263+ does not show "
                     "it although it authenticates (data model 18.6, B25).")
                : tr("The key lacks entries in %1, so sorting the admin list by that order misses it (data "
                     "model 18.6).")
                      .arg(missing.join(u", "_s));
            f.repair = adds;
            if (notIndexed) {
                // A full re-add, as addToIndex does (18.6); the mismatch findings then stay silent.
                f.repair += statusFix;
                f.repair += tagFix;
                for (const QByteArray& t : std::as_const(tags))
                    if (!tagsAll.contains(t))
                        f.repair.append({"SADD", KeySchema::TagsAll.toByteArray(), t});
            }
            f.repairNote = tr("Adds the missing index entries, as the service's index maintenance does.");
            add(std::move(f));
            if (notIndexed)
                continue;
        }
        if (!statusFix.isEmpty()) {
            HealthFinding f = make(HealthFindingKind::IndexStatusSetMismatch, HealthSeverity::Warning, e);
            f.redisKeys << IndexSetActive.toByteArray() << IndexSetDeleted.toByteArray();
            f.explanation = tr("The key is %1 but the index status sets say otherwise, so the admin list "
                               "filters it wrongly (data model 18.6).")
                                .arg(shouldBeDeleted      ? tr("deleted")
                                         : shouldBeActive ? tr("active")
                                                          : tr("disabled"));
            f.repair = statusFix;
            f.repairNote = tr("Moves the id to the status set that matches the key.");
            add(std::move(f));
        }
        if (!tagFix.isEmpty()) {
            HealthFinding f = make(HealthFindingKind::IndexTagSetMismatch, HealthSeverity::Warning, e);
            for (const redis::Command& c : std::as_const(tagFix))
                f.redisKeys << c.at(1);
            f.explanation = tr("The apikey:tag:* sets disagree with the key's tags (%1), so filtering by tag "
                               "in the admin list is wrong (data model 18.6).")
                                .arg(tags.isEmpty() ? tr("none") : keyList(tags));
            f.repair = tagFix;
            f.repairNote = tr("Adds the id to the sets of its tags and removes it from the others.");
            add(std::move(f));
        }
        for (const QByteArray& member : m_s.indexZsets.value(IndexName.toByteArray()))
            if (member != nameMember && HealthKeys::idOfNameMember(member) == id) {
                HealthFinding f = make(HealthFindingKind::IndexStaleMember, HealthSeverity::Warning, e);
                f.redisKeys << IndexName.toByteArray();
                f.explanation = tr("apikey:idx:name still holds an old name entry of this key (%1), so "
                                   "searching by name finds it under that name (data model 18.6).")
                                    .arg(keyList({member}));
                f.repair = {{"ZREM", IndexName.toByteArray(), member}};
                f.repairNote = tr("Removes the old name entry.");
                add(std::move(f));
            }
    }

    // Members of ids without a real key (hard delete, bogus regenerate: B26).
    QSet<QByteArray> staleIds;
    for (auto it = m_s.indexSets.begin(); it != m_s.indexSets.end(); ++it)
        for (const QByteArray& m : it.value())
            staleIds.insert(m);
    for (auto it = m_s.indexZsets.begin(); it != m_s.indexZsets.end(); ++it)
        for (const QByteArray& m : it.value())
            staleIds.insert(it.key() == IndexName ? HealthKeys::idOfNameMember(m) : m);
    QList<QByteArray> stale(staleIds.begin(), staleIds.end());
    std::sort(stale.begin(), stale.end());
    for (const QByteArray& id : std::as_const(stale)) {
        if (m_keys.contains(id)) // a real key, or a bogus one whose finding removes its entries
            continue;
        HealthFinding f = make(HealthFindingKind::IndexStaleMember, HealthSeverity::Warning);
        f.keyId = id;
        f.repair = HealthKeys::indexRemoval(m_s, id, &f.redisKeys);
        dedupe(f.redisKeys);
        f.explanation = tr("The key index still lists %1, which has no key hash: hard delete does not update "
                           "the index, so the admin list counts a key it cannot show (data model 18.6, B26).")
                            .arg(keyText(id));
        f.repairNote = tr("Removes the id from every index set, as a permanent delete does.");
        add(std::move(f));
    }

    QList<QByteArray> missingTags;
    for (const QByteArray& t : std::as_const(tagsInUse))
        if (!tagsAll.contains(t))
            missingTags << t;
    if (!missingTags.isEmpty()) {
        std::sort(missingTags.begin(), missingTags.end());
        HealthFinding f = make(HealthFindingKind::TagsAllMismatch, HealthSeverity::Info);
        f.redisKeys << KeySchema::TagsAll.toByteArray();
        redis::Command sadd {"SADD", KeySchema::TagsAll.toByteArray()};
        sadd += missingTags;
        f.repair = {sadd};
        f.explanation = tr("Tags used by keys are missing from apikey:tags:all, so the tag pickers of the "
                           "admin do not offer them: %1 (data model 18.7).")
                            .arg(keyList(missingTags));
        f.repairNote = tr("Adds the tags to apikey:tags:all.");
        add(std::move(f));
    }
    return m_out;
}

} // namespace rka::relay
