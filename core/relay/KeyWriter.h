#pragma once

#include "HealthFinding.h"
#include "KeyOperations.h"

#include <QObject>

#include <functional>

namespace rka::relay {

// A change applied to many keys at once (batch edit, 11.8): each listed field is set to the stored
// value given; tags are kept, added to, removed from or replaced.
struct BatchEdit
{
    enum class TagOperation { Keep, Add, Remove, Replace };
    QList<std::pair<ApiKeyField, QByteArray>> set;
    TagOperation tagOperation = TagOperation::Keep;
    QStringList tags;
};

// Every write the program makes to the service's keys. Each operation:
//  1. reads the keys it changes inside WATCH (and the index's tag sets, on 1.1.263+ with an index);
//  2. computes its commands from what it read (KeyOperations), validating first;
//  3. sends them in one MULTI/EXEC — retried when another client changed a watched key, up to
//     WriteTarget::maxAttempts;
//  4. appends to the audit log;
//  5. reads the keys back after a short delay and reports a write that another writer (the live
//     service's whole-hash rewrite on every request, section 16) has reverted.
// A connection lost after sending gives WriteStatus::Unknown, never a silent retry.
class KeyWriter : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const WriteResult& result)>;

    KeyWriter(redis::Connection& connection, WriteTarget target, QObject* parent = nullptr);
    ~KeyWriter() override;

    const WriteTarget& target() const { return m_target; }
    void setTarget(const WriteTarget& target) { m_target = target; }

    // `settings`: the fields the user chose; the rest get the service's defaults (KeyOperations::newKey).
    void create(const ApiKey& settings, Callback callback);
    // `count` keys named "{baseName}_{i}" (11.4), all in one transaction.
    void createBatch(const ApiKey& settings, const QString& baseName, int count, Callback callback);
    void update(const QByteArray& id, const ApiKey& base, const ApiKey& edited, bool keepMine,
                Callback callback);
    void setActive(const QList<QByteArray>& ids, bool active, Callback callback);
    // A fixed expiry, or none. Like the service's expiry edit, a date also activates a key that waits
    // for its first use (11.9); `enable` additionally re-enables a key (the service never does, B11).
    void setExpiry(const QByteArray& id, const std::optional<QDateTime>& expiresAt, bool enable,
                   Callback callback);
    // Activation now, counting in the key's own unit (the service always counts days, B10).
    void activate(const QByteArray& id, Callback callback);
    // Moves the expiry `seconds` further, from the later of now and the current expiry.
    void renew(const QByteArray& id, qint64 seconds, Callback callback);
    void batchEdit(const QList<QByteArray>& ids, const BatchEdit& edit, Callback callback);
    void regenerate(const QByteArray& id, Callback callback);
    void softDelete(const QList<QByteArray>& ids, Callback callback);
    void restore(const QList<QByteArray>& ids, Callback callback);
    void purge(const QList<QByteArray>& ids, Callback callback);
    void clearTrash(Callback callback);
    void renameTag(const QString& from, const QString& to, Callback callback);
    void deleteTag(const QString& tag, Callback callback);
    // Runs the repairs of the given health findings in one transaction, watching the keys they touch.
    void repair(const QList<HealthFinding>& findings, Callback callback);

private:
    struct Job;
    using JobPtr = std::shared_ptr<Job>;
    void run(const JobPtr& job);
    void runTransaction(const JobPtr& job, const QStringList& knownTags);
    void finish(const JobPtr& job, WriteResult result);
    // Reports an operation that stopped before it could plan anything (audited like the others).
    void stop(const QString& operation, const WriteResult& result, const Callback& callback);
    void readBack(const JobPtr& job, const WritePlan& plan);
    void changeEach(const QString& operation, const QList<QByteArray>& ids,
                    std::function<std::optional<WriteResult>(const QByteArray& id, ApiKey& key)> edit,
                    Callback callback, bool touchUpdatedAt = true);
    void withTaggedKeys(const QString& tag,
                        std::function<void(const QList<QByteArray>&, const redis::RedisError&)> next);
    KeyOperations::Context context() const;
    // Why no write may be made at all (read-only profile or database), if so.
    std::optional<WriteResult> refusal() const;

    redis::Connection& m_connection;
    WriteTarget m_target;
};

} // namespace rka::relay
