// relay-key-admin-cli run as a process against a private Redis loaded with each fixture: its JSON list
// equals the service's own view, lookups, exports, and clear errors with the documented exit codes.

#include "Fixtures.h"
#include "JsonDiff.h"
#include "RedisServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listJsonEqualsTheServiceView_data();
    void listJsonEqualsTheServiceView();
    void infoNamesTheRelease();
    void lookupFindsKeysFromStandardInput();
    void lookupWithTheWrongEncryptionKeyFindsNothing();
    void showUnknownKeyIsNotFound();
    void showPrintsMalformedFields();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void connectionRefusedIsExitCode3();
    void envFileSuppliesTheConnection();
    void exportCsvAndJsonParseBack();
    void doctorReportsWhatTheServiceLeftBehind();

private:
    Run run(const QStringList& args, const QByteArray& input = {}, const QHash<QString, QString>& env = {});
    QStringList base(int db) const;
    RedisServer m_server;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RKA_CLI")), "RKA_CLI must name the built tool");
    QVERIFY(m_server.start());
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 1, &error),
             qPrintable(error));
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.314"_s, u"seed.redis"_s), 2, &error),
             qPrintable(error));
}

QStringList TestCli::base(int db) const
{
    return {u"--port"_s, QString::number(m_server.port()), u"--db"_s, QString::number(db),
            u"--now"_s,  u"2026-02-02T10:00:00Z"_s};
}

Run TestCli::run(const QStringList& args, const QByteArray& input, const QHash<QString, QString>& env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& k : {u"REDIS_HOST"_s, u"REDIS_PORT"_s, u"REDIS_PASSWORD"_s, u"REDIS_DB"_s,
                             u"ENCRYPTION_KEY"_s, u"API_KEY_PREFIX"_s, u"TIMEZONE_OFFSET"_s})
        e.remove(k);
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("RKA_CLI"), args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCli::listJsonEqualsTheServiceView_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("db");
    QTest::newRow("1.1.235") << u"1.1.235"_s << 1;
    QTest::newRow("1.1.314") << u"1.1.314"_s << 2;
}

void TestCli::listJsonEqualsTheServiceView()
{
    QFETCH(QString, release);
    QFETCH(int, db);
    const Run r = run(base(db) + QStringList {u"--json"_s, u"list"_s, u"--include-deleted"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray ours = QJsonDocument::fromJson(r.out).array();
    const QJsonArray want = Fixtures::json(release, u"view-getAllApiKeys-includeDeleted.json"_s).array();
    QCOMPARE(ours.size(), want.size());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : ours) {
        QJsonObject o = v.toObject();
        QVERIFY(!o.value(u"status"_s).toString().isEmpty());
        o.remove(u"status"_s); // our addition: the status the table shows
        byId.insert(o.value(u"id"_s).toString(), o);
    }
    QStringList diffs;
    for (const QJsonValue& v : want) {
        const QJsonObject w = v.toObject();
        for (const QString& d : jsonDiff(w, byId.value(w.value(u"id"_s).toString())))
            diffs << w.value(u"name"_s).toString() + u": "_s + d;
    }
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    // Without --include-deleted the trash stays out, as in the service's getAllApiKeys(false).
    const Run visible = run(base(db) + QStringList {u"--json"_s, u"list"_s});
    QCOMPARE(QJsonDocument::fromJson(visible.out).array().size(),
             Fixtures::json(release, u"view-getAllApiKeys.json"_s).array().size());
    // The text table names every key with its total cost.
    const Run text = run(base(db) + QStringList {u"list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(u"k09-multi-binding 测试 ✓"_s));
    QVERIFY(QString::fromUtf8(text.out).contains(u"12 key"_s)); // "keys" once the English plural forms load
}

void TestCli::infoNamesTheRelease()
{
    Run r = run(base(1) + QStringList {u"info"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("1.1.235 era"), r.out.constData());
    QVERIFY(r.out.contains("API keys: 12 (1 in the trash)"));
    r = run(base(2) + QStringList {u"--json"_s, u"info"_s});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(u"release"_s).toString().startsWith(u"1.1.302"_s));
    QCOMPARE(o.value(u"writable"_s).toBool(), true);
}

void TestCli::lookupFindsKeysFromStandardInput()
{
    const QHash<QString, QString> env {{u"ENCRYPTION_KEY"_s, QString::fromLatin1(Fixtures::encryptionKey())}};
    const QJsonArray keys =
        Fixtures::json(u"1.1.235"_s, u"seed-keys.json"_s).object().value(u"keys"_s).toArray();
    int found = 0;
    for (const QJsonValue& v : keys) {
        const QJsonObject k = v.toObject();
        const QString name = k.value(u"name"_s).toString();
        const Run r = run(base(1) + QStringList {u"--json"_s, u"lookup"_s},
                          k.value(u"apiKey"_s).toString().toUtf8() + "\n", env);
        if (name.startsWith(u"k12"_s)) { // permanently deleted: its mapping is gone
            QCOMPARE(r.exitCode, 1);
            continue;
        }
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"id"_s).toString(),
                 k.value(u"id"_s).toString());
        ++found;
    }
    QCOMPARE(found, 13);
    // The plaintext never shows up in what the tool prints.
    const QString plain = keys.first().toObject().value(u"apiKey"_s).toString();
    const Run r = run(base(1) + QStringList {u"lookup"_s}, plain.toUtf8(), env);
    QVERIFY(!QString::fromUtf8(r.out).contains(plain) && !r.err.contains(plain));
}

void TestCli::lookupWithTheWrongEncryptionKeyFindsNothing()
{
    const QString plain = Fixtures::json(u"1.1.235"_s, u"seed-keys.json"_s)
                              .object()
                              .value(u"keys"_s)
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"apiKey"_s)
                              .toString();
    Run r = run(base(1) + QStringList {u"lookup"_s}, plain.toUtf8(),
                {{u"ENCRYPTION_KEY"_s, u"not-the-service-key"_s}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"ENCRYPTION_KEY"_s), qPrintable(r.err));
    r = run(base(1) + QStringList {u"lookup"_s}, plain.toUtf8());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"ENCRYPTION_KEY is needed"_s), qPrintable(r.err));
    r = run(base(1) + QStringList {u"lookup"_s}, "sk-ant-not-ours-1234567890",
            {{u"ENCRYPTION_KEY"_s, u"x"_s}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"starts with \"cr_\""_s), qPrintable(r.err));
}

void TestCli::showUnknownKeyIsNotFound()
{
    const Run r = run(base(1) + QStringList {u"show"_s, u"no-such-key"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"No key has the id or name \"no-such-key\""_s), qPrintable(r.err));
    const Run ok = run(base(1) + QStringList {u"--json"_s, u"show"_s, u"k01-full-options"_s});
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(ok.out).object();
    QCOMPARE(o.value(u"recentRecords"_s).toArray().size(), 5);
    QCOMPARE(o.value(u"totalCost"_s).toDouble(), 1.40634);
}

void TestCli::showPrintsMalformedFields()
{
    m_server.command({"FLUSHDB"}, 3);
    m_server.command({"HSET", "apikey:11111111-2222-4333-8444-555555555555", "id",
                      "11111111-2222-4333-8444-555555555555", "name", "broken", "isActive", "true",
                      "tokenLimit", "lots", "tags", "[not json"},
                     3);
    const Run r = run(base(3) + QStringList {u"show"_s, u"broken"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("MALFORMED tokenLimit = lots"), r.out.constData());
    QVERIFY(r.out.contains("MALFORMED tags = [not json"));
    // Nothing was "fixed": the stored values are as they were.
    QCOMPARE(m_server.command({"HGET", "apikey:11111111-2222-4333-8444-555555555555", "tokenLimit"}, 3),
             "lots"_ba);
}

void TestCli::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << u"no command given"_s;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
    QTest::newRow("bad port") << QStringList {u"--port"_s, u"99999"_s, u"info"_s} << u"--port must be"_s;
    QTest::newRow("bad db") << QStringList {u"--db"_s, u"-1"_s, u"info"_s} << u"--db must be"_s;
    QTest::newRow("bad now") << QStringList {u"--now"_s, u"yesterday"_s, u"list"_s} << u"--now must be"_s;
    QTest::newRow("unknown option") << QStringList {u"--frob"_s, u"list"_s} << u"Unknown option 'frob'"_s;
    QTest::newRow("extra argument") << QStringList {u"list"_s, u"extra"_s} << u"list takes no arguments"_s;
    QTest::newRow("export without format") << QStringList {u"export"_s} << u"--format csv"_s;
    QTest::newRow("missing env file") << QStringList {u"--env-file"_s, u"/nonexistent/.env"_s, u"info"_s}
                                      << u"Cannot read /nonexistent/.env"_s;
}

void TestCli::badArgumentsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::connectionRefusedIsExitCode3()
{
    const quint16 closed = RedisServer::freePort();
    const Run r = run({u"--port"_s, QString::number(closed), u"list"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"Connection refused at 127.0.0.1:"_s + QString::number(closed)),
             qPrintable(r.err));
}

void TestCli::envFileSuppliesTheConnection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u".env"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# the service's .env\nREDIS_HOST=127.0.0.1\nREDIS_PORT=" + QByteArray::number(m_server.port()) +
            "\nexport REDIS_DB=1\nENCRYPTION_KEY=\"" + Fixtures::encryptionKey() +
            "\"\nTIMEZONE_OFFSET=8 # UTC+8\n");
    f.close();
    const QString plain = Fixtures::json(u"1.1.235"_s, u"seed-keys.json"_s)
                              .object()
                              .value(u"keys"_s)
                              .toArray()
                              .at(1)
                              .toObject()
                              .value(u"apiKey"_s)
                              .toString();
    Run r = run({u"--env-file"_s, path, u"lookup"_s}, plain.toUtf8());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("k02-defaults"), r.out.constData());
    // An environment variable wins over the file, an option over both.
    r = run({u"--env-file"_s, path, u"--db"_s, u"2"_s, u"info"_s}, {}, {{u"REDIS_DB"_s, u"3"_s}});
    QVERIFY2(r.out.contains("database: 2"), r.out.constData());
    r = run({u"--env-file"_s, path, u"info"_s}, {}, {{u"REDIS_DB"_s, u"2"_s}});
    QVERIFY2(r.out.contains("database: 2"), r.out.constData());
}

void TestCli::exportCsvAndJsonParseBack()
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"keys.csv"_s);
    Run r = run(
        base(1) +
        QStringList {u"export"_s, u"--format"_s, u"csv"_s, u"--include-deleted"_s, u"--output"_s, csvPath});
    QCOMPARE(r.exitCode, 0);
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.first().trimmed().split(',').at(20), "totalCost"_ba);
    bool sawK01 = false;
    for (const QByteArray& line : lines) {
        if (!line.startsWith("19c56c96"))
            continue;
        sawK01 = true;
        QCOMPARE(line.split(',').at(20).toDouble(), 1.40634);
    }
    QVERIFY(sawK01);
    QVERIFY(csv.contains(u"k09-multi-binding 测试 ✓"_s.toUtf8()));

    r = run(base(1) + QStringList {u"export"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 12);
    for (const QJsonValue& v : a)
        QVERIFY(!v.toObject().contains(u"apiKey"_s)); // neither plaintext nor hash
}

void TestCli::doctorReportsWhatTheServiceLeftBehind()
{
    Run r = run(base(1) + QStringList {u"--json"_s, u"doctor"_s});
    QCOMPARE(r.exitCode, 5);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList kinds;
    for (const QJsonValue& f : o.value(u"findings"_s).toArray())
        kinds << f.toObject().value(u"kind"_s).toString();
    kinds.sort();
    QCOMPARE(kinds,
             (QStringList {u"comma-joined-permissions"_s, u"hash-map-entry-for-deleted-key"_s,
                           u"legacy-reverse-record"_s, u"metrics-minute-without-ttl"_s,
                           u"purged-key-leftover"_s}));
    // The report only reads: k13's permissions are still the comma-joined form.
    QCOMPARE(m_server.command({"HGET", "apikey:6a895ef9-4423-41f1-b502-a224d1ede3ac", "permissions"}, 1),
             "claude,gemini"_ba);
    // A database with nothing wrong exits 0.
    m_server.command({"FLUSHDB"}, 4);
    m_server.command({"HSET", "apikey:11111111-2222-4333-8444-555555555555", "id",
                      "11111111-2222-4333-8444-555555555555", "name", "fine", "isActive", "true", "apiKey",
                      QByteArray(64, 'a')},
                     4);
    m_server.command({"EXPIRE", "apikey:11111111-2222-4333-8444-555555555555", "31536000"}, 4);
    m_server.command({"HSET", "apikey:hash_map", QByteArray(64, 'a'), "11111111-2222-4333-8444-555555555555"},
                     4);
    r = run(base(4) + QStringList {u"doctor"_s});
    QVERIFY2(r.exitCode == 0, r.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
