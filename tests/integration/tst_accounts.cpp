// Accounts, users and usage records against a private redis-server loaded with the fixtures:
// last-usage resolution reproduces the service's `lastUsage` for every key of both releases, the
// account directory finds every record type without fetching secrets in a fixed number of round
// trips, bindings resolve or are reported missing, users and owner labels follow section 10.

#include "RedisServer.h"
#include "SyncRedis.h"

#include "redis/Connection.h"
#include "relay/AccountDirectory.h"
#include "relay/ApiKey.h"
#include "relay/LastUsage.h"
#include "relay/UsageRecord.h"
#include "relay/UserDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka::redis;
using namespace rka::relay;
using namespace rka::test;

namespace {

// One database per data set, all on one private server.
constexpr int Db235 = 1;
constexpr int Db314 = 2;
constexpr int DbScratch = 3;
constexpr int DbFew = 4;
constexpr int DbMany = 5;
constexpr int DbUserIndex = 6;

QString fixturesDir()
{
    const QString fromEnv = qEnvironmentVariable("RKA_FIXTURES");
    if (!fromEnv.isEmpty() && QFile::exists(fromEnv + u"/crs-1.1.235/seed-keys.json"_s))
        return fromEnv;
    return QString::fromUtf8(QT_TESTCASE_SOURCEDIR "/../fixtures");
}

QJsonDocument readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}

// Loads an AccountDirectory or a UserDirectory, waiting for the answer; nullopt on error.
template <typename Directory> std::optional<Directory> load(Connection& c)
{
    std::optional<Directory> result;
    bool answered = false;
    QObject ctx;
    Directory::load(c, &ctx, [&](const Directory& d, const RedisError& e) {
        if (!e)
            result = d;
        answered = true;
    });
    (void)QTest::qWaitFor([&] { return answered; }, 20000);
    return result;
}

QList<UsageRecord> readRecords(Connection& c, const QString& keyId, int limit, int* dropped = nullptr)
{
    QList<UsageRecord> result;
    bool answered = false;
    QObject ctx;
    UsageRecord::read(c, keyId, limit, &ctx,
                      [&](const QList<UsageRecord>& records, int bad, const RedisError& e) {
                          if (!e)
                              result = records;
                          if (dropped)
                              *dropped = bad;
                          answered = true;
                      });
    (void)QTest::qWaitFor([&] { return answered; }, 10000);
    return result;
}

UsageRecord record(const char* json)
{
    return UsageRecord::parse(QByteArray(json)).value_or(UsageRecord());
}

AccountRecord account(AccountType type, const char* id, const char* name)
{
    AccountRecord r;
    r.type = type;
    r.id = QString::fromUtf8(id);
    if (name)
        r.fields.insert("name"_ba, QString::fromUtf8(name));
    r.fieldCount = 1;
    return r;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lastUsageMatchesServiceView_data();
    void lastUsageMatchesServiceView();
    void responsesPrefixRecordResolves();
    void resolutionRules();
    void directoryFindsSeededAccounts_data();
    void directoryFindsSeededAccounts();
    void groupsBedrockAndNoSecrets();
    void roundTripsIndependentOfAccountCount();
    void usersAndOwnerLabels_data();
    void usersAndOwnerLabels();
    void malformedAndStaleUsers();
    void usageRecordShapes();
    void garbageRecordsAreDropped();

private:
    std::unique_ptr<Connection> connect(int database);
    static int dbFor(const QString& release) { return release == "1.1.235"_L1 ? Db235 : Db314; }

    RedisServer m_server;
};

std::unique_ptr<Connection> TestAccounts::connect(int database)
{
    auto c = std::make_unique<Connection>();
    ConnectionSettings s = localSettings(m_server.port());
    s.database = database;
    if (!openAndWait(*c, s))
        qWarning("open failed: %s", qPrintable(c->lastError().message));
    return c;
}

void TestAccounts::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_server.loadCommandFile(fixturesDir() + u"/crs-1.1.235/seed.redis"_s, Db235, &error),
             qPrintable(error));
    QVERIFY2(m_server.loadCommandFile(fixturesDir() + u"/crs-1.1.314/seed.redis"_s, Db314, &error),
             qPrintable(error));
    QCOMPARE(m_server.command({"DBSIZE"}, Db235), "322"_ba);
    QCOMPARE(m_server.command({"DBSIZE"}, Db314), "425"_ba);
}

void TestAccounts::lastUsageMatchesServiceView_data()
{
    QTest::addColumn<QString>("release");
    QTest::newRow("1.1.235") << u"1.1.235"_s;
    QTest::newRow("1.1.314") << u"1.1.314"_s;
}

void TestAccounts::lastUsageMatchesServiceView()
{
    QFETCH(QString, release);
    const QJsonArray view =
        readJson(fixturesDir() + u"/crs-"_s + release + u"/view-getAllApiKeys-includeDeleted.json"_s).array();
    QCOMPARE(view.size(), 13);

    auto c = connect(dbFor(release));
    QVERIFY(c->isReady());
    const std::optional<AccountDirectory> accounts = load<AccountDirectory>(*c);
    QVERIFY(accounts);

    int nulls = 0;
    int deleted = 0;
    int resolved = 0;
    for (const QJsonValue& v : view) {
        const QJsonObject key = v.toObject();
        const QString id = key.value("id"_L1).toString();
        const QString name = key.value("name"_L1).toString();
        const QList<UsageRecord> newest = readRecords(*c, id, 1);
        const Reply lastUsedAt = runCommand(*c, {"HGET", "apikey:" + id.toUtf8(), "lastUsedAt"});
        const std::optional<LastUsage> usage = LastUsage::resolve(
            *accounts, newest.isEmpty() ? std::nullopt : std::optional(newest.first()), lastUsedAt.text());

        const QJsonValue expected = key.value("lastUsage"_L1);
        if (expected.isNull()) {
            QVERIFY2(!usage, qPrintable(name + u" should have no last usage"_s));
            ++nulls;
            continue;
        }
        QVERIFY2(usage, qPrintable(name + u" should have a last usage"_s));
        const QJsonObject want = expected.toObject();
        const QJsonObject got = usage->toJson();
        QCOMPARE(got.keys(), want.keys());
        for (const QString& field : want.keys()) {
            QVERIFY2(got.value(field) == want.value(field),
                     qPrintable(name + u": "_s + field + u" is "_s +
                                QString::fromUtf8(QJsonDocument(QJsonArray {got.value(field)}).toJson()) +
                                u" expected "_s +
                                QString::fromUtf8(QJsonDocument(QJsonArray {want.value(field)}).toJson())));
        }
        if (usage->isDeleted())
            ++deleted;
        else
            ++resolved;
    }
    // k02 (a record without any account) and the four keys without records are null; k09 is deleted.
    QCOMPARE(nulls, 5);
    QCOMPARE(deleted, 1);
    QCOMPARE(resolved, 7);
}

void TestAccounts::responsesPrefixRecordResolves()
{
    // k09's older record names `responses:acc-resp-01` (fixtures README 4.4).
    for (const int db : {Db235, Db314}) {
        auto c = connect(db);
        const std::optional<AccountDirectory> accounts = load<AccountDirectory>(*c);
        QVERIFY(accounts);
        const QByteArray k09 = db == Db235 ? "faf7f4d1-3e73-49b5-aaec-8dd4cf93bb85"_ba
                                           : "b9b5aaec-8dd4-4f93-bb85-97fe26726bd6"_ba;
        const Reply older = runCommand(*c, {"LRANGE", "usage:records:" + k09, "1", "1"});
        QCOMPARE(older.size(), 1);
        const std::optional<UsageRecord> r = UsageRecord::parse(older.at(0).bytes());
        QVERIFY(r);
        QCOMPARE(r->accountId(), u"responses:acc-resp-01"_s);
        const std::optional<LastUsage> usage = LastUsage::resolve(*accounts, r, QString());
        QVERIFY(usage);
        QCOMPARE(usage->accountId, u"acc-resp-01"_s);
        QCOMPARE(usage->rawAccountId, u"responses:acc-resp-01"_s);
        QCOMPARE(usage->accountType, u"openai-responses"_s);
        QCOMPARE(usage->accountCategory, u"openai"_s);
        QCOMPARE(usage->accountName, u"Responses Relay"_s);
        QCOMPARE(usage->recordedAt, u"2026-01-30T03:00:24.000Z"_s);
    }
}

void TestAccounts::resolutionRules()
{
    AccountDirectory d;
    d.insert(account(AccountType::Claude, "c-1", "Claude One"));
    d.insert(account(AccountType::ClaudeConsole, "cc-1", "Console One"));
    d.insert(account(AccountType::GeminiApi, "ga-1", nullptr)); // nameless: the id is the name
    d.insert(account(AccountType::Ccr, "ccr-1", "CCR One"));
    AccountRecord mailOnly = account(AccountType::Droid, "d-1", nullptr);
    mailOnly.fields.insert("name"_ba, QString()); // empty is falsy: the next field wins
    mailOnly.fields.insert("email"_ba, u"droid@example.test"_s);
    d.insert(mailOnly);

    // 1.1.314 `claude-official` is not in the table; the model heuristic finds the account (18.8).
    auto u = LastUsage::resolve(
        d,
        record(
            R"({"timestamp":"T1","model":"claude-opus-4","accountId":"c-1","accountType":"claude-official"})"),
        {});
    QVERIFY(u);
    QCOMPARE(u->accountType, u"claude"_s);
    QCOMPARE(u->accountName, u"Claude One"_s);
    // ... and a Console account second in the Claude heuristic.
    u = LastUsage::resolve(
        d,
        record(
            R"({"timestamp":"T1","model":"claude-opus-4","accountId":"cc-1","accountType":"claude-official"})"),
        {});
    QCOMPARE(u->accountType, u"claude-console"_s);
    QCOMPARE(u->accountCategory, u"claude"_s);
    // Type spellings are normalised.
    u = LastUsage::resolve(
        d, record(R"({"timestamp":"T","model":"x","accountId":"cc-1","accountType":"Claude_Console"})"), {});
    QCOMPARE(u->accountType, u"claude-console"_s);
    // `api:` is stripped for gemini-api; a nameless account shows its id.
    u = LastUsage::resolve(d, record(R"({"timestamp":"T","model":"gemini-2.5-pro","accountId":"api:ga-1"})"),
                           {});
    QVERIFY(u);
    QCOMPARE(u->accountId, u"ga-1"_s);
    QCOMPARE(u->rawAccountId, u"api:ga-1"_s);
    QCOMPARE(u->accountType, u"gemini-api"_s);
    QCOMPARE(u->accountName, u"ga-1"_s);
    // Display name: the first non-empty of name, displayName, email, ...
    u = LastUsage::resolve(d, record(R"({"timestamp":"T","model":"m","accountId":"d-1"})"), {});
    QCOMPARE(u->accountName, u"droid@example.test"_s);
    // ccr is not in the resolver's table: even an existing ccr account reads as deleted (15.1).
    u = LastUsage::resolve(
        d, record(R"({"timestamp":"T","model":"m","accountId":"ccr-1","accountType":"ccr"})"), {});
    QVERIFY(u && u->isDeleted());
    QCOMPARE(u->accountName, u"已删除"_s);
    QCOMPARE(u->rawAccountId, u"ccr-1"_s);
    QVERIFY(!u->accountId);
    // Only a type: nothing to look up, so the fallback with a null raw id.
    u = LastUsage::resolve(d, record(R"({"timestamp":"T","model":"m","accountType":"claude"})"), {});
    QVERIFY(u && u->isDeleted());
    QVERIFY(!u->rawAccountId);
    QCOMPARE(u->toJson().value("rawAccountId"_L1), QJsonValue(QJsonValue::Null));
    // recordedAt: the record's timestamp, else the key's lastUsedAt, else null.
    u = LastUsage::resolve(d, record(R"({"model":"m","accountId":"c-1"})"), u"2026-01-01T00:00:00.000Z"_s);
    QCOMPARE(u->recordedAt, u"2026-01-01T00:00:00.000Z"_s);
    u = LastUsage::resolve(d, record(R"({"model":"m","accountId":"c-1"})"), QString());
    QVERIFY(!u->recordedAt);
    QCOMPARE(u->toJson().value("recordedAt"_L1), QJsonValue(QJsonValue::Null));
    // No record, or a record with neither id nor type (empty strings are falsy): null.
    QVERIFY(!LastUsage::resolve(d, std::nullopt, u"x"_s));
    QVERIFY(!LastUsage::resolve(d, record(R"({"timestamp":"T","accountId":"","accountType":""})"), {}));
}

void TestAccounts::directoryFindsSeededAccounts_data()
{
    lastUsageMatchesServiceView_data();
}

void TestAccounts::directoryFindsSeededAccounts()
{
    QFETCH(QString, release);
    auto c = connect(dbFor(release));
    const std::optional<AccountDirectory> d = load<AccountDirectory>(*c);
    QVERIFY(d);
    // The index sets `claude:account:index` etc. and `account_usage:*` are no accounts.
    QCOMPARE(d->size(), 6);
    QVERIFY(d->skippedKeys().isEmpty());
    const QList<std::tuple<AccountType, QString, QString>> expected {
        {AccountType::Claude, u"acc-claude-01"_s, u"Claude Max #1"_s},
        {AccountType::ClaudeConsole, u"acc-console-01"_s, u"Console Team Account"_s},
        {AccountType::OpenAI, u"acc-openai-01"_s, u"OpenAI Plus"_s},
        {AccountType::OpenAIResponses, u"acc-resp-01"_s, u"Responses Relay"_s},
        {AccountType::Gemini, u"acc-gemini-01"_s, u"Gemini Workspace"_s},
        {AccountType::Droid, u"acc-droid-01"_s, u"Droid Factory"_s},
    };
    for (const auto& [type, id, name] : expected) {
        const std::optional<AccountRecord> r = d->find(type, id);
        QVERIFY2(r, qPrintable(id));
        QCOMPARE(r->displayName(), name);
    }
    const std::optional<AccountRecord> claude = d->find(AccountType::Claude, u"acc-claude-01"_s);
    QCOMPARE(claude->field("accountType"_ba), u"shared"_s);
    QCOMPARE(claude->field("platform"_ba), u"claude"_s);
    QVERIFY(claude->isActive());

    // k09's bindings (fixtures README 4.3): three exist, azure and bedrock are gone.
    const auto k09 = [&](ApiKeyField f, const QString& v) { return d->resolveBinding(f, v); };
    AccountBinding b = k09(ApiKeyField::ClaudeConsoleAccountId, u"acc-console-01"_s);
    QCOMPARE(b.state, AccountBinding::State::Found);
    QCOMPARE(b.record->displayName(), u"Console Team Account"_s);
    b = k09(ApiKeyField::OpenaiAccountId, u"responses:acc-resp-01"_s);
    QCOMPARE(b.state, AccountBinding::State::Found);
    QCOMPARE(b.type, AccountType::OpenAIResponses);
    QCOMPARE(b.id, u"acc-resp-01"_s);
    QCOMPARE(k09(ApiKeyField::DroidAccountId, u"acc-droid-01"_s).state, AccountBinding::State::Found);
    b = k09(ApiKeyField::AzureOpenaiAccountId, u"acc-azure-01"_s);
    QVERIFY(b.isMissing());
    QCOMPARE(b.type, AccountType::AzureOpenAI);
    QVERIFY(!b.record);
    b = k09(ApiKeyField::BedrockAccountId, u"acc-bedrock-01"_s);
    QVERIFY(b.isMissing());
    QCOMPARE(b.type, AccountType::Bedrock);
    QVERIFY(k09(ApiKeyField::OpenaiAccountId, u"acc-gone-01"_s).isMissing());
    QCOMPARE(k09(ApiKeyField::ClaudeAccountId, QString()).state, AccountBinding::State::Unbound);
    QCOMPARE(k09(ApiKeyField::Name, u"acc-claude-01"_s).state, AccountBinding::State::Unbound);
}

void TestAccounts::groupsBedrockAndNoSecrets()
{
    auto c = connect(DbScratch);
    const QByteArray secret = "enc:4f2a9c0de1b7:c2VjcmV0LXJlZnJlc2gtdG9rZW4="_ba;
    const SyncResult seed = runPipeline(
        *c,
        {
            {"FLUSHDB"},
            {"HSET", "account_group:g-claude", "id", "g-claude", "name", "Claude Pool", "platform", "claude"},
            {"HSET", "account_group:g-gemini", "id", "g-gemini", "name", "Gemini Pool", "platform", "gemini"},
            {"SADD", "account_groups", "g-claude", "g-gemini"},
            {"SADD", "account_group_members:g-claude", "acc-oauth"},
            {"SET", "bedrock_account:br-1",
             R"({"id":"br-1","name":"Bedrock East","region":"us-east-1","isActive":true,"priority":50,)"
             R"("awsCredentials":")" +
                 secret + R"("})"},
            {"HSET", "claude:account:acc-oauth", "id", "acc-oauth", "name", "OAuth Holder", "email",
             "enc:abc", "claudeAiOauth", secret, "accessToken", secret, "refreshToken", secret, "proxy",
             secret},
            {"HSET", "gemini_api_account:ga-1", "id", "ga-1", "name", "Gemini Key", "apiKey", secret},
            {"HSET", "ccr_account:ccr-1", "name", "CCR One", "apiKey", secret},
            {"HSET", "azure_openai:account:az-1", "name", "Azure One", "apiKey", secret},
            {"SADD", "claude:account:index", "acc-oauth"},
            {"SET", "claude:account:not-a-hash", "x"},
            {"ZADD", "concurrency:console_account:cc-9", "1", "r"},
            {"HSET", "account_usage:acc-oauth", "totalTokens", "5"},
        });
    QVERIFY(!seed.error);
    for (const Reply& r : seed.replies)
        QVERIFY2(!r.isError(), qPrintable(r.text()));

    c->commandLog().clear();
    const std::optional<AccountDirectory> d = load<AccountDirectory>(*c);
    QVERIFY(d);
    QCOMPARE(d->size(), 7);
    QCOMPARE(d->skippedKeys(), QList<QByteArray> {"claude:account:not-a-hash"_ba});

    // group:{id} names an account_group record; a missing group is reported.
    AccountBinding b = d->resolveBinding(ApiKeyField::ClaudeAccountId, u"group:g-claude"_s);
    QCOMPARE(b.state, AccountBinding::State::Found);
    QCOMPARE(b.type, AccountType::Group);
    QCOMPARE(b.record->displayName(), u"Claude Pool"_s);
    QCOMPARE(b.record->platform(), u"claude"_s);
    QVERIFY(d->resolveBinding(ApiKeyField::ClaudeAccountId, u"group:g-gone"_s).isMissing());
    // The bedrock JSON string resolves by name; its JSON values are kept in String() form.
    b = d->resolveBinding(ApiKeyField::BedrockAccountId, u"br-1"_s);
    QCOMPARE(b.state, AccountBinding::State::Found);
    QCOMPARE(b.record->displayName(), u"Bedrock East"_s);
    QCOMPARE(b.record->field("region"_ba), u"us-east-1"_s);
    QCOMPARE(b.record->field("priority"_ba), u"50"_s);
    QVERIFY(b.record->isActive());
    QCOMPARE(b.record->fieldCount, 6);
    b = d->resolveBinding(ApiKeyField::GeminiAccountId, u"api:ga-1"_s);
    QCOMPARE(b.type, AccountType::GeminiApi);
    QCOMPARE(b.record->displayName(), u"Gemini Key"_s);
    QCOMPARE(d->resolveBinding(ApiKeyField::CcrAccountId, u"ccr-1"_s).state, AccountBinding::State::Found);
    QCOMPARE(d->find(AccountType::Claude, u"acc-oauth"_s)->fieldCount, 7);

    // The editor's choices carry the stored form of each value.
    QStringList values;
    for (const BindingChoice& choice : d->choices(ApiKeyField::ClaudeAccountId))
        values.append(choice.value);
    QCOMPARE(values, (QStringList {u"acc-oauth"_s, u"group:g-claude"_s}));
    values.clear();
    for (const BindingChoice& choice : d->choices(ApiKeyField::GeminiAccountId))
        values.append(choice.value);
    QCOMPARE(values, (QStringList {u"api:ga-1"_s, u"group:g-gemini"_s}));

    // Nothing but the display fields was kept, and no secret value came over the wire.
    const QList<QByteArray> allowed = AccountDirectory::displayFields();
    for (const AccountRecord& r : d->all()) {
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            QVERIFY2(allowed.contains(it.key()), it.key().constData());
            QVERIFY2(!it.value().contains(QString::fromLatin1(secret)), it.key().constData());
        }
    }
    for (const CommandLog::Entry& e : c->commandLog().entries()) {
        QVERIFY2(e.command != "HGETALL" && e.command != "HGET" && e.command != "HVALS",
                 e.command.constData());
        if (e.command == "GET")
            QVERIFY2(e.key.startsWith("bedrock_account:"), e.key.constData());
    }
}

void TestAccounts::roundTripsIndependentOfAccountCount()
{
    const auto fill = [this](int db, int count) {
        auto c = connect(db);
        QList<Command> commands {{"FLUSHDB"}};
        const QList<QByteArray> prefixes {"claude:account:", "claude_console_account:", "openai:account:",
                                          "gemini_account:", "droid:account:"};
        for (int i = 0; i < count; ++i) {
            const QByteArray id = "acc-" + QByteArray::number(i);
            commands.append({"HSET", prefixes.at(i % prefixes.size()) + id, "id", id, "name", "Account " + id,
                             "accessToken", "secret"});
        }
        commands.append({"SET", "bedrock_account:br-" + QByteArray::number(count), R"({"name":"B"})"});
        const SyncResult r = runPipeline(*c, commands, 30000);
        return !r.error && r.replies.size() == commands.size();
    };
    QVERIFY(fill(DbFew, 5));
    QVERIFY(fill(DbMany, 500));

    const auto roundTrips = [this](int db, qsizetype* size) {
        auto c = connect(db);
        c->commandLog().resetTotals();
        const std::optional<AccountDirectory> d = load<AccountDirectory>(*c);
        *size = d ? d->size() : -1;
        return c->commandLog().totals().roundTrips;
    };
    qsizetype few = 0;
    qsizetype many = 0;
    const qint64 fewTrips = roundTrips(DbFew, &few);
    const qint64 manyTrips = roundTrips(DbMany, &many);
    QCOMPARE(few, 6);
    QCOMPARE(many, 501);
    QCOMPARE(manyTrips, fewTrips);
    QCOMPARE(fewTrips, 2); // one SCAN round (a small keyspace), one pipeline of reads
}

void TestAccounts::usersAndOwnerLabels_data()
{
    lastUsageMatchesServiceView_data();
}

void TestAccounts::usersAndOwnerLabels()
{
    QFETCH(QString, release);
    const QJsonObject seedKeys =
        readJson(fixturesDir() + u"/crs-"_s + release + u"/seed-keys.json"_s).object();
    const QString aliceId = seedKeys.value("users"_L1).toObject().value("alice"_L1).toString();
    const QString bobId = seedKeys.value("users"_L1).toObject().value("bob"_L1).toString();
    QVERIFY(UserDirectory::isUserId(aliceId));

    auto c = connect(dbFor(release));
    const std::optional<UserDirectory> users = load<UserDirectory>(*c);
    QVERIFY(users);
    QCOMPARE(users->size(), 2);
    QVERIFY(users->malformed().isEmpty());
    QCOMPARE(users->fromIndex(), release == "1.1.314"_L1); // user:index exists only in 1.1.314
    const std::optional<User> alice = users->find(aliceId);
    QVERIFY(alice);
    QCOMPARE(alice->username, u"alice"_s);
    QCOMPARE(alice->displayName, u"Alice Example"_s);
    QCOMPARE(alice->email, u"alice@example.test"_s);
    QCOMPARE(alice->role, u"user"_s);
    QVERIFY(alice->isActive);
    QCOMPARE(alice->createdAt, u"2026-01-29T01:00:01.000Z"_s);
    QCOMPARE(users->find(bobId)->username, u"bob"_s);

    // Owner labels from the keys themselves.
    const auto keyNamed = [&](const QString& name) {
        for (const QJsonValue& k : seedKeys.value("keys"_L1).toArray()) {
            if (k.toObject().value("name"_L1).toString() != name)
                continue;
            const Reply all =
                runCommand(*c, {"HGETALL", "apikey:" + k.toObject().value("id"_L1).toString().toUtf8()});
            RawHash fields;
            for (qsizetype i = 0; i + 1 < all.size(); i += 2)
                fields.append({all.at(i).bytes(), all.at(i + 1).bytes()});
            return ApiKey(fields);
        }
        return ApiKey();
    };
    OwnerLabel label = users->ownerLabel(keyNamed(u"k05-alice-own"_s));
    QCOMPARE(label.kind, OwnerLabel::Kind::User);
    QCOMPARE(label.text, u"Alice Example"_s);
    QCOMPARE(label.userId, aliceId);
    label = users->ownerLabel(keyNamed(u"bob"_s));
    QCOMPARE(label.kind, OwnerLabel::Kind::User);
    QCOMPARE(label.text, u"Bob Example"_s);
    label = users->ownerLabel(keyNamed(u"k01-full-options"_s));
    QCOMPARE(label.kind, OwnerLabel::Kind::Admin);
    QCOMPARE(label.text, u"Admin"_s);
    label = users->ownerLabel(u"0123456789abcdef0123456789abcdef"_s, u"user"_s);
    QCOMPARE(label.kind, OwnerLabel::Kind::UnknownUser);
    QCOMPARE(label.text, u"Unknown User"_s);
    label = users->ownerLabel(QString(), u"carol"_s);
    QCOMPARE(label.kind, OwnerLabel::Kind::CreatedBy);
    QCOMPARE(label.text, u"carol"_s);
    QCOMPARE(users->ownerLabel(QString(), QString()).text, u"Admin"_s);
}

void TestAccounts::malformedAndStaleUsers()
{
    const QByteArray good = "0123456789abcdef0123456789abcdef"_ba;
    const QByteArray bad = "fedcba9876543210fedcba9876543210"_ba;
    auto c = connect(DbScratch);
    SyncResult seed =
        runPipeline(*c,
                    {
                        {"FLUSHDB"},
                        {"SET", "user:" + good, R"({"id":"x","username":"dora","isActive":true})"},
                        {"SET", "user:" + bad, "{\"username\": \"half"},
                        {"SET", "user_session:tok", "{}"},
                        {"SET", "user:not-an-id", "{}"},
                        {"SET", "username:dora", good},
                    });
    QVERIFY(!seed.error);
    std::optional<UserDirectory> users = load<UserDirectory>(*c);
    QVERIFY(users);
    QVERIFY(!users->fromIndex());
    QCOMPARE(users->size(), 2);
    const QList<User> malformed = users->malformed();
    QCOMPARE(malformed.size(), 1);
    QCOMPARE(malformed.first().id, QString::fromLatin1(bad));
    QVERIFY(!malformed.first().problem.isEmpty());
    QCOMPARE(malformed.first().raw, "{\"username\": \"half"_ba);
    QVERIFY(!users->find(QString::fromLatin1(good))->malformed);
    // The service cannot read a malformed user either, so its keys show an unknown owner.
    QCOMPARE(users->ownerLabel(QString::fromLatin1(bad), u"user"_s).kind, OwnerLabel::Kind::UnknownUser);

    // With an index: its members are read, and one without a record is reported as stale.
    auto ci = connect(DbUserIndex);
    const QByteArray gone = "00000000000000000000000000000000"_ba;
    seed = runPipeline(*ci,
                       {{"FLUSHDB"},
                        {"SET", "user:" + good, R"({"username":"dora","displayName":"Dora"})"},
                        {"SADD", "user:index", good, gone}});
    QVERIFY(!seed.error);
    users = load<UserDirectory>(*ci);
    QVERIFY(users);
    QVERIFY(users->fromIndex());
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->staleIndexIds(), QStringList {QString::fromLatin1(gone)});
    QVERIFY(!users->find(QString::fromLatin1(good))->isActive); // absent isActive is falsy
}

void TestAccounts::usageRecordShapes()
{
    auto c235 = connect(Db235);
    auto c314 = connect(Db314);

    // 1.1.235 recordUsageWithDetails (k01's newest) and legacy recordUsage (k13).
    QList<UsageRecord> records = readRecords(*c235, u"19c56c96-7ffd-413a-b2d9-f193b5c0c69b"_s, 200);
    QCOMPARE(records.size(), 5);
    UsageRecord r = records.first();
    QVERIFY(r.isDetailed());
    QCOMPARE(r.timestamp(), u"2026-02-01T23:30:31.000Z"_s);
    QCOMPARE(r.timestampUtc(), QDateTime(QDate(2026, 2, 1), QTime(23, 30, 31), Qt::UTC));
    QCOMPARE(r.model(), u"claude-sonnet-4-20250514[1m]"_s);
    QCOMPARE(r.accountId(), u"acc-claude-01"_s);
    QCOMPARE(r.accountType(), u"claude"_s);
    QCOMPARE(r.inputTokens(), 210000);
    QCOMPARE(r.outputTokens(), 1000);
    QCOMPARE(r.totalTokens(), 211000);
    QCOMPARE(r.cost(), 1.2825);
    QVERIFY(!r.realCost());
    QVERIFY(r.isLongContext());
    QVERIFY(!r.requestId() && !r.stream() && !r.statusCode());
    QCOMPARE(records.at(4).ephemeral5mTokens(), 1500); // the oldest: the ephemeral split
    QCOMPARE(records.at(4).ephemeral1hTokens(), 500);
    QCOMPARE(records.at(4).cacheCreateTokens(), 2000);
    QCOMPARE(records.at(4).cacheReadTokens(), 8000);

    records = readRecords(*c235, u"6a895ef9-4423-41f1-b502-a224d1ede3ac"_s, 50);
    QCOMPARE(records.size(), 1);
    r = records.first();
    QVERIFY(!r.isDetailed());
    QVERIFY(!r.accountType()); // the legacy shape has no accountType at all
    QCOMPARE(r.accountId(), u"acc-claude-01"_s);
    QCOMPARE(r.cacheCreateTokens(), 300);
    QCOMPARE(r.json().value("costBreakdown"_L1).toObject().value("cacheWrite"_L1).toDouble(), 0.001125);

    // k02's newest has a null accountId.
    records = readRecords(*c235, u"8ef712e4-44d3-42cd-8b0c-aab602e2ed0d"_s, 1);
    QCOMPARE(records.size(), 1);
    QVERIFY(!records.first().accountId());

    // 1.1.314: request fields (null in these records), stream, realCost; legacy accountType null.
    records = readRecords(*c314, u"004e3634-4c99-4672-9c4f-37e4b50c0d80"_s, 5);
    QCOMPARE(records.size(), 1);
    r = records.first();
    QCOMPARE(r.realCost(), 0.0069);
    QCOMPARE(r.stream(), false);
    QVERIFY(!r.requestId() && !r.endpoint() && !r.statusCode() && !r.durationMs());
    QCOMPARE(r.cacheReadTokens(), 1000);
    records = readRecords(*c314, u"01f13502-a224-41ed-a3ac-fb7b2b5928df"_s, 5);
    QVERIFY(!records.first().accountType());

    const std::optional<UsageRecord> full = UsageRecord::parse(
        R"({"timestamp":"2026-03-01T00:00:00.000Z","model":"gpt-5","accountId":"a","accountType":"openai",)"
        R"("requestId":"req-1","endpoint":"/v1/responses","method":"POST","statusCode":200,"stream":true,)"
        R"("durationMs":1532,"inputTokens":1,"outputTokens":2,"totalTokens":3,"cost":0.5,"realCost":0.25})");
    QVERIFY(full);
    QCOMPARE(full->requestId(), u"req-1"_s);
    QCOMPARE(full->endpoint(), u"/v1/responses"_s);
    QCOMPARE(full->method(), u"POST"_s);
    QCOMPARE(full->statusCode(), 200);
    QCOMPARE(full->stream(), true);
    QCOMPARE(full->durationMs(), 1532);
    QCOMPARE(full->realCost(), 0.25);
    QCOMPARE(UsageRecord::rangeCommand(u"k"_s, 1), (Command {"LRANGE", "usage:records:k", "0", "0"}));
}

void TestAccounts::garbageRecordsAreDropped()
{
    const QList<QByteArray> garbage {
        ""_ba,
        "{"_ba,
        "null"_ba,
        "42"_ba,
        "\"text\""_ba,
        "[1,2,3]"_ba,
        "\xff\xfe\x00\x01"_ba,
        QByteArray(100000, '['),
    };
    for (const QByteArray& g : garbage)
        QVERIFY2(!UsageRecord::parse(g), g.left(20).toHex().constData());

    // Odd but valid objects parse, with typed members at their defaults.
    const std::optional<UsageRecord> odd = UsageRecord::parse(
        R"({"accountId":5,"inputTokens":"many","cost":"1","statusCode":-3,"stream":"yes"})");
    QVERIFY(odd);
    QCOMPARE(odd->accountId(), u"5"_s);
    QCOMPARE(odd->inputTokens(), 0);
    QCOMPARE(odd->cost(), 0.0);
    QVERIFY(!odd->statusCode());
    QVERIFY(!odd->stream());
    QVERIFY(odd->timestamp().isEmpty());
    QVERIFY(!odd->timestampUtc());

    // A list with unparseable entries: they are dropped and counted, the rest kept in order.
    auto c = connect(DbScratch);
    const SyncResult seed =
        runPipeline(*c,
                    {{"DEL", "usage:records:g"},
                     {"RPUSH", "usage:records:g", R"({"model":"a"})", "not json", "", R"({"model":"b"})"}});
    QVERIFY(!seed.error);
    int dropped = -1;
    const QList<UsageRecord> records = readRecords(*c, u"g"_s, 10, &dropped);
    QCOMPARE(records.size(), 2);
    QCOMPARE(dropped, 2);
    QCOMPARE(records.at(0).model(), u"a"_s);
    QCOMPARE(records.at(1).model(), u"b"_s);
    // The newest entry does not parse: the service's list shows no last usage.
    const SyncResult push = runPipeline(*c, {{"LPUSH", "usage:records:g", "{broken"}});
    QVERIFY(!push.error);
    const QList<UsageRecord> newest = readRecords(*c, u"g"_s, 1);
    QVERIFY(newest.isEmpty());
    QVERIFY(!LastUsage::resolve(AccountDirectory(), std::nullopt, u"2026-01-01T00:00:00.000Z"_s));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
