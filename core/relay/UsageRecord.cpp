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

UsageRecordSummary UsageRecord::summary() const
{
    return {m_accountId, m_accountType, m_timestamp, modelForHeuristics()};
}

namespace {

// A reader for the flat JSON objects the service writes as usage records. It gives up (nullopt)
// on everything it does not handle exactly as QJsonDocument does: escapes, non-ASCII bytes,
// nested values, or a number where the summary wants a string; the caller then parses fully.
class FlatJson
{
public:
    explicit FlatJson(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    { }

    std::optional<UsageRecordSummary> summarize()
    {
        UsageRecordSummary out;
        QString model, actualModel, service;
        skipSpace();
        if (!take('{'))
            return std::nullopt;
        skipSpace();
        if (!take('}')) {
            for (;;) {
                QByteArrayView name;
                if (!string(&name))
                    return std::nullopt;
                skipSpace();
                if (!take(':'))
                    return std::nullopt;
                skipSpace();
                // Which member of the summary this value goes to, if any.
                std::optional<QString>* optionalTarget = nullptr;
                QString* target = nullptr;
                if (name == "accountId")
                    optionalTarget = &out.accountId;
                else if (name == "accountType")
                    optionalTarget = &out.accountType;
                else if (name == "timestamp")
                    target = &out.timestamp;
                else if (name == "model")
                    target = &model;
                else if (name == "actualModel")
                    target = &actualModel;
                else if (name == "service")
                    target = &service;
                if (m_p < m_end && *m_p == '"') {
                    QByteArrayView value;
                    if (!string(&value))
                        return std::nullopt;
                    if (optionalTarget)
                        *optionalTarget = QString::fromLatin1(value);
                    else if (target)
                        *target = QString::fromLatin1(value);
                } else if (m_p < m_end && (*m_p == '{' || *m_p == '[')) {
                    // A nested value (the service's costBreakdown): checked and skipped.
                    if (!skipValue(1))
                        return std::nullopt;
                    if (optionalTarget)
                        optionalTarget->reset();
                    else if (target)
                        target->clear();
                } else {
                    const char* start = m_p;
                    if (!literalOrNumber())
                        return std::nullopt;
                    const QByteArrayView token(start, m_p - start);
                    if (optionalTarget) {
                        if (token != "null" && token != "true" && token != "false")
                            return std::nullopt; // a number: JavaScript's String() form, left to parse()
                        optionalTarget->reset();
                    } else if (target) {
                        target->clear(); // QJsonValue::toString() of a non-string
                    }
                }
                skipSpace();
                if (take(','))
                    skipSpace();
                else if (take('}'))
                    break;
                else
                    return std::nullopt;
            }
        }
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        out.modelForHeuristics = !model.isEmpty() ? model : !actualModel.isEmpty() ? actualModel : service;
        return out;
    }

private:
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    // A string of printable ASCII without escapes.
    bool string(QByteArrayView* out)
    {
        if (!take('"'))
            return false;
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    bool digits()
    {
        const char* start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start;
    }
    // Any JSON value, nested at most a few levels.
    bool skipValue(int depth)
    {
        if (depth > 16)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '"') {
            QByteArrayView ignored;
            return string(&ignored);
        }
        const char open = *m_p;
        if (open != '{' && open != '[')
            return literalOrNumber();
        const char close = open == '{' ? '}' : ']';
        ++m_p;
        skipSpace();
        if (take(close))
            return true;
        for (;;) {
            if (open == '{') {
                QByteArrayView name;
                skipSpace();
                if (!string(&name))
                    return false;
                skipSpace();
                if (!take(':'))
                    return false;
            }
            if (!skipValue(depth + 1))
                return false;
            skipSpace();
            if (take(close))
                return true;
            if (!take(','))
                return false;
        }
    }
    // true, false, null, or a number in JSON's grammar.
    bool literalOrNumber()
    {
        for (QByteArrayView word :
             {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
            if (QByteArrayView(m_p, m_end - m_p).startsWith(word)) {
                m_p += word.size();
                return true;
            }
        }
        // Numbers: only those far from the limits of a double (at most 40 characters, an exponent of
        // at most two digits); what QJsonDocument makes of others is its business.
        const char* start = m_p;
        take('-');
        if (take('0')) {
            // no leading zeros
        } else if (!digits()) {
            return false;
        }
        if (take('.') && !digits())
            return false;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            const char* exponent = m_p;
            if (!digits() || m_p - exponent > 2)
                return false;
        }
        return m_p - start <= 40;
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

std::optional<UsageRecordSummary> UsageRecord::summarize(QByteArrayView json)
{
    if (std::optional<UsageRecordSummary> fast = FlatJson(json).summarize())
        return fast;
    const std::optional<UsageRecord> record = parse(json.toByteArray());
    return record ? std::optional<UsageRecordSummary>(record->summary()) : std::nullopt;
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
