#pragma once

#include <QByteArray>
#include <QList>

namespace rka::redis {

// Classifies commands as read or write. Unknown commands count as writes, so a read-only
// connection refuses anything it does not know to be harmless.
class CommandPolicy
{
public:
    enum class Kind { Read, Write, Transaction, Connection };

    static Kind classify(const QByteArray& commandName);
    static bool isWrite(const QByteArray& commandName) { return classify(commandName) == Kind::Write; }
    // Whether the command's arguments are secret (AUTH, HELLO ... AUTH, CONFIG SET requirepass).
    static bool hasSecretArguments(const QList<QByteArray>& argv);
    // Index of the first key argument, or -1 when the command names no key.
    static int firstKeyIndex(const QByteArray& commandName);
};

} // namespace rka::redis
