#pragma once

#include "CliSession.h"

#include "relay/ApiKey.h"
#include "relay/ServiceRelease.h"

#include <QCommandLineOption>

#include <optional>

namespace rka::cli {

// The options of the write commands: one per key field, in kebab-case, plus the options that steer
// a write (--yes, --operator, --audit-log, ...).
QList<QCommandLineOption> writeOptions();

// What the field options of one run ask for, as stored values (the service's encodings). An option
// that was not given leaves its field alone.
struct KeyEdits
{
    QList<std::pair<relay::ApiKeyField, QByteArray>> set;
    std::optional<QString> owner; // --owner: a user id or name, resolved once the users are loaded

    bool isEmpty() const { return set.isEmpty() && !owner; }
    void applyTo(relay::ApiKey& key) const;
};

// Parses every field option given. False: a usage error was printed.
bool parseKeyEdits(CliSession& s, KeyEdits* edits);
// --expires-at / --expires-in / --never-expires: nullopt when none is given; an inner nullopt means
// "never". False: a usage error was printed.
bool parseExpiry(CliSession& s, std::optional<std::optional<QDateTime>>* expiry);
// "30d", "12h", "90m" in seconds; `units` lists the units allowed. False when it does not parse.
bool parseDuration(const QString& text, qint64* seconds, const QString& units = QStringLiteral("dhm"));
// --release: which release to write for when the database is empty. False: a usage error was printed.
bool parseEmptyRelease(CliSession& s, relay::DataModel* model);

// The option that sets a field, for messages ("--daily-cost-limit: ...").
QString optionForField(relay::ApiKeyField field);

} // namespace rka::cli
