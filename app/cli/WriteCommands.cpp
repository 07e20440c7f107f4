#include "WriteCommands.h"
#include "CliText.h"

#include "Commands.h"
#include "KeyOptions.h"
#include "WriteReport.h"

#include "relay/HealthCheck.h"
#include "relay/KeyWriter.h"
#include "relay/PurgePreview.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rka::cli {

namespace {

// What the arguments and options of one write ask for, checked before connecting.
struct Request
{
    QString command;
    QStringList args;
    KeyEdits edits;
    std::optional<std::optional<QDateTime>> expiry; // set-expiry
    qint64 seconds = 0; // renew --by
    int count = 0; // batch-create
    QString baseName;
    relay::DataModel emptyModel = relay::DataModel::Release1_1_302;
};

bool usage(CliSession& s, const QString& message)
{
    s.error(message);
    return false;
}

bool checkArguments(CliSession& s, Request& r)
{
    const QCommandLineParser& p = s.parser;
    const QString& c = r.command;
    static const QStringList noArgs = {u"create"_s, u"batch-create"_s, u"clear-trash"_s, u"doctor"_s};
    static const QStringList oneArg = {u"update"_s, u"set-expiry"_s, u"activate"_s,
                                       u"renew"_s,  u"regenerate"_s, u"tag-delete"_s};
    if (noArgs.contains(c) && !r.args.isEmpty())
        return usage(s, Cli::tr("%1 takes no arguments, but got \"%2\".").arg(c, r.args.first()));
    if (oneArg.contains(c) && r.args.size() != 1)
        return usage(
            s, Cli::tr("%1 takes exactly one argument (a key id or name; a tag for tag-delete).").arg(c));
    if (c == u"tag-rename"_s && r.args.size() != 2)
        return usage(s, Cli::tr("tag-rename takes two arguments: the old and the new tag name."));
    if (r.args.isEmpty() && !noArgs.contains(c))
        return usage(s, Cli::tr("%1 needs one or more key ids or names.").arg(c));
    if (!parseEmptyRelease(s, &r.emptyModel) || !parseKeyEdits(s, &r.edits))
        return false;
    const bool editing = c == u"create"_s || c == u"batch-create"_s || c == u"update"_s;
    if (!editing) {
        KeyEdits other = r.edits;
        if (c == u"set-expiry"_s)
            other.set.removeIf([](const auto& e) { return e.first == relay::ApiKeyField::ExpiresAt; });
        if (!other.isEmpty())
            return usage(s, Cli::tr("the key field options apply only to create, batch-create and update."));
    }
    if (c == u"create"_s && !p.isSet(u"name"_s))
        return usage(s, Cli::tr("create needs --name."));
    if (c == u"batch-create"_s) {
        if (p.isSet(u"name"_s))
            return usage(s, Cli::tr("batch-create names its keys after --base-name; --name does not apply."));
        if (!p.isSet(u"base-name"_s) || !p.isSet(u"count"_s))
            return usage(s, Cli::tr("batch-create needs --base-name and --count."));
        bool ok = false;
        r.count = p.value(u"count"_s).trimmed().toInt(&ok);
        if (!ok)
            return usage(s,
                         Cli::tr("--count must be a whole number, but got \"%1\".").arg(p.value(u"count"_s)));
        r.baseName = p.value(u"base-name"_s);
    }
    if (c == u"update"_s && r.edits.isEmpty())
        return usage(
            s, Cli::tr("update needs at least one field option, such as --name or --daily-cost-limit."));
    if (c == u"set-expiry"_s) {
        if (!parseExpiry(s, &r.expiry))
            return false;
        if (!r.expiry)
            return usage(s, Cli::tr("set-expiry needs --expires-at, --expires-in or --never-expires."));
    }
    if (c == u"renew"_s) {
        if (!parseDuration(p.value(u"by"_s), &r.seconds) || r.seconds <= 0)
            return usage(s, Cli::tr("renew needs --by with a positive duration such as 30d, 12h or 90m."));
    }
    if (c == u"doctor"_s && !p.isSet(u"fix"_s))
        return usage(s, Cli::tr("doctor without --fix only reads."));
    if (p.isSet(u"operator"_s) && p.value(u"operator"_s).trimmed().isEmpty())
        return usage(s, Cli::tr("--operator must not be empty."));
    return true;
}

QString defaultOperator()
{
    for (const char* variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"admin"_s;
}

// --owner: a user id or user name; "admin" gives the key back to the admin (section 10).
bool applyOwner(CliSession& s, const KeyEdits& edits, relay::ApiKey& key, int* code)
{
    using F = relay::ApiKeyField;
    if (!edits.owner)
        return true;
    const QString& owner = *edits.owner;
    if (owner == u"admin"_s) {
        key.setRaw(F::UserId, "");
        key.setRaw(F::UserUsername, "");
        key.setRaw(F::CreatedBy, "admin");
        return true;
    }
    for (const relay::User& u : s.reader->users().all()) {
        if (u.malformed || (u.id != owner && u.username != owner))
            continue;
        key.setRaw(F::UserId, u.id.toUtf8());
        key.setRaw(F::UserUsername, u.username.toUtf8());
        key.setRaw(F::CreatedBy, u.username.toUtf8());
        return true;
    }
    s.error(Cli::tr("--owner: no user has the id or name \"%1\".").arg(owner));
    *code = NotFound;
    return false;
}

// Resolves ids or names; duplicates are dropped.
bool resolveKeys(CliSession& s, const QStringList& args, QList<const relay::KeyEntry*>* entries)
{
    for (const QString& a : args) {
        QString problem;
        const relay::KeyEntry* e = s.findKey(a, &problem);
        if (!e) {
            s.error(problem);
            return false;
        }
        if (!entries->contains(e))
            entries->append(e);
    }
    return true;
}

QList<QByteArray> idsOf(const QList<const relay::KeyEntry*>& entries)
{
    QList<QByteArray> ids;
    for (const relay::KeyEntry* e : entries)
        ids.append(e->id);
    return ids;
}

QString label(const relay::KeyEntry& e)
{
    return Cli::tr("\"%1\" (%2)").arg(e.key.name(), QString::fromUtf8(e.id));
}

relay::WriteResult execute(const std::function<void(relay::KeyWriter::Callback)>& operation)
{
    relay::WriteResult result;
    CliSession::wait([&](std::function<void()> done) {
        operation([&result, done](const relay::WriteResult& r) {
            result = r;
            done();
        });
    });
    return result;
}

bool hasTag(const relay::ApiKey& key, const QString& tag)
{
    for (const QString& t : key.serviceStringList(relay::ApiKeyField::Tags))
        if (t.trimmed() == tag.trimmed())
            return true;
    return false;
}

// What a permanent delete removes, per key: its name, id and the number of Redis keys that go with it
// (PurgePreview, the same SCAN the purge runs), then the total.
bool purgePreview(CliSession& s, const QList<relay::KeyEntry>& entries, QStringList* preview)
{
    QList<relay::PurgePreviewItem> items;
    redis::RedisError error;
    CliSession::wait([&](std::function<void()> done) {
        relay::PurgePreview::load(
            *s.connection, entries, nullptr,
            [&, done](const QList<relay::PurgePreviewItem>& i, const redis::RedisError& e) {
                items = i;
                error = e;
                done();
            });
    });
    if (error) {
        s.error(Cli::tr("Cannot list what would be removed: %1 Nothing was removed.").arg(error.message));
        return false;
    }
    *preview = relay::PurgePreview::describe(items, false);
    *preview << Cli::tr("In all %n Redis key(s) are deleted, and the keys' entries in apikey:hash_map, the "
                        "cost rankings and, where there is one, the key index are removed.",
                        nullptr, relay::PurgePreview::totalRedisKeys(items));
    return true;
}

int runDoctorFix(CliSession& s, relay::KeyWriter& writer, WriteReport& report)
{
    relay::HealthCheck check(*s.connection);
    redis::RedisError failure;
    CliSession::wait([&](std::function<void()> done) {
        QObject::connect(&check, &relay::HealthCheck::finished, [&failure, done](const redis::RedisError& e) {
            failure = e;
            done();
        });
        check.start(s.reader->keys(), s.reader->release());
    });
    if (failure) {
        s.error(failure.message);
        return CommandError;
    }
    QStringList preview;
    int repairable = 0;
    for (const relay::HealthFinding& f : check.findings()) {
        if (!f.hasRepair())
            continue;
        ++repairable;
        QString line = u"["_s + relay::HealthText::severityName(f.severity) + u"] "_s +
            relay::HealthText::kindTitle(f.kind);
        if (!f.keyName.isEmpty() || !f.keyId.isEmpty())
            line += u" — "_s + (f.keyName.isEmpty() ? QString::fromUtf8(f.keyId) : f.keyName);
        preview << line;
        for (const redis::Command& c : f.repair)
            preview << u"    "_s + redisCommandText(c);
    }
    if (repairable == 0) {
        report.note(Cli::tr("Nothing to repair: %1").arg(check.summary()));
        return report.finish(relay::WriteResult());
    }
    int code = Ok;
    if (!report.confirm(preview, Cli::tr("Run these %n repair(s)?", nullptr, repairable), &code))
        return code;
    return report.finish(execute([&](auto cb) { writer.repair(check.findings(), cb); }));
}

} // namespace

QStringList writeCommandNames()
{
    return {u"create"_s,     u"batch-create"_s, u"update"_s,      u"enable"_s,     u"disable"_s,
            u"set-expiry"_s, u"activate"_s,     u"renew"_s,       u"regenerate"_s, u"delete"_s,
            u"restore"_s,    u"purge"_s,        u"clear-trash"_s, u"tag-rename"_s, u"tag-delete"_s};
}

bool isWriteCommand(const QString& command, const QCommandLineParser& parser)
{
    return writeCommandNames().contains(command) || (command == u"doctor"_s && parser.isSet(u"fix"_s));
}

int runWrite(CliSession& s, const QString& command, const QStringList& args)
{
    Request r;
    r.command = command;
    r.args = args;
    if (!checkArguments(s, r))
        return UsageError;
    if (s.parser.isSet(u"read-only"_s)) {
        s.error(Cli::tr("--read-only: refusing to run \"%1\", which writes; nothing was sent to Redis.")
                    .arg(command == u"doctor"_s ? u"doctor --fix"_s : command));
        return CommandError;
    }
    // Batch create's count is checked here, so a wrong count is said before anything is read.
    if (command == u"batch-create"_s) {
        const auto countIssues = [](const QList<relay::ValidationIssue>& all,
                                    const QList<relay::ValidationIssue>& nameOnly) {
            QStringList m;
            for (const relay::ValidationIssue& i : all)
                if (!i.warning && !std::any_of(nameOnly.begin(), nameOnly.end(), [&i](const auto& n) {
                        return n.message == i.message;
                    }))
                    m << i.message;
            return m;
        };
        const QStringList problems = countIssues(
            relay::KeyValidator::validateBatchCreate(r.baseName, r.count),
            relay::KeyValidator::validateBatchCreate(r.baseName, relay::KeyValidator::MinBatchCount));
        for (const QString& m : problems)
            s.err << u"--count: "_s << m << Qt::endl;
        if (!problems.isEmpty())
            return Rejected;
    }
    // The create route rejects an explicit window or request count below 1 (11.3); the stored "0"
    // that means "not set" cannot tell, so the explicit option is checked here.
    if (command == u"create"_s) {
        bool rejected = false;
        for (const auto& [option, message] :
             {std::pair {u"rate-limit-window"_s,
                         Cli::tr("Rate limit window must be a positive integer (minutes)")},
              std::pair {u"rate-limit-requests"_s,
                         Cli::tr("Rate limit requests must be a positive integer")}}) {
            if (s.parser.isSet(option) && s.parser.value(option).trimmed().toLongLong() == 0) {
                s.err << u"--"_s << option << u": "_s << message << Qt::endl;
                rejected = true;
            }
        }
        if (rejected)
            return Rejected;
    }
    if (!s.connect())
        return ConnectionError;
    if (!s.loadKeys())
        return CommandError;

    relay::WriteTarget target =
        relay::WriteTarget::fromDetection(s.reader->release(), s.reader->markers(), r.emptyModel);
    target.service = s.settings.service;
    target.operatorName =
        s.parser.isSet(u"operator"_s) ? s.parser.value(u"operator"_s).trimmed() : defaultOperator();
    target.profile = u"cli"_s;
    support::AuditLog audit(s.parser.isSet(u"audit-log"_s) ? s.parser.value(u"audit-log"_s)
                                                           : support::AuditLog::defaultPath());
    target.audit = &audit;
    relay::KeyWriter writer(*s.connection, target);
    WriteReport report(s, command);
    int code = Ok;

    if (command == u"doctor"_s)
        return runDoctorFix(s, writer, report);
    if (command == u"create"_s || command == u"batch-create"_s) {
        relay::ApiKey settings;
        r.edits.applyTo(settings);
        if (!applyOwner(s, r.edits, settings, &code))
            return code;
        if (command == u"create"_s) {
            report.setNames({settings.name()});
            return report.finish(execute([&](auto cb) { writer.create(settings, cb); }));
        }
        QStringList names;
        for (int i = 1; i <= r.count; ++i)
            names << r.baseName + u'_' + QString::number(i);
        report.setNames(names);
        return report.finish(
            execute([&](auto cb) { writer.createBatch(settings, r.baseName, r.count, cb); }));
    }
    if (command == u"clear-trash"_s) {
        QList<relay::KeyEntry> trash;
        for (const relay::KeyEntry& e : s.reader->keys())
            if (e.key.isDeleted())
                trash << e;
        if (trash.isEmpty()) {
            report.note(Cli::tr("The trash is empty."));
            return report.finish(relay::WriteResult());
        }
        QStringList preview;
        if (!purgePreview(s, trash, &preview))
            return CommandError;
        if (!report.confirm(preview,
                            Cli::tr("Delete these %n key(s) and all their usage data permanently?", nullptr,
                                    int(trash.size())),
                            &code))
            return code;
        // Exactly the keys listed: a key deleted or restored meanwhile is not silently included.
        QList<QByteArray> trashIds;
        for (const relay::KeyEntry& e : std::as_const(trash))
            trashIds << e.id;
        return report.finish(execute([&](auto cb) { writer.purge(trashIds, cb); }));
    }
    if (command == u"tag-rename"_s)
        return report.finish(execute([&](auto cb) { writer.renameTag(args.at(0), args.at(1), cb); }));
    if (command == u"tag-delete"_s) {
        QStringList preview;
        for (const relay::KeyEntry& e : s.reader->keys())
            if (!e.key.isDeleted() && hasTag(e.key, args.first()))
                preview << label(e);
        if (!preview.isEmpty() &&
            !report.confirm(
                preview,
                Cli::tr("Remove the tag \"%1\" from these %n key(s)?", nullptr, int(preview.size()))
                    .arg(args.first()),
                &code))
            return code;
        return report.finish(execute([&](auto cb) { writer.deleteTag(args.first(), cb); }));
    }

    // The rest work on keys named by id or name.
    QList<const relay::KeyEntry*> entries;
    if (!resolveKeys(s, args, &entries))
        return NotFound;
    const QList<QByteArray> ids = idsOf(entries);
    const QByteArray id = ids.first();
    if (command == u"update"_s) {
        const relay::ApiKey base = entries.first()->key;
        relay::ApiKey edited = base;
        r.edits.applyTo(edited);
        if (!applyOwner(s, r.edits, edited, &code))
            return code;
        const bool keepMine = s.parser.isSet(u"keep-mine"_s);
        return report.finish(execute([&](auto cb) { writer.update(id, base, edited, keepMine, cb); }));
    }
    if (command == u"enable"_s || command == u"disable"_s) {
        const bool active = command == u"enable"_s;
        return report.finish(execute([&](auto cb) { writer.setActive(ids, active, cb); }));
    }
    if (command == u"set-expiry"_s) {
        const bool enable = s.parser.isSet(u"enable"_s);
        return report.finish(execute([&](auto cb) { writer.setExpiry(id, *r.expiry, enable, cb); }));
    }
    if (command == u"activate"_s)
        return report.finish(execute([&](auto cb) { writer.activate(id, cb); }));
    if (command == u"renew"_s)
        return report.finish(execute([&](auto cb) { writer.renew(id, r.seconds, cb); }));
    if (command == u"regenerate"_s) {
        report.setNames({entries.first()->key.name()});
        return report.finish(execute([&](auto cb) { writer.regenerate(id, cb); }));
    }
    if (command == u"delete"_s)
        return report.finish(execute([&](auto cb) { writer.softDelete(ids, cb); }));
    if (command == u"restore"_s)
        return report.finish(execute([&](auto cb) { writer.restore(ids, cb); }));
    if (command == u"purge"_s) {
        QList<relay::KeyEntry> doomed;
        for (const relay::KeyEntry* e : std::as_const(entries)) {
            if (!e->key.isDeleted()) {
                s.error(
                    Cli::tr("%1 is not in the trash; delete it first. Nothing was removed.").arg(label(*e)));
                return CommandError;
            }
            doomed << *e;
        }
        QStringList preview;
        if (!purgePreview(s, doomed, &preview))
            return CommandError;
        if (!report.confirm(preview,
                            Cli::tr("Delete these %n key(s) and all their usage data permanently?", nullptr,
                                    int(doomed.size())),
                            &code))
            return code;
        return report.finish(execute([&](auto cb) { writer.purge(ids, cb); }));
    }
    s.error(Cli::tr("unknown command \"%1\"; see --help.").arg(command));
    return UsageError;
}

} // namespace rka::cli
