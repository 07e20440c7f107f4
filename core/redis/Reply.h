#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rka::redis {

// One RESP reply, as a value. Arrays hold their elements; strings keep their bytes untouched.
class Reply
{
public:
    enum class Type { Nil, Status, Error, Integer, String, Array };

    Reply() = default;
    static Reply nil() { return {}; }
    static Reply status(QByteArray text);
    static Reply error(QByteArray text);
    static Reply integer(long long value);
    static Reply string(QByteArray bytes);
    static Reply array(QList<Reply> elements);

    Type type() const { return m_type; }
    bool isNil() const { return m_type == Type::Nil; }
    bool isError() const { return m_type == Type::Error; }
    bool isString() const { return m_type == Type::String; }
    bool isStatus() const { return m_type == Type::Status; }
    bool isInteger() const { return m_type == Type::Integer; }
    bool isArray() const { return m_type == Type::Array; }

    // The bytes of a string, status or error reply; empty for the others.
    const QByteArray& bytes() const { return m_bytes; }
    QString text() const { return QString::fromUtf8(m_bytes); }
    long long integer() const { return m_integer; }
    const QList<Reply>& elements() const { return m_elements; }
    qsizetype size() const { return m_elements.size(); }
    const Reply& at(qsizetype i) const { return m_elements.at(i); }

    // For diagnostics and tests: a short, readable rendering (values shortened).
    QString describe(int maxBytes = 64) const;

    friend bool operator==(const Reply& a, const Reply& b);

private:
    friend struct ReplyBuilder;
    Type m_type = Type::Nil;
    long long m_integer = 0;
    QByteArray m_bytes;
    QList<Reply> m_elements;
};

} // namespace rka::redis
