#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace rka::support {

// The service's time buckets (service-data-model.md sections 14.1, 18.8 and 21). Every function takes
// a UTC instant and gives the exact string the service would put into a Redis key name.
class ServiceTime
{
public:
    static constexpr int DefaultOffsetHours = 8;

    // `offsetHours` is the value of TIMEZONE_OFFSET as the service reads it; 0 means 8 because the
    // service applies `|| 8` (section 14.1). `hostZone` is the service host's TZ, which only the
    // 1.1.235 week string depends on; the official Docker image runs in UTC.
    explicit ServiceTime(int offsetHours = DefaultOffsetHours, const QTimeZone& hostZone = QTimeZone::utc());

    // `parseInt(env TIMEZONE_OFFSET) || 8`: fractions are truncated, garbage and 0 give 8 (section 14.1).
    static int offsetFromEnvironment(QByteArrayView value);

    int offsetHours() const { return m_offsetHours; }
    const QTimeZone& hostZone() const { return m_hostZone; }

    // The instant shifted by the offset and labelled UTC, i.e. what the service reads with the UTC
    // getters (section 14.1).
    QDateTime shifted(const QDateTime& instant) const;

    QString date(const QDateTime& instant) const; // YYYY-MM-DD
    QString month(const QDateTime& instant) const; // YYYY-MM
    QString hour(const QDateTime& instant) const; // HH, 00..23
    QString hourKey(const QDateTime& instant) const; // YYYY-MM-DD:HH

    // 1.1.235 getWeekStringInTimezone, quirks included (section 14.1).
    QString legacyWeek(const QDateTime& instant) const; // YYYY-Www

    // 1.1.314 getPeriodString: the start of the weekly cost period in tz (section 18.8). `resetDay` is
    // 1 (Monday) .. 7 (Sunday), `resetHour` 0..23, as the service reads them from the key.
    QString weeklyPeriod(const QDateTime& instant, int resetDay, int resetHour) const; // YYYY-MM-DDTHH
    // The same period start as a UTC instant.
    QDateTime weeklyPeriodStart(const QDateTime& instant, int resetDay, int resetHour) const;

    // floor(epochMs / 60000), no time zone (section 21.4).
    static qint64 minuteBucket(const QDateTime& instant);
    static QString systemMinuteKey(const QDateTime& instant); // system:metrics:minute:{bucket}

private:
    qint64 offsetMSecs() const { return qint64(m_offsetHours) * 3600 * 1000; }
    QDateTime periodStartShifted(const QDateTime& instant, int resetDay, int resetHour) const;

    int m_offsetHours;
    QTimeZone m_hostZone;
};

} // namespace rka::support
