// Faults: the server dies mid-pipeline, a listener never answers, a server stalls after the
// handshake, the server comes back (reconnect with AUTH and SELECT), a write whose fate is unknown.

#include "RedisServer.h"
#include "SyncRedis.h"

#include "redis/Resp.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka::redis;
using namespace rka::test;

// A scripted stand-in for Redis: answers the handshake, then behaves as told. It parses the
// client's commands with the same RESP reader (commands are arrays of bulk strings).
class FakeRedis : public QObject
{
    Q_OBJECT
public:
    enum class Mode { SilentFromStart, AnswerHandshakeOnly, CloseOnIncr };

    explicit FakeRedis(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++connections;
                auto reader = std::make_shared<RespReader>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, reader] {
                    const QByteArray data = s->readAll();
                    reader->feed(data.constData(), data.size());
                    while (std::optional<Reply> r = reader->next())
                        handle(s, *r);
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;
    QList<QByteArray> received;

private:
    void handle(QTcpSocket* s, const Reply& command)
    {
        const QByteArray name = command.size() ? command.at(0).bytes().toUpper() : QByteArray();
        received << name;
        if (m_mode == Mode::SilentFromStart)
            return;
        if (name == "AUTH" || name == "SELECT") {
            s->write("+OK\r\n");
        } else if (name == "PING") {
            s->write("+PONG\r\n");
        } else if (name == "INFO") {
            const QByteArray body = "# Server\r\nredis_version:0.0-fake\r\n";
            s->write("$" + QByteArray::number(body.size()) + "\r\n" + body + "\r\n");
        } else if (m_mode == Mode::CloseOnIncr && name == "INCR") {
            s->close(); // the write arrived; the reply never will
        }
        // AnswerHandshakeOnly: everything else is swallowed.
    }

    Mode m_mode;
    QTcpServer m_server;
};

class TestConnectionFaults : public QObject
{
    Q_OBJECT

private slots:
    void serverKilledMidPipeline();
    void listenerThatNeverAnswers();
    void stallAfterHandshakeTimesOut();
    void reconnectRedoesAuthAndSelect();
    void lostWriteIsReportedNotReplayed();
    void closeFailsPendingCommands();
};

void TestConnectionFaults::serverKilledMidPipeline()
{
    RedisServer server;
    QVERIFY(server.start());
    Connection c;
    QVERIFY(openAndWait(c, localSettings(server.port())));

    // 100 batches of 2,000 commands, half reads, half writes; the server dies after the first answer.
    const int batches = 100;
    int answered = 0;
    int ok = 0;
    int lostReads = 0;
    int unknownWrites = 0;
    int notSent = 0;
    int other = 0;
    QObject ctx;
    for (int b = 0; b < batches; ++b) {
        QList<Command> cmds;
        const bool writes = b % 2 == 1;
        for (int i = 0; i < 2000; ++i)
            cmds.append(writes ? Command {"SET", "f:" + QByteArray::number(i), QByteArray(100, 'x')}
                               : Command {"GET", "f:" + QByteArray::number(i)});
        c.pipeline(cmds, &ctx, [&, writes](const QList<Reply>&, const RedisError& e) {
            ++answered;
            if (!e)
                ++ok;
            else if (e.code == RedisError::Code::ConnectionLost && !writes)
                ++lostReads;
            else if (e.code == RedisError::Code::WriteOutcomeUnknown && writes)
                ++unknownWrites;
            else if (e.code == RedisError::Code::NotConnected)
                ++notSent;
            else
                ++other;
            if (answered == 1)
                server.kill();
        });
    }
    QVERIFY(QTest::qWaitFor([&] { return answered == batches; }, 15000));
    qInfo("batches: %d ok, %d reads lost, %d writes with unknown outcome, %d not sent, %d other", ok,
          lostReads, unknownWrites, notSent, other);
    QVERIFY(ok >= 1);
    QVERIFY(ok < batches);
    QCOMPARE(other, 0);
    QCOMPARE(ok + lostReads + unknownWrites + notSent, batches);
    QVERIFY(unknownWrites + lostReads + notSent > 0);
    QCOMPARE(c.pendingCount(), 0);
    QVERIFY(c.state() == Connection::State::Reconnecting || c.state() == Connection::State::Connecting);
}

void TestConnectionFaults::listenerThatNeverAnswers()
{
    FakeRedis fake(FakeRedis::Mode::SilentFromStart);
    ConnectionSettings s = localSettings(fake.port());
    s.connectTimeoutMs = 400;
    Connection c;
    QElapsedTimer t;
    t.start();
    QVERIFY(!openAndWait(c, s, 5000));
    QVERIFY(t.elapsed() >= 350);
    QCOMPARE(c.state(), Connection::State::Failed);
    QCOMPARE(c.lastError().code, RedisError::Code::Timeout);
    QVERIFY2(c.lastError().message.contains(u"connect timeout"_s), qPrintable(c.lastError().message));
    QVERIFY(fake.received.contains("PING")); // it did receive the handshake
}

void TestConnectionFaults::stallAfterHandshakeTimesOut()
{
    FakeRedis fake(FakeRedis::Mode::AnswerHandshakeOnly);
    ConnectionSettings s = localSettings(fake.port());
    s.commandTimeoutMs = 300;
    Connection c;
    QVERIFY(openAndWait(c, s));
    QCOMPARE(c.serverVersion(), u"0.0-fake"_s);
    QSignalSpy lost(&c, &Connection::connectionLost);

    SyncResult read;
    SyncResult write;
    c.pipeline({{"GET", "x"}}, this, [&](const QList<Reply>&, const RedisError& e) {
        read.error = e;
        read.answered = true;
    });
    c.pipeline({{"SET", "x", "1"}}, this, [&](const QList<Reply>&, const RedisError& e) {
        write.error = e;
        write.answered = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return read.answered && write.answered; }, 5000));
    QCOMPARE(read.error.code, RedisError::Code::Timeout);
    QVERIFY(read.error.message.contains(u"No reply"_s));
    QCOMPARE(write.error.code, RedisError::Code::WriteOutcomeUnknown);
    QCOMPARE(lost.count(), 1);
    // It reconnects to the fake server by itself.
    QVERIFY(QTest::qWaitFor([&] { return fake.connections >= 2 && c.isReady(); }, 5000));
}

void TestConnectionFaults::reconnectRedoesAuthAndSelect()
{
    RedisServer server;
    RedisServer::Options options;
    options.password = u"pw-reconnect"_s;
    QVERIFY(server.start(options));
    ConnectionSettings s = localSettings(server.port());
    s.password = u"pw-reconnect"_s;
    s.database = 3;
    Connection c;
    QVERIFY(openAndWait(c, s));
    QSignalSpy ready(&c, &Connection::ready);
    QSignalSpy lost(&c, &Connection::connectionLost);
    QSignalSpy scheduled(&c, &Connection::reconnectScheduled);

    server.kill();
    QVERIFY(QTest::qWaitFor([&] { return lost.count() == 1; }, 5000));
    QVERIFY(!c.isReady());
    // While it is down, commands fail at once rather than waiting.
    RedisError e;
    runCommand(c, {"PING"}, &e);
    QVERIFY(e.code == RedisError::Code::NotConnected);
    // Let a few attempts fail, so back-off is exercised.
    QVERIFY(QTest::qWaitFor([&] { return scheduled.count() >= 3; }, 5000));
    const QList<int> delays = {scheduled.at(0).at(1).toInt(), scheduled.at(1).at(1).toInt(),
                               scheduled.at(2).at(1).toInt()};
    QVERIFY2(delays.at(1) > delays.at(0) && delays.at(2) >= delays.at(1), "back-off grows");

    QVERIFY(server.restart());
    QVERIFY(QTest::qWaitFor([&] { return ready.count() == 1; }, 5000));
    // AUTH and SELECT were redone: the write lands in database 3 without a NOAUTH error.
    QCOMPARE(runCommand(c, {"SET", "after:reconnect", "yes"}, &e).bytes(), "OK"_ba);
    QVERIFY(!e);
    QCOMPARE(server.command({"GET", "after:reconnect"}, 3), "yes"_ba);
    QCOMPARE(server.command({"EXISTS", "after:reconnect"}, 0), "0"_ba);
}

void TestConnectionFaults::lostWriteIsReportedNotReplayed()
{
    FakeRedis fake(FakeRedis::Mode::CloseOnIncr);
    Connection c;
    QVERIFY(openAndWait(c, localSettings(fake.port())));
    QSignalSpy ready(&c, &Connection::ready);
    RedisError e;
    runCommand(c, {"INCR", "counter"}, &e);
    QCOMPARE(e.code, RedisError::Code::WriteOutcomeUnknown);
    QVERIFY2(e.message.contains(u"may or may not"_s), qPrintable(e.message));
    QVERIFY(QTest::qWaitFor([&] { return ready.count() == 1; }, 5000));
    QTest::qWait(200);
    QCOMPARE(fake.received.count("INCR"), 1); // never sent again after the reconnect
    QCOMPARE(fake.received.count("SELECT"), 2); // the handshake was redone
}

void TestConnectionFaults::closeFailsPendingCommands()
{
    FakeRedis fake(FakeRedis::Mode::AnswerHandshakeOnly);
    Connection c;
    QVERIFY(openAndWait(c, localSettings(fake.port())));
    int calls = 0;
    RedisError e;
    c.execute({"GET", "x"}, this, [&](const Reply&, const RedisError& err) {
        ++calls;
        e = err;
    });
    QTest::qWait(50);
    c.close();
    QVERIFY(QTest::qWaitFor([&] { return calls == 1; }, 2000));
    QCOMPARE(e.code, RedisError::Code::Cancelled);
    QTest::qWait(100);
    QCOMPARE(calls, 1);
    QCOMPARE(c.state(), Connection::State::Disconnected);
}

QTEST_GUILESS_MAIN(TestConnectionFaults)
#include "tst_connectionfaults.moc"
