#include "BenchRunner.h"

#include "KeyFilterProxy.h"
#include "KeyTableModel.h"

#include "redis/Connection.h"
#include "relay/KeyListReader.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <hiredis/hiredis.h>

#include <ctime>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace rka::bench {

namespace {

struct HiredisDeleter
{
    void operator()(redisContext* c) const { redisFree(c); }
};
using HiredisPtr = std::unique_ptr<redisContext, HiredisDeleter>;

HiredisPtr connectHiredis(const redis::ConnectionSettings& s, QString* error)
{
    const QByteArray host = s.host.toUtf8();
    timeval timeout {10, 0};
    HiredisPtr c(redisConnectWithTimeout(host.constData(), s.port, timeout));
    if (!c || c->err) {
        *error = c ? QString::fromUtf8(c->errstr) : u"cannot allocate a hiredis context"_s;
        return nullptr;
    }
    auto simple = [&](std::vector<const char*> argv, std::vector<size_t> lens) {
        auto* r =
            static_cast<redisReply*>(redisCommandArgv(c.get(), int(argv.size()), argv.data(), lens.data()));
        const bool ok = r && r->type != REDIS_REPLY_ERROR;
        if (!ok)
            *error = r ? QString::fromUtf8(r->str, qsizetype(r->len)) : QString::fromUtf8(c->errstr);
        freeReplyObject(r);
        return ok;
    };
    const QByteArray user = s.username.toUtf8();
    const QByteArray password = s.password.toUtf8();
    if (!password.isEmpty()) {
        const bool ok = user.isEmpty() ? simple({"AUTH", password.constData()}, {4, size_t(password.size())})
                                       : simple({"AUTH", user.constData(), password.constData()},
                                                {4, size_t(user.size()), size_t(password.size())});
        if (!ok)
            return nullptr;
    }
    if (s.database != 0) {
        const QByteArray db = QByteArray::number(s.database);
        if (!simple({"SELECT", db.constData()}, {6, size_t(db.size())}))
            return nullptr;
    }
    return c;
}

// Spins a local event loop until `done` is true.
// The server's CPU seconds (user + system) so far, from INFO cpu; -1 when it cannot be read. For
// RKA_BENCH_VERBOSE: which side of the list is busy.
double serverCpuSeconds(redisContext* c)
{
    auto* r = static_cast<redisReply*>(redisCommand(c, "INFO cpu"));
    if (!r)
        return -1;
    double total = 0;
    if (r->type == REDIS_REPLY_STRING) {
        for (const QByteArray& line : QByteArray(r->str, qsizetype(r->len)).split('\n')) {
            if (line.startsWith("used_cpu_user:") || line.startsWith("used_cpu_sys:"))
                total += line.mid(line.indexOf(':') + 1).trimmed().toDouble();
        }
    }
    freeReplyObject(r);
    return total;
}

template <typename F> void spinUntil(F done)
{
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start();
    if (!done())
        loop.exec();
}

} // namespace

QList<QByteArray> BenchRunner::scanKeyIds(QString* error) const
{
    HiredisPtr c = connectHiredis(m_settings, error);
    if (!c)
        return {};
    QList<QByteArray> ids;
    QByteArray cursor = "0";
    do {
        const char* argv[] = {"SCAN", cursor.constData(), "MATCH", "apikey:*", "COUNT", "20000"};
        const size_t lens[] = {4, size_t(cursor.size()), 5, 8, 5, 5};
        auto* r = static_cast<redisReply*>(redisCommandArgv(c.get(), 6, argv, lens));
        if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2) {
            *error = u"SCAN failed"_s;
            freeReplyObject(r);
            return {};
        }
        cursor = QByteArray(r->element[0]->str, qsizetype(r->element[0]->len));
        const redisReply* keys = r->element[1];
        for (size_t i = 0; i < keys->elements; ++i) {
            const QByteArrayView key(keys->element[i]->str, qsizetype(keys->element[i]->len));
            const QByteArrayView id = key.sliced(7);
            if (!id.contains(':') && !id.startsWith("hash_map"))
                ids.append(id.toByteArray());
        }
        freeReplyObject(r);
    } while (cursor != "0");
    return ids;
}

double BenchRunner::floorMs(const QList<QByteArray>& ids, QString* error) const
{
    HiredisPtr c = connectHiredis(m_settings, error);
    if (!c)
        return -1;
    std::vector<QByteArray> keys;
    keys.reserve(size_t(ids.size()));
    for (const QByteArray& id : ids)
        keys.push_back("apikey:" + id);
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray& key : keys) {
        const char* argv[] = {"HGETALL", key.constData()};
        const size_t lens[] = {7, size_t(key.size())};
        redisAppendCommandArgv(c.get(), 2, argv, lens);
    }
    for (size_t i = 0; i < keys.size(); ++i) {
        void* reply = nullptr;
        if (redisGetReply(c.get(), &reply) != REDIS_OK) {
            *error = QString::fromUtf8(c->errstr);
            return -1;
        }
        freeReplyObject(reply);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

ListRun BenchRunner::list() const
{
    ListRun run;
    redis::Connection connection;
    connection.setSettings(m_settings);
    bool ready = false;
    bool failed = false;
    QObject::connect(&connection, &redis::Connection::ready, [&] { ready = true; });
    QObject::connect(&connection, &redis::Connection::failed, [&](const redis::RedisError& e) {
        failed = true;
        run.error = e.message;
    });
    connection.open();
    spinUntil([&] { return ready || failed; });
    if (!ready)
        return run;

    relay::KeyListReader reader(connection);
    bool done = false;
    int delivered = 0;
    QElapsedTimer timer;
    QObject::connect(&reader, &relay::KeyListReader::keysAvailable, [&](int, int count) {
        delivered += count;
        if (run.firstRowsMs < 0 && delivered >= std::min(100, int(reader.keys().size())))
            run.firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    });
    timespec cpuStart {};
    const bool verbose = qEnvironmentVariableIsSet("RKA_BENCH_VERBOSE");
    QString probeError;
    const HiredisPtr probe = verbose ? connectHiredis(m_settings, &probeError) : HiredisPtr();
    double serverCpuStart = probe ? serverCpuSeconds(probe.get()) : -1;
    double serverCpuMs = -1;
    QObject::connect(&reader, &relay::KeyListReader::listed, [&] {
        if (probe)
            serverCpuMs = (serverCpuSeconds(probe.get()) - serverCpuStart) * 1e3;
        run.listMs = double(timer.nsecsElapsed()) / 1e6;
        timespec cpuNow {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuNow);
        run.listCpuMs =
            double(cpuNow.tv_sec - cpuStart.tv_sec) * 1e3 + double(cpuNow.tv_nsec - cpuStart.tv_nsec) / 1e6;
        const redis::CommandLog::Totals totals = connection.commandLog().totals();
        run.roundTrips = totals.roundTrips;
        run.bytesRead = totals.bytesRead;
        run.commands = totals.commands;
        run.keys = int(reader.keys().size());
    });
    QObject::connect(&reader, &relay::KeyListReader::finished, [&](const redis::RedisError& e) {
        run.verifiedMs = double(timer.nsecsElapsed()) / 1e6;
        if (e)
            run.error = e.message;
        done = true;
    });
    connection.commandLog().resetTotals();
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuStart);
    timer.start();
    reader.start(relay::KeyListOptions());
    spinUntil([&] { return done; });
    if (verbose)
        qInfo("list: %.1f ms, of it %.1f ms of this process's CPU time and %.1f ms of the server's",
              run.listMs, run.listCpuMs, serverCpuMs);
    run.verifiedRoundTrips = connection.commandLog().totals().roundTrips;
    run.verifiedKeys = int(reader.keys().size());
    if (run.firstRowsMs < 0)
        run.firstRowsMs = run.listMs;
    return run;
}

TableRun BenchRunner::table() const
{
    TableRun run;
    redis::Connection connection;
    connection.setSettings(m_settings);
    bool ready = false;
    bool failed = false;
    QObject::connect(&connection, &redis::Connection::ready, [&] { ready = true; });
    QObject::connect(&connection, &redis::Connection::failed, [&](const redis::RedisError& e) {
        failed = true;
        run.error = e.message;
    });
    connection.open();
    spinUntil([&] { return ready || failed; });
    if (!ready)
        return run;

    ui::KeyTableModel model;
    ui::KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ui::KeyTableModel::Cost, Qt::DescendingOrder);

    // The probe: a 5 ms timer; the largest gap between two ticks is the worst stall of the loop.
    QElapsedTimer sinceTick;
    double worst = 0;
    QTimer probe;
    probe.setInterval(5);
    probe.setTimerType(Qt::PreciseTimer);
    double worstAt = 0; // ms since the start when the worst stall ended
    QElapsedTimer clock;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double gap = double(sinceTick.nsecsElapsed()) / 1e6;
        if (gap > worst) {
            worst = gap;
            worstAt = double(clock.nsecsElapsed()) / 1e6;
            if (qEnvironmentVariableIsSet("RKA_BENCH_STALL_TIMES")) {
                timespec now {};
                clock_gettime(CLOCK_MONOTONIC, &now);
                qInfo("stall %.1f ms ending at monotonic %ld.%09ld", gap, long(now.tv_sec),
                      long(now.tv_nsec));
            }
        }
        sinceTick.restart();
    });

    relay::KeyListReader reader(connection);
    bool done = false;
    QElapsedTimer timer;
    // With RKA_BENCH_VERBOSE set, the slowest model update of each kind goes to stderr: where a
    // stall comes from.
    const bool verbose = qEnvironmentVariableIsSet("RKA_BENCH_VERBOSE");
    double slowestAppend = 0, slowestResolve = 0;
    auto timed = [](double* slowest, auto&& f) {
        QElapsedTimer t;
        t.start();
        f();
        *slowest = std::max(*slowest, double(t.nsecsElapsed()) / 1e6);
    };
    QObject::connect(&reader, &relay::KeyListReader::progress,
                     [&](int, int total) { model.reserveRows(total); });
    QObject::connect(&reader, &relay::KeyListReader::keysAvailable, [&](int first, int count) {
        timed(&slowestAppend, [&] { model.appendOrUpdate(reader.keys(), first, count); });
    });
    // As the main window does: the directories when the reader has them, no full update at the end.
    QObject::connect(&reader, &relay::KeyListReader::directoriesLoaded,
                     [&] { model.adoptDirectories(reader.accounts(), reader.users()); });
    QObject::connect(&reader, &relay::KeyListReader::lastUsageResolved, [&](int first, int count) {
        timed(&slowestResolve, [&] { model.updateLastUsage(reader.keys(), first, count); });
    });
    QObject::connect(&reader, &relay::KeyListReader::finished, [&](const redis::RedisError& e) {
        if (e)
            run.error = e.message;
        run.tableMs = double(timer.nsecsElapsed()) / 1e6;
        done = true;
    });
    QEventLoop loop;
    QObject::connect(&reader, &relay::KeyListReader::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    double listedAt = 0, directoriesAt = 0;
    QObject::connect(&reader, &relay::KeyListReader::listed,
                     [&] { listedAt = double(clock.nsecsElapsed()) / 1e6; });
    QObject::connect(&reader, &relay::KeyListReader::directoriesLoaded,
                     [&] { directoriesAt = double(clock.nsecsElapsed()) / 1e6; });
    timer.start();
    clock.start();
    sinceTick.start();
    probe.start();
    reader.start(relay::KeyListOptions());
    if (!done)
        loop.exec();
    // One more turn so a stall in the last batch is seen by the probe.
    QTimer::singleShot(10, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    run.worstStallMs = worst;
    if (verbose)
        qInfo("table: slowest append %.1f ms, slowest last-usage update %.1f ms, worst stall %.1f ms "
              "ending at %.0f ms (listed at %.0f ms, directories at %.0f ms, finished at %.0f ms)",
              slowestAppend, slowestResolve, worst, worstAt, listedAt, directoriesAt, run.tableMs);
    run.rows = proxy.rowCount();
    return run;
}

} // namespace rka::bench
