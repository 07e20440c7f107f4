#pragma once

#include "redis/Connection.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rka::relay {

// What the last-usage resolver reads of a usage record (section 15.1): its account, its time and
// the model name of the heuristics.
struct UsageRecordSummary
{
    std::optional<QString> accountId; // as UsageRecord::accountId()
    std::optional<QString> accountType;
    QString timestamp;
    QString modelForHeuristics;

    friend bool operator==(const UsageRecordSummary&, const UsageRecordSummary&) = default;
};

// One entry of the LIST `usage:records:{keyId}`, newest first (service-data-model.md 14.5, 18.8).
// Two shapes exist: recordUsageWithDetails (with accountType and the ephemeral split) and the
// legacy recordUsage (no accountType in 1.1.235, accountType null in 1.1.314). 1.1.314 adds
// requestId, endpoint, statusCode, stream, durationMs, realCost and more. The whole parsed object
// is kept for a detail view; the typed members are what the app reads.
class UsageRecord
{
public:
    // The service keeps at most this many records per key (section 14.5).
    static constexpr int MaxRecords = 200;

    // Parses one list entry. nullopt when it is not a JSON object: the service drops entries that
    // do not parse (section 14.5), and a non-object has no fields to show.
    static std::optional<UsageRecord> parse(const QByteArray& json);
    // parse(json) then summary(), for the key list: the common shape (a flat object of ASCII
    // strings, numbers and literals, no escapes) is read without building a JSON object; anything
    // else goes through parse(). Equal to parse(json)->summary() for every input.
    static std::optional<UsageRecordSummary> summarize(QByteArrayView json);
    UsageRecordSummary summary() const;

    // `LRANGE usage:records:{keyId} 0 limit-1`: the newest `limit` records (limit >= 1).
    static redis::Command rangeCommand(const QString& keyId, int limit);
    // The parsed entries of an LRANGE reply, newest first; `dropped` counts unparseable entries.
    static QList<UsageRecord> fromReply(const redis::Reply& reply, int* dropped = nullptr);

    using ReadCallback =
        std::function<void(const QList<UsageRecord>& records, int dropped, const redis::RedisError& error)>;
    // Reads a key's newest `limit` records in one round trip.
    static void read(redis::Connection& connection, const QString& keyId, int limit, QObject* context,
                     ReadCallback callback);

    // `timestamp` as stored (an ISO string) and parsed; the string is what the service shows.
    QString timestamp() const { return m_timestamp; }
    std::optional<QDateTime> timestampUtc() const;
    QString model() const { return m_model; }
    // The model name the last-usage heuristics look at: model, else actualModel, else service.
    QString modelForHeuristics() const;
    // null and absent are both nullopt; a number is kept in JavaScript's String() form.
    std::optional<QString> accountId() const { return m_accountId; }
    std::optional<QString> accountType() const { return m_accountType; }

    qint64 inputTokens() const { return m_inputTokens; }
    qint64 outputTokens() const { return m_outputTokens; }
    qint64 cacheCreateTokens() const { return m_cacheCreateTokens; }
    qint64 cacheReadTokens() const { return m_cacheReadTokens; }
    qint64 ephemeral5mTokens() const { return m_ephemeral5mTokens; }
    qint64 ephemeral1hTokens() const { return m_ephemeral1hTokens; }
    qint64 totalTokens() const { return m_totalTokens; }
    double cost() const { return m_cost; }
    // 1.1.314 only: the cost before the service rates (section 18.8).
    std::optional<double> realCost() const { return m_realCost; }
    bool isLongContext() const { return m_isLongContext; }

    // 1.1.314 request details; nullopt when absent or null.
    std::optional<QString> requestId() const { return m_requestId; }
    std::optional<QString> endpoint() const { return m_endpoint; }
    std::optional<QString> method() const { return m_method; }
    std::optional<int> statusCode() const { return m_statusCode; }
    std::optional<qint64> durationMs() const { return m_durationMs; }
    std::optional<bool> stream() const { return m_stream; }

    // Recorded by recordUsageWithDetails rather than the legacy recordUsage: it has the ephemeral
    // split, which the legacy path never writes.
    bool isDetailed() const { return m_json.contains(QLatin1StringView("ephemeral5mTokens")); }

    const QJsonObject& json() const { return m_json; }

private:
    QJsonObject m_json;
    QString m_timestamp;
    QString m_model;
    std::optional<QString> m_accountId;
    std::optional<QString> m_accountType;
    qint64 m_inputTokens = 0;
    qint64 m_outputTokens = 0;
    qint64 m_cacheCreateTokens = 0;
    qint64 m_cacheReadTokens = 0;
    qint64 m_ephemeral5mTokens = 0;
    qint64 m_ephemeral1hTokens = 0;
    qint64 m_totalTokens = 0;
    double m_cost = 0;
    std::optional<double> m_realCost;
    bool m_isLongContext = false;
    std::optional<QString> m_requestId;
    std::optional<QString> m_endpoint;
    std::optional<QString> m_method;
    std::optional<int> m_statusCode;
    std::optional<qint64> m_durationMs;
    std::optional<bool> m_stream;
};

} // namespace rka::relay
