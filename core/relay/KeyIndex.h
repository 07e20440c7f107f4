#pragma once

#include "ApiKey.h"

#include "redis/Connection.h"

#include <QHash>

namespace rka::relay {

// The key index of release 1.1.263 and later (service-data-model.md 18.6), kept in step with every
// write exactly as the service's apiKeyIndexService does it. Only used when the database has the
// index (apikey:index:version = 2): without it the service rebuilds the index at its next start.
class KeyIndex
{
public:
    // lower(name) + '\0' + id, the member of apikey:idx:name.
    static QByteArray nameMember(const QString& name, QByteArrayView id);
    static QByteArray tagSet(const QString& tag); // apikey:tag:{tag}

    // addToIndex: the three zsets, idx:all, the status sets and the tag sets.
    static QList<redis::Command> add(QByteArrayView id, const ApiKey& key);
    // updateIndex for the fields that differ between `before` and `after`. `tagMembers` holds, for each
    // tag `after` no longer has, how many members its set has now (to drop it from apikey:tags:all
    // once it is empty, as the service does).
    static QList<redis::Command> update(QByteArrayView id, const ApiKey& before, const ApiKey& after,
                                        const QHash<QString, qint64>& tagMembers);
    // removeFromIndex (permanent delete).
    static QList<redis::Command> remove(QByteArrayView id, const ApiKey& key,
                                        const QHash<QString, qint64>& tagMembers);
    // The status sets for a key: active, deleted, or neither.
    static QList<redis::Command> status(QByteArrayView id, const ApiKey& key);

    static QStringList tagsOf(const ApiKey& key);
};

} // namespace rka::relay
