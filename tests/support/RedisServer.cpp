#include "RedisServer.h"

#include "CommandLine.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>

#include <hiredis/hiredis.h>
#include <sys/prctl.h>

#include <csignal>
#include <vector>

using namespace Qt::StringLiterals;

namespace rka::test {

namespace {

QString redisServerExecutable()
{
    const QString fromEnv = qEnvironmentVariable("RKA_REDIS_SERVER");
    return fromEnv.isEmpty() ? u"redis-server"_s : fromEnv;
}

QByteArray render(const redisReply* r)
{
    switch (r->type) {
    case REDIS_REPLY_NIL:
        return "(nil)";
    case REDIS_REPLY_INTEGER:
        return QByteArray::number(r->integer);
    case REDIS_REPLY_ERROR:
        return "ERR: " + QByteArray(r->str, qsizetype(r->len));
    case REDIS_REPLY_ARRAY: {
        QByteArrayList parts;
        for (size_t i = 0; i < r->elements; ++i)
            parts << render(r->element[i]);
        return parts.join('\n');
    }
    default:
        return QByteArray(r->str, qsizetype(r->len));
    }
}

} // namespace

RedisServer::~RedisServer()
{
    stop();
}

quint16 RedisServer::freePort()
{
    // Ask the kernel for a free port, avoiding the default Redis port by construction.
    for (int i = 0; i < 20; ++i) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0) && probe.serverPort() != 6379)
            return probe.serverPort();
    }
    return 0;
}

bool RedisServer::start(const Options& options)
{
    stop();
    m_options = options;
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = u"cannot create a temporary directory"_s;
            return false;
        }
    }
    if (m_port == 0)
        m_port = freePort();
    if (options.tls && m_tlsPort == 0)
        m_tlsPort = freePort();
    QStringList args {u"--port"_s,       QString::number(m_port),
                      u"--bind"_s,       u"127.0.0.1"_s,
                      u"--save"_s,       QString(),
                      u"--appendonly"_s, u"no"_s,
                      u"--daemonize"_s,  u"no"_s,
                      u"--dir"_s,        m_dir->path(),
                      u"--logfile"_s,    m_dir->filePath(u"redis.log"_s)};
    args << u"--databases"_s << u"64"_s; // tests keep one data set per database
    if (!options.password.isEmpty())
        args << u"--requirepass"_s << options.password;
    if (options.tls) {
        args << u"--tls-port"_s << QString::number(m_tlsPort) << u"--tls-cert-file"_s << options.tlsCertFile
             << u"--tls-key-file"_s << options.tlsKeyFile << u"--tls-ca-cert-file"_s << options.tlsCaFile
             << u"--tls-auth-clients"_s << (options.tlsAuthClients ? u"yes"_s : u"no"_s);
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The server dies with the test: after a crash (a sanitizer report, say) an orphaned server would
    // keep the test's stderr open, and CTest would wait for it until the test's timeout.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(redisServerExecutable(), args);
    if (!m_process->waitForStarted(5000)) {
        m_error = u"cannot start redis-server: "_s + m_process->errorString();
        return false;
    }
    // redis-server accepts connections a moment after it starts: poll until PING answers.
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = u"redis-server exited: "_s + logText();
            return false;
        }
        dropClient();
        if (command({"PING"}) == "PONG")
            break;
        QThread::msleep(20);
    }
    if (deadline.hasExpired()) {
        m_error = u"redis-server did not answer within 10 s: "_s + logText();
        return false;
    }
    if (!options.aclUser.isEmpty()) {
        command({"ACL", "SETUSER", options.aclUser.toUtf8(), "on", ">" + options.aclPassword.toUtf8(), "~*",
                 "&*", "+@all"});
    }
    return true;
}

void RedisServer::stop()
{
    dropClient();
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

void RedisServer::kill()
{
    dropClient();
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool RedisServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString RedisServer::logText() const
{
    if (!m_dir)
        return {};
    QFile f(m_dir->filePath(u"redis.log"_s));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(2000)) : QString();
}

redisContext* RedisServer::client(int database)
{
    if (m_client && m_clientDb == database)
        return m_client;
    dropClient();
    timeval tv {2, 0};
    m_client = redisConnectWithTimeout("127.0.0.1", m_port, tv);
    if (!m_client || m_client->err) {
        dropClient();
        return nullptr;
    }
    redisSetTimeout(m_client, timeval {30, 0});
    auto simple = [this](std::vector<const char*> argv) {
        std::vector<size_t> lens;
        for (const char* a : argv)
            lens.push_back(strlen(a));
        auto* r =
            static_cast<redisReply*>(redisCommandArgv(m_client, int(argv.size()), argv.data(), lens.data()));
        const bool ok = r && r->type != REDIS_REPLY_ERROR;
        if (r)
            freeReplyObject(r);
        return ok;
    };
    if (!m_options.password.isEmpty()) {
        const QByteArray pw = m_options.password.toUtf8();
        if (!simple({"AUTH", pw.constData()})) {
            dropClient();
            return nullptr;
        }
    }
    const QByteArray db = QByteArray::number(database);
    if (!simple({"SELECT", db.constData()})) {
        dropClient();
        return nullptr;
    }
    m_clientDb = database;
    return m_client;
}

void RedisServer::dropClient()
{
    if (m_client)
        redisFree(m_client);
    m_client = nullptr;
    m_clientDb = -1;
}

QByteArray RedisServer::command(const QList<QByteArray>& argv, int database)
{
    redisContext* c = client(database);
    if (!c)
        return "ERR: no connection";
    std::vector<const char*> args;
    std::vector<size_t> lens;
    for (const QByteArray& a : argv) {
        args.push_back(a.constData());
        lens.push_back(size_t(a.size()));
    }
    auto* r = static_cast<redisReply*>(redisCommandArgv(c, int(args.size()), args.data(), lens.data()));
    if (!r) {
        dropClient();
        return "ERR: connection failed";
    }
    QByteArray out = render(r);
    freeReplyObject(r);
    return out;
}

QList<QByteArray> RedisServer::commandList(const QList<QByteArray>& argv, int database)
{
    redisContext* c = client(database);
    QList<QByteArray> out;
    if (!c)
        return out;
    std::vector<const char*> args;
    std::vector<size_t> lens;
    for (const QByteArray& a : argv) {
        args.push_back(a.constData());
        lens.push_back(size_t(a.size()));
    }
    auto* r = static_cast<redisReply*>(redisCommandArgv(c, int(args.size()), args.data(), lens.data()));
    if (!r)
        return out;
    if (r->type == REDIS_REPLY_ARRAY)
        for (size_t i = 0; i < r->elements; ++i)
            out << render(r->element[i]);
    else
        out << render(r);
    freeReplyObject(r);
    return out;
}

bool RedisServer::loadCommandFile(const QString& path, int database, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot open "_s + path;
        return false;
    }
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        ++lineNo;
        QString parseError;
        const QList<QByteArray> argv = splitCommandLine(line, &parseError);
        if (!parseError.isEmpty()) {
            if (error)
                *error = path + u':' + QString::number(lineNo) + u": "_s + parseError;
            return false;
        }
        if (argv.isEmpty())
            continue;
        const QByteArray reply = command(argv, database);
        if (reply.startsWith("ERR: ")) {
            if (error)
                *error = path + u':' + QString::number(lineNo) + u": "_s + QString::fromUtf8(reply);
            return false;
        }
    }
    return true;
}

} // namespace rka::test
