#include "ServerSummary.h"

namespace rka::redis {

void fetchServerSummary(Connection& connection, QObject* context,
                        std::function<void(const ServerSummary&, const RedisError&)> callback)
{
    ServerSummary summary;
    summary.version = connection.serverVersion();
    summary.mode = connection.serverMode();
    connection.pipeline({{"DBSIZE"}, {"INFO", "memory"}}, context,
                        [summary, callback](const QList<Reply>& replies, const RedisError& error) mutable {
                            if (error) {
                                callback(summary, error);
                                return;
                            }
                            if (replies.at(0).isError()) {
                                callback(summary, {RedisError::Code::ServerError, replies.at(0).text()});
                                return;
                            }
                            summary.keyCount = replies.at(0).integer();
                            for (const QByteArray& line : replies.at(1).bytes().split('\n'))
                                if (line.startsWith("used_memory:"))
                                    summary.usedMemoryBytes = line.mid(12).trimmed().toLongLong();
                            callback(summary, {});
                        });
}

} // namespace rka::redis
