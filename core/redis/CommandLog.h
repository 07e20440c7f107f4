#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <deque>

namespace rka::redis {

// A record of the commands sent: name, first key, timing; never argument values. Consecutive
// commands of the same name in one pipeline flush are folded into one entry with a count.
class CommandLog
{
public:
    struct Entry
    {
        QDateTime sentAt;
        QByteArray command; // upper-case name
        QByteArray key; // first key argument, if the command has one
        int count = 1; // how many such commands this entry stands for
        qint64 durationUs = -1; // from send to last reply; -1 while pending
        QString error; // transport error or the first error reply
    };

    struct Totals
    {
        qint64 commands = 0;
        qint64 roundTrips = 0; // socket flushes that carried commands
        qint64 bytesWritten = 0;
        qint64 bytesRead = 0;
    };

    explicit CommandLog(int capacity = 5000);

    // Returns an id for finish().
    qint64 begin(const QByteArray& command, const QByteArray& key, int count);
    void finish(qint64 id, qint64 durationUs, const QString& error);
    void addRoundTrip(qint64 bytesWritten);
    void addBytesRead(qint64 bytes);

    QList<Entry> entries() const;
    Totals totals() const;
    void resetTotals();
    void clear();

private:
    mutable QMutex m_mutex;
    int m_capacity;
    qint64 m_firstId = 0; // id of m_entries.front()
    std::deque<Entry> m_entries;
    Totals m_totals;
};

} // namespace rka::redis
