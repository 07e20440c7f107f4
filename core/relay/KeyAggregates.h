#pragma once

#include "KeyListReader.h"

#include "redis/Connection.h"

#include <QMap>

#include <functional>

namespace rka::relay {

struct TagCount
{
    QString name;
    int keys = 0; // non-deleted keys carrying it
    int deletedKeys = 0; // keys in the trash carrying it
    bool inGlobalSet = false; // listed in apikey:tags:all (1.1.263+)
};

struct ModelUsage
{
    QString model;
    QStringList months; // tz months with usage, oldest first
};

// Tags and models across all keys: what the editor completes and the filters offer.
class KeyAggregates
{
public:
    // Tags as the service's tag list trims them (sections 9, 18.7), with counts, sorted by name.
    static QList<TagCount> tags(const QList<KeyEntry>& keys, const QStringList& globalTagSet = {});

    // Every model seen in the service's global monthly counters `usage:model:monthly:{model}:{month}`
    // (section 14.2), found with one SCAN however many keys there are. Names are parsed from the
    // right, since they may contain ':' or glob characters.
    static void loadModels(redis::Connection& connection, QObject* context,
                           std::function<void(const QList<ModelUsage>&, const redis::RedisError&)> callback);
    // apikey:tags:all, the 1.1.263+ global tag set (empty on older layouts).
    static void loadGlobalTags(redis::Connection& connection, QObject* context,
                               std::function<void(const QStringList&, const redis::RedisError&)> callback);
};

} // namespace rka::relay
