// Faults during writes: every write operation, on both fixture layouts (1.1.235, and 1.1.314 with its
// key index), is run through a fault-injecting proxy that cuts the connection at every command it
// sends, at each of three points (before the command is sent, after the server ran it but before its
// reply, after its reply). Each time the whole database is compared with the state before the
// operation and the state after it (the same operation without a fault): it must be one of the two,
// never a mix, and the reported status must say which (or that the outcome is unknown, and how to
// check it). Nothing may be sent again after the reconnect.

#include "FaultProxy.h"
#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "relay/KeyWriter.h"
#include "support/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::relay;
using namespace rka::test;

namespace {

constexpr int kTemplateDb = 15; // the fixture, loaded once per row
constexpr int kWorkDb = 1; // a fresh copy of it for every case

// Copies every key of the template database (with its TTL) into database ARGV[1].
const QByteArray kCopyScript = R"lua(
local keys = redis.call('KEYS', '*')
for _, k in ipairs(keys) do redis.call('COPY', k, k, 'DB', ARGV[1], 'REPLACE') end
return #keys
)lua";

// The whole database, flat: key, type, "ttl" or "none", item count, items. Hash items are field/value
// pairs, zset items member/score pairs (compared as sorted 'a=b' items), a stream item is one entry's id and
// fields joined by NUL.
const QByteArray kSnapshotScript = R"lua(
local out = {}
local keys = redis.call('KEYS', '*')
table.sort(keys)
for _, k in ipairs(keys) do
  local t = redis.call('TYPE', k)['ok']
  local ttl = redis.call('PTTL', k)
  local items = {}
  if t == 'string' then items = {redis.call('GET', k)}
  elseif t == 'hash' then items = redis.call('HGETALL', k)
  elseif t == 'set' then items = redis.call('SMEMBERS', k)
  elseif t == 'zset' then items = redis.call('ZRANGE', k, 0, -1, 'WITHSCORES')
  elseif t == 'list' then items = redis.call('LRANGE', k, 0, -1)
  elseif t == 'stream' then
    for _, e in ipairs(redis.call('XRANGE', k, '-', '+')) do
      table.insert(items, e[1] .. '\0' .. table.concat(e[2], '\0'))
    end
  end
  table.insert(out, k)
  table.insert(out, t)
  if ttl >= 0 then table.insert(out, 'ttl') else table.insert(out, 'none') end
  table.insert(out, tostring(#items))
  for _, v in ipairs(items) do table.insert(out, v) end
end
return out
)lua";

struct Entry
{
    QByteArray type;
    bool ttl = false;
    QList<QByteArray> items; // sets and hashes sorted; lists, zsets, streams in their order
};
using Snapshot = QMap<QByteArray, Entry>;

QByteArray serialize(const Entry& e)
{
    return e.type + (e.ttl ? " ttl" : " no-ttl") + " [" + e.items.join("\x1f") + ']';
}

// Commands that may follow a cut on the reconnected connection: the handshake and the read-back.
const QList<QByteArray> kAllowedAfterFault = {"AUTH", "SELECT", "PING", "INFO", "HGET", "EXISTS"};

enum class Outcome { Before, After, Mixed };

// Runs the event loop until `done` holds (checked every millisecond) or the time is up. Unlike
// QTest::qWaitFor, which sleeps 10 ms between rounds, an asynchronous hop costs no fixed delay.
bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(1);
    loop.exec();
    return done();
}

struct Layout
{
    QString release;
    QString seed;
    DataModel model;
    bool indexed;
};

using Operation = std::function<void(KeyWriter&, const KeyWriter::Callback&)>;

} // namespace

Q_DECLARE_METATYPE(Layout)

class TestWriteFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void proxyCutsAtTheExactPoint_data();
    void proxyCutsAtTheExactPoint();
    void everyOperationAtEveryFaultPoint_data();
    void everyOperationAtEveryFaultPoint();

private:
    bool loadTemplate(const Layout& layout);
    bool freshCopy();
    Snapshot snapshot();
    // Replaces the ids and secrets the operation made up (create, regenerate) by names that do not
    // depend on chance: a new key's id by "{id:<name>}", a new stored hash by "{hash:<name>}".
    Snapshot normalized(const Snapshot& s, const Snapshot& before);
    static QStringList difference(const Snapshot& a, const Snapshot& b);
    static QList<QByteArray> changedKeys(const Snapshot& a, const Snapshot& b);
    QByteArray idOf(const QString& namePrefix) const;
    Operation operation(const QString& name);
    // Runs `op` through the proxy (armed or not) and waits for its callback.
    std::optional<WriteResult> runThroughProxy(const Operation& op, int k, FaultProxy::Point point,
                                               QStringList* problems);

    RedisServer m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    Layout m_layout;
    QString m_loadedRelease;
    // Totals over the whole run.
    int m_cases = 0;
    int m_before = 0;
    int m_after = 0;
    int m_unknownBefore = 0;
    int m_unknownAfter = 0;
    int m_operations = 0;
};

void TestWriteFaults::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_proxy = std::make_unique<FaultProxy>(m_server.port());
    QVERIFY(m_proxy->listen());
    support::Clock::setInstance(std::make_shared<support::FixedClock>(Fixtures::viewInstant()));
}

void TestWriteFaults::cleanupTestCase()
{
    support::Clock::setInstance(nullptr);
    qInfo("write faults: %d operation runs (operations x layouts), %d fault cases (commands x 3 points); "
          "data as before: %d, as after: %d, mixed: 0; outcome reported unknown: %d (%d of them before, %d "
          "after)",
          m_operations, m_cases, m_before, m_after, m_unknownBefore + m_unknownAfter, m_unknownBefore,
          m_unknownAfter);
}

bool TestWriteFaults::loadTemplate(const Layout& layout)
{
    m_layout = layout;
    m_server.command({"FLUSHDB"}, kTemplateDb);
    QString error;
    if (!m_server.loadCommandFile(Fixtures::path(layout.release, layout.seed), kTemplateDb, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestWriteFaults::freshCopy()
{
    m_server.command({"FLUSHDB"}, kWorkDb);
    const QByteArray copied =
        m_server.command({"EVAL", kCopyScript, "0", QByteArray::number(kWorkDb)}, kTemplateDb);
    return copied.toInt() > 0 && m_server.command({"DBSIZE"}, kWorkDb) == copied;
}

Snapshot TestWriteFaults::snapshot()
{
    const QList<QByteArray> flat = m_server.commandList({"EVAL", kSnapshotScript, "0"}, kWorkDb);
    Snapshot s;
    qsizetype i = 0;
    while (i + 4 <= flat.size()) {
        Entry e;
        const QByteArray key = flat.at(i);
        e.type = flat.at(i + 1);
        e.ttl = flat.at(i + 2) == "ttl";
        const int n = flat.at(i + 3).toInt();
        i += 4;
        if (e.type == "hash" || e.type == "zset") {
            // field=value, member=score: the order of equal scores depends on the (random) members.
            for (int j = 0; j + 1 < n; j += 2)
                e.items.append(flat.at(i + j) + '=' + flat.at(i + j + 1));
            std::sort(e.items.begin(), e.items.end());
        } else {
            e.items = flat.mid(i, n);
            if (e.type == "set")
                std::sort(e.items.begin(), e.items.end());
        }
        i += n;
        s.insert(key, e);
    }
    return s;
}

Snapshot TestWriteFaults::normalized(const Snapshot& s, const Snapshot& before)
{
    static const QRegularExpression apiKey(
        u"^apikey:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    auto field = [](const Entry& e, const QByteArray& name) {
        for (const QByteArray& item : e.items)
            if (item.startsWith(QByteArray(name + '=')))
                return item.mid(name.size() + 1);
        return QByteArray();
    };
    QList<std::pair<QByteArray, QByteArray>> replace; // (made up, stable name)
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        if (it.value().type != "hash" || !apiKey.match(QString::fromLatin1(it.key())).hasMatch())
            continue;
        const QByteArray name = field(it.value(), "name");
        if (!before.contains(it.key()))
            replace.append({it.key().mid(7), "{id:" + name + '}'});
        const QByteArray hash = field(it.value(), "apiKey");
        if (!hash.isEmpty() && field(before.value(it.key()), "apiKey") != hash)
            replace.append({hash, "{hash:" + name + '}'});
    }
    if (replace.isEmpty())
        return s;
    Snapshot out;
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        QByteArray key = it.key();
        Entry e = it.value();
        for (const auto& [from, to] : std::as_const(replace)) {
            key.replace(from, to);
            for (QByteArray& item : e.items)
                item.replace(from, to);
        }
        if (e.type == "hash" || e.type == "zset" || e.type == "set")
            std::sort(e.items.begin(), e.items.end());
        out.insert(key, e);
    }
    return out;
}

QStringList TestWriteFaults::difference(const Snapshot& a, const Snapshot& b)
{
    QStringList out;
    QSet<QByteArray> keys;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        keys.insert(it.key());
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        keys.insert(it.key());
    QList<QByteArray> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QByteArray& k : sorted) {
        if (!a.contains(k))
            out << u"only in the second: "_s + QString::fromUtf8(k);
        else if (!b.contains(k))
            out << u"only in the first: "_s + QString::fromUtf8(k);
        else if (serialize(a.value(k)) != serialize(b.value(k)))
            out << u"differs: "_s + QString::fromUtf8(k);
    }
    return out;
}

QList<QByteArray> TestWriteFaults::changedKeys(const Snapshot& a, const Snapshot& b)
{
    QList<QByteArray> out;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!b.contains(it.key()) || serialize(b.value(it.key())) != serialize(it.value()))
            out << it.key();
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            out << it.key();
    return out;
}

QByteArray TestWriteFaults::idOf(const QString& namePrefix) const
{
    for (const QJsonValue& v :
         Fixtures::json(m_layout.release, u"seed-keys.json"_s).object().value(u"keys"_s).toArray())
        if (v.toObject().value(u"name"_s).toString().startsWith(namePrefix))
            return v.toObject().value(u"id"_s).toString().toUtf8();
    return {};
}

Operation TestWriteFaults::operation(const QString& name)
{
    const QByteArray k01 = idOf(u"k01-"_s);
    const QByteArray k02 = idOf(u"k02-"_s);
    const QByteArray k07 = idOf(u"k07-"_s);
    const QByteArray k08 = idOf(u"k08-"_s);
    const QByteArray k09 = idOf(u"k09-"_s);
    const QByteArray k10 = idOf(u"k10-"_s);
    if (name == u"create"_s)
        return [](KeyWriter& w, const KeyWriter::Callback& cb) {
            ApiKey settings;
            settings.setName(u"fault-create"_s);
            settings.setDescription(u"made while the connection fails"_s);
            settings.setTags({u"team-a"_s, u"fresh"_s});
            settings.setRaw(ApiKeyField::DailyCostLimit, "4.5");
            w.create(settings, cb);
        };
    if (name == u"batch create"_s)
        return [](KeyWriter& w, const KeyWriter::Callback& cb) {
            ApiKey settings;
            settings.setTags({u"trial"_s});
            w.createBatch(settings, u"fault-batch"_s, 2, cb);
        };
    if (name == u"update"_s) {
        // What the editor loaded: the fixture's k01, read directly.
        RawHash fields;
        const QList<QByteArray> flat = m_server.commandList({"HGETALL", "apikey:" + k01}, kWorkDb);
        for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
            fields.append({flat.at(i), flat.at(i + 1)});
        const ApiKey base(fields);
        ApiKey edited = base;
        edited.setName(u"k01 renamed"_s);
        edited.setDescription(u"edited while the connection fails"_s);
        edited.setTags({u"team-a"_s, u"vip"_s});
        edited.setRaw(ApiKeyField::DailyCostLimit, "12");
        return [k01, base, edited](KeyWriter& w, const KeyWriter::Callback& cb) {
            w.update(k01, base, edited, false, cb);
        };
    }
    if (name == u"batch edit"_s)
        return [k02, k08, k09](KeyWriter& w, const KeyWriter::Callback& cb) {
            BatchEdit edit;
            edit.set = {{ApiKeyField::ConcurrencyLimit, "7"}};
            edit.tagOperation = BatchEdit::TagOperation::Add;
            edit.tags = {u"batch"_s};
            w.batchEdit({k02, k08, k09}, edit, cb);
        };
    if (name == u"disable"_s)
        return [k01, k08](KeyWriter& w, const KeyWriter::Callback& cb) {
            w.setActive({k01, k08}, false, cb);
        };
    if (name == u"enable"_s)
        return [k07](KeyWriter& w, const KeyWriter::Callback& cb) { w.setActive({k07}, true, cb); };
    if (name == u"regenerate"_s)
        return [k02](KeyWriter& w, const KeyWriter::Callback& cb) { w.regenerate(k02, cb); };
    if (name == u"soft delete"_s)
        return [k02, k08](KeyWriter& w, const KeyWriter::Callback& cb) { w.softDelete({k02, k08}, cb); };
    if (name == u"restore"_s)
        return [k10](KeyWriter& w, const KeyWriter::Callback& cb) { w.restore({k10}, cb); };
    if (name == u"purge"_s)
        return [k10](KeyWriter& w, const KeyWriter::Callback& cb) { w.purge({k10}, cb); };
    if (name == u"clear trash"_s)
        return [](KeyWriter& w, const KeyWriter::Callback& cb) { w.clearTrash(cb); };
    if (name == u"tag rename"_s)
        return [](KeyWriter& w, const KeyWriter::Callback& cb) { w.renameTag(u"team-b"_s, u"team-c"_s, cb); };
    if (name == u"tag delete"_s)
        return [](KeyWriter& w, const KeyWriter::Callback& cb) { w.deleteTag(u"trial"_s, cb); };
    return {};
}

std::optional<WriteResult> TestWriteFaults::runThroughProxy(const Operation& op, int k,
                                                            FaultProxy::Point point, QStringList* problems)
{
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_proxy->port());
    s.database = kWorkDb;
    s.reconnectInitialDelayMs = 5;
    s.reconnectMaxDelayMs = 50;
    QSignalSpy ready(&c, &redis::Connection::ready);
    QSignalSpy failed(&c, &redis::Connection::failed);
    c.setSettings(s);
    c.open();
    if (!spinUntil([&] { return ready.count() > 0 || failed.count() > 0; }, 10000) || ready.isEmpty()) {
        problems->append(u"cannot connect through the proxy: "_s + c.lastError().message);
        return std::nullopt;
    }
    ready.clear();
    WriteTarget t;
    t.model = m_layout.model;
    t.indexPresent = m_layout.indexed;
    t.service.encryptionKey = Fixtures::encryptionKey();
    t.operatorName = u"fault-tester"_s;
    t.readBackDelayMs = 0;
    KeyWriter writer(c, t);
    if (k > 0)
        m_proxy->arm(k, point);
    else
        m_proxy->reset();
    std::optional<WriteResult> result;
    int calls = 0;
    op(writer, [&](const WriteResult& r) {
        result = r;
        ++calls;
    });
    if (!spinUntil([&] { return result.has_value(); }, 15000)) {
        problems->append(u"no answer within 15 s (a hang)"_s);
        return std::nullopt;
    }
    if (k > 0) {
        if (!m_proxy->fired()) {
            problems->append(u"the fault point was never reached"_s);
        } else {
            // Let the connection come back, then see that nothing of the operation is sent again.
            (void)spinUntil([&] { return ready.count() > 0; }, 3000);
            QElapsedTimer settle;
            settle.start();
            (void)spinUntil([&] { return settle.elapsed() >= 3; }, 100);
            for (const QByteArray& name : m_proxy->commandsAfterFault())
                if (!kAllowedAfterFault.contains(name))
                    problems->append(
                        u"%1 was sent after the reconnect (a replay)"_s.arg(QString::fromLatin1(name)));
        }
    }
    if (calls != 1)
        problems->append(u"the callback ran %1 times"_s.arg(calls));
    return result;
}

void TestWriteFaults::proxyCutsAtTheExactPoint_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<FaultProxy::Point>("point");
    QTest::addColumn<int>("executed"); // how many of the 4 INCRs the server ran
    QTest::addColumn<int>("answeredBatches"); // of the two batches (3 INCRs, then 1)
    for (int k = 1; k <= 4; ++k) {
        QTest::addRow("before send #%d", k)
            << k << FaultProxy::Point::BeforeSend << k - 1 << (k == 4 ? 1 : 0);
        QTest::addRow("after send #%d", k)
            << k << FaultProxy::Point::AfterSendBeforeReply << k << (k == 4 ? 1 : 0);
        QTest::addRow("after reply #%d", k)
            << k << FaultProxy::Point::AfterReply << k << (k >= 3 ? (k == 4 ? 2 : 1) : 0);
    }
}

void TestWriteFaults::proxyCutsAtTheExactPoint()
{
    QFETCH(int, k);
    QFETCH(FaultProxy::Point, point);
    QFETCH(int, executed);
    QFETCH(int, answeredBatches);
    m_server.command({"FLUSHDB"}, kWorkDb);
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_proxy->port());
    s.database = kWorkDb;
    QVERIFY(openAndWait(c, s));
    m_proxy->arm(k, point);
    // Two pipeline batches: INCR a, b, c in one flush; INCR d once the first is answered.
    int answered = 0;
    int failed = 0;
    QObject ctx;
    c.pipeline({{"INCR", "a"}, {"INCR", "b"}, {"INCR", "c"}}, &ctx,
               [&](const QList<redis::Reply>&, const redis::RedisError& e) {
                   if (e) {
                       ++failed;
                       return;
                   }
                   ++answered;
                   c.pipeline({{"INCR", "d"}}, &ctx,
                              [&](const QList<redis::Reply>&, const redis::RedisError& e2) {
                                  ++(e2 ? failed : answered);
                              });
               });
    QVERIFY(QTest::qWaitFor([&] { return answered + failed == (answered == 0 ? 1 : 2); }, 5000));
    QVERIFY(m_proxy->fired() || k == 4);
    QCOMPARE(answered, answeredBatches);
    int ran = 0;
    for (const char* key : {"a", "b", "c", "d"})
        ran += m_server.command({"GET", key}, kWorkDb) == "1" ? 1 : 0;
    QCOMPARE(ran, executed);
    QCOMPARE(m_proxy->commandNames().mid(0, k), QList<QByteArray>(k, "INCR"));
}

void TestWriteFaults::everyOperationAtEveryFaultPoint_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QString>("operation");
    const QList<Layout> layouts = {
        {u"1.1.235"_s, u"seed.redis"_s, DataModel::Release1_1_235, false},
        {u"1.1.314"_s, u"seed-indexed.redis"_s, DataModel::Release1_1_302, true},
    };
    const QStringList operations = {u"create"_s,    u"batch create"_s, u"update"_s,      u"batch edit"_s,
                                    u"disable"_s,   u"enable"_s,       u"regenerate"_s,  u"soft delete"_s,
                                    u"restore"_s,   u"purge"_s,        u"clear trash"_s, u"tag rename"_s,
                                    u"tag delete"_s};
    for (const Layout& l : layouts)
        for (const QString& op : operations)
            QTest::addRow("%s %s", qPrintable(l.release), qPrintable(op)) << l << op;
}

void TestWriteFaults::everyOperationAtEveryFaultPoint()
{
    QFETCH(Layout, layout);
    QFETCH(QString, operation);
    if (m_loadedRelease != layout.release + layout.seed) {
        QVERIFY(loadTemplate(layout));
        m_loadedRelease = layout.release + layout.seed;
    }
    m_layout = layout;

    // The clean run: the "after" state and the number of commands the operation sends.
    QVERIFY(freshCopy());
    const Snapshot before = snapshot();
    QStringList problems;
    std::optional<WriteResult> clean = runThroughProxy(this->operation(operation), 0, {}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(clean);
    QVERIFY2(clean->status == WriteStatus::Ok, qPrintable(clean->message));
    const int commands = m_proxy->commandCount();
    const QList<QByteArray> names = m_proxy->commandNames();
    const Snapshot after = normalized(snapshot(), before);
    QVERIFY2(!difference(before, after).isEmpty(), "the operation changed nothing");
    const QStringList touched = difference(before, after);

    struct Counts
    {
        int before = 0, after = 0, unknownBefore = 0, unknownAfter = 0, failed = 0, ok = 0;
    } counts;
    for (int k = 1; k <= commands; ++k) {
        for (FaultProxy::Point point :
             {FaultProxy::Point::BeforeSend, FaultProxy::Point::AfterSendBeforeReply,
              FaultProxy::Point::AfterReply}) {
            const QString where = u"cut %1 #%2 (%3)"_s.arg(FaultProxy::pointName(point))
                                      .arg(k)
                                      .arg(QString::fromLatin1(names.value(k - 1)));
            QVERIFY(freshCopy());
            // The editor loads what is there now (the same fixture every time).
            const Operation op = this->operation(operation);
            QStringList caseProblems;
            const std::optional<WriteResult> r = runThroughProxy(op, k, point, &caseProblems);
            ++m_cases;
            const Snapshot got = normalized(snapshot(), before);
            Outcome outcome = Outcome::Mixed;
            if (difference(got, before).isEmpty())
                outcome = Outcome::Before;
            else if (difference(got, after).isEmpty())
                outcome = Outcome::After;
            if (r) {
                const QString status = WriteResult::statusName(r->status);
                switch (outcome) {
                case Outcome::Before:
                    ++counts.before;
                    if (r->status == WriteStatus::Failed || r->status == WriteStatus::Refused) {
                        ++counts.failed;
                        if (!r->message.contains(u"nothing was written"_s, Qt::CaseInsensitive))
                            caseProblems
                                << u"nothing was written, but the message does not say so: "_s + r->message;
                    } else if (r->status == WriteStatus::Unknown) {
                        ++counts.unknownBefore;
                    } else {
                        caseProblems << u"the data is as before, yet the status is %1 (%2)"_s.arg(status,
                                                                                                  r->message);
                    }
                    break;
                case Outcome::After:
                    ++counts.after;
                    if (r->status == WriteStatus::Ok)
                        ++counts.ok;
                    else if (r->status == WriteStatus::Unknown)
                        ++counts.unknownAfter;
                    else
                        caseProblems << u"the write landed, yet the status is %1 (%2)"_s.arg(status,
                                                                                             r->message);
                    break;
                case Outcome::Mixed:
                    caseProblems << u"mixed state, status %1 (%2); against before: %3; against after: %4"_s
                                        .arg(status, r->message, difference(got, before).join(u", "_s),
                                             difference(got, after).join(u", "_s));
                    for (const QByteArray& key : changedKeys(got, after))
                        qWarning("  %s\n    got:   %s\n    after: %s", key.constData(),
                                 serialize(got.value(key)).left(600).constData(),
                                 serialize(after.value(key)).left(600).constData());
                    break;
                }
                if (r->status == WriteStatus::Unknown &&
                    !(r->message.contains(u"health check"_s) && r->message.contains(u"Reload"_s)))
                    caseProblems << u"outcome unknown, but the message does not say how to check: "_s +
                            r->message;
            }
            for (const QString& p : std::as_const(caseProblems))
                problems << where + u": "_s + p;
        }
    }
    m_operations += 1;
    m_before += counts.before;
    m_after += counts.after;
    m_unknownBefore += counts.unknownBefore;
    m_unknownAfter += counts.unknownAfter;
    qInfo(
        "%s %s: %d commands x 3 points = %d cases; as before %d (failed %d, unknown %d), as after %d (ok %d, "
        "unknown %d); the operation touches %lld keys",
        qPrintable(layout.release), qPrintable(operation), commands, commands * 3, counts.before,
        counts.failed, counts.unknownBefore, counts.after, counts.ok, counts.unknownAfter,
        qlonglong(touched.size()));
    for (const QString& p : std::as_const(problems).mid(0, 40))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
}

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
