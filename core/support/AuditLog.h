#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rka::support {

// One write the program made, for the local audit log.
struct AuditEntry
{
    QDateTime time;
    QString operatorName;
    QString profile;
    QString operation; // create, update, delete, restore, purge, regenerate, ...
    QString keyId;
    QString keyName;
    QJsonObject before; // changed fields as they were (absent = did not exist)
    QJsonObject after; // changed fields as written
    QString result; // ok, conflict, rejected, failed, unknown
    QString message;

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject& o);
};

// An append-only JSON-lines file of every write (design: "Settings and secrets"). Values are
// redacted before they are written: the stored key hash is never logged, long values (icons) are
// shortened to a digest, and nothing here ever sees a plaintext key, a password or ENCRYPTION_KEY.
// The file is created with mode 0600.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QString path);
    // <user data directory>/audit.log
    static QString defaultPath();

    const QString& path() const { return m_path; }
    bool append(const AuditEntry& entry, QString* error = nullptr);
    // The entries of one profile (all when empty), oldest first. Lines that do not parse are skipped.
    QList<AuditEntry> read(const QString& profile = QString(), int maxEntries = 10000) const;

    // What the log stores for a field's value.
    static QJsonValue redact(const QString& field, const QByteArray& value);

private:
    QString m_path;
};

} // namespace rka::support
