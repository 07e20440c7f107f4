// Connection profiles offscreen: the profile dialog returns exactly what was typed, imports the
// service's .env, refuses invalid input with a message next to the field, tests a connection without
// blocking; the banner shows each profile state; a production write is confirmed by typing the name.
#include "RedisServer.h"

#include "ProductionConfirmDialog.h"
#include "ProfileBanner.h"
#include "ProfileDialog.h"
#include "support/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::ui;
using namespace rka::test;

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void fillEveryFieldAndSave();
    void secretsAreMaskedWithAShowToggle();
    void importsTheServiceEnvFile();
    void importReportsProblems();
    void invalidInputIsShownNextToTheField();
    void editingKeepsIdAndAllowsOwnName();
    void unavailableKeychainLeavesTheOtherTwoChoices();
    void testConnectionShowsTheServerVersion();
    void testConnectionShowsARefusal();
    void bannerShowsEveryState();
    void productionConfirmNeedsTheExactName();
    void productionConfirmCancel();

private:
    template <typename T> static T* child(QWidget* parent, const QString& name)
    {
        T* w = parent->findChild<T*>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    static void showTab(ProfileDialog& d, const QString& tabName);
    static void type(QWidget* parent, const QString& name, const QString& text);
    static void typeSpin(QWidget* parent, const QString& name, int value);
    static void clickSave(ProfileDialog& d);
    static void check(QAbstractButton* button);
    static void saveScreenshot(QWidget* w, const QString& name);
};

void TestProfiles::showTab(ProfileDialog& d, const QString& tabName)
{
    auto* tabs = child<QTabWidget>(&d, u"tabs"_s);
    tabs->setCurrentWidget(child<QWidget>(&d, tabName));
}

void TestProfiles::type(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestProfiles::typeSpin(QWidget* parent, const QString& name, int value)
{
    auto* spin = child<QSpinBox>(parent, name);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

// Clicks a check box or radio button on its indicator (its middle may be empty space).
void TestProfiles::check(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void TestProfiles::clickSave(ProfileDialog& d)
{
    auto* box = child<QDialogButtonBox>(&d, u"buttonBox"_s);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestProfiles::saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name));
}

void TestProfiles::fillEveryFieldAndSave()
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(u"ca.pem"_s);
    const QString cert = dir.filePath(u"client.pem"_s);
    const QString key = dir.filePath(u"client.key"_s);
    for (const QString& f : {ca, cert, key}) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN X-----\n");
    }

    ProfileDialog d;
    d.setOtherProfileNames({u"Staging"_s});
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));

    type(&d, u"nameEdit"_s, u"Production EU"_s);
    showTab(d, u"connectionTab"_s);
    type(&d, u"hostEdit"_s, u"redis.example.internal"_s);
    type(&d, u"portEdit"_s, u"6380"_s);
    type(&d, u"userEdit"_s, u"relay-admin"_s);
    type(&d, u"passwordEdit"_s, u"s3cret pass"_s);
    typeSpin(&d, u"databaseSpin"_s, 3);
    typeSpin(&d, u"connectTimeoutSpin"_s, 7);
    typeSpin(&d, u"commandTimeoutSpin"_s, 21);
    saveScreenshot(&d, u"profile-dialog-connection.png"_s);

    showTab(d, u"tlsTab"_s);
    check(child<QCheckBox>(&d, u"tlsCheck"_s));
    type(&d, u"caEdit"_s, ca);
    type(&d, u"certEdit"_s, cert);
    type(&d, u"keyEdit"_s, key);
    type(&d, u"serverNameEdit"_s, u"redis.example.com"_s);
    check(child<QCheckBox>(&d, u"verifyCheck"_s));
    QVERIFY(child<QCheckBox>(&d, u"tlsCheck"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(&d, u"verifyCheck"_s)->isChecked());
    QVERIFY(child<QLabel>(&d, u"verifyWarning"_s)->isVisible());
    saveScreenshot(&d, u"profile-dialog-tls.png"_s);

    showTab(d, u"serviceTab"_s);
    type(&d, u"encryptionKeyEdit"_s, u"0123456789abcdef0123456789abcdef"_s);
    type(&d, u"prefixEdit"_s, u"sk_eu_"_s);
    type(&d, u"timezoneEdit"_s, u"-5"_s);
    type(&d, u"baseUrlEdit"_s, u"https://relay.example.com"_s);
    auto* release = child<QComboBox>(&d, u"releaseCombo"_s);
    release->setFocus();
    QTest::keyClick(release, Qt::Key_Down);
    QCOMPARE(release->currentData().toString(), u"1.1.235"_s);
    saveScreenshot(&d, u"profile-dialog-service.png"_s);

    showTab(d, u"behaviourTab"_s);
    type(&d, u"operatorEdit"_s, u"Ana Operator"_s);
    check(child<QCheckBox>(&d, u"readOnlyCheck"_s));
    check(child<QCheckBox>(&d, u"productionCheck"_s));
    typeSpin(&d, u"autoRefreshSpin"_s, 45);
    typeSpin(&d, u"clipboardSpin"_s, 12);
    saveScreenshot(&d, u"profile-dialog-behaviour.png"_s);

    showTab(d, u"secretsTab"_s);
    check(child<QRadioButton>(&d, u"fileRadio"_s));
    saveScreenshot(&d, u"profile-dialog-secrets.png"_s);

    clickSave(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(!d.isVisible());

    const support::Profile p = d.profile();
    QVERIFY(p.id.isEmpty()); // a new profile: the store assigns the id
    QCOMPARE(p.name, u"Production EU"_s);
    QCOMPARE(p.connection.host, u"redis.example.internal"_s);
    QCOMPARE(p.connection.port, quint16(6380));
    QCOMPARE(p.connection.username, u"relay-admin"_s);
    QVERIFY(p.connection.password.isEmpty()); // secrets are returned separately
    QCOMPARE(d.password(), u"s3cret pass"_s);
    QCOMPARE(p.connection.database, 3);
    QCOMPARE(p.connection.connectTimeoutMs, 7000);
    QCOMPARE(p.connection.commandTimeoutMs, 21000);
    QVERIFY(p.connection.tls.enabled);
    QCOMPARE(p.connection.tls.caFile, ca);
    QCOMPARE(p.connection.tls.clientCertificateFile, cert);
    QCOMPARE(p.connection.tls.clientKeyFile, key);
    QCOMPARE(p.connection.tls.serverName, u"redis.example.com"_s);
    QVERIFY(!p.connection.tls.verifyPeer);
    QVERIFY(p.service.encryptionKey.isEmpty());
    QCOMPARE(d.encryptionKey(), QByteArray("0123456789abcdef0123456789abcdef"));
    QCOMPARE(p.service.apiKeyPrefix, QByteArray("sk_eu_"));
    QCOMPARE(p.service.timezoneOffset, -5);
    QCOMPARE(p.baseUrl, u"https://relay.example.com"_s);
    QCOMPARE(p.emptyDatabaseRelease, relay::DataModel::Release1_1_235);
    QCOMPARE(p.operatorName, u"Ana Operator"_s);
    QVERIFY(p.readOnly);
    QVERIFY(p.connection.readOnly);
    QVERIFY(p.production);
    QCOMPARE(p.autoRefreshSeconds, 45);
    QCOMPARE(p.clipboardClearSeconds, 12);
    QCOMPARE(p.secretStorage, support::SecretStorage::LocalFile);

    // What the dialog returns goes through the store unchanged, without its secrets.
    support::ProfileStore store(dir.filePath(u"profiles.ini"_s));
    support::Profile stored = p;
    QVERIFY(store.add(stored));
    QCOMPARE(store.profile(stored.id)->name, p.name);
}

void TestProfiles::secretsAreMaskedWithAShowToggle()
{
    ProfileDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto* pw = child<QLineEdit>(&d, u"passwordEdit"_s);
    auto* show = child<QToolButton>(&d, u"showPasswordButton"_s);
    QCOMPARE(pw->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(pw->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(pw->echoMode(), QLineEdit::Password);

    showTab(d, u"serviceTab"_s);
    auto* key = child<QLineEdit>(&d, u"encryptionKeyEdit"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QToolButton>(&d, u"showEncryptionKeyButton"_s), Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
}

void TestProfiles::importsTheServiceEnvFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u".env"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# claude-relay-service\n"
            "REDIS_HOST=10.1.2.3\n"
            "REDIS_PORT=6390\n"
            "REDIS_PASSWORD=\"env-pass-Zk4\"\n"
            "REDIS_DB=2\n"
            "ENCRYPTION_KEY=env-key-0123456789abcdef0123456\n"
            "API_KEY_PREFIX=ak_\n"
            "TIMEZONE_OFFSET=-3\n"
            "PORT=3000\n");
    f.close();

    ProfileDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.importEnvFile(path));
    QCOMPARE(child<QLineEdit>(&d, u"hostEdit"_s)->text(), u"10.1.2.3"_s);
    QCOMPARE(child<QLineEdit>(&d, u"portEdit"_s)->text(), u"6390"_s);
    QCOMPARE(child<QSpinBox>(&d, u"databaseSpin"_s)->value(), 2);
    QCOMPARE(d.password(), u"env-pass-Zk4"_s);
    QCOMPARE(d.encryptionKey(), QByteArray("env-key-0123456789abcdef0123456"));
    QCOMPARE(child<QLineEdit>(&d, u"prefixEdit"_s)->text(), u"ak_"_s);
    QCOMPARE(child<QLineEdit>(&d, u"timezoneEdit"_s)->text(), u"-3"_s);

    const QString status = d.statusText();
    QVERIFY2(status.startsWith(u"Imported from "_s + path), qPrintable(status));
    QVERIFY(status.contains(u"REDIS_HOST=10.1.2.3"_s));
    QVERIFY(status.contains(u"REDIS_PASSWORD (hidden)"_s));
    QVERIFY(status.contains(u"ENCRYPTION_KEY (hidden)"_s));
    QVERIFY(!status.contains(u"env-pass-Zk4"_s)); // secrets are never shown
    QVERIFY(!status.contains(u"env-key-"_s));
    QVERIFY(!status.contains(u"Problems"_s));
    saveScreenshot(&d, u"profile-dialog-imported.png"_s);

    type(&d, u"nameEdit"_s, u"From env"_s);
    clickSave(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.profile().connection.host, u"10.1.2.3"_s);
}

void TestProfiles::importReportsProblems()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.env"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("REDIS_HOST=db.local\nREDIS_PORT=abc\nTIMEZONE_OFFSET=0\n");
    f.close();
    ProfileDialog d;
    d.show();
    QVERIFY(d.importEnvFile(path));
    QCOMPARE(child<QLineEdit>(&d, u"hostEdit"_s)->text(), u"db.local"_s);
    QCOMPARE(child<QLineEdit>(&d, u"portEdit"_s)->text(), u"6379"_s); // the default was kept
    QCOMPARE(child<QLineEdit>(&d, u"timezoneEdit"_s)->text(), u"8"_s); // 0 is read as 8
    QVERIFY2(d.statusText().contains(u"REDIS_PORT \"abc\""_s), qPrintable(d.statusText()));
    QVERIFY(d.statusText().contains(u"TIMEZONE_OFFSET \"0\" is read by the service as 8"_s));

    QVERIFY(!d.importEnvFile(dir.filePath(u"missing.env"_s)));
    QVERIFY(d.statusText().contains(u"missing.env"_s));
}

void TestProfiles::invalidInputIsShownNextToTheField()
{
    ProfileDialog d;
    d.setOtherProfileNames({u"Staging"_s});
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));

    // Nothing typed: the name is missing.
    clickSave(d);
    QVERIFY(d.isVisible());
    QVERIFY(d.result() != QDialog::Accepted);
    QCOMPARE(d.fieldError(u"name"_s), u"Enter a name for the profile."_s);
    QVERIFY(child<QLabel>(&d, u"nameError"_s)->isVisible());

    type(&d, u"nameEdit"_s, u"staging "_s);
    type(&d, u"portEdit"_s, u"70000"_s);
    showTab(d, u"serviceTab"_s);
    type(&d, u"prefixEdit"_s, QString());
    type(&d, u"timezoneEdit"_s, u"15"_s);
    type(&d, u"baseUrlEdit"_s, u"ftp://relay"_s);
    showTab(d, u"behaviourTab"_s);
    clickSave(d);
    QVERIFY(d.isVisible());
    QVERIFY(d.fieldError(u"name"_s).contains(u"already called \"Staging\""_s));
    QVERIFY(d.fieldError(u"port"_s).contains(u"1 to 65535"_s));
    QVERIFY(d.fieldError(u"prefix"_s).contains(u"API_KEY_PREFIX"_s));
    QVERIFY(d.fieldError(u"timezone"_s).contains(u"-12 to 14"_s));
    QVERIFY(d.fieldError(u"baseUrl"_s).contains(u"https://"_s));
    QVERIFY(d.fieldError(u"host"_s).isEmpty());
    // The first problem's tab is shown, and its field has the focus.
    QCOMPARE(child<QTabWidget>(&d, u"tabs"_s)->currentWidget(), child<QWidget>(&d, u"connectionTab"_s));
    QVERIFY(child<QLabel>(&d, u"portError"_s)->isVisible());
    QVERIFY(d.statusText().contains(u"marked in red"_s));
    saveScreenshot(&d, u"profile-dialog-invalid.png"_s);
    showTab(d, u"serviceTab"_s);
    saveScreenshot(&d, u"profile-dialog-invalid-service.png"_s);

    type(&d, u"timezoneEdit"_s, u"0"_s);
    clickSave(d);
    QVERIFY(d.fieldError(u"timezone"_s).contains(u"reads TIMEZONE_OFFSET=0 as 8"_s));

    // Corrected one by one, the dialog accepts.
    type(&d, u"nameEdit"_s, u"Staging 2"_s);
    type(&d, u"portEdit"_s, u"6379"_s);
    type(&d, u"prefixEdit"_s, u"cr_"_s);
    type(&d, u"timezoneEdit"_s, u"14"_s);
    type(&d, u"baseUrlEdit"_s, QString());
    showTab(d, u"tlsTab"_s);
    check(child<QCheckBox>(&d, u"tlsCheck"_s));
    type(&d, u"caEdit"_s, u"/nonexistent/ca.pem"_s);
    clickSave(d);
    QVERIFY(d.isVisible());
    QVERIFY(d.fieldError(u"tls"_s).contains(u"/nonexistent/ca.pem"_s));
    QVERIFY(d.fieldError(u"name"_s).isEmpty());
    type(&d, u"caEdit"_s, QString());
    clickSave(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.profile().service.timezoneOffset, 14);
}

void TestProfiles::editingKeepsIdAndAllowsOwnName()
{
    support::Profile p;
    p.id = u"fixed-id"_s;
    p.name = u"Staging"_s;
    p.connection.tls.acceptedCertificateSha256 = QByteArray(32, '\x5a');
    p.secretStorage = support::SecretStorage::AskEveryTime;
    ProfileDialog d;
    d.setProfile(p);
    d.setOtherProfileNames({u"Production"_s});
    d.show();
    QVERIFY(d.windowTitle().contains(u"Staging"_s));
    QVERIFY(child<QRadioButton>(&d, u"askRadio"_s)->isChecked());
    QVERIFY(child<QLabel>(&d, u"acceptedValue"_s)->text().startsWith(u"SHA-256 5A:5A"_s));
    clickSave(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.profile().id, u"fixed-id"_s);
    QCOMPARE(d.profile().connection.tls.acceptedCertificateSha256,
             p.connection.tls.acceptedCertificateSha256);
}

void TestProfiles::unavailableKeychainLeavesTheOtherTwoChoices()
{
    support::MemorySecretStore keychain;
    keychain.setUnavailable(u"No system keychain is available (test)."_s);
    ProfileDialog d;
    d.setKeychain(&keychain);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    showTab(d, u"secretsTab"_s);
    auto* keychainRadio = child<QRadioButton>(&d, u"keychainRadio"_s);
    QTRY_VERIFY(!keychainRadio->isEnabled());
    QVERIFY(child<QRadioButton>(&d, u"askRadio"_s)->isChecked());
    QVERIFY(child<QRadioButton>(&d, u"fileRadio"_s)->isEnabled());
    QVERIFY(child<QLabel>(&d, u"keychainStatus"_s)->text().contains(u"No system keychain"_s));
    QVERIFY(child<QLabel>(&d, u"fileExplanation"_s)->text().contains(u"plain text"_s));
    QVERIFY(child<QRadioButton>(&d, u"fileRadio"_s)->text().contains(u"NOT encrypted"_s));
    saveScreenshot(&d, u"profile-dialog-no-keychain.png"_s);
    QCOMPARE(d.profile().secretStorage, support::SecretStorage::AskEveryTime);

    // The real keychain here (no D-Bus session) ends the same way, quickly.
    support::KeychainSecretStore real(u"Relay Key Admin test"_s);
    real.setTimeoutMs(5000);
    ProfileDialog d2;
    d2.setKeychain(&real);
    d2.show();
    auto* status = child<QLabel>(&d2, u"keychainStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(u"Checking"_s), 8000);
    if (child<QRadioButton>(&d2, u"keychainRadio"_s)->isEnabled())
        QSKIP("a working system keychain is available here");
    QVERIFY(child<QRadioButton>(&d2, u"askRadio"_s)->isChecked());

    // A working keychain stays the default choice.
    support::MemorySecretStore working;
    ProfileDialog d3;
    d3.setKeychain(&working);
    QTRY_COMPARE(child<QLabel>(&d3, u"keychainStatus"_s)->text(), u"The system keychain is available."_s);
    QVERIFY(child<QRadioButton>(&d3, u"keychainRadio"_s)->isChecked());
}

void TestProfiles::testConnectionShowsTheServerVersion()
{
    RedisServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ProfileDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    type(&d, u"hostEdit"_s, u"127.0.0.1"_s);
    type(&d, u"portEdit"_s, QString::number(server.port()));
    QTest::mouseClick(child<QPushButton>(&d, u"testButton"_s), Qt::LeftButton);
    QVERIFY(d.statusText().startsWith(u"Connecting to 127.0.0.1:"_s));
    QTRY_VERIFY_WITH_TIMEOUT(d.statusText().startsWith(u"Connected"_s), 5000);
    const QByteArray info = server.command({"INFO", "server"});
    const QByteArray version = info.mid(info.indexOf("redis_version:") + 14).split('\r').first();
    QVERIFY2(d.statusText().contains(u"Redis "_s + QString::fromLatin1(version)), qPrintable(d.statusText()));
    QVERIFY(d.statusText().contains(u"127.0.0.1:"_s + QString::number(server.port())));
    QVERIFY(d.isVisible()); // testing never closes the dialog
    QVERIFY(child<QPushButton>(&d, u"testButton"_s)->isEnabled());
    QTRY_VERIFY(!d.isTesting());
    saveScreenshot(&d, u"profile-dialog-test-ok.png"_s);
}

void TestProfiles::testConnectionShowsARefusal()
{
    const quint16 closed = RedisServer::freePort();
    ProfileDialog d;
    d.show();
    type(&d, u"hostEdit"_s, u"127.0.0.1"_s);
    type(&d, u"portEdit"_s, QString::number(closed));
    QTest::mouseClick(child<QPushButton>(&d, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        d.statusText().startsWith(u"Connection refused at 127.0.0.1:"_s + QString::number(closed)), 5000);
    QVERIFY(d.isVisible());
    QVERIFY(child<QPushButton>(&d, u"testButton"_s)->isEnabled());
    saveScreenshot(&d, u"profile-dialog-test-refused.png"_s);

    // Invalid connection fields stop the test before anything is sent.
    type(&d, u"portEdit"_s, u"0"_s);
    QTest::mouseClick(child<QPushButton>(&d, u"testButton"_s), Qt::LeftButton);
    QVERIFY(!d.isTesting());
    QVERIFY(d.statusText().contains(u"1 to 65535"_s));
    QVERIFY(d.fieldError(u"name"_s).isEmpty()); // a test does not ask for the name yet
}

void TestProfiles::bannerShowsEveryState()
{
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    auto* banner = new ProfileBanner(&host);
    layout->addWidget(banner);
    host.resize(640, banner->sizeHint().height() + 20);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));

    QCOMPARE(banner->state(), ProfileBanner::State::NoProfile);
    QVERIFY(banner->badges().isEmpty());
    QCOMPARE(banner->text(), u"No profile open"_s);
    saveScreenshot(banner, u"profile-banner-none.png"_s);

    support::Profile p;
    p.name = u"staging"_s;
    p.connection.host = u"10.0.0.5"_s;
    p.connection.database = 2;
    banner->setProfile(p);
    QCOMPARE(banner->state(), ProfileBanner::State::ReadWrite);
    QCOMPARE(banner->badges(), QStringList {u"read-write"_s});
    QVERIFY(banner->text().contains(u"staging"_s));
    QVERIFY(banner->text().contains(u"10.0.0.5:6379/2"_s));
    QCOMPARE(ProfileBanner::windowTitle(p), u"tst_profiles — staging (10.0.0.5:6379/2) [read-write]"_s);
    saveScreenshot(banner, u"profile-banner-read-write.png"_s);

    p.readOnly = true;
    banner->setProfile(p);
    QCOMPARE(banner->state(), ProfileBanner::State::ReadOnly);
    QCOMPARE(banner->badges(), QStringList {u"READ-ONLY"_s});
    saveScreenshot(banner, u"profile-banner-read-only.png"_s);

    p.readOnly = false;
    p.production = true;
    p.name = u"prod <eu>"_s;
    banner->setProfile(p);
    QCOMPARE(banner->state(), ProfileBanner::State::Production);
    QCOMPARE(banner->badges(), (QStringList {u"PRODUCTION"_s, u"read-write"_s}));
    QVERIFY(banner->text().contains(u"prod &lt;eu&gt;"_s)); // shown as text, not markup
    QVERIFY(ProfileBanner::windowTitle(p).endsWith(u"[PRODUCTION, read-write]"_s));
    saveScreenshot(banner, u"profile-banner-production.png"_s);

    p.readOnly = true;
    banner->setProfile(p);
    QCOMPARE(banner->badges(), (QStringList {u"PRODUCTION"_s, u"READ-ONLY"_s}));
    QVERIFY(ProfileBanner::windowTitle(p).endsWith(u"[PRODUCTION, READ-ONLY]"_s));
    saveScreenshot(banner, u"profile-banner-production-read-only.png"_s);

    banner->clear();
    QCOMPARE(banner->state(), ProfileBanner::State::NoProfile);
    QVERIFY(banner->badges().isEmpty());
}

void TestProfiles::productionConfirmNeedsTheExactName()
{
    const QStringList changes = {u"key k01 \"team a\": dailyCostLimit 12.75 → 20"_s,
                                 u"key k01 \"team a\": tags [team-a] → [team-a, vip]"_s};
    ProductionConfirmDialog d(u"Production EU"_s, u"Update 1 key"_s, changes);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.changesText(), changes.join(u'\n'));
    QVERIFY(!d.okButton()->isEnabled());

    QTest::keyClicks(d.nameEdit(), u"production eu"_s); // wrong case
    QVERIFY(!d.okButton()->isEnabled());
    d.nameEdit()->clear();
    QTest::keyClicks(d.nameEdit(), u"Production E"_s); // not yet complete
    QVERIFY(!d.okButton()->isEnabled());
    QTest::keyClick(d.nameEdit(), Qt::Key_Return); // Enter does not confirm either
    QVERIFY(d.isVisible());
    QVERIFY(d.result() != QDialog::Accepted);
    saveScreenshot(&d, u"production-confirm-incomplete.png"_s);
    QTest::keyClicks(d.nameEdit(), u"U"_s);
    QVERIFY(d.okButton()->isEnabled());
    QTest::keyClicks(d.nameEdit(), u" "_s); // a trailing space is not the name
    QVERIFY(!d.okButton()->isEnabled());
    QTest::keyClick(d.nameEdit(), Qt::Key_Backspace);
    QVERIFY(d.okButton()->isEnabled());
    saveScreenshot(&d, u"production-confirm-ready.png"_s);
    QTest::mouseClick(d.okButton(), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestProfiles::productionConfirmCancel()
{
    ProductionConfirmDialog d(u"prod"_s, u"Delete 1 key"_s, {u"delete key k02"_s});
    d.show();
    QTest::keyClicks(d.nameEdit(), u"prod"_s);
    QVERIFY(d.okButton()->isEnabled());
    auto* box = d.findChild<QDialogButtonBox*>();
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QVERIFY(!d.isVisible());

    ProductionConfirmDialog e(u"prod"_s, u"Delete 1 key"_s, {u"delete key k02"_s});
    e.show();
    QTest::keyClick(&e, Qt::Key_Escape);
    QCOMPARE(e.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
