// Demo mode (relay-key-admin --demo): the data set that core's DemoData writes into a private Redis is
// checked with the test's own client (hiredis) against what the demo promises: about 60 keys with
// every kind of setting, the accounts and users they name, 90 days of usage with weekly and daily
// rhythms, buckets only as long as the service keeps them, and a clean core health check. The plan is
// deterministic. Then the GUI binary runs the demo offscreen, takes a screenshot and stops its server.

#include "RedisServer.h"
#include "SyncRedis.h"

#include "relay/DemoData.h"
#include "relay/HealthCheck.h"
#include "relay/KeyListReader.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <functional>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::test;

namespace {

constexpr int DemoDb = 1;
constexpr int SecondDb = 2;
constexpr int OffsetHours = 8; // the service's default TIMEZONE_OFFSET, which the demo uses

using Hash = QMap<QByteArray, QByteArray>;

Hash toHash(const QList<QByteArray>& flat)
{
    Hash h;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        h.insert(flat[i], flat[i + 1]);
    return h;
}

double number(const Hash& h, const char* field)
{
    return h.value(field).toDouble();
}

QDateTime isoTime(const QByteArray& s)
{
    return QDateTime::fromString(QString::fromLatin1(s), Qt::ISODateWithMs);
}

// The service's date of an instant: the instant shifted by the offset, read in UTC (section 14.1).
QDate serviceDate(const QDateTime& t)
{
    return t.toUTC().addSecs(OffsetHours * 3600).date();
}

QString dateText(const QDate& d)
{
    return d.toString(u"yyyy-MM-dd"_s);
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheHealthCheck();
    void keysHaveThePromisedVariety();
    void expiryAndLifeCycle();
    void accountsUsersAndBindingsExist();
    void usageCoversNinetyDays();
    void usageFollowsWeekdaysAndWorkingHours();
    void shortLivedBucketsOnlyWhileTheServiceKeepsThem();
    void isDeterministic();
    void guiRunsTheDemoAndStopsItsServer();
    void serverStopsWhenTheProgramIsKilled();

private:
    relay::DemoData::Options options() const;
    relay::DemoData::Summary seed(int database);
    QList<QByteArray> keys(const QByteArray& pattern, int database = DemoDb);

    RedisServer m_server;
    QDateTime m_now = QDateTime::fromString(u"2026-02-04T06:30:00.000Z"_s, Qt::ISODateWithMs); // Wed 14:30 tz
    relay::DemoData::Summary m_summary;
    QMap<QByteArray, Hash> m_apiKeys; // id -> fields, as stored
};

relay::DemoData::Options TestDemo::options() const
{
    relay::DemoData::Options o;
    o.now = m_now;
    o.encryptionKey = "demo-test-encryption-key-32chars";
    return o;
}

relay::DemoData::Summary TestDemo::seed(int database)
{
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = database;
    s.commandTimeoutMs = 60000;
    relay::DemoData::Summary summary;
    summary.error = u"not answered"_s;
    if (!openAndWait(c, s))
        return summary;
    bool done = false;
    relay::DemoData::seed(c, options(), this, [&](const relay::DemoData::Summary& result) {
        summary = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 240000))
        summary.error = u"timed out"_s;
    return summary;
}

QList<QByteArray> TestDemo::keys(const QByteArray& pattern, int database)
{
    QList<QByteArray> found = m_server.commandList({"KEYS", pattern}, database);
    found.removeAll(QByteArray()); // an empty reply renders as one empty element
    std::sort(found.begin(), found.end());
    return found;
}

void TestDemo::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_summary = seed(DemoDb);
    QVERIFY2(m_summary.error.isEmpty(), qPrintable(m_summary.error));
    qInfo("demo data: %d keys (%d deleted), %d users, %d accounts, %lld requests in %lld commands; "
          "planned in %lld ms, written in %lld ms; %s keys in Redis",
          m_summary.keys, m_summary.deletedKeys, m_summary.users, m_summary.accounts, m_summary.requests,
          m_summary.commands, m_summary.planMs, m_summary.writeMs,
          m_server.command({"DBSIZE"}, DemoDb).constData());

    // Every key hash, read with the test's own client. Key ids are UUID v4, as the service makes them.
    static const QRegularExpression keyName(
        u"^apikey:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    for (const QByteArray& name : keys("apikey:*")) {
        if (m_server.command({"TYPE", name}, DemoDb) != "hash" || name == "apikey:hash_map")
            continue;
        QVERIFY2(keyName.match(QString::fromLatin1(name)).hasMatch(), name.constData());
        m_apiKeys.insert(name.mid(7), toHash(m_server.commandList({"HGETALL", name}, DemoDb)));
    }
}

void TestDemo::passesTheHealthCheck()
{
    redis::Connection c;
    redis::ConnectionSettings s = localSettings(m_server.port());
    s.database = DemoDb;
    s.readOnly = true;
    QVERIFY(openAndWait(c, s));
    relay::KeyListReader reader(c);
    bool done = false;
    redis::RedisError error;
    connect(&reader, &relay::KeyListReader::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    relay::KeyListOptions listOptions;
    listOptions.now = m_now;
    reader.start(listOptions);
    QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
    QVERIFY2(!error, qPrintable(error.message));
    const relay::ReleaseDetection release = reader.release();
    QVERIFY2(release.writable(), qPrintable(release.problem));
    QVERIFY(release.hasKeyIndex());
    QVERIFY(release.weeklyUsesPeriod());
    QCOMPARE(reader.keys().size(), qsizetype(m_apiKeys.size()));

    relay::HealthCheck check(c);
    done = false;
    connect(&check, &relay::HealthCheck::finished, this, [&](const redis::RedisError& e) {
        error = e;
        done = true;
    });
    check.start(reader.takeKeys(), release);
    QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
    QVERIFY2(!error, qPrintable(error.message));
    QStringList findings;
    for (const relay::HealthFinding& f : check.findings())
        findings << relay::HealthText::kindId(f.kind) + u' ' + QString::fromUtf8(f.keyId) + u": "_s +
                f.explanation;
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
}

void TestDemo::keysHaveThePromisedVariety()
{
    QCOMPARE(m_server.command({"GET", "system:migrated:version"}, DemoDb), "1.1.314"_ba);
    QCOMPARE(m_server.command({"GET", "apikey:index:version"}, DemoDb), "2"_ba);
    const qsizetype n = m_apiKeys.size();
    QVERIFY2(n >= 55 && n <= 65, qPrintable(u"%1 keys"_s.arg(n)));
    QCOMPARE(n, qsizetype(m_summary.keys));

    auto count = [this](const std::function<bool(const Hash&)>& predicate) {
        return std::count_if(m_apiKeys.cbegin(), m_apiKeys.cend(), predicate);
    };
    // Every limit type.
    QVERIFY(count([](const Hash& h) {
                return number(h, "tokenLimit") > 0 && number(h, "rateLimitWindow") > 0;
            }) >= 2);
    QVERIFY(count([](const Hash& h) { return number(h, "concurrencyLimit") > 0; }) >= 5);
    QVERIFY(count([](const Hash& h) {
                return number(h, "rateLimitWindow") > 0 && number(h, "rateLimitRequests") > 0;
            }) >= 3);
    QVERIFY(count([](const Hash& h) { return number(h, "rateLimitCost") > 0; }) >= 2);
    QVERIFY(count([](const Hash& h) { return number(h, "dailyCostLimit") > 0; }) >= 10);
    QVERIFY(count([](const Hash& h) { return number(h, "totalCostLimit") > 0; }) >= 5);
    QVERIFY(count([](const Hash& h) { return number(h, "weeklyOpusCostLimit") > 0; }) >= 5);
    QVERIFY(count([](const Hash& h) {
                return h.value("weeklyResetDay") != "1" || h.value("weeklyResetHour") != "0";
            }) >= 1);
    QVERIFY(count([](const Hash& h) { return h.value("serviceRates").contains("claude"); }) >= 1);
    // Restrictions and permissions.
    QVERIFY(count([](const Hash& h) {
                return h.value("enableModelRestriction") == "true" && h.value("restrictedModels").size() > 2;
            }) >= 2);
    const QList<QByteArray> clients = {"claude_code", "gemini_cli", "codex_cli", "droid_cli"};
    QVERIFY(count([&clients](const Hash& h) {
                if (h.value("enableClientRestriction") != "true")
                    return false;
                const QJsonDocument list = QJsonDocument::fromJson(h.value("allowedClients"));
                if (!list.isArray() || list.array().isEmpty())
                    return false;
                for (const QJsonValue& v : list.array())
                    if (!clients.contains(v.toString().toLatin1()))
                        return false;
                return true;
            }) >= 4);
    QVERIFY(count([](const Hash& h) { return h.value("permissions") != "[]"; }) >= 3);
    QVERIFY(count([](const Hash& h) { return !h.value("permissions").startsWith('['); }) == 0); // JSON only

    // Tags, in the key index too.
    QSet<QByteArray> tags;
    for (const Hash& h : std::as_const(m_apiKeys))
        for (const QJsonValue& t : QJsonDocument::fromJson(h.value("tags")).array())
            tags.insert(t.toString().toUtf8());
    QVERIFY(count([](const Hash& h) { return h.value("tags") != "[]"; }) >= 50);
    QVERIFY(tags.size() >= 10);
    const QList<QByteArray> tagsAll = m_server.commandList({"SMEMBERS", "apikey:tags:all"}, DemoDb);
    for (const QByteArray& t : std::as_const(tags))
        QVERIFY2(tagsAll.contains(t), t.constData());

    // Icons, as data URLs the web admin's picker stored: PNG and SVG that decode.
    int png = 0, svg = 0;
    for (const Hash& h : std::as_const(m_apiKeys)) {
        const QByteArray icon = h.value("icon");
        if (icon.startsWith("data:image/png;base64,")) {
            const QImage image = QImage::fromData(QByteArray::fromBase64(icon.mid(22)), "PNG");
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(48, 48));
            QVERIFY(image.hasAlphaChannel());
            ++png;
        } else if (icon.startsWith("data:image/svg+xml;base64,")) {
            QVERIFY(QByteArray::fromBase64(icon.mid(26)).startsWith("<svg "));
            ++svg;
        } else {
            QVERIFY2(icon.isEmpty(), icon.left(40).constData());
        }
    }
    QVERIFY(png >= 2);
    QVERIFY(svg >= 2);
}

void TestDemo::expiryAndLifeCycle()
{
    int fixed = 0, fixedFuture = 0, fixedPast = 0, expiredUnswept = 0, expiredSwept = 0, waiting = 0,
        activated = 0, disabled = 0, deleted = 0, restored = 0;
    for (auto it = m_apiKeys.cbegin(); it != m_apiKeys.cend(); ++it) {
        const Hash& h = it.value();
        const QByteArray& id = it.key();
        const bool isDeleted = h.value("isDeleted") == "true";
        const QDateTime expires = isoTime(h.value("expiresAt"));
        if (h.value("expirationMode") == "activation") {
            if (h.value("isActivated") == "true") {
                // activatedAt + the period in its unit is the expiry (section 12).
                const qint64 unit = h.value("activationUnit") == "hours" ? 3600 : 86400;
                QCOMPARE(
                    isoTime(h.value("activatedAt")).addSecs(h.value("activationDays").toLongLong() * unit),
                    expires);
                ++activated;
            } else {
                QCOMPARE(h.value("expiresAt"), QByteArray());
                QCOMPARE(h.value("activatedAt"), QByteArray());
                QCOMPARE(h.value("lastUsedAt"), QByteArray()); // never used, or it would be activated
                ++waiting;
            }
        } else if (expires.isValid()) {
            ++fixed;
            (expires > m_now ? fixedFuture : fixedPast)++;
        }
        if (expires.isValid() && expires < m_now && !isDeleted) {
            // The hourly sweep disables expired keys (11.16): within the first hour they are still on.
            if (h.value("isActive") == "true") {
                QVERIFY(expires.secsTo(m_now) < 3600);
                ++expiredUnswept;
            } else {
                ++expiredSwept;
            }
            // No request after the expiry.
            const QDateTime last = isoTime(h.value("lastUsedAt"));
            QVERIFY2(!last.isValid() || last <= expires, id.constData());
        }
        if (h.value("isActive") == "false" && !isDeleted && (!expires.isValid() || expires > m_now))
            ++disabled;
        if (isDeleted) {
            ++deleted;
            QCOMPARE(h.value("isActive"), "false"_ba);
            QVERIFY(isoTime(h.value("deletedAt")).isValid());
            QCOMPARE(h.value("deletedByType"), "admin"_ba);
            // Its secret no longer resolves; it is in the index's deleted set and out of the ranks.
            QCOMPARE(m_server.command({"HGET", "apikey:hash_map", h.value("apiKey")}, DemoDb), "(nil)"_ba);
            QCOMPARE(m_server.command({"SISMEMBER", "apikey:set:deleted", id}, DemoDb), "1"_ba);
            QCOMPARE(m_server.command({"ZSCORE", "cost_rank:all", id}, DemoDb), "(nil)"_ba);
        } else {
            QCOMPARE(m_server.command({"HGET", "apikey:hash_map", h.value("apiKey")}, DemoDb), id);
            QVERIFY(m_server.command({"ZSCORE", "cost_rank:all", id}, DemoDb) != "(nil)");
        }
        if (!h.value("restoredAt").isEmpty() && !isDeleted)
            ++restored;
        // Every key hash expires like the service's (365 days, re-armed on each save).
        QVERIFY(m_server.command({"TTL", "apikey:" + id}, DemoDb).toLongLong() > 300 * 86400);
    }
    QVERIFY(fixed >= 4);
    QVERIFY(fixedFuture >= 2);
    QVERIFY(fixedPast >= 2);
    QVERIFY(expiredUnswept >= 1);
    QVERIFY(expiredSwept >= 2);
    QVERIFY(waiting >= 2);
    QVERIFY(activated >= 2);
    QVERIFY(disabled >= 3);
    QVERIFY(deleted >= 3 && deleted <= 6);
    QCOMPARE(deleted, m_summary.deletedKeys);
    QVERIFY(restored >= 1);
}

void TestDemo::accountsUsersAndBindingsExist()
{
    const QMap<QByteArray, QByteArray> prefixes = {
        {"claudeAccountId", "claude:account:"},
        {"claudeConsoleAccountId", "claude_console_account:"},
        {"geminiAccountId", "gemini_account:"},
        {"openaiAccountId", "openai:account:"},
        {"bedrockAccountId", "bedrock_account:"},
        {"droidAccountId", "droid:account:"},
        {"azureOpenaiAccountId", "azure_openai:account:"},
    };
    QSet<QByteArray> fieldsUsed;
    int bound = 0, owned = 0, selfService = 0;
    for (const Hash& h : std::as_const(m_apiKeys)) {
        bool any = false;
        for (auto it = prefixes.cbegin(); it != prefixes.cend(); ++it) {
            const QByteArray value = h.value(it.key());
            if (value.isEmpty())
                continue;
            any = true;
            fieldsUsed.insert(it.key());
            QByteArray record = it.value() + value;
            if (value.startsWith("group:"))
                record = "account_group:" + value.mid(6);
            else if (value.startsWith("responses:"))
                record = "openai_responses_account:" + value.mid(10);
            const QByteArray type = m_server.command({"TYPE", record}, DemoDb);
            QVERIFY2(type == (record.startsWith("bedrock_account:") ? "string" : "hash"), record.constData());
        }
        bound += any ? 1 : 0;
        if (const QByteArray userId = h.value("userId"); !userId.isEmpty()) {
            ++owned;
            const QJsonObject user =
                QJsonDocument::fromJson(m_server.command({"GET", "user:" + userId}, DemoDb)).object();
            QCOMPARE(user.value(u"id"_s).toString().toLatin1(), userId);
            QCOMPARE(user.value(u"username"_s).toString().toUtf8(), h.value("userUsername"));
            QVERIFY(user.value(u"isActive"_s).toBool()); // or the service would reject the key (section 12)
            QCOMPARE(m_server.command({"GET", "username:" + h.value("userUsername")}, DemoDb), userId);
            QCOMPARE(m_server.command({"SISMEMBER", "user:index", userId}, DemoDb), "1"_ba);
            selfService += h.value("createdBy") == "user" ? 1 : 0;
        } else {
            QCOMPARE(h.value("createdBy"), "admin"_ba);
        }
    }
    QVERIFY(bound >= 8);
    QVERIFY2(fieldsUsed.size() >= 6,
             QByteArrayList(fieldsUsed.cbegin(), fieldsUsed.cend()).join(',').constData());
    QVERIFY(owned >= 6);
    QVERIFY(selfService >= 1);
    // Account records show names, never credentials.
    for (const QByteArray& account : keys("claude:account:*")) {
        if (account.endsWith(":index"))
            continue;
        const Hash h = toHash(m_server.commandList({"HGETALL", account}, DemoDb));
        QVERIFY(!h.value("name").isEmpty());
        QVERIFY(!h.contains("accessToken") && !h.contains("refreshToken") && !h.contains("claudeAiOauth"));
    }
    QVERIFY(m_server
                .commandList(
                    {"SMEMBERS", "account_group_members:" + keys("account_group:*").value(0).mid(14)}, DemoDb)
                .size() >= 2);
}

void TestDemo::usageCoversNinetyDays()
{
    const QDate today = serviceDate(m_now);
    const QDate first = today.addDays(-89);
    QMap<QDate, double> costPerDay;
    for (const QByteArray& key : keys("usage:cost:daily:*")) {
        const QDate d = QDate::fromString(QString::fromLatin1(key.right(10)), u"yyyy-MM-dd"_s);
        QVERIFY2(d.isValid(), key.constData());
        costPerDay[d] += m_server.command({"GET", key}, DemoDb).toDouble();
    }
    QVERIFY(costPerDay.contains(today));
    QVERIFY(costPerDay.contains(first));
    QCOMPARE(costPerDay.firstKey(), first);
    QCOMPARE(costPerDay.lastKey(), today);
    QCOMPARE(costPerDay.size(), 90); // every day has traffic
    for (auto it = costPerDay.cbegin(); it != costPerDay.cend(); ++it)
        QVERIFY2(it.value() > 0, qPrintable(dateText(it.key())));
    // Requests per day too, in the usage hashes.
    QVERIFY(!keys("usage:daily:*:" + dateText(first).toLatin1()).isEmpty());
    QVERIFY(!keys("usage:daily:*:" + dateText(today).toLatin1()).isEmpty());

    // Several models (parsed from the right: model names may contain ':'), per key and in total.
    QSet<QString> models;
    for (const QByteArray& key : keys("usage:*:model:monthly:*")) {
        if (key.startsWith("usage:model:"))
            continue;
        const QString name = QString::fromUtf8(key);
        const qsizetype end = name.lastIndexOf(u':');
        models.insert(
            name.mid(name.indexOf(u":model:monthly:"_s) + 15, end - name.indexOf(u":model:monthly:"_s) - 15));
    }
    for (const QString& m :
         {u"claude-sonnet-4-20250514"_s, u"claude-opus-4-20250514"_s, u"claude-opus-4-1-20250805"_s,
          u"claude-3-5-haiku-20241022"_s, u"gemini-2.5-pro"_s, u"gpt-5"_s})
        QVERIFY2(models.contains(m), qPrintable(QStringList(models.cbegin(), models.cend()).join(u' ')));
    QVERIFY(keys("usage:*:model:alltime:*").size() >= 50); // 1.1.314 all-time model hashes

    // Records: at most 200 per key, newest first, from several accounts of several types.
    QSet<QString> accountIds, accountTypes;
    int keysWithRecords = 0;
    qint64 totalRequests = 0;
    for (auto it = m_apiKeys.cbegin(); it != m_apiKeys.cend(); ++it) {
        const QList<QByteArray> records =
            m_server.commandList({"LRANGE", "usage:records:" + it.key(), "0", "-1"}, DemoDb);
        totalRequests +=
            m_server.command({"HGET", "usage:" + it.key(), "totalRequests"}, DemoDb).toLongLong();
        if (records.isEmpty() || records.first().isEmpty())
            continue;
        ++keysWithRecords;
        QVERIFY(records.size() <= 200);
        QDateTime previous;
        for (const QByteArray& json : records) {
            const QJsonObject r = QJsonDocument::fromJson(json).object();
            QVERIFY2(!r.isEmpty(), json.left(80).constData());
            const QDateTime at = QDateTime::fromString(r.value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
            QVERIFY(at.isValid() && at <= m_now);
            QVERIFY(!previous.isValid() || at <= previous);
            previous = at;
            accountIds.insert(r.value(u"accountId"_s).toString());
            accountTypes.insert(r.value(u"accountType"_s).toString());
            QVERIFY(r.value(u"cost"_s).toDouble() > 0);
        }
        // The newest record is the key's last use.
        QCOMPARE(QDateTime::fromString(
                     QJsonDocument::fromJson(records.first()).object().value(u"timestamp"_s).toString(),
                     Qt::ISODateWithMs),
                 isoTime(it.value().value("lastUsedAt")));
    }
    QVERIFY(keysWithRecords >= 40);
    QVERIFY2(accountIds.size() >= 7,
             qPrintable(QStringList(accountIds.cbegin(), accountIds.cend()).join(u' ')));
    QVERIFY2(accountTypes.size() >= 5,
             qPrintable(QStringList(accountTypes.cbegin(), accountTypes.cend()).join(u' ')));
    QCOMPARE(totalRequests, m_summary.requests);
}

void TestDemo::usageFollowsWeekdaysAndWorkingHours()
{
    // Cost per service day, weekdays against weekends (whole days only, today excluded).
    const QDate today = serviceDate(m_now);
    QMap<QDate, double> costPerDay;
    for (const QByteArray& key : keys("usage:cost:daily:*"))
        costPerDay[QDate::fromString(QString::fromLatin1(key.right(10)), u"yyyy-MM-dd"_s)] +=
            m_server.command({"GET", key}, DemoDb).toDouble();
    double weekday = 0, weekend = 0;
    int weekdays = 0, weekends = 0;
    for (auto it = costPerDay.cbegin(); it != costPerDay.cend(); ++it) {
        if (it.key() == today)
            continue;
        if (it.key().dayOfWeek() >= 6) {
            weekend += it.value();
            ++weekends;
        } else {
            weekday += it.value();
            ++weekdays;
        }
    }
    QVERIFY(weekdays > 0 && weekends > 0);
    const double weekdayMean = weekday / weekdays, weekendMean = weekend / weekends;
    qInfo("mean cost per weekday $%.2f, per weekend day $%.2f", weekdayMean, weekendMean);
    QVERIFY(weekdayMean > 2 * weekendMean);

    // Requests per hour of the service's day over the hourly buckets (the last 7 days).
    static const QRegularExpression hourly(u"^usage:hourly:[0-9a-f-]{36}:(\\d{4}-\\d\\d-\\d\\d):(\\d\\d)$"_s);
    std::array<qint64, 24> perHour {};
    for (const QByteArray& key : keys("usage:hourly:*")) {
        const QRegularExpressionMatch m = hourly.match(QString::fromLatin1(key));
        if (!m.hasMatch())
            continue; // usage:hourly:index:*
        perHour[std::size_t(m.captured(2).toInt())] +=
            m_server.command({"HGET", key, "requests"}, DemoDb).toLongLong();
    }
    qint64 office = 0, night = 0; // 09-18 and 00-08: ten and nine hours
    for (int h = 0; h <= 8; ++h)
        night += perHour[std::size_t(h)];
    for (int h = 9; h <= 18; ++h)
        office += perHour[std::size_t(h)];
    qInfo("requests per hour 09-18: %lld, 00-08: %lld", office / 10, night / 9);
    QVERIFY(office / 10 > 2 * (night / 9));
}

void TestDemo::shortLivedBucketsOnlyWhileTheServiceKeepsThem()
{
    // Hourly buckets live 7 days (14.2): only the last 7 days' hours exist, each with its TTL.
    static const QRegularExpression hourKey(u":(\\d{4}-\\d\\d-\\d\\d):(\\d\\d)$"_s);
    const QDateTime weekAgo = m_now.addDays(-7);
    int hourlyKeys = 0;
    for (const QByteArray& pattern :
         {"usage:hourly:*"_ba, "usage:cost:hourly:*"_ba, "usage:*:model:hourly:*"_ba}) {
        for (const QByteArray& key : keys(pattern)) {
            const QRegularExpressionMatch m = hourKey.match(QString::fromUtf8(key));
            QVERIFY2(m.hasMatch(), key.constData());
            // The hour's start in UTC, then its end.
            const QDateTime start = QDateTime(QDate::fromString(m.captured(1), u"yyyy-MM-dd"_s),
                                              QTime(m.captured(2).toInt(), 0), QTimeZone::utc())
                                        .addSecs(-OffsetHours * 3600);
            QVERIFY2(start.addSecs(3600) > weekAgo, key.constData());
            QVERIFY(start <= m_now);
            QVERIFY(m_server.command({"TTL", key}, DemoDb).toLongLong() > 0);
            ++hourlyKeys;
        }
    }
    QVERIFY(hourlyKeys > 1000);
    // The weekly cost periods (18.8) live 14 days: only the periods of the last two weeks.
    for (const QByteArray& key : keys("usage:opus:weekly:*")) {
        const QDateTime period =
            QDateTime::fromString(QString::fromLatin1(key.right(13)) + u":00:00Z"_s, Qt::ISODate)
                .addSecs(-OffsetHours * 3600);
        QVERIFY2(period.isValid() && period > m_now.addDays(-22), key.constData());
    }
    QVERIFY(!keys("usage:opus:weekly:*").isEmpty());
    // Minute metrics live 600 s.
    for (const QByteArray& key : keys("system:metrics:minute:*"))
        QVERIFY(key.mid(22).toLongLong() * 60'000 > m_now.toMSecsSinceEpoch() - 700'000);
    // Daily and monthly buckets keep a TTL (the demo keeps the whole history, see DemoData).
    for (const QByteArray& pattern : {"usage:daily:*"_ba, "usage:cost:daily:*"_ba, "usage:monthly:*"_ba})
        for (const QByteArray& key : keys(pattern))
            QVERIFY2(m_server.command({"TTL", key}, DemoDb).toLongLong() > 0, key.constData());
}

void TestDemo::isDeterministic()
{
    // The same options give the same plan, except the key hashes (fresh random secrets every time).
    static const QRegularExpression hash(u"[0-9a-f]{64}"_s);
    auto flatten = [](const relay::DemoData::Plan& plan) {
        QList<QByteArray> out;
        for (const QList<redis::Command>& batch : plan.batches)
            for (const redis::Command& c : batch) {
                QString line;
                for (const QByteArray& arg : c)
                    line += QString::fromUtf8(arg).replace(hash, u"<hash>"_s) + u'\x1f';
                out << line.toUtf8();
            }
        return out;
    };
    const QList<QByteArray> a = flatten(relay::DemoData::plan(options()));
    const QList<QByteArray> b = flatten(relay::DemoData::plan(options()));
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            QFAIL(qPrintable(u"command %1 differs: %2 / %3"_s.arg(i).arg(QString::fromUtf8(a[i].left(200)),
                                                                         QString::fromUtf8(b[i].left(200)))));

    // A second database seeded the same way holds the same keys with the same contents.
    const relay::DemoData::Summary second = seed(SecondDb);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.keys, m_summary.keys);
    QCOMPARE(second.requests, m_summary.requests);
    // Running rate windows expire within a minute or so; everything else is there for days.
    auto lasting = [this](int database) {
        QList<QByteArray> all = keys("*", database);
        all.removeIf([](const QByteArray& k) { return k.startsWith("rate_limit:"); });
        return all;
    };
    QCOMPARE(lasting(SecondDb), lasting(DemoDb));
    for (auto it = m_apiKeys.cbegin(); it != m_apiKeys.cend(); ++it) {
        Hash other = toHash(m_server.commandList({"HGETALL", "apikey:" + it.key()}, SecondDb));
        Hash mine = it.value();
        QVERIFY(other.take("apiKey") != mine.take("apiKey")); // a different secret, so a different hash
        QCOMPARE(other, mine);
        for (const QByteArray& key :
             QList<QByteArray> {"usage:cost:total:" + it.key(), "usage:cost:real:total:" + it.key()})
            QCOMPARE(m_server.command({"GET", key}, SecondDb), m_server.command({"GET", key}, DemoDb));
        QCOMPARE(m_server.commandList({"HGETALL", "usage:" + it.key()}, SecondDb),
                 m_server.commandList({"HGETALL", "usage:" + it.key()}, DemoDb));
    }
    QCOMPARE(QDateTime::fromString(u"2026-02-04T06:30:00.000Z"_s, Qt::ISODateWithMs), m_now);
}

void TestDemo::guiRunsTheDemoAndStopsItsServer()
{
    const QString gui = qEnvironmentVariable("RKA_GUI");
    if (gui.isEmpty())
        QSKIP("RKA_GUI is not set");
    QString artifacts = qEnvironmentVariable("RKA_ARTIFACTS");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (artifacts.isEmpty())
        artifacts = home.path();
    QDir().mkpath(artifacts);
    const QString png = artifacts + u"/demo-main.png"_s;
    QFile::remove(png);

    // A home of its own: the demo must leave no profile, last-used entry or secret behind.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const char* var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(var), home.filePath(QString::fromLatin1(var).toLower()));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(gui, {u"--demo"_s, u"--screenshot"_s, png, u"--quit-after-ms"_s, u"200000"_s});
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    QVERIFY(p.waitForFinished(240000));
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));

    static const QRegularExpression portLine(u"redis-server on 127\\.0\\.0\\.1:(\\d+)"_s);
    const QRegularExpressionMatch m = portLine.match(err);
    QVERIFY2(m.hasMatch(), qPrintable(err));
    const quint16 port = quint16(m.captured(1).toUInt());
    QVERIFY(port != 6379);
    // The server stopped with the program.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(1000));

    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QVERIFY(image.width() >= 1200 && image.height() >= 700);
    qInfo("screenshot: %s", qPrintable(png));

    // Nothing was stored: no settings or data file names the demo's profile or server.
    for (const char* dir : {"xdg_config_home", "xdg_data_home", "xdg_state_home"}) {
        QDirIterator files(home.filePath(QString::fromLatin1(dir)), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(QByteArray(":" + QByteArray::number(port))) &&
                         !content.contains("Demo"),
                     qPrintable(f.fileName()));
        }
    }
}

void TestDemo::serverStopsWhenTheProgramIsKilled()
{
#ifndef Q_OS_LINUX
    QSKIP("the parent-death signal (LocalRedisServer) is Linux only");
#endif
    const QString gui = qEnvironmentVariable("RKA_GUI");
    if (gui.isEmpty())
        QSKIP("RKA_GUI is not set");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const char* var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(var), home.filePath(QString::fromLatin1(var).toLower()));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(gui, {u"--demo"_s, u"--quit-after-ms"_s, u"200000"_s});
    QVERIFY(p.waitForStarted(10000));
    static const QRegularExpression portLine(u"redis-server on 127\\.0\\.0\\.1:(\\d+)"_s);
    QString err;
    QRegularExpressionMatch m;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += QString::fromLocal8Bit(p.readAllStandardError());
            m = portLine.match(err);
            return m.hasMatch();
        },
        60000));
    const quint16 port = quint16(m.captured(1).toUInt());
    // SIGKILL: no destructor runs; the kernel tells the server that its parent is gone.
    p.kill();
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(QTest::qWaitFor(
        [port] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            return !probe.waitForConnected(500);
        },
        20000));
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
