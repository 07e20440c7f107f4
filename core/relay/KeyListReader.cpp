#include "KeyListReader.h"

#include "KeySchema.h"

#include "support/Clock.h"
#include "support/ServiceTime.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

// One glob for both `apikey:*` and every account key (`*account:*`, `account_group:*`): it matches
// any name containing "api" or "acc" (or "apc"/"aci"). What else it lets through (a usage key whose
// id happens to contain "acc") is sorted out by name. The bulk of a service's keyspace, the usage
// keys, does not match and never crosses the network.
constexpr QByteArrayView ScanPattern = "*a[cp][ci]*";

} // namespace

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
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_now = options.now.isValid() ? options.now.toUTC() : support::Clock::currentDateTimeUtc();
    m_running = true;
    m_keys.clear();
    m_seenIds.clear();
    m_accountKeys.clear();
    m_markers = {};
    m_release = {};
    m_pending = 0;
    m_markersRead = false;
    m_scanDone = false;
    m_accountsLoaded = false;
    m_usersLoaded = false;
    m_directoriesAnnounced = false;
    m_scannedKeys = 0;
    m_deferredCursor.clear();
    m_periods.clear();
    m_unresolved.clear();
    m_pendingResolve.clear();
    m_resolveEnd = 0;
    m_resolving = false;
    m_accounts = {};
    m_users = {};
    const support::ServiceTime time(m_options.timezoneOffset);
    m_base = {};
    m_base.now = m_now;
    m_base.date = time.date(m_now);
    m_base.month = time.month(m_now);
    m_base.legacyWeek = time.legacyWeek(m_now);
    const quint64 run = m_run;

    // The markers first: their replies arrive before any key hash, so the preliminary release (which
    // weekly bucket to show) is known for every batch.
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
                            m_usersLoaded = true;
                            onDirectories();
                        });
    scanStep("0", true);
}

void KeyListReader::scanStep(const QByteArray& cursor, bool first)
{
    const quint64 run = m_run;
    // The first call looks at a fifth of the buckets: its keys are the first rows, and they should
    // not wait for a long SCAN call.
    const int count = first ? std::max(1, m_options.scanCount / 5) : m_options.scanCount;
    m_connection.pipeline(
        {{"SCAN", cursor, "MATCH", ScanPattern.toByteArray(), "COUNT", QByteArray::number(count)}}, this,
        [this, run, first](const QList<redis::Reply>& r, const redis::RedisError& error) {
            if (run != m_run)
                return;
            const redis::Reply& reply = r.value(0);
            if (!error && (reply.isError() || reply.size() != 2 || !reply.at(1).isArray())) {
                fail({redis::RedisError::Code::ServerError,
                      reply.isError() ? reply.text() : u"unexpected SCAN reply"_s});
                return;
            }
            if (error) {
                fail(error);
                return;
            }
            const bool found = onScanPage(reply.at(1));
            const QByteArray next = reply.at(0).bytes();
            if (next != "0") {
                // The first rows' statistics go out before the next SCAN call, not queued behind it.
                if (first && found)
                    m_deferredCursor = next;
                else
                    scanStep(next);
                return;
            }
            m_scanDone = true;
            AccountDirectory::loadKeys(m_connection, std::exchange(m_accountKeys, {}), this,
                                       [this, run](const AccountDirectory& d, const redis::RedisError& e) {
                                           if (run != m_run)
                                               return;
                                           if (e) {
                                               fail(e);
                                               return;
                                           }
                                           m_accounts = d;
                                           m_accountsLoaded = true;
                                           onDirectories();
                                       });
        });
}

bool KeyListReader::onScanPage(const redis::Reply& keys)
{
    QList<QByteArray> ids;
    for (const redis::Reply& k : keys.elements()) {
        const QByteArray& name = k.bytes();
        if (name.startsWith(KeySchema::ApiKeyPrefix)) {
            const QByteArray id = KeySchema::idFromApiKey(name);
            if (!id.isEmpty()) {
                if (!m_seenIds.contains(id)) {
                    m_seenIds.insert(id);
                    ids.append(id);
                }
            } else if (!KeySchema::isReservedApiKeyName(name) &&
                       !m_markers.foreignKeysUnderApiKey.contains(name)) {
                m_markers.foreignKeysUnderApiKey.append(name);
            }
        } else if (AccountDirectory::mayBeAccountKey(name)) {
            m_accountKeys.append(name); // de-duplicated by the directory
        }
    }
    m_scannedKeys += ids.size();
    for (qsizetype first = 0; first < ids.size(); first += m_options.batchSize)
        readHashes(ids.mid(first, m_options.batchSize));
    return !ids.isEmpty();
}

void KeyListReader::readHashes(QList<QByteArray> ids)
{
    QList<redis::Command> commands;
    commands.reserve(ids.size());
    for (const QByteArray& id : ids)
        commands.append({"HGETALL", KeySchema::apiKey(id)});
    const quint64 run = m_run;
    ++m_pending;
    m_connection.pipeline(std::move(commands), this,
                          [this, run, ids = std::move(ids)](const QList<redis::Reply>& replies,
                                                            const redis::RedisError& error) {
                              if (run != m_run)
                                  return;
                              if (error) {
                                  fail(error);
                                  return;
                              }
                              --m_pending;
                              onHashes(ids, replies);
                          });
}

KeyStatsQuery::Context KeyListReader::contextFor(const ApiKey& key)
{
    KeyStatsQuery::Context c = m_base;
    const auto [day, hour] = KeyStatsQuery::weeklyReset(key);
    const quint32 slot = (quint32(day & 0xffffff) << 8) | quint32(hour & 0xff);
    auto it = m_periods.constFind(slot);
    if (it == m_periods.constEnd())
        it = m_periods.insert(slot,
                              support::ServiceTime(m_options.timezoneOffset).weeklyPeriod(m_now, day, hour));
    c.period = *it;
    return c;
}

void KeyListReader::onHashes(const QList<QByteArray>& ids, const QList<redis::Reply>& replies)
{
    const int first = int(m_keys.size());
    for (qsizetype j = 0; j < replies.size() && j < ids.size(); ++j) {
        const redis::Reply& r = replies.at(j);
        const QByteArray& id = ids.at(j);
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
        ++m_markers.keyCount;
        if (entry.key.has(ApiKeyField::ServiceRates))
            ++m_markers.keysWithServiceRates;
        if (entry.key.has(ApiKeyField::WeeklyResetDay))
            ++m_markers.keysWithWeeklyReset;
        if (entry.key.has(ApiKeyField::OpenaiResponsesPayloadRules))
            ++m_markers.keysWithPayloadRules;
        m_keys.append(std::move(entry));
    }
    const int count = int(m_keys.size()) - first;
    if (count == 0) {
        resumeScan();
        maybeFinish();
        return;
    }
    const ReleaseDetection soFar = ReleaseDetection::detect(m_markers);
    const bool usesPeriod = soFar.weeklyUsesPeriod();
    const bool mayBe1_1_262 = soFar.model < DataModel::Release1_1_263;
    QList<redis::Command> commands;
    commands.reserve(qsizetype(count) * KeyStatsQuery::commandCount());
    QList<KeyStatsQuery::Context> contexts;
    contexts.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const KeyEntry& e = m_keys.at(i);
        KeyStatsQuery::Context c = contextFor(e.key);
        c.usesPeriod = usesPeriod;
        c.mayBe1_1_262 = mayBe1_1_262;
        commands += KeyStatsQuery::commands(e.id, e.key, c);
        contexts.append(std::move(c));
    }
    const quint64 run = m_run;
    ++m_pending;
    m_connection.pipeline(std::move(commands), this,
                          [this, run, first, count, contexts = std::move(contexts)](
                              const QList<redis::Reply>& statsReplies, const redis::RedisError& error) {
                              if (run != m_run)
                                  return;
                              if (error) {
                                  fail(error);
                                  return;
                              }
                              --m_pending;
                              onStats(first, count, contexts, statsReplies);
                          });
    resumeScan();
}

void KeyListReader::resumeScan()
{
    if (!m_deferredCursor.isEmpty())
        scanStep(std::exchange(m_deferredCursor, {}));
}

void KeyListReader::onStats(int first, int count, const QList<KeyStatsQuery::Context>& contexts,
                            const QList<redis::Reply>& replies)
{
    const int n = KeyStatsQuery::commandCount();
    if (replies.size() < qsizetype(count) * n) {
        fail({redis::RedisError::Code::ServerError, u"too few replies for the key statistics"_s});
        return;
    }
    for (int j = 0; j < count; ++j) {
        KeyEntry& e = m_keys[first + j];
        e.stats = KeyStatsQuery::parse(e.key, contexts.at(j), replies.constData() + qsizetype(j) * n);
        if (e.stats.claudeTotalExists)
            ++m_markers.claudeWeeklyKeys;
        std::optional<UsageRecord> newest =
            e.stats.newestRecord ? UsageRecord::parse(*e.stats.newestRecord) : std::nullopt;
        if (m_directoriesAnnounced) {
            e.lastUsage = LastUsage::resolve(m_accounts, newest, e.key.text(ApiKeyField::LastUsedAt));
        } else {
            // Resolved once the scan has found every account (onDirectories).
            if (m_unresolved.size() < m_keys.size()) {
                m_unresolved.resize(m_keys.size());
                m_pendingResolve.resize(m_keys.size());
            }
            m_unresolved[first + j] = std::move(newest);
            m_pendingResolve.setBit(first + j);
        }
        e.statsLoaded = true;
    }
    emit keysAvailable(first, count);
    emit progress(first + count, int(std::max<qsizetype>(m_scannedKeys, first + count)));
    maybeFinish();
}

void KeyListReader::onDirectories()
{
    if (m_directoriesAnnounced || !m_accountsLoaded || !m_usersLoaded)
        return;
    m_directoriesAnnounced = true;
    m_resolveEnd = int(m_keys.size());
    m_resolving = true;
    emit directoriesLoaded();
    resolveSlice(0);
}

void KeyListReader::resolveSlice(int first)
{
    // A slice of a few thousand keys is a few milliseconds; the event loop runs between slices.
    constexpr int SliceSize = 2000;
    const int end = std::min(m_resolveEnd, first + SliceSize);
    for (int i = first; i < end; ++i) {
        if (i >= m_pendingResolve.size() || !m_pendingResolve.testBit(i))
            continue; // no stats yet: resolved when they arrive
        KeyEntry& e = m_keys[i];
        e.lastUsage =
            LastUsage::resolve(m_accounts, m_unresolved.value(i), e.key.text(ApiKeyField::LastUsedAt));
        m_unresolved[i].reset();
    }
    if (end > first)
        emit lastUsageResolved(first, end - first);
    if (end < m_resolveEnd) {
        const quint64 run = m_run;
        QTimer::singleShot(0, this, [this, run, end] {
            if (run == m_run)
                resolveSlice(end);
        });
        return;
    }
    m_resolving = false;
    m_unresolved.clear();
    m_unresolved.squeeze();
    m_pendingResolve.clear();
    maybeFinish();
}

void KeyListReader::maybeFinish()
{
    if (!m_running || !m_scanDone || m_pending > 0 || !m_directoriesAnnounced || m_resolving)
        return;
    m_release = ReleaseDetection::detect(m_markers);
    emit releaseDetected(m_release);
    // The release may say otherwise than the markers read first (a key field of 1.1.281 found late):
    // the weekly cost then comes from the other bucket, already read.
    const bool usesPeriod = m_release.weeklyUsesPeriod();
    bool reselected = false;
    for (KeyEntry& e : m_keys) {
        if (e.statsLoaded && e.stats.weeklyUsesPeriod != usesPeriod) {
            e.stats.selectWeekly(usesPeriod);
            reselected = true;
        }
    }
    if (reselected)
        emit keysAvailable(0, int(m_keys.size()));
    m_running = false;
    emit progress(int(m_keys.size()), int(m_keys.size()));
    emit finished({});
}

} // namespace rka::relay
