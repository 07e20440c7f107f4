#pragma once

#include "CommandLog.h"
#include "ConnectionSettings.h"
#include "RedisError.h"
#include "Reply.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QSslSocket;
class QTimer;

namespace rka::redis {

class RespReader;

using Command = QList<QByteArray>;

// An asynchronous, pipelined Redis connection over Qt sockets (TCP or TLS).
//
// Every command goes through this one chokepoint: it is classified as read or write, refused on a
// read-only connection before anything is sent, and recorded in the command log. Commands submitted
// in one event-loop turn are written in one flush; replies are matched in order and handed to the
// callback in the context object's thread. Nothing here ever blocks.
//
// After a lost connection every pending command fails (a sent write as "outcome unknown", never
// replayed), and the connection reconnects with back-off, redoing AUTH and SELECT.
class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Ready, Reconnecting, Failed };
    Q_ENUM(State)

    using ReplyCallback = std::function<void(const Reply& reply, const RedisError& error)>;
    using BatchCallback = std::function<void(const QList<Reply>& replies, const RedisError& error)>;

    // A read-decide-write transaction: WATCH the keys, run the reads, let decide() look at their
    // replies and return the writes for MULTI/EXEC (or std::nullopt to stop). If a watched key
    // changes before EXEC, the result is TransactionAborted and nothing was written. The connection
    // holds other callers' commands until the transaction ends, so nobody else's EXEC interferes.
    struct Transaction
    {
        QList<QByteArray> watchKeys;
        QList<Command> reads;
        std::function<std::optional<QList<Command>>(const QList<Reply>& reads)> decide;
    };

    explicit Connection(QObject* parent = nullptr);
    ~Connection() override;

    void setSettings(const ConnectionSettings& settings);
    const ConnectionSettings& settings() const { return m_settings; }

    void open();
    void close();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    bool isReadOnly() const { return m_settings.readOnly; }
    // From INFO server, after the handshake.
    QString serverVersion() const { return m_serverVersion; }
    QString serverMode() const { return m_serverMode; }
    RedisError lastError() const { return m_lastError; }
    // The certificate the server presented on the last TLS attempt (for an explicit "accept").
    QSslCertificate lastPeerCertificate() const { return m_peerCertificate; }
    CommandLog& commandLog() { return m_log; }

    // Each callback runs once, in the thread of `context` (skipped if context was destroyed).
    // Error replies from the server arrive as Reply::Error elements, with error.code None.
    void execute(Command argv, QObject* context, ReplyCallback callback);
    void pipeline(QList<Command> commands, QObject* context, BatchCallback callback);
    // The callback gets EXEC's replies, one per write.
    void transaction(Transaction tx, QObject* context, BatchCallback callback);

    // Test hook: the number of commands sent but not answered yet.
    int pendingCount() const;

signals:
    void stateChanged(rka::redis::Connection::State state);
    // The handshake finished: after open(), and again after each reconnect.
    void ready();
    // open() could not connect (state Failed), or a reconnect attempt was refused for good.
    void failed(const rka::redis::RedisError& error);
    // An open connection was lost; a reconnect follows.
    void connectionLost(const rka::redis::RedisError& error);
    void reconnectScheduled(int attempt, int delayMs);

private:
    struct Batch;
    using BatchPtr = std::shared_ptr<Batch>;

    void submit(const BatchPtr& batch);
    void send(const BatchPtr& batch);
    void scheduleFlush();
    void flush();
    void deliver(const BatchPtr& batch, const RedisError& error);
    void deliverLater(const BatchPtr& batch, const RedisError& error);
    void releaseHeld();
    void runTransaction(const std::shared_ptr<Transaction>& tx, QPointer<QObject> context, bool hasContext,
                        const BatchCallback& callback);
    void finishTransaction();

    void startAttempt();
    void onSocketConnected();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError>& errors);
    void onCommandTimeout();
    void onConnectTimeout();
    void onHandshakeReplies(const QList<Reply>& replies, const RedisError& error);
    void fail(const RedisError& error, bool allowReconnect);
    void failPending(const RedisError& cause);
    void tearDownSocket();
    void setState(State state);
    RedisError socketError() const;

    ConnectionSettings m_settings;
    State m_state = State::Disconnected;
    QSslSocket* m_socket = nullptr;
    std::unique_ptr<RespReader> m_reader;
    QTimer* m_connectTimer = nullptr;
    QTimer* m_commandTimer = nullptr;
    QTimer* m_reconnectTimer = nullptr;
    int m_reconnectAttempt = 0;
    bool m_wasReady = false; // this open() reached Ready at least once
    bool m_flushScheduled = false;
    // Reading yields to the event loop every YieldAfterMs (onReadyRead).
    static constexpr qint64 ReadBufferSize = 256 * 1024;
    static constexpr qint64 YieldAfterMs = 12;
    QElapsedTimer m_sinceYield;
    bool m_yieldScheduled = false;
    bool m_transactionActive = false;
    quint64 m_generation = 0; // bumped whenever the socket is replaced or closed
    QByteArray m_out;
    std::deque<BatchPtr> m_inFlight; // written (or about to be), awaiting replies, in order
    std::deque<std::function<void(bool ok)>> m_held; // waiting for Ready or for a transaction to end
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peerCertificate;
    QString m_serverVersion;
    QString m_serverMode;
    RedisError m_lastError;
    CommandLog m_log;
};

} // namespace rka::redis
