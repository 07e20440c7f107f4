// The Redis connection against a private redis-server: value round trips, pipelining, error
// replies, WATCH/MULTI/EXEC, authentication, database selection, read-only refusal, command log.

#include "RedisServer.h"
#include "SyncRedis.h"

#include "redis/Connection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka::redis;
using namespace rka::test;

namespace {
RedisServer::Options passwordOptions(const QString& password)
{
    RedisServer::Options o;
    o.password = password;
    return o;
}
} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stringsAndBinaryValues();
    void hashesListsSortedSets();
    void nilIntegerAndNested();
    void errorReplyDoesNotDisturbPipeline();
    void tenThousandPipelinedRepliesInOrder();
    void commandsInOneTurnShareOneRoundTrip();
    void watchAbortsOnConcurrentChange();
    void transactionCommitsWhenUndisturbed();
    void othersWaitForTransaction();
    void wrongPasswordIsReported();
    void missingPasswordIsReported();
    void aclUserAndDatabaseSelection();
    void readOnlyRefusesWritesWithoutSending();
    void readOnlyAllowsReads();
    void commandLogHasNoSecrets();
    void connectionRefusedMessage();
    void commandsBeforeReadyAreHeld();
    void callbackSkippedWhenContextDies();

private:
    std::unique_ptr<Connection> connect(const ConnectionSettings& s);
    RedisServer m_server;
};

void TestConnection::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.port() != 6379);
}

std::unique_ptr<Connection> TestConnection::connect(const ConnectionSettings& s)
{
    auto c = std::make_unique<Connection>();
    if (!openAndWait(*c, s))
        qWarning("open failed: %s", qPrintable(c->lastError().message));
    return c;
}

void TestConnection::stringsAndBinaryValues()
{
    auto c = connect(localSettings(m_server.port()));
    QVERIFY(c->isReady());
    QVERIFY(c->serverVersion().startsWith(u"7."_s) || c->serverVersion().startsWith(u"6."_s));

    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    binary += "\r\n$3\r\n*1\r\n"; // protocol-looking bytes must stay data
    const QByteArray utf8 = u"测试 ✓ key"_s.toUtf8();
    SyncResult r = runPipeline(*c,
                               {{"SET", "t:bin", binary},
                                {"GET", "t:bin"},
                                {"SET", "t:utf8", utf8},
                                {"GET", "t:utf8"},
                                {"SET", "t:empty", ""},
                                {"GET", "t:empty"}});
    QVERIFY(r.answered);
    QVERIFY(!r.error);
    QCOMPARE(r.replies.size(), 6);
    QCOMPARE(r.replies.at(0).type(), Reply::Type::Status);
    QCOMPARE(r.replies.at(0).bytes(), "OK"_ba);
    QCOMPARE(r.replies.at(1).bytes(), binary);
    QCOMPARE(r.replies.at(3).bytes(), utf8);
    QVERIFY(r.replies.at(5).isString());
    QCOMPARE(r.replies.at(5).bytes(), QByteArray());
    // Independent check with hiredis's own client.
    QCOMPARE(m_server.command({"STRLEN", "t:bin"}), QByteArray::number(binary.size()));
}

void TestConnection::hashesListsSortedSets()
{
    auto c = connect(localSettings(m_server.port()));
    SyncResult r = runPipeline(*c,
                               {{"DEL", "t:h", "t:l", "t:z"},
                                {"HSET", "t:h", "name", u"名字"_s.toUtf8(), "isActive", "true", "n", "12.75"},
                                {"HGETALL", "t:h"},
                                {"RPUSH", "t:l", "a", "b", "c"},
                                {"LRANGE", "t:l", "0", "-1"},
                                {"ZADD", "t:z", "2.5", "two", "1", "one"},
                                {"ZRANGE", "t:z", "0", "-1", "WITHSCORES"}});
    QVERIFY(!r.error);
    QCOMPARE(r.replies.at(1).integer(), 3LL);
    const Reply& h = r.replies.at(2);
    QVERIFY(h.isArray());
    QCOMPARE(h.size(), 6);
    QHash<QByteArray, QByteArray> fields;
    for (int i = 0; i + 1 < h.size(); i += 2)
        fields.insert(h.at(i).bytes(), h.at(i + 1).bytes());
    QCOMPARE(fields.value("name"), u"名字"_s.toUtf8());
    QCOMPARE(fields.value("n"), "12.75"_ba);
    QCOMPARE(r.replies.at(4).size(), 3);
    QCOMPARE(r.replies.at(4).at(2).bytes(), "c"_ba);
    const Reply& z = r.replies.at(6);
    QCOMPARE(z.size(), 4);
    QCOMPARE(z.at(0).bytes(), "one"_ba);
    QCOMPARE(z.at(2).bytes(), "two"_ba);
    QCOMPARE(z.at(3).bytes(), "2.5"_ba);
}

void TestConnection::nilIntegerAndNested()
{
    auto c = connect(localSettings(m_server.port()));
    SyncResult r = runPipeline(*c,
                               {{"GET", "t:missing"},
                                {"HGET", "t:missing", "x"},
                                {"INCRBY", "t:counter", "41"},
                                {"INCR", "t:counter"},
                                {"MGET", "t:counter", "t:missing"},
                                {"SCAN", "0", "MATCH", "t:counter", "COUNT", "1000"}});
    QVERIFY(!r.error);
    QVERIFY(r.replies.at(0).isNil());
    QVERIFY(r.replies.at(1).isNil());
    QCOMPARE(r.replies.at(3).integer(), 42LL);
    QCOMPARE(r.replies.at(4).size(), 2);
    QCOMPARE(r.replies.at(4).at(0).bytes(), "42"_ba);
    QVERIFY(r.replies.at(4).at(1).isNil());
    // SCAN answers [cursor, [keys]]: an array inside an array.
    const Reply& scan = r.replies.at(5);
    QCOMPARE(scan.size(), 2);
    QVERIFY(scan.at(1).isArray());
    QCOMPARE(scan.at(1).at(0).bytes(), "t:counter"_ba);
}

void TestConnection::errorReplyDoesNotDisturbPipeline()
{
    auto c = connect(localSettings(m_server.port()));
    SyncResult r =
        runPipeline(*c, {{"SET", "t:str", "x"}, {"HGET", "t:str", "f"}, {"NOSUCHCOMMAND"}, {"GET", "t:str"}});
    QVERIFY(!r.error);
    QVERIFY(r.replies.at(1).isError());
    QVERIFY(r.replies.at(1).bytes().startsWith("WRONGTYPE"));
    QVERIFY(r.replies.at(2).isError());
    QCOMPARE(r.replies.at(3).bytes(), "x"_ba);
    // The failure is recorded in the log next to its command.
    bool found = false;
    for (const CommandLog::Entry& e : c->commandLog().entries())
        if (e.command == "HGET" && e.error.startsWith(u"WRONGTYPE"_s))
            found = true;
    QVERIFY(found);
}

void TestConnection::tenThousandPipelinedRepliesInOrder()
{
    auto c = connect(localSettings(m_server.port()));
    QList<Command> sets;
    QList<Command> gets;
    for (int i = 0; i < 10000; ++i) {
        sets.append({"SET", "t:p:" + QByteArray::number(i), "v" + QByteArray::number(i * 7)});
        gets.append({"GET", "t:p:" + QByteArray::number(i)});
    }
    // Many separate single commands, each with its own callback, must still be answered in order.
    QList<int> order;
    QObject ctx;
    for (int i = 0; i < 10000; ++i)
        c->execute(sets.at(i), &ctx, [&order, i](const Reply& r, const RedisError& e) {
            if (!e && r.bytes() == "OK")
                order.append(i);
        });
    QVERIFY(QTest::qWaitFor([&] { return order.size() == 10000; }, 20000));
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(order.at(i), i);

    SyncResult r = runPipeline(*c, gets, 20000);
    QVERIFY(!r.error);
    QCOMPARE(r.replies.size(), 10000);
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(r.replies.at(i).bytes(), "v" + QByteArray::number(i * 7));
    QCOMPARE(m_server.command({"GET", "t:p:9999"}), "v69993"_ba);
}

void TestConnection::commandsInOneTurnShareOneRoundTrip()
{
    auto c = connect(localSettings(m_server.port()));
    const CommandLog::Totals before = c->commandLog().totals();
    int answered = 0;
    QObject ctx;
    for (int i = 0; i < 500; ++i)
        c->execute({"PING"}, &ctx, [&answered](const Reply&, const RedisError&) { ++answered; });
    c->pipeline({{"PING"}, {"PING"}}, &ctx,
                [&answered](const QList<Reply>&, const RedisError&) { ++answered; });
    QVERIFY(QTest::qWaitFor([&] { return answered == 501; }, 5000));
    const CommandLog::Totals after = c->commandLog().totals();
    QCOMPARE(after.commands - before.commands, 502);
    QCOMPARE(after.roundTrips - before.roundTrips, 1);
    QVERIFY(after.bytesRead - before.bytesRead >= 502 * 7); // "+PONG\r\n"
}

void TestConnection::watchAbortsOnConcurrentChange()
{
    auto c = connect(localSettings(m_server.port()));
    m_server.command({"HSET", "t:w", "name", "before", "n", "1"});
    Connection::Transaction tx;
    tx.watchKeys = {"t:w"};
    tx.reads = {{"HGETALL", "t:w"}};
    bool sawRead = false;
    tx.decide = [this, &sawRead](const QList<Reply>& reads) -> std::optional<QList<Command>> {
        sawRead = reads.size() == 1 && reads.first().size() == 4;
        // Another client writes between our read and our EXEC.
        m_server.command({"HSET", "t:w", "name", "other client"});
        return QList<Command> {{"HSET", "t:w", "name", "ours"}};
    };
    bool done = false;
    RedisError err;
    c->transaction(tx, this, [&](const QList<Reply>&, const RedisError& e) {
        err = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
    QVERIFY(sawRead);
    QCOMPARE(err.code, RedisError::Code::TransactionAborted);
    QVERIFY(err.message.contains(u"t:w"_s));
    QCOMPARE(m_server.command({"HGET", "t:w", "name"}), "other client"_ba);
}

void TestConnection::transactionCommitsWhenUndisturbed()
{
    auto c = connect(localSettings(m_server.port()));
    m_server.command({"HSET", "t:w2", "count", "5"});
    Connection::Transaction tx;
    tx.watchKeys = {"t:w2"};
    tx.reads = {{"HGET", "t:w2", "count"}};
    tx.decide = [](const QList<Reply>& reads) -> std::optional<QList<Command>> {
        const int n = reads.first().bytes().toInt();
        return QList<Command> {{"HSET", "t:w2", "count", QByteArray::number(n * 2)},
                               {"HGET", "t:w2", "count"}};
    };
    SyncResult result;
    c->transaction(tx, this, [&](const QList<Reply>& r, const RedisError& e) {
        result.replies = r;
        result.error = e;
        result.answered = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return result.answered; }, 5000));
    QVERIFY2(!result.error, qPrintable(result.error.message));
    QCOMPARE(result.replies.size(), 2);
    QCOMPARE(result.replies.at(1).bytes(), "10"_ba);
    QCOMPARE(m_server.command({"HGET", "t:w2", "count"}), "10"_ba);

    // decide() may also decline: nothing is written and the watch is released.
    tx.decide = [](const QList<Reply>&) -> std::optional<QList<Command>> { return std::nullopt; };
    result = {};
    c->transaction(tx, this, [&](const QList<Reply>&, const RedisError& e) {
        result.error = e;
        result.answered = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return result.answered; }, 5000));
    QCOMPARE(result.error.code, RedisError::Code::Cancelled);
    QCOMPARE(m_server.command({"HGET", "t:w2", "count"}), "10"_ba);
}

void TestConnection::othersWaitForTransaction()
{
    // A command submitted while a transaction is between its read and its EXEC must not slip in
    // (another caller's EXEC or UNWATCH would break the WATCH); it runs after the transaction.
    auto c = connect(localSettings(m_server.port()));
    m_server.command({"SET", "t:seq", "0"});
    QStringList events;
    Connection::Transaction tx;
    tx.watchKeys = {"t:seq"};
    tx.reads = {{"GET", "t:seq"}};
    tx.decide = [&](const QList<Reply>&) -> std::optional<QList<Command>> {
        c->execute({"SET", "t:seq", "outsider"}, this,
                   [&](const Reply&, const RedisError&) { events << u"outsider"_s; });
        return QList<Command> {{"SET", "t:seq", "tx"}};
    };
    c->transaction(tx, this, [&](const QList<Reply>&, const RedisError& e) {
        events << (e ? u"tx failed: "_s + e.message : u"tx"_s);
    });
    QVERIFY(QTest::qWaitFor([&] { return events.size() == 2; }, 5000));
    QCOMPARE(events, (QStringList {u"tx"_s, u"outsider"_s}));
    QCOMPARE(m_server.command({"GET", "t:seq"}), "outsider"_ba);
}

void TestConnection::wrongPasswordIsReported()
{
    RedisServer secured;
    QVERIFY(secured.start(passwordOptions(u"s3cret"_s)));
    Connection c;
    ConnectionSettings s = localSettings(secured.port());
    s.password = u"wrong"_s;
    QVERIFY(!openAndWait(c, s));
    QCOMPARE(c.state(), Connection::State::Failed);
    QVERIFY2(c.lastError().message.contains(u"WRONGPASS"_s), qPrintable(c.lastError().message));
    QVERIFY(c.lastError().message.contains(secured.port() ? QString::number(secured.port()) : QString()));

    s.password = u"s3cret"_s;
    QVERIFY(openAndWait(c, s));
    QCOMPARE(runCommand(c, {"PING"}).bytes(), "PONG"_ba);
}

void TestConnection::missingPasswordIsReported()
{
    RedisServer secured;
    QVERIFY(secured.start(passwordOptions(u"s3cret"_s)));
    Connection c;
    QVERIFY(!openAndWait(c, localSettings(secured.port())));
    QVERIFY2(c.lastError().message.contains(u"requires a password"_s), qPrintable(c.lastError().message));
}

void TestConnection::aclUserAndDatabaseSelection()
{
    RedisServer secured;
    RedisServer::Options options = passwordOptions(u"adminpw"_s);
    options.aclUser = u"relay"_s;
    options.aclPassword = u"relaypw"_s;
    QVERIFY(secured.start(options));
    Connection c;
    ConnectionSettings s = localSettings(secured.port());
    s.username = u"relay"_s;
    s.password = u"relaypw"_s;
    s.database = 5;
    QVERIFY2(openAndWait(c, s), qPrintable(c.lastError().message));
    QCOMPARE(runCommand(c, {"SET", "t:db", "in five"}).bytes(), "OK"_ba);
    QCOMPARE(secured.command({"GET", "t:db"}, 5), "in five"_ba);
    QCOMPARE(secured.command({"GET", "t:db"}, 0), "(nil)"_ba);

    // A user name with the wrong password is refused.
    s.password = u"adminpw"_s;
    QVERIFY(!openAndWait(c, s));
    QVERIFY(c.lastError().message.contains(u"WRONGPASS"_s));

    // A database that does not exist is refused with a word about the database.
    s.password = u"relaypw"_s;
    s.database = 99;
    QVERIFY(!openAndWait(c, s));
    QVERIFY2(c.lastError().message.contains(u"Database 99"_s), qPrintable(c.lastError().message));
}

void TestConnection::readOnlyRefusesWritesWithoutSending()
{
    m_server.command({"CONFIG", "RESETSTAT"});
    ConnectionSettings s = localSettings(m_server.port());
    s.readOnly = true;
    auto c = connect(s);
    QVERIFY(c->isReady());
    const qint64 sentBefore = c->commandLog().totals().commands;
    RedisError e;
    runCommand(*c, {"HSET", "t:ro", "f", "v"}, &e);
    QCOMPARE(e.code, RedisError::Code::ReadOnlyRefused);
    QVERIFY(e.message.contains(u"HSET"_s));
    // A batch with one write among reads is refused whole.
    SyncResult r = runPipeline(*c, {{"GET", "t:ro"}, {"DEL", "t:ro"}});
    QCOMPARE(r.error.code, RedisError::Code::ReadOnlyRefused);
    // An unknown command counts as a write.
    runCommand(*c, {"SOMEFUTURECOMMAND", "x"}, &e);
    QCOMPARE(e.code, RedisError::Code::ReadOnlyRefused);
    // A transaction whose decided writes include a write is stopped before MULTI.
    Connection::Transaction tx;
    tx.watchKeys = {"t:ro"};
    tx.reads = {{"GET", "t:ro"}};
    tx.decide = [](const QList<Reply>&) -> std::optional<QList<Command>> {
        return QList<Command> {{"SET", "t:ro", "x"}};
    };
    bool done = false;
    c->transaction(tx, this, [&](const QList<Reply>&, const RedisError& err) {
        e = err;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
    QCOMPARE(e.code, RedisError::Code::ReadOnlyRefused);

    // Nothing of it reached the server: neither our log nor the server's statistics know HSET/DEL/SET.
    const QByteArray stats = m_server.command({"INFO", "commandstats"});
    QVERIFY2(!stats.contains("cmdstat_hset"), stats.constData());
    QVERIFY(!stats.contains("cmdstat_del"));
    QVERIFY(!stats.contains("cmdstat_set:"));
    QVERIFY(!stats.contains("cmdstat_multi"));
    for (const CommandLog::Entry& entry : c->commandLog().entries())
        QVERIFY(entry.command != "HSET" && entry.command != "DEL" && entry.command != "SET");
    // Only the transaction's WATCH, GET and UNWATCH were sent.
    QCOMPARE(c->commandLog().totals().commands - sentBefore, 3);
    QCOMPARE(m_server.command({"EXISTS", "t:ro"}), "0"_ba);
}

void TestConnection::readOnlyAllowsReads()
{
    m_server.command({"HSET", "t:ro2", "a", "1"});
    ConnectionSettings s = localSettings(m_server.port());
    s.readOnly = true;
    auto c = connect(s);
    SyncResult r = runPipeline(*c, {{"HGETALL", "t:ro2"}, {"SCAN", "0"}, {"DBSIZE"}, {"TTL", "t:ro2"}});
    QVERIFY(!r.error);
    QCOMPARE(r.replies.at(0).size(), 2);
}

void TestConnection::commandLogHasNoSecrets()
{
    RedisServer secured;
    QVERIFY(secured.start(passwordOptions(u"TopSecretPw-123"_s)));
    Connection c;
    ConnectionSettings s = localSettings(secured.port());
    s.password = u"TopSecretPw-123"_s;
    QVERIFY(openAndWait(c, s));
    runCommand(c, {"SET", "t:k", "value-not-logged"});
    bool sawAuth = false;
    for (const CommandLog::Entry& e : c.commandLog().entries()) {
        QVERIFY(!e.key.contains("TopSecret"));
        QVERIFY(!e.key.contains("value-not-logged"));
        QVERIFY(!e.command.contains("TopSecret"));
        QVERIFY(!e.error.contains(u"TopSecret"_s));
        if (e.command == "AUTH") {
            sawAuth = true;
            QVERIFY(e.key.isEmpty());
        }
        if (e.command == "SET")
            QCOMPARE(e.key, "t:k"_ba);
        QVERIFY(e.durationUs >= 0);
    }
    QVERIFY(sawAuth);
}

void TestConnection::connectionRefusedMessage()
{
    const quint16 closedPort = RedisServer::freePort();
    Connection c;
    QVERIFY(!openAndWait(c, localSettings(closedPort)));
    QCOMPARE(c.state(), Connection::State::Failed);
    const QString expected = u"Connection refused at 127.0.0.1:"_s + QString::number(closedPort) + u"."_s;
    QVERIFY2(c.lastError().message.startsWith(expected), qPrintable(c.lastError().message));
    // Commands on a failed connection fail at once, without hanging.
    RedisError e;
    runCommand(c, {"PING"}, &e);
    QCOMPARE(e.code, RedisError::Code::NotConnected);
}

void TestConnection::commandsBeforeReadyAreHeld()
{
    Connection c;
    c.setSettings(localSettings(m_server.port()));
    c.open();
    QCOMPARE(c.state(), Connection::State::Connecting);
    // Submitted before the handshake: held, then sent after AUTH/SELECT.
    RedisError e;
    const Reply r = runCommand(c, {"ECHO", "early"}, &e);
    QVERIFY(!e);
    QCOMPARE(r.bytes(), "early"_ba);
}

void TestConnection::callbackSkippedWhenContextDies()
{
    auto c = connect(localSettings(m_server.port()));
    bool called = false;
    auto* ctx = new QObject;
    c->execute({"PING"}, ctx, [&called](const Reply&, const RedisError&) { called = true; });
    delete ctx;
    // A later command answered proves the first reply was processed.
    QCOMPARE(runCommand(*c, {"ECHO", "after"}).bytes(), "after"_ba);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
