#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace rka::test {

// The fixtures made by the real service (tests/fixtures, copied from the shared set).
namespace Fixtures {

QString dir(); // RKA_FIXTURES, else the source tree's tests/fixtures
QString path(const QString& release, const QString& file); // e.g. ("1.1.235", "seed.redis")
QJsonDocument json(const QString& release, const QString& file);
// The instant at which the service's views were evaluated.
inline QDateTime viewInstant()
{
    return QDateTime(QDate(2026, 2, 2), QTime(10, 0), QTimeZone::utc());
}
// The field/value pairs the seed's `HSET "<redisKey>" ...` line stores, in the seed's order.
QList<std::pair<QByteArray, QByteArray>> seedHash(const QString& release, const QByteArray& redisKey,
                                                  const QString& file = QStringLiteral("seed.redis"));
// Every command line of a seed, split into arguments.
QList<QList<QByteArray>> seedCommands(const QString& release,
                                      const QString& file = QStringLiteral("seed.redis"));
inline QByteArray encryptionKey()
{
    return "CRS-SAMPLE-ENCRYPTION-KEY-32CHAR";
}

} // namespace Fixtures

} // namespace rka::test
