#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rka::support {

// A private redis-server for demo mode and the benchmark: a free loopback port, a temporary
// directory, no persistence; stopped when this object goes away. Never port 6379.
class LocalRedisServer
{
    Q_DECLARE_TR_FUNCTIONS(LocalRedisServer)

public:
    LocalRedisServer() = default;
    ~LocalRedisServer();
    LocalRedisServer(const LocalRedisServer&) = delete;
    LocalRedisServer& operator=(const LocalRedisServer&) = delete;

    // Starts redis-server (from $RKA_REDIS_SERVER, else the PATH) and waits until it answers PING,
    // at most `timeoutMs`. False with errorString() on failure.
    bool start(int timeoutMs = 10000);
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    static quint16 freePort();
    static QString executable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace rka::support
