// Key hashing and generation against service-data-model.md section 21.1 and the fixture keys.
#include "relay/KeyHash.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rka::relay;

namespace {
// RKA_FIXTURES, or the source tree's fixtures when the variable points elsewhere.
QString fixturesDir()
{
    const QString fromEnv = qEnvironmentVariable("RKA_FIXTURES");
    if (!fromEnv.isEmpty() && QFile::exists(fromEnv + u"/crs-1.1.235/seed-keys.json"_s))
        return fromEnv;
    return QString::fromUtf8(QT_TESTCASE_SOURCEDIR "/../fixtures");
}
} // namespace

class TestKeyHash : public QObject
{
    Q_OBJECT

private slots:
    void documentedVectors_data();
    void documentedVectors();
    void fixtureKeys_data();
    void fixtureKeys();
    void generatedKeyShape();
    void hashShape();
};

void TestKeyHash::documentedVectors_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("encryptionKey");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray counting = "cr_000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"_ba;
    QTest::newRow("default key") << counting << "CHANGE-THIS-32-CHARACTER-KEY-NOW"_ba
                                 << "6a437f85ae6dd4a4f388205059503a0c14ed897eafe21f4492334e8c210608eb"_ba;
    QTest::newRow("hex key") << counting << "0123456789abcdef0123456789abcdef"_ba
                             << "42ec931b600644c71d80f123849f6059a3674b99474f6a7787d87928ab80b4d4"_ba;
    QTest::newRow("service generated")
        << "cr_88768e23c9da14246f3e187283cd9354f9c14603e7913e35f0290ea5e0d15159"_ba
        << "CHANGE-THIS-32-CHARACTER-KEY-NOW"_ba
        << "7616395acee259eaeae7c0ed806ee6639affd56c435c32f776341211f6a5a157"_ba;
    QTest::newRow("fixture 235 k01")
        << "cr_099b65ec628a4832b46c67a76e6a35f8133bb6084ac40ad67cc4b0375cdb0f81"_ba
        << "CRS-SAMPLE-ENCRYPTION-KEY-32CHAR"_ba
        << "85fd634b6d97f0796ea975fa3de1b02cd23bb218bbda5eff51f592f6cc8f9a72"_ba;
    QTest::newRow("fixture 235 k02")
        << "cr_ec1e8e743fe8dad3c38006f2a34dca8f382a120b7fe4d4ff9a68251196bbd9e0"_ba
        << "CRS-SAMPLE-ENCRYPTION-KEY-32CHAR"_ba
        << "bb1578ae799e7e7d0f1d8e8f83d4c1e007e31395aa55ded316335fbbdcd3c9eb"_ba;
    QTest::newRow("fixture 314 k02")
        << "cr_dad3c38006f2a34dca8f382a120b7fe4d4ff9a68251196bbd9e08ef712e444d3"_ba
        << "CRS-SAMPLE-ENCRYPTION-KEY-32CHAR"_ba
        << "c7cb0e427475f096a48765465c82c7bed4a652bc44baf4ee966bee4882fd5456"_ba;
}

void TestKeyHash::documentedVectors()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, encryptionKey);
    QFETCH(QByteArray, expected);
    QCOMPARE(storedKeyHash(plaintext, encryptionKey), expected);
}

void TestKeyHash::fixtureKeys_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("encryptionKey");
    QTest::addColumn<QByteArray>("expected");
    const QString fixtures = fixturesDir();
    int rows = 0;
    for (const QString& release : {u"crs-1.1.235"_s, u"crs-1.1.314"_s}) {
        QFile file(fixtures + u'/' + release + u"/seed-keys.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QByteArray encryptionKey = root.value("encryptionKey"_L1).toString().toUtf8();
        for (const QJsonValue& key : root.value("keys"_L1).toArray()) {
            const QJsonObject k = key.toObject();
            QTest::addRow("%s %s", qPrintable(release), qPrintable(k.value("name"_L1).toString()))
                << k.value("apiKey"_L1).toString().toUtf8() << encryptionKey
                << k.value("hashedKey"_L1).toString().toUtf8();
            ++rows;
        }
    }
    QCOMPARE(rows, 28);
}

void TestKeyHash::fixtureKeys()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, encryptionKey);
    QFETCH(QByteArray, expected);
    QCOMPARE(storedKeyHash(plaintext, encryptionKey), expected);
}

void TestKeyHash::generatedKeyShape()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        const QByteArray key = generatePlaintextKey("cr_");
        QCOMPARE(key.size(), 67);
        QVERIFY(key.startsWith("cr_"));
        // The secret part is the same shape as a stored hash: 64 lowercase hex characters.
        QVERIFY(isStoredKeyHashShape(key.mid(3)));
        seen.insert(key);
    }
    QCOMPARE(seen.size(), 50);
    const QByteArray custom = generatePlaintextKey("sk-team_");
    QVERIFY(custom.startsWith("sk-team_"));
    QCOMPARE(custom.size(), 8 + 64);
}

void TestKeyHash::hashShape()
{
    QVERIFY(isStoredKeyHashShape("85fd634b6d97f0796ea975fa3de1b02cd23bb218bbda5eff51f592f6cc8f9a72"));
    QVERIFY(!isStoredKeyHashShape("85FD634B6D97F0796EA975FA3DE1B02CD23BB218BBDA5EFF51F592F6CC8F9A72"));
    QVERIFY(!isStoredKeyHashShape("85fd634b6d97f0796ea975fa3de1b02cd23bb218bbda5eff51f592f6cc8f9a7"));
    QVERIFY(!isStoredKeyHashShape("85fd634b6d97f0796ea975fa3de1b02cd23bb218bbda5eff51f592f6cc8f9a7g"));
    QVERIFY(!isStoredKeyHashShape(""));
}

QTEST_GUILESS_MAIN(TestKeyHash)
#include "tst_keyhash.moc"
