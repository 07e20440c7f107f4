#include "UsageRecord.h"

#include "JsNumber.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

// A string member; a number is given in JavaScript's String() form; anything else is nullopt.
std::optional<QString> optionalText(const QJsonObject& o, QLatin1StringView name)
{
    const QJsonValue v = o.value(name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::fromLatin1(JsNumber::toString(v.toDouble()));
    return std::nullopt;
}

std::optional<double> optionalNumber(const QJsonObject& o, QLatin1StringView name)
{
    const QJsonValue v = o.value(name);
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    return std::nullopt;
}

// Token counts are whole numbers in every record the service writes; anything else reads as 0.
qint64 tokens(const QJsonObject& o, QLatin1StringView name)
{
    const std::optional<double> v = optionalNumber(o, name);
    if (!v || std::abs(*v) > double(JsNumber::MaxSafeInteger))
        return 0;
    return qint64(*v);
}

} // namespace

std::optional<UsageRecord> UsageRecord::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;

    UsageRecord r;
    r.m_json = doc.object();
    const QJsonObject& o = r.m_json;
    r.m_timestamp = o.value("timestamp"_L1).toString();
    r.m_model = o.value("model"_L1).toString();
    r.m_accountId = optionalText(o, "accountId"_L1);
    r.m_accountType = optionalText(o, "accountType"_L1);
    r.m_inputTokens = tokens(o, "inputTokens"_L1);
    r.m_outputTokens = tokens(o, "outputTokens"_L1);
    r.m_cacheCreateTokens = tokens(o, "cacheCreateTokens"_L1);
    r.m_cacheReadTokens = tokens(o, "cacheReadTokens"_L1);
    r.m_ephemeral5mTokens = tokens(o, "ephemeral5mTokens"_L1);
    r.m_ephemeral1hTokens = tokens(o, "ephemeral1hTokens"_L1);
    r.m_totalTokens = tokens(o, "totalTokens"_L1);
    r.m_cost = optionalNumber(o, "cost"_L1).value_or(0);
    r.m_realCost = optionalNumber(o, "realCost"_L1);
    r.m_isLongContext = o.value("isLongContext"_L1).toBool(false);
    r.m_requestId = optionalText(o, "requestId"_L1);
    r.m_endpoint = optionalText(o, "endpoint"_L1);
    r.m_method = optionalText(o, "method"_L1);
    if (const std::optional<double> v = optionalNumber(o, "statusCode"_L1); v && *v >= 0 && *v < 1000)
        r.m_statusCode = int(*v);
    if (const std::optional<double> v = optionalNumber(o, "durationMs"_L1);
        v && std::abs(*v) <= double(JsNumber::MaxSafeInteger))
        r.m_durationMs = qint64(*v);
    if (const QJsonValue v = o.value("stream"_L1); v.isBool())
        r.m_stream = v.toBool();
    return r;
}

std::optional<QDateTime> UsageRecord::timestampUtc() const
{
    QDateTime t = QDateTime::fromString(m_timestamp, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QString UsageRecord::modelForHeuristics() const
{
    // `model || actualModel || service` (section 15.1 step 3): the first non-empty string.
    for (const auto name : {"model"_L1, "actualModel"_L1, "service"_L1}) {
        const QString v = m_json.value(name).toString();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

redis::Command UsageRecord::rangeCommand(const QString& keyId, int limit)
{
    return {"LRANGE"_ba, "usage:records:"_ba + keyId.toUtf8(), "0"_ba,
            QByteArray::number(qMax(limit, 1) - 1)};
}

QList<UsageRecord> UsageRecord::fromReply(const redis::Reply& reply, int* dropped)
{
    QList<UsageRecord> records;
    int bad = 0;
    for (const redis::Reply& element : reply.elements()) {
        if (std::optional<UsageRecord> r = parse(element.bytes()))
            records.append(std::move(*r));
        else
            ++bad;
    }
    if (dropped)
        *dropped = bad;
    return records;
}

void UsageRecord::read(redis::Connection& connection, const QString& keyId, int limit, QObject* context,
                       ReadCallback callback)
{
    connection.execute(
        rangeCommand(keyId, limit), context,
        [callback = std::move(callback)](const redis::Reply& reply, const redis::RedisError& error) {
            if (error) {
                callback({}, 0, error);
                return;
            }
            if (reply.isError()) {
                callback({}, 0, {redis::RedisError::Code::ServerError, reply.text()});
                return;
            }
            int dropped = 0;
            const QList<UsageRecord> records = fromReply(reply, &dropped);
            callback(records, dropped, {});
        });
}

} // namespace rka::relay
