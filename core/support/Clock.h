#pragma once

#include <QDateTime>

#include <memory>

namespace rka::support {

// Source of "now" for everything that depends on time (expiry, activation, time buckets), so tests
// can run at fixed instants. Modelled on KeePassXC's Clock: code takes a `const Clock&` where it can,
// and falls back to Clock::instance() where threading a parameter through would be noise.
class Clock
{
public:
    virtual ~Clock();

    // The current instant, always in UTC.
    virtual QDateTime now() const = 0;

    // The process-wide clock: the system clock unless a test replaced it.
    static const Clock& instance();
    // Replaces the process-wide clock; nullptr restores the system clock. Not thread-safe: call it
    // from test set-up only.
    static void setInstance(std::shared_ptr<const Clock> clock);
    static QDateTime currentDateTimeUtc() { return instance().now(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that stands still until told otherwise.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime& instant);

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime& instant);
    void advanceMSecs(qint64 msecs);
    void advanceSecs(qint64 secs) { advanceMSecs(secs * 1000); }

private:
    QDateTime m_now;
};

} // namespace rka::support
