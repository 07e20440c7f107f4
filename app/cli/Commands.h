#pragma once

#include "CliSession.h"

namespace rka::cli {

// One function per command; each returns the exit code. `args` are the positional arguments after
// the command name.
int runInfo(CliSession& s);
int runList(CliSession& s);
int runShow(CliSession& s, const QStringList& args);
int runLookup(CliSession& s, const QStringList& args);
int runTags(CliSession& s);
int runModels(CliSession& s);
int runUsers(CliSession& s);
int runAccounts(CliSession& s);
int runExport(CliSession& s);
int runDoctor(CliSession& s);

// A Redis command as one line, arguments with spaces JSON-quoted (doctor's repairs).
QString redisCommandText(const redis::Command& c);

} // namespace rka::cli
