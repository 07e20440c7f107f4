#pragma once

// KeyWriter's internal job record, shared by its two source files.

#include "KeyWriter.h"

namespace rka::relay {

struct KeyWriter::Job
{
    QString operation;
    QList<QByteArray> ids; // read with HGETALL and watched
    QList<QByteArray> extraWatch;
    // Optional work before each attempt (SCANs); calls `done` with an error or none.
    std::function<void(std::function<void(const redis::RedisError&)> done)> prepare;
    std::function<KeyOperations::PlanOrError(const QList<ApiKey>& current,
                                             const QHash<QString, qint64>& tagMembers)>
        decide;
    Callback callback;
    int attempt = 0;
    std::optional<WriteResult> stashed; // decide's answer when there is nothing to send
    std::optional<WritePlan> plan;
    bool retryForTags = false;
};

// A write that stopped before its MULTI/EXEC was sent (the connection failed while reading, scanning or
// preparing, or the transaction was refused as a whole): nothing reached Redis, and the message says so.
inline WriteResult nothingWritten(const redis::RedisError& error)
{
    return WriteResult::failure(error.code == redis::RedisError::Code::ReadOnlyRefused ? WriteStatus::Refused
                                                                                       : WriteStatus::Failed,
                                KeyWriter::tr("%1 Nothing was written.").arg(error.message));
}

} // namespace rka::relay
