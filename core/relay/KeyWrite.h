#pragma once

#include "ApiKey.h"
#include "KeyValidator.h"
#include "ServiceRelease.h"
#include "ServiceSettings.h"

#include "redis/Connection.h"
#include "support/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace rka::relay {

// Where and how writes go: which release's rules they follow and who makes them.
struct WriteTarget
{
    DataModel model = DataModel::Release1_1_235;
    bool indexPresent = false; // apikey:index:version = 2: the key index is kept in step (18.6)
    bool writable = true;
    QString readOnlyReason; // why not, in words (unknown or inconsistent layout)
    ServiceSettings service;
    QString operatorName = QStringLiteral("admin"); // recorded as deletedBy / restoredBy and in the audit log
    QString profile;
    support::AuditLog* audit = nullptr;
    int readBackDelayMs = 300; // how long to wait before checking that no other writer reverted us
    int maxAttempts = 5; // transactions retried when a watched key changed

    // From what the key list reader found. For an empty database `emptyModel` says which release
    // to write for (a profile setting).
    static WriteTarget fromDetection(const ReleaseDetection& release, const ReleaseMarkers& markers,
                                     DataModel emptyModel = DataModel::Release1_1_302);
};

// Both sides of a field that another writer changed while the user edited it.
struct FieldConflict
{
    QByteArray field;
    std::optional<QByteArray> base; // what the editor started from
    std::optional<QByteArray> theirs; // what Redis holds now
    std::optional<QByteArray> mine; // what the user wants
};

enum class WriteStatus {
    Ok,
    Rejected, // validation failed; nothing was written
    NotFound, // a key does not exist (or no longer)
    Conflict, // another writer changed the same fields since the editor opened; nothing was written
    Reverted, // written, then overwritten by another writer (the live service's whole-hash rewrite)
    Refused, // read-only profile or database, or an operation that does not apply (restore of a live key)
    Failed, // Redis answered with an error or the connection failed before sending; nothing was written
    Unknown, // the connection failed after sending: the write may or may not have happened
};

struct WriteResult
{
    Q_DECLARE_TR_FUNCTIONS(WriteResult)

public:
    WriteStatus status = WriteStatus::Ok;
    QString message; // translated, for the user
    QList<ValidationIssue> issues; // Rejected
    QList<FieldConflict> conflicts; // Conflict
    QList<QByteArray> revertedFields; // Reverted: "id field"
    QList<QByteArray> keyIds; // the keys written; for create, the new ids
    QList<QByteArray> plaintextKeys; // create and regenerate only: shown once, stored nowhere
    int attempts = 0;
    int changedKeys = 0;

    bool ok() const { return status == WriteStatus::Ok; }
    static WriteResult failure(WriteStatus status, const QString& message);
    static QString statusName(WriteStatus status); // ASCII id for JSON and the audit log
};

// What one write sends and what it expects to find afterwards.
struct WritePlan
{
    struct Expectation
    {
        QByteArray redisKey;
        QByteArray field; // empty: the whole key must be gone
        std::optional<QByteArray> value; // nullopt: the field must be absent
    };
    QList<redis::Command> commands; // run inside MULTI/EXEC
    QList<Expectation> expectations;
    QList<support::AuditEntry> audit;
    WriteResult result; // keyIds, plaintextKeys, changedKeys filled by the planner
};

} // namespace rka::relay
