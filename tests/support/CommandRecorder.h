#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QTcpSocket;

namespace rka::test {

// Records every command a redis-server executes, through MONITOR on a connection of its own (plain
// Qt socket, independent of core). Used to prove what a test's subject did or did not send.
class CommandRecorder
{
public:
    struct Entry
    {
        int database = 0;
        QByteArray client; // "127.0.0.1:54321", as MONITOR names it
        QList<QByteArray> argv; // argv[0] upper-cased
        QByteArray name() const { return argv.value(0); }
    };

    CommandRecorder();
    ~CommandRecorder();

    // Connects, authenticates when `password` is set, and starts MONITOR. False: errorString().
    bool start(quint16 port, const QByteArray& password = {});
    QString errorString() const { return m_error; }

    // Waits until every command sent before this call has been seen: sends a marker ECHO through a
    // short-lived connection of its own and waits for it. The marker's own commands are not recorded.
    bool sync(int timeoutMs = 10000);
    QList<Entry> entries() const { return m_entries; }
    QList<QByteArray> names() const;
    void clear() { m_entries.clear(); }
    // Commands from this client ("127.0.0.1:port", e.g. the test's own hiredis client) are not recorded.
    void ignoreClient(const QByteArray& address) { m_ignoredClients.append(address); }

    // Entries whose command is not in `allowed` (upper-case names).
    QList<Entry> outside(const QList<QByteArray>& allowed) const;
    static QString describe(const QList<Entry>& entries, int max = 20);

private:
    void onReadyRead();
    bool parseLine(const QByteArray& line, Entry* entry) const;

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_password;
    quint16 m_port = 0;
    QByteArray m_buffer;
    QList<Entry> m_entries;
    QList<QByteArray> m_ignoredClients; // the markers' connections
    QByteArray m_awaitedMarker;
    bool m_markerSeen = false;
    int m_markers = 0;
    QString m_error;
};

} // namespace rka::test
