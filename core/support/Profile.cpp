#include "Profile.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rka::support {

namespace {

const QString ProfilesGroup = u"profiles"_s;
const QString LastUsedKey = u"state/lastUsedProfile"_s;
const QString FormatKey = u"state/profilesFormat"_s;
constexpr int FormatVersion = 1;

QString normalizedName(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

QString secretStorageKey(SecretStorage storage)
{
    switch (storage) {
    case SecretStorage::Keychain:
        return u"keychain"_s;
    case SecretStorage::AskEveryTime:
        return u"ask"_s;
    case SecretStorage::LocalFile:
        return u"file"_s;
    }
    return u"ask"_s;
}

std::optional<SecretStorage> secretStorageFromKey(const QString& key)
{
    for (SecretStorage s : {SecretStorage::Keychain, SecretStorage::AskEveryTime, SecretStorage::LocalFile})
        if (secretStorageKey(s) == key)
            return s;
    return std::nullopt;
}

redis::ConnectionSettings Profile::connectionSettings(const QString& password) const
{
    redis::ConnectionSettings s = connection;
    s.password = password;
    s.readOnly = readOnly;
    return s;
}

relay::ServiceSettings Profile::serviceSettings(const QByteArray& encryptionKey) const
{
    relay::ServiceSettings s = service;
    s.encryptionKey = encryptionKey;
    return s;
}

QString Profile::endpointText() const
{
    return connection.endpoint() + u'/' + QString::number(connection.database);
}

QString Profile::displayTitle() const
{
    //: Profile name and its Redis address, e.g. "staging — 10.0.0.5:6379/0"
    return tr("%1 — %2").arg(name, endpointText());
}

QString Profile::releaseKey(relay::DataModel model)
{
    return model == relay::DataModel::Release1_1_235 ? u"1.1.235"_s : u"1.1.314"_s;
}

std::optional<relay::DataModel> Profile::releaseFromKey(const QString& key)
{
    if (key == u"1.1.235"_s)
        return relay::DataModel::Release1_1_235;
    if (key == u"1.1.314"_s)
        return relay::DataModel::Release1_1_302; // 1.1.302 to 1.1.314 share one data model
    return std::nullopt;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ProfileStore::ProfileStore()
    : ProfileStore(std::make_unique<QSettings>())
{ }

ProfileStore::ProfileStore(const QString& iniPath)
    : ProfileStore(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
    // Never fall back to writing the file in place: a crash would leave half a file.
    m_settings->setAtomicSyncRequired(true);
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> out;
    for (const QString& id : ids)
        out << read(id);
    std::sort(out.begin(), out.end(), [](const Profile& a, const Profile& b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString& id) const
{
    if (id.isEmpty() || !m_settings->contains(ProfilesGroup + u'/' + id + u"/name"_s))
        return std::nullopt;
    return read(id);
}

std::optional<Profile> ProfileStore::profileByName(const QString& name) const
{
    for (const Profile& p : profiles())
        if (normalizedName(p.name) == normalizedName(name))
            return p;
    return std::nullopt;
}

bool ProfileStore::isNameTaken(const QString& name, const QString& exceptId) const
{
    const std::optional<Profile> p = profileByName(name);
    return p && p->id != exceptId;
}

bool ProfileStore::add(Profile& profile, QString* error)
{
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    if (profile.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A profile needs a name.");
        return false;
    }
    if (this->profile(profile.id)) {
        if (error)
            *error = tr("A profile with this id exists already.");
        return false;
    }
    if (isNameTaken(profile.name)) {
        if (error)
            *error = tr("A profile named \"%1\" exists already.").arg(profile.name.trimmed());
        return false;
    }
    write(profile);
    return sync(error);
}

bool ProfileStore::update(const Profile& profile, QString* error)
{
    if (!this->profile(profile.id)) {
        if (error)
            *error = tr("The profile \"%1\" no longer exists.").arg(profile.name);
        return false;
    }
    if (profile.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A profile needs a name.");
        return false;
    }
    if (isNameTaken(profile.name, profile.id)) {
        if (error)
            *error = tr("A profile named \"%1\" exists already.").arg(profile.name.trimmed());
        return false;
    }
    m_settings->remove(ProfilesGroup + u'/' + profile.id); // no stale keys from an older format
    write(profile);
    return sync(error);
}

bool ProfileStore::remove(const QString& id, QString* error)
{
    if (!profile(id)) {
        if (error)
            *error = tr("The profile no longer exists.");
        return false;
    }
    m_settings->remove(ProfilesGroup + u'/' + id);
    if (m_settings->value(LastUsedKey).toString() == id)
        m_settings->remove(LastUsedKey);
    return sync(error);
}

QString ProfileStore::lastUsedId() const
{
    const QString id = m_settings->value(LastUsedKey).toString();
    return profile(id) ? id : QString();
}

bool ProfileStore::setLastUsedId(const QString& id, QString* error)
{
    m_settings->setValue(LastUsedKey, id);
    return sync(error);
}

void ProfileStore::write(const Profile& p)
{
    QSettings& s = *m_settings;
    s.setValue(FormatKey, FormatVersion);
    s.beginGroup(ProfilesGroup + u'/' + p.id);
    s.setValue(u"name"_s, p.name.trimmed());
    // Deliberately absent: connection.password and service.encryptionKey (they go to a SecretStore).
    s.setValue(u"connection/host"_s, p.connection.host);
    s.setValue(u"connection/port"_s, int(p.connection.port));
    s.setValue(u"connection/username"_s, p.connection.username);
    s.setValue(u"connection/database"_s, p.connection.database);
    s.setValue(u"connection/connectTimeoutMs"_s, p.connection.connectTimeoutMs);
    s.setValue(u"connection/commandTimeoutMs"_s, p.connection.commandTimeoutMs);
    s.setValue(u"tls/enabled"_s, p.connection.tls.enabled);
    s.setValue(u"tls/verifyPeer"_s, p.connection.tls.verifyPeer);
    s.setValue(u"tls/caFile"_s, p.connection.tls.caFile);
    s.setValue(u"tls/clientCertificateFile"_s, p.connection.tls.clientCertificateFile);
    s.setValue(u"tls/clientKeyFile"_s, p.connection.tls.clientKeyFile);
    s.setValue(u"tls/serverName"_s, p.connection.tls.serverName);
    s.setValue(u"tls/acceptedCertificateSha256"_s,
               QString::fromLatin1(p.connection.tls.acceptedCertificateSha256.toHex()));
    s.setValue(u"service/apiKeyPrefix"_s, QString::fromUtf8(p.service.apiKeyPrefix));
    s.setValue(u"service/timezoneOffset"_s, p.service.timezoneOffset);
    s.setValue(u"service/baseUrl"_s, p.baseUrl);
    s.setValue(u"service/emptyDatabaseRelease"_s, Profile::releaseKey(p.emptyDatabaseRelease));
    s.setValue(u"behaviour/operatorName"_s, p.operatorName);
    s.setValue(u"behaviour/readOnly"_s, p.readOnly);
    s.setValue(u"behaviour/production"_s, p.production);
    s.setValue(u"behaviour/autoRefreshSeconds"_s, p.autoRefreshSeconds);
    s.setValue(u"behaviour/clipboardClearSeconds"_s, p.clipboardClearSeconds);
    s.setValue(u"secrets/storage"_s, secretStorageKey(p.secretStorage));
    s.endGroup();
}

Profile ProfileStore::read(const QString& id) const
{
    const Profile d; // defaults for anything missing
    QSettings& s = *m_settings;
    Profile p;
    p.id = id;
    s.beginGroup(ProfilesGroup + u'/' + id);
    p.name = s.value(u"name"_s).toString();
    p.connection.host = s.value(u"connection/host"_s, d.connection.host).toString();
    const int port = s.value(u"connection/port"_s, int(d.connection.port)).toInt();
    p.connection.port = port > 0 && port < 65536 ? quint16(port) : d.connection.port;
    p.connection.username = s.value(u"connection/username"_s).toString();
    p.connection.database = qMax(0, s.value(u"connection/database"_s, 0).toInt());
    p.connection.connectTimeoutMs =
        s.value(u"connection/connectTimeoutMs"_s, d.connection.connectTimeoutMs).toInt();
    p.connection.commandTimeoutMs =
        s.value(u"connection/commandTimeoutMs"_s, d.connection.commandTimeoutMs).toInt();
    p.connection.tls.enabled = s.value(u"tls/enabled"_s, false).toBool();
    p.connection.tls.verifyPeer = s.value(u"tls/verifyPeer"_s, true).toBool();
    p.connection.tls.caFile = s.value(u"tls/caFile"_s).toString();
    p.connection.tls.clientCertificateFile = s.value(u"tls/clientCertificateFile"_s).toString();
    p.connection.tls.clientKeyFile = s.value(u"tls/clientKeyFile"_s).toString();
    p.connection.tls.serverName = s.value(u"tls/serverName"_s).toString();
    p.connection.tls.acceptedCertificateSha256 =
        QByteArray::fromHex(s.value(u"tls/acceptedCertificateSha256"_s).toString().toLatin1());
    p.service.apiKeyPrefix =
        s.value(u"service/apiKeyPrefix"_s, QString::fromUtf8(d.service.apiKeyPrefix)).toString().toUtf8();
    p.service.timezoneOffset = s.value(u"service/timezoneOffset"_s, d.service.timezoneOffset).toInt();
    p.baseUrl = s.value(u"service/baseUrl"_s).toString();
    p.emptyDatabaseRelease = Profile::releaseFromKey(s.value(u"service/emptyDatabaseRelease"_s).toString())
                                 .value_or(d.emptyDatabaseRelease);
    p.operatorName = s.value(u"behaviour/operatorName"_s).toString();
    p.readOnly = s.value(u"behaviour/readOnly"_s, false).toBool();
    p.production = s.value(u"behaviour/production"_s, false).toBool();
    p.autoRefreshSeconds = qMax(0, s.value(u"behaviour/autoRefreshSeconds"_s, 0).toInt());
    p.clipboardClearSeconds =
        qMax(0, s.value(u"behaviour/clipboardClearSeconds"_s, d.clipboardClearSeconds).toInt());
    // An unknown storage name (a newer version's) asks rather than guessing where a secret is.
    p.secretStorage =
        secretStorageFromKey(s.value(u"secrets/storage"_s).toString()).value_or(SecretStorage::AskEveryTime);
    s.endGroup();
    p.connection.readOnly = p.readOnly;
    return p;
}

bool ProfileStore::sync(QString* error)
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        if (error)
            *error = tr("Cannot write the profiles to %1. Check that the folder exists and is writable, "
                        "and that the disk is not full.")
                         .arg(m_settings->fileName());
        return false;
    case QSettings::FormatError:
        if (error)
            *error = tr("The profiles file %1 is not a valid settings file; it was not changed.")
                         .arg(m_settings->fileName());
        return false;
    }
    return false;
}

} // namespace rka::support
