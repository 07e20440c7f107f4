#include "CommandLog.h"

namespace rka::redis {

CommandLog::CommandLog(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

qint64 CommandLog::begin(const QByteArray& command, const QByteArray& key, int count)
{
    QMutexLocker lock(&m_mutex);
    m_totals.commands += count;
    m_entries.push_back(Entry {QDateTime::currentDateTimeUtc(), command, key, count, -1, {}});
    while (qsizetype(m_entries.size()) > m_capacity) {
        m_entries.pop_front();
        ++m_firstId;
    }
    return m_firstId + qint64(m_entries.size()) - 1;
}

void CommandLog::finish(qint64 id, qint64 durationUs, const QString& error)
{
    QMutexLocker lock(&m_mutex);
    const qint64 index = id - m_firstId;
    if (index < 0 || index >= qint64(m_entries.size()))
        return; // already dropped from the ring
    Entry& e = m_entries[size_t(index)];
    e.durationUs = durationUs;
    e.error = error;
}

void CommandLog::addRoundTrip(qint64 bytesWritten)
{
    QMutexLocker lock(&m_mutex);
    ++m_totals.roundTrips;
    m_totals.bytesWritten += bytesWritten;
}

void CommandLog::addBytesRead(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_totals.bytesRead += bytes;
}

QList<CommandLog::Entry> CommandLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return QList<Entry>(m_entries.begin(), m_entries.end());
}

CommandLog::Totals CommandLog::totals() const
{
    QMutexLocker lock(&m_mutex);
    return m_totals;
}

void CommandLog::resetTotals()
{
    QMutexLocker lock(&m_mutex);
    m_totals = {};
}

void CommandLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_firstId += qint64(m_entries.size());
    m_entries.clear();
    m_totals = {};
}

} // namespace rka::redis
