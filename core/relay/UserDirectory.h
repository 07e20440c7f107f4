#pragma once

#include "redis/Connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rka::relay {

class ApiKey;

// One `user:{id}` record: a JSON string (service-data-model.md section 10).
struct User
{
    QString id; // from the Redis key
    QString username;
    QString displayName;
    QString email;
    QString role; // "user" or "admin"
    bool isActive = false; // JavaScript truthiness of the JSON value, as the service tests it
    QString createdAt;
    QString updatedAt;
    QString lastLoginAt;
    QString deletedAt;
    QJsonObject json; // everything, for a detail view

    // Malformed records are kept, with the reason, so they can be shown and repaired.
    bool malformed = false;
    QString problem; // translated; empty when well-formed
    QByteArray raw; // the stored bytes of a malformed record (shortened)

    // Parses the stored value of `user:{id}`.
    static User parse(const QString& id, const QByteArray& value);
};

// How the admin list shows a key's owner (section 10, "Owner label in the admin list").
struct OwnerLabel
{
    enum class Kind {
        User, // the key's user exists: displayName || username (|| "Unknown User")
        UnknownUser, // the key names a user that does not exist
        Admin, // no user, created by the admin (or nobody)
        CreatedBy, // no user, `createdBy` holds another name (e.g. a username after a transfer)
    };
    Kind kind = Kind::Admin;
    QString text;
    QString userId;
};

// All users, loaded asynchronously in a fixed number of round trips: `SMEMBERS user:index`
// (1.1.314, section 18.9) then one pipeline of GETs. When the index is empty or absent the service
// falls back to SCAN `user:*`; that full pass over the keyspace is left to the caller, who may
// already be making one (KeyListReader's keyspace pass), and who gives the names it found to
// loadKeys().
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    using LoadCallback = std::function<void(const UserDirectory& directory, const redis::RedisError& error)>;
    // All users on their own: the index, or else a SCAN of `user:*`, then the records.
    static void load(redis::Connection& connection, QObject* context, LoadCallback callback);
    // The users `user:index` lists; std::nullopt when it lists none (the ids must come from a scan).
    using IndexCallback =
        std::function<void(const std::optional<UserDirectory>& directory, const redis::RedisError& error)>;
    static void loadFromIndex(redis::Connection& connection, QObject* context, IndexCallback callback);
    // The users among `keyNames` (found by a scan; other names are ignored).
    static void loadKeys(redis::Connection& connection, const QList<QByteArray>& keyNames, QObject* context,
                         LoadCallback callback);
    // Whether `name` is the key of a user record: `user:{32 hex}` (section 10).
    static bool isUserKey(QByteArrayView name);

    // Whether `s` is a user id as the service makes them: 16 random bytes as 32 hex characters.
    static bool isUserId(QStringView s);

    void insert(const User& user);
    const QList<User>& all() const { return m_users; }
    qsizetype size() const { return m_users.size(); }
    std::optional<User> find(const QString& id) const;
    QList<User> malformed() const;
    // Ids listed in `user:index` whose record does not exist.
    const QStringList& staleIndexIds() const { return m_staleIndexIds; }
    // Whether the ids came from `user:index` rather than a SCAN.
    bool fromIndex() const { return m_fromIndex; }

    // Section 10: user found -> displayName || username || 'Unknown User'; user missing ->
    // 'Unknown User'; no userId -> 'Admin' for createdBy "admin", else createdBy || 'Admin'.
    OwnerLabel ownerLabel(const QString& userId, const QString& createdBy) const;
    OwnerLabel ownerLabel(const ApiKey& key) const;

private:
    struct Pending;
    static void readUsers(redis::Connection& connection, QObject* context, const Pending& pending,
                          const LoadCallback& callback);

    QList<User> m_users;
    QHash<QString, qsizetype> m_index;
    QStringList m_staleIndexIds;
    bool m_fromIndex = false;
};

} // namespace rka::relay
