#include "CommandRecorder.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rka::test {

namespace {

QByteArray resp(const QList<QByteArray>& argv)
{
    QByteArray out = "*" + QByteArray::number(argv.size()) + "\r\n";
    for (const QByteArray& a : argv)
        out += "$" + QByteArray::number(a.size()) + "\r\n" + a + "\r\n";
    return out;
}

// Reads one reply line ("+OK", "-ERR ...", "$5" + data) well enough for AUTH, MONITOR and ECHO.
bool readReply(QTcpSocket& s, QByteArray* reply, int timeoutMs)
{
    QByteArray buffer;
    auto complete = [&] {
        const int eol = buffer.indexOf("\r\n");
        if (eol < 0)
            return false;
        if (buffer.startsWith('$')) {
            const int len = buffer.mid(1, eol - 1).toInt();
            if (len < 0 || buffer.size() < eol + 2 + len + 2)
                return len < 0;
            *reply = buffer.mid(eol + 2, len);
            return true;
        }
        *reply = buffer.left(eol);
        return true;
    };
    const bool ok = QTest::qWaitFor(
        [&] {
            buffer += s.readAll();
            return complete();
        },
        timeoutMs);
    return ok;
}

} // namespace

CommandRecorder::CommandRecorder() = default;

CommandRecorder::~CommandRecorder()
{
    if (m_socket)
        m_socket->abort();
}

bool CommandRecorder::start(quint16 port, const QByteArray& password)
{
    m_port = port;
    m_password = password;
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(u"127.0.0.1"_s, port);
    if (!m_socket->waitForConnected(5000)) {
        m_error = u"cannot connect to 127.0.0.1:%1: %2"_s.arg(port).arg(m_socket->errorString());
        return false;
    }
    QByteArray reply;
    if (!password.isEmpty()) {
        m_socket->write(resp({"AUTH", password}));
        if (!readReply(*m_socket, &reply, 5000) || reply != "+OK") {
            m_error = u"AUTH failed: "_s + QString::fromUtf8(reply);
            return false;
        }
    }
    m_socket->write(resp({"MONITOR"}));
    if (!readReply(*m_socket, &reply, 5000) || reply != "+OK") {
        m_error = u"MONITOR failed: "_s + QString::fromUtf8(reply);
        return false;
    }
    QObject::connect(m_socket.get(), &QTcpSocket::readyRead, m_socket.get(), [this] { onReadyRead(); });
    return true;
}

void CommandRecorder::onReadyRead()
{
    m_buffer += m_socket->readAll();
    for (;;) {
        const int eol = m_buffer.indexOf("\r\n");
        if (eol < 0)
            return;
        const QByteArray line = m_buffer.left(eol);
        m_buffer.remove(0, eol + 2);
        Entry e;
        if (!parseLine(line, &e))
            continue;
        if (m_ignoredClients.contains(e.client)) {
            if (e.name() == "ECHO" && e.argv.value(1) == m_awaitedMarker)
                m_markerSeen = true;
            continue;
        }
        m_entries.append(e);
    }
}

// +1700000000.123456 [0 127.0.0.1:5555] "SET" "k" "v"   (arguments escaped like sdscatrepr)
bool CommandRecorder::parseLine(const QByteArray& line, Entry* entry) const
{
    if (!line.startsWith('+'))
        return false;
    const int open = line.indexOf('[');
    const int close = line.indexOf(']', open);
    if (open < 0 || close < 0)
        return false;
    const QByteArray where = line.mid(open + 1, close - open - 1);
    const int space = where.indexOf(' ');
    entry->database = where.left(space).toInt();
    entry->client = where.mid(space + 1);
    int i = close + 1;
    while (i < line.size()) {
        while (i < line.size() && line.at(i) == ' ')
            ++i;
        if (i >= line.size() || line.at(i) != '"')
            break;
        ++i;
        QByteArray arg;
        while (i < line.size() && line.at(i) != '"') {
            char c = line.at(i++);
            if (c == '\\' && i < line.size()) {
                const char n = line.at(i++);
                switch (n) {
                case 'n':
                    c = '\n';
                    break;
                case 'r':
                    c = '\r';
                    break;
                case 't':
                    c = '\t';
                    break;
                case 'a':
                    c = '\a';
                    break;
                case 'b':
                    c = '\b';
                    break;
                case 'x':
                    c = char(line.mid(i, 2).toInt(nullptr, 16));
                    i += 2;
                    break;
                default:
                    c = n;
                }
            }
            arg.append(c);
        }
        ++i; // closing quote
        entry->argv.append(entry->argv.isEmpty() ? arg.toUpper() : arg);
    }
    return !entry->argv.isEmpty();
}

bool CommandRecorder::sync(int timeoutMs)
{
    QTcpSocket marker;
    marker.connectToHost(u"127.0.0.1"_s, m_port);
    if (!marker.waitForConnected(5000))
        return false;
    m_ignoredClients.append("127.0.0.1:" + QByteArray::number(marker.localPort()));
    m_awaitedMarker = "rka-recorder-marker-" + QByteArray::number(++m_markers);
    m_markerSeen = false;
    QByteArray reply;
    if (!m_password.isEmpty()) {
        marker.write(resp({"AUTH", m_password}));
        if (!readReply(marker, &reply, 5000))
            return false;
    }
    marker.write(resp({"ECHO", m_awaitedMarker}));
    if (!readReply(marker, &reply, 5000))
        return false;
    const bool seen = QTest::qWaitFor([this] { return m_markerSeen; }, timeoutMs);
    marker.disconnectFromHost();
    return seen;
}

QList<QByteArray> CommandRecorder::names() const
{
    QList<QByteArray> out;
    for (const Entry& e : m_entries)
        out.append(e.name());
    return out;
}

QList<CommandRecorder::Entry> CommandRecorder::outside(const QList<QByteArray>& allowed) const
{
    QList<Entry> out;
    for (const Entry& e : m_entries)
        if (!allowed.contains(e.name()))
            out.append(e);
    return out;
}

QString CommandRecorder::describe(const QList<Entry>& entries, int max)
{
    QStringList lines;
    for (const Entry& e : entries.mid(0, max)) {
        QStringList args;
        for (const QByteArray& a : e.argv.mid(0, 4))
            args << QString::fromUtf8(a.left(60));
        lines << u"[%1 %2] %3"_s.arg(e.database).arg(QString::fromLatin1(e.client), args.join(u' '));
    }
    if (entries.size() > max)
        lines << u"... and %1 more"_s.arg(entries.size() - max);
    return lines.join(u'\n');
}

} // namespace rka::test
