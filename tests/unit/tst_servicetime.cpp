// Time buckets against service-data-model.md sections 14.1, 18.8 and 21.2-21.4, and the clock.
#include "support/Clock.h"
#include "support/ServiceTime.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rka::support;

namespace {
QDateTime utc(const QString& iso)
{
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    Q_ASSERT(dt.isValid());
    return dt.toUTC();
}
} // namespace

class TestServiceTime : public QObject
{
    Q_OBJECT

private slots:
    void buckets_data();
    void buckets();
    void legacyWeekHostZone();
    void weeklyPeriod_data();
    void weeklyPeriod();
    void weeklyPeriodStart();
    void minuteKeys_data();
    void minuteKeys();
    void offsetFromEnvironment_data();
    void offsetFromEnvironment();
    void otherOffsets();
    void fixedClock();
    void clockInstance();
};

void TestServiceTime::buckets_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("hourKey");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("week"); // empty: no vector in the table
    // Section 21.2, host TZ=UTC, offset +8.
    QTest::newRow("new year eve, last ms") << u"2025-12-31T15:59:59.999Z"_s << u"2025-12-31"_s
                                           << u"2025-12-31:23"_s << u"2025-12"_s << u"2025-W01"_s;
    QTest::newRow("new year in tz") << u"2025-12-31T16:00:00.000Z"_s << u"2026-01-01"_s << u"2026-01-01:00"_s
                                    << u"2026-01"_s << u"2026-W01"_s;
    QTest::newRow("thursday") << u"2026-11-26T01:49:00.000Z"_s << u"2026-11-26"_s << u"2026-11-26:09"_s
                              << u"2026-11"_s << u"2026-W48"_s;
    QTest::newRow("monday midnight tz") << u"2026-11-22T16:00:00.000Z"_s << u"2026-11-23"_s
                                        << u"2026-11-23:00"_s << u"2026-11"_s << u"2026-W48"_s;
    QTest::newRow("2027 one week ahead") << u"2027-01-03T17:00:00.000Z"_s << u"2027-01-04"_s
                                         << u"2027-01-04:01"_s << u"2027-01"_s << u"2027-W02"_s;
    QTest::newRow("2027 midnight escapes") << u"2027-03-14T16:00:00.000Z"_s << u"2027-03-15"_s
                                           << u"2027-03-15:00"_s << u"2027-03"_s << u"2027-W11"_s;
    QTest::newRow("2027 one ms later") << u"2027-03-14T16:00:00.001Z"_s << u"2027-03-15"_s
                                       << u"2027-03-15:00"_s << u"2027-03"_s << u"2027-W12"_s;
    QTest::newRow("fixture d1") << u"2026-01-29T02:00:17.000Z"_s << u"2026-01-29"_s << u"2026-01-29:10"_s
                                << u"2026-01"_s << QString();
    QTest::newRow("fixture d2") << u"2026-01-30T03:00:25.000Z"_s << u"2026-01-30"_s << u"2026-01-30:11"_s
                                << u"2026-01"_s << u"2026-W05"_s;
    QTest::newRow("fixture d3 month boundary") << u"2026-01-31T17:30:27.000Z"_s << u"2026-02-01"_s
                                               << u"2026-02-01:01"_s << u"2026-02"_s << u"2026-W05"_s;
    QTest::newRow("fixture d4 new week") << u"2026-02-01T23:30:30.000Z"_s << u"2026-02-02"_s
                                         << u"2026-02-02:07"_s << u"2026-02"_s << u"2026-W06"_s;
    QTest::newRow("fixture d5") << u"2026-02-02T10:00:33.000Z"_s << u"2026-02-02"_s << u"2026-02-02:18"_s
                                << u"2026-02"_s << u"2026-W06"_s;
}

void TestServiceTime::buckets()
{
    QFETCH(QString, instant);
    QFETCH(QString, date);
    QFETCH(QString, hourKey);
    QFETCH(QString, month);
    QFETCH(QString, week);
    const ServiceTime time;
    const QDateTime t = utc(instant);
    QCOMPARE(time.date(t), date);
    QCOMPARE(time.hourKey(t), hourKey);
    QCOMPARE(time.hour(t), hourKey.right(2));
    QCOMPARE(time.month(t), month);
    if (!week.isEmpty())
        QCOMPARE(time.legacyWeek(t), week);
}

void TestServiceTime::legacyWeekHostZone()
{
    // Section 21.2: the same instant gives W12 on a host running in Asia/Shanghai.
    const QTimeZone shanghai("Asia/Shanghai");
    QVERIFY(shanghai.isValid());
    const ServiceTime onShanghaiHost(8, shanghai);
    QCOMPARE(onShanghaiHost.legacyWeek(utc(u"2027-03-14T16:00:00.000Z"_s)), u"2027-W12"_s);
    QCOMPARE(ServiceTime(8).legacyWeek(utc(u"2027-03-14T16:00:00.000Z"_s)), u"2027-W11"_s);
}

void TestServiceTime::weeklyPeriod_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("resetDay");
    QTest::addColumn<int>("resetHour");
    QTest::addColumn<QString>("period");
    // Section 21.3.
    QTest::newRow("monday 0") << u"2026-11-26T01:49:00Z"_s << 1 << 0 << u"2026-11-23T00"_s;
    QTest::newRow("friday 18") << u"2026-11-26T01:49:00Z"_s << 5 << 18 << u"2026-11-20T18"_s;
    QTest::newRow("sunday 23") << u"2026-11-26T01:49:00Z"_s << 7 << 23 << u"2026-11-22T23"_s;
    QTest::newRow("across new year") << u"2025-12-31T16:00:00Z"_s << 1 << 0 << u"2025-12-29T00"_s;
    QTest::newRow("fixture k11") << u"2026-01-31T17:30:28Z"_s << 1 << 0 << u"2026-01-26T00"_s;
    QTest::newRow("fixture k01") << u"2026-02-01T23:30:30Z"_s << 1 << 0 << u"2026-02-02T00"_s;
    // The reset day itself, before the reset hour, still belongs to the previous period (18.8 step 2).
    QTest::newRow("reset day before hour") << u"2026-11-26T01:49:00Z"_s << 4 << 10 << u"2026-11-19T10"_s;
    QTest::newRow("reset day at hour") << u"2026-11-26T02:00:00Z"_s << 4 << 10 << u"2026-11-26T10"_s;
}

void TestServiceTime::weeklyPeriod()
{
    QFETCH(QString, instant);
    QFETCH(int, resetDay);
    QFETCH(int, resetHour);
    QFETCH(QString, period);
    QCOMPARE(ServiceTime().weeklyPeriod(utc(instant), resetDay, resetHour), period);
}

void TestServiceTime::weeklyPeriodStart()
{
    // 2026-11-20T18 in UTC+8 is 10:00 UTC.
    QCOMPARE(ServiceTime().weeklyPeriodStart(utc(u"2026-11-26T01:49:00Z"_s), 5, 18),
             utc(u"2026-11-20T10:00:00.000Z"_s));
}

void TestServiceTime::minuteKeys_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QString>("key");
    // Section 21.4.
    QTest::newRow("d1") << u"2026-01-29T02:00:17Z"_s << u"system:metrics:minute:29494200"_s;
    QTest::newRow("d2") << u"2026-01-30T03:00:23Z"_s << u"system:metrics:minute:29495700"_s;
    QTest::newRow("d3") << u"2026-01-31T17:30:27Z"_s << u"system:metrics:minute:29498010"_s;
    QTest::newRow("d4") << u"2026-02-01T23:30:30Z"_s << u"system:metrics:minute:29499810"_s;
    QTest::newRow("d5") << u"2026-02-02T10:00:33Z"_s << u"system:metrics:minute:29500440"_s;
}

void TestServiceTime::minuteKeys()
{
    QFETCH(QString, instant);
    QFETCH(QString, key);
    QCOMPARE(ServiceTime::systemMinuteKey(utc(instant)), key);
    // The minute key ignores the service offset entirely.
    QCOMPARE(ServiceTime::minuteBucket(utc(instant)), key.section(u':', -1).toLongLong());
}

void TestServiceTime::offsetFromEnvironment_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<int>("offset");
    // parseInt(env) || 8, section 14.1.
    QTest::newRow("unset") << QByteArray() << 8;
    QTest::newRow("zero cannot be configured") << "0"_ba << 8;
    QTest::newRow("fraction truncated") << "5.5"_ba << 5;
    QTest::newRow("negative") << "-5"_ba << -5;
    QTest::newRow("garbage") << "UTC"_ba << 8;
    QTest::newRow("leading space and junk") << " 9h"_ba << 9;
}

void TestServiceTime::offsetFromEnvironment()
{
    QFETCH(QByteArray, env);
    QFETCH(int, offset);
    QCOMPARE(ServiceTime::offsetFromEnvironment(env), offset);
}

void TestServiceTime::otherOffsets()
{
    QCOMPARE(ServiceTime(0).offsetHours(), 8);
    const ServiceTime newYork(-5);
    QCOMPARE(newYork.date(utc(u"2026-01-01T04:59:59.999Z"_s)), u"2025-12-31"_s);
    QCOMPARE(newYork.hourKey(utc(u"2026-01-01T05:00:00.000Z"_s)), u"2026-01-01:00"_s);
    QCOMPARE(newYork.month(utc(u"2026-03-01T04:00:00.000Z"_s)), u"2026-02"_s);
}

void TestServiceTime::fixedClock()
{
    FixedClock clock(utc(u"2026-02-02T10:00:00.000Z"_s));
    QCOMPARE(clock.now(), utc(u"2026-02-02T10:00:00.000Z"_s));
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    clock.advanceSecs(90);
    QCOMPARE(clock.now(), utc(u"2026-02-02T10:01:30.000Z"_s));
    clock.setNow(QDateTime(QDate(2026, 2, 2), QTime(18, 0), QTimeZone(8 * 3600)));
    QCOMPARE(clock.now(), utc(u"2026-02-02T10:00:00.000Z"_s));
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
}

void TestServiceTime::clockInstance()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(Clock::currentDateTimeUtc() >= before);
    Clock::setInstance(std::make_shared<FixedClock>(utc(u"2030-01-01T00:00:00.000Z"_s)));
    QCOMPARE(Clock::currentDateTimeUtc(), utc(u"2030-01-01T00:00:00.000Z"_s));
    Clock::setInstance(nullptr);
    QVERIFY(Clock::currentDateTimeUtc() >= before);
    QVERIFY(Clock::currentDateTimeUtc().date().year() < 2030);
}

QTEST_GUILESS_MAIN(TestServiceTime)
#include "tst_servicetime.moc"
