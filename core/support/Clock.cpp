#include "Clock.h"

#include <QTimeZone>

namespace rka::support {

namespace {
std::shared_ptr<const Clock>& installedClock()
{
    static std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
    return clock;
}
} // namespace

Clock::~Clock() = default;

const Clock& Clock::instance()
{
    return *installedClock();
}

void Clock::setInstance(std::shared_ptr<const Clock> clock)
{
    installedClock() = clock ? std::move(clock) : std::make_shared<SystemClock>();
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime& instant)
{
    setNow(instant);
}

void FixedClock::setNow(const QDateTime& instant)
{
    m_now = instant.toUTC();
}

void FixedClock::advanceMSecs(qint64 msecs)
{
    m_now = m_now.addMSecs(msecs);
}

} // namespace rka::support
