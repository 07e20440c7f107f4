#include "ServiceTime.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::support {

namespace {
constexpr qint64 DayMSecs = 86'400'000;

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QLatin1Char('0'));
}

QString fourDigits(int value)
{
    return u"%1"_s.arg(value, 4, 10, QLatin1Char('0'));
}

QString isoDate(const QDate& date)
{
    return fourDigits(date.year()) + u'-' + twoDigits(date.month()) + u'-' + twoDigits(date.day());
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
} // namespace

ServiceTime::ServiceTime(int offsetHours, const QTimeZone& hostZone)
    : m_offsetHours(offsetHours == 0 ? DefaultOffsetHours : offsetHours) // `|| 8`, section 14.1
    , m_hostZone(hostZone)
{ }

int ServiceTime::offsetFromEnvironment(QByteArrayView value)
{
    // JavaScript parseInt: skip leading white space, optional sign, then decimal digits.
    qsizetype i = 0;
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n' || value[i] == '\r'))
        ++i;
    bool negative = false;
    if (i < value.size() && (value[i] == '-' || value[i] == '+')) {
        negative = value[i] == '-';
        ++i;
    }
    qint64 result = 0;
    bool any = false;
    while (i < value.size() && value[i] >= '0' && value[i] <= '9') {
        any = true;
        result = result * 10 + (value[i] - '0');
        if (result > 1000) // no real offset is that large; avoid overflow and give the default
            return DefaultOffsetHours;
        ++i;
    }
    if (!any || result == 0)
        return DefaultOffsetHours;
    return int(negative ? -result : result);
}

QDateTime ServiceTime::shifted(const QDateTime& instant) const
{
    return QDateTime::fromMSecsSinceEpoch(instant.toMSecsSinceEpoch() + offsetMSecs(), QTimeZone::utc());
}

QString ServiceTime::date(const QDateTime& instant) const
{
    return isoDate(shifted(instant).date());
}

QString ServiceTime::month(const QDateTime& instant) const
{
    const QDate d = shifted(instant).date();
    return fourDigits(d.year()) + u'-' + twoDigits(d.month());
}

QString ServiceTime::hour(const QDateTime& instant) const
{
    return twoDigits(shifted(instant).time().hour());
}

QString ServiceTime::hourKey(const QDateTime& instant) const
{
    return date(instant) + u':' + hour(instant);
}

QString ServiceTime::legacyWeek(const QDateTime& instant) const
{
    // Mirrors getWeekStringInTimezone step by step, in the same double arithmetic (section 14.1).
    const QDateTime t = shifted(instant);
    const int dayNum = t.date().dayOfWeek(); // Monday = 1 .. Sunday = 7, like `getUTCDay() || 7`
    const qint64 thursdayMs = t.toMSecsSinceEpoch() + qint64(4 - dayNum) * DayMSecs; // keeps the time of day
    const int thursdayYear = QDateTime::fromMSecsSinceEpoch(thursdayMs, QTimeZone::utc()).date().year();
    // `new Date(year, 0, 1)` is local midnight on the service host.
    const qint64 yearStartMs =
        QDateTime(QDate(thursdayYear, 1, 1), QTime(0, 0), m_hostZone).toMSecsSinceEpoch();
    const double days = double(thursdayMs - yearStartMs) / double(DayMSecs);
    const int week = int(std::ceil((days + 1.0) / 7.0));
    // The year label is T's own year, not the ISO week-year.
    return fourDigits(t.date().year()) + u"-W"_s + twoDigits(week);
}

QDateTime ServiceTime::periodStartShifted(const QDateTime& instant, int resetDay, int resetHour) const
{
    const QDateTime t = shifted(instant);
    const int day = t.date().dayOfWeek();
    // C++ and JavaScript `%` agree on signs, so odd reset days behave as in the service.
    int daysSinceReset = (day - resetDay + 7) % 7;
    if (daysSinceReset == 0 && t.time().hour() < resetHour)
        daysSinceReset = 7;
    const QDate startDate = t.date().addDays(-daysSinceReset);
    // setUTCHours(resetHour, 0, 0, 0): an out-of-range hour rolls over into the next days, as in JS.
    return QDateTime(startDate, QTime(0, 0), QTimeZone::utc()).addMSecs(qint64(resetHour) * 3'600'000);
}

QString ServiceTime::weeklyPeriod(const QDateTime& instant, int resetDay, int resetHour) const
{
    const QDateTime start = periodStartShifted(instant, resetDay, resetHour);
    return isoDate(start.date()) + u'T' + twoDigits(start.time().hour());
}

QDateTime ServiceTime::weeklyPeriodStart(const QDateTime& instant, int resetDay, int resetHour) const
{
    return periodStartShifted(instant, resetDay, resetHour).addMSecs(-offsetMSecs());
}

qint64 ServiceTime::minuteBucket(const QDateTime& instant)
{
    return floorDiv(instant.toMSecsSinceEpoch(), 60'000);
}

QString ServiceTime::systemMinuteKey(const QDateTime& instant)
{
    return u"system:metrics:minute:"_s + QString::number(minuteBucket(instant));
}

} // namespace rka::support
