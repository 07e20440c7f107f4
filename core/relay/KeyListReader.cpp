#include "KeyListReader.h"

#include "KeySchema.h"
#include "UsageRecord.h"

#include "redis/Scanner.h"
#include "support/Clock.h"
#include "support/ServiceTime.h"

using namespace Qt::StringLiterals;

namespace rka::relay {

KeyListReader::KeyListReader(redis::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{ }

void KeyListReader::cancel()
{
    ++m_run;
    m_running = false;
}

void KeyListReader::fail(const redis::RedisError& error)
{
    ++m_run;
    m_running = false;
    emit finished(error);
}

void KeyListReader::start(const KeyListOptions& options)
{
    ++m_run;
    m_options = options;
    m_now = options.now.isValid() ? options.now.toUTC() : support::Clock::currentDateTimeUtc();
    m_running = true;
    m_keys.clear();
    m_ids.clear();
    m_markers = {};
    m_release = {};
    m_statsDone = 0;
    m_markersRead = false;
    m_scanDone = false;
    m_hashesRead = false;
    m_accounts = {};
    m_users = {};
    const quint64 run = m_run;

    m_directoriesPending = 2;
    AccountDirectory::load(m_connection, this,
                           [this, run](const AccountDirectory& d, const redis::RedisError& error) {
                               if (run != m_run)
                                   return;
                               if (error) {
                                   fail(error);
                                   return;
                               }
                               m_accounts = d;
                               if (--m_directoriesPending == 0 && m_hashesRead)
                                   startStats();
                           });
    UserDirectory::load(m_connection, this,
                        [this, run](const UserDirectory& d, const redis::RedisError& error) {
                            if (run != m_run)
                                return;
                            if (error) {
                                fail(error);
                                return;
                            }
                            m_users = d;
                            if (--m_directoriesPending == 0 && m_hashesRead)
                                startStats();
                        });

    redis::scanKeys(m_connection, {{"apikey:*", "usage:claude:weekly:*"}, options.scanCount}, this,
                    [this, run](const QList<QList<QByteArray>>& keys, const redis::RedisError& error) {
                        if (run != m_run)
                            return;
                        if (error) {
                            fail(error);
                            return;
                        }
                        m_scanResult = keys;
                        m_scanDone = true;
                        if (m_markersRead)
                            onScanned(m_scanResult);
                    });
    m_connection.pipeline({{"GET", KeySchema::MigratedVersion.toByteArray()},
                           {"GET", KeySchema::IndexVersion.toByteArray()},
                           {"EXISTS", KeySchema::IndexAll.toByteArray()}},
                          this, [this, run](const QList<redis::Reply>& r, const redis::RedisError& error) {
                              if (run != m_run)
                                  return;
                              if (error) {
                                  fail(error);
                                  return;
                              }
                              if (r.at(0).isString())
                                  m_markers.migratedVersion = r.at(0).bytes();
                              if (r.at(1).isString())
                                  m_markers.indexVersion = r.at(1).bytes();
                              m_markers.indexAllExists = r.at(2).isInteger() && r.at(2).integer() > 0;
                              m_markersRead = true;
                              if (m_scanDone)
                                  onScanned(m_scanResult);
                          });
}

void KeyListReader::onScanned(const QList<QList<QByteArray>>& keys)
{
    for (const QByteArray& k : keys.at(0)) {
        const QByteArray id = KeySchema::idFromApiKey(k);
        if (!id.isEmpty())
            m_ids.append(id);
        else if (!KeySchema::isReservedApiKeyName(k))
            m_markers.foreignKeysUnderApiKey.append(k);
    }
    m_markers.claudeWeeklyKeys = int(keys.at(1).size());
    m_scanResult.clear();

    const quint64 run = m_run;
    const int total = int(m_ids.size());
    m_keys.reserve(total);
    m_pending = 0;
    if (total == 0) {
        onHashesRead();
        return;
    }
    // All batches go out in the same flush; replies stream back in order.
    for (int first = 0; first < total; first += m_options.batchSize) {
        const int count = std::min(m_options.batchSize, total - first);
        QList<redis::Command> commands;
        commands.reserve(count);
        for (int i = first; i < first + count; ++i)
            commands.append({"HGETALL", KeySchema::apiKey(m_ids.at(i))});
        ++m_pending;
        m_connection.pipeline(
            std::move(commands), this,
            [this, run, first](const QList<redis::Reply>& replies, const redis::RedisError& error) {
                if (run != m_run)
                    return;
                if (error) {
                    fail(error);
                    return;
                }
                for (qsizetype j = 0; j < replies.size(); ++j) {
                    const redis::Reply& r = replies.at(j);
                    const QByteArray& id = m_ids.at(first + j);
                    if (r.isError()) {
                        // WRONGTYPE: something other than a hash sits at apikey:{id}.
                        m_markers.foreignKeysUnderApiKey.append(KeySchema::apiKey(id));
                        continue;
                    }
                    if (!r.isArray() || r.size() == 0)
                        continue; // vanished between SCAN and HGETALL (TTL or deletion)
                    RawHash fields;
                    fields.reserve(r.size() / 2);
                    for (qsizetype f = 0; f + 1 < r.size(); f += 2)
                        fields.append({r.at(f).bytes(), r.at(f + 1).bytes()});
                    KeyEntry entry;
                    entry.id = id;
                    entry.key = ApiKeyCodec::decode(fields, &entry.malformed);
                    m_keys.append(std::move(entry));
                }
                if (--m_pending == 0)
                    onHashesRead();
            });
    }
}

void KeyListReader::onHashesRead()
{
    for (const KeyEntry& e : std::as_const(m_keys)) {
        ++m_markers.keyCount;
        if (e.key.has(ApiKeyField::ServiceRates))
            ++m_markers.keysWithServiceRates;
        if (e.key.has(ApiKeyField::WeeklyResetDay))
            ++m_markers.keysWithWeeklyReset;
        if (e.key.has(ApiKeyField::OpenaiResponsesPayloadRules))
            ++m_markers.keysWithPayloadRules;
    }
    m_release = ReleaseDetection::detect(m_markers);
    emit releaseDetected(m_release);
    m_hashesRead = true;
    if (m_directoriesPending == 0)
        startStats();
}

void KeyListReader::startStats()
{
    const int total = int(m_keys.size());
    emit progress(0, total);
    if (total == 0) {
        m_running = false;
        emit finished({});
        return;
    }
    m_pending = 0;
    for (int first = 0; first < total; first += m_options.batchSize)
        readStats(first, std::min(m_options.batchSize, total - first));
}

QString KeyListReader::weeklyBucketFor(const ApiKey& key) const
{
    const support::ServiceTime time(m_options.timezoneOffset);
    if (!m_release.weeklyUsesPeriod())
        return time.legacyWeek(m_now);
    // parseInt(x || 1) and parseInt(x || 0), as the service reads the reset settings (section 18.3).
    const double day = key.serviceNumber(ApiKeyField::WeeklyResetDay);
    const double hour = key.serviceNumber(ApiKeyField::WeeklyResetHour);
    return time.weeklyPeriod(m_now, std::isfinite(day) ? int(day) : 1, std::isfinite(hour) ? int(hour) : 0);
}

void KeyListReader::readStats(int first, int count)
{
    const support::ServiceTime time(m_options.timezoneOffset);
    const QString date = time.date(m_now);
    const QString month = time.month(m_now);
    QList<redis::Command> commands;
    commands.reserve(qsizetype(count) * KeyStatsQuery::commandCount());
    QList<KeyStatsQuery::Context> contexts;
    contexts.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const KeyEntry& e = m_keys.at(i);
        KeyStatsQuery::Context c {m_now, date, month, weeklyBucketFor(e.key)};
        commands += KeyStatsQuery::commands(e.id, e.key, c);
        contexts.append(c);
    }
    const quint64 run = m_run;
    ++m_pending;
    m_connection.pipeline(
        std::move(commands), this,
        [this, run, first, count, contexts](const QList<redis::Reply>& replies,
                                            const redis::RedisError& error) {
            if (run != m_run)
                return;
            if (error) {
                fail(error);
                return;
            }
            const int n = KeyStatsQuery::commandCount();
            for (int j = 0; j < count; ++j) {
                KeyEntry& e = m_keys[first + j];
                e.stats = KeyStatsQuery::parse(e.key, contexts.at(j), replies.constData() + qsizetype(j) * n);
                const std::optional<UsageRecord> newest =
                    e.stats.newestRecord ? UsageRecord::parse(*e.stats.newestRecord) : std::nullopt;
                e.lastUsage = LastUsage::resolve(m_accounts, newest, e.key.text(ApiKeyField::LastUsedAt));
                e.statsLoaded = true;
            }
            m_statsDone += count;
            emit keysAvailable(first, count);
            emit progress(m_statsDone, int(m_keys.size()));
            if (--m_pending == 0) {
                m_running = false;
                emit finished({});
            }
        });
}

} // namespace rka::relay
