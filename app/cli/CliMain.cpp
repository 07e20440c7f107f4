// relay-key-admin-cli: the command line tool. Thin: parse arguments, run one command, exit.

#include "CliSession.h"
#include "CliText.h"
#include "Commands.h"
#include "KeyOptions.h"
#include "WriteCommands.h"

#include "relay/ServiceEnvironment.h"
#include "support/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using rka::cli::Cli;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relay-key-admin-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(RKA_VERSION));

    // The language before anything is printed (the help text too): --lang, else the system's.
    using rka::support::Translations;
    bool knownLanguage = true;
    const QString language = Translations::optionValue(app.arguments(), u"lang"_s);
    Translations::install(Translations::normalize(language, &knownLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Reads and manages the API keys of a claude-relay-service deployment in its Redis.\n\n"
        "Commands that read:\n"
        "  info              the server, the number of keys and the service release the data follows\n"
        "  list              every key with its status, costs, usage and last account\n"
        "  show ID|NAME      one key: every setting, its numbers, malformed fields, recent requests\n"
        "  lookup [KEY|-]    the key a plaintext API key belongs to (read from standard input by default)\n"
        "  tags              tags with the number of keys carrying them\n"
        "  models            models seen in the usage data\n"
        "  users             the service's users\n"
        "  accounts          upstream accounts of every type\n"
        "  export            all keys with their numbers, as CSV or JSON (--format)\n"
        "  doctor            what the service left inconsistent, with the repair for each finding\n\n"
        "Commands that write (ID is a key id or a unique name; --read-only refuses them all):\n"
        "  create --name N [field options]       a new key; prints its id and the API key once\n"
        "  batch-create --base-name B --count C  C keys named B_1 ... B_C, in one transaction\n"
        "  update ID [field options]    changes exactly the fields given\n"
        "  enable ID...  |  disable ID...\n"
        "  set-expiry ID --expires-at T|--expires-in 30d|--never-expires [--enable]\n"
        "  activate ID                  start an activation-mode key's period now\n"
        "  renew ID --by 30d            move the expiry further\n"
        "  regenerate ID                a new API key for the key; prints it once\n"
        "  delete ID...  |  restore ID...   move to / back from the trash\n"
        "  purge ID...                  delete keys in the trash permanently, with their usage data\n"
        "  clear-trash                  purge every key in the trash\n"
        "  tag-rename OLD NEW  |  tag-delete TAG\n"
        "  doctor --fix                 run the repairs the health check proposes\n"
        "purge, clear-trash, tag-delete and doctor --fix show what they will change and ask to type "
        "\"yes\"; --yes skips the question (without a terminal it is required).\n\n"
        "The connection and the service settings come from, in increasing priority: the service's .env file "
        "(--env-file), the environment variables REDIS_HOST, REDIS_PORT, REDIS_USERNAME, REDIS_PASSWORD, "
        "REDIS_DB, REDIS_ENABLE_TLS, ENCRYPTION_KEY, API_KEY_PREFIX, TIMEZONE_OFFSET, and the options below. "
        "Secrets (the password, ENCRYPTION_KEY) are never taken from options, where other users could see "
        "them.\n\n"
        "Exit codes: 0 success, 1 not found, 2 bad arguments (also: confirmation needed), 3 cannot "
        "connect, 4 the command failed or the write was refused (--read-only, a read-only database), "
        "5 doctor found errors or warnings, 6 the write was rejected by validation (one message per "
        "option on standard error), 7 conflict with another writer, 8 the connection failed after a "
        "write was sent (it may or may not have been applied)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"host"_s, Cli::tr("Redis host (default 127.0.0.1)."), Cli::tr("host")},
        {u"port"_s, Cli::tr("Redis port (default 6379)."), Cli::tr("port")},
        {u"user"_s, Cli::tr("Redis ACL user name."), Cli::tr("name")},
        {u"db"_s, Cli::tr("Database number (default 0)."), Cli::tr("number")},
        {u"tls"_s, Cli::tr("Connect with TLS.")},
        {u"tls-ca"_s, Cli::tr("CA certificate file (PEM)."), Cli::tr("file")},
        {u"tls-cert"_s, Cli::tr("Client certificate file (PEM)."), Cli::tr("file")},
        {u"tls-key"_s, Cli::tr("Client key file (PEM)."), Cli::tr("file")},
        {u"tls-server-name"_s, Cli::tr("Name to verify in the server's certificate."), Cli::tr("name")},
        {u"timeout"_s, Cli::tr("Connect and command timeout in seconds (default 15)."), Cli::tr("seconds")},
        {u"env-file"_s, Cli::tr("The service's .env file."), Cli::tr("file")},
        {u"timezone-offset"_s, Cli::tr("The service's TIMEZONE_OFFSET in hours (default 8)."),
         Cli::tr("hours")},
        {u"now"_s, Cli::tr("Evaluate \"today\", expiry and windows at this ISO time instead of now."),
         Cli::tr("time")},
        {u"json"_s, Cli::tr("Print JSON instead of text.")},
        {u"include-deleted"_s, Cli::tr("list, export: include keys in the trash.")},
        {u"format"_s, Cli::tr("export: csv or json."), Cli::tr("format")},
        {u"output"_s, Cli::tr("export: write to this file instead of standard output."), Cli::tr("file")},
        {u"lang"_s,
         Cli::tr("Language of the messages: %1 (default: the system's).")
             .arg(Translations::available().join(u", "_s)),
         Cli::tr("language")},
    });
    parser.addOptions(rka::cli::writeOptions());
    parser.addPositionalArgument(u"command"_s, Cli::tr("The command to run (see above)."));

    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "relay-key-admin-cli: %s\n", qPrintable(parser.errorText()));
        return rka::cli::UsageError;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!knownLanguage) {
        std::fprintf(stderr, "relay-key-admin-cli: %s\n",
                     qPrintable(Cli::tr("unknown language \"%1\"; available: %2.")
                                    .arg(language, Translations::available().join(u", "_s))));
        return rka::cli::UsageError;
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    rka::cli::CliSession session(parser, out, err);
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        session.error(Cli::tr("no command given; see --help."));
        return rka::cli::UsageError;
    }
    const QString command = args.takeFirst();
    static const QStringList noArguments = {u"info"_s,  u"list"_s,     u"tags"_s,   u"models"_s,
                                            u"users"_s, u"accounts"_s, u"export"_s, u"doctor"_s};
    static const QStringList known =
        noArguments + QStringList {u"show"_s, u"lookup"_s} + rka::cli::writeCommandNames();
    const bool writes = rka::cli::isWriteCommand(command, parser);
    if (!known.contains(command)) {
        session.error(Cli::tr("unknown command \"%1\"; see --help.").arg(command));
        return rka::cli::UsageError;
    }
    if (!writes && noArguments.contains(command) && !args.isEmpty()) {
        session.error(Cli::tr("%1 takes no arguments, but got \"%2\".").arg(command, args.first()));
        return rka::cli::UsageError;
    }
    session.allowWrites = writes;
    if (!session.configure(rka::relay::ServiceEnvironment::processEnvironment()))
        return rka::cli::UsageError;

    using namespace rka::cli;
    int code = UsageError;
    if (writes)
        code = runWrite(session, command, args);
    else if (command == u"info"_s)
        code = runInfo(session);
    else if (command == u"list"_s)
        code = runList(session);
    else if (command == u"show"_s)
        code = runShow(session, args);
    else if (command == u"lookup"_s)
        code = runLookup(session, args);
    else if (command == u"tags"_s)
        code = runTags(session);
    else if (command == u"models"_s)
        code = runModels(session);
    else if (command == u"users"_s)
        code = runUsers(session);
    else if (command == u"accounts"_s)
        code = runAccounts(session);
    else if (command == u"export"_s)
        code = runExport(session);
    else if (command == u"doctor"_s)
        code = runDoctor(session);
    out.flush();
    err.flush();
    if (session.connection)
        session.connection->close();
    return code;
}
