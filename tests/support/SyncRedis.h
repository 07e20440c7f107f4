#pragma once

#include "redis/Connection.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace rka::test {

// Test helpers that spin the event loop until an asynchronous call answers.
struct SyncResult
{
    QList<redis::Reply> replies;
    redis::RedisError error;
    bool answered = false;
    int calls = 0;
};

inline SyncResult runPipeline(redis::Connection& c, QList<redis::Command> commands, int timeoutMs = 10000)
{
    auto result = std::make_shared<SyncResult>();
    QObject ctx;
    c.pipeline(std::move(commands), &ctx, [result](const QList<redis::Reply>& r, const redis::RedisError& e) {
        result->replies = r;
        result->error = e;
        result->answered = true;
        ++result->calls;
    });
    (void)QTest::qWaitFor([&] { return result->answered; }, timeoutMs);
    return *result;
}

inline redis::Reply runCommand(redis::Connection& c, redis::Command argv, redis::RedisError* error = nullptr)
{
    SyncResult r = runPipeline(c, {std::move(argv)});
    if (error)
        *error = r.answered
            ? r.error
            : redis::RedisError {redis::RedisError::Code::Timeout, QStringLiteral("test wait")};
    return r.replies.value(0);
}

// Opens a connection and waits for ready() or failed(). Returns whether it became ready.
inline bool openAndWait(redis::Connection& c, const redis::ConnectionSettings& s, int timeoutMs = 10000)
{
    c.setSettings(s);
    QSignalSpy ready(&c, &redis::Connection::ready);
    QSignalSpy failed(&c, &redis::Connection::failed);
    c.open();
    (void)QTest::qWaitFor([&] { return ready.count() > 0 || failed.count() > 0; }, timeoutMs);
    return ready.count() > 0;
}

inline redis::ConnectionSettings localSettings(quint16 port)
{
    redis::ConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.connectTimeoutMs = 3000;
    s.commandTimeoutMs = 5000;
    s.reconnectInitialDelayMs = 50;
    s.reconnectMaxDelayMs = 400;
    return s;
}

} // namespace rka::test
