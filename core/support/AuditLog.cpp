#include "AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rka::support {

namespace {
constexpr qsizetype MaxValueBytes = 1024;
}

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject {{u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
                        {u"operator"_s, operatorName},
                        {u"profile"_s, profile},
                        {u"operation"_s, operation},
                        {u"keyId"_s, keyId},
                        {u"keyName"_s, keyName},
                        {u"before"_s, before},
                        {u"after"_s, after},
                        {u"result"_s, result},
                        {u"message"_s, message}};
}

AuditEntry AuditEntry::fromJson(const QJsonObject& o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
    e.operatorName = o.value(u"operator"_s).toString();
    e.profile = o.value(u"profile"_s).toString();
    e.operation = o.value(u"operation"_s).toString();
    e.keyId = o.value(u"keyId"_s).toString();
    e.keyName = o.value(u"keyName"_s).toString();
    e.before = o.value(u"before"_s).toObject();
    e.after = o.value(u"after"_s).toObject();
    e.result = o.value(u"result"_s).toString();
    e.message = o.value(u"message"_s).toString();
    return e;
}

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{ }

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit.log"_s;
}

QJsonValue AuditLog::redact(const QString& field, const QByteArray& value)
{
    // The stored hash identifies a secret; the log only says that it changed.
    if (field == u"apiKey"_s)
        return u"(key hash)"_s;
    if (value.size() > MaxValueBytes)
        return u"(%1 bytes, sha256 %2)"_s.arg(value.size())
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex().left(16)));
    return QString::fromUtf8(value);
}

bool AuditLog::append(const AuditEntry& entry, QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // O_APPEND: each line is one write(), so lines from two processes never interleave.
    const int fd =
        ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error =
                tr("Cannot open the audit log %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::fchmod(fd, 0600);
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    const bool ok = written == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok && error)
        *error = tr("Cannot write the audit log %1.").arg(m_path);
    return ok;
}

QList<AuditEntry> AuditLog::read(const QString& profile, int maxEntries) const
{
    QList<AuditEntry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QJsonDocument d = QJsonDocument::fromJson(f.readLine());
        if (!d.isObject())
            continue;
        AuditEntry e = AuditEntry::fromJson(d.object());
        if (!profile.isEmpty() && e.profile != profile)
            continue;
        out.append(std::move(e));
        if (out.size() > maxEntries)
            out.removeFirst();
    }
    return out;
}

} // namespace rka::support
