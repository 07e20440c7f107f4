// RESP encoding and decoding over hiredis: byte-split input, nesting, protocol errors; the
// command classification that read-only enforcement relies on.

#include "CommandLine.h"

#include "redis/CommandPolicy.h"
#include "redis/Resp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka::redis;

class TestResp : public QObject
{
    Q_OBJECT

private slots:
    void formatsBinarySafeCommands();
    void parsesRepliesFedOneByteAtATime();
    void reportsProtocolErrors();
    void classifiesCommands();
    void splitsRedisCliLines();
};

void TestResp::formatsBinarySafeCommands()
{
    const QByteArray out = formatCommand({"SET", "k", QByteArray("a\0b\r\n", 5)});
    QCOMPARE(out, QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\na\0b\r\n\r\n", 31));
}

void TestResp::parsesRepliesFedOneByteAtATime()
{
    const QByteArray stream =
        "+OK\r\n-ERR bad\r\n:-42\r\n$-1\r\n$5\r\nhe\r\nl\r\n*3\r\n$1\r\na\r\n*2\r\n:1\r\n$-1\r\n"
        "*0\r\n*-1\r\n"_ba;
    RespReader reader;
    QList<Reply> replies;
    for (char ch : stream) {
        reader.feed(&ch, 1);
        while (std::optional<Reply> r = reader.next())
            replies << *r;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(replies.size(), 7);
    QCOMPARE(replies.at(0), Reply::status("OK"));
    QCOMPARE(replies.at(1), Reply::error("ERR bad"));
    QCOMPARE(replies.at(2), Reply::integer(-42));
    QVERIFY(replies.at(3).isNil());
    QCOMPARE(replies.at(4), Reply::string("he\r\nl"));
    QCOMPARE(replies.at(5),
             Reply::array(
                 {Reply::string("a"), Reply::array({Reply::integer(1), Reply::nil()}), Reply::array({})}));
    QVERIFY(replies.at(6).isNil()); // a nil array
}

void TestResp::reportsProtocolErrors()
{
    RespReader reader;
    reader.feed("?what\r\n", 7);
    QVERIFY(!reader.next().has_value());
    QVERIFY(reader.hasError());
    QVERIFY(!reader.errorString().isEmpty());
}

void TestResp::classifiesCommands()
{
    using K = CommandPolicy::Kind;
    QCOMPARE(CommandPolicy::classify("hgetall"), K::Read);
    QCOMPARE(CommandPolicy::classify("SCAN"), K::Read);
    QCOMPARE(CommandPolicy::classify("HSET"), K::Write);
    QCOMPARE(CommandPolicy::classify("HDEL"), K::Write);
    QCOMPARE(CommandPolicy::classify("EXPIRE"), K::Write);
    QCOMPARE(CommandPolicy::classify("INCRBYFLOAT"), K::Write);
    QCOMPARE(CommandPolicy::classify("EVAL"), K::Write);
    QCOMPARE(CommandPolicy::classify("FLUSHALL"), K::Write);
    QCOMPARE(CommandPolicy::classify("BRANDNEWCOMMAND"), K::Write); // unknown = write
    QCOMPARE(CommandPolicy::classify("EXEC"), K::Transaction);
    QCOMPARE(CommandPolicy::classify("AUTH"), K::Connection);
    QCOMPARE(CommandPolicy::firstKeyIndex("HGET"), 1);
    QCOMPARE(CommandPolicy::firstKeyIndex("AUTH"), -1);
    QCOMPARE(CommandPolicy::firstKeyIndex("SCAN"), -1);
}

void TestResp::splitsRedisCliLines()
{
    QString error;
    QCOMPARE(rka::test::splitCommandLine(R"(HSET "k" "a\"b" "\xe6\xb5\x8b" "x\\y" plain)", &error),
             (QList<QByteArray> {"HSET", "k", "a\"b", u"测"_s.toUtf8(), "x\\y", "plain"}));
    QVERIFY(error.isEmpty());
    rka::test::splitCommandLine(R"(SET "unterminated)", &error);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestResp)
#include "tst_resp.moc"
