// Fuzz target: RESP reply handling (core/redis/Resp: the hiredis reader building Reply values, and
// the command formatter). The input is a byte stream as a server could send it.
//
// Properties:
//  - feeding the stream in one piece, one byte at a time, or in chunks of varying size gives the
//    same replies and the same protocol-error state (Connection feeds whatever the socket delivers);
//  - every reply, written back as RESP, reads back as the same reply;
//  - describe() handles every reply;
//  - a command formatted from NUL-separated arguments reads back as an array of exactly those strings.

#include "FuzzSupport.h"

#include "redis/Reply.h"
#include "redis/Resp.h"

using namespace rka;
using redis::Reply;

namespace {

struct Parsed
{
    QList<Reply> replies;
    bool error = false;
    friend bool operator==(const Parsed&, const Parsed&) = default;
};

// Feeds `data` in chunks of chunkSize(i) bytes (at least one) and takes every reply after each feed,
// as Connection does.
template <typename ChunkSize> Parsed parseChunked(QByteArrayView data, ChunkSize chunkSize)
{
    redis::RespReader reader;
    Parsed out;
    qsizetype pos = 0;
    int i = 0;
    while (pos < data.size() && !reader.hasError()) {
        const qsizetype n = std::min<qsizetype>(data.size() - pos, std::max<qsizetype>(1, chunkSize(i++)));
        reader.feed(data.data() + pos, n);
        pos += n;
        while (std::optional<Reply> r = reader.next())
            out.replies.append(std::move(*r));
    }
    out.error = reader.hasError();
    if (out.error)
        FUZZ_CHECK(!reader.errorString().isEmpty());
    return out;
}

void writeResp(const Reply& r, QByteArray& out)
{
    switch (r.type()) {
    case Reply::Type::Nil:
        out += "$-1\r\n";
        return;
    case Reply::Type::Status:
        out += '+' + r.bytes() + "\r\n";
        return;
    case Reply::Type::Error:
        out += '-' + r.bytes() + "\r\n";
        return;
    case Reply::Type::Integer:
        out += ':' + QByteArray::number(r.integer()) + "\r\n";
        return;
    case Reply::Type::String:
        out += '$' + QByteArray::number(r.bytes().size()) + "\r\n" + r.bytes() + "\r\n";
        return;
    case Reply::Type::Array:
        out += '*' + QByteArray::number(r.size()) + "\r\n";
        for (const Reply& e : r.elements())
            writeResp(e, out);
        return;
    }
}

int depth(const Reply& r)
{
    int d = 0;
    for (const Reply& e : r.elements())
        d = std::max(d, depth(e));
    return r.isArray() ? d + 1 : 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView stream(reinterpret_cast<const char*>(data), qsizetype(size));

    // 1. The same replies however the bytes arrive.
    const Parsed whole = parseChunked(stream, [](int) { return std::numeric_limits<qsizetype>::max(); });
    if (size <= 4096) {
        const Parsed bytewise = parseChunked(stream, [](int) { return qsizetype(1); });
        FUZZ_CHECK(bytewise == whole);
    }
    // Chunk sizes from the data itself: 1..64 bytes.
    const Parsed varied =
        parseChunked(stream, [&](int i) { return qsizetype(1 + (size ? data[size_t(i) % size] % 64 : 0)); });
    FUZZ_CHECK(varied == whole);

    // 2. Written back, each reply reads back unchanged (the reader nests at most 7 levels).
    for (const Reply& reply : whole.replies) {
        (void)reply.describe(16);
        QByteArray encoded;
        writeResp(reply, encoded);
        if (depth(reply) <= 7) {
            bool error = false;
            const QList<Reply> again = fuzz::parseReplies(encoded, &error);
            FUZZ_CHECK(!error);
            FUZZ_CHECK(again.size() == 1);
            FUZZ_CHECK(again.constFirst() == reply);
        }
    }

    // 3. Commands: the input's NUL-separated parts as arguments.
    const QList<QByteArray> argv = fuzz::splitNul(stream, 64);
    const QByteArray command = redis::formatCommand(argv);
    FUZZ_CHECK(!command.isEmpty());
    bool error = false;
    const QList<Reply> parsed = fuzz::parseReplies(command, &error);
    FUZZ_CHECK(!error);
    FUZZ_CHECK(parsed.size() == 1);
    FUZZ_CHECK(parsed.constFirst().isArray());
    FUZZ_CHECK(parsed.constFirst().size() == argv.size());
    for (qsizetype i = 0; i < argv.size(); ++i) {
        FUZZ_CHECK(parsed.constFirst().at(i).isString());
        FUZZ_CHECK(parsed.constFirst().at(i).bytes() == argv.at(i));
    }
    return 0;
}
