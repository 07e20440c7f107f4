#include "FaultProxy.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace rka::test {

struct FaultProxy::Session
{
    QTcpSocket* client = nullptr;
    QTcpSocket* server = nullptr;
    bool serverUp = false;
    bool closed = false;
    QByteArray fromClient; // received from the client, not forwarded yet
    QByteArray fromServer; // received from the server, not framed yet
    std::deque<int> awaiting; // numbers of the forwarded commands whose replies are due (0: before arm)
    bool holding = false; // the target command was reached: nothing more goes to the server
    bool cutWhenDrained = false; // BeforeSend: cut once every forwarded command is answered
};

namespace {

// The name of the command in one RESP frame "*N\r\n$L\r\nNAME\r\n...".
QByteArray commandNameOf(const QByteArray& frame)
{
    const qsizetype eol = frame.indexOf("\r\n");
    if (!frame.startsWith('*') || eol < 0 || frame.size() <= eol + 2 || frame.at(eol + 2) != '$')
        return "?";
    const qsizetype eol2 = frame.indexOf("\r\n", eol + 2);
    if (eol2 < 0)
        return "?";
    bool ok = false;
    const qsizetype len = frame.mid(eol + 3, eol2 - eol - 3).toLongLong(&ok);
    if (!ok || len < 0 || eol2 + 2 + len > frame.size())
        return "?";
    return frame.mid(eol2 + 2, len).toUpper();
}

} // namespace

FaultProxy::FaultProxy(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    for (const std::shared_ptr<Session>& s : std::as_const(m_sessions)) {
        s->client->disconnect(this);
        s->server->disconnect(this);
        s->client->abort();
        s->server->abort();
    }
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::arm(int k, Point point)
{
    reset();
    m_armed = true;
    m_k = k;
    m_point = point;
}

void FaultProxy::reset()
{
    m_armed = false;
    m_fired = false;
    m_k = 0;
    m_names.clear();
    m_afterFault.clear();
    for (const std::shared_ptr<Session>& s : std::as_const(m_sessions))
        for (int& n : s->awaiting)
            n = 0; // commands of an earlier count can never be the target
}

QString FaultProxy::pointName(Point point)
{
    switch (point) {
    case Point::BeforeSend:
        return u"before send"_s;
    case Point::AfterSendBeforeReply:
        return u"after send, before reply"_s;
    case Point::AfterReply:
        return u"after reply"_s;
    }
    return {};
}

qsizetype FaultProxy::frameLength(const QByteArray& data, qsizetype from)
{
    if (from >= data.size())
        return 0;
    const qsizetype eol = data.indexOf("\r\n", from + 1);
    if (eol < 0)
        return 0;
    const qsizetype header = eol + 2 - from;
    const char type = data.at(from);
    bool ok = false;
    const qint64 n = QByteArrayView(data).sliced(from + 1, eol - from - 1).toLongLong(&ok);
    switch (type) {
    case '+':
    case '-':
    case ':':
    case '_':
    case ',':
    case '#':
    case '(':
        return header;
    case '$':
    case '!':
    case '=': {
        if (!ok)
            return -1;
        if (n < 0)
            return header; // nil
        const qsizetype total = header + n + 2;
        return data.size() - from >= total ? total : 0;
    }
    case '*':
    case '~':
    case '>':
    case '%': {
        if (!ok)
            return -1;
        if (n < 0)
            return header;
        const qint64 elements = type == '%' ? 2 * n : n;
        qsizetype pos = from + header;
        for (qint64 i = 0; i < elements; ++i) {
            const qsizetype len = frameLength(data, pos);
            if (len <= 0)
                return len;
            pos += len;
        }
        return pos - from;
    }
    default:
        return -1;
    }
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto s = std::make_shared<Session>();
        s->client = client;
        s->server = new QTcpSocket(this);
        client->setParent(this);
        m_sessions.append(s);
        const std::weak_ptr<Session> weak = s;
        connect(client, &QTcpSocket::readyRead, this, [this, weak] {
            if (auto session = weak.lock()) {
                session->fromClient += session->client->readAll();
                pumpClient(session);
            }
        });
        connect(s->server, &QTcpSocket::connected, this, [this, weak] {
            if (auto session = weak.lock()) {
                session->serverUp = true;
                pumpClient(session);
            }
        });
        connect(s->server, &QTcpSocket::readyRead, this, [this, weak] {
            if (auto session = weak.lock()) {
                session->fromServer += session->server->readAll();
                pumpServer(session);
            }
        });
        connect(client, &QTcpSocket::disconnected, this, [this, weak] {
            if (auto session = weak.lock())
                closeSession(session);
        });
        connect(s->server, &QTcpSocket::disconnected, this, [this, weak] {
            if (auto session = weak.lock())
                closeSession(session);
        });
        connect(s->server, &QTcpSocket::errorOccurred, this, [this, weak](QAbstractSocket::SocketError) {
            if (auto session = weak.lock())
                closeSession(session);
        });
        s->server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void FaultProxy::pumpClient(const std::shared_ptr<Session>& s)
{
    if (!s->serverUp || s->closed)
        return;
    while (!s->holding) {
        const qsizetype len = frameLength(s->fromClient);
        if (len == 0)
            break;
        if (len < 0) { // not RESP (an inline command): pass it on uncounted
            s->server->write(s->fromClient);
            s->fromClient.clear();
            break;
        }
        const QByteArray frame = s->fromClient.left(len);
        const QByteArray name = commandNameOf(frame);
        m_names.append(name);
        const int n = int(m_names.size());
        if (m_fired)
            m_afterFault.append(name);
        if (m_armed && !m_fired && n == m_k) {
            s->holding = true;
            if (m_point == Point::BeforeSend) {
                s->cutWhenDrained = true; // #k stays here, never forwarded
                maybeCut(s);
                return;
            }
        }
        s->fromClient.remove(0, len);
        s->server->write(frame);
        s->awaiting.push_back(n);
    }
}

void FaultProxy::pumpServer(const std::shared_ptr<Session>& s)
{
    while (!s->closed) {
        const qsizetype len = frameLength(s->fromServer);
        if (len == 0)
            break;
        if (len < 0) {
            s->client->write(s->fromServer);
            s->fromServer.clear();
            break;
        }
        const QByteArray frame = s->fromServer.left(len);
        s->fromServer.remove(0, len);
        int n = 0;
        if (!s->awaiting.empty()) {
            n = s->awaiting.front();
            s->awaiting.pop_front();
        }
        if (m_armed && !m_fired && n != 0 && n == m_k) {
            if (m_point == Point::AfterReply)
                s->client->write(frame);
            cut(s); // AfterSendBeforeReply: the server ran #k, its reply is dropped
            return;
        }
        s->client->write(frame);
    }
    maybeCut(s);
}

void FaultProxy::maybeCut(const std::shared_ptr<Session>& s)
{
    if (s->cutWhenDrained && !s->closed && s->awaiting.empty())
        cut(s);
}

void FaultProxy::cut(const std::shared_ptr<Session>& s)
{
    m_fired = true;
    m_armed = false;
    s->closed = true;
    s->client->disconnect(this);
    s->server->disconnect(this);
    // What was forwarded to the client reaches it before the close (FIN after the data, the socket
    // deleted once closed); the server side goes at once.
    connect(s->client, &QTcpSocket::disconnected, s->client, &QObject::deleteLater);
    s->client->flush();
    s->client->disconnectFromHost();
    s->server->abort();
    s->server->deleteLater();
    m_sessions.removeAll(s);
    emit faultInjected();
}

void FaultProxy::closeSession(const std::shared_ptr<Session>& s)
{
    if (s->closed)
        return;
    // Forward what is left before closing the other side.
    if (s->server->bytesAvailable() > 0) {
        s->fromServer += s->server->readAll();
        pumpServer(s);
        if (s->closed)
            return;
    }
    s->closed = true;
    s->client->disconnect(this);
    s->server->disconnect(this);
    connect(s->client, &QTcpSocket::disconnected, s->client, &QObject::deleteLater);
    connect(s->server, &QTcpSocket::disconnected, s->server, &QObject::deleteLater);
    s->client->flush();
    s->client->disconnectFromHost();
    s->server->disconnectFromHost();
    m_sessions.removeAll(s);
}

} // namespace rka::test
