#pragma once

#include "redis/Connection.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <vector>

namespace rka::relay {

// Folds the request path's commands (UsageSimulator) into the final state they leave, so seeding
// many requests' usage (demo data, the benchmark) does not take one command per HINCRBY. The result
// in Redis is the same as sending the commands one by one into an empty database:
//  - keys whose name contains the key id being seeded are new: a hash becomes one HSET of its final
//    fields, a float counter one SET of its sum, a list one RPUSH of its final elements;
//  - shared keys (global per-model counters, minute metrics, index sets) keep their increments
//    (HINCRBY / INCRBYFLOAT / SADD / ZADD), summed within the batch, since other batches add to them;
//  - each key's last EXPIRE follows its content; DEL of a key never written is a no-op and dropped.
// Float sums are formatted as JavaScript prints them (the service reads them with parseFloat).
class CommandFolder
{
public:
    // `ownerId` is the key id whose data this command belongs to.
    void add(const redis::Command& command, const QByteArray& ownerId);
    void addAll(const QList<redis::Command>& commands, const QByteArray& ownerId);
    // The folded commands, in the order their keys were first touched; the folder is empty afterwards.
    QList<redis::Command> take();
    bool isEmpty() const { return m_entries.empty(); }

private:
    enum class Kind { Hash, Float, List, Set, Zset, Other };
    struct Field
    {
        QByteArray name;
        bool isSet = false;
        QByteArray value; // HSET
        qint64 increment = 0; // HINCRBY
    };
    struct Entry
    {
        QByteArray key;
        Kind kind = Kind::Other;
        bool fresh = false;
        QList<Field> fields;
        double sum = 0;
        QList<QByteArray> list; // front = index 0
        QList<QByteArray> members; // set members, or zset score/member pairs flattened
        qint64 ttl = -1;
        redis::Command other;
    };
    Entry& entry(const QByteArray& key, Kind kind, const QByteArray& ownerId);
    Entry& other(const redis::Command& command);

    std::vector<Entry> m_entries;
    QHash<QByteArray, size_t> m_index;
};

} // namespace rka::relay
