// JavaScript number conversions the service relies on (String(n), parseInt, parseFloat).
#include "relay/JsNumber.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace rka::relay;

class TestJsNumber : public QObject
{
    Q_OBJECT

private slots:
    void toStringMatchesJs_data();
    void toStringMatchesJs();
    void parseInt_data();
    void parseInt();
    void parseFloat_data();
    void parseFloat();
};

void TestJsNumber::toStringMatchesJs_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("js");
    // Expected strings are what node prints for String(value).
    QTest::newRow("12.75") << 12.75 << "12.75"_ba;
    QTest::newRow("0") << 0.0 << "0"_ba;
    QTest::newRow("-0") << -0.0 << "0"_ba;
    QTest::newRow("3") << 3.0 << "3"_ba;
    QTest::newRow("5.5") << 5.5 << "5.5"_ba;
    QTest::newRow("-2.5") << -2.5 << "-2.5"_ba;
    QTest::newRow("1000000") << 1e6 << "1000000"_ba;
    QTest::newRow("0.1+0.2") << (0.1 + 0.2) << "0.30000000000000004"_ba;
    QTest::newRow("incrbyfloat") << 0.005444999999999999 << "0.005444999999999999"_ba;
    QTest::newRow("1e20") << 1e20 << "100000000000000000000"_ba;
    QTest::newRow("1e21") << 1e21 << "1e+21"_ba;
    QTest::newRow("1.5e21") << 1.5e21 << "1.5e+21"_ba;
    QTest::newRow("0.000001") << 0.000001 << "0.000001"_ba;
    QTest::newRow("1e-7") << 1e-7 << "1e-7"_ba;
    QTest::newRow("1.25e-7") << 1.25e-7 << "1.25e-7"_ba;
    QTest::newRow("max safe") << 9007199254740991.0 << "9007199254740991"_ba;
    QTest::newRow("max double") << std::numeric_limits<double>::max() << "1.7976931348623157e+308"_ba;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "NaN"_ba;
    QTest::newRow("Infinity") << std::numeric_limits<double>::infinity() << "Infinity"_ba;
}

void TestJsNumber::toStringMatchesJs()
{
    QFETCH(double, value);
    QFETCH(QByteArray, js);
    QCOMPARE(JsNumber::toString(value), js);
}

void TestJsNumber::parseInt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("expected"); // NaN means NaN
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("empty") << QByteArray() << nan;
    QTest::newRow("digits") << "1000000"_ba << 1e6;
    QTest::newRow("fraction truncated") << "1.9"_ba << 1.0;
    QTest::newRow("exponent ignored") << "1e3"_ba << 1.0;
    QTest::newRow("trailing junk") << "12abc"_ba << 12.0;
    QTest::newRow("leading space, sign") << "  -7"_ba << -7.0;
    QTest::newRow("hex") << "0x1f"_ba << 31.0;
    QTest::newRow("text") << "abc"_ba << nan;
    QTest::newRow("TRUE") << "TRUE"_ba << nan;
    QTest::newRow("400 digits") << QByteArray(400, '1') << std::numeric_limits<double>::infinity();
}

void TestJsNumber::parseInt()
{
    QFETCH(QByteArray, text);
    QFETCH(double, expected);
    const double value = JsNumber::parseInt(text);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(value), qPrintable(QString::number(value)));
    else
        QCOMPARE(value, expected);
}

void TestJsNumber::parseFloat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("empty") << QByteArray() << nan;
    QTest::newRow("5.5") << "5.5"_ba << 5.5;
    QTest::newRow("incrbyfloat") << "0.005444999999999999"_ba << 0.005444999999999999;
    QTest::newRow("leading point") << ".5"_ba << 0.5;
    QTest::newRow("trailing point") << "5."_ba << 5.0;
    QTest::newRow("junk after number") << "3.14abc"_ba << 3.14;
    QTest::newRow("exponent") << "1.5e3"_ba << 1500.0;
    QTest::newRow("dangling exponent") << "2e"_ba << 2.0;
    QTest::newRow("overflow") << "1e400"_ba << std::numeric_limits<double>::infinity();
    QTest::newRow("underflow") << "1e-400"_ba << 0.0;
    QTest::newRow("Infinity") << "-Infinity"_ba << -std::numeric_limits<double>::infinity();
    QTest::newRow("text") << "abc"_ba << nan;
    QTest::newRow("lone point") << "."_ba << nan;
}

void TestJsNumber::parseFloat()
{
    QFETCH(QByteArray, text);
    QFETCH(double, expected);
    const double value = JsNumber::parseFloat(text);
    if (std::isnan(expected))
        QVERIFY2(std::isnan(value), qPrintable(QString::number(value)));
    else
        QCOMPARE(value, expected);
}

QTEST_GUILESS_MAIN(TestJsNumber)
#include "tst_jsnumber.moc"
