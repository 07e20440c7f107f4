#include "KeyListReader.h"

#include "KeySchema.h"

#include "support/Clock.h"
#include "support/ServiceTime.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

// One glob for `apikey:*`, every account key (`*account:*`, `account_group:*`) and the user records
// (`user:*`, needed only when `user:index` lists none): it matches any name containing "api", "acc"
// or "use" (and some other triples, such as "ace"). What else it lets through (a usage key whose id
// happens to contain "acc") is sorted out by name. The bulk of a service's keyspace, the usage keys,
// does not match ("usa" does not) and never crosses the network.
constexpr QByteArrayView ScanPattern = "*[au][cps][cei]*";

// Ids per page of SSCAN/HSCAN over the indexes after the first page (a hint to the server).
constexpr int IdPageSize = 5000;

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
    m_stage = Stage::Done;
    emit finished(error);
}

void KeyListReader::start(const KeyListOptions& options)
{
    ++m_run;
    m_options = options;
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.batchesAhead = std::max(1, m_options.batchesAhead);
    m_now = options.now.isValid() ? options.now.toUTC() : support::Clock::currentDateTimeUtc();
    m_running = true;
    m_stage = Stage::Indexes;
    m_pending = 0;
    m_hashBatchesInFlight = 0;
    m_queue.clear();
    m_queued = 0;
    m_keys.clear();
    m_seenIds.clear();
    m_accountKeys.clear();
    m_markers = {};
    m_release = {};
    m_idScansPending = 2;
    m_scanDone = false;
    m_accountsLoaded = false;
    m_userIndexRead = false;
    m_usersFromScan = false;
    m_usersLoaded = false;
    m_userKeys.clear();
    m_keysOutsideIndexes = 0;
    m_resolveEnd = 0;
    m_weeklyChoices[0] = m_weeklyChoices[1] = 0;
    m_periods.clear();
    m_newest.clear();
    m_requestedAccountKeys.clear();
    m_candidateSignatures.clear();
    m_accountLoadsSent = 0;
    m_accountLoadsDone = 0;
    m_waiting.clear();
    m_accounts = {};
    m_allAccounts = {};
    m_users = {};
    const support::ServiceTime time(m_options.timezoneOffset);
    m_base = {};
    m_base.now = m_now;
    m_base.date = time.date(m_now);
    m_base.month = time.month(m_now);
    m_base.legacyWeek = time.legacyWeek(m_now);
    const quint64 run = m_run;

    // One round trip for the markers (the preliminary release, so every batch knows which weekly
    // bucket to show), the sizes of the service's indexes and their first ids: a small page of each,
    // so the first rows do not wait for a hundred thousand ids.
    const QByteArray first = QByteArray::number(std::max(1, m_options.batchSize));
    m_connection.pipeline({{"GET"_ba, KeySchema::MigratedVersion.toByteArray()},
                           {"GET"_ba, KeySchema::IndexVersion.toByteArray()},
                           {"EXISTS"_ba, KeySchema::IndexAll.toByteArray()},
                           {"SCARD"_ba, KeySchema::IndexAll.toByteArray()},
                           {"HLEN"_ba, KeySchema::HashMap.toByteArray()},
                           {"SSCAN"_ba, KeySchema::IndexAll.toByteArray(), "0"_ba, "COUNT"_ba, first},
                           {"HSCAN"_ba, KeySchema::HashMap.toByteArray(), "0"_ba, "COUNT"_ba, first}},
                          this, [this, run](const QList<redis::Reply>& r, const redis::RedisError& error) {
                              if (run != m_run)
                                  return;
                              if (error) {
                                  fail(error);
                                  return;
                              }
                              onIndexes(r);
                          });
    // The users `user:index` names come now; without an index (before 1.1.314) the user records are
    // found by the keyspace pass, not by a SCAN of their own: every SCAN is a full pass over the
    // keyspace, and one running beside the list would take the server's time from it.
    UserDirectory::loadFromIndex(
        m_connection, this,
        [this, run](const std::optional<UserDirectory>& d, const redis::RedisError& error) {
            if (run != m_run)
                return;
            if (error) {
                fail(error);
                return;
            }
            m_userIndexRead = true;
            if (d) {
                m_users = *d;
                m_usersLoaded = true;
            } else {
                m_usersFromScan = true;
            }
            advance();
        });
}

void KeyListReader::onIndexes(const QList<redis::Reply>& r)
{
    if (r.value(0).isString())
        m_markers.migratedVersion = r.at(0).bytes();
    if (r.value(1).isString())
        m_markers.indexVersion = r.at(1).bytes();
    m_markers.indexAllExists = r.value(2).isInteger() && r.at(2).integer() > 0;
    // The larger index is nearly always the whole list (the union may be a little larger).
    const qint64 expected = std::max(r.value(3).isInteger() ? r.at(3).integer() : 0,
                                     r.value(4).isInteger() ? r.at(4).integer() : 0);
    m_keys.reserve(qsizetype(std::min<qint64>(expected, 10'000'000)));
    m_idScansPending = 2;
    const quint64 run = m_run;
    emit progress(0, int(std::min<qint64>(expected, INT_MAX)));
    if (run != m_run)
        return;
    onIdPage(IdSource::IndexAll, r.value(5));
    if (run == m_run)
        onIdPage(IdSource::HashMap, r.value(6));
}

void KeyListReader::onIdPage(IdSource source, const redis::Reply& page)
{
    // A reply of the wrong type (something else stored under an index's name) contributes nothing;
    // the keyspace pass finds every key anyway.
    QByteArray cursor = "0"_ba;
    if (page.isArray() && page.size() == 2 && page.at(1).isArray()) {
        cursor = page.at(0).bytes();
        const QList<redis::Reply>& elements = page.at(1).elements();
        // SSCAN gives members; HSCAN gives field (the key hash), value (the id) pairs.
        const qsizetype step = source == IdSource::HashMap ? 2 : 1;
        for (qsizetype i = step - 1; i < elements.size(); i += step)
            if (elements.at(i).isString())
                enqueue(elements.at(i).bytes());
    }
    if (cursor == "0") {
        --m_idScansPending;
    } else {
        // The next page goes out before the hashes of this one: it is ready when they are read.
        const QByteArray key = source == IdSource::HashMap ? KeySchema::HashMap.toByteArray()
                                                           : KeySchema::IndexAll.toByteArray();
        m_connection.pipeline(
            {{source == IdSource::HashMap ? "HSCAN"_ba : "SSCAN"_ba, key, cursor, "COUNT"_ba,
              QByteArray::number(IdPageSize)}},
            this, counted<Replies>([this, source](const Replies& r) { onIdPage(source, r.value(0)); }));
    }
    pump();
    advance();
}

void KeyListReader::enqueue(const QByteArray& id)
{
    // Only what could be the id of a key hash: no ':', no reserved name (idx:all holds ids; the
    // hash map's values are ids unless someone wrote garbage there).
    // (Of the reserved names under apikey:, only apikey:hash_map has no second ':'.)
    if (id.isEmpty() || id.contains(':') || id.startsWith("hash_map"))
        return;
    if (m_seenIds.contains(id))
        return;
    m_seenIds.insert(id);
    m_queue.append(id);
}

void KeyListReader::pump()
{
    // A few batches of hashes ahead of the statistics: the server always has work, and the first
    // batch's statistics do not queue behind every hash of a large list.
    while (m_hashBatchesInFlight < m_options.batchesAhead && m_queued < m_queue.size()) {
        const qsizetype n = std::min<qsizetype>(m_options.batchSize, m_queue.size() - m_queued);
        readHashes(m_queue.mid(m_queued, n));
        m_queued += n;
    }
    if (m_queued == m_queue.size()) {
        m_queue.clear();
        m_queued = 0;
    }
}

void KeyListReader::scanStep(const QByteArray& cursor)
{
    m_connection.pipeline(
        {{"SCAN", cursor, "MATCH", ScanPattern.toByteArray(), "COUNT",
          QByteArray::number(m_options.scanCount)}},
        this, counted<Replies>([this](const Replies& r) {
            const redis::Reply& reply = r.value(0);
            if (reply.isError() || reply.size() != 2 || !reply.at(1).isArray()) {
                fail({redis::RedisError::Code::ServerError,
                      reply.isError() ? reply.text() : u"unexpected SCAN reply"_s});
                return;
            }
            onScanPage(reply.at(1));
            const QByteArray next = reply.at(0).bytes();
            if (next != "0") {
                scanStep(next);
                return;
            }
            m_scanDone = true;
            if (m_usersFromScan) {
                UserDirectory::loadKeys(m_connection, std::exchange(m_userKeys, {}), this,
                                        counted<UserDirectory>([this](const UserDirectory& d) {
                                            m_users = d;
                                            m_usersLoaded = true;
                                            advance();
                                        }));
            }
            AccountDirectory::loadKeys(m_connection, std::exchange(m_accountKeys, {}), this,
                                       counted<AccountDirectory>([this](const AccountDirectory& d) {
                                           m_allAccounts = d;
                                           m_accountsLoaded = true;
                                           advance();
                                       }));
        }));
}

void KeyListReader::onScanPage(const redis::Reply& keys)
{
    for (const redis::Reply& k : keys.elements()) {
        const QByteArray& name = k.bytes();
        if (name.startsWith(KeySchema::ApiKeyPrefix)) {
            const QByteArray id = KeySchema::idFromApiKey(name);
            if (!id.isEmpty()) {
                if (!m_seenIds.contains(id)) {
                    ++m_keysOutsideIndexes;
                    enqueue(id);
                }
            } else if (!KeySchema::isReservedApiKeyName(name) &&
                       !m_markers.foreignKeysUnderApiKey.contains(name)) {
                m_markers.foreignKeysUnderApiKey.append(name);
            }
        } else if (m_usersFromScan && UserDirectory::isUserKey(name)) {
            m_userKeys.append(name);
        } else if (AccountDirectory::mayBeAccountKey(name)) {
            m_accountKeys.append(name); // de-duplicated by the directory
        }
    }
    pump();
}

void KeyListReader::readHashes(QList<QByteArray> ids)
{
    QList<redis::Command> commands;
    commands.reserve(ids.size());
    for (const QByteArray& id : ids)
        commands.append({"HGETALL"_ba, KeySchema::apiKey(id)});
    ++m_hashBatchesInFlight;
    m_connection.pipeline(std::move(commands), this,
                          counted<Replies>([this, ids = std::move(ids)](const Replies& replies) {
                              --m_hashBatchesInFlight;
                              onHashes(ids, replies);
                              pump();
                              advance();
                          }));
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
            const QByteArray name = KeySchema::apiKey(id);
            if (!m_markers.foreignKeysUnderApiKey.contains(name))
                m_markers.foreignKeysUnderApiKey.append(name);
            continue;
        }
        if (!r.isArray() || r.size() == 0)
            continue; // a stale index entry, or gone between listing and reading (TTL or deletion)
        KeyEntry entry;
        entry.id = id;
        qsizetype bytes = 0;
        for (qsizetype f = 0; f + 1 < r.size(); f += 2)
            bytes += r.at(f).bytes().size() + r.at(f + 1).bytes().size();
        entry.key.reserve(r.size() / 2, bytes);
        for (qsizetype f = 0; f + 1 < r.size(); f += 2)
            entry.key.appendField(r.at(f).bytes(), r.at(f + 1).bytes());
        entry.malformed = ApiKeyCodec::malformedFields(entry.key);
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
    if (count == 0)
        return;
    const ReleaseDetection soFar = ReleaseDetection::detect(m_markers);
    const bool usesPeriod = soFar.weeklyUsesPeriod();
    const bool mayBe1_1_262 = soFar.model < DataModel::Release1_1_263;
    // Grouped by kind, all first commands of the keys, then all second ones...: long runs of one
    // command are one entry each in the command log, not six per key.
    const int n = KeyStatsQuery::commandCount();
    QList<QList<redis::Command>> byKind(n);
    for (QList<redis::Command>& kind : byKind)
        kind.reserve(count);
    QList<KeyStatsQuery::Context> contexts;
    contexts.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const KeyEntry& e = m_keys.at(i);
        KeyStatsQuery::Context c = contextFor(e.key);
        c.usesPeriod = usesPeriod;
        c.mayBe1_1_262 = mayBe1_1_262;
        QList<redis::Command> own = KeyStatsQuery::commands(e.id, e.key, c);
        for (int k = 0; k < n && k < own.size(); ++k)
            byKind[k].append(std::move(own[k]));
        contexts.append(std::move(c));
    }
    // The MGETs of all keys go out as one: its reply is positional, so each key's slice of it is what
    // its own MGET would have answered, and the server dispatches one command instead of `count`.
    StatsLayout layout;
    layout.count = count;
    QList<redis::Command> commands;
    commands.reserve(qsizetype(count) * (n - 1) + 1);
    for (int k = 0; k < n; ++k) {
        QList<redis::Command>& kind = byKind[k];
        if (layout.folded < 0 && !kind.isEmpty() && kind.first().value(0) == "MGET") {
            layout.folded = k;
            layout.offsets.reserve(count + 1);
            redis::Command mget {"MGET"_ba};
            for (const redis::Command& c : std::as_const(kind)) {
                layout.offsets.append(mget.size() - 1);
                mget.append(c.sliced(1));
            }
            layout.offsets.append(mget.size() - 1);
            commands.append(std::move(mget));
            continue;
        }
        for (redis::Command& c : kind)
            commands.append(std::move(c));
    }
    m_connection.pipeline(std::move(commands), this,
                          counted<Replies>([this, first, layout = std::move(layout),
                                            contexts = std::move(contexts)](const Replies& statsReplies) {
                              onStats(first, layout, contexts, statsReplies);
                          }));
}

void KeyListReader::onStats(int first, const StatsLayout& layout,
                            const QList<KeyStatsQuery::Context>& contexts, const QList<redis::Reply>& replies)
{
    const int n = KeyStatsQuery::commandCount();
    const int count = layout.count;
    if (replies.size() < qsizetype(count) * (layout.folded < 0 ? n : n - 1) + (layout.folded < 0 ? 0 : 1)) {
        fail({redis::RedisError::Code::ServerError, u"too few replies for the key statistics"_s});
        return;
    }
    if (m_newest.size() < m_keys.size())
        m_newest.resize(m_keys.size());
    // The account records the newest usage records may name, each asked for once.
    QList<QByteArray> accountKeys;
    // The replies come grouped by kind (onHashes): key j's k-th reply is at k * count + j, except
    // that the folded kind is one reply, sliced by key.
    const auto replyAt = [&](int k, int j) -> redis::Reply {
        if (layout.folded < 0 || k < layout.folded)
            return replies.at(qsizetype(k) * count + j);
        if (k > layout.folded)
            return replies.at(qsizetype(k - 1) * count + 1 + j);
        const redis::Reply& all = replies.at(qsizetype(k) * count);
        const qsizetype from = layout.offsets.value(j);
        const qsizetype to = layout.offsets.value(j + 1);
        if (!all.isArray() || all.size() != layout.offsets.value(count))
            return all.isError() ? all : redis::Reply::nil(); // an error for every key, or nothing
        return redis::Reply::array(all.elements().sliced(from, to - from));
    };
    std::vector<redis::Reply> own(static_cast<std::size_t>(n));
    for (int j = 0; j < count; ++j) {
        KeyEntry& e = m_keys[first + j];
        for (int k = 0; k < n; ++k)
            own[std::size_t(k)] = replyAt(k, j);
        e.stats = KeyStatsQuery::parse(e.key, contexts.at(j), own.data());
        if (e.stats.claudeTotalExists)
            ++m_markers.claudeWeeklyKeys;
        ++m_weeklyChoices[e.stats.weeklyUsesPeriod];
        std::optional<UsageRecordSummary> newest =
            e.stats.newestRecord ? UsageRecord::summarize(*e.stats.newestRecord) : std::nullopt;
        e.stats.newestRecord.reset(); // read; the summary is all the list needs
        // Many keys name the same few accounts: the candidates depend only on the record's account
        // id and type and its model, so each combination is looked at once.
        if (newest && newest->accountId && !newest->accountId->isEmpty()) {
            QString signature = *newest->accountId;
            signature += QChar(0);
            signature += newest->accountType.value_or(QString());
            signature += QChar(0);
            signature += newest->modelForHeuristics;
            if (!m_candidateSignatures.contains(signature)) {
                m_candidateSignatures.insert(std::move(signature));
                for (QByteArray& key : LastUsage::candidateKeys(newest)) {
                    if (!m_requestedAccountKeys.contains(key)) {
                        m_requestedAccountKeys.insert(key);
                        accountKeys.append(std::move(key));
                    }
                }
            }
        }
        m_newest[first + j] = std::move(newest);
        e.statsLoaded = true;
    }
    // Replies come in order: once the account loads sent so far (this batch's included) have
    // answered, these rows resolve.
    const WaitingBatch batch {first, count, m_accountLoadsSent + (accountKeys.isEmpty() ? 0 : 1)};
    if (m_accountLoadsDone >= batch.accountLoad)
        resolveBatch(batch, false);
    else
        m_waiting.append(batch);
    const quint64 run = m_run;
    if (!accountKeys.isEmpty()) {
        ++m_accountLoadsSent;
        // (loadKeys answers at once when there is nothing to read: m_delivering keeps advance()
        // from finishing the stage before these rows are announced.)
        m_delivering = true;
        AccountDirectory::loadKeys(m_connection, accountKeys, this,
                                   counted<AccountDirectory>([this](const AccountDirectory& d) {
                                       ++m_accountLoadsDone;
                                       onAccounts(d);
                                   }));
        m_delivering = false;
        if (run != m_run)
            return;
    }
    emit keysAvailable(first, count);
    if (run != m_run)
        return;
    emit progress(first + count, int(std::max<qsizetype>(m_seenIds.size(), first + count)));
    if (run != m_run)
        return;
    advance();
}

void KeyListReader::onAccounts(const AccountDirectory& found)
{
    // Only records: a candidate that does not exist is no finding (the directory notes it as skipped).
    for (const AccountRecord& record : found.all())
        m_accounts.insert(record);
    const quint64 run = m_run;
    while (!m_waiting.isEmpty() && m_waiting.first().accountLoad <= m_accountLoadsDone) {
        resolveBatch(m_waiting.takeFirst(), true);
        if (run != m_run)
            return;
    }
    advance();
}

void KeyListReader::resolveBatch(const WaitingBatch& batch, bool announce)
{
    for (int i = batch.first; i < batch.first + batch.count; ++i) {
        KeyEntry& e = m_keys[i];
        e.lastUsage =
            LastUsage::resolveSummary(m_accounts, m_newest.value(i), e.key.text(ApiKeyField::LastUsedAt));
        if (i < m_newest.size())
            m_newest[i].reset();
    }
    if (announce)
        emit lastUsageResolved(batch.first, batch.count);
}

bool KeyListReader::reselectWeekly(const ReleaseDetection& release)
{
    // The release may say otherwise than the markers read first (a key field of 1.1.281 found late):
    // the weekly cost then comes from the other bucket, already read.
    const bool usesPeriod = release.weeklyUsesPeriod();
    // Counted as the rows were read: a pass over 100,000 rows (most of a GUI stall) only when needed.
    if (m_weeklyChoices[!usesPeriod] == 0)
        return false;
    m_weeklyChoices[usesPeriod] += std::exchange(m_weeklyChoices[!usesPeriod], 0);
    bool reselected = false;
    for (KeyEntry& e : m_keys) {
        if (e.statsLoaded && e.stats.weeklyUsesPeriod != usesPeriod) {
            e.stats.selectWeekly(usesPeriod);
            reselected = true;
        }
    }
    if (reselected)
        emit keysAvailable(0, int(m_keys.size()));
    return reselected;
}

void KeyListReader::advance()
{
    if (!m_running || m_delivering || m_pending > 0 || !m_queue.isEmpty() || !m_waiting.isEmpty() ||
        !m_userIndexRead)
        return;
    const quint64 run = m_run;
    switch (m_stage) {
    case Stage::Indexes:
        if (m_idScansPending > 0)
            return;
        m_newest.clear();
        m_newest.squeeze();
        reselectWeekly(ReleaseDetection::detect(m_markers));
        if (run != m_run)
            return;
        emit listed();
        if (run != m_run)
            return;
        m_stage = Stage::Keyspace;
        scanStep("0");
        return;
    case Stage::Keyspace:
        if (m_scanDone && m_accountsLoaded && m_usersLoaded)
            onDirectories();
        return;
    case Stage::Resolving:
    case Stage::Done:
        return;
    }
}

void KeyListReader::onDirectories()
{
    m_stage = Stage::Resolving;
    m_newest.clear();
    m_newest.squeeze();
    m_accounts = std::exchange(m_allAccounts, {});
    m_resolveEnd = int(m_keys.size());
    const quint64 run = m_run;
    emit directoriesLoaded();
    if (run == m_run)
        resolveSlice(0);
}

void KeyListReader::resolveSlice(int first)
{
    // Every row resolved its last account against the records it could name; with the whole
    // directory here, the rows are announced again (their binding and owner names may resolve now),
    // a slice per event-loop turn.
    constexpr int SliceSize = 2000;
    const int end = std::min(m_resolveEnd, first + SliceSize);
    const quint64 run = m_run;
    if (end > first)
        emit lastUsageResolved(first, end - first);
    if (run != m_run)
        return;
    if (end < m_resolveEnd) {
        QTimer::singleShot(0, this, [this, run, end] {
            if (run == m_run)
                resolveSlice(end);
        });
        return;
    }
    m_stage = Stage::Done;
    m_release = ReleaseDetection::detect(m_markers);
    emit releaseDetected(m_release);
    if (run != m_run)
        return;
    reselectWeekly(m_release);
    if (run != m_run)
        return;
    m_running = false;
    emit progress(int(m_keys.size()), int(m_keys.size()));
    emit finished({});
}

} // namespace rka::relay
