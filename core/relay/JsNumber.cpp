#include "JsNumber.h"

#include <QLocale>

#include <charconv>
#include <cmath>
#include <limits>

namespace rka::relay {

namespace {

bool isJsSpace(char c)
{
    // ASCII subset of ECMAScript WhiteSpace and LineTerminator; fields are ASCII in practice.
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

qsizetype skipSpace(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size() && isJsSpace(s[i]))
        ++i;
    return i;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Converts an unsigned decimal literal (digits, optional fraction and exponent) the way JS does:
// correctly rounded, overflow to Infinity, underflow to 0.
double decimalLiteralValue(QByteArrayView literal)
{
    double value = 0;
    const auto [ptr, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    Q_UNUSED(ptr);
    if (ec != std::errc::result_out_of_range)
        return value;
    // Out of range: decide between overflow and underflow from the decimal exponent of the first
    // non-zero digit.
    qsizetype i = 0;
    qint64 pointPos = -1;
    qint64 firstNonZero = -1;
    qint64 digitIndex = 0;
    for (; i < literal.size() && literal[i] != 'e' && literal[i] != 'E'; ++i) {
        if (literal[i] == '.') {
            pointPos = digitIndex;
            continue;
        }
        if (firstNonZero < 0 && literal[i] != '0')
            firstNonZero = digitIndex;
        ++digitIndex;
    }
    if (pointPos < 0)
        pointPos = digitIndex;
    qint64 exponent = 0;
    if (i < literal.size()) {
        const QByteArray expText = literal.sliced(i + 1).toByteArray();
        bool ok = false;
        exponent = expText.toLongLong(&ok);
        if (!ok) // an exponent beyond 64 bits: its sign decides
            exponent = expText.startsWith('-') ? std::numeric_limits<qint32>::min()
                                               : std::numeric_limits<qint32>::max();
    }
    if (firstNonZero < 0)
        return 0;
    const qint64 magnitude = exponent + (pointPos - firstNonZero);
    return magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

} // namespace

double JsNumber::parseInt(QByteArrayView s)
{
    qsizetype i = skipSpace(s);
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        negative = s[i] == '-';
        ++i;
    }
    int radix = 10;
    if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
        radix = 16;
        i += 2;
    }
    const qsizetype start = i;
    double value = 0;
    if (radix == 16) {
        for (; i < s.size(); ++i) {
            const char c = s[i];
            int digit = -1;
            if (isDigit(c))
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                break;
            value = value * 16 + digit;
        }
    } else {
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i > start)
            value = decimalLiteralValue(s.sliced(start, i - start));
    }
    if (i == start)
        return std::numeric_limits<double>::quiet_NaN();
    return negative ? -value : value;
}

double JsNumber::parseFloat(QByteArrayView s)
{
    qsizetype i = skipSpace(s);
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        negative = s[i] == '-';
        ++i;
    }
    if (s.sliced(i).startsWith(QByteArrayView("Infinity")))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    const qsizetype start = i;
    qsizetype intDigits = 0;
    while (i < s.size() && isDigit(s[i])) {
        ++i;
        ++intDigits;
    }
    qsizetype fracDigits = 0;
    if (i < s.size() && s[i] == '.') {
        qsizetype j = i + 1;
        while (j < s.size() && isDigit(s[j])) {
            ++j;
            ++fracDigits;
        }
        if (intDigits > 0 || fracDigits > 0)
            i = j;
    }
    if (intDigits == 0 && fracDigits == 0)
        return std::numeric_limits<double>::quiet_NaN();
    qsizetype end = i;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        qsizetype j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-'))
            ++j;
        const qsizetype expStart = j;
        while (j < s.size() && isDigit(s[j]))
            ++j;
        if (j > expStart)
            end = j;
    }
    QByteArray literal = s.sliced(start, end - start).toByteArray();
    if (literal.startsWith('.'))
        literal.prepend('0'); // from_chars wants a digit before the point
    literal.replace(".e", ".0e").replace(".E", ".0E");
    if (literal.endsWith('.'))
        literal.chop(1);
    const double value = decimalLiteralValue(literal);
    return negative ? -value : value;
}

QByteArray JsNumber::toString(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    if (value == 0)
        return QByteArrayLiteral("0");
    QByteArray out;
    if (value < 0) {
        out += '-';
        value = -value;
    }
    // Shortest round-trip digits in scientific form, e.g. "1.275e+01": Number::toString step 5.
    const QByteArray sci = QByteArray::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = sci.indexOf('e');
    QByteArray digits = sci.left(ePos);
    digits.replace(".", "");
    const int k = int(digits.size());
    const int n = sci.mid(ePos + 1).toInt() + 1; // value = 0.digits × 10^n
    if (k <= n && n <= 21) {
        out += digits + QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.left(n) + '.' + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += "0." + QByteArray(-n, '0') + digits;
    } else {
        const int e = n - 1;
        const QByteArray expPart = (e < 0 ? "-" : "+") + QByteArray::number(std::abs(e));
        if (k == 1)
            out += digits + 'e' + expPart;
        else
            out += digits.left(1) + '.' + digits.mid(1) + 'e' + expPart;
    }
    return out;
}

} // namespace rka::relay
