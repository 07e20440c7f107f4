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

// Bulk strings of replies are copied into shared chunks instead of one allocation each: a string
// is a QByteArray that shares its chunk's reference count and points into it (NUL-terminated like
// any QByteArray). A list of keys reads millions of short strings, and their allocation and release
// were a quarter of its time. Strings kept after their reply pin a chunk; long strings get their own.
class StringArena
{
public:
    QByteArray copy(const char* data, qsizetype size);

private:
    QByteArray m_chunk; // holds one reference while strings are still copied into it
    char* m_next = nullptr;
    char* m_end = nullptr;
};

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
    StringArena m_strings;
    redisReader* m_reader = nullptr;
};

} // namespace rka::redis
