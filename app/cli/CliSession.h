#pragma once

#include "relay/KeyListReader.h"
#include "relay/ServiceEnvironment.h"

#include "redis/Connection.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>

namespace rka::cli {

// Exit codes, listed in --help.
enum ExitCode {
    Ok = 0,
    NotFound = 1,
    UsageError = 2,
    ConnectionError = 3,
    CommandError = 4, // also: a write refused (--read-only, a read-only database, not applicable)
    FindingsFound = 5,
    Rejected = 6, // a write rejected by validation; nothing was written
    Conflict = 7, // another writer changed the same fields; nothing was written
    OutcomeUnknown = 8 // the connection failed after a write was sent
};

// Everything one run of the tool needs: the parsed options, the settings they name, the open
// connection and, once loaded, the key list. Waiting is fine here: this is a command line tool.
class CliSession
{
public:
    CliSession(QCommandLineParser& parser, QTextStream& out, QTextStream& err);

    // Builds settings from defaults <- --env-file <- environment <- options. False: a usage error was
    // printed.
    bool configure(const QHash<QString, QString>& environment);
    bool connect(); // prints the error and returns false when it cannot
    bool loadKeys(); // the whole list with stats; prints the error on failure

    // Runs the event loop until `start` calls its argument.
    static void wait(const std::function<void(std::function<void()> done)>& start);

    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    bool allowWrites = false; // set before configure(): a write command without --read-only
    relay::ServiceEnvironment settings;
    QDateTime now; // --now, or the clock
    bool json = false;
    std::unique_ptr<redis::Connection> connection;
    std::unique_ptr<relay::KeyListReader> reader;

    void error(const QString& message) const;
    const relay::KeyEntry* findKey(const QString& idOrName, QString* problem) const;
};

} // namespace rka::cli
