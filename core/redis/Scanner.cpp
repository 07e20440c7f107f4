#include "Scanner.h"

#include <QSet>

#include <memory>

namespace rka::redis {

namespace {

struct ScanState
{
    QList<QByteArray> patterns;
    int count = 0;
    QList<QByteArray> cursors; // "0" at the start; empty once a pattern is done
    QList<QList<QByteArray>> keys;
    QList<QSet<QByteArray>> seen;
    QPointer<QObject> context;
    bool hadContext = false;
    ScanCallback callback;
};

void step(Connection& connection, const std::shared_ptr<ScanState>& state)
{
    if (state->hadContext && !state->context)
        return; // the caller is gone
    QList<Command> commands;
    QList<int> which;
    for (int i = 0; i < state->patterns.size(); ++i) {
        if (state->cursors.at(i).isEmpty())
            continue;
        commands.append({"SCAN", state->cursors.at(i), "MATCH", state->patterns.at(i), "COUNT",
                         QByteArray::number(state->count)});
        which.append(i);
    }
    if (commands.isEmpty()) {
        state->callback(state->keys, {});
        return;
    }
    QPointer<Connection> conn(&connection);
    connection.pipeline(
        commands, state->context, [conn, state, which](const QList<Reply>& replies, const RedisError& error) {
            if (error) {
                state->callback({}, error);
                return;
            }
            for (int j = 0; j < which.size(); ++j) {
                const int i = which.at(j);
                const Reply& r = replies.at(j);
                if (r.isError() || r.size() != 2 || !r.at(1).isArray()) {
                    state->callback({},
                                    {RedisError::Code::ServerError,
                                     r.isError() ? r.text() : QStringLiteral("unexpected SCAN reply")});
                    return;
                }
                const QByteArray next = r.at(0).bytes();
                state->cursors[i] = next == "0" ? QByteArray() : next;
                for (const Reply& k : r.at(1).elements()) {
                    if (!state->seen[i].contains(k.bytes())) {
                        state->seen[i].insert(k.bytes());
                        state->keys[i].append(k.bytes());
                    }
                }
            }
            if (!conn) {
                state->callback({}, {RedisError::Code::Cancelled, QString()});
                return;
            }
            step(*conn, state);
        });
}

} // namespace

void scanKeys(Connection& connection, const ScanRequest& request, QObject* context, ScanCallback callback)
{
    auto state = std::make_shared<ScanState>();
    state->patterns = request.patterns;
    state->count = request.count;
    state->cursors = QList<QByteArray>(request.patterns.size(), "0");
    state->keys.resize(request.patterns.size());
    state->seen.resize(request.patterns.size());
    state->context = context;
    state->hadContext = context != nullptr;
    state->callback = std::move(callback);
    step(connection, state);
}

} // namespace rka::redis
