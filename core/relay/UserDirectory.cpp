#include "UserDirectory.h"

#include "ApiKey.h"
#include "redis/Scanner.h"

#include <QJsonDocument>
#include <QPointer>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

constexpr QByteArrayView UserPrefix = "user:";
constexpr QByteArrayView UserIndex = "user:index";

// JavaScript truthiness of a JSON value.
bool truthy(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0 && !std::isnan(v.toDouble());
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

QString stringMember(const QJsonObject& o, QLatin1StringView name)
{
    return o.value(name).toString();
}

} // namespace

struct UserDirectory::Pending
{
    QStringList ids;
    bool fromIndex = false;
};

void UserDirectory::readUsers(redis::Connection& connection, QObject* context, const Pending& pending,
                              const LoadCallback& callback)
{
    if (pending.ids.isEmpty()) {
        callback({}, {});
        return;
    }
    QList<redis::Command> commands;
    for (const QString& id : pending.ids)
        commands.append({"GET"_ba, UserPrefix.toByteArray() + id.toUtf8()});
    connection.pipeline(
        commands, context,
        [pending, callback](const QList<redis::Reply>& replies, const redis::RedisError& error) {
            if (error) {
                callback({}, error);
                return;
            }
            UserDirectory directory;
            QStringList stale;
            for (qsizetype i = 0; i < pending.ids.size(); ++i) {
                const redis::Reply& r = replies.value(i);
                if (r.isString())
                    directory.insert(User::parse(pending.ids.at(i), r.bytes()));
                else if (r.isNil())
                    stale.append(pending.ids.at(i));
                else // WRONGTYPE: not the service's JSON string
                    directory.insert(User::parse(pending.ids.at(i), QByteArray()));
            }
            directory.m_staleIndexIds = stale;
            directory.m_fromIndex = pending.fromIndex;
            callback(directory, {});
        });
}

User User::parse(const QString& id, const QByteArray& value)
{
    User user;
    user.id = id;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value, &error);
    if (value.isEmpty() || error.error != QJsonParseError::NoError || !doc.isObject()) {
        user.malformed = true;
        user.problem = value.isEmpty() ? UserDirectory::tr("The user record is empty or not a string.")
            : error.error != QJsonParseError::NoError
            ? UserDirectory::tr("The user record is not valid JSON (%1 at byte %2).")
                  .arg(error.errorString())
                  .arg(error.offset)
            : UserDirectory::tr("The user record is JSON but not an object.");
        user.raw = value.left(4096);
        return user;
    }
    const QJsonObject o = doc.object();
    user.json = o;
    user.username = stringMember(o, "username"_L1);
    user.displayName = stringMember(o, "displayName"_L1);
    user.email = stringMember(o, "email"_L1);
    user.role = stringMember(o, "role"_L1);
    user.isActive = truthy(o.value("isActive"_L1));
    user.createdAt = stringMember(o, "createdAt"_L1);
    user.updatedAt = stringMember(o, "updatedAt"_L1);
    user.lastLoginAt = stringMember(o, "lastLoginAt"_L1);
    user.deletedAt = stringMember(o, "deletedAt"_L1);
    return user;
}

bool UserDirectory::isUserId(QStringView s)
{
    if (s.size() != 32)
        return false;
    for (const QChar c : s) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

void UserDirectory::loadFromIndex(redis::Connection& connection, QObject* context, IndexCallback callback)
{
    QPointer<redis::Connection> conn(&connection);
    QPointer<QObject> ctx(context);
    connection.execute({"SMEMBERS"_ba, UserIndex.toByteArray()}, context,
                       [conn, ctx, callback = std::move(callback)](const redis::Reply& reply,
                                                                   const redis::RedisError& error) {
                           if (error) {
                               callback(std::nullopt, error);
                               return;
                           }
                           if (!conn) {
                               callback(std::nullopt, {redis::RedisError::Code::Cancelled, QString()});
                               return;
                           }
                           Pending pending;
                           if (reply.isArray()) {
                               for (const redis::Reply& member : reply.elements())
                                   pending.ids.append(member.text());
                           }
                           // A WRONGTYPE `user:index` is ignored like a missing one: it is no index of ours.
                           if (pending.ids.isEmpty()) {
                               callback(std::nullopt, {});
                               return;
                           }
                           pending.ids.sort();
                           pending.fromIndex = true;
                           readUsers(*conn, ctx, pending,
                                     [callback](const UserDirectory& d, const redis::RedisError& e) {
                                         callback(e ? std::nullopt : std::optional<UserDirectory>(d), e);
                                     });
                       });
}

void UserDirectory::load(redis::Connection& connection, QObject* context, LoadCallback callback)
{
    QPointer<redis::Connection> conn(&connection);
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    loadFromIndex(connection, context,
                  [conn, ctx, hadContext, callback = std::move(callback)](
                      const std::optional<UserDirectory>& indexed, const redis::RedisError& error) {
                      if (error || indexed) {
                          callback(indexed.value_or(UserDirectory()), error);
                          return;
                      }
                      if (!conn) {
                          callback({}, {redis::RedisError::Code::Cancelled, QString()});
                          return;
                      }
                      redis::ScanRequest request;
                      request.patterns = {UserPrefix.toByteArray() + '*'};
                      redis::scanKeys(*conn, request, ctx,
                                      [conn, ctx, hadContext, callback](const QList<QList<QByteArray>>& keys,
                                                                        const redis::RedisError& scanError) {
                                          if (scanError) {
                                              callback({}, scanError);
                                              return;
                                          }
                                          if (hadContext && !ctx)
                                              return;
                                          if (!conn) {
                                              callback({}, {redis::RedisError::Code::Cancelled, QString()});
                                              return;
                                          }
                                          loadKeys(*conn, keys.value(0), ctx, callback);
                                      });
                  });
}

bool UserDirectory::isUserKey(QByteArrayView name)
{
    return name.startsWith(UserPrefix) && isUserId(QString::fromLatin1(name.sliced(UserPrefix.size())));
}

void UserDirectory::loadKeys(redis::Connection& connection, const QList<QByteArray>& keyNames,
                             QObject* context, LoadCallback callback)
{
    // Only `user:{32 hex}` are users; `user:index` and anything else under the prefix are not
    // (section 10).
    Pending found;
    for (const QByteArray& key : keyNames) {
        if (isUserKey(key))
            found.ids.append(QString::fromLatin1(key.sliced(UserPrefix.size())));
    }
    found.ids.sort();
    found.ids.removeDuplicates();
    readUsers(connection, context, found, callback);
}

void UserDirectory::insert(const User& user)
{
    if (const auto it = m_index.constFind(user.id); it != m_index.constEnd()) {
        m_users[*it] = user;
        return;
    }
    m_index.insert(user.id, m_users.size());
    m_users.append(user);
}

std::optional<User> UserDirectory::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_users.at(*it);
}

QList<User> UserDirectory::malformed() const
{
    QList<User> list;
    for (const User& u : m_users) {
        if (u.malformed)
            list.append(u);
    }
    return list;
}

OwnerLabel UserDirectory::ownerLabel(const QString& userId, const QString& createdBy) const
{
    OwnerLabel label;
    label.userId = userId;
    if (!userId.isEmpty()) {
        const std::optional<User> user = find(userId);
        // A record the service cannot parse is, for it, no user at all.
        if (user && !user->malformed) {
            label.kind = OwnerLabel::Kind::User;
            label.text = !user->displayName.isEmpty() ? user->displayName
                : !user->username.isEmpty()           ? user->username
                                                      : tr("Unknown User");
        } else {
            label.kind = OwnerLabel::Kind::UnknownUser;
            label.text = tr("Unknown User");
        }
        return label;
    }
    if (createdBy.isEmpty() || createdBy == "admin"_L1) {
        label.kind = OwnerLabel::Kind::Admin;
        //: The owner of keys that belong to no user.
        label.text = tr("Admin");
    } else {
        label.kind = OwnerLabel::Kind::CreatedBy;
        label.text = createdBy;
    }
    return label;
}

OwnerLabel UserDirectory::ownerLabel(const ApiKey& key) const
{
    return ownerLabel(key.userId(), key.createdBy());
}

} // namespace rka::relay
