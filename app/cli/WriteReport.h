#pragma once

#include "CliSession.h"

#include "relay/KeyWrite.h"

namespace rka::cli {

// How one write command talks to the user: the confirmation of destructive commands, and the result
// as text or JSON with its exit code. A plaintext API key goes to standard output exactly once and
// nowhere else.
class WriteReport
{
public:
    WriteReport(CliSession& session, QString command);

    // The names of the keys being created or regenerated, in the order of the result's ids.
    void setNames(const QStringList& names) { m_names = names; }
    // The message to print when the result has none (nothing to do).
    void note(const QString& message) { m_note = message; }

    // Prints what will be removed, then asks to type "yes" on a terminal. --yes skips the question;
    // without a terminal and without --yes it refuses (*code = UsageError). False: do not go on.
    bool confirm(const QStringList& preview, const QString& question, int* code);

    // Prints the result and returns the exit code.
    int finish(const relay::WriteResult& result);

    static int exitCode(relay::WriteStatus status);

private:
    QString optionFor(relay::ApiKeyField field) const;

    CliSession& m_s;
    QString m_command;
    QStringList m_names;
    QString m_note;
};

} // namespace rka::cli
