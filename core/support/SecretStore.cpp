#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rka::support {

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

void SecretStore::probe(QObject* context, Callback callback)
{
    deliver(context, callback, {});
}

void SecretStore::deliver(QObject* context, const Callback& callback, const SecretResult& result)
{
    if (!callback)
        return;
    QObject* target = context ? context : QCoreApplication::instance();
    // Queued on the target: skipped when it is destroyed first, and never re-entrant.
    QMetaObject::invokeMethod(
        target, [callback, result] { callback(result); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// KeychainSecretStore

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject* parent)
    : SecretStore(parent)
    , m_serviceName(serviceName.isEmpty() ? u"Relay Key Admin"_s : std::move(serviceName))
{ }

void KeychainSecretStore::read(const QString& profileId, const QString& name, QObject* context,
                               Callback callback)
{
    run(Operation::Read, profileId + u'/' + name, {}, context, std::move(callback));
}

void KeychainSecretStore::write(const QString& profileId, const QString& name, const QByteArray& value,
                                QObject* context, Callback callback)
{
    run(Operation::Write, profileId + u'/' + name, value, context, std::move(callback));
}

void KeychainSecretStore::remove(const QString& profileId, const QString& name, QObject* context,
                                 Callback callback)
{
    run(Operation::Remove, profileId + u'/' + name, {}, context, std::move(callback));
}

void KeychainSecretStore::probe(QObject* context, Callback callback)
{
    // Reading an entry that does not exist tells a working keychain ("not found") from a missing one.
    run(Operation::Read, u"availability-probe"_s, {}, context, [callback](const SecretResult& r) {
        SecretResult out = r;
        out.value.clear();
        if (r.status == SecretResult::Status::NotFound)
            out.status = SecretResult::Status::Ok;
        callback(out);
    });
}

namespace {

SecretResult keychainResult(QKeychain::Job* job)
{
    SecretResult r;
    const QString detail =
        job->errorString().isEmpty() ? KeychainSecretStore::tr("no details") : job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
            r.value = read->binaryData();
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        r.message = KeychainSecretStore::tr("The system keychain holds no such secret.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretResult::Status::Denied;
        r.message = KeychainSecretStore::tr("The system keychain refused access: %1").arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a D-Bus session or a Secret Service, QtKeychain fails with OtherError.
        r.status = SecretResult::Status::Unavailable;
        r.message = KeychainSecretStore::tr(
                        "No system keychain is available (%1). A keychain needs a running Secret Service "
                        "such as GNOME Keyring or KWallet. Choose to type the secrets each time, or to keep "
                        "them in the local file that is not encrypted.")
                        .arg(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
        r.status = SecretResult::Status::Failed;
        r.message =
            KeychainSecretStore::tr("The system keychain could not delete the secret: %1").arg(detail);
        break;
    }
    return r;
}

} // namespace

void KeychainSecretStore::run(Operation op, const QString& key, const QByteArray& value, QObject* context,
                              Callback callback)
{
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case Operation::Write: {
        auto* w = new QKeychain::WritePasswordJob(m_serviceName);
        w->setBinaryData(value);
        job = w;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's plain-text settings fallback
    job->setKey(key);

    // Exactly one answer: the job's, or the timeout's if the keychain does not answer in time.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [answered, guard, hasContext, callback, op](SecretResult r) {
        if (*answered || (hasContext && !guard))
            return;
        *answered = true;
        if (op == Operation::Remove && r.status == SecretResult::Status::NotFound)
            r = {}; // nothing to remove is success
        deliver(guard, callback, r);
    };
    connect(job, &QKeychain::Job::finished, this, [finish](QKeychain::Job* j) { finish(keychainResult(j)); });
    auto* timer = new QTimer(job); // dies with the job
    timer->setSingleShot(true);
    const int timeoutMs = m_timeoutMs;
    connect(timer, &QTimer::timeout, this, [finish, timeoutMs] {
        SecretResult r;
        r.status = SecretResult::Status::Unavailable;
        r.message =
            tr("The system keychain did not answer within %n second(s).", nullptr, qMax(1, timeoutMs / 1000));
        finish(r);
    });
    timer->start(m_timeoutMs);
    job->start();
}

// ---------------------------------------------------------------------------------------------
// FileSecretStore

struct FileSecretStore::Contents
{
    QJsonObject secrets; // profile id -> { name -> value }
};

namespace {
constexpr int FileFormat = 1;
} // namespace

FileSecretStore::FileSecretStore(QString path, QObject* parent)
    : SecretStore(parent)
    , m_path(std::move(path))
{ }

QString FileSecretStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        u"/local-secrets-NOT-ENCRYPTED.json"_s;
}

SecretResult FileSecretStore::load(Contents& out) const
{
    SecretResult r;
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return r; // no file yet: no secrets
        r.status = SecretResult::Status::Unavailable;
        r.message = errno == ELOOP
            ? tr("The local secrets file %1 is a symbolic link; it is not used.").arg(m_path)
            : tr("Cannot open the local secrets file %1: %2")
                  .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return r;
    }
    // Check the file that is open, not the name, so nothing can be swapped in between.
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        r.status = SecretResult::Status::Unavailable;
        r.message = tr("The local secrets file %1 is not a regular file; it is not used.").arg(m_path);
        return r;
    }
    if (st.st_uid != ::geteuid()) {
        ::close(fd);
        r.status = SecretResult::Status::Unavailable;
        r.message =
            tr("The local secrets file %1 belongs to another user. Nothing was read from it.").arg(m_path);
        return r;
    }
    if ((st.st_mode & 077) != 0) {
        ::close(fd);
        const QString mode = u"0%1"_s.arg(uint(st.st_mode & 0777), 3, 8, QChar(u'0'));
        r.status = SecretResult::Status::Unavailable;
        r.message =
            tr("The local secrets file %1 can be read or changed by other users (mode %2). Nothing was "
               "read from it. Make it private with \"chmod 600 %1\", or delete it and enter the "
               "secrets again.")
                .arg(m_path, mode);
        return r;
    }
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        r.status = SecretResult::Status::Failed;
        r.message = tr("Cannot read the local secrets file %1: %2").arg(m_path, f.errorString());
        return r;
    }
    const QByteArray data = f.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        r.status = SecretResult::Status::Failed;
        r.message = tr("The local secrets file %1 is damaged (not JSON); it was not changed.").arg(m_path);
        return r;
    }
    out.secrets = doc.object().value(u"secrets"_s).toObject();
    return r;
}

SecretResult FileSecretStore::save(const Contents& contents)
{
    SecretResult r;
    const QFileInfo info(m_path);
    const QString dir = info.absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir)) {
            r.status = SecretResult::Status::Failed;
            r.message = tr("Cannot create the folder %1.").arg(dir);
            return r;
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QJsonObject root;
    root.insert(u"warning"_s,
                u"NOT ENCRYPTED. Relay Key Admin keeps Redis passwords and ENCRYPTION_KEY values here in "
                "plain text because its user chose this over the system keychain. Anyone who can read "
                "this file can use them. Keep its mode 0600."_s);
    root.insert(u"format"_s, FileFormat);
    root.insert(u"secrets"_s, contents.secrets);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // A new file made with O_CREAT|O_EXCL and mode 0600 before any secret is written to it, then
    // renamed over the old one: the file is always either the old content or the new.
    QByteArray tmpl = QFile::encodeName(m_path) + ".XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    auto fail = [&](const QString& why) {
        r.status = SecretResult::Status::Failed;
        r.message = tr("Cannot write the local secrets file %1: %2").arg(m_path, why);
        return r;
    };
    if (fd < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    auto abandon = [&](int err) {
        ::close(fd);
        ::unlink(tmpl.constData());
        return fail(QString::fromLocal8Bit(std::strerror(err)));
    };
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return abandon(errno);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return abandon(n < 0 ? errno : EIO);
        written += n;
    }
    if (::fsync(fd) != 0)
        return abandon(errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        return fail(QString::fromLocal8Bit(std::strerror(err)));
    }
    if (::rename(tmpl.constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        return fail(QString::fromLocal8Bit(std::strerror(err)));
    }
    return r;
}

SecretResult FileSecretStore::readNow(const QString& profileId, const QString& name) const
{
    Contents c;
    SecretResult r = load(c);
    if (!r.ok())
        return r;
    const QJsonValue v = c.secrets.value(profileId).toObject().value(name);
    if (!v.isString()) {
        r.status = SecretResult::Status::NotFound;
        r.message = tr("The local secrets file holds no such secret.");
        return r;
    }
    r.value = v.toString().toUtf8();
    return r;
}

SecretResult FileSecretStore::writeNow(const QString& profileId, const QString& name, const QByteArray& value)
{
    Contents c;
    const SecretResult r = load(c); // an unsafe file is refused here, before anything is written
    if (!r.ok())
        return r;
    QJsonObject profile = c.secrets.value(profileId).toObject();
    profile.insert(name, QString::fromUtf8(value));
    c.secrets.insert(profileId, profile);
    return save(c);
}

SecretResult FileSecretStore::removeNow(const QString& profileId, const QString& name)
{
    Contents c;
    const SecretResult r = load(c);
    if (!r.ok())
        return r;
    QJsonObject profile = c.secrets.value(profileId).toObject();
    if (!profile.contains(name))
        return r;
    profile.remove(name);
    if (profile.isEmpty())
        c.secrets.remove(profileId);
    else
        c.secrets.insert(profileId, profile);
    return save(c);
}

void FileSecretStore::read(const QString& profileId, const QString& name, QObject* context, Callback callback)
{
    deliver(context, callback, readNow(profileId, name));
}

void FileSecretStore::write(const QString& profileId, const QString& name, const QByteArray& value,
                            QObject* context, Callback callback)
{
    deliver(context, callback, writeNow(profileId, name, value));
}

void FileSecretStore::remove(const QString& profileId, const QString& name, QObject* context,
                             Callback callback)
{
    deliver(context, callback, removeNow(profileId, name));
}

void FileSecretStore::probe(QObject* context, Callback callback)
{
    Contents c;
    deliver(context, callback, load(c));
}

// ---------------------------------------------------------------------------------------------
// PromptSecretStore, MemorySecretStore

void PromptSecretStore::read(const QString&, const QString&, QObject* context, Callback callback)
{
    SecretResult r;
    r.status = SecretResult::Status::AskUser;
    r.message = tr("This profile keeps no secrets; type it to connect.");
    deliver(context, callback, r);
}

void PromptSecretStore::write(const QString&, const QString&, const QByteArray&, QObject* context,
                              Callback callback)
{
    deliver(context, callback, {});
}

void PromptSecretStore::remove(const QString&, const QString&, QObject* context, Callback callback)
{
    deliver(context, callback, {});
}

MemorySecretStore::MemorySecretStore(SecretStorage reportedStorage, QObject* parent)
    : SecretStore(parent)
    , m_storage(reportedStorage)
{ }

void MemorySecretStore::read(const QString& profileId, const QString& name, QObject* context,
                             Callback callback)
{
    SecretResult r;
    if (!m_unavailable.isEmpty()) {
        r.status = SecretResult::Status::Unavailable;
        r.message = m_unavailable;
    } else if (const auto it = m_values.constFind(profileId + u'/' + name); it != m_values.cend()) {
        r.value = *it;
    } else {
        r.status = SecretResult::Status::NotFound;
    }
    deliver(context, callback, r);
}

void MemorySecretStore::write(const QString& profileId, const QString& name, const QByteArray& value,
                              QObject* context, Callback callback)
{
    SecretResult r;
    if (!m_unavailable.isEmpty()) {
        r.status = SecretResult::Status::Unavailable;
        r.message = m_unavailable;
    } else {
        m_values.insert(profileId + u'/' + name, value);
    }
    deliver(context, callback, r);
}

void MemorySecretStore::remove(const QString& profileId, const QString& name, QObject* context,
                               Callback callback)
{
    SecretResult r;
    if (!m_unavailable.isEmpty()) {
        r.status = SecretResult::Status::Unavailable;
        r.message = m_unavailable;
    } else {
        m_values.remove(profileId + u'/' + name);
    }
    deliver(context, callback, r);
}

void MemorySecretStore::probe(QObject* context, Callback callback)
{
    SecretResult r;
    if (!m_unavailable.isEmpty()) {
        r.status = SecretResult::Status::Unavailable;
        r.message = m_unavailable;
    }
    deliver(context, callback, r);
}

std::unique_ptr<SecretStore> createSecretStore(SecretStorage storage, QObject* parent)
{
    switch (storage) {
    case SecretStorage::Keychain:
        return std::make_unique<KeychainSecretStore>(QString(), parent);
    case SecretStorage::LocalFile:
        return std::make_unique<FileSecretStore>(FileSecretStore::defaultPath(), parent);
    case SecretStorage::AskEveryTime:
        break;
    }
    return std::make_unique<PromptSecretStore>(parent);
}

} // namespace rka::support
