#include "KeyModels.h"

#include "redis/Scanner.h"

#include <QSet>

namespace rka::relay {

namespace {

bool isMonth(QByteArrayView m)
{
    if (m.size() != 7 || m[4] != '-')
        return false;
    for (qsizetype i = 0; i < 7; ++i) {
        if (i != 4 && (m[i] < '0' || m[i] > '9'))
            return false;
    }
    return true;
}

constexpr QByteArrayView Marker = ":model:monthly:";

} // namespace

bool KeyModels::parse(QByteArrayView k, QByteArray* id, QString* model)
{
    if (!k.startsWith("usage:"))
        return false;
    const QByteArrayView rest = k.sliced(6);
    // Key ids never contain ':', so the id ends at the first colon, which must open the marker.
    const qsizetype colon = rest.indexOf(':');
    if (colon <= 0 || !rest.sliced(colon).startsWith(Marker))
        return false;
    const QByteArrayView tail = rest.sliced(colon + Marker.size()); // {model}:{month}
    const qsizetype last = tail.lastIndexOf(':');
    if (last <= 0 || !isMonth(tail.sliced(last + 1)))
        return false;
    if (id)
        *id = rest.first(colon).toByteArray();
    if (model)
        *model = QString::fromUtf8(tail.first(last));
    return true;
}

QHash<QByteArray, QStringList> KeyModels::collect(const QList<QByteArray>& redisKeys)
{
    QHash<QByteArray, QSet<QString>> sets;
    QByteArray id;
    QString model;
    for (const QByteArray& k : redisKeys) {
        if (parse(k, &id, &model))
            sets[id].insert(model);
    }
    QHash<QByteArray, QStringList> out;
    out.reserve(sets.size());
    for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
        QStringList list(it.value().cbegin(), it.value().cend());
        list.sort();
        out.insert(it.key(), list);
    }
    return out;
}

void KeyModels::load(redis::Connection& connection, QObject* context, Callback callback, int scanCount)
{
    redis::scanKeys(connection, {{"usage:*:model:monthly:*"}, scanCount}, context,
                    [callback](const QList<QList<QByteArray>>& keys, const redis::RedisError& error) {
                        if (error) {
                            callback({}, error);
                            return;
                        }
                        callback(collect(keys.value(0)), {});
                    });
}

} // namespace rka::relay
