#include "Session.h"

#include "relay/KeyModels.h"
#include "support/Clock.h"

using namespace Qt::StringLiterals;

namespace rka::ui {

Session::Session(const support::Profile& profile, const QString& password, const QByteArray& encryptionKey,
                 const QString& auditLogPath, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_service(profile.serviceSettings(encryptionKey))
    , m_audit(auditLogPath)
    , m_connection(std::make_unique<redis::Connection>())
{
    m_connection->setSettings(profile.connectionSettings(password));
    connect(m_connection.get(), &redis::Connection::ready, this, [this] {
        emit ready();
        reload();
    });
    connect(m_connection.get(), &redis::Connection::failed, this,
            [this](const redis::RedisError& e) { emit failed(e.message); });
    connect(m_connection.get(), &redis::Connection::connectionLost, this,
            [this](const redis::RedisError& e) { emit connectionLost(e.message); });
}

Session::~Session()
{
    close();
}

void Session::open()
{
    m_connection->open();
}

void Session::close()
{
    if (m_reader)
        m_reader->cancel();
    m_connection->close();
}

void Session::reload()
{
    if (!m_connection->isReady())
        return;
    const bool first = m_loads == 0;
    m_reader = std::make_unique<relay::KeyListReader>(*m_connection);
    m_streaming = first;
    connect(m_reader.get(), &relay::KeyListReader::keysAvailable, this, [this, first](int from, int count) {
        if (first)
            emit keysAvailable(from, count);
    });
    connect(m_reader.get(), &relay::KeyListReader::directoriesLoaded, this, [this, first] {
        if (!first)
            return;
        m_accounts = m_reader->accounts();
        m_users = m_reader->users();
        emit directoriesLoaded();
    });
    connect(m_reader.get(), &relay::KeyListReader::lastUsageResolved, this,
            [this, first](int from, int count) {
                if (first)
                    emit lastUsageResolved(from, count);
            });
    connect(m_reader.get(), &relay::KeyListReader::listed, this,
            [this] { emit listed(int(m_reader->keys().size())); });
    connect(m_reader.get(), &relay::KeyListReader::progress, this, &Session::loadProgress);
    connect(m_reader.get(), &relay::KeyListReader::finished, this, &Session::onReaderFinished);
    relay::KeyListOptions options;
    options.timezoneOffset = m_service.timezoneOffset;
    emit loadStarted(first);
    m_reader->start(options);
}

void Session::onReaderFinished(const redis::RedisError& error)
{
    ++m_loads;
    if (m_streaming || !error)
        m_keys = m_reader->keys(); // the rows the table shows, also after a failure half-way
    m_streaming = false;
    if (error) {
        emit loadFinished(error.message);
        return;
    }
    m_accounts = m_reader->accounts();
    m_users = m_reader->users();
    m_release = m_reader->release();
    m_evaluatedAt = m_reader->evaluatedAt();
    relay::WriteTarget target =
        relay::WriteTarget::fromDetection(m_release, m_reader->markers(), m_profile.emptyDatabaseRelease);
    target.service = m_service;
    target.operatorName = m_profile.operatorName.isEmpty() ? u"admin"_s : m_profile.operatorName;
    target.profile = m_profile.name;
    target.audit = &m_audit;
    if (m_writer)
        m_writer->setTarget(target);
    else
        m_writer = std::make_unique<relay::KeyWriter>(*m_connection, target);
    // Which models each key used, for the model filter: one more SCAN.
    relay::KeyModels::load(*m_connection, this,
                           [this](const QHash<QByteArray, QStringList>& models, const redis::RedisError& e) {
                               if (!e)
                                   m_models = models;
                               emit loadFinished(e ? e.message : QString());
                           });
}

void Session::loadRange(const relay::RangeSpec& range)
{
    const quint64 serial = ++m_rangeSerial;
    if (range.range == relay::StatsRange::Today || range.range == relay::StatsRange::AllTime) {
        QHash<QByteArray, relay::RangeStats> stats;
        for (const relay::KeyEntry& e : std::as_const(m_keys))
            stats.insert(e.id, relay::RangeStats::fromKeyStats(e.stats, range.range));
        emit rangeLoaded(range, stats);
        return;
    }
    QList<QByteArray> ids;
    for (const relay::KeyEntry& e : std::as_const(m_keys))
        ids.append(e.id);
    const QDateTime now = m_evaluatedAt.isValid() ? m_evaluatedAt : support::Clock::currentDateTimeUtc();
    relay::RangeStatsReader::load(
        *m_connection, ids, range, m_service.timezoneOffset, now, this,
        [this, range, serial](const QHash<QByteArray, relay::RangeStats>& stats, const redis::RedisError& e) {
            if (serial != m_rangeSerial || e)
                return; // a newer range was asked for meanwhile
            emit rangeLoaded(range, stats);
        });
}

} // namespace rka::ui
