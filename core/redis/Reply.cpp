#include "Reply.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rka::redis {

Reply Reply::status(QByteArray text)
{
    Reply r;
    r.m_type = Type::Status;
    r.m_bytes = std::move(text);
    return r;
}

Reply Reply::error(QByteArray text)
{
    Reply r;
    r.m_type = Type::Error;
    r.m_bytes = std::move(text);
    return r;
}

Reply Reply::integer(long long value)
{
    Reply r;
    r.m_type = Type::Integer;
    r.m_integer = value;
    return r;
}

Reply Reply::string(QByteArray bytes)
{
    Reply r;
    r.m_type = Type::String;
    r.m_bytes = std::move(bytes);
    return r;
}

Reply Reply::array(QList<Reply> elements)
{
    Reply r;
    r.m_type = Type::Array;
    r.m_elements = std::move(elements);
    return r;
}

QString Reply::describe(int maxBytes) const
{
    auto shorten = [maxBytes](const QByteArray& b) {
        QString s = QString::fromUtf8(b.left(maxBytes));
        if (b.size() > maxBytes)
            s += u"…"_s;
        return s;
    };
    switch (m_type) {
    case Type::Nil:
        return u"(nil)"_s;
    case Type::Status:
        return shorten(m_bytes);
    case Type::Error:
        return u"(error) "_s + shorten(m_bytes);
    case Type::Integer:
        return u"(integer) "_s + QString::number(m_integer);
    case Type::String:
        return u"\""_s + shorten(m_bytes) + u"\""_s;
    case Type::Array: {
        QStringList parts;
        for (const Reply& e : m_elements)
            parts << e.describe(maxBytes);
        return u"["_s + parts.join(u", "_s) + u"]"_s;
    }
    }
    return {};
}

bool operator==(const Reply& a, const Reply& b)
{
    return a.m_type == b.m_type && a.m_integer == b.m_integer && a.m_bytes == b.m_bytes &&
        a.m_elements == b.m_elements;
}

} // namespace rka::redis
