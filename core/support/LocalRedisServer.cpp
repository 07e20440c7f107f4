#include "LocalRedisServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace rka::support {

LocalRedisServer::~LocalRedisServer()
{
    stop();
}

QString LocalRedisServer::executable()
{
    const QString fromEnv = qEnvironmentVariable("RKA_REDIS_SERVER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString found = QStandardPaths::findExecutable(u"redis-server"_s);
    return found.isEmpty() ? u"redis-server"_s : found;
}

quint16 LocalRedisServer::freePort()
{
    for (int i = 0; i < 20; ++i) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0) && probe.serverPort() != 6379)
            return probe.serverPort();
    }
    return 0;
}

bool LocalRedisServer::start(int timeoutMs)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = tr("Cannot create a temporary directory for Redis.");
        return false;
    }
    // A port taken between the probe and redis-server's bind makes it exit at once: try again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
        // Also when this program dies without running its destructors (a crash, SIGKILL): the kernel
        // sends the server SIGTERM when its parent goes away.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        m_process->start(executable(),
                         {u"--port"_s, QString::number(m_port), u"--bind"_s, u"127.0.0.1"_s, u"--save"_s,
                          QString(), u"--appendonly"_s, u"no"_s, u"--daemonize"_s, u"no"_s, u"--dir"_s,
                          m_dir->path(), u"--logfile"_s, m_dir->filePath(u"redis.log"_s)});
        if (!m_process->waitForStarted(5000)) {
            m_error = tr("Cannot start %1: %2. Install the redis-server package.")
                          .arg(executable(), m_process->errorString());
            m_process.reset();
            return false;
        }
        // redis-server accepts connections a moment after it starts: poll until PING answers.
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200)) {
                probe.write("PING\r\n");
                if (probe.waitForReadyRead(500) && probe.readAll().startsWith("+PONG"))
                    return true;
            }
            QThread::msleep(20);
        }
        if (m_process->state() == QProcess::Running) {
            m_error = tr("redis-server did not answer within %1 s.").arg(timeoutMs / 1000);
            stop();
            return false;
        }
        QFile log(m_dir->filePath(u"redis.log"_s));
        m_error = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(400))
                                                : tr("redis-server exited at once.");
        m_process.reset();
    }
    return false;
}

void LocalRedisServer::stop()
{
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

bool LocalRedisServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace rka::support
