#include "KeyIndex.h"

#include "KeySchema.h"

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

QByteArray msScore(const ApiKey& key, ApiKeyField field)
{
    const std::optional<QDateTime> t = key.serviceDate(field);
    return t ? QByteArray::number(t->toMSecsSinceEpoch()) : QByteArray("0");
}

// A tag leaves apikey:tags:all when its set becomes empty (updateIndex, section 18.6).
void dropEmptyTag(QList<redis::Command>& out, const QString& tag, const QHash<QString, qint64>& members)
{
    if (members.value(tag, 0) <= 1)
        out.append({"SREM", KeySchema::TagsAll.toByteArray(), tag.toUtf8()});
}

} // namespace

QByteArray KeyIndex::nameMember(const QString& name, QByteArrayView id)
{
    return name.toLower().toUtf8() + '\0' + id.toByteArray();
}

QByteArray KeyIndex::tagSet(const QString& tag)
{
    return "apikey:tag:" + tag.toUtf8();
}

QStringList KeyIndex::tagsOf(const ApiKey& key)
{
    QStringList tags;
    for (const QString& t : key.serviceStringList(ApiKeyField::Tags))
        if (!t.isEmpty() && !tags.contains(t))
            tags << t;
    return tags;
}

QList<redis::Command> KeyIndex::status(QByteArrayView id, const ApiKey& key)
{
    const QByteArray i = id.toByteArray();
    if (key.isDeleted())
        return {{"SADD", "apikey:set:deleted", i}, {"SREM", "apikey:set:active", i}};
    if (key.isActive())
        return {{"SADD", "apikey:set:active", i}, {"SREM", "apikey:set:deleted", i}};
    return {{"SREM", "apikey:set:active", i}, {"SREM", "apikey:set:deleted", i}};
}

QList<redis::Command> KeyIndex::add(QByteArrayView id, const ApiKey& key)
{
    const QByteArray i = id.toByteArray();
    QList<redis::Command> out {{"ZADD", "apikey:idx:createdAt", msScore(key, ApiKeyField::CreatedAt), i},
                               {"ZADD", "apikey:idx:lastUsedAt", msScore(key, ApiKeyField::LastUsedAt), i},
                               {"ZADD", "apikey:idx:name", "0", nameMember(key.name(), id)},
                               {"SADD", KeySchema::IndexAll.toByteArray(), i}};
    out += status(id, key);
    for (const QString& t : tagsOf(key)) {
        out.append({"SADD", tagSet(t), i});
        out.append({"SADD", KeySchema::TagsAll.toByteArray(), t.toUtf8()});
    }
    return out;
}

QList<redis::Command> KeyIndex::update(QByteArrayView id, const ApiKey& before, const ApiKey& after,
                                       const QHash<QString, qint64>& tagMembers)
{
    const QByteArray i = id.toByteArray();
    QList<redis::Command> out;
    if (before.name() != after.name()) {
        out.append({"ZREM", "apikey:idx:name", nameMember(before.name(), id)});
        out.append({"ZADD", "apikey:idx:name", "0", nameMember(after.name(), id)});
    }
    if (before.raw(ApiKeyField::LastUsedAt) != after.raw(ApiKeyField::LastUsedAt))
        out.append({"ZADD", "apikey:idx:lastUsedAt", msScore(after, ApiKeyField::LastUsedAt), i});
    if (before.isActive() != after.isActive() || before.isDeleted() != after.isDeleted())
        out += status(id, after);
    const QStringList oldTags = tagsOf(before);
    const QStringList newTags = tagsOf(after);
    for (const QString& t : oldTags)
        if (!newTags.contains(t)) {
            out.append({"SREM", tagSet(t), i});
            dropEmptyTag(out, t, tagMembers);
        }
    for (const QString& t : newTags)
        if (!oldTags.contains(t)) {
            out.append({"SADD", tagSet(t), i});
            out.append({"SADD", KeySchema::TagsAll.toByteArray(), t.toUtf8()});
        }
    return out;
}

QList<redis::Command> KeyIndex::remove(QByteArrayView id, const ApiKey& key,
                                       const QHash<QString, qint64>& tagMembers)
{
    const QByteArray i = id.toByteArray();
    QList<redis::Command> out {{"ZREM", "apikey:idx:createdAt", i},
                               {"ZREM", "apikey:idx:lastUsedAt", i},
                               {"ZREM", "apikey:idx:name", nameMember(key.name(), id)},
                               {"SREM", KeySchema::IndexAll.toByteArray(), i},
                               {"SREM", "apikey:set:active", i},
                               {"SREM", "apikey:set:deleted", i}};
    for (const QString& t : tagsOf(key)) {
        out.append({"SREM", tagSet(t), i});
        dropEmptyTag(out, t, tagMembers);
    }
    return out;
}

} // namespace rka::relay
