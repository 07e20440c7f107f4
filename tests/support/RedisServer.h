#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

struct redisContext;

namespace rka::test {

// A private redis-server for one test: a free loopback port, a temporary directory, no persistence.
// Never port 6379, never a shared server.
class RedisServer
{
public:
    struct Options
    {
        QString password; // requirepass for the default user
        QString aclUser; // an extra ACL user with all rights
        QString aclPassword;
        bool tls = false; // also listen with TLS on tlsPort()
        QString tlsCertFile;
        QString tlsKeyFile;
        QString tlsCaFile;
        bool tlsAuthClients = false; // require a client certificate
    };

    RedisServer() = default;
    ~RedisServer();
    RedisServer(const RedisServer&) = delete;
    RedisServer& operator=(const RedisServer&) = delete;

    // Starts and waits until the server answers PING. Reuses the previous port on a restart.
    bool start(const Options& options);
    bool start() { return start(Options()); }
    bool restart() { return start(m_options); }
    void stop(); // graceful: SIGTERM, then SIGKILL
    void kill(); // abrupt, as a crash would be
    bool isRunning() const;

    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    QString errorString() const { return m_error; }
    QString logText() const;

    // A blocking command through hiredis's own client on the plain port (independent of core),
    // for seeding and checking data. Returns the reply rendered as text: strings as they are,
    // integers as digits, arrays as "\n"-joined, nil as "(nil)", errors as "ERR: ...".
    QByteArray command(const QList<QByteArray>& argv, int database = 0);
    QList<QByteArray> commandList(const QList<QByteArray>& argv, int database = 0);
    // Loads a redis-cli command file (one command a line, redis-cli quoting) into the database.
    bool loadCommandFile(const QString& path, int database = 0, QString* error = nullptr);

    static quint16 freePort();

private:
    redisContext* client(int database);
    void dropClient();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_error;
    redisContext* m_client = nullptr;
    int m_clientDb = -1;
};

} // namespace rka::test
