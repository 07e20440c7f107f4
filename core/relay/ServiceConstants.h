#pragma once

#include <QtGlobal>

#include <algorithm>

namespace rka::relay {

// Fixed numbers of the service's Redis layout (service-data-model.md section 21.6). TTLs in seconds.
namespace ServiceConstants {

inline constexpr qint64 ApiKeyTtl = 31'536'000; // apikey:{id}, re-armed on every save (365 d)
inline constexpr qint64 UsageDailyTtl = 2'764'800; // usage:daily:*, usage:{id}:model:daily:* (32 d)
inline constexpr qint64 UsageMonthlyTtl = 31'536'000; // usage:monthly:*, usage:{id}:model:monthly:*
inline constexpr qint64 UsageHourlyTtl = 604'800; // usage:hourly:*, usage:cost:hourly:* (7 d)
inline constexpr qint64 CostDailyTtl = 2'592'000; // usage:cost:daily:* — 30 d, not 32 (section 14.3)
inline constexpr qint64 CostMonthlyTtl = 7'776'000; // usage:cost:monthly:* (90 d)
inline constexpr qint64 UsageRecordsTtl = 7'776'000; // usage:records:{id} (90 d)
inline constexpr int UsageRecordsCap = 200;
inline constexpr qint64 OpusWeeklyTtl = 1'209'600; // usage:opus:weekly:* (14 d)
inline constexpr qint64 CostRankLockTtl = 300;
inline constexpr qint64 MetricsMinuteTtl1_1_314 = 600; // never expires in 1.1.235 (bug B13)
inline constexpr qint64 IndexTempTtl = 60; // apikey:tmp:* (1.1.314)
inline constexpr const char* DefaultKeyPrefix = "cr_";
inline constexpr const char* DefaultEncryptionKey = "CHANGE-THIS-32-CHARACTER-KEY-NOW";

// PEXPIRE of concurrency:{id}: max((lease + grace) × 1000, 60 000) ms (section 14.6).
constexpr qint64 concurrencyPexpireMs(qint64 leaseSeconds = 300, qint64 graceSeconds = 30)
{
    return std::max<qint64>((leaseSeconds + graceSeconds) * 1000, 60'000);
}

} // namespace ServiceConstants

} // namespace rka::relay
