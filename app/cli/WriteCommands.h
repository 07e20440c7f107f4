#pragma once

#include "CliSession.h"

namespace rka::cli {

// The commands that change keys: create, batch-create, update, enable, disable, set-expiry, activate,
// renew, regenerate, delete, restore, purge, clear-trash, tag-rename, tag-delete, and doctor --fix.
QStringList writeCommandNames();
bool isWriteCommand(const QString& command, const QCommandLineParser& parser);

// Checks the arguments and options (usage errors before connecting), refuses under --read-only,
// then connects, loads the keys, runs the write through relay::KeyWriter and prints its result.
// Returns the exit code.
int runWrite(CliSession& s, const QString& command, const QStringList& args);

} // namespace rka::cli
