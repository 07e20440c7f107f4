// Connection profiles and their secrets: every field survives a round trip through the settings file,
// no secret ever reaches that file, writes replace the file atomically, the local fallback file is
// private (0600) and refused when it is not, and a missing keychain is reported quickly, in words.
#include "support/Profile.h"
#include "support/SecretStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::support;

namespace {

const QByteArray DistinctPassword = "pw-Qz8u1-DISTINCT-never-in-settings";
const QByteArray DistinctKey = "ek-Vx4k9-DISTINCT-never-in-settings";

Profile fullProfile()
{
    Profile p;
    p.name = u"Production EU"_s;
    p.connection.host = u"redis.example.internal"_s;
    p.connection.port = 6380;
    p.connection.username = u"relay-admin"_s;
    p.connection.password = QString::fromLatin1(DistinctPassword);
    p.connection.database = 3;
    p.connection.connectTimeoutMs = 7000;
    p.connection.commandTimeoutMs = 21000;
    p.connection.tls.enabled = true;
    p.connection.tls.verifyPeer = false;
    p.connection.tls.caFile = u"/etc/ssl/ca.pem"_s;
    p.connection.tls.clientCertificateFile = u"/etc/ssl/client.pem"_s;
    p.connection.tls.clientKeyFile = u"/etc/ssl/client.key"_s;
    p.connection.tls.serverName = u"redis.example.com"_s;
    p.connection.tls.acceptedCertificateSha256 = QByteArray::fromHex("00ff10aa55cc");
    p.service.encryptionKey = DistinctKey;
    p.service.apiKeyPrefix = "sk_eu_";
    p.service.timezoneOffset = -5;
    p.operatorName = u"Ana Operator"_s;
    p.readOnly = true;
    p.production = true;
    p.baseUrl = u"https://relay.example.com"_s;
    p.emptyDatabaseRelease = relay::DataModel::Release1_1_235;
    p.autoRefreshSeconds = 45;
    p.clipboardClearSeconds = 12;
    p.secretStorage = SecretStorage::LocalFile;
    return p;
}

ino_t inodeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

uint modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0xffff;
}

// Runs an asynchronous SecretStore operation and waits for its one answer.
template <typename Start> std::optional<SecretResult> await(Start start, int timeoutMs = 20000)
{
    std::optional<SecretResult> result;
    int calls = 0;
    QObject context;
    start(&context, [&](const SecretResult& r) {
        result = r;
        ++calls;
    });
    if (result) // must never answer from inside the call
        return SecretResult {SecretResult::Status::Failed, {}, u"answered synchronously"_s};
    (void)QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    QTest::qWait(20);
    if (calls > 1)
        return SecretResult {SecretResult::Status::Failed, {}, u"answered more than once"_s};
    return result;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripOfEveryField();
    void defaultsForAMinimalProfile();
    void secretsNeverReachTheSettingsFile();
    void writesReplaceTheFileAtomically();
    void writeFailureIsReported();
    void namesAreUniqueAndRemoveWorks();
    void lastUsedProfile();

    void fileSecretsArePrivateAndRoundTrip();
    void fileSecretsRefuseAFileOthersCanRead();
    void fileSecretsRefuseASymbolicLink();
    void promptStoreKeepsNothing();
    void keychainUnavailableIsReportedQuickly();
};

void TestProfileStore::roundTripOfEveryField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.ini"_s);
    Profile p = fullProfile();
    QString error;
    {
        ProfileStore store(path);
        QVERIFY2(store.add(p, &error), qPrintable(error));
        QVERIFY(!p.id.isEmpty());
        QVERIFY(!QUuid::fromString(p.id).isNull());
    }
    ProfileStore reopened(path);
    const std::optional<Profile> r = reopened.profile(p.id);
    QVERIFY(r);
    QCOMPARE(r->id, p.id);
    QCOMPARE(r->name, p.name);
    QCOMPARE(r->connection.host, p.connection.host);
    QCOMPARE(r->connection.port, p.connection.port);
    QCOMPARE(r->connection.username, p.connection.username);
    QCOMPARE(r->connection.database, p.connection.database);
    QCOMPARE(r->connection.connectTimeoutMs, p.connection.connectTimeoutMs);
    QCOMPARE(r->connection.commandTimeoutMs, p.connection.commandTimeoutMs);
    QCOMPARE(r->connection.tls.enabled, true);
    QCOMPARE(r->connection.tls.verifyPeer, false);
    QCOMPARE(r->connection.tls.caFile, p.connection.tls.caFile);
    QCOMPARE(r->connection.tls.clientCertificateFile, p.connection.tls.clientCertificateFile);
    QCOMPARE(r->connection.tls.clientKeyFile, p.connection.tls.clientKeyFile);
    QCOMPARE(r->connection.tls.serverName, p.connection.tls.serverName);
    QCOMPARE(r->connection.tls.acceptedCertificateSha256, p.connection.tls.acceptedCertificateSha256);
    QCOMPARE(r->service.apiKeyPrefix, p.service.apiKeyPrefix);
    QCOMPARE(r->service.timezoneOffset, -5);
    QCOMPARE(r->operatorName, p.operatorName);
    QCOMPARE(r->readOnly, true);
    QCOMPARE(r->connection.readOnly, true);
    QCOMPARE(r->production, true);
    QCOMPARE(r->baseUrl, p.baseUrl);
    QCOMPARE(r->emptyDatabaseRelease, relay::DataModel::Release1_1_235);
    QCOMPARE(r->autoRefreshSeconds, 45);
    QCOMPARE(r->clipboardClearSeconds, 12);
    QCOMPARE(r->secretStorage, SecretStorage::LocalFile);
    // Secrets are not part of a stored profile.
    QVERIFY(r->connection.password.isEmpty());
    QVERIFY(r->service.encryptionKey.isEmpty());
    // ... and are added back only for the connection.
    const redis::ConnectionSettings cs = r->connectionSettings(u"pw"_s);
    QCOMPARE(cs.password, u"pw"_s);
    QVERIFY(cs.readOnly);
    QCOMPARE(r->serviceSettings("ek").encryptionKey, QByteArray("ek"));
    QCOMPARE(r->displayTitle(), u"Production EU — redis.example.internal:6380/3"_s);

    // Every value changed again, through update().
    Profile q = *r;
    q.name = u"Renamed"_s;
    q.connection.port = 7000;
    q.readOnly = false;
    q.production = false;
    q.emptyDatabaseRelease = relay::DataModel::Release1_1_302;
    q.secretStorage = SecretStorage::AskEveryTime;
    q.connection.tls.acceptedCertificateSha256.clear();
    QVERIFY2(reopened.update(q, &error), qPrintable(error));
    const Profile u = *ProfileStore(path).profile(p.id);
    QCOMPARE(u.name, u"Renamed"_s);
    QCOMPARE(u.connection.port, quint16(7000));
    QCOMPARE(u.readOnly, false);
    QCOMPARE(u.production, false);
    QCOMPARE(u.emptyDatabaseRelease, relay::DataModel::Release1_1_302);
    QCOMPARE(Profile::releaseKey(u.emptyDatabaseRelease), u"1.1.314"_s);
    QCOMPARE(u.secretStorage, SecretStorage::AskEveryTime);
    QVERIFY(u.connection.tls.acceptedCertificateSha256.isEmpty());
}

void TestProfileStore::defaultsForAMinimalProfile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.ini"_s);
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(u"profiles/abc/name"_s, u"Hand written"_s);
        raw.setValue(u"profiles/abc/secrets/storage"_s, u"something-newer"_s);
    }
    ProfileStore store(path);
    const Profile p = *store.profile(u"abc"_s);
    QCOMPARE(p.name, u"Hand written"_s);
    QCOMPARE(p.connection.port, quint16(6379));
    QCOMPARE(p.service.apiKeyPrefix, QByteArray("cr_"));
    QCOMPARE(p.service.timezoneOffset, 8);
    QCOMPARE(p.clipboardClearSeconds, 30);
    QCOMPARE(p.autoRefreshSeconds, 0);
    QCOMPARE(p.emptyDatabaseRelease, relay::DataModel::Release1_1_302);
    QCOMPARE(p.secretStorage, SecretStorage::AskEveryTime); // unknown place: ask, never guess
}

void TestProfileStore::secretsNeverReachTheSettingsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.ini"_s);
    ProfileStore store(path);
    Profile p = fullProfile();
    QVERIFY(store.add(p));
    Profile second = fullProfile();
    second.name = u"Second"_s;
    QVERIFY(store.add(second));
    p.connection.password = QString::fromLatin1(DistinctPassword) + u"-2"_s;
    QVERIFY(store.update(p));
    QVERIFY(store.setLastUsedId(p.id));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.contains("redis.example.internal")); // it is the right file
    QVERIFY(!content.contains(DistinctPassword));
    QVERIFY(!content.contains(DistinctKey));
    QVERIFY(!content.contains(DistinctPassword.toBase64()));
    QVERIFY(!content.contains(DistinctKey.toHex()));
    QVERIFY(!content.toLower().contains("password"));
    QVERIFY(!content.toLower().contains("encryptionkey"));
}

void TestProfileStore::writesReplaceTheFileAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.ini"_s);
    ProfileStore store(path);
    Profile p = fullProfile();
    QVERIFY(store.add(p));
    const ino_t before = inodeOf(path);
    QVERIFY(before != 0);

    p.name = u"After"_s;
    QVERIFY(store.update(p));
    // A new file was renamed over the old one (QSaveFile), not rewritten in place.
    QVERIFY(inodeOf(path) != before);
    // Nothing is left behind: no temporary file, no lock file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"profiles.ini"_s});
    // And the file parses, with the new content.
    QSettings check(path, QSettings::IniFormat);
    QCOMPARE(check.status(), QSettings::NoError);
    QCOMPARE(check.value(u"profiles/"_s + p.id + u"/name"_s).toString(), u"After"_s);
    QVERIFY(check.isAtomicSyncRequired());
}

void TestProfileStore::writeFailureIsReported()
{
    // The settings file's folder cannot exist (its parent is a regular file), so saving fails even
    // for root; the caller gets a message that names the file.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(u"not-a-folder"_s);
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString path = blocker + u"/profiles.ini"_s;
    ProfileStore store(path);
    Profile p = fullProfile();
    QString error;
    QVERIFY(!store.add(p, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(error.contains(u"Cannot write"_s));
}

void TestProfileStore::namesAreUniqueAndRemoveWorks()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    Profile a;
    a.name = u"Staging"_s;
    Profile b;
    b.name = u"  staging "_s;
    Profile c;
    c.name = u"Alpha"_s;
    Profile empty;
    empty.name = u"  "_s;
    QString error;
    QVERIFY(store.add(a));
    QVERIFY(!store.add(b, &error));
    QVERIFY(error.contains(u"exists already"_s));
    QVERIFY(!store.add(empty, &error));
    QVERIFY(error.contains(u"needs a name"_s));
    QVERIFY(store.add(c));
    QVERIFY(store.isNameTaken(u"STAGING"_s));
    QVERIFY(!store.isNameTaken(u"staging"_s, a.id)); // its own name while editing
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().first().name, u"Alpha"_s); // sorted by name
    QCOMPARE(store.profileByName(u"staging"_s)->id, a.id);

    c.name = u"Staging"_s;
    QVERIFY(!store.update(c, &error));
    QVERIFY(store.remove(a.id));
    QVERIFY(!store.profile(a.id));
    QVERIFY(!store.remove(a.id, &error));
    QVERIFY(store.update(c)); // the name is free now
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::lastUsedProfile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profiles.ini"_s);
    ProfileStore store(path);
    QVERIFY(store.lastUsedId().isEmpty());
    Profile a;
    a.name = u"A"_s;
    QVERIFY(store.add(a));
    QVERIFY(store.setLastUsedId(a.id));
    QCOMPARE(ProfileStore(path).lastUsedId(), a.id);
    QVERIFY(store.remove(a.id));
    QVERIFY(ProfileStore(path).lastUsedId().isEmpty());
}

void TestProfileStore::fileSecretsArePrivateAndRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/local-secrets-NOT-ENCRYPTED.json"_s);
    const mode_t oldUmask = ::umask(0); // even a permissive umask must not widen the file's mode
    FileSecretStore store(path);
    auto w = await(
        [&](QObject* ctx, auto cb) { store.write(u"p1"_s, RedisPasswordSecret, DistinctPassword, ctx, cb); });
    ::umask(oldUmask);
    QVERIFY(w);
    QVERIFY2(w->ok(), qPrintable(w->message));
    QCOMPARE(modeOf(path), 0600u);
    QVERIFY(FileSecretStore::defaultPath().contains(u"NOT-ENCRYPTED"_s));

    QVERIFY(store.writeNow(u"p1"_s, EncryptionKeySecret, DistinctKey).ok());
    QVERIFY(store.writeNow(u"p2"_s, RedisPasswordSecret, "other").ok());
    QCOMPARE(modeOf(path), 0600u);
    QCOMPARE(QDir(dir.filePath(u"sub"_s)).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp left
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("NOT ENCRYPTED")); // the file says what it is

    auto r = await([&](QObject* ctx, auto cb) { store.read(u"p1"_s, RedisPasswordSecret, ctx, cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->value, DistinctPassword);
    QCOMPARE(FileSecretStore(path).readNow(u"p1"_s, EncryptionKeySecret).value, DistinctKey);
    QCOMPARE(store.readNow(u"p2"_s, RedisPasswordSecret).value, QByteArray("other"));
    QCOMPARE(store.readNow(u"p3"_s, RedisPasswordSecret).status, SecretResult::Status::NotFound);

    auto rm = await([&](QObject* ctx, auto cb) { store.remove(u"p1"_s, RedisPasswordSecret, ctx, cb); });
    QVERIFY(rm && rm->ok());
    QCOMPARE(store.readNow(u"p1"_s, RedisPasswordSecret).status, SecretResult::Status::NotFound);
    QCOMPARE(store.readNow(u"p1"_s, EncryptionKeySecret).value, DistinctKey); // the other one stays
    QVERIFY(store.removeNow(u"p1"_s, RedisPasswordSecret).ok()); // removing again is fine
    QCOMPARE(modeOf(path), 0600u);

    auto probe = await([&](QObject* ctx, auto cb) { store.probe(ctx, cb); });
    QVERIFY(probe && probe->ok());
}

void TestProfileStore::fileSecretsRefuseAFileOthersCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secrets.json"_s);
    FileSecretStore store(path);
    QVERIFY(store.writeNow(u"p1"_s, RedisPasswordSecret, DistinctPassword).ok());
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther));
    QCOMPARE(modeOf(path), 0644u);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    auto r = await([&](QObject* ctx, auto cb) { store.read(u"p1"_s, RedisPasswordSecret, ctx, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, SecretResult::Status::Unavailable);
    QVERIFY(r->value.isEmpty()); // nothing read from it
    QVERIFY2(r->message.contains(u"mode 0644"_s), qPrintable(r->message));
    QVERIFY(r->message.contains(u"Nothing was read"_s));
    QVERIFY(r->message.contains(u"chmod 600"_s));
    QVERIFY(r->message.contains(path));

    // Writing is refused as well, and the file is left as it was.
    const SecretResult w = store.writeNow(u"p1"_s, EncryptionKeySecret, DistinctKey);
    QCOMPARE(w.status, SecretResult::Status::Unavailable);
    QCOMPARE(store.removeNow(u"p1"_s, RedisPasswordSecret).status, SecretResult::Status::Unavailable);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(modeOf(path), 0644u);
    auto probe = await([&](QObject* ctx, auto cb) { store.probe(ctx, cb); });
    QCOMPARE(probe->status, SecretResult::Status::Unavailable);

    // Group-writable only is refused too.
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::WriteGroup));
    QVERIFY(store.readNow(u"p1"_s, RedisPasswordSecret).message.contains(u"mode 0620"_s));
    // Made private again, it is used.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(store.readNow(u"p1"_s, RedisPasswordSecret).value, DistinctPassword);
}

void TestProfileStore::fileSecretsRefuseASymbolicLink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"real.json"_s);
    QVERIFY(FileSecretStore(target).writeNow(u"p"_s, RedisPasswordSecret, "x").ok());
    const QString link = dir.filePath(u"link.json"_s);
    QVERIFY(QFile::link(target, link));
    const SecretResult r = FileSecretStore(link).readNow(u"p"_s, RedisPasswordSecret);
    QCOMPARE(r.status, SecretResult::Status::Unavailable);
    QVERIFY(r.message.contains(u"symbolic link"_s));
}

void TestProfileStore::promptStoreKeepsNothing()
{
    PromptSecretStore store;
    auto w = await([&](QObject* ctx, auto cb) { store.write(u"p"_s, RedisPasswordSecret, "x", ctx, cb); });
    QVERIFY(w && w->ok());
    auto r = await([&](QObject* ctx, auto cb) { store.read(u"p"_s, RedisPasswordSecret, ctx, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, SecretResult::Status::AskUser);
    QVERIFY(r->value.isEmpty());
    QCOMPARE(store.storage(), SecretStorage::AskEveryTime);
    QCOMPARE(createSecretStore(SecretStorage::AskEveryTime)->storage(), SecretStorage::AskEveryTime);
    QCOMPARE(createSecretStore(SecretStorage::LocalFile)->storage(), SecretStorage::LocalFile);
    QCOMPARE(createSecretStore(SecretStorage::Keychain)->storage(), SecretStorage::Keychain);
}

void TestProfileStore::keychainUnavailableIsReportedQuickly()
{
    // No D-Bus session and no Secret Service here (nor in CI): QtKeychain fails, and the store says
    // so in words, without waiting long.
    KeychainSecretStore store(u"Relay Key Admin test "_s + QUuid::createUuid().toString());
    store.setTimeoutMs(5000);
    QElapsedTimer t;
    t.start();
    auto probe = await([&](QObject* ctx, auto cb) { store.probe(ctx, cb); }, 8000);
    QVERIFY2(probe, "the keychain did not answer at all");
    QVERIFY(t.elapsed() < 8000);
    if (probe->ok())
        QSKIP("a working system keychain is available here; the unavailable path cannot be checked");
    QCOMPARE(probe->status, SecretResult::Status::Unavailable);
    QVERIFY2(probe->message.contains(u"No system keychain is available"_s) ||
                 probe->message.contains(u"did not answer"_s),
             qPrintable(probe->message));
    QVERIFY(probe->message.contains(u"local file"_s) || probe->message.contains(u"did not answer"_s));

    auto w = await(
        [&](QObject* ctx, auto cb) { store.write(u"p"_s, RedisPasswordSecret, DistinctPassword, ctx, cb); },
        8000);
    QVERIFY(w);
    QCOMPARE(w->status, SecretResult::Status::Unavailable);
    auto r = await([&](QObject* ctx, auto cb) { store.read(u"p"_s, RedisPasswordSecret, ctx, cb); }, 8000);
    QVERIFY(r);
    QCOMPARE(r->status, SecretResult::Status::Unavailable);
    QVERIFY(r->value.isEmpty());
    auto rm = await([&](QObject* ctx, auto cb) { store.remove(u"p"_s, RedisPasswordSecret, ctx, cb); }, 8000);
    QVERIFY(rm);
    QCOMPARE(rm->status, SecretResult::Status::Unavailable);
    QVERIFY(t.elapsed() < 30000);

    // A destroyed context gets no callback (and nothing crashes).
    bool called = false;
    {
        QObject gone;
        store.probe(&gone, [&](const SecretResult&) { called = true; });
    }
    QTest::qWait(200);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
