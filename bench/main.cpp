// relay-key-admin-bench: seeds a private Redis with N keys shaped like the service's data and
// measures how fast core lists them: floor, list, first rows, table (with the worst event-loop stall),
// round trips, bytes read and peak memory. --help lists the flags.

#include "BenchRunner.h"
#include "BenchSeeder.h"

#include "redis/Connection.h"
#include "support/LocalRedisServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rka;

namespace {

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {median, v.first(), v.last()};
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message, int code = 1)
{
    QTextStream(stderr) << "relay-key-admin-bench: " << message << Qt::endl;
    return code;
}

bool runCommand(redis::Connection& c, const redis::Command& cmd, redis::Reply* reply, QString* error)
{
    bool done = false;
    QEventLoop loop;
    c.execute(cmd, &loop, [&](const redis::Reply& r, const redis::RedisError& e) {
        if (e)
            *error = e.message;
        else if (r.isError())
            *error = r.text();
        *reply = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return error->isEmpty();
}

void addStats(QJsonObject& o, const QString& name, const Stats& s)
{
    o.insert(name + u"_median_ms"_s, s.median);
    o.insert(name + u"_min_ms"_s, s.min);
    o.insert(name + u"_max_ms"_s, s.max);
}

void printRow(const QString& name, const Stats& s)
{
    out() << name.leftJustified(24) << QString::number(s.median, 'f', 1).rightJustified(12)
          << QString::number(s.min, 'f', 1).rightJustified(12)
          << QString::number(s.max, 'f', 1).rightJustified(12) << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"relay-key-admin-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures how fast Relay Key Admin lists the keys of a service database."_s);
    parser.addHelpOption();
    const QCommandLineOption keysOpt(u"keys"_s, u"Comma-separated key counts (default 1000,10000,100000)."_s,
                                     u"N,..."_s, u"1000,10000,100000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Runs per measurement (default 5)."_s, u"R"_s, u"5"_s);
    const QCommandLineOption layoutOpt(u"layout"_s, u"Data layout: 1.1.235 (default) or 1.1.314."_s,
                                       u"release"_s, u"1.1.235"_s);
    const QCommandLineOption hostOpt(u"host"_s, u"Use this Redis instead of a private one."_s, u"host"_s);
    const QCommandLineOption portOpt(u"port"_s, u"Port of --host (default 6379)."_s, u"port"_s);
    const QCommandLineOption dbOpt(u"db"_s, u"Database number on --host (default 0)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption flushOpt(u"allow-flush"_s,
                                      u"Allow FLUSHDB on the server given by --host/--port."_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Write the results as JSON to this file."_s, u"file"_s);
    const QCommandLineOption seedOnlyOpt(u"seed-only"_s, u"Seed the largest N and stop."_s);
    const QCommandLineOption reuseOpt(u"reuse"_s,
                                      u"With --host/--port: measure the keys already there (seeded earlier "
                                      "with --seed-only and the same --keys) instead of seeding."_s);
    parser.addOptions(
        {keysOpt, runsOpt, layoutOpt, hostOpt, portOpt, dbOpt, flushOpt, jsonOpt, seedOnlyOpt, reuseOpt});
    parser.process(app);

    QList<int> counts;
    for (const QString& part : parser.value(keysOpt).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n <= 0)
            return fail(u"--keys: not a positive number: %1"_s.arg(part), 2);
        counts.append(n);
    }
    std::sort(counts.begin(), counts.end());
    const int runs = parser.value(runsOpt).toInt();
    if (counts.isEmpty() || runs <= 0)
        return fail(u"--keys and --runs need positive numbers"_s, 2);
    const QString layout = parser.value(layoutOpt);
    if (layout != u"1.1.235"_s && layout != u"1.1.314"_s)
        return fail(u"--layout: 1.1.235 or 1.1.314"_s, 2);
    const relay::DataModel model =
        layout == u"1.1.314"_s ? relay::DataModel::Release1_1_302 : relay::DataModel::Release1_1_235;

    // The server: a private one unless --host/--port name one.
    const bool external = parser.isSet(hostOpt) || parser.isSet(portOpt);
    support::LocalRedisServer local;
    redis::ConnectionSettings settings;
    settings.connectTimeoutMs = 10000;
    settings.commandTimeoutMs = 600000;
    if (external) {
        settings.host = parser.isSet(hostOpt) ? parser.value(hostOpt) : u"127.0.0.1"_s;
        settings.port = quint16(parser.isSet(portOpt) ? parser.value(portOpt).toUInt() : 6379);
        settings.database = parser.value(dbOpt).toInt();
        settings.username = qEnvironmentVariable("REDIS_USERNAME");
        settings.password = qEnvironmentVariable("REDIS_PASSWORD"); // never from an option
    } else {
        if (!local.start())
            return fail(local.errorString(), 3);
        settings.host = u"127.0.0.1"_s;
        settings.port = local.port();
    }
    const bool mayFlush = !external || parser.isSet(flushOpt);

    redis::Connection seeding;
    seeding.setSettings(settings);
    {
        QEventLoop loop;
        QObject::connect(&seeding, &redis::Connection::ready, &loop, &QEventLoop::quit);
        QObject::connect(&seeding, &redis::Connection::failed, &loop, &QEventLoop::quit);
        seeding.open();
        loop.exec();
    }
    if (!seeding.isReady())
        return fail(u"cannot connect to %1: %2"_s.arg(settings.endpoint(), seeding.lastError().message), 3);

    out() << "relay-key-admin-bench: Redis " << seeding.serverVersion() << " at " << settings.endpoint()
          << (external ? " (given)" : " (private)") << ", layout " << layout << ", " << runs << " run(s)"
          << Qt::endl;

    const bench::BenchRunner runner(settings);
    QJsonArray results;
    if (parser.isSet(seedOnlyOpt))
        counts = {counts.last()};
    for (int n : counts) {
        QString error;
        redis::Reply reply;
        if (!runCommand(seeding, {"DBSIZE"}, &reply, &error))
            return fail(error, 4);
        const bool reuse = external && parser.isSet(reuseOpt) && reply.integer() > 0;
        if (reply.integer() > 0 && !reuse) {
            if (!mayFlush)
                return fail(
                    u"the database holds %1 keys; pass --allow-flush to replace them"_s.arg(reply.integer()),
                    4);
            if (!runCommand(seeding, {"FLUSHDB"}, &reply, &error))
                return fail(error, 4);
        }
        bench::BenchSeeder::Options seedOptions;
        seedOptions.keys = n;
        seedOptions.model = model;
        seedOptions.now = QDateTime::currentDateTimeUtc();
        QElapsedTimer seedTimer;
        seedTimer.start();
        if (!reuse)
            error = bench::BenchSeeder::seed(seeding, seedOptions);
        if (!error.isEmpty())
            return fail(u"seeding failed: %1"_s.arg(error), 4);
        const double seedMs = double(seedTimer.nsecsElapsed()) / 1e6;
        (void)runCommand(seeding, {"DBSIZE"}, &reply, &error);
        out() << Qt::endl
              << "N = " << n << ": seeded " << reply.integer() << " Redis keys in "
              << QString::number(seedMs / 1000, 'f', 1) << " s" << Qt::endl;
        if (parser.isSet(seedOnlyOpt))
            break;

        const QList<QByteArray> ids = runner.scanKeyIds(&error);
        if (ids.size() != n)
            return fail(u"expected %1 key hashes, found %2 %3"_s.arg(n).arg(ids.size()).arg(error), 4);
        QList<double> floor, list, first, verified, table, stall;
        bench::ListRun lastList;
        int tableRows = 0;
        for (int r = 0; r < runs; ++r) {
            const double f = runner.floorMs(ids, &error);
            if (f < 0)
                return fail(u"floor: %1"_s.arg(error), 4);
            floor.append(f);
            const bench::ListRun l = runner.list();
            if (qEnvironmentVariableIsSet("RKA_BENCH_VERBOSE"))
                qInfo("peak memory after the list: %.1f MB", peakRssMb());
            if (!l.error.isEmpty() || l.keys != n || l.verifiedKeys != n)
                return fail(
                    u"list: %1 (%2 keys listed, %3 after the keyspace pass)"_s.arg(l.error).arg(l.keys).arg(
                        l.verifiedKeys),
                    4);
            list.append(l.listMs);
            verified.append(l.verifiedMs);
            first.append(l.firstRowsMs);
            lastList = l;
            // (RKA_BENCH_SKIP_TABLE: for profiling the list alone.)
            const bench::TableRun t =
                qEnvironmentVariableIsSet("RKA_BENCH_SKIP_TABLE") ? bench::TableRun {} : runner.table();
            if (qEnvironmentVariableIsSet("RKA_BENCH_VERBOSE"))
                qInfo("peak memory after the table: %.1f MB", peakRssMb());
            if (!t.error.isEmpty())
                return fail(u"table: %1"_s.arg(t.error), 4);
            table.append(t.tableMs);
            stall.append(t.worstStallMs);
            tableRows = t.rows;
        }
        const Stats fs = stats(floor), ls = stats(list), frs = stats(first), vs = stats(verified),
                    ts = stats(table), ss = stats(stall);
        const double ratio = fs.median > 0 ? ls.median / fs.median : 0;
        const double rss = peakRssMb();
        out() << u"measurement"_s.leftJustified(24) << u"median ms"_s.rightJustified(12)
              << u"min ms"_s.rightJustified(12) << u"max ms"_s.rightJustified(12) << Qt::endl;
        printRow(u"floor (HGETALL only)"_s, fs);
        printRow(u"list (core)"_s, ls);
        printRow(u"first 100 rows"_s, frs);
        printRow(u"list + keyspace pass"_s, vs);
        printRow(u"table (model, sorted)"_s, ts);
        printRow(u"table worst stall"_s, ss);
        out() << "list/floor ratio: " << QString::number(ratio, 'f', 2)
              << "; list round trips: " << lastList.roundTrips << ", commands: " << lastList.commands
              << ", bytes read: " << lastList.bytesRead
              << " (round trips with the keyspace pass: " << lastList.verifiedRoundTrips << ")"
              << "; table rows: " << tableRows << "; peak memory: " << QString::number(rss, 'f', 1) << " MB"
              << Qt::endl;

        QJsonObject o;
        o.insert(u"keys"_s, n);
        o.insert(u"seed_ms"_s, seedMs);
        addStats(o, u"floor"_s, fs);
        addStats(o, u"list"_s, ls);
        addStats(o, u"first_rows"_s, frs);
        addStats(o, u"list_verified"_s, vs);
        o.insert(u"list_verified_round_trips"_s, lastList.verifiedRoundTrips);
        addStats(o, u"table"_s, ts);
        addStats(o, u"table_stall"_s, ss);
        o.insert(u"table_worst_stall_ms"_s, ss.max);
        o.insert(u"list_floor_ratio"_s, ratio);
        o.insert(u"list_round_trips"_s, lastList.roundTrips);
        o.insert(u"list_commands"_s, lastList.commands);
        o.insert(u"list_bytes_read"_s, lastList.bytesRead);
        o.insert(u"peak_rss_mb"_s, rss);
        results.append(o);
    }

    if (parser.isSet(jsonOpt)) {
        QJsonObject doc;
        doc.insert(u"layout"_s, layout);
        doc.insert(u"runs"_s, runs);
        doc.insert(u"redis_version"_s, seeding.serverVersion());
        doc.insert(u"server"_s, external ? settings.endpoint() : u"private"_s);
        doc.insert(u"results"_s, results);
        QFile file(parser.value(jsonOpt));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(doc).toJson()) < 0)
            return fail(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()), 4);
    }
    return 0;
}
