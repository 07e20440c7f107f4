#pragma once

#include "relay/KeyListReader.h"
#include "relay/KeyWriter.h"
#include "relay/RangeStats.h"
#include "support/AuditLog.h"
#include "support/Profile.h"

#include "redis/Connection.h"

#include <QObject>

#include <memory>

namespace rka::ui {

// One open profile: its connection, the key list as last read, and the writer configured for the
// release the data follows. The main window shows it; it holds no widgets.
class Session : public QObject
{
    Q_OBJECT
public:
    // The secrets are used for this session only; they are not kept after close().
    Session(const support::Profile& profile, const QString& password, const QByteArray& encryptionKey,
            const QString& auditLogPath, QObject* parent = nullptr);
    ~Session() override;

    const support::Profile& profile() const { return m_profile; }
    redis::Connection& connection() { return *m_connection; }
    relay::KeyWriter* writer() { return m_writer.get(); }
    const relay::ServiceSettings& service() const { return m_service; }
    support::AuditLog& auditLog() { return m_audit; }

    void open();
    void close();
    bool isReady() const { return m_connection->isReady(); }
    bool isLoading() const { return m_reader && m_reader->isRunning(); }

    // Reads every key again (the first load streams rows in; later ones replace them in place).
    void reload();
    // While the first load streams in, the rows read so far (the reader's own list, not a copy).
    const QList<relay::KeyEntry>& keys() const { return m_streaming ? m_reader->keys() : m_keys; }
    const relay::AccountDirectory& accounts() const { return m_accounts; }
    const relay::UserDirectory& users() const { return m_users; }
    const relay::ReleaseDetection& release() const { return m_release; }
    const QHash<QByteArray, QStringList>& keyModels() const { return m_models; }
    QDateTime evaluatedAt() const { return m_evaluatedAt; }
    int loadCount() const { return m_loads; }

    // Cost, requests and tokens of every key for a range (loaded on demand; Today and AllTime come
    // with the key list).
    void loadRange(const relay::RangeSpec& range);

signals:
    void ready();
    void failed(const QString& message);
    void connectionLost(const QString& message);
    void loadStarted(bool first);
    // While the first load streams in: rows [first, first + count) of keys() have their numbers.
    void keysAvailable(int first, int count);
    // Every key the service's indexes name has its numbers (KeyListReader::listed); the pass over the
    // rest of the keyspace follows, then loadFinished.
    void listed(int keys);
    // While the first load streams in: accounts() and users() are complete.
    void directoriesLoaded();
    // While the first load streams in: rows [first, first + count) of keys() have their last-usage
    // account now (after directoriesLoaded).
    void lastUsageResolved(int first, int count);
    void loadProgress(int done, int total);
    void loadFinished(const QString& error);
    void rangeLoaded(const relay::RangeSpec& range, const QHash<QByteArray, relay::RangeStats>& stats);

private:
    void onReaderFinished(const redis::RedisError& error);

    support::Profile m_profile;
    relay::ServiceSettings m_service;
    support::AuditLog m_audit;
    std::unique_ptr<redis::Connection> m_connection;
    std::unique_ptr<relay::KeyListReader> m_reader;
    std::unique_ptr<relay::KeyWriter> m_writer;
    QList<relay::KeyEntry> m_keys;
    relay::AccountDirectory m_accounts;
    relay::UserDirectory m_users;
    relay::ReleaseDetection m_release;
    QHash<QByteArray, QStringList> m_models;
    QDateTime m_evaluatedAt;
    int m_loads = 0;
    bool m_streaming = false;
    quint64 m_rangeSerial = 0;
};

} // namespace rka::ui
