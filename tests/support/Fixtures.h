#pragma once

#include <QDateTime>
#include <QJsonDocument>
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
inline QByteArray encryptionKey()
{
    return "CRS-SAMPLE-ENCRYPTION-KEY-32CHAR";
}

} // namespace Fixtures

} // namespace rka::test
