#pragma once

#include <QString>

namespace rka::redis {

// Why a command did not produce a reply from the server. Messages are translated and meant for the
// user: they say what happened and, where possible, what to do.
struct RedisError
{
    enum class Code {
        None,
        ServerError, // the server answered with an error reply (message = its text)
        NotConnected, // no connection is open; nothing was sent
        ConnectionLost, // a read was in flight when the connection closed
        WriteOutcomeUnknown, // a write was sent but no reply came: it may or may not have happened
        Timeout, // no reply within the command timeout; the connection was reset
        ReadOnlyRefused, // a write on a read-only connection; nothing was sent
        TransactionAborted, // EXEC returned nil: a WATCHed key changed
        Protocol, // the server sent bytes that are not RESP
        Cancelled, // the caller cancelled or closed before a reply arrived
        Configuration, // the settings cannot be used (unreadable CA file, ...); nothing was sent
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace rka::redis
