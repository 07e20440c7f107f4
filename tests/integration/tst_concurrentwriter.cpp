// A live service writing at the same time: a thread with its own plain hiredis connection imitates the
// service's per-request save of a key (service-data-model.md 11.1, 11.17: HGETALL apikey:{id}, set
// lastUsedAt to now, HSET every field back, EXPIRE; no DEL, no WATCH) in a tight loop over four keys,
// while the program (KeyWriter, real clock, read-back on) makes 200 edits to the same keys: renames,
// limits, tags, enable/disable. Every edit must end as Ok and be in Redis (checked directly, right after
// it and at the end), or be reported (reverted, conflict, or given up on); none may be lost silently.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "relay/KeyWriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <hiredis/hiredis.h>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::relay;
using namespace rka::test;

namespace {

constexpr int kDb = 2;
constexpr int kEditsPerKey = 50;

// The service's usage recording, as far as apikey:{id} is concerned: read the whole hash, do the
// request's other work (a short, random pause: its usage counters), write every field back with the new
// lastUsedAt. It never looks at what changed in between.
class ServiceRewriter : public QThread
{
public:
    ServiceRewriter(quint16 port, QList<QByteArray> ids)
        : m_port(port)
        , m_ids(std::move(ids))
    { }

    void stop() { m_stop = true; }
    std::atomic<int> rewrites {0};
    std::atomic<int> errors {0};

protected:
    void run() override
    {
        redisContext* c = redisConnect("127.0.0.1", m_port);
        if (!c || c->err) {
            ++errors;
            if (c)
                redisFree(c);
            return;
        }
        auto command = [c](const QList<QByteArray>& argv) {
            std::vector<const char*> args;
            std::vector<size_t> lens;
            for (const QByteArray& a : argv) {
                args.push_back(a.constData());
                lens.push_back(size_t(a.size()));
            }
            return static_cast<redisReply*>(redisCommandArgv(c, int(args.size()), args.data(), lens.data()));
        };
        if (redisReply* r = command({"SELECT", QByteArray::number(kDb)}))
            freeReplyObject(r);
        QRandomGenerator random(20260202);
        while (!m_stop) {
            for (const QByteArray& id : std::as_const(m_ids)) {
                const QByteArray key = "apikey:" + id;
                redisReply* all = command({"HGETALL", key});
                if (!all) {
                    ++errors;
                    m_stop = true;
                    break;
                }
                QList<QByteArray> hset {"HSET", key};
                bool sawLastUsed = false;
                const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
                for (size_t i = 0; all->type == REDIS_REPLY_ARRAY && i + 1 < all->elements; i += 2) {
                    const QByteArray field(all->element[i]->str, qsizetype(all->element[i]->len));
                    QByteArray value(all->element[i + 1]->str, qsizetype(all->element[i + 1]->len));
                    if (field == "lastUsedAt") {
                        value = now;
                        sawLastUsed = true;
                    }
                    hset << field << value;
                }
                freeReplyObject(all);
                if (hset.size() == 2)
                    continue; // gone
                if (!sawLastUsed)
                    hset << "lastUsedAt" << now;
                QThread::usleep(random.bounded(400)); // the rest of the request's bookkeeping
                for (const QList<QByteArray>& argv : {hset, QList<QByteArray> {"EXPIRE", key, "31536000"}}) {
                    redisReply* r = command(argv);
                    if (!r || r->type == REDIS_REPLY_ERROR)
                        ++errors;
                    if (r)
                        freeReplyObject(r);
                }
                ++rewrites;
            }
        }
        redisFree(c);
    }

private:
    quint16 m_port;
    QList<QByteArray> m_ids;
    std::atomic<bool> m_stop {false};
};

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
    tick.start(2);
    loop.exec();
    return done();
}

// One edit: what it sets, as the stored strings the test expects to find.
struct Edit
{
    QString kind;
    QList<std::pair<QByteArray, QByteArray>> expected;
    WriteResult result;
};

} // namespace

class TestConcurrentWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEditLandsOrIsReported();

private:
    QByteArray idOf(const QString& namePrefix) const;
    ApiKey stored(const QByteArray& id);
    void startEdit(int chain, int i);

    RedisServer m_server;
    std::unique_ptr<redis::Connection> m_connection;
    std::unique_ptr<KeyWriter> m_writer;
    QList<QByteArray> m_ids;
    QList<QList<Edit>> m_edits; // per key, in order
    QList<bool> m_done;
    int m_tried = 0, m_landed = 0, m_reverted = 0, m_conflicts = 0, m_gaveUp = 0, m_lost = 0;
    int m_falseAlarms = 0;
    QStringList m_problems;
};

void TestConcurrentWriter::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), kDb, &error),
             qPrintable(error));
}

QByteArray TestConcurrentWriter::idOf(const QString& namePrefix) const
{
    for (const QJsonValue& v :
         Fixtures::json(u"1.1.235"_s, u"seed-keys.json"_s).object().value(u"keys"_s).toArray())
        if (v.toObject().value(u"name"_s).toString().startsWith(namePrefix))
            return v.toObject().value(u"id"_s).toString().toUtf8();
    return {};
}

ApiKey TestConcurrentWriter::stored(const QByteArray& id)
{
    const QList<QByteArray> flat = m_server.commandList({"HGETALL", "apikey:" + id}, kDb);
    RawHash fields;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        fields.append({flat.at(i), flat.at(i + 1)});
    return ApiKey(fields);
}

void TestConcurrentWriter::startEdit(int chain, int i)
{
    if (i >= kEditsPerKey) {
        m_done[chain] = true;
        return;
    }
    const QByteArray id = m_ids.at(chain);
    const QByteArray tag = "k" + QByteArray::number(chain + 1);
    const QByteArray n = QByteArray::number(i);
    Edit edit;
    KeyWriter::Callback done = [this, chain, i, id](const WriteResult& r) {
        Edit& e = m_edits[chain].last();
        e.result = r;
        ++m_tried;
        // Right after the edit, directly in Redis: is what it set there?
        QStringList missing;
        for (const auto& [field, value] : std::as_const(e.expected)) {
            const QByteArray now = m_server.command({"HGET", "apikey:" + id, field}, kDb);
            if (now != value)
                missing << QString::fromLatin1(field + " is " + now.left(40) + ", not " + value.left(40));
        }
        switch (r.status) {
        case WriteStatus::Ok:
            if (missing.isEmpty()) {
                ++m_landed;
            } else {
                ++m_lost;
                m_problems
                    << u"edit %1 of key %2 (%3) reported Ok but is not there: %4"_s.arg(i).arg(chain).arg(
                           e.kind, missing.join(u"; "_s));
            }
            break;
        case WriteStatus::Reverted:
            ++m_reverted;
            if (missing.isEmpty())
                ++m_falseAlarms; // reported, but it is there after all
            break;
        case WriteStatus::Conflict:
            ++m_conflicts;
            break;
        case WriteStatus::Failed:
            // Retries exhausted ("the keys kept changing"): reported, nothing written.
            ++m_gaveUp;
            if (!r.message.contains(u"nothing was written"_s, Qt::CaseInsensitive))
                m_problems << u"edit %1 of key %2 failed without saying nothing was written: %3"_s.arg(i)
                                  .arg(chain)
                                  .arg(r.message);
            break;
        default:
            m_problems << u"edit %1 of key %2 (%3): unexpected status %4: %5"_s.arg(i).arg(chain).arg(
                e.kind, WriteResult::statusName(r.status), r.message);
        }
        startEdit(chain, i + 1);
    };
    // The editor opens the key now (as the GUI does) and saves one change.
    const ApiKey base = stored(id);
    switch (i % 4) {
    case 0: {
        edit.kind = u"rename"_s;
        const QByteArray name = "busy " + tag + " edit " + n;
        edit.expected = {{"name", name}};
        m_edits[chain].append(edit);
        ApiKey edited = base;
        edited.setRaw(ApiKeyField::Name, name);
        m_writer->update(id, base, edited, false, done);
        break;
    }
    case 1: {
        edit.kind = u"limits"_s;
        const QByteArray daily = n + ".5";
        const QByteArray concurrency = QByteArray::number(i % 9 + 1);
        edit.expected = {{"dailyCostLimit", daily}, {"concurrencyLimit", concurrency}};
        m_edits[chain].append(edit);
        ApiKey edited = base;
        edited.setRaw(ApiKeyField::DailyCostLimit, daily);
        edited.setRaw(ApiKeyField::ConcurrencyLimit, concurrency);
        m_writer->update(id, base, edited, false, done);
        break;
    }
    case 2: {
        edit.kind = u"tags"_s;
        edit.expected = {{"tags", "[\"t" + n + "\",\"" + tag + "\"]"}};
        m_edits[chain].append(edit);
        BatchEdit b;
        b.tagOperation = BatchEdit::TagOperation::Replace;
        b.tags = {u"t"_s + QString::number(i), QString::fromLatin1(tag)};
        m_writer->batchEdit({id}, b, done);
        break;
    }
    default: {
        const bool active = (i / 4) % 2 == 1; // disable, then enable, ...
        edit.kind = active ? u"enable"_s : u"disable"_s;
        edit.expected = {{"isActive", active ? "true" : "false"}};
        m_edits[chain].append(edit);
        m_writer->setActive({id}, active, done);
        break;
    }
    }
}

void TestConcurrentWriter::everyEditLandsOrIsReported()
{
    m_ids = {idOf(u"k01-"_s), idOf(u"k02-"_s), idOf(u"k08-"_s), idOf(u"k09-"_s)};
    for (const QByteArray& id : std::as_const(m_ids))
        QVERIFY(!id.isEmpty());
    m_connection = std::make_unique<redis::Connection>();
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = kDb;
    QVERIFY(openAndWait(*m_connection, s));
    WriteTarget t;
    t.model = DataModel::Release1_1_235;
    t.service.encryptionKey = Fixtures::encryptionKey();
    t.operatorName = u"concurrency-tester"_s;
    // The defaults: real clock, read-back after 300 ms, 5 attempts.
    m_writer = std::make_unique<KeyWriter>(*m_connection, t);

    ServiceRewriter service(m_server.port(), m_ids);
    service.start();
    QVERIFY(spinUntil([&] { return service.rewrites > 100; }, 5000));
    QElapsedTimer clock;
    clock.start();
    m_edits.resize(m_ids.size());
    m_done = QList<bool>(m_ids.size(), false);
    for (int chain = 0; chain < m_ids.size(); ++chain)
        startEdit(chain, 0); // the four keys' edits run side by side, each key's one after another
    const bool finished = spinUntil([&] { return !m_done.contains(false); }, 90000);
    service.stop();
    service.wait();
    const qint64 ms = clock.elapsed();
    QVERIFY2(finished, "the edits did not finish within 90 s");
    QCOMPARE(service.errors.load(), 0);

    // At the end: for each field, the last edit that set it and reported Ok must still be there (the
    // rewrites went on until now).
    int lostAtEnd = 0;
    for (int chain = 0; chain < m_ids.size(); ++chain) {
        QHash<QByteArray, const Edit*> last;
        for (const Edit& e : std::as_const(m_edits[chain]))
            for (const auto& [field, value] : e.expected)
                last.insert(field, &e);
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            if (it.value()->result.status != WriteStatus::Ok)
                continue;
            QByteArray expected;
            for (const auto& [field, value] : it.value()->expected)
                if (field == it.key())
                    expected = value;
            const QByteArray now = m_server.command({"HGET", "apikey:" + m_ids.at(chain), it.key()}, kDb);
            if (now != expected) {
                ++lostAtEnd;
                m_problems << u"key %1: %2 is %3 at the end; the last edit of it reported Ok with %4"_s
                                  .arg(chain)
                                  .arg(QString::fromLatin1(it.key()), QString::fromUtf8(now),
                                       QString::fromUtf8(expected));
            }
        }
    }
    qInfo("concurrent writer: %d edits tried, %d landed, %d reported reverted (%d of them there after all), "
          "%d reported conflicting, %d given up after retries, %d lost silently (+%d at the end); %d service "
          "rewrites in %lld ms",
          m_tried, m_landed, m_reverted, m_falseAlarms, m_conflicts, m_gaveUp, m_lost, lostAtEnd,
          service.rewrites.load(), ms);
    for (const QString& p : std::as_const(m_problems))
        qWarning("%s", qPrintable(p));
    QCOMPARE(m_tried, kEditsPerKey * int(m_ids.size()));
    QCOMPARE(m_landed + m_reverted + m_conflicts + m_gaveUp + m_lost, m_tried);
    QCOMPARE(m_lost, 0);
    QCOMPARE(lostAtEnd, 0);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u"\n"_s)));
    QVERIFY(service.rewrites > m_tried); // the service really was busy on these keys meanwhile
    QVERIFY(m_landed > 0);
}

QTEST_GUILESS_MAIN(TestConcurrentWriter)
#include "tst_concurrentwriter.moc"
