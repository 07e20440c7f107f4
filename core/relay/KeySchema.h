#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace rka::relay {

// Names of the Redis keys the service uses for one API key (service-data-model.md sections 3, 6,
// 14, 18.6, 18.8). One place, so readers, writers and the health check agree.
namespace KeySchema {

inline constexpr QByteArrayView ApiKeyPrefix = "apikey:";
inline constexpr QByteArrayView HashMap = "apikey:hash_map";
inline constexpr QByteArrayView IndexVersion = "apikey:index:version";
inline constexpr QByteArrayView IndexAll = "apikey:idx:all";
inline constexpr QByteArrayView TagsAll = "apikey:tags:all";
inline constexpr QByteArrayView MigratedVersion = "system:migrated:version";

QByteArray apiKey(QByteArrayView id);
// The id in `apikey:{id}` when the key has exactly that form: one colon, not a reserved name
// (1.1.314 scanApiKeyIds, section 18.6). Empty otherwise.
QByteArray idFromApiKey(QByteArrayView redisKey);
// Reserved names under `apikey:` that belong to the service's indexes and maps.
bool isReservedApiKeyName(QByteArrayView redisKey);

QByteArray usageTotal(QByteArrayView id); // usage:{id}
QByteArray usageDaily(QByteArrayView id, const QString& date);
QByteArray usageMonthly(QByteArrayView id, const QString& month);
QByteArray costDaily(QByteArrayView id, const QString& date);
QByteArray costMonthly(QByteArrayView id, const QString& month);
QByteArray costTotal(QByteArrayView id);
QByteArray opusWeekly(QByteArrayView id, const QString& weekOrPeriod);
QByteArray claudeTotal(QByteArrayView id); // usage:claude:total:{id}, written only by 1.1.262
QByteArray usageRecords(QByteArrayView id);
QByteArray concurrency(QByteArrayView id);
QByteArray rateLimitWindowStart(QByteArrayView id);
QByteArray rateLimitRequests(QByteArrayView id);
QByteArray rateLimitTokens(QByteArrayView id);
QByteArray rateLimitCost(QByteArrayView id);

} // namespace KeySchema

} // namespace rka::relay
