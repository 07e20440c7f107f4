#pragma once

#include "HealthAnalysis.h"
#include "HealthFinding.h"
#include "KeyListReader.h"
#include "ServiceRelease.h"

#include "redis/Connection.h"

#include <QObject>

namespace rka::relay {

struct HealthCheckOptions
{
    int scanCount = 20000; // buckets per SCAN call
};

// The read-only health report (service-data-model.md section 17.3): what the service leaves
// inconsistent, for both data models, each finding with the repair that would fix it. It never
// writes: it works on a read-only connection, and the repairs are only proposed.
//
// It takes the keys already loaded by KeyListReader and the release it detected, then reads the
// rest in a fixed number of round trips, whatever the number of keys:
//   1. SCAN of the related names side by side, and in the same flush one pipeline of
//      HGETALL apikey:hash_map, TTL of every key, the cost rankings and the key index;
//   2. one pipeline of TYPE / HGETALL / TTL / SMEMBERS / SISMEMBER over what the SCAN found.
class HealthCheck : public QObject
{
    Q_OBJECT
public:
    explicit HealthCheck(redis::Connection& connection, QObject* parent = nullptr);

    void start(QList<KeyEntry> keys, const ReleaseDetection& release, const HealthCheckOptions& options = {});
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<HealthFinding>& findings() const { return m_findings; }
    HealthCounts counts() const { return HealthText::count(m_findings, int(m_keys.size())); }
    QString summary() const { return HealthText::summary(counts()); }
    const HealthSnapshot& snapshot() const { return m_snapshot; }

signals:
    void finished(const rka::redis::RedisError& error);

private:
    void onFirstStage();
    void readSecondStage();
    void finish();
    void fail(const redis::RedisError& error);

    redis::Connection& m_connection;
    QList<KeyEntry> m_keys;
    ReleaseDetection m_release;
    HealthSnapshot m_snapshot;
    QList<HealthFinding> m_findings;
    bool m_running = false;
    quint64 m_run = 0;
    int m_firstStagePending = 0;
    QList<QList<QByteArray>> m_scanned;
};

} // namespace rka::relay
