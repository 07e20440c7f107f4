#include "Resp.h"

#include <hiredis/hiredis.h>
#include <hiredis/read.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace rka::redis {

// Mutable access for the reader callbacks; Reply stays a plain value elsewhere.
struct ReplyBuilder
{
    // The element count comes from the peer: `*2147483647\r\n` must not allocate 2^31 replies up
    // front (found by tests/fuzz/fuzz_resp). Reserve a bounded part and grow as elements arrive,
    // so memory follows the bytes received.
    static constexpr int MaxReserve = 1024;
    static void setArraySize(Reply& r, int n)
    {
        r = Reply::array({});
        r.m_elements.reserve(std::clamp(n, 0, MaxReserve));
    }
    // hiredis fills the elements in order, and only an element's own children are placed while it
    // is incomplete, so growing the list never moves an element hiredis still points into.
    static Reply* slot(Reply& parent, int idx)
    {
        QList<Reply>& elements = parent.m_elements;
        while (elements.size() <= idx)
            elements.emplaceBack();
        return &elements[idx];
    }
};

namespace {

// Places a freshly parsed value: a root reply lives on the heap until next() takes it,
// a child lives inside its parent's pre-sized element list.
void* place(const redisReadTask* task, Reply&& value)
{
    if (task->parent) {
        auto* parent = static_cast<Reply*>(task->parent->obj);
        Reply* s = ReplyBuilder::slot(*parent, task->idx);
        *s = std::move(value);
        return s;
    }
    return new Reply(std::move(value));
}

void* createString(const redisReadTask* task, char* str, size_t len)
{
    QByteArray bytes = static_cast<StringArena*>(task->privdata)->copy(str, qsizetype(len));
    switch (task->type) {
    case REDIS_REPLY_ERROR:
        return place(task, Reply::error(std::move(bytes)));
    case REDIS_REPLY_STATUS:
        return place(task, Reply::status(std::move(bytes)));
    default:
        return place(task, Reply::string(std::move(bytes)));
    }
}

void* createArray(const redisReadTask* task, int elements)
{
    Reply r;
    ReplyBuilder::setArraySize(r, elements);
    return place(task, std::move(r));
}

void* createInteger(const redisReadTask* task, long long value)
{
    return place(task, Reply::integer(value));
}

void* createNil(const redisReadTask* task)
{
    return place(task, Reply::nil());
}

// hiredis frees only root objects through this; children belong to their parent.
void freeObject(void* obj)
{
    delete static_cast<Reply*>(obj);
}

redisReplyObjectFunctions g_functions = {createString, createArray, createInteger, createNil, freeObject};

} // namespace

namespace {
int decimalDigits(qsizetype n)
{
    int digits = 1;
    while (n >= 10) {
        n /= 10;
        ++digits;
    }
    return digits;
}

char* writeDecimal(char* p, qsizetype n, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        p[i] = char('0' + n % 10);
        n /= 10;
    }
    return p + digits;
}
} // namespace

qsizetype encodedSize(const QList<QByteArray>& argv)
{
    // *<argc>\r\n then $<len>\r\n<bytes>\r\n per argument, as every Redis client writes.
    qsizetype size = 1 + decimalDigits(argv.size()) + 2;
    for (const QByteArray& a : argv)
        size += 1 + decimalDigits(a.size()) + 2 + a.size() + 2;
    return size;
}

void appendCommand(QByteArray& out, const QList<QByteArray>& argv)
{
    // Sized first, then written in place.
    const qsizetype start = out.size();
    out.resize(start + encodedSize(argv));
    char* p = out.data() + start;
    *p++ = '*';
    p = writeDecimal(p, argv.size(), decimalDigits(argv.size()));
    *p++ = '\r';
    *p++ = '\n';
    for (const QByteArray& a : argv) {
        *p++ = '$';
        p = writeDecimal(p, a.size(), decimalDigits(a.size()));
        *p++ = '\r';
        *p++ = '\n';
        if (!a.isEmpty())
            std::memcpy(p, a.constData(), std::size_t(a.size()));
        p += a.size();
        *p++ = '\r';
        *p++ = '\n';
    }
}

QByteArray formatCommand(const QList<QByteArray>& argv)
{
    QByteArray out;
    appendCommand(out, argv);
    return out;
}

QByteArray StringArena::copy(const char* data, qsizetype size)
{
    constexpr qsizetype ChunkSize = 64 * 1024 - 64; // one allocation of 64 KB with Qt's header
    constexpr qsizetype OwnAbove = 2 * 1024; // longer strings are allocated alone
    if (size == 0 || size > OwnAbove)
        return QByteArray(data, size);
    if (m_end - m_next < size + 1) {
        m_chunk = QByteArray(ChunkSize, Qt::Uninitialized);
        // Written through this pointer only beyond every string handed out, which no one sees.
        m_next = m_chunk.data();
        m_end = m_next + ChunkSize;
    }
    std::memcpy(m_next, data, std::size_t(size));
    m_next[size] = '\0';
    QByteArray::DataPointer shared = m_chunk.data_ptr(); // one more reference to the chunk
    shared.ptr = m_next;
    shared.size = size;
    m_next += size + 1;
    return QByteArray(std::move(shared));
}

RespReader::RespReader()
    : m_reader(redisReaderCreateWithFunctions(&g_functions))
{
    m_reader->privdata = &m_strings;
    // Keep the buffer between feeds: large pipelines arrive in many small reads.
    m_reader->maxbuf = 0;
}

RespReader::~RespReader()
{
    redisReaderFree(m_reader);
}

void RespReader::feed(const char* data, qsizetype size)
{
    redisReaderFeed(m_reader, data, size_t(size));
}

std::optional<Reply> RespReader::next()
{
    void* obj = nullptr;
    if (redisReaderGetReply(m_reader, &obj) != REDIS_OK || !obj)
        return std::nullopt;
    auto* reply = static_cast<Reply*>(obj);
    Reply value = std::move(*reply);
    delete reply;
    return value;
}

bool RespReader::hasError() const
{
    return m_reader->err != 0;
}

QString RespReader::errorString() const
{
    return QString::fromUtf8(m_reader->errstr);
}

} // namespace rka::redis
