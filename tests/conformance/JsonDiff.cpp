#include "JsonDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::test {

namespace {
QString show(const QJsonValue& v)
{
    if (v.isUndefined())
        return u"(absent)"_s;
    if (v.isString())
        return u'"' + v.toString().left(60) + u'"';
    if (v.isObject() || v.isArray()) {
        const QJsonDocument d = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
        return QString::fromUtf8(d.toJson(QJsonDocument::Compact).left(80));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
QString child(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}
} // namespace

QStringList jsonDiff(const QJsonValue& expected, const QJsonValue& actual, const QString& path)
{
    if (expected.isDouble() && actual.isDouble()) {
        const double a = expected.toDouble();
        const double b = actual.toDouble();
        if (a == b || std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)))
            return {};
        return {path + u": expected "_s + show(expected) + u", got "_s + show(actual)};
    }
    if (expected.type() != actual.type())
        return {path + u": expected "_s + show(expected) + u", got "_s + show(actual)};
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        QStringList out;
        QSet<QString> keys;
        for (auto it = e.begin(); it != e.end(); ++it)
            keys.insert(it.key());
        for (auto it = a.begin(); it != a.end(); ++it)
            keys.insert(it.key());
        QStringList sorted(keys.begin(), keys.end());
        sorted.sort();
        for (const QString& k : sorted)
            out += jsonDiff(e.value(k), a.value(k), child(path, k));
        return out;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return {path + u": expected "_s + show(expected) + u", got "_s + show(actual)};
        QStringList out;
        for (qsizetype i = 0; i < e.size(); ++i)
            out += jsonDiff(e.at(i), a.at(i), path + u'[' + QString::number(i) + u']');
        return out;
    }
    if (expected != actual)
        return {path + u": expected "_s + show(expected) + u", got "_s + show(actual)};
    return {};
}

} // namespace rka::test
