// Fuzz target: the record readers of core/relay, fed what Redis could hold.
//
// The first input byte chooses the reader; the rest is its data:
//   0  a usage record (JSON, `usage:records:{id}` entry) -> UsageRecord, LastUsage against accounts
//   1  a user record (JSON, `user:{id}`) -> User, owner labels
//   2  an account: one type byte, then replies (GET for bedrock, else HLEN and HMGET)
//      -> AccountDirectory::recordFromReplies, display names, bindings, last usage
//   3  a key's stats: a flags byte (bit 0: weekly cost by period), then replies: HGETALL of the
//      key, then the replies of KeyStatsQuery's commands
//   4  range stats: a range byte (7 days, 30 days, all time, custom), then the replies that
//      RangeStatsReader reads per key
//   5  replies: LRANGE of usage records (UsageRecord::fromReply) and SCAN keys (KeyModels)
//   6  replies: HMGETs of usage and per-model hashes, SCAN keys, for the charts (UsageSeriesReader)
//
// Replies are written in the notation of fuzz::flatReply (FuzzSupport.h), not as RESP, so that
// mutations change values rather than break length prefixes; fuzz_resp covers RESP itself.
//
// Properties: no crash, hang or sanitizer report; a resolved last usage names an account that
// exists under the type it reports; every reply a reader is given is its to read, however wrong.

#include "FuzzSupport.h"

#include "relay/AccountDirectory.h"
#include "relay/ApiKey.h"
#include "relay/ApiKeyField.h"
#include "relay/KeyModels.h"
#include "relay/KeyStats.h"
#include "relay/LastUsage.h"
#include "relay/RangeStats.h"
#include "relay/UsageRecord.h"
#include "relay/UsageSeries.h"
#include "relay/UserDirectory.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace rka;
using namespace rka::relay;
using namespace Qt::StringLiterals;
using redis::Reply;

namespace {

const QDateTime& now()
{
    static const QDateTime instant(QDate(2026, 2, 2), QTime(10, 0), QTimeZone::utc());
    return instant;
}

AccountRecord account(AccountType type, const QString& id, const QString& name)
{
    AccountRecord r;
    r.type = type;
    r.id = id;
    r.fields.insert("name"_ba, name);
    r.fields.insert("isActive"_ba, u"true"_s);
    r.fieldCount = 2;
    return r;
}

// A few accounts of the kinds the fixtures have, with the ids the seeds use.
AccountDirectory baseDirectory()
{
    AccountDirectory d;
    d.insert(account(AccountType::Claude, u"acc-claude-01"_s, u"Claude main"_s));
    d.insert(account(AccountType::ClaudeConsole, u"acc-console-01"_s, u"Console"_s));
    d.insert(account(AccountType::OpenAIResponses, u"acc-resp-01"_s, u"Responses"_s));
    d.insert(account(AccountType::GeminiApi, u"acc-gemini-api-01"_s, u"Gemini API"_s));
    d.insert(account(AccountType::Droid, u"acc-droid-01"_s, u"Droid"_s));
    AccountRecord group = account(AccountType::Group, u"grp-01"_s, u"Group"_s);
    group.fields.insert("platform"_ba, u"claude"_s);
    d.insert(group);
    return d;
}

void checkLastUsage(const AccountDirectory& accounts, const std::optional<UsageRecord>& record,
                    const QString& lastUsedAt)
{
    const std::optional<LastUsage> usage = LastUsage::resolve(accounts, record, lastUsedAt);
    if (!usage)
        return;
    (void)usage->toJson();
    if (usage->isDeleted())
        return;
    const std::optional<AccountType> type = AccountTypes::fromName(usage->accountType);
    FUZZ_CHECK(type.has_value());
    FUZZ_CHECK(usage->accountId.has_value());
    FUZZ_CHECK(accounts.contains(*type, *usage->accountId));
    FUZZ_CHECK(usage->accountCategory == AccountTypes::category(*type));
}

void readUsageRecord(const UsageRecord& r)
{
    (void)r.timestampUtc();
    (void)r.modelForHeuristics();
    (void)r.isDetailed();
    (void)QJsonDocument(r.json()).toJson(QJsonDocument::Compact);
}

void usageRecord(QByteArrayView payload)
{
    const std::optional<UsageRecord> record = UsageRecord::parse(payload.toByteArray());
    if (record)
        readUsageRecord(*record);
    // The key list's fast reader agrees with the full parser on every input.
    const std::optional<UsageRecordSummary> summary = UsageRecord::summarize(payload);
    FUZZ_CHECK(summary.has_value() == record.has_value());
    FUZZ_CHECK(!record || *summary == record->summary());
    const AccountDirectory accounts = baseDirectory();
    checkLastUsage(accounts, record, QString());
    checkLastUsage(accounts, record, u"2026-02-01T00:00:00.000Z"_s);
}

void user(QByteArrayView payload)
{
    const QString id = u"0123456789abcdef0123456789abcdef"_s;
    const User u = User::parse(id, payload.toByteArray());
    FUZZ_CHECK(u.id == id);
    FUZZ_CHECK(u.malformed == !u.problem.isEmpty());
    UserDirectory users;
    users.insert(u);
    FUZZ_CHECK(users.find(id).has_value());
    (void)users.ownerLabel(id, QString());
    (void)users.ownerLabel(QString(), u.username);
    (void)users.ownerLabel(QString(), u"admin"_s);
    (void)users.malformed();
}

void accountRecord(fuzz::Input& in)
{
    const QList<AccountType> types = AccountTypes::all();
    const AccountType type = types.at(in.choice(int(types.size())));
    const QList<Reply> replies = fuzz::flatReplies(in.rest());
    const QString id = u"acc-fuzz"_s;
    const std::optional<AccountRecord> record =
        AccountDirectory::recordFromReplies(type, id, replies.value(0), replies.value(1));
    if (!record)
        return;
    FUZZ_CHECK(record->type == type && record->id == id);
    (void)record->displayName();
    (void)record->isActive();
    (void)record->platform();
    (void)record->redisKey();

    AccountDirectory accounts = baseDirectory();
    accounts.insert(*record);
    FUZZ_CHECK(accounts.contains(type, id));
    for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs()) {
        for (const BindingChoice& choice : accounts.choices(spec.field)) {
            const AccountBinding binding = accounts.resolveBinding(spec.field, choice.value);
            FUZZ_CHECK(binding.state == AccountBinding::State::Found);
        }
        for (const QString& value : QStringList {id, u"group:"_s + id, u"api:"_s + id, u"responses:"_s + id})
            (void)accounts.resolveBinding(spec.field, value);
    }
    (void)accounts.groups(record->platform());
    // The newest record names this account by type and id.
    QJsonObject o {{u"accountId"_s, id},
                   {u"accountType"_s, AccountTypes::name(type)},
                   {u"model"_s, record->field("name"_ba)},
                   {u"timestamp"_s, u"2026-02-02T09:00:00.000Z"_s}};
    checkLastUsage(accounts, UsageRecord::parse(QJsonDocument(o).toJson()), QString());
}

void keyStats(fuzz::Input& in)
{
    const bool usesPeriod = in.byte() & 1;
    QList<Reply> replies = fuzz::flatReplies(in.rest());
    const Reply hash = replies.isEmpty() ? Reply() : replies.takeFirst();
    RawHash fields;
    for (qsizetype i = 0; i + 1 < hash.size(); i += 2)
        fields.append({hash.at(i).bytes(), hash.at(i + 1).bytes()});
    const ApiKey key(fields);
    replies.resize(KeyStatsQuery::commandCount());
    KeyStatsQuery::Context context;
    context.now = now();
    context.date = u"2026-02-02"_s;
    context.month = u"2026-02"_s;
    context.legacyWeek = u"2026-W06"_s;
    context.period = u"2026-02-02T00"_s;
    context.usesPeriod = usesPeriod;
    (void)KeyStatsQuery::commands("fuzz-id", key, context);
    const KeyStats stats = KeyStatsQuery::parse(key, context, replies.constData());
    for (StatsRange range : {StatsRange::Today, StatsRange::Last7Days, StatsRange::AllTime})
        (void)RangeStats::fromKeyStats(stats, range);
    if (stats.newestRecord) {
        const std::optional<UsageRecord> newest = UsageRecord::parse(*stats.newestRecord);
        checkLastUsage(baseDirectory(), newest, key.text(ApiKeyField::LastUsedAt));
    }
}

void rangeStats(fuzz::Input& in)
{
    RangeSpec spec;
    switch (in.choice(4)) {
    case 0:
        spec.range = StatsRange::Last7Days;
        break;
    case 1:
        spec.range = StatsRange::Last30Days;
        break;
    case 2:
        spec.range = StatsRange::AllTime;
        break;
    default:
        spec.range = StatsRange::Custom;
        spec.from = QDate(2026, 1, 28);
        spec.to = QDate(2026, 2, 2);
        break;
    }
    const QStringList dates = RangeStatsReader::dates(spec, 8, now());
    QList<Reply> replies = fuzz::flatReplies(in.rest());
    const int perKey = RangeStatsReader::commandsPerKey(spec, dates);
    FUZZ_CHECK(RangeStatsReader::commands("fuzz-id", spec, dates).size() == perKey);
    replies.resize(perKey);
    (void)RangeStatsReader::parse(spec, dates, replies.constData());
}

void listsAndScans(QByteArrayView payload)
{
    const QList<Reply> replies = fuzz::flatReplies(payload);
    for (const Reply& reply : replies) {
        int dropped = 0;
        const QList<UsageRecord> records = UsageRecord::fromReply(reply, &dropped);
        FUZZ_CHECK(dropped >= 0);
        if (reply.isArray())
            FUZZ_CHECK(records.size() + dropped <= reply.size());
        for (const UsageRecord& r : records)
            readUsageRecord(r);

        QList<QByteArray> keys;
        for (const Reply& e : reply.elements())
            keys.append(e.bytes());
        for (const QByteArray& k : keys) {
            QByteArray id;
            QString model;
            if (KeyModels::parse(k, &id, &model))
                FUZZ_CHECK(!id.isEmpty() && k.contains(id));
        }
        (void)KeyModels::collect(keys);
    }
}

void usageSeries(QByteArrayView payload)
{
    const QList<Reply> replies = fuzz::flatReplies(payload);
    QList<ModelSplit> models;
    for (const Reply& reply : replies) {
        const TokenCounts counts = UsageSeriesReader::parseUsage(reply);
        (void)counts.unsplitTokens();
        ModelSplit split;
        split.model = reply.describe(8);
        UsageSeriesReader::addModel(reply, &split);
        UsageSeriesReader::addModel(reply, &split);
        (void)split.cost();
        models.append(split);
        for (const Reply& e : reply.elements()) {
            QByteArray id;
            QString model;
            QString period;
            for (QByteArrayView kind : {QByteArrayView("daily"), QByteArrayView("monthly")})
                if (UsageSeriesReader::parseModelKey(e.bytes(), kind, &id, &model, &period))
                    FUZZ_CHECK(!id.isEmpty() && e.bytes().contains(id));
        }
    }
    UsageSeriesReader::sortModels(&models);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::Input in(data, size);
    switch (in.choice(7)) {
    case 0:
        usageRecord(in.rest());
        break;
    case 1:
        user(in.rest());
        break;
    case 2:
        accountRecord(in);
        break;
    case 3:
        keyStats(in);
        break;
    case 4:
        rangeStats(in);
        break;
    case 5:
        listsAndScans(in.rest());
        break;
    default:
        usageSeries(in.rest());
        break;
    }
    return 0;
}
