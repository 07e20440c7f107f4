#pragma once

#include "redis/ConnectionSettings.h"
#include "relay/ServiceRelease.h"
#include "relay/ServiceSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace rka::support {

// Where a profile's secrets (the Redis password and the service's ENCRYPTION_KEY) live.
enum class SecretStorage {
    Keychain, // the system keychain through QtKeychain
    AskEveryTime, // nowhere: the user types them on each connect
    LocalFile, // the explicitly chosen, clearly labelled plain-text fallback file (mode 0600)
};

QString secretStorageKey(SecretStorage storage); // "keychain", "ask", "file": stable, stored
std::optional<SecretStorage> secretStorageFromKey(const QString& key);

// One saved connection to a service deployment. The password and the ENCRYPTION_KEY are not part of
// what is stored: `connection.password` and `service.encryptionKey` are always empty in a Profile
// that came from a ProfileStore, and ProfileStore never writes them even when they are set.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString id; // stable uuid without braces; assigned by ProfileStore::add
    QString name;
    redis::ConnectionSettings connection; // password unused here; readOnly follows `readOnly` below
    relay::ServiceSettings service; // encryptionKey unused here
    QString operatorName; // recorded as who deleted or restored a key
    bool readOnly = false;
    bool production = false; // every write asks the user to type the profile name
    QString baseUrl; // the service's public URL, for ANTHROPIC_BASE_URL snippets
    relay::DataModel emptyDatabaseRelease = relay::DataModel::Release1_1_302; // 1.1.314 rules
    int autoRefreshSeconds = 0; // 0 = off
    int clipboardClearSeconds = 30;
    SecretStorage secretStorage = SecretStorage::Keychain;
    // Demo mode's in-memory profile (relay-key-admin --demo): never stored, shown as a demo everywhere.
    bool demo = false;

    // The settings to open a connection with: these plus the secret, and the read-only flag.
    redis::ConnectionSettings connectionSettings(const QString& password) const;
    relay::ServiceSettings serviceSettings(const QByteArray& encryptionKey) const;
    // "name — host:port/db" for titles and banners.
    QString displayTitle() const;
    QString endpointText() const; // "host:port/db"

    // "1.1.235" or "1.1.314": the two releases a profile can write for when the database is empty.
    static QString releaseKey(relay::DataModel model);
    static std::optional<relay::DataModel> releaseFromKey(const QString& key);
    static QString newId();
};

// The saved profiles, a typed wrapper over QSettings. Every change is written at once through
// QSettings' atomic save (a temporary file renamed over the old one, isAtomicSyncRequired()), so a
// crash or a full disk leaves the old file or the new one, never half of it.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    ProfileStore(); // the application's own settings
    explicit ProfileStore(const QString& iniPath); // an INI file (tests, portable use)
    explicit ProfileStore(std::unique_ptr<QSettings> settings);
    ~ProfileStore();
    ProfileStore(const ProfileStore&) = delete;
    ProfileStore& operator=(const ProfileStore&) = delete;

    QString fileName() const;

    // Sorted by name, case-insensitively.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& id) const;
    std::optional<Profile> profileByName(const QString& name) const;
    // Names compare trimmed and case-insensitively; `exceptId` is the profile being edited.
    bool isNameTaken(const QString& name, const QString& exceptId = QString()) const;

    // Assigns profile.id when empty. Refuses an empty or duplicate name. False: `error` says why.
    bool add(Profile& profile, QString* error = nullptr);
    bool update(const Profile& profile, QString* error = nullptr);
    bool remove(const QString& id, QString* error = nullptr);

    QString lastUsedId() const; // empty when none, or when that profile is gone
    bool setLastUsedId(const QString& id, QString* error = nullptr);

private:
    void write(const Profile& profile);
    Profile read(const QString& id) const;
    bool sync(QString* error);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace rka::support
