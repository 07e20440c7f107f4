#pragma once

#include "KeyWrite.h"

#include <QHash>

#include <variant>

namespace rka::relay {

// The commands of each write, computed from the state read inside the transaction. Pure: no Redis,
// no clock; KeyWriter runs them inside WATCH/MULTI/EXEC. Each mirrors the service's operation of
// service-data-model.md section 11 (and 18 for 1.1.263+), without its bugs (17.1):
//  - only changed fields are written, with updatedAt and the 365-day TTL re-armed;
//  - permissions are always a JSON array;
//  - a deleted or regenerated secret never keeps resolving through apikey:hash_map;
//  - deleted keys are never edited (only restored or purged), since any edit can revive them (16.2).
class KeyOperations
{
    Q_DECLARE_TR_FUNCTIONS(KeyOperations)

public:
    struct Context
    {
        QDateTime now;
        WriteTarget target;
    };
    using PlanOrError = std::variant<WritePlan, WriteResult>;

    // A new key's complete field set, as generateApiKey stores it (11.2, 12, 18.3): `settings` holds
    // what the user chose; everything else gets the service's default.
    static ApiKey newKey(const ApiKey& settings, const QByteArray& id, const QByteArray& hash,
                         const Context& c);
    // Create (single or batch): the hashes, the map entries, the cost ranks and the index (20.1).
    static PlanOrError create(const QList<ApiKey>& newKeys, const QList<QByteArray>& plaintextKeys,
                              const Context& c);

    // Writes the fields in which `after` differs from `current` (+ updatedAt unless told not to).
    static PlanOrError change(const QString& operation, const QByteArray& id, const ApiKey& current,
                              const ApiKey& after, const QHash<QString, qint64>& tagMembers, const Context& c,
                              bool touchUpdatedAt = true);
    // The editor's save: `base` is what it loaded, `edited` what the user made of it. Fields the user
    // changed that another writer changed too are a conflict, unless `keepMine`.
    static PlanOrError update(const QByteArray& id, const ApiKey& current, const ApiKey& base,
                              const ApiKey& edited, bool keepMine, const QHash<QString, qint64>& tagMembers,
                              const Context& c);

    static PlanOrError softDelete(const QList<QByteArray>& ids, const QList<ApiKey>& current,
                                  const Context& c);
    static PlanOrError restore(const QList<QByteArray>& ids, const QList<ApiKey>& current, const Context& c);
    // `dataKeys[i]` are the Redis keys holding key i's usage, cost and limit data (found by SCAN);
    // `indexMembers` the (set, member) pairs of the 1.1.314 usage index sets that name key i.
    static PlanOrError purge(const QList<QByteArray>& ids, const QList<ApiKey>& current,
                             const QList<QList<QByteArray>>& dataKeys,
                             const QList<QList<std::pair<QByteArray, QByteArray>>>& indexMembers,
                             const QHash<QString, qint64>& tagMembers, const Context& c);
    static PlanOrError regenerate(const QByteArray& id, const ApiKey& current, const QByteArray& plaintext,
                                  const QByteArray& newHash, const Context& c);

    static support::AuditEntry auditEntry(const QString& operation, const QByteArray& id,
                                          const ApiKey& before, const ApiKey& after, const Context& c);
    static QByteArray isoNow(const QDateTime& now);
};

} // namespace rka::relay
