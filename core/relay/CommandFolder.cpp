#include "CommandFolder.h"

#include "JsNumber.h"

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

bool is(const QByteArray& name, QByteArrayView expected)
{
    return QByteArrayView(name).compare(expected, Qt::CaseInsensitive) == 0;
}

} // namespace

CommandFolder::Entry& CommandFolder::entry(const QByteArray& key, Kind kind, const QByteArray& ownerId)
{
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return m_entries[*it];
    Entry e;
    e.key = key;
    e.kind = kind;
    e.fresh = !ownerId.isEmpty() && key.contains(ownerId);
    m_index.insert(key, m_entries.size());
    m_entries.push_back(std::move(e));
    return m_entries.back();
}

CommandFolder::Entry& CommandFolder::other(const redis::Command& command)
{
    // Commands that are not folded keep their place, under a name no Redis key can collide with.
    Entry& e = entry("\x01other" + QByteArray::number(qulonglong(m_entries.size())), Kind::Other, {});
    e.other = command;
    return e;
}

void CommandFolder::addAll(const QList<redis::Command>& commands, const QByteArray& ownerId)
{
    for (const redis::Command& c : commands)
        add(c, ownerId);
}

void CommandFolder::add(const redis::Command& c, const QByteArray& ownerId)
{
    if (c.size() < 2) {
        other(c);
        return;
    }
    const QByteArray& name = c[0];
    const QByteArray& key = c[1];
    auto field = [](Entry& e, const QByteArray& f) -> Field& {
        for (Field& x : e.fields) {
            if (x.name == f)
                return x;
        }
        Field added;
        added.name = f;
        e.fields.append(added);
        return e.fields.last();
    };
    if (is(name, "HINCRBY") && c.size() == 4) {
        field(entry(key, Kind::Hash, ownerId), c[2]).increment += c[3].toLongLong();
    } else if (is(name, "HSET") && c.size() >= 4) {
        Entry& e = entry(key, Kind::Hash, ownerId);
        for (qsizetype i = 2; i + 1 < c.size(); i += 2) {
            Field& f = field(e, c[i]);
            f.isSet = true;
            f.value = c[i + 1];
            f.increment = 0;
        }
    } else if (is(name, "INCRBYFLOAT") && c.size() == 3) {
        entry(key, Kind::Float, ownerId).sum += c[2].toDouble();
    } else if (is(name, "LPUSH") && c.size() >= 3) {
        Entry& e = entry(key, Kind::List, ownerId);
        for (qsizetype i = 2; i < c.size(); ++i)
            e.list.prepend(c[i]);
    } else if (is(name, "LTRIM") && c.size() == 4) {
        Entry& e = entry(key, Kind::List, ownerId);
        const qsizetype stop = c[3].toLongLong();
        if (c[2] == "0" && stop >= 0 && e.list.size() > stop + 1)
            e.list.resize(stop + 1);
    } else if (is(name, "SADD") && c.size() >= 3) {
        Entry& e = entry(key, Kind::Set, ownerId);
        for (qsizetype i = 2; i < c.size(); ++i) {
            if (!e.members.contains(c[i]))
                e.members.append(c[i]);
        }
    } else if (is(name, "ZADD") && c.size() == 4) {
        Entry& e = entry(key, Kind::Zset, ownerId);
        for (qsizetype i = 0; i + 1 < e.members.size(); i += 2) {
            if (e.members[i + 1] == c[3]) {
                e.members[i] = c[2];
                return;
            }
        }
        e.members << c[2] << c[3];
    } else if (is(name, "EXPIRE") && c.size() == 3) {
        const auto it = m_index.constFind(key);
        if (it != m_index.constEnd())
            m_entries[*it].ttl = c[2].toLongLong();
    } else if (is(name, "DEL") && !m_index.contains(key)) {
        // nothing to delete in a database being seeded
    } else {
        other(c);
    }
}

QList<redis::Command> CommandFolder::take()
{
    QList<redis::Command> out;
    out.reserve(qsizetype(m_entries.size() * 2));
    for (Entry& e : m_entries) {
        switch (e.kind) {
        case Kind::Other:
            out.append(e.other);
            continue;
        case Kind::Hash:
            if (e.fresh) {
                redis::Command hset {"HSET"_ba, e.key};
                for (const Field& f : e.fields)
                    hset << f.name << (f.isSet ? f.value : QByteArray::number(f.increment));
                out.append(hset);
            } else {
                for (const Field& f : e.fields) {
                    if (f.isSet)
                        out.append({"HSET"_ba, e.key, f.name, f.value});
                    else
                        out.append({"HINCRBY"_ba, e.key, f.name, QByteArray::number(f.increment)});
                }
            }
            break;
        case Kind::Float:
            out.append({e.fresh ? "SET"_ba : "INCRBYFLOAT"_ba, e.key, JsNumber::toString(e.sum)});
            break;
        case Kind::List: {
            if (!e.fresh) {
                redis::Command push {"LPUSH"_ba, e.key};
                for (qsizetype i = e.list.size() - 1; i >= 0; --i)
                    push << e.list[i];
                out.append(push);
            } else {
                out.append(redis::Command {"RPUSH"_ba, e.key} + e.list);
            }
            break;
        }
        case Kind::Set:
            out.append(redis::Command {"SADD"_ba, e.key} + e.members);
            break;
        case Kind::Zset:
            out.append(redis::Command {"ZADD"_ba, e.key} + e.members);
            break;
        }
        if (e.ttl >= 0)
            out.append({"EXPIRE"_ba, e.key, QByteArray::number(e.ttl)});
    }
    m_entries.clear();
    m_index.clear();
    return out;
}

} // namespace rka::relay
