#include "BenchSeeder.h"

#include "relay/CommandFolder.h"
#include "relay/KeyHash.h"
#include "relay/KeyOperations.h"
#include "relay/ServiceConstants.h"
#include "relay/UsageSimulator.h"
#include "support/ServiceTime.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <variant>

using namespace Qt::StringLiterals;

namespace rka::bench {

namespace {

using relay::AccountType;
using Sim = relay::UsageSimulator;

const QByteArray kClaude = "bench-claude-01";
const QByteArray kConsole = "bench-console-01";
const QByteArray kResponses = "bench-resp-01";
const QStringList kTags = {u"team-a"_s, u"team-b"_s, u"prod"_s, u"trial"_s, u"vip"_s};

relay::ApiKey settingsFor(int i)
{
    relay::ApiKey s;
    s.setName(u"bench-key-%1"_s.arg(i, 6, 10, QChar(u'0')));
    s.setTags({kTags[i % kTags.size()]});
    if (i % 3 == 0)
        s.setDecimal(relay::ApiKeyField::DailyCostLimit, 5.0 + i % 7);
    if (i % 5 == 0)
        s.setDecimal(relay::ApiKeyField::TotalCostLimit, 100);
    if (i % 4 == 0)
        s.setDecimal(relay::ApiKeyField::WeeklyOpusCostLimit, 20);
    if (i % 10 == 0) {
        s.setConcurrencyLimit(3);
        s.setRateLimitWindow(60);
        s.setRateLimitRequests(100);
    }
    if (i % 2 == 0)
        s.setText(relay::ApiKeyField::ClaudeAccountId, QString::fromLatin1(kClaude));
    else
        s.setText(relay::ApiKeyField::ClaudeConsoleAccountId, QString::fromLatin1(kConsole));
    return s;
}

// Three requests per key: yesterday on a Claude account, today an Opus request on a console account
// (weekly cost in every release), and the newest on the Responses account (last usage resolves
// through the responses: prefix).
QList<Sim::Request> requestsFor(int i, const QByteArray& id, const QDateTime& now, relay::DataModel model)
{
    const bool details = true;
    auto base = [&](qint64 secondsAgo, const char* m, const QByteArray& account, const char* type) {
        Sim::Request r;
        r.keyId = id;
        r.at = now.addSecs(-secondsAgo - i % 600);
        r.model = QString::fromLatin1(m);
        r.accountId = QString::fromLatin1(account);
        r.accountType = QString::fromLatin1(type);
        r.recordDetails = details;
        r.keyIndexPresent = BenchSeeder::hasIndex(model);
        return r;
    };
    Sim::Request a = base(26 * 3600, "claude-sonnet-4-20250514", kClaude, "claude");
    a.inputTokens = 1000 + i % 900;
    a.outputTokens = 300 + i % 200;
    a.cacheCreateTokens = 2000;
    a.ephemeral5mTokens = 2000;
    a.cacheReadTokens = 8000;
    a.cost = 0.0036 + 0.000003 * (i % 1000);
    Sim::Request b = base(1200, "claude-opus-4-20250514", kConsole, "claude-console");
    b.inputTokens = 500 + i % 500;
    b.outputTokens = 100 + i % 300;
    b.cost = 0.015 + 0.00001 * (i % 997);
    Sim::Request c = base(60, "gpt-5", "responses:" + kResponses, "openai-responses");
    c.inputTokens = 50 + i % 50;
    c.outputTokens = 20;
    c.cost = 0.0001 * (1 + i % 13);
    return {a, b, c};
}

} // namespace

QByteArray BenchSeeder::keyId(int index)
{
    return u"%1-be0c-4000-8000-%2"_s.arg(index, 8, 16, QChar(u'0'))
        .arg(index, 12, 16, QChar(u'0'))
        .toLatin1();
}

QList<redis::Command> BenchSeeder::sharedCommands(const Options& options)
{
    QList<redis::Command> out;
    out +=
        Sim::accountCommands(AccountType::Claude, kClaude, u"Claude Max Bench"_s, options.now.addDays(-30));
    out += Sim::accountCommands(AccountType::ClaudeConsole, kConsole, u"Console Bench"_s);
    out += Sim::accountCommands(AccountType::OpenAIResponses, kResponses, u"Responses Bench"_s);
    if (hasIndex(options.model)) {
        out.append({"SET"_ba, "apikey:index:version"_ba, "2"_ba});
        out.append({"SET"_ba, "system:migrated:version"_ba, "1.1.314"_ba});
    }
    return out;
}

QList<redis::Command> BenchSeeder::keyCommands(const Options& options, int first, int count)
{
    relay::KeyOperations::Context context;
    context.now = options.now.addDays(-40);
    context.target.model = options.model;
    context.target.indexPresent = hasIndex(options.model);
    context.target.service.timezoneOffset = options.timezoneOffset;
    QList<relay::ApiKey> keys;
    keys.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const QByteArray id = keyId(i);
        const QByteArray plaintext = relay::generatePlaintextKey("cr_");
        keys.append(relay::KeyOperations::newKey(
            settingsFor(i), id, relay::storedKeyHash(plaintext, "BENCH-ENCRYPTION-KEY-32-CHARS!!"), context));
    }
    const relay::KeyOperations::PlanOrError plan = relay::KeyOperations::create(keys, {}, context);
    if (!std::holds_alternative<relay::WritePlan>(plan))
        return {};
    QList<redis::Command> out = std::get<relay::WritePlan>(plan).commands;

    const support::ServiceTime time(options.timezoneOffset);
    relay::CommandFolder folder;
    for (int i = first; i < first + count; ++i) {
        const QByteArray id = keyId(i);
        for (const Sim::Request& r : requestsFor(i, id, options.now, options.model)) {
            for (const redis::Command& command : Sim::recordRequest(r, options.model, time)) {
                // The minute metrics are not key data, and 1.1.235's never expire (14.2, bug B13): the
                // health check rightly warns about them, so the benchmark leaves them out.
                if (!command.value(1).startsWith("system:metrics:"))
                    folder.add(command, id);
            }
        }
        if (i % 10 == 0) {
            // A lease held right now (14.6) and a running rate window (14.7).
            const qint64 nowMs = options.now.toMSecsSinceEpoch();
            const QByteArray lease =
                u"%1-0000-4000-8000-000000000001"_s.arg(i, 8, 16, QChar(u'0')).toLatin1();
            const QByteArray pexpire = QByteArray::number(relay::ServiceConstants::concurrencyPexpireMs());
            out.append({"ZADD"_ba, "concurrency:" + id, QByteArray::number(nowMs + 300'000), lease});
            out.append({"PEXPIRE"_ba, "concurrency:" + id, pexpire});
            const QByteArray windowMs = "3600000";
            out.append({"SET"_ba, "rate_limit:window_start:" + id, QByteArray::number(nowMs - 600'000),
                        "PX"_ba, windowMs});
            out.append({"SET"_ba, "rate_limit:requests:" + id, "3"_ba, "PX"_ba, windowMs});
            out.append({"SET"_ba, "rate_limit:tokens:" + id, "4200"_ba, "PX"_ba, windowMs});
            out.append({"SET"_ba, "rate_limit:cost:" + id, "0.0421"_ba, "PX"_ba, windowMs});
        }
    }
    out += folder.take();
    return out;
}

QString BenchSeeder::seed(redis::Connection& connection, const Options& options,
                          const std::function<void(int done)>& progress)
{
    QString error;
    int inFlight = 0;
    QEventLoop loop;
    auto send = [&](QList<redis::Command> commands) {
        ++inFlight;
        connection.pipeline(std::move(commands), &loop,
                            [&](const QList<redis::Reply>& replies, const redis::RedisError& e) {
                                --inFlight;
                                if (e && error.isEmpty())
                                    error = e.message;
                                for (const redis::Reply& r : replies) {
                                    if (r.isError() && error.isEmpty())
                                        error = r.text();
                                }
                                loop.quit();
                            });
    };
    send(sharedCommands(options));
    for (int first = 0; first < options.keys && error.isEmpty(); first += options.batchSize) {
        const int count = std::min(options.batchSize, options.keys - first);
        // Build the next batch while the previous one is on the wire; keep at most two in flight.
        QList<redis::Command> batch = keyCommands(options, first, count);
        if (batch.isEmpty())
            return u"the key settings were rejected by the validator"_s;
        while (inFlight >= 2 && error.isEmpty())
            loop.exec();
        send(std::move(batch));
        if (progress)
            progress(first + count);
    }
    while (inFlight > 0)
        loop.exec();
    return error;
}

} // namespace rka::bench
