#pragma once

// Helpers shared by the fuzz targets. Each target defines LLVMFuzzerTestOneInput(); it is linked
// either with libFuzzer (RKA_FUZZ=ON, clang) or with SmokeMain.cpp, which runs a corpus through it.
//
// A target checks properties with FUZZ_CHECK: a violated property aborts like a sanitizer report
// does, so libFuzzer saves the input and the smoke run fails.

#include "redis/Resp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <algorithm>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: fuzz property violated: %s\n", __FILE__, __LINE__, #condition);     \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace rka::fuzz {

// Reads the input from the front: small numbers for choices, then the rest as bytes. Past the end
// every read gives zeros, so every input is valid.
class Input
{
public:
    Input(const uint8_t* data, size_t size)
        : m_data(reinterpret_cast<const char*>(data), qsizetype(size))
    { }

    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    quint8 byte() { return atEnd() ? 0 : quint8(m_data[m_pos++]); }
    // A number in [0, n), n >= 1.
    int choice(int n) { return n <= 1 ? 0 : int(byte() % quint8(n)); }
    quint64 u64()
    {
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | byte();
        return v;
    }
    // Everything not read yet.
    QByteArrayView rest()
    {
        const QByteArrayView r = m_data.sliced(std::min(m_pos, m_data.size()));
        m_pos = m_data.size();
        return r;
    }
    // The next NUL-terminated token (or the rest); nullopt at the end.
    std::optional<QByteArray> token()
    {
        if (atEnd())
            return std::nullopt;
        const qsizetype end = m_data.indexOf('\0', m_pos);
        const qsizetype stop = end < 0 ? m_data.size() : end;
        QByteArray t = m_data.sliced(m_pos, stop - m_pos).toByteArray();
        m_pos = end < 0 ? m_data.size() : end + 1;
        return t;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// Splits at NUL bytes, at most `maxParts` parts (the last keeps the rest).
inline QList<QByteArray> splitNul(QByteArrayView data, qsizetype maxParts = 4096)
{
    QList<QByteArray> parts;
    qsizetype pos = 0;
    while (pos <= data.size() && parts.size() < maxParts - 1) {
        const qsizetype end = data.indexOf('\0', pos);
        if (end < 0)
            break;
        parts.append(data.sliced(pos, end - pos).toByteArray());
        pos = end + 1;
    }
    parts.append(data.sliced(std::min(pos, data.size())).toByteArray());
    return parts;
}

// Every complete reply in a RESP byte stream, fed in one piece; stops at a protocol error.
inline QList<redis::Reply> parseReplies(QByteArrayView stream, bool* error = nullptr)
{
    redis::RespReader reader;
    reader.feed(stream.data(), stream.size());
    QList<redis::Reply> replies;
    while (std::optional<redis::Reply> r = reader.next())
        replies.append(std::move(*r));
    if (error)
        *error = reader.hasError();
    return replies;
}

// A reply notation that mutates well (RESP's length prefixes break under most mutations): one reply
// per NUL-separated token, "*N" an array of the next N replies, ":N" an integer, "-text" an error,
// "+text" a status, "_" nil, "$text" or any other token a string. make-corpus.py writes real replies
// this way.
inline redis::Reply flatReply(const QList<QByteArray>& tokens, qsizetype& pos, int depth = 0)
{
    if (pos >= tokens.size())
        return redis::Reply::nil();
    const QByteArray& t = tokens.at(pos++);
    const char kind = t.isEmpty() ? '$' : t.front();
    const QByteArray rest = t.isEmpty() ? QByteArray() : t.sliced(1);
    switch (kind) {
    case '*': {
        // At most 64 elements and 8 levels: enough for every reply the readers get.
        const qsizetype n = std::clamp<qsizetype>(rest.toLongLong(), 0, depth < 8 ? 64 : 0);
        QList<redis::Reply> elements;
        for (qsizetype i = 0; i < n && pos < tokens.size(); ++i)
            elements.append(flatReply(tokens, pos, depth + 1));
        return redis::Reply::array(std::move(elements));
    }
    case ':':
        return redis::Reply::integer(rest.toLongLong());
    case '-':
        return redis::Reply::error(rest);
    case '+':
        return redis::Reply::status(rest);
    case '_':
        return redis::Reply::nil();
    case '$':
        return redis::Reply::string(rest);
    default:
        return redis::Reply::string(t);
    }
}

inline QList<redis::Reply> flatReplies(QByteArrayView data, qsizetype maxReplies = 256)
{
    const QList<QByteArray> tokens = splitNul(data);
    QList<redis::Reply> replies;
    qsizetype pos = 0;
    while (pos < tokens.size() && replies.size() < maxReplies)
        replies.append(flatReply(tokens, pos));
    return replies;
}

} // namespace rka::fuzz
