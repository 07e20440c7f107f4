// Fuzz target: the small text parsers the readers rely on.
//
// The first input byte chooses the parser; the rest is its data:
//   0  JsNumber: parseInt/parseFloat of the text, String() of the numbers they give
//   1  JsNumber: String() of the double whose bits are the next 8 bytes
//   2  ServiceTime: TIMEZONE_OFFSET text, an instant, a weekly reset day and hour, a host zone
//   3  EnvFile: a `.env` file
//   4  ServiceRelease: version strings and release markers
//   5  KeyLookup / KeyHash: a pasted plaintext key
//
// Properties:
//  - String(n) reads back as n with parseFloat (and parseInt for whole numbers below 1e21);
//  - the weekly period containing an instant starts at most 7 days before it, never after it;
//  - a stored key hash always has the stored-hash shape.

#include "FuzzSupport.h"

#include "relay/JsNumber.h"
#include "relay/KeyHash.h"
#include "relay/KeyLookup.h"
#include "relay/ServiceRelease.h"
#include "relay/ServiceSettings.h"
#include "support/EnvFile.h"
#include "support/ServiceTime.h"

#include <QTimeZone>

#include <bit>
#include <cmath>

using namespace rka;
using namespace rka::relay;
using namespace Qt::StringLiterals;

namespace {

// Identical doubles, with NaN equal to NaN.
bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void checkToString(double d)
{
    const QByteArray text = JsNumber::toString(d);
    FUZZ_CHECK(!text.isEmpty());
    // String(-0) is "0"; every other value reads back exactly.
    FUZZ_CHECK(same(JsNumber::parseFloat(text), d == 0 ? 0.0 : d));
    if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 1e21)
        FUZZ_CHECK(same(JsNumber::parseInt(text), d == 0 ? 0.0 : d));
}

void numbers(QByteArrayView text)
{
    const double i = JsNumber::parseInt(text);
    const double f = JsNumber::parseFloat(text);
    // parseInt yields a whole number or NaN; a decimal prefix that parseInt reads parseFloat reads too.
    FUZZ_CHECK(std::isnan(i) || std::isinf(i) || i == std::trunc(i));
    checkToString(i);
    checkToString(f);
}

void serviceTime(fuzz::Input& in)
{
    static const QList<QTimeZone> zones {QTimeZone::utc(),
                                         QTimeZone("Asia/Shanghai"),
                                         QTimeZone("America/New_York"),
                                         QTimeZone("Australia/Lord_Howe"),
                                         QTimeZone("Pacific/Chatham"),
                                         QTimeZone(-(9 * 3600 + 30 * 60))};
    const QTimeZone zone = zones.at(in.choice(int(zones.size())));
    const int resetDay = 1 + in.choice(7);
    const int resetHour = in.choice(24);
    // Within the range of a JavaScript Date: +-8.64e15 ms.
    constexpr qint64 Range = 8'640'000'000'000'000;
    const qint64 ms = qint64(in.u64() % quint64(2 * Range + 1)) - Range;
    const QByteArray offsetText = in.token().value_or(QByteArray());

    const int offset = support::ServiceTime::offsetFromEnvironment(offsetText);
    FUZZ_CHECK(offset != 0);
    const support::ServiceTime time(offset, zone);
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    (void)time.date(instant);
    (void)time.month(instant);
    (void)time.hour(instant);
    (void)time.hourKey(instant);
    (void)time.legacyWeek(instant);
    (void)time.weeklyPeriod(instant, resetDay, resetHour);
    (void)support::ServiceTime::systemMinuteKey(instant);
    const QDateTime start = time.weeklyPeriodStart(instant, resetDay, resetHour);
    FUZZ_CHECK(start.isValid());
    FUZZ_CHECK(start <= instant);
    FUZZ_CHECK(start.msecsTo(instant) < 7LL * 24 * 3600 * 1000);
}

void envFile(QByteArrayView text)
{
    const support::EnvFile env = support::EnvFile::parse(text.toByteArray());
    for (auto it = env.values().cbegin(); it != env.values().cend(); ++it) {
        FUZZ_CHECK(!it.key().isEmpty());
        FUZZ_CHECK(env.contains(it.key()));
        FUZZ_CHECK(env.value(it.key()) == it.value());
    }
    (void)support::ServiceTime::offsetFromEnvironment(env.value(u"TIMEZONE_OFFSET"_s).toUtf8());
}

void release(fuzz::Input& in)
{
    ReleaseMarkers markers;
    const quint8 flags = in.byte();
    if (std::optional<QByteArray> t = in.token(); t && (flags & 1))
        markers.migratedVersion = *t;
    if (std::optional<QByteArray> t = in.token(); t && (flags & 2))
        markers.indexVersion = *t;
    markers.indexAllExists = flags & 4;
    markers.keyCount = in.byte();
    markers.keysWithServiceRates = in.byte();
    markers.keysWithWeeklyReset = in.byte();
    markers.keysWithPayloadRules = in.byte();
    markers.claudeWeeklyKeys = in.byte();
    while (std::optional<QByteArray> t = in.token())
        markers.foreignKeysUnderApiKey.append(*t);
    if (markers.migratedVersion)
        (void)ReleaseDetection::parseVersion(*markers.migratedVersion);
    const ReleaseDetection detection = ReleaseDetection::detect(markers);
    (void)detection.summary();
}

void plaintext(QByteArrayView text)
{
    ServiceSettings settings;
    settings.encryptionKey = "CRS-SAMPLE-ENCRYPTION-KEY-32CHAR";
    (void)KeyLookup::checkPlaintext(text, settings);
    (void)KeyLookup::looksLikePlaintextKey(text, settings);
    settings.apiKeyPrefix = text.first(std::min<qsizetype>(text.size(), 8)).toByteArray();
    (void)KeyLookup::checkPlaintext(text, settings);
    FUZZ_CHECK(isStoredKeyHashShape(storedKeyHash(text, settings.encryptionKey)));
    (void)isStoredKeyHashShape(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::Input in(data, size);
    switch (in.choice(6)) {
    case 0:
        numbers(in.rest());
        break;
    case 1:
        checkToString(std::bit_cast<double>(in.u64()));
        numbers(in.rest());
        break;
    case 2:
        serviceTime(in);
        break;
    case 3:
        envFile(in.rest());
        break;
    case 4:
        release(in);
        break;
    default:
        plaintext(in.rest());
        break;
    }
    return 0;
}
