#include "KeyAggregates.h"

#include "KeySchema.h"

#include "redis/Scanner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rka::relay {

QList<TagCount> KeyAggregates::tags(const QList<KeyEntry>& keys, const QStringList& globalTagSet)
{
    QMap<QString, TagCount> byName;
    for (const KeyEntry& e : keys) {
        const bool deleted = e.key.isDeleted();
        QStringList seen;
        for (const QString& raw : e.key.serviceStringList(ApiKeyField::Tags)) {
            const QString tag = raw.trimmed();
            if (tag.isEmpty() || seen.contains(tag))
                continue;
            seen << tag;
            TagCount& t = byName[tag];
            t.name = tag;
            (deleted ? t.deletedKeys : t.keys) += 1;
        }
    }
    for (const QString& raw : globalTagSet) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        TagCount& t = byName[tag];
        t.name = tag;
        t.inGlobalSet = true;
    }
    return byName.values();
}

void KeyAggregates::loadModels(
    redis::Connection& connection, QObject* context,
    std::function<void(const QList<ModelUsage>&, const redis::RedisError&)> callback)
{
    redis::scanKeys(connection, {{"usage:model:monthly:*"}, 20000}, context,
                    [callback](const QList<QList<QByteArray>>& keys, const redis::RedisError& error) {
                        if (error) {
                            callback({}, error);
                            return;
                        }
                        static const QRegularExpression month(u"^\\d{4}-\\d{2}$"_s);
                        QMap<QString, QStringList> models;
                        const QByteArray prefix = "usage:model:monthly:";
                        for (const QByteArray& k : keys.value(0)) {
                            const qsizetype colon = k.lastIndexOf(':');
                            if (colon <= prefix.size())
                                continue;
                            const QString m = QString::fromUtf8(k.mid(colon + 1));
                            if (!month.match(m).hasMatch())
                                continue; // index sets and other keys of 1.1.314 (section 18.8)
                            const QString model =
                                QString::fromUtf8(k.mid(prefix.size(), colon - prefix.size()));
                            if (model.startsWith(u"index:"_s))
                                continue;
                            models[model].append(m);
                        }
                        QList<ModelUsage> out;
                        for (auto it = models.begin(); it != models.end(); ++it) {
                            QStringList months = it.value();
                            months.sort();
                            out.append({it.key(), months});
                        }
                        callback(out, {});
                    });
}

void KeyAggregates::loadGlobalTags(redis::Connection& connection, QObject* context,
                                   std::function<void(const QStringList&, const redis::RedisError&)> callback)
{
    connection.execute({"SMEMBERS", KeySchema::TagsAll.toByteArray()}, context,
                       [callback](const redis::Reply& r, const redis::RedisError& e) {
                           QStringList tags;
                           if (!e && r.isArray())
                               for (const redis::Reply& t : r.elements())
                                   tags << QString::fromUtf8(t.bytes());
                           callback(tags, e);
                       });
}

} // namespace rka::relay
