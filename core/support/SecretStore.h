#pragma once

#include "Profile.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace rka::support {

// The names of a profile's secrets.
inline const QString RedisPasswordSecret = QStringLiteral("redis-password");
inline const QString EncryptionKeySecret = QStringLiteral("encryption-key");

// The outcome of one secret operation. Messages are translated and say what the user can do.
struct SecretResult
{
    enum class Status {
        Ok, // done; for a read, `value` holds the secret
        NotFound, // nothing stored under that name (an empty secret is stored as such, not as NotFound)
        AskUser, // this store keeps nothing: the user types the secret (PromptSecretStore)
        Unavailable, // the store cannot be used at all (no keychain service, unsafe fallback file)
        Denied, // the user or the system refused access
        Failed, // anything else; `message` says what
    };

    Status status = Status::Ok;
    QByteArray value;
    QString message;

    bool ok() const { return status == Status::Ok; }
};

// Where a profile's secrets are kept. Every operation is asynchronous: the callback runs once, later,
// in `context`'s thread (never from inside the call), and is skipped if `context` was destroyed.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult& result)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    virtual SecretStorage storage() const = 0;
    virtual void read(const QString& profileId, const QString& name, QObject* context, Callback callback) = 0;
    virtual void write(const QString& profileId, const QString& name, const QByteArray& value,
                       QObject* context, Callback callback) = 0;
    virtual void remove(const QString& profileId, const QString& name, QObject* context,
                        Callback callback) = 0;
    // Whether the store can be used at all: Ok, or Unavailable with the reason.
    virtual void probe(QObject* context, Callback callback);

protected:
    // Queues the callback, so it never runs inside read/write/remove.
    static void deliver(QObject* context, const Callback& callback, const SecretResult& result);
};

// The system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) through
// QtKeychain. QtKeychain's insecure plain-text fallback is never enabled. A keychain that does not
// answer within the timeout counts as unavailable, so nothing waits forever.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString serviceName = QString(), QObject* parent = nullptr);

    SecretStorage storage() const override { return SecretStorage::Keychain; }
    void read(const QString& profileId, const QString& name, QObject* context, Callback callback) override;
    void write(const QString& profileId, const QString& name, const QByteArray& value, QObject* context,
               Callback callback) override;
    void remove(const QString& profileId, const QString& name, QObject* context, Callback callback) override;
    void probe(QObject* context, Callback callback) override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QString serviceName() const { return m_serviceName; }

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation op, const QString& key, const QByteArray& value, QObject* context, Callback callback);

    QString m_serviceName;
    int m_timeoutMs = 10000;
};

// The local fallback the user chose explicitly: one JSON file, readable only by its owner (mode
// 0600), whose name and content say that the secrets in it are not encrypted. A file that others
// may read is refused, and nothing is read from it.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(QString path = defaultPath(), QObject* parent = nullptr);

    // <user data directory>/local-secrets-NOT-ENCRYPTED.json
    static QString defaultPath();
    QString path() const { return m_path; }

    SecretStorage storage() const override { return SecretStorage::LocalFile; }
    void read(const QString& profileId, const QString& name, QObject* context, Callback callback) override;
    void write(const QString& profileId, const QString& name, const QByteArray& value, QObject* context,
               Callback callback) override;
    void remove(const QString& profileId, const QString& name, QObject* context, Callback callback) override;
    void probe(QObject* context, Callback callback) override;

    // Synchronous forms (a small local file); the asynchronous ones deliver these results.
    SecretResult readNow(const QString& profileId, const QString& name) const;
    SecretResult writeNow(const QString& profileId, const QString& name, const QByteArray& value);
    SecretResult removeNow(const QString& profileId, const QString& name);

private:
    struct Contents;
    SecretResult load(Contents& out) const;
    SecretResult save(const Contents& contents);

    QString m_path;
};

// "Ask every time": nothing is stored. read() answers AskUser; write() and remove() succeed without
// keeping anything.
class PromptSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    SecretStorage storage() const override { return SecretStorage::AskEveryTime; }
    void read(const QString& profileId, const QString& name, QObject* context, Callback callback) override;
    void write(const QString& profileId, const QString& name, const QByteArray& value, QObject* context,
               Callback callback) override;
    void remove(const QString& profileId, const QString& name, QObject* context, Callback callback) override;
};

// Keeps secrets in memory for the life of the object: tests, demo mode, and a session's cache of
// secrets the user typed.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(SecretStorage reportedStorage = SecretStorage::Keychain,
                               QObject* parent = nullptr);

    SecretStorage storage() const override { return m_storage; }
    void read(const QString& profileId, const QString& name, QObject* context, Callback callback) override;
    void write(const QString& profileId, const QString& name, const QByteArray& value, QObject* context,
               Callback callback) override;
    void remove(const QString& profileId, const QString& name, QObject* context, Callback callback) override;
    void probe(QObject* context, Callback callback) override;

    // Tests: make every operation answer Unavailable with this message (empty = work normally).
    void setUnavailable(const QString& message) { m_unavailable = message; }
    QHash<QString, QByteArray> contents() const { return m_values; }

private:
    SecretStorage m_storage;
    QString m_unavailable;
    QHash<QString, QByteArray> m_values;
};

// The store for a storage choice, with the default place for the file fallback.
std::unique_ptr<SecretStore> createSecretStore(SecretStorage storage, QObject* parent = nullptr);

} // namespace rka::support
