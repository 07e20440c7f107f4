#pragma once

#include <QJsonValue>
#include <QStringList>

namespace rka::test {

// Differences between two JSON values, one line per differing path ("usage.total.cost: expected 1.2,
// got 1.3"). Numbers are equal within a relative 1e-9: the service's INCRBYFLOAT strings and our
// doubles print differently but must mean the same amount.
QStringList jsonDiff(const QJsonValue& expected, const QJsonValue& actual, const QString& path = {});

} // namespace rka::test
