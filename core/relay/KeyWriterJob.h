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

} // namespace rka::relay
