#pragma once

#include "Reply.h"

#include <QByteArray>
#include <QList>

#include <optional>

struct redisReader;

namespace rka::redis {

// RESP encoding of one command (an array of bulk strings).
QByteArray formatCommand(const QList<QByteArray>& argv);
// The same, appended to `out`.
void appendCommand(QByteArray& out, const QList<QByteArray>& argv);
// The number of bytes formatCommand(argv) has.
qsizetype encodedSize(const QList<QByteArray>& argv);

// Incremental RESP parser over hiredis's reader; builds Reply values directly.
class RespReader
{
public:
    RespReader();
    ~RespReader();
    RespReader(const RespReader&) = delete;
    RespReader& operator=(const RespReader&) = delete;

    void feed(const char* data, qsizetype size);
    // The next complete reply, std::nullopt when more bytes are needed or on a protocol error.
    std::optional<Reply> next();
    bool hasError() const;
    QString errorString() const;

private:
    redisReader* m_reader = nullptr;
};

} // namespace rka::redis
