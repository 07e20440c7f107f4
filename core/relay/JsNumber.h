#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rka::relay {

// JavaScript number conversions, so the app reads and writes numbers exactly as the service does:
// the service reads fields with parseInt/parseFloat and writes them with String(number)
// (service-data-model.md sections 1.3 and 5.2 a). NaN results are real NaNs, as in JS.
class JsNumber
{
public:
    // `parseInt(s)` with no radix: leading white space, sign, "0x" prefix, longest digit prefix.
    static double parseInt(QByteArrayView s);
    // `parseFloat(s)`: leading white space, then the longest prefix that is a decimal literal or
    // "Infinity".
    static double parseFloat(QByteArrayView s);
    // `String(n)` / Number.prototype.toString(): shortest round-trip digits, exponent form outside
    // 1e-7 .. 1e21, "-0" printed as "0".
    static QByteArray toString(double value);
    // Decimal digits of a safe integer, as String(n) prints it.
    static QByteArray toString(qint64 value) { return QByteArray::number(value); }

    static constexpr qint64 MaxSafeInteger = 9'007'199'254'740'991; // Number.MAX_SAFE_INTEGER
};

} // namespace rka::relay
