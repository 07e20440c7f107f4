#pragma once

#include "AccountDirectory.h"
#include "ServiceRelease.h"

#include "redis/Connection.h"
#include "support/ServiceTime.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rka::relay {

// Writes usage exactly as the service's request path does (service-data-model.md 14.2-14.5, 18.8),
// for demo data, benchmarks and tests. Pure: it returns the commands, the caller sends them.
//
// Rules per data model:
//  - 1.1.235 (and 1.1.262, whose only usage difference, usage:claude:weekly, is not reproduced):
//    the fields and TTLs of 14.2/14.3, weekly Opus cost for claude-opus models on claude,
//    claude-console and ccr accounts under the YYYY-Www week string (14.4), the records of 14.5;
//  - 1.1.263 and later: rated/real cost keys, micro-dollar model fields, the all-time model hash,
//    the usage index sets and global aggregates, weekly cost for every Claude-family model on
//    claude-official, claude-console and ccr accounts, the 1.1.314 record shape (18.8);
//  - 1.1.281 and later: the weekly key's suffix is the key's reset period string.
// Not written: account_usage:*, billing:events (outside the key data model, 14.2).
class UsageSimulator
{
public:
    // What the pricing service computed for one request, in USD.
    struct CostBreakdown
    {
        double input = 0;
        double output = 0;
        double cacheCreate = 0;
        double cacheRead = 0;
        double ephemeral5m = 0;
        double ephemeral1h = 0;
        std::optional<double> total; // the unrounded sum; default: the request's cost
    };

    struct Request
    {
        QByteArray keyId;
        QDateTime at; // the request's instant (UTC)
        QString model; // raw, as the client sent it; normalised for the key names (14.2)
        QString accountId; // empty = none (null in the record)
        QString accountType; // empty = none
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
        qint64 cacheCreateTokens = 0;
        qint64 cacheReadTokens = 0;
        qint64 ephemeral5mTokens = 0;
        qint64 ephemeral1hTokens = 0;
        // USD as the pricing service computed it, unrounded (the cost keys add it as is; the record
        // shows it rounded to 6 decimals); the rated cost in 1.1.263+.
        double cost = 0;
        std::optional<double> realCost; // 1.1.263+; default: cost
        std::optional<CostBreakdown> breakdown; // default: the cost split by a typical price ratio
        bool isLongContext = false;
        int weeklyResetDay = 1; // the key's weeklyResetDay (1.1.281+)
        int weeklyResetHour = 0;
        bool recordDetails = true; // recordUsageWithDetails (RUWD) vs the legacy recordUsage
        bool keyIndexPresent = false; // 1.1.263+: apikey:index:version exists, so lastUsedAt is indexed
        // 1.1.314 record details (null when not given)
        std::optional<QString> requestId;
        std::optional<QString> endpoint;
        std::optional<QString> method;
        std::optional<int> statusCode;
        std::optional<qint64> durationMs;
        bool stream = false;
    };

    // Every command the request path sends for one request, in the service's order. The record's
    // LPUSH/LTRIM/EXPIRE are returned without the service's MULTI/EXEC around them, so the list can go
    // into any pipeline; the resulting data is the same.
    static QList<redis::Command> recordRequest(const Request& r, DataModel model,
                                               const support::ServiceTime& time);

    // The usage record JSON of that request, byte for byte as the release writes it (14.5, 18.8).
    static QByteArray recordJson(const Request& r, DataModel model);

    // `_normalizeModelName` (14.2, 21.5).
    static QString normalizeModel(const QString& model);

    // A minimal account record like the fixtures' (fixtures README 4.1): id, name, isActive, and for
    // the Claude types platform/status. Never a secret field.
    static QList<redis::Command> accountCommands(AccountType type, const QByteArray& id, const QString& name,
                                                 const QDateTime& createdAt = {});

    // Whether the request adds to the weekly (Opus / Claude) cost under this data model (14.4, 18.8).
    static bool countsAsWeeklyCost(const Request& r, DataModel model);
};

} // namespace rka::relay
