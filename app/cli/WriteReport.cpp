#include "WriteReport.h"
#include "CliText.h"

#include "KeyOptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rka::cli {

namespace {

QJsonValue optionalBytes(const std::optional<QByteArray>& v)
{
    return v ? QJsonValue(QString::fromUtf8(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QList<QByteArray>& list)
{
    QJsonArray a;
    for (const QByteArray& b : list)
        a.append(QString::fromUtf8(b));
    return a;
}

} // namespace

WriteReport::WriteReport(CliSession& session, QString command)
    : m_s(session)
    , m_command(std::move(command))
{ }

int WriteReport::exitCode(relay::WriteStatus status)
{
    using S = relay::WriteStatus;
    switch (status) {
    case S::Ok:
        return Ok;
    case S::Rejected:
        return Rejected;
    case S::NotFound:
        return NotFound;
    case S::Conflict:
        return Conflict;
    case S::Unknown:
        return OutcomeUnknown;
    case S::Reverted:
    case S::Refused:
    case S::Failed:
        return CommandError;
    }
    return CommandError;
}

QString WriteReport::optionFor(relay::ApiKeyField field) const
{
    if (m_command == u"batch-create"_s && field == relay::ApiKeyField::Name)
        return u"--base-name"_s;
    if (m_command.startsWith(u"tag-"_s) && field == relay::ApiKeyField::Tags)
        return m_command == u"tag-rename"_s ? Cli::tr("new tag name") : Cli::tr("tag");
    if (field == relay::ApiKeyField::ExpiresAt && m_s.parser.isSet(u"expires-in"_s))
        return u"--expires-in"_s;
    return optionForField(field);
}

bool WriteReport::confirm(const QStringList& preview, const QString& question, int* code)
{
    // With --json the preview goes to standard error, so standard output stays one JSON document.
    QTextStream& stream = m_s.json ? m_s.err : m_s.out;
    for (const QString& line : preview)
        stream << line << Qt::endl;
    if (m_s.parser.isSet(u"yes"_s))
        return true;
    if (!::isatty(STDIN_FILENO)) {
        m_s.error(Cli::tr("%1 needs confirmation: run it on a terminal, or add --yes. Nothing was changed.")
                      .arg(m_command));
        *code = UsageError;
        return false;
    }
    m_s.err << question << u" "_s << Cli::tr("Type yes to continue: ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine();
    if (answer.trimmed() != u"yes"_s) {
        m_s.error(Cli::tr("Not confirmed; nothing was changed."));
        *code = CommandError;
        return false;
    }
    return true;
}

int WriteReport::finish(const relay::WriteResult& result)
{
    const bool ok = result.ok();
    const bool secrets =
        m_command == u"create"_s || m_command == u"batch-create"_s || m_command == u"regenerate"_s;
    const QString message = result.message.isEmpty() ? m_note : result.message;
    // Validation problems, one line per field, named by the option that sets it.
    for (const relay::ValidationIssue& i : result.issues)
        m_s.err << (i.warning ? Cli::tr("warning: ") : QString()) << optionFor(i.field) << u": "_s
                << i.message << Qt::endl;
    if (!ok)
        m_s.error(message);
    if (m_s.json) {
        QJsonArray issues;
        for (const relay::ValidationIssue& i : result.issues)
            issues.append(QJsonObject {{u"field"_s, QString(relay::apiKeyFieldName(i.field))},
                                       {u"option"_s, optionFor(i.field)},
                                       {u"message"_s, i.message},
                                       {u"warning"_s, i.warning}});
        QJsonArray conflicts;
        for (const relay::FieldConflict& c : result.conflicts)
            conflicts.append(QJsonObject {{u"field"_s, QString::fromUtf8(c.field)},
                                          {u"base"_s, optionalBytes(c.base)},
                                          {u"theirs"_s, optionalBytes(c.theirs)},
                                          {u"mine"_s, optionalBytes(c.mine)}});
        QJsonObject o {{u"command"_s, m_command},
                       {u"status"_s, relay::WriteResult::statusName(result.status)},
                       {u"message"_s, message},
                       {u"keyIds"_s, stringArray(result.keyIds)},
                       {u"changedKeys"_s, result.changedKeys},
                       {u"issues"_s, issues},
                       {u"conflicts"_s, conflicts}};
        if (!result.revertedFields.isEmpty())
            o.insert(u"revertedFields"_s, stringArray(result.revertedFields));
        if (secrets)
            o.insert(u"plaintextKeys"_s, stringArray(result.plaintextKeys));
        m_s.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return exitCode(result.status);
    }
    if (!ok)
        return exitCode(result.status);
    if (secrets && !result.plaintextKeys.isEmpty()) {
        const qsizetype n = std::min(result.keyIds.size(), result.plaintextKeys.size());
        if (m_command == u"create"_s) {
            m_s.out << Cli::tr("Created \"%1\" (%2).")
                           .arg(m_names.value(0), QString::fromUtf8(result.keyIds.first()))
                    << Qt::endl
                    << Cli::tr("API key, shown only this once:") << Qt::endl
                    << QString::fromUtf8(result.plaintextKeys.first()) << Qt::endl;
        } else if (m_command == u"regenerate"_s) {
            m_s.out << Cli::tr(
                           "New API key for \"%1\" (%2), shown only this once; the old one no longer works:")
                           .arg(m_names.value(0), QString::fromUtf8(result.keyIds.first()))
                    << Qt::endl
                    << QString::fromUtf8(result.plaintextKeys.first()) << Qt::endl;
        } else {
            m_s.out << Cli::tr("Created %n key(s); the API keys are shown only this once:", nullptr, int(n))
                    << Qt::endl;
            for (qsizetype i = 0; i < n; ++i)
                m_s.out << QString::fromUtf8(result.keyIds.at(i)) << u"  "_s << m_names.value(i) << u"  "_s
                        << QString::fromUtf8(result.plaintextKeys.at(i)) << Qt::endl;
        }
        return Ok;
    }
    if (!message.isEmpty())
        m_s.out << message << Qt::endl;
    else if (m_command == u"doctor"_s)
        m_s.out << Cli::tr("doctor --fix: %n finding(s) repaired.", nullptr, result.changedKeys) << Qt::endl;
    else if (result.changedKeys == 0)
        m_s.out << Cli::tr("Nothing to change.") << Qt::endl;
    else
        m_s.out << Cli::tr("%1: %n key(s) changed.", nullptr, result.changedKeys).arg(m_command) << Qt::endl;
    return Ok;
}

} // namespace rka::cli
