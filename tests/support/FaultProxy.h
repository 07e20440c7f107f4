#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <deque>
#include <memory>

class QTcpSocket;

namespace rka::test {

// A fault-injecting TCP proxy between a client and a test's redis-server, on loopback, driven by the
// test's own event loop (no thread: every step happens in a known order).
//
// It frames the client's RESP commands and the server's replies, numbers the commands (from 1, counted
// from the last arm() or reset()), and can be armed to cut both sockets at one exact point of command #k:
//  - BeforeSend: the commands before #k are forwarded and answered, #k and everything after it are
//    never forwarded (the server never sees them);
//  - AfterSendBeforeReply: #k is forwarded and executed by the server (its reply reached the proxy),
//    but that reply and everything after it are dropped;
//  - AfterReply: #k's reply is forwarded to the client, and nothing after it is (the point between two
//    pipeline batches, e.g. between a transaction's WATCH/read and its MULTI/EXEC).
// Commands after #k are held, never forwarded, so the server's state at the cut is exactly "1..k-1"
// or "1..k" executed. Later connections (the client's reconnect) are proxied normally, and the
// commands they carry are recorded, so a test can see whether anything was replayed.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Point { BeforeSend, AfterSendBeforeReply, AfterReply };
    Q_ENUM(Point)

    explicit FaultProxy(quint16 targetPort, QObject* parent = nullptr);
    ~FaultProxy() override;

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }

    // Counts from the next command on; cuts at (k, point). k >= 1.
    void arm(int k, Point point);
    // Counts from the next command on, with no fault.
    void reset();

    int commandCount() const { return int(m_names.size()); }
    // The names (upper case) of the commands seen since arm()/reset(), in order.
    const QList<QByteArray>& commandNames() const { return m_names; }
    bool fired() const { return m_fired; }
    // The names of the commands that arrived after the cut (on the client's later connections).
    const QList<QByteArray>& commandsAfterFault() const { return m_afterFault; }
    int connectionCount() const { return m_connections; }

    static QString pointName(Point point);
    // The length of the RESP value that starts at `from`: 0 when more bytes are needed, -1 when the
    // bytes are not RESP.
    static qsizetype frameLength(const QByteArray& data, qsizetype from = 0);

signals:
    void faultInjected();

private:
    struct Session;
    void onNewConnection();
    void pumpClient(const std::shared_ptr<Session>& s);
    void pumpServer(const std::shared_ptr<Session>& s);
    void maybeCut(const std::shared_ptr<Session>& s);
    void cut(const std::shared_ptr<Session>& s);
    void closeSession(const std::shared_ptr<Session>& s);

    QTcpServer m_server;
    quint16 m_targetPort;
    QList<std::shared_ptr<Session>> m_sessions;
    int m_connections = 0;

    bool m_armed = false;
    int m_k = 0;
    Point m_point = Point::BeforeSend;
    bool m_fired = false;
    QList<QByteArray> m_names; // since arm()/reset()
    QList<QByteArray> m_afterFault;
};

} // namespace rka::test
