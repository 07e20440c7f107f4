#pragma once

#include "redis/Connection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace rka::relay {

// The data set of demo mode: a small company's claude-relay-service, shaped exactly like the
// service's own data under the 1.1.314 layout (key index, rated/real cost, period-string weekly keys).
//
// About 60 keys, each created with KeyOperations at its own creation time and taken through its life
// with KeyOperations as the service would (first-use activation, the hourly expiry sweep, disabling,
// soft delete, restore): tags, owners (user records), bindings to upstream accounts and an account
// group, model and client restrictions, every limit type, fixed expiry and activation on first use,
// icons (PNG and SVG data URLs), a few keys in the trash. Then `days` days of usage written with
// UsageSimulator: weekdays and working hours (in the service's time zone) are busier, several Claude,
// Gemini and OpenAI models over several accounts, and the newest 200 requests of every key as
// records. The cost rankings are what the service's rebuild leaves.
//
// Buckets the service keeps at most 14 days (hourly buckets, minute metrics, weekly cost periods) are
// written only when the service would still hold them. Daily and monthly buckets are kept for the
// whole history so that every range of every chart has data, although a real service keeps daily
// buckets 30-32 days; their TTLs count from the seeding.
//
// Deterministic for the same options: names, ids, settings and usage follow `seed`. Only the secrets
// differ between runs: each key gets a fresh random plaintext key that is hashed with the
// ENCRYPTION_KEY and then forgotten; no plaintext key is kept or shown.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Options
    {
        QDateTime now; // the newest request happens shortly before; invalid = the current time
        quint32 seed = 20250601;
        int days = 90; // of usage history
        int timezoneOffset = 8; // TIMEZONE_OFFSET as the service reads it
        QByteArray encryptionKey; // hashes the generated secrets; empty = generateEncryptionKey()
        QByteArray apiKeyPrefix = "cr_";
        int batchSize = 4000; // commands per pipeline
    };

    // What was written, for the status bar, the test and the log.
    struct Summary
    {
        int keys = 0; // apikey:{id} hashes, deleted ones included
        int deletedKeys = 0;
        int users = 0;
        int accounts = 0; // account records and groups
        qint64 requests = 0; // simulated requests
        qint64 commands = 0; // sent to Redis
        qint64 planMs = 0;
        qint64 writeMs = 0;
        QString error; // empty on success
    };

    // The commands, in batches to send in order. Pure apart from the random secrets.
    struct Plan
    {
        QList<QList<redis::Command>> batches;
        Summary summary;
    };

    // A random 32-character ENCRYPTION_KEY for one demo run (the service's key length). It lives in
    // memory only.
    static QByteArray generateEncryptionKey();

    static Plan plan(const Options& options);

    // Computes the plan in a worker thread, then sends its batches pipelined (at most two in flight)
    // and calls `done` on `context`'s thread. The database should be empty.
    static void seed(redis::Connection& connection, const Options& options, QObject* context,
                     std::function<void(const Summary& summary)> done);
};

} // namespace rka::relay
