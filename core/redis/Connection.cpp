#include "Connection.h"

#include "CommandPolicy.h"
#include "Resp.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rka::redis {

struct Connection::Batch
{
    QList<Command> commands;
    QList<Reply> replies;
    QPointer<QObject> context;
    bool hasContext = false;
    BatchCallback callback;
    bool containsWrite = false; // a write or EXEC: its fate is unknown if the connection dies
    bool sent = false;
    QElapsedTimer timer;
    QList<std::pair<qint64, qsizetype>> logEntries; // (log id, index of the group's last command)
};

namespace {

QByteArray commandName(const Command& c)
{
    return c.isEmpty() ? QByteArray() : c.first().toUpper();
}

} // namespace

Connection::Connection(QObject* parent)
    : QObject(parent)
    , m_connectTimer(new QTimer(this))
    , m_commandTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_commandTimer->setSingleShot(true);
    m_reconnectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &Connection::onConnectTimeout);
    connect(m_commandTimer, &QTimer::timeout, this, &Connection::onCommandTimeout);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Connection::startAttempt);
}

Connection::~Connection()
{
    tearDownSocket();
    // Contexts may be gone already; deliver() skips those.
    failPending({RedisError::Code::Cancelled, tr("The connection was closed.")});
}

void Connection::setSettings(const ConnectionSettings& settings)
{
    m_settings = settings;
}

int Connection::pendingCount() const
{
    int n = 0;
    for (const BatchPtr& b : m_inFlight)
        n += int(b->commands.size() - b->replies.size());
    return n;
}

// --- submitting commands ------------------------------------------------------------------------

void Connection::execute(Command argv, QObject* context, ReplyCallback callback)
{
    pipeline({std::move(argv)}, context,
             [cb = std::move(callback)](const QList<Reply>& replies, const RedisError& error) {
                 if (cb)
                     cb(replies.isEmpty() ? Reply() : replies.first(), error);
             });
}

void Connection::pipeline(QList<Command> commands, QObject* context, BatchCallback callback)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this,
            [this, commands = std::move(commands), ctx = QPointer<QObject>(context), had = context != nullptr,
             cb = std::move(callback)]() mutable {
                if (had && !ctx)
                    return;
                pipeline(std::move(commands), ctx, std::move(cb));
            },
            Qt::QueuedConnection);
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->commands = std::move(commands);
    batch->context = context;
    batch->hasContext = context != nullptr;
    batch->callback = std::move(callback);
    bool writes = false;
    // Classified once per run of the same command name (a batch is mostly one long run).
    QByteArray runName;
    for (const Command& c : std::as_const(batch->commands)) {
        if (c.isEmpty() || c.first() != runName) {
            runName = c.value(0);
            const QByteArray name = commandName(c);
            if (CommandPolicy::classify(name) == CommandPolicy::Kind::Write)
                writes = true;
            if (name == "EXEC")
                batch->containsWrite = true;
        }
    }
    batch->containsWrite = batch->containsWrite || writes;
    if (batch->commands.isEmpty()) {
        deliverLater(batch, {});
        return;
    }
    if (writes && m_settings.readOnly) {
        QStringList refused;
        for (const Command& c : std::as_const(batch->commands))
            if (CommandPolicy::isWrite(commandName(c)))
                refused << QString::fromLatin1(commandName(c));
        refused.removeDuplicates();
        deliverLater(batch,
                     {RedisError::Code::ReadOnlyRefused,
                      tr("This connection is read-only: %1 was not sent.").arg(refused.join(u", "_s))});
        return;
    }
    submit(batch);
}

void Connection::submit(const BatchPtr& batch)
{
    if (m_state == State::Ready && !m_transactionActive) {
        send(batch);
    } else if (m_state == State::Connecting || (m_state == State::Ready && m_transactionActive)) {
        m_held.push_back([this, batch](bool ok) {
            if (ok)
                submit(batch);
            else
                deliver(batch, {RedisError::Code::NotConnected, tr("Not sent: %1").arg(m_lastError.message)});
        });
    } else {
        deliverLater(batch,
                     {RedisError::Code::NotConnected,
                      tr("Not connected to %1; nothing was sent.").arg(m_settings.endpoint())});
    }
}

void Connection::send(const BatchPtr& batch)
{
    // Fold runs of the same command into one log entry (a pipeline of 10,000 HGETALLs is one line).
    qsizetype i = 0;
    while (i < batch->commands.size()) {
        const QByteArray name = commandName(batch->commands.at(i));
        const QByteArray raw = batch->commands.at(i).value(0);
        qsizetype j = i;
        while (j + 1 < batch->commands.size() && batch->commands.at(j + 1).value(0) == raw)
            ++j;
        const Command& first = batch->commands.at(i);
        const int keyIndex = CommandPolicy::firstKeyIndex(name);
        const QByteArray key = keyIndex > 0 && keyIndex < first.size() ? first.at(keyIndex) : QByteArray();
        batch->logEntries.append({m_log.begin(name, key, int(j - i + 1)), j});
        i = j + 1;
    }
    // One allocation for the whole batch: appendCommand() grows the buffer by exactly each command.
    qsizetype bytes = m_out.size();
    for (const Command& c : std::as_const(batch->commands))
        bytes += encodedSize(c);
    if (bytes > m_out.capacity())
        m_out.reserve(std::max(bytes, m_out.capacity() * 2));
    for (const Command& c : std::as_const(batch->commands))
        appendCommand(m_out, c);
    batch->replies.reserve(batch->commands.size());
    batch->timer.start();
    m_inFlight.push_back(batch);
    scheduleFlush();
}

void Connection::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &Connection::flush, Qt::QueuedConnection);
}

void Connection::flush()
{
    m_flushScheduled = false;
    if (!m_socket || m_out.isEmpty())
        return;
    m_socket->write(m_out);
    m_log.addRoundTrip(m_out.size());
    m_out.clear();
    for (auto it = m_inFlight.rbegin(); it != m_inFlight.rend() && !(*it)->sent; ++it)
        (*it)->sent = true;
    if (!m_commandTimer->isActive() && m_state == State::Ready)
        m_commandTimer->start(m_settings.commandTimeoutMs);
}

void Connection::deliver(const BatchPtr& batch, const RedisError& error)
{
    const qint64 us = batch->timer.isValid() ? batch->timer.nsecsElapsed() / 1000 : 0;
    qsizetype from = 0;
    for (const auto& [id, last] : std::as_const(batch->logEntries)) {
        QString problem = error.message;
        for (qsizetype k = from; problem.isEmpty() && k <= last && k < batch->replies.size(); ++k)
            if (batch->replies.at(k).isError())
                problem = batch->replies.at(k).text();
        m_log.finish(id, us, problem);
        from = last + 1;
    }
    if (!batch->callback || (batch->hasContext && !batch->context))
        return;
    if (batch->hasContext && batch->context->thread() != QThread::currentThread()) {
        QMetaObject::invokeMethod(
            batch->context.data(),
            [cb = batch->callback, replies = batch->replies, error] { cb(replies, error); },
            Qt::QueuedConnection);
        return;
    }
    batch->callback(batch->replies, error);
}

void Connection::deliverLater(const BatchPtr& batch, const RedisError& error)
{
    QMetaObject::invokeMethod(
        this, [this, batch, error] { deliver(batch, error); }, Qt::QueuedConnection);
}

void Connection::releaseHeld()
{
    while (!m_held.empty() && m_state == State::Ready && !m_transactionActive) {
        auto next = std::move(m_held.front());
        m_held.pop_front();
        next(true);
    }
}

// --- transactions ---------------------------------------------------------------------------------

void Connection::transaction(Transaction tx, QObject* context, BatchCallback callback)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this,
            [this, tx = std::move(tx), ctx = QPointer<QObject>(context), had = context != nullptr,
             cb = std::move(callback)]() mutable {
                if (had && !ctx)
                    return;
                transaction(std::move(tx), ctx, std::move(cb));
            },
            Qt::QueuedConnection);
        return;
    }
    auto shared = std::make_shared<Transaction>(std::move(tx));
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    auto start = [this, shared, ctx, hasContext, callback](bool ok) {
        if (ok) {
            runTransaction(shared, ctx, hasContext, callback);
            return;
        }
        auto b = std::make_shared<Batch>();
        b->context = ctx;
        b->hasContext = hasContext;
        b->callback = callback;
        deliver(b, {RedisError::Code::NotConnected, tr("Not sent: %1").arg(m_lastError.message)});
    };
    if (m_state == State::Ready && !m_transactionActive) {
        start(true);
    } else if (m_state == State::Connecting || m_state == State::Ready) {
        m_held.push_back(start);
    } else {
        QMetaObject::invokeMethod(
            this, [start] { start(false); }, Qt::QueuedConnection);
    }
}

void Connection::runTransaction(const std::shared_ptr<Transaction>& tx, QPointer<QObject> context,
                                bool hasContext, const BatchCallback& callback)
{
    m_transactionActive = true;
    auto finish = [this, context, hasContext, callback](const QList<Reply>& replies,
                                                        const RedisError& error) {
        finishTransaction();
        auto b = std::make_shared<Batch>();
        b->context = context;
        b->hasContext = hasContext;
        b->callback = callback;
        b->replies = replies;
        deliver(b, error);
    };

    auto step1 = std::make_shared<Batch>();
    if (!tx->watchKeys.isEmpty()) {
        Command watch {"WATCH"};
        watch += tx->watchKeys;
        step1->commands.append(watch);
    }
    step1->commands += tx->reads;
    const int readOffset = tx->watchKeys.isEmpty() ? 0 : 1;
    step1->context = this;
    step1->hasContext = true;
    step1->callback = [this, tx, readOffset, finish](const QList<Reply>& replies, const RedisError& error) {
        if (error) {
            finish({}, error);
            return;
        }
        if (readOffset && replies.first().isError()) {
            finish({}, {RedisError::Code::ServerError, replies.first().text()});
            return;
        }
        const QList<Reply> reads = replies.mid(readOffset);
        std::optional<QList<Command>> writes =
            tx->decide ? tx->decide(reads) : std::optional<QList<Command>>();
        RedisError stop;
        if (!writes || writes->isEmpty())
            stop = {RedisError::Code::Cancelled, tr("Nothing to write; the transaction was not started.")};
        else if (m_settings.readOnly)
            for (const Command& c : std::as_const(*writes))
                if (CommandPolicy::isWrite(commandName(c)))
                    stop = {RedisError::Code::ReadOnlyRefused,
                            tr("This connection is read-only: %1 was not sent.")
                                .arg(QString::fromLatin1(commandName(c)))};
        if (stop) {
            auto unwatch = std::make_shared<Batch>();
            unwatch->commands = {Command {"UNWATCH"}};
            unwatch->context = this;
            unwatch->hasContext = true;
            unwatch->callback = [finish, stop](const QList<Reply>&, const RedisError&) { finish({}, stop); };
            send(unwatch);
            return;
        }
        auto step2 = std::make_shared<Batch>();
        step2->commands.append(Command {"MULTI"});
        step2->commands += *writes;
        step2->commands.append(Command {"EXEC"});
        step2->containsWrite = true;
        step2->context = this;
        step2->hasContext = true;
        step2->callback = [this, tx, finish](const QList<Reply>& replies2, const RedisError& error2) {
            if (error2) {
                finish({}, error2);
                return;
            }
            const Reply& exec = replies2.last();
            if (exec.isNil()) {
                QStringList keys;
                for (const QByteArray& k : std::as_const(tx->watchKeys))
                    keys << QString::fromUtf8(k);
                finish({},
                       {RedisError::Code::TransactionAborted,
                        tr("Another client changed %1 after it was read; nothing was written.")
                            .arg(keys.join(u", "_s))});
            } else if (exec.isError()) {
                finish({}, {RedisError::Code::ServerError, exec.text()});
            } else {
                finish(exec.elements(), {});
            }
        };
        send(step2);
    };
    if (step1->commands.isEmpty()) {
        step1->callback({}, {});
        return;
    }
    send(step1);
}

void Connection::finishTransaction()
{
    m_transactionActive = false;
    QMetaObject::invokeMethod(this, &Connection::releaseHeld, Qt::QueuedConnection);
}

// --- connecting ------------------------------------------------------------------------------------

void Connection::open()
{
    if (m_state != State::Disconnected && m_state != State::Failed)
        close();
    m_wasReady = false;
    m_reconnectAttempt = 0;
    m_lastError = {};
    startAttempt();
}

void Connection::close()
{
    m_reconnectTimer->stop();
    m_connectTimer->stop();
    m_commandTimer->stop();
    tearDownSocket();
    m_wasReady = false;
    m_lastError = {RedisError::Code::Cancelled, tr("The connection was closed.")};
    setState(State::Disconnected);
    failPending(m_lastError);
}

void Connection::startAttempt()
{
    tearDownSocket();
    m_reader = std::make_unique<RespReader>();
    m_sslErrors.clear();
    m_peerCertificate = QSslCertificate();
    m_out.clear();
    setState(State::Connecting);

    m_socket = new QSslSocket(this);
    // Qt stops reading from the kernel when this much is buffered and unread: while onReadyRead()
    // yields to the event loop (below), the socket then stops being ready and the loop can idle.
    m_socket->setReadBufferSize(ReadBufferSize);
    const quint64 gen = m_generation;
    auto guard = [this, gen](auto fn) {
        return [this, gen, fn](auto&&... args) {
            if (gen == m_generation)
                (this->*fn)(std::forward<decltype(args)>(args)...);
        };
    };
    connect(m_socket, &QSslSocket::readyRead, this, guard(&Connection::onReadyRead));
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this, gen](QAbstractSocket::SocketError) {
        if (gen == m_generation)
            onSocketError();
    });
    m_connectTimer->start(m_settings.connectTimeoutMs);

    if (!m_settings.tls.enabled) {
        connect(m_socket, &QSslSocket::connected, this, guard(&Connection::onSocketConnected));
        m_socket->connectToHost(m_settings.host, m_settings.port);
        return;
    }

    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(m_settings.tls.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    const TlsSettings& tls = m_settings.tls;
    if (!tls.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(tls.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            fail({RedisError::Code::Configuration,
                  tr("The CA file %1 could not be read or holds no PEM certificate.").arg(tls.caFile)},
                 false);
            return;
        }
        conf.addCaCertificates(cas);
    }
    if (!tls.clientCertificateFile.isEmpty() || !tls.clientKeyFile.isEmpty()) {
        QFile certFile(tls.clientCertificateFile);
        QFile keyFile(tls.clientKeyFile);
        const QSslCertificate cert(certFile.open(QIODevice::ReadOnly) ? certFile.readAll() : QByteArray(),
                                   QSsl::Pem);
        if (cert.isNull()) {
            fail({RedisError::Code::Configuration,
                  tr("The client certificate %1 could not be read as a PEM certificate.")
                      .arg(tls.clientCertificateFile)},
                 false);
            return;
        }
        const QByteArray keyPem = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
        QSslKey key;
        for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(keyPem, alg, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            fail({RedisError::Code::Configuration,
                  tr("The client key %1 could not be read (an unencrypted PEM RSA or EC key is needed).")
                      .arg(tls.clientKeyFile)},
                 false);
            return;
        }
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(key);
    }
    m_socket->setSslConfiguration(conf);
    connect(m_socket, &QSslSocket::encrypted, this, guard(&Connection::onSocketConnected));
    connect(m_socket, &QSslSocket::sslErrors, this, [this, gen](const QList<QSslError>& errors) {
        if (gen == m_generation)
            onSslErrors(errors);
    });
    m_socket->connectToHostEncrypted(m_settings.host, m_settings.port,
                                     tls.serverName.isEmpty() ? m_settings.host : tls.serverName);
}

void Connection::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    m_peerCertificate = m_socket->peerCertificate();
    if (m_peerCertificate.isNull() && !errors.isEmpty())
        m_peerCertificate = errors.first().certificate();
    const QByteArray& accepted = m_settings.tls.acceptedCertificateSha256;
    if (!accepted.isEmpty() && !m_peerCertificate.isNull() &&
        m_peerCertificate.digest(QCryptographicHash::Sha256) == accepted)
        m_socket->ignoreSslErrors();
}

void Connection::onSocketConnected()
{
    if (m_settings.tls.enabled)
        m_peerCertificate = m_socket->peerCertificate();
    // No Nagle delay: a pipeline's last segment must not wait for the server's acknowledgement of
    // the previous one (hiredis and Redis itself do the same).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto hello = std::make_shared<Batch>();
    if (!m_settings.password.isEmpty()) {
        Command auth {"AUTH"};
        if (!m_settings.username.isEmpty())
            auth.append(m_settings.username.toUtf8());
        auth.append(m_settings.password.toUtf8());
        hello->commands.append(auth);
    }
    hello->commands.append(Command {"SELECT", QByteArray::number(m_settings.database)});
    hello->commands.append(Command {"PING"});
    hello->commands.append(Command {"INFO", "server"});
    hello->context = this;
    hello->hasContext = true;
    hello->callback = [this](const QList<Reply>& replies, const RedisError& error) {
        onHandshakeReplies(replies, error);
    };
    send(hello);
    flush();
}

void Connection::onHandshakeReplies(const QList<Reply>& replies, const RedisError& error)
{
    if (error)
        return; // the transport failure is being handled already
    qsizetype i = 0;
    const QString endpoint = m_settings.endpoint();
    if (!m_settings.password.isEmpty()) {
        const Reply& auth = replies.at(i++);
        if (auth.isError()) {
            fail({RedisError::Code::ServerError,
                  tr("Authentication at %1 failed: %2").arg(endpoint, auth.text())},
                 false);
            return;
        }
    }
    const Reply& select = replies.at(i++);
    if (select.isError()) {
        if (select.bytes().startsWith("NOAUTH"))
            fail({RedisError::Code::ServerError,
                  tr("The server at %1 requires a password (and a user name for an ACL user): %2")
                      .arg(endpoint, select.text())},
                 false);
        else
            fail({RedisError::Code::ServerError,
                  tr("Database %1 cannot be selected at %2: %3")
                      .arg(m_settings.database)
                      .arg(endpoint, select.text())},
                 false);
        return;
    }
    const Reply& ping = replies.at(i++);
    if (ping.isError()) {
        fail({RedisError::Code::ServerError,
              tr("The server at %1 refused PING: %2").arg(endpoint, ping.text())},
             false);
        return;
    }
    const Reply& info = replies.at(i++);
    m_serverVersion.clear();
    m_serverMode.clear();
    for (const QByteArray& line : info.bytes().split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.startsWith("redis_version:"))
            m_serverVersion = QString::fromUtf8(l.mid(14));
        else if (l.startsWith("redis_mode:"))
            m_serverMode = QString::fromUtf8(l.mid(11));
    }
    m_connectTimer->stop();
    m_reconnectAttempt = 0;
    m_wasReady = true;
    m_lastError = {};
    setState(State::Ready);
    emit ready();
    releaseHeld();
}

void Connection::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_state == State::Ready)
        m_commandTimer->start(m_settings.commandTimeoutMs); // progress: restart the stall timer
    const quint64 gen = m_generation;
    QPointer<Connection> self(this);
    if (m_yieldScheduled)
        return; // the continuation reads
    if (!m_sinceYield.isValid())
        m_sinceYield.start();
    // Small chunks: hiredis 0.14's reader moves its whole remaining buffer each time it has consumed
    // 1 KB, so every byte fed is moved about (chunk size / 1 KB / 2) times: 64 KB chunks moved each
    // byte 32 times; 8 KB chunks, 4 times.
    char chunk[8 * 1024];
    while (m_socket->bytesAvailable() > 0) {
        const qint64 size = m_socket->read(chunk, qint64(sizeof chunk));
        if (size <= 0)
            break;
        m_log.addBytesRead(size);
        m_reader->feed(chunk, size);
        while (std::optional<Reply> reply = m_reader->next()) {
            if (m_inFlight.empty()) {
                fail({RedisError::Code::Protocol,
                      tr("The server at %1 sent a reply nobody asked for.").arg(m_settings.endpoint())},
                     true);
                return;
            }
            const BatchPtr& head = m_inFlight.front();
            head->replies.append(std::move(*reply));
            if (head->replies.size() == head->commands.size()) {
                BatchPtr done = head;
                m_inFlight.pop_front();
                deliver(done, {});
                if (!self || gen != m_generation)
                    return;
                // What the callback sent goes out now, not after the rest of the buffered replies
                // are parsed: the server works on it meanwhile (a streaming list's next batch).
                if (!m_out.isEmpty()) {
                    flush();
                    if (m_socket)
                        m_socket->flush();
                }
            }
        }
        if (m_reader->hasError()) {
            fail({RedisError::Code::Protocol,
                  tr("The server at %1 sent data that is not Redis protocol (%2).")
                      .arg(m_settings.endpoint(), m_reader->errorString())},
                 true);
            return;
        }
        // Let the event loop breathe during a long stream of replies. A continuation posted as an
        // event would run before the timers: Qt's GLib dispatcher runs timers at idle priority once
        // one has fired, and a socket that never stops being readable never lets the loop idle. So
        // the continuation is a zero timer, queued behind the others, and meanwhile Qt buffers at
        // most ReadBufferSize bytes and then stops watching the socket: the loop idles, timers run.
        if (m_sinceYield.elapsed() > YieldAfterMs && m_socket->bytesAvailable() > 0) {
            m_yieldScheduled = true;
            QTimer::singleShot(0, this, [this, gen] {
                m_yieldScheduled = false;
                m_sinceYield.restart();
                if (gen == m_generation)
                    onReadyRead();
            });
            return;
        }
    }
    if (m_inFlight.empty())
        m_commandTimer->stop();
}

void Connection::onSocketError()
{
    fail(socketError(), true);
}

void Connection::onConnectTimeout()
{
    fail({RedisError::Code::Timeout,
          tr("No answer from %1 within %2 s (connect timeout). Check the host, the "
             "port, TLS and any firewall.")
              .arg(m_settings.endpoint())
              .arg(m_settings.connectTimeoutMs / 1000.0)},
         true);
}

void Connection::onCommandTimeout()
{
    if (m_inFlight.empty())
        return;
    fail({RedisError::Code::Timeout,
          tr("No reply from %1 within %2 s; the connection was reset.")
              .arg(m_settings.endpoint())
              .arg(m_settings.commandTimeoutMs / 1000.0)},
         true);
}

RedisError Connection::socketError() const
{
    const QString endpoint = m_settings.endpoint();
    using C = RedisError::Code;
    switch (m_socket ? m_socket->error() : QAbstractSocket::UnknownSocketError) {
    case QAbstractSocket::ConnectionRefusedError:
        return {C::ConnectionLost,
                tr("Connection refused at %1. Is Redis running there, and is the port right?").arg(endpoint)};
    case QAbstractSocket::HostNotFoundError:
        return {C::ConnectionLost, tr("Host %1 was not found. Check the host name.").arg(m_settings.host)};
    case QAbstractSocket::RemoteHostClosedError:
        if (m_settings.tls.enabled && m_state == State::Connecting)
            return {C::ConnectionLost,
                    tr("The server at %1 closed the connection during the TLS handshake. Does it require a "
                       "client certificate, or is TLS off on that port?")
                        .arg(endpoint)};
        return {C::ConnectionLost, tr("The server at %1 closed the connection.").arg(endpoint)};
    case QAbstractSocket::SslHandshakeFailedError: {
        QStringList reasons;
        const QString name =
            m_settings.tls.serverName.isEmpty() ? m_settings.host : m_settings.tls.serverName;
        for (const QSslError& e : m_sslErrors) {
            QString r;
            switch (e.error()) {
            case QSslError::HostNameMismatch:
                r = tr("The server's certificate does not match host name %1.").arg(name);
                break;
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::CertificateUntrusted:
                r = tr("The server's certificate is signed by an unknown authority. Choose the CA file that "
                       "signed it.");
                break;
            case QSslError::CertificateExpired:
                r = tr("The server's certificate has expired.");
                break;
            case QSslError::CertificateNotYetValid:
                r = tr("The server's certificate is not valid yet.");
                break;
            default:
                r = e.errorString();
            }
            if (!reasons.contains(r))
                reasons << r;
        }
        if (!m_settings.tls.acceptedCertificateSha256.isEmpty() && !m_peerCertificate.isNull() &&
            m_peerCertificate.digest(QCryptographicHash::Sha256) != m_settings.tls.acceptedCertificateSha256)
            reasons.prepend(tr("The server's certificate changed since you accepted it; it was refused."));
        // OpenSSL's words when the server offers only TLS 1.1 or older, which this program refuses.
        const QString detail = m_socket->errorString();
        if (reasons.isEmpty() &&
            (detail.contains(u"protocol version"_s) || detail.contains(u"unsupported protocol"_s) ||
             detail.contains(u"no protocols available"_s)))
            reasons << tr("The server at %1 offers only TLS versions older than 1.2, which are not secure "
                          "enough and are refused (%2). Enable TLS 1.2 or 1.3 on the server.")
                           .arg(endpoint, detail);
        if (reasons.isEmpty())
            reasons
                << tr("The TLS handshake with %1 failed: %2. If the server requires a client certificate, "
                      "set one.")
                       .arg(endpoint, m_socket->errorString());
        return {C::ConnectionLost, reasons.join(u' ')};
    }
    case QAbstractSocket::SslInternalError:
        // With TLS 1.3 the server's refusal of a missing client certificate arrives as an alert after the
        // client considers the handshake done.
        return {C::ConnectionLost,
                tr("The TLS session with %1 failed: %2. If the server requires a client "
                   "certificate, set one in the TLS settings.")
                    .arg(endpoint, m_socket->errorString())};
    default:
        return {
            C::ConnectionLost,
            tr("Connection to %1 failed: %2").arg(endpoint, m_socket ? m_socket->errorString() : QString())};
    }
}

// --- failure ------------------------------------------------------------------------------------------

void Connection::fail(const RedisError& error, bool allowReconnect)
{
    m_lastError = error;
    const bool wasReady = m_state == State::Ready;
    m_connectTimer->stop();
    m_commandTimer->stop();
    tearDownSocket();
    const bool reconnect = allowReconnect && m_wasReady;
    int delay = 0;
    if (reconnect) {
        delay = m_settings.reconnectInitialDelayMs;
        for (int i = 0; i < m_reconnectAttempt && delay < m_settings.reconnectMaxDelayMs; ++i)
            delay *= 2;
        delay = qMin(delay, m_settings.reconnectMaxDelayMs);
        ++m_reconnectAttempt;
        setState(State::Reconnecting);
    } else {
        setState(State::Failed);
    }
    failPending(error);
    if (reconnect) {
        if (wasReady)
            emit connectionLost(error);
        emit reconnectScheduled(m_reconnectAttempt, delay);
        m_reconnectTimer->start(delay);
    } else {
        emit failed(error);
    }
}

void Connection::failPending(const RedisError& cause)
{
    std::deque<BatchPtr> inFlight;
    inFlight.swap(m_inFlight);
    std::deque<std::function<void(bool)>> held;
    held.swap(m_held);
    m_out.clear();
    m_transactionActive = false;
    for (const BatchPtr& b : inFlight) {
        RedisError e = cause;
        if (!b->sent)
            e = {RedisError::Code::NotConnected, tr("Not sent: %1").arg(cause.message)};
        else if (b->containsWrite)
            e = {RedisError::Code::WriteOutcomeUnknown,
                 tr("A write was sent but no reply came (%1). It may or may not have been applied: check the "
                    "data (or run the health check) before trying again.")
                     .arg(cause.message)};
        deliver(b, e);
    }
    m_lastError = cause;
    for (auto& h : held)
        h(false);
}

void Connection::tearDownSocket()
{
    ++m_generation;
    m_flushScheduled = false;
    if (!m_socket)
        return;
    QSslSocket* s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    s->abort();
    s->deleteLater();
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace rka::redis
