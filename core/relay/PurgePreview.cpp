#include "PurgePreview.h"

#include "KeySchema.h"

#include "redis/Scanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rka::relay {

void PurgePreview::load(redis::Connection& connection, const QList<KeyEntry>& entries, QObject* context,
                        Callback callback)
{
    // The patterns KeyWriter::purge scans ("*{id}*"), and for each key with a stored hash the legacy
    // reverse record that purge deletes as well.
    redis::ScanRequest request;
    QList<int> hashPattern; // entry -> index of its apikey_hash pattern, or -1
    for (const KeyEntry& e : entries)
        request.patterns.append("*" + e.id + "*");
    for (const KeyEntry& e : entries) {
        const QByteArray hash = e.key.keyHash();
        hashPattern.append(hash.isEmpty() ? -1 : int(request.patterns.size()));
        if (!hash.isEmpty())
            request.patterns.append("apikey_hash:" + hash);
    }
    QList<PurgePreviewItem> items;
    for (const KeyEntry& e : entries)
        items.append({e.id, e.key.name(), {}});
    if (entries.isEmpty()) {
        QMetaObject::invokeMethod(
            context ? context : QCoreApplication::instance(), [callback] { callback({}, {}); },
            Qt::QueuedConnection);
        return;
    }
    redis::scanKeys(connection, request, context,
                    [items, hashPattern, callback](const QList<QList<QByteArray>>& keys,
                                                   const redis::RedisError& error) mutable {
                        if (error) {
                            callback({}, error);
                            return;
                        }
                        for (qsizetype i = 0; i < items.size(); ++i) {
                            QList<QByteArray> doomed = keys.value(i);
                            if (hashPattern.at(i) >= 0)
                                doomed += keys.value(hashPattern.at(i));
                            std::sort(doomed.begin(), doomed.end());
                            doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
                            items[i].redisKeys = doomed;
                        }
                        callback(items, {});
                    });
}

QStringList PurgePreview::describe(const QList<PurgePreviewItem>& items, bool listKeys)
{
    QStringList lines;
    for (const PurgePreviewItem& item : items) {
        //: %1 key name, %2 key id, %n number of Redis keys removed with it.
        lines << tr("%1 (%2): %n Redis key(s)", nullptr, int(item.redisKeys.size()))
                     .arg(item.name, QString::fromLatin1(item.id));
        if (listKeys)
            for (const QByteArray& k : item.redisKeys)
                lines << u"    "_s + QString::fromUtf8(k);
    }
    return lines;
}

int PurgePreview::totalRedisKeys(const QList<PurgePreviewItem>& items)
{
    int n = 0;
    for (const PurgePreviewItem& item : items)
        n += int(item.redisKeys.size());
    return n;
}

} // namespace rka::relay
