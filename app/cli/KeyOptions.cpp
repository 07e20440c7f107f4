#include "KeyOptions.h"
#include "CliText.h"

#include "relay/JsNumber.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::cli {

namespace {

using F = relay::ApiKeyField;

// Whole-number fields and their options.
const QList<std::pair<QString, F>>& integerOptions()
{
    static const QList<std::pair<QString, F>> list = {
        {u"token-limit"_s, F::TokenLimit},
        {u"concurrency-limit"_s, F::ConcurrencyLimit},
        {u"rate-limit-window"_s, F::RateLimitWindow},
        {u"rate-limit-requests"_s, F::RateLimitRequests},
        {u"weekly-reset-day"_s, F::WeeklyResetDay},
        {u"weekly-reset-hour"_s, F::WeeklyResetHour},
    };
    return list;
}

// Amounts in USD, stored as JavaScript prints a number.
const QList<std::pair<QString, F>>& decimalOptions()
{
    static const QList<std::pair<QString, F>> list = {
        {u"rate-limit-cost"_s, F::RateLimitCost},
        {u"daily-cost-limit"_s, F::DailyCostLimit},
        {u"total-cost-limit"_s, F::TotalCostLimit},
        {u"weekly-opus-cost-limit"_s, F::WeeklyOpusCostLimit},
    };
    return list;
}

// Free-text fields (account bindings are ids, "" unbinds).
const QList<std::pair<QString, F>>& textOptions()
{
    static const QList<std::pair<QString, F>> list = {
        {u"name"_s, F::Name},
        {u"description"_s, F::Description},
        {u"claude-account"_s, F::ClaudeAccountId},
        {u"claude-console-account"_s, F::ClaudeConsoleAccountId},
        {u"gemini-account"_s, F::GeminiAccountId},
        {u"openai-account"_s, F::OpenaiAccountId},
        {u"azure-openai-account"_s, F::AzureOpenaiAccountId},
        {u"bedrock-account"_s, F::BedrockAccountId},
        {u"droid-account"_s, F::DroidAccountId},
        {u"icon-data-url"_s, F::Icon},
    };
    return list;
}

QByteArray listValue(const QStringList& values)
{
    relay::ApiKey probe;
    probe.setStringList(F::Tags, values);
    return probe.raw(F::Tags).value_or("[]"_ba);
}

QByteArray isoDate(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

} // namespace

QList<QCommandLineOption> writeOptions()
{
    QList<QCommandLineOption> o = {
        {u"name"_s, Cli::tr("create, update: the key's name."), Cli::tr("text")},
        {u"description"_s, Cli::tr("create, update: the key's description."), Cli::tr("text")},
        {u"tag"_s, Cli::tr("create, update: a tag (repeat for more; update replaces the tags)."),
         Cli::tr("tag")},
        {u"no-tags"_s, Cli::tr("update: remove every tag.")},
        {u"token-limit"_s, Cli::tr("create, update: token limit (0 = none)."), Cli::tr("n")},
        {u"concurrency-limit"_s, Cli::tr("create, update: concurrent requests (0 = no limit)."),
         Cli::tr("n")},
        {u"rate-limit-window"_s, Cli::tr("create, update: rate limit window in minutes."),
         Cli::tr("minutes")},
        {u"rate-limit-requests"_s, Cli::tr("create, update: requests per window."), Cli::tr("n")},
        {u"rate-limit-cost"_s, Cli::tr("create, update: cost per window in USD."), Cli::tr("usd")},
        {u"daily-cost-limit"_s, Cli::tr("create, update: daily cost limit in USD (0 = none)."),
         Cli::tr("usd")},
        {u"total-cost-limit"_s, Cli::tr("create, update: total cost limit in USD (0 = none)."),
         Cli::tr("usd")},
        {u"weekly-opus-cost-limit"_s, Cli::tr("create, update: weekly Opus cost limit in USD."),
         Cli::tr("usd")},
        {u"permission"_s,
         Cli::tr("create, update: a service the key may use: claude, gemini, openai, droid (repeat; "
                 "none or \"all\" = every service)."),
         Cli::tr("service")},
        {u"model"_s, Cli::tr("create, update: a restricted model (repeat); turns model restriction on."),
         Cli::tr("model")},
        {u"no-model-restriction"_s, Cli::tr("update: turn model restriction off.")},
        {u"client"_s,
         Cli::tr("create, update: an allowed client: claude_code, gemini_cli, codex_cli, droid_cli (repeat); "
                 "turns client restriction on."),
         Cli::tr("client")},
        {u"no-client-restriction"_s, Cli::tr("update: turn client restriction off.")},
        {u"claude-account"_s, Cli::tr("create, update: bound Claude account id (\"\" unbinds)."),
         Cli::tr("id")},
        {u"claude-console-account"_s, Cli::tr("create, update: bound Claude Console account id."),
         Cli::tr("id")},
        {u"gemini-account"_s, Cli::tr("create, update: bound Gemini account id."), Cli::tr("id")},
        {u"openai-account"_s, Cli::tr("create, update: bound OpenAI account id."), Cli::tr("id")},
        {u"azure-openai-account"_s, Cli::tr("create, update: bound Azure OpenAI account id."), Cli::tr("id")},
        {u"bedrock-account"_s, Cli::tr("create, update: bound Bedrock account id."), Cli::tr("id")},
        {u"droid-account"_s, Cli::tr("create, update: bound Droid account id."), Cli::tr("id")},
        {u"owner"_s, Cli::tr("create, update: the owning user (id or user name); \"admin\" for none."),
         Cli::tr("user")},
        {u"expires-at"_s,
         Cli::tr("create, update, set-expiry: expiry date (ISO 8601; UTC unless an offset is given)."),
         Cli::tr("time")},
        {u"expires-in"_s, Cli::tr("create, update, set-expiry: expiry from now, e.g. 30d, 12h, 90m."),
         Cli::tr("duration")},
        {u"never-expires"_s, Cli::tr("create, update, set-expiry: no expiry.")},
        {u"activation"_s,
         Cli::tr("create, update: expire this long after the first use, e.g. 24h or 30d (activation mode)."),
         Cli::tr("duration")},
        {u"disabled"_s, Cli::tr("create: create the key disabled.")},
        {u"icon-data-url"_s, Cli::tr("create, update: the icon as a data URL (data:image/png;base64,...)."),
         Cli::tr("url")},
        {u"weekly-reset-day"_s, Cli::tr("create, update: weekly limit reset day, 1 (Monday) to 7."),
         Cli::tr("day")},
        {u"weekly-reset-hour"_s, Cli::tr("create, update: weekly limit reset hour, 0 to 23."),
         Cli::tr("hour")},
        {u"service-rate"_s,
         Cli::tr("create, update: cost multiplier of a service, e.g. claude=1.5 (repeat)."),
         Cli::tr("service=rate")},
        {u"count"_s, Cli::tr("batch-create: how many keys (2 to 500)."), Cli::tr("n")},
        {u"base-name"_s, Cli::tr("batch-create: the keys are named BASE_1, BASE_2, ..."), Cli::tr("name")},
        {u"keep-mine"_s, Cli::tr("update: overwrite fields another writer changed meanwhile.")},
        {u"enable"_s, Cli::tr("set-expiry: also enable the key.")},
        {u"by"_s, Cli::tr("renew: how much longer, e.g. 30d."), Cli::tr("duration")},
        {u"fix"_s, Cli::tr("doctor: run the repairs of the findings (asks first).")},
        {u"yes"_s, Cli::tr("purge, clear-trash, tag-delete, doctor --fix: do not ask for confirmation.")},
        {u"read-only"_s, Cli::tr("Refuse every write command; nothing is sent to Redis.")},
        {u"operator"_s, Cli::tr("The name recorded for writes (default: the system user name)."),
         Cli::tr("name")},
        {u"audit-log"_s, Cli::tr("The audit log file (default: the program's data directory)."),
         Cli::tr("file")},
        {u"release"_s,
         Cli::tr("The release to write for when the database is empty: 1.1.235 or 1.1.314 (default)."),
         Cli::tr("version")},
    };
    return o;
}

void KeyEdits::applyTo(relay::ApiKey& key) const
{
    for (const auto& [field, value] : set)
        key.setRaw(field, value);
}

bool parseDuration(const QString& text, qint64* seconds, const QString& units)
{
    static const QRegularExpression pattern(u"^([0-9]{1,9})([a-z])$"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch() || !units.contains(m.captured(2)))
        return false;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    *seconds = n * (unit == u'd' ? 86400 : unit == u'h' ? 3600 : 60);
    return true;
}

bool parseExpiry(CliSession& s, std::optional<std::optional<QDateTime>>* expiry)
{
    const QCommandLineParser& p = s.parser;
    const int given =
        int(p.isSet(u"expires-at"_s)) + int(p.isSet(u"expires-in"_s)) + int(p.isSet(u"never-expires"_s));
    if (given > 1) {
        s.error(Cli::tr("give only one of --expires-at, --expires-in and --never-expires."));
        return false;
    }
    expiry->reset();
    if (p.isSet(u"never-expires"_s)) {
        *expiry = std::optional<QDateTime>();
    } else if (p.isSet(u"expires-in"_s)) {
        qint64 seconds = 0;
        if (!parseDuration(p.value(u"expires-in"_s), &seconds) || seconds <= 0) {
            s.error(Cli::tr("--expires-in must be a positive duration such as 30d, 12h or 90m."));
            return false;
        }
        *expiry = support::Clock::currentDateTimeUtc().addSecs(seconds);
    } else if (p.isSet(u"expires-at"_s)) {
        const QString text = p.value(u"expires-at"_s).trimmed();
        QDateTime t;
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid() && text.size() == 10)
            t = day.startOfDay(QTimeZone::utc());
        else if (text.size() > 10)
            t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(),
                          QTimeZone::utc()); // no offset given: UTC, not this computer's zone
        if (!t.isValid()) {
            s.error(Cli::tr("--expires-at must be an ISO 8601 date or date and time, for example "
                            "2026-12-31 or 2026-12-31T23:59:59Z."));
            return false;
        }
        *expiry = t.toUTC();
    }
    return true;
}

bool parseKeyEdits(CliSession& s, KeyEdits* edits)
{
    const QCommandLineParser& p = s.parser;
    edits->set.clear();
    edits->owner.reset();
    auto add = [edits](F field, const QByteArray& value) { edits->set.append({field, value}); };

    for (const auto& [option, field] : textOptions())
        if (p.isSet(option))
            add(field, p.value(option).toUtf8());
    for (const auto& [option, field] : integerOptions()) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const qint64 n = p.value(option).trimmed().toLongLong(&ok);
        if (!ok) {
            s.error(Cli::tr("--%1 must be a whole number, but got \"%2\".").arg(option, p.value(option)));
            return false;
        }
        add(field, relay::JsNumber::toString(n));
    }
    for (const auto& [option, field] : decimalOptions()) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const double v = p.value(option).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            s.error(
                Cli::tr("--%1 must be a number such as 12.75, but got \"%2\".").arg(option, p.value(option)));
            return false;
        }
        add(field, relay::JsNumber::toString(v));
    }
    if (p.isSet(u"tag"_s) && p.isSet(u"no-tags"_s)) {
        s.error(Cli::tr("give either --tag or --no-tags."));
        return false;
    }
    if (p.isSet(u"tag"_s) || p.isSet(u"no-tags"_s))
        add(F::Tags, listValue(p.values(u"tag"_s)));
    if (p.isSet(u"permission"_s)) {
        QStringList names = p.values(u"permission"_s);
        if (names == QStringList {u"all"_s})
            names.clear(); // [] = every service (5.2 b)
        add(F::Permissions, listValue(names));
    }
    if (p.isSet(u"model"_s) && p.isSet(u"no-model-restriction"_s)) {
        s.error(Cli::tr("give either --model or --no-model-restriction."));
        return false;
    }
    if (p.isSet(u"model"_s)) {
        add(F::EnableModelRestriction, "true");
        add(F::RestrictedModels, listValue(p.values(u"model"_s)));
    } else if (p.isSet(u"no-model-restriction"_s)) {
        add(F::EnableModelRestriction, "false");
    }
    if (p.isSet(u"client"_s) && p.isSet(u"no-client-restriction"_s)) {
        s.error(Cli::tr("give either --client or --no-client-restriction."));
        return false;
    }
    if (p.isSet(u"client"_s)) {
        add(F::EnableClientRestriction, "true");
        add(F::AllowedClients, listValue(p.values(u"client"_s)));
    } else if (p.isSet(u"no-client-restriction"_s)) {
        add(F::EnableClientRestriction, "false");
    }
    if (p.isSet(u"service-rate"_s)) {
        QMap<QString, double> rates;
        for (const QString& pair : p.values(u"service-rate"_s)) {
            const qsizetype eq = pair.indexOf(u'=');
            bool ok = false;
            const double rate = eq > 0 ? pair.mid(eq + 1).trimmed().toDouble(&ok) : 0.0;
            if (!ok || !std::isfinite(rate)) {
                s.error(Cli::tr("--service-rate must be service=multiplier, for example claude=1.5, but got "
                                "\"%1\".")
                            .arg(pair));
                return false;
            }
            rates.insert(pair.left(eq).trimmed(), rate);
        }
        relay::ApiKey probe;
        probe.setServiceRates(rates);
        add(F::ServiceRates, probe.raw(F::ServiceRates).value_or("{}"_ba));
    }
    if (p.isSet(u"activation"_s)) {
        if (p.isSet(u"expires-at"_s) || p.isSet(u"expires-in"_s)) {
            s.error(Cli::tr("--activation sets the expiry at the first use; it cannot be combined with "
                            "--expires-at or --expires-in."));
            return false;
        }
        qint64 seconds = 0;
        const QString text = p.value(u"activation"_s).trimmed();
        if (!parseDuration(text, &seconds, u"dh"_s)) {
            s.error(Cli::tr("--activation must be a number of hours or days, such as 24h or 30d."));
            return false;
        }
        const bool hours = text.endsWith(u'h');
        add(F::ExpirationMode, "activation");
        add(F::ActivationDays, QByteArray::number(seconds / (hours ? 3600 : 86400)));
        add(F::ActivationUnit, hours ? "hours" : "days");
    }
    std::optional<std::optional<QDateTime>> expiry;
    if (!parseExpiry(s, &expiry))
        return false;
    if (expiry)
        add(F::ExpiresAt, *expiry ? isoDate(**expiry) : QByteArray());
    if (p.isSet(u"disabled"_s))
        add(F::IsActive, "false");
    if (p.isSet(u"owner"_s))
        edits->owner = p.value(u"owner"_s).trimmed();
    return true;
}

bool parseEmptyRelease(CliSession& s, relay::DataModel* model)
{
    const QString release = s.parser.value(u"release"_s).trimmed();
    if (release.isEmpty() || release == u"1.1.314"_s)
        *model = relay::DataModel::Release1_1_302;
    else if (release == u"1.1.235"_s)
        *model = relay::DataModel::Release1_1_235;
    else {
        s.error(Cli::tr("--release must be 1.1.235 or 1.1.314."));
        return false;
    }
    return true;
}

QString optionForField(relay::ApiKeyField field)
{
    for (const auto* list : {&integerOptions(), &decimalOptions(), &textOptions()})
        for (const auto& [option, f] : *list)
            if (f == field)
                return u"--"_s + option;
    switch (field) {
    case F::Tags:
        return u"--tag"_s;
    case F::Permissions:
        return u"--permission"_s;
    case F::EnableModelRestriction:
    case F::RestrictedModels:
        return u"--model"_s;
    case F::EnableClientRestriction:
    case F::AllowedClients:
        return u"--client"_s;
    case F::ServiceRates:
        return u"--service-rate"_s;
    case F::ExpirationMode:
    case F::ActivationDays:
    case F::ActivationUnit:
    case F::IsActivated:
    case F::ActivatedAt:
        return u"--activation"_s;
    case F::ExpiresAt:
        return u"--expires-at"_s;
    case F::IsActive:
        return u"--disabled"_s;
    case F::UserId:
    case F::UserUsername:
    case F::CreatedBy:
        return u"--owner"_s;
    default:
        return QString(relay::apiKeyFieldName(field));
    }
}

} // namespace rka::cli
