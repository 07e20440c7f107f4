#include "Commands.h"
#include "CliText.h"

#include "TextTable.h"

#include "relay/HealthCheck.h"
#include "relay/KeyAggregates.h"
#include "relay/KeyExport.h"
#include "relay/KeyLookup.h"
#include "relay/KeyStatus.h"
#include "relay/ServiceView.h"
#include "relay/UsageRecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rka::cli {

namespace {

// Cents for ordinary amounts; small amounts keep their significant digits ($0.000063).
QString money(double v)
{
    if (v == 0 || std::abs(v) >= 0.01)
        return u"$"_s + QString::number(v, 'f', 2);
    QString s = QString::number(v, 'f', 6);
    while (s.endsWith(u'0'))
        s.chop(1);
    return u"$"_s + s;
}

void printJson(CliSession& s, const QJsonDocument& doc)
{
    s.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString shortTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u"Z"_s : iso;
}

} // namespace

QString redisCommandText(const redis::Command& c)
{
    QStringList parts;
    for (const QByteArray& a : c)
        parts << (a.contains(' ') || a.contains('\0') || a.isEmpty()
                      ? QString::fromUtf8(
                            QJsonDocument(QJsonArray {QString::fromUtf8(a)}).toJson(QJsonDocument::Compact))
                            .mid(1)
                            .chopped(1)
                      : QString::fromUtf8(a));
    return parts.join(u' ');
}

int runInfo(CliSession& s)
{
    if (!s.connect() || !s.loadKeys())
        return s.connection && s.connection->isReady() ? CommandError : ConnectionError;
    const relay::ReleaseDetection& r = s.reader->release();
    int deleted = 0;
    for (const relay::KeyEntry& e : s.reader->keys())
        deleted += e.key.isDeleted() ? 1 : 0;
    const qsizetype total = s.reader->keys().size();
    if (s.json) {
        QJsonObject o {{u"server"_s, s.settings.connection.endpoint()},
                       {u"redisVersion"_s, s.connection->serverVersion()},
                       {u"database"_s, s.settings.connection.database},
                       {u"apiKeys"_s, double(total - deleted)},
                       {u"deletedApiKeys"_s, deleted},
                       {u"release"_s, relay::dataModelName(r.model)},
                       {u"empty"_s, r.empty},
                       {u"writable"_s, r.writable()},
                       {u"problem"_s, r.problem},
                       {u"evidence"_s, QJsonArray::fromStringList(r.evidence)},
                       {u"accounts"_s, double(s.reader->accounts().size())}};
        printJson(s, QJsonDocument(o));
        return Ok;
    }
    s.out << Cli::tr("server: %1").arg(s.settings.connection.endpoint()) << Qt::endl
          << Cli::tr("redis version: %1").arg(s.connection->serverVersion()) << Qt::endl
          << Cli::tr("database: %1").arg(s.settings.connection.database) << Qt::endl
          << Cli::tr("API keys: %1 (%2 in the trash)").arg(total - deleted).arg(deleted) << Qt::endl
          << Cli::tr("accounts: %1").arg(s.reader->accounts().size()) << Qt::endl
          << Cli::tr("data model: %1").arg(r.summary()) << Qt::endl;
    for (const QString& line : r.evidence)
        s.out << u"  - "_s << line << Qt::endl;
    if (!r.writable())
        s.out << Cli::tr("read-only: %1").arg(r.problem) << Qt::endl;
    return Ok;
}

int runList(CliSession& s)
{
    if (!s.connect())
        return ConnectionError;
    if (!s.loadKeys())
        return CommandError;
    const bool includeDeleted = s.parser.isSet(u"include-deleted"_s);
    const QList<const relay::KeyEntry*> keys = relay::KeyExport::sorted(s.reader->keys(), includeDeleted);
    if (s.json) {
        QJsonArray a;
        for (const relay::KeyEntry* e : keys) {
            QJsonObject o = relay::ServiceView::listItem(*e, s.reader->release());
            o.insert(u"status"_s, QString::fromLatin1(relay::keyStatusId(relay::keyStatus(e->key, s.now))));
            a.append(o);
        }
        printJson(s, QJsonDocument(a));
        return Ok;
    }
    TextTable table({Cli::tr("NAME"), Cli::tr("ID"), Cli::tr("STATUS"), Cli::tr("OWNER"), Cli::tr("TAGS"),
                     Cli::tr("TODAY"), Cli::tr("TOTAL"), Cli::tr("REQUESTS"), Cli::tr("LAST USED"),
                     Cli::tr("LAST ACCOUNT")});
    for (int c : {5, 6, 7})
        table.setRightAligned(c);
    for (const relay::KeyEntry* e : keys) {
        const relay::ApiKey& k = e->key;
        table.addRow(
            {k.name(), QString::fromUtf8(e->id), relay::KeyStatusText::name(relay::keyStatus(k, s.now)),
             s.reader->users().ownerLabel(k).text, k.serviceStringList(relay::ApiKeyField::Tags).join(u","_s),
             money(e->stats.dailyCost), money(e->stats.totalCost), QString::number(e->stats.total.requests),
             shortTime(k.text(relay::ApiKeyField::LastUsedAt)),
             e->lastUsage ? e->lastUsage->accountName + u" ("_s + e->lastUsage->accountType + u")"_s
                          : QString()});
    }
    s.out << table.render();
    s.out << Cli::tr("%n key(s)", nullptr, int(keys.size())) << Qt::endl;
    return Ok;
}

int runShow(CliSession& s, const QStringList& args)
{
    if (args.size() != 1) {
        s.error(Cli::tr("show needs one key id or name."));
        return UsageError;
    }
    if (!s.connect())
        return ConnectionError;
    if (!s.loadKeys())
        return CommandError;
    QString problem;
    const relay::KeyEntry* e = s.findKey(args.first(), &problem);
    if (!e) {
        s.error(problem);
        return NotFound;
    }
    QList<relay::UsageRecord> records;
    redis::RedisError failure;
    CliSession::wait([&](std::function<void()> done) {
        relay::UsageRecord::read(
            *s.connection, QString::fromUtf8(e->id), relay::UsageRecord::MaxRecords, nullptr,
            [&, done](const QList<relay::UsageRecord>& r, int, const redis::RedisError& err) {
                records = r;
                failure = err;
                done();
            });
    });
    if (failure) {
        s.error(failure.message);
        return CommandError;
    }
    QJsonObject o = relay::ServiceView::listItem(*e, s.reader->release());
    o.insert(u"status"_s, QString::fromLatin1(relay::keyStatusId(relay::keyStatus(e->key, s.now))));
    o.insert(u"owner"_s, s.reader->users().ownerLabel(e->key).text);
    QJsonArray malformed;
    for (const relay::MalformedField& m : e->malformed)
        malformed.append(QJsonObject {
            {u"field"_s, QString::fromUtf8(m.field)}, {u"value"_s, m.rawPreview}, {u"problem"_s, m.message}});
    o.insert(u"malformedFields"_s, malformed);
    QJsonArray recent;
    for (const relay::UsageRecord& r : std::as_const(records))
        recent.append(r.json());
    o.insert(u"recentRecords"_s, recent);
    if (s.json) {
        printJson(s, QJsonDocument(o));
        return Ok;
    }
    QStringList names = o.keys();
    for (const QString& name : names) {
        const QJsonValue v = o.value(name);
        if (name == u"recentRecords"_s || name == u"usage"_s || name == u"malformedFields"_s)
            continue;
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isNull())
            text = u"null"_s;
        else
            text = QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
                       .mid(1)
                       .chopped(1);
        s.out << name << u": "_s << text.left(200) << Qt::endl;
    }
    const relay::KeyStats& st = e->stats;
    s.out << Cli::tr("usage: %1 requests, %2 tokens in total; today %3 requests, %4 tokens")
                 .arg(st.total.requests)
                 .arg(st.total.allTokens)
                 .arg(st.daily.requests)
                 .arg(st.daily.allTokens)
          << Qt::endl;
    for (const relay::MalformedField& m : e->malformed)
        s.out << Cli::tr("MALFORMED %1 = %2: %3").arg(QString::fromUtf8(m.field), m.rawPreview, m.message)
              << Qt::endl;
    s.out << Cli::tr("recent records: %1").arg(records.size()) << Qt::endl;
    for (const relay::UsageRecord& r : std::as_const(records).first(std::min<qsizetype>(records.size(), 10)))
        s.out << u"  "_s << r.timestamp() << u"  "_s << r.model() << u"  "_s
              << r.accountId().value_or(QString()) << u"  "_s << money(r.cost()) << Qt::endl;
    return Ok;
}

int runLookup(CliSession& s, const QStringList& args)
{
    if (args.size() > 1) {
        s.error(Cli::tr("lookup takes at most one argument: the key, or - to read it from standard input."));
        return UsageError;
    }
    QByteArray plaintext;
    if (args.isEmpty() || args.first() == u"-"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            s.error(Cli::tr("cannot read standard input."));
            return UsageError;
        }
        plaintext = in.readLine(4096).trimmed();
    } else {
        plaintext = args.first().toUtf8().trimmed();
    }
    const QString problem = relay::KeyLookup::checkPlaintext(plaintext, s.settings.service);
    if (!problem.isEmpty()) {
        plaintext.fill('\0');
        s.error(problem);
        return UsageError;
    }
    if (!s.connect())
        return ConnectionError;
    relay::KeyLookupResult result;
    redis::RedisError failure;
    CliSession::wait([&](std::function<void()> done) {
        relay::KeyLookup::find(*s.connection, plaintext, s.settings.service, nullptr,
                               [&, done](const relay::KeyLookupResult& r, const redis::RedisError& e) {
                                   result = r;
                                   failure = e;
                                   done();
                               });
    });
    plaintext.fill('\0');
    if (failure) {
        s.error(failure.message);
        return CommandError;
    }
    if (result.id.isEmpty()) {
        s.error(Cli::tr("No key matches. Either the key is unknown (or was deleted or regenerated), or the "
                        "ENCRYPTION_KEY is not the service's."));
        return NotFound;
    }
    const redis::Reply name = [&] {
        redis::Reply r;
        CliSession::wait([&](std::function<void()> done) {
            s.connection->execute({"HGET", "apikey:" + result.id, "name"}, nullptr,
                                  [&, done](const redis::Reply& reply, const redis::RedisError&) {
                                      r = reply;
                                      done();
                                  });
        });
        return r;
    }();
    if (s.json) {
        printJson(
            s,
            QJsonDocument(QJsonObject {{u"id"_s, QString::fromUtf8(result.id)},
                                       {u"name"_s, name.isString() ? QJsonValue(name.text()) : QJsonValue()},
                                       {u"viaLegacyRecord"_s, result.viaLegacyRecord}}));
    } else {
        s.out << QString::fromUtf8(result.id) << u"  "_s
              << (name.isString() ? name.text() : Cli::tr("(key hash missing)")) << Qt::endl;
    }
    return Ok;
}

int runTags(CliSession& s)
{
    if (!s.connect())
        return ConnectionError;
    if (!s.loadKeys())
        return CommandError;
    QStringList global;
    if (s.reader->release().hasKeyIndex())
        CliSession::wait([&](std::function<void()> done) {
            relay::KeyAggregates::loadGlobalTags(*s.connection, nullptr,
                                                 [&, done](const QStringList& t, const redis::RedisError&) {
                                                     global = t;
                                                     done();
                                                 });
        });
    const QList<relay::TagCount> tags = relay::KeyAggregates::tags(s.reader->keys(), global);
    if (s.json) {
        QJsonArray a;
        for (const relay::TagCount& t : tags)
            a.append(QJsonObject {{u"name"_s, t.name},
                                  {u"keys"_s, t.keys},
                                  {u"deletedKeys"_s, t.deletedKeys},
                                  {u"inGlobalSet"_s, t.inGlobalSet}});
        printJson(s, QJsonDocument(a));
        return Ok;
    }
    TextTable table({Cli::tr("TAG"), Cli::tr("KEYS"), Cli::tr("IN TRASH")});
    table.setRightAligned(1);
    table.setRightAligned(2);
    for (const relay::TagCount& t : tags)
        table.addRow({t.name, QString::number(t.keys), QString::number(t.deletedKeys)});
    s.out << table.render();
    return Ok;
}

int runModels(CliSession& s)
{
    if (!s.connect())
        return ConnectionError;
    QList<relay::ModelUsage> models;
    redis::RedisError failure;
    CliSession::wait([&](std::function<void()> done) {
        relay::KeyAggregates::loadModels(
            *s.connection, nullptr, [&, done](const QList<relay::ModelUsage>& m, const redis::RedisError& e) {
                models = m;
                failure = e;
                done();
            });
    });
    if (failure) {
        s.error(failure.message);
        return CommandError;
    }
    if (s.json) {
        QJsonArray a;
        for (const relay::ModelUsage& m : std::as_const(models))
            a.append(
                QJsonObject {{u"model"_s, m.model}, {u"months"_s, QJsonArray::fromStringList(m.months)}});
        printJson(s, QJsonDocument(a));
        return Ok;
    }
    TextTable table({Cli::tr("MODEL"), Cli::tr("MONTHS WITH USAGE")});
    for (const relay::ModelUsage& m : std::as_const(models))
        table.addRow({m.model, m.months.join(u", "_s)});
    s.out << table.render();
    return Ok;
}

int runUsers(CliSession& s)
{
    if (!s.connect())
        return ConnectionError;
    if (!s.loadKeys())
        return CommandError;
    const relay::UserDirectory& users = s.reader->users();
    QHash<QString, int> keyCounts;
    for (const relay::KeyEntry& e : s.reader->keys())
        if (!e.key.isDeleted())
            keyCounts[e.key.userId()] += 1;
    if (s.json) {
        QJsonArray a;
        for (const relay::User& u : users.all()) {
            QJsonObject o {{u"id"_s, u.id},
                           {u"username"_s, u.username},
                           {u"displayName"_s, u.displayName},
                           {u"email"_s, u.email},
                           {u"role"_s, u.role},
                           {u"isActive"_s, u.isActive},
                           {u"keys"_s, keyCounts.value(u.id)}};
            if (u.malformed)
                o.insert(u"problem"_s, u.problem);
            a.append(o);
        }
        printJson(s, QJsonDocument(a));
        return Ok;
    }
    TextTable table({Cli::tr("USERNAME"), Cli::tr("DISPLAY NAME"), Cli::tr("ID"), Cli::tr("ROLE"),
                     Cli::tr("ACTIVE"), Cli::tr("KEYS")});
    table.setRightAligned(5);
    for (const relay::User& u : users.all())
        table.addRow({u.malformed ? Cli::tr("(malformed: %1)").arg(u.problem) : u.username, u.displayName,
                      u.id, u.role, u.isActive ? Cli::tr("yes") : Cli::tr("no"),
                      QString::number(keyCounts.value(u.id))});
    s.out << table.render();
    return Ok;
}

int runAccounts(CliSession& s)
{
    if (!s.connect())
        return ConnectionError;
    if (!s.loadKeys())
        return CommandError;
    const relay::AccountDirectory& accounts = s.reader->accounts();
    if (s.json) {
        QJsonArray a;
        for (const relay::AccountRecord& r : accounts.all())
            a.append(QJsonObject {{u"type"_s, relay::AccountTypes::name(r.type)},
                                  {u"id"_s, r.id},
                                  {u"name"_s, r.displayName()},
                                  {u"platform"_s, r.platform()},
                                  {u"isActive"_s, r.isActive()}});
        printJson(s, QJsonDocument(a));
        return Ok;
    }
    TextTable table({Cli::tr("TYPE"), Cli::tr("ID"), Cli::tr("NAME"), Cli::tr("ACTIVE")});
    for (const relay::AccountRecord& r : accounts.all())
        table.addRow({relay::AccountTypes::name(r.type), r.id, r.displayName(),
                      r.isActive() ? Cli::tr("yes") : Cli::tr("no")});
    s.out << table.render();
    return Ok;
}

int runExport(CliSession& s)
{
    const QString format = s.parser.value(u"format"_s).toLower();
    if (format != u"csv"_s && format != u"json"_s) {
        s.error(Cli::tr("export needs --format csv or --format json."));
        return UsageError;
    }
    if (!s.connect())
        return ConnectionError;
    if (!s.loadKeys())
        return CommandError;
    relay::KeyExport::Options options;
    options.includeDeleted = s.parser.isSet(u"include-deleted"_s);
    options.now = s.now;
    const QByteArray data = format == u"csv"_s
        ? relay::KeyExport::toCsv(s.reader->keys(), s.reader->users(), options)
        : relay::KeyExport::toJson(s.reader->keys(), s.reader->release(), s.reader->users(), options)
              .toJson(QJsonDocument::Indented);
    const QString path = s.parser.value(u"output"_s);
    if (path.isEmpty() || path == u"-"_s) {
        s.out.flush();
        fwrite(data.constData(), 1, size_t(data.size()), stdout);
        fflush(stdout);
        return Ok;
    }
    // Written to a new file and swapped in, so a failure never leaves half an export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        s.error(Cli::tr("cannot write %1: %2").arg(path, file.errorString()));
        return CommandError;
    }
    s.err << Cli::tr("%1 written (%2 bytes)").arg(path).arg(data.size()) << Qt::endl;
    return Ok;
}

int runDoctor(CliSession& s)
{
    if (!s.connect())
        return ConnectionError;
    if (!s.loadKeys())
        return CommandError;
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
    const relay::HealthCounts counts = check.counts();
    const auto commandText = redisCommandText;
    if (s.json) {
        QJsonArray findings;
        for (const relay::HealthFinding& f : check.findings()) {
            QJsonArray keys;
            for (const QByteArray& k : f.redisKeys)
                keys.append(QString::fromUtf8(k));
            QJsonArray repair;
            for (const redis::Command& c : f.repair)
                repair.append(commandText(c));
            findings.append(QJsonObject {{u"kind"_s, QString(relay::HealthText::kindId(f.kind))},
                                         {u"severity"_s, relay::HealthText::severityName(f.severity)},
                                         {u"keyId"_s, QString::fromUtf8(f.keyId)},
                                         {u"keyName"_s, f.keyName},
                                         {u"redisKeys"_s, keys},
                                         {u"explanation"_s, f.explanation},
                                         {u"repair"_s, repair},
                                         {u"repairNote"_s, f.repairNote}});
        }
        printJson(s,
                  QJsonDocument(QJsonObject {{u"release"_s, s.reader->release().summary()},
                                             {u"keysChecked"_s, counts.keysChecked},
                                             {u"errors"_s, counts.errors},
                                             {u"warnings"_s, counts.warnings},
                                             {u"infos"_s, counts.infos},
                                             {u"findings"_s, findings}}));
    } else {
        for (const relay::HealthFinding& f : check.findings()) {
            s.out << u"["_s << relay::HealthText::severityName(f.severity) << u"] "_s
                  << relay::HealthText::kindTitle(f.kind);
            if (!f.keyName.isEmpty() || !f.keyId.isEmpty())
                s.out << u" — "_s << (f.keyName.isEmpty() ? QString::fromUtf8(f.keyId) : f.keyName);
            s.out << Qt::endl << u"    "_s << f.explanation << Qt::endl;
            for (const redis::Command& c : f.repair)
                s.out << u"    repair: "_s << commandText(c) << Qt::endl;
            if (!f.repairNote.isEmpty())
                s.out << u"    "_s << f.repairNote << Qt::endl;
        }
        s.out << check.summary() << Qt::endl;
    }
    // Notes alone are no reason to fail a script; errors and warnings are.
    return counts.errors + counts.warnings > 0 ? FindingsFound : Ok;
}

} // namespace rka::cli
