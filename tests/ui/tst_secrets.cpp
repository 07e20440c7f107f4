// The Redis password, the ENCRYPTION_KEY and plaintext API keys never land where they must not. A
// private redis-server with a distinctive requirepass; HOME and the XDG folders point to a temporary
// directory, so the settings file, the secrets fallback, the audit logs and every export land there;
// Qt's debug output is switched on (QT_LOGGING_RULES) and every message is captured. Then the program
// is driven the way a user does: a profile added through its dialog (no keychain here, so the user
// chooses the labelled local file), keys created through the editor and regenerated from the window,
// a pasted key looked up, the health check, the logs window, exports, a wrong password, and the command
// line tool with the same secrets. At the end every file under the temporary HOME, every captured
// message and every output is searched for every secret: only the chosen fallback file (mode 0600)
// holds the password and the ENCRYPTION_KEY, and a plaintext key appears only where it is shown once.

#include "Fixtures.h"
#include "RedisServer.h"

#include "AuditLogModel.h"
#include "ClipboardGuard.h"
#include "CommandLogModel.h"
#include "HealthDialog.h"
#include "KeyEditorDialog.h"
#include "KeyFilterBar.h"
#include "LogsWindow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OneTimeKeyDialog.h"
#include "ProfileDialog.h"

#include "relay/KeyExport.h"
#include "support/AuditLog.h"
#include "support/SecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdlib>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::ui;
using namespace rka::test;

namespace {

const QByteArray Password = "RedisPw-Zq81-unique-7731";
const QByteArray WrongPassword = "WrongPw-Kx55-unique-2290";
const QByteArray EncryptionKey = "EncKey-Vt42-unique-secret-0c77ab"; // 32 characters
const QString ProfileName = u"secret-test"_s;

QString g_home; // the temporary HOME, made before the application
QMutex g_messagesMutex;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages << message;
    }
    if (type != QtDebugMsg && g_previousHandler) // the debug flood stays out of the test log
        g_previousHandler(type, context, message);
}

int fileMode(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct CliRun
{
    QStringList args;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

public:
    // Before QApplication: a private HOME, Qt's debug output on, no D-Bus session (no keychain).
    static void initMain();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keychainIsUnavailableAndNothingIsStoredSilently();
    void profileDialogStoresSecretsOnlyInTheChosenFile();
    void createdKeyIsShownOnceAndTheClipboardCleared();
    void regeneratedKeyAndLookupLeaveNoTrace();
    void healthCheckExportsAndLogsHoldNoSecret();
    void reconnectReadsTheFileAndAnUnsafeFileIsRefused();
    void wrongPasswordMessagesHoldNoSecret();
    void editingAProfileKeepsOrMovesItsSecrets();
    void cliNeverPrintsASecret();
    void noArtifactHoldsASecret();

private:
    // Runs `action` on the next modal widget of type T (polling), once.
    template <typename T> void whenModal(std::function<void(T*)> action);
    CliRun cli(const QStringList& args, const QByteArray& password = Password, const QByteArray& input = {});
    QStringList forbidden() const; // every secret, plaintext key bodies included
    void verifyClean(const QString& where, const QString& text, const QStringList& allowed = {});
    QString secretsFile() const { return support::FileSecretStore::defaultPath(); }

    RedisServer m_server;
    std::unique_ptr<support::ProfileStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_clearSeconds = 0; // the profile's clipboard delay, set through the dialog
    QList<QByteArray> m_plaintexts; // every plaintext key the test saw, to search for everywhere
    QList<CliRun> m_cliRuns;
    QStringList m_shownTexts; // texts the GUI showed: message boxes, status lines, labels
};

void TestSecrets::initMain()
{
    static QByteArray home = [] {
        QByteArray t = QDir::tempPath().toUtf8() + "/rka-secrets-home-XXXXXX";
        return QByteArray(::mkdtemp(t.data()));
    }();
    g_home = QString::fromUtf8(home);
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/.config");
    qputenv("XDG_DATA_HOME", home + "/.local/share");
    qputenv("XDG_CACHE_HOME", home + "/.cache");
    qputenv("XDG_STATE_HOME", home + "/.local/state");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // never the real keychain of whoever runs the test
    qputenv("QT_LOGGING_RULES", "*.debug=true");
}

template <typename T> void TestSecrets::whenModal(std::function<void(T*)> action)
{
    auto* timer = new QTimer(this);
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, this, [timer, action] {
        T* widget = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!widget)
            return;
        timer->stop();
        timer->deleteLater();
        action(widget);
    });
    timer->start();
}

void TestSecrets::initTestCase()
{
    QVERIFY(!g_home.isEmpty() && QDir(g_home).exists());
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::HomeLocation) == g_home);
    // The GUI's own names, so every path is the one a user gets.
    QCoreApplication::setOrganizationName(u"RelayKeyAdmin"_s);
    QCoreApplication::setApplicationName(u"Relay Key Admin"_s);
    QVERIFY(secretsFile().startsWith(g_home));
    QVERIFY(support::AuditLog::defaultPath().startsWith(g_home));
    g_previousHandler = qInstallMessageHandler(captureMessage);
    qDebug("message capture works");
    QVERIFY(g_messages.contains(u"message capture works"_s));

    RedisServer::Options o;
    o.password = QString::fromLatin1(Password);
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.314"_s, u"seed.redis"_s), 0, &error),
             qPrintable(error));
    m_store = std::make_unique<support::ProfileStore>();
    QVERIFY(m_store->fileName().startsWith(g_home));
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->show();
}

void TestSecrets::cleanupTestCase()
{
    m_window.reset();
    qInstallMessageHandler(g_previousHandler);
    QDir(g_home).removeRecursively();
}

// --- keychain -------------------------------------------------------------------------------------------

void TestSecrets::keychainIsUnavailableAndNothingIsStoredSilently()
{
    support::KeychainSecretStore keychain(u"Relay Key Admin test"_s);
    keychain.setTimeoutMs(5000);
    std::optional<support::SecretResult> probe;
    QObject ctx;
    keychain.probe(&ctx, [&](const support::SecretResult& r) { probe = r; });
    QVERIFY(QTest::qWaitFor([&] { return probe.has_value(); }, 8000));
    if (probe->ok())
        QSKIP("a system keychain answers here; this test is about the headless fallback");
    QCOMPARE(probe->status, support::SecretResult::Status::Unavailable);
    QVERIFY2(probe->message.contains(u"keychain"_s), qPrintable(probe->message));
    // A write to the unavailable keychain fails loudly and nothing is written anywhere instead.
    std::optional<support::SecretResult> write;
    keychain.write(u"p"_s, support::RedisPasswordSecret, Password, &ctx,
                   [&](const support::SecretResult& r) { write = r; });
    QVERIFY(QTest::qWaitFor([&] { return write.has_value(); }, 8000));
    QVERIFY(!write->ok());
    QVERIFY(!QFile::exists(secretsFile()));
}

// --- a profile through its dialog -------------------------------------------------------------------------

void TestSecrets::profileDialogStoresSecretsOnlyInTheChosenFile()
{
    bool keychainOffered = true;
    bool askWasDefault = false;
    QString dialogProblem;
    QString keychainStatus;
    whenModal<ProfileDialog>([&](ProfileDialog* d) {
        // Wait for the keychain probe, then fill the dialog the way a user does.
        auto* status = d->findChild<QLabel*>(u"keychainStatus"_s);
        (void)QTest::qWaitFor([status] { return !status->text().contains(u"Checking"_s); }, 10000);
        keychainStatus = status->text();
        keychainOffered = d->findChild<QRadioButton*>(u"keychainRadio"_s)->isEnabled();
        askWasDefault = d->findChild<QRadioButton*>(u"askRadio"_s)->isChecked();
        auto type = [d](const QString& name, const QString& text) {
            auto* edit = d->findChild<QLineEdit*>(name);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        type(u"nameEdit"_s, ProfileName);
        type(u"hostEdit"_s, u"127.0.0.1"_s);
        type(u"portEdit"_s, QString::number(m_server.port()));
        type(u"passwordEdit"_s, QString::fromLatin1(Password));
        type(u"encryptionKeyEdit"_s, QString::fromLatin1(EncryptionKey));
        type(u"operatorEdit"_s, u"tester"_s);
        auto* clear = d->findChild<QSpinBox*>(u"clipboardSpin"_s);
        clear->setValue(clear->minimum()); // the shortest time the user can configure
        m_clearSeconds = clear->value();
        auto* tabs = d->findChild<QTabWidget*>(u"tabs"_s);
        tabs->setCurrentWidget(d->findChild<QWidget*>(u"secretsTab"_s));
        d->findChild<QRadioButton*>(u"fileRadio"_s)->setChecked(true); // the explicit choice
        const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        d->grab().save(dir + u"/secrets-profile-file-choice.png"_s);
        QTest::mouseClick(d->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        if (d->isVisible()) { // a field was refused: say which, and do not block
            for (const QString& field :
                 {u"name"_s, u"host"_s, u"port"_s, u"prefix"_s, u"timezone"_s, u"baseUrl"_s, u"tls"_s})
                if (!d->fieldError(field).isEmpty())
                    dialogProblem += field + u": "_s + d->fieldError(field) + u' ';
            d->reject();
        }
    });
    QSignalSpy loaded(m_window.get(), &MainWindow::keysLoaded);
    m_window->addProfile();
    QVERIFY2(dialogProblem.isEmpty(), qPrintable(dialogProblem));
    QVERIFY2(QTest::qWaitFor([&] { return loaded.count() > 0; }, 20000), qPrintable(m_window->statusText()));
    QVERIFY(m_window->session()->isReady()); // the password from the dialog opened the Redis
    m_shownTexts << m_window->statusText() << keychainStatus;

    // Without a keychain its choice is disabled with the reason, "ask every time" is the default, and
    // the file is the user's explicit choice.
    if (keychainOffered)
        qWarning("a system keychain answers here; the fallback file was still chosen explicitly");
    else
        QVERIFY(askWasDefault);

    // The settings file: the profile, no secret.
    const std::optional<support::Profile> p = m_store->profileByName(ProfileName);
    QVERIFY(p);
    QCOMPARE(p->secretStorage, support::SecretStorage::LocalFile);
    QCOMPARE(p->clipboardClearSeconds, m_clearSeconds);
    QVERIFY(m_clearSeconds > 0 && m_clearSeconds < 30);
    const QByteArray settings = readFile(m_store->fileName());
    QVERIFY2(settings.contains(ProfileName.toUtf8()), m_store->fileName().toUtf8().constData());
    QVERIFY(settings.contains("secrets\\storage=file") || settings.contains("storage=file"));
    QVERIFY(!settings.contains(Password));
    QVERIFY(!settings.contains(EncryptionKey));

    // The fallback file: mode 0600, labelled, holds exactly this profile's two secrets.
    QVERIFY(QFile::exists(secretsFile()));
    QCOMPARE(fileMode(secretsFile()), 0600);
    QVERIFY(QFileInfo(secretsFile()).fileName().contains(u"NOT-ENCRYPTED"_s));
    const QJsonObject file = QJsonDocument::fromJson(readFile(secretsFile())).object();
    QVERIFY(file.value(u"warning"_s).toString().contains(u"NOT ENCRYPTED"_s));
    const QJsonObject mine = file.value(u"secrets"_s).toObject().value(p->id).toObject();
    QCOMPARE(mine.value(support::RedisPasswordSecret).toString().toLatin1(), Password);
    QCOMPARE(mine.value(support::EncryptionKeySecret).toString().toLatin1(), EncryptionKey);
}

// --- keys ---------------------------------------------------------------------------------------------

void TestSecrets::createdKeyIsShownOnceAndTheClipboardCleared()
{
    MainWindow& w = *m_window;
    QVERIFY(w.action(u"newKey"_s)->isEnabled());
    w.newKey();
    // A QPointer: the editor deletes itself once the key is written, and QVERIFY2 evaluates its
    // message even when the check passes (reading a deleted editor's status: AddressSanitizer).
    QPointer<KeyEditorDialog> editor;
    QTRY_VERIFY((editor = w.findChild<KeyEditorDialog*>()) != nullptr);
    QTRY_VERIFY(editor->isVisible());
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"nameEdit"_s), u"secret-test-created"_s);
    QSignalSpy written(editor.data(), &KeyEditorDialog::keysWritten);
    QPointer<OneTimeKeyDialog> once;
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    const bool wasWritten = QTest::qWaitFor([&] { return written.count() == 1; }, 15000);
    QVERIFY2(wasWritten, qPrintable(editor ? editor->statusText() : u"(editor closed)"_s));
    QTRY_VERIFY((once = w.findChild<OneTimeKeyDialog*>()) != nullptr);
    const QString shown = once->findChild<QPlainTextEdit*>(u"keysText"_s)->toPlainText();
    const int at = shown.indexOf(u"cr_"_s);
    QVERIFY2(at >= 0, qPrintable(shown));
    const QByteArray plaintext = shown.mid(at, 67).toLatin1();
    QCOMPARE(plaintext.size(), 67);
    m_plaintexts << plaintext;

    auto closeOnFailure = qScopeGuard([&once] { delete once; });

    // Copy: on the clipboard, cleared after the profile's delay.
    const int clearMs = m_clearSeconds * 1000;
    once->copyKey();
    QCOMPARE(QGuiApplication::clipboard()->text().toLatin1(), plaintext);
    QVERIFY(once->clipboardGuard()->isPending());
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), clearMs + 4000);
    // Copied again, then the user copies something else: that is left alone.
    once->copyKey();
    QCOMPARE(QGuiApplication::clipboard()->text().toLatin1(), plaintext);
    QGuiApplication::clipboard()->setText(u"the user's own text"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!once->clipboardGuard()->isPending(), clearMs + 4000);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"the user's own text"_s);
    // Copied once more and the dialog closed at once: the clipboard is cleared on close too.
    once->copyKey();
    once->accept();
    QTRY_VERIFY(once.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 4000);
    closeOnFailure.dismiss();

    // The stored hash is SHA-256 of the key and ENCRYPTION_KEY, computed here independently.
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0 || !w.isLoading(); }, 10000));
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray(plaintext + EncryptionKey), QCryptographicHash::Sha256).toHex();
    QVERIFY(!m_server.command({"HGET", "apikey:hash_map", hash}).isEmpty());
    QVERIFY(m_server.command({"HGET", "apikey:hash_map", hash}) != "(nil)");
}

void TestSecrets::regeneratedKeyAndLookupLeaveNoTrace()
{
    MainWindow& w = *m_window;
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.refresh();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 10000));
    QByteArray id;
    for (const relay::KeyEntry& e : w.session()->keys())
        if (e.key.name() == u"secret-test-created"_s)
            id = e.id;
    QVERIFY(!id.isEmpty());
    w.selectIds({id});

    QByteArray regenerated;
    qDeleteAll(w.findChildren<OneTimeKeyDialog*>()); // none left from before may answer for this one
    whenModal<OneTimeKeyDialog>([&](OneTimeKeyDialog* d) {
        const QString text = d->findChild<QPlainTextEdit*>(u"keysText"_s)->toPlainText();
        regenerated = text.mid(text.indexOf(u"cr_"_s), 67).toLatin1();
        d->copySnippet();
        d->accept();
    });
    QSignalSpy written(&w, &MainWindow::writeFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.regenerateCurrent();
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 1 && !regenerated.isEmpty(); }, 15000));
    QCOMPARE(regenerated.size(), 67);
    QVERIFY(regenerated != m_plaintexts.first());
    m_plaintexts << regenerated;
    m_shownTexts << MessageBox::lastText() << w.statusText();
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 4000); // cleared on close

    // A pasted key is found through its hash and does not stay in the search box.
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 1 && !w.isLoading(); }, 10000));
    w.filterBar()->searchEdit()->setText(QString::fromLatin1(regenerated));
    QTRY_COMPARE(w.selectedIds(), QList<QByteArray> {id});
    QVERIFY(w.filterBar()->searchEdit()->text().isEmpty());
    m_shownTexts << w.statusText();
    // The old key no longer resolves.
    w.filterBar()->searchEdit()->setText(QString::fromLatin1(m_plaintexts.first()));
    QTRY_VERIFY(w.statusText().contains(u"No key matches"_s));
    m_shownTexts << w.statusText() << w.windowTitle();
}

void TestSecrets::healthCheckExportsAndLogsHoldNoSecret()
{
    MainWindow& w = *m_window;
    // The health report and its details.
    w.showHealthCheck();
    auto* health = w.findChild<HealthDialog*>();
    QVERIFY(health);
    QTRY_VERIFY_WITH_TIMEOUT(!health->isRunning(), 10000);
    QString report = health->statusText();
    for (const relay::HealthFinding& f : health->findings()) {
        report += f.explanation + f.repairNote;
        for (const redis::Command& c : f.repair)
            report += QString::fromUtf8(c.join(' '));
    }
    verifyClean(u"health report"_s, report);
    health->reject();

    // Exports, as files the user saves.
    relay::KeyExport::Options options;
    options.now = QDateTime::currentDateTimeUtc();
    const QString csv = g_home + u"/export.csv"_s;
    const QString json = g_home + u"/export.json"_s;
    QFile c(csv);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(relay::KeyExport::toCsv(w.session()->keys(), w.session()->users(), options));
    c.close();
    QFile j(json);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write(
        relay::KeyExport::toJson(w.session()->keys(), w.session()->release(), w.session()->users(), options)
            .toJson());
    j.close();
    QVERIFY(readFile(csv).contains("secret-test-created"));
    QVERIFY(readFile(json).contains("secret-test-created"));
    // And through the window's own export (Keys → Export key list).
    QString exportError;
    QVERIFY2(w.exportKeyList(g_home + u"/window-export.csv"_s, MainWindow::ExportFormat::Csv, &exportError),
             qPrintable(exportError));
    QVERIFY2(w.exportKeyList(g_home + u"/window-export.json"_s, MainWindow::ExportFormat::Json, &exportError),
             qPrintable(exportError));
    QVERIFY(readFile(g_home + u"/window-export.csv"_s).contains("secret-test-created"));

    // The command log, in memory and as the logs window shows it.
    const QList<redis::CommandLog::Entry> entries = w.session()->connection().commandLog().entries();
    QVERIFY(entries.size() > 10);
    QString commandLog;
    bool sawAuth = false;
    for (const redis::CommandLog::Entry& e : entries) {
        commandLog += QString::fromUtf8(e.command + ' ' + e.key + ' ') + e.error + u'\n';
        sawAuth = sawAuth || e.command == "AUTH";
    }
    QVERIFY2(sawAuth, "the AUTH command is logged, without its argument");
    verifyClean(u"command log"_s, commandLog);

    w.showLogs();
    LogsWindow* logs = w.logsWindow();
    QVERIFY(logs);
    logs->refresh();
    QString shown;
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(logs->commandModel()),
                                      static_cast<QAbstractItemModel*>(logs->auditModel())}) {
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            for (int col = 0; col < model->columnCount(); ++col)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)})
                    shown += model->index(r, col).data(role).toString() + u'\n';
    }
    QVERIFY2(shown.contains(u"regenerate"_s), "the audit log shows the regenerate");
    verifyClean(u"logs window"_s, shown + logs->totalsText());
    logs->close();

    // The audit log file: 0600, every write, no secret (the stored hash is not written either).
    const QString audit = support::AuditLog::defaultPath();
    QCOMPARE(fileMode(audit), 0600);
    const QByteArray auditText = readFile(audit);
    QVERIFY(auditText.contains("\"operation\":\"create\""));
    QVERIFY(auditText.contains("\"operation\":\"regenerate\""));
    for (const QByteArray& k : std::as_const(m_plaintexts)) {
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray(k + EncryptionKey), QCryptographicHash::Sha256).toHex();
        QVERIFY(!auditText.contains(hash));
    }
}

void TestSecrets::reconnectReadsTheFileAndAnUnsafeFileIsRefused()
{
    MainWindow& w = *m_window;
    const std::optional<support::Profile> p = m_store->profileByName(ProfileName);
    QVERIFY(p);
    w.closeSession();
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.switchProfile(p->id); // the secrets come from the file, nothing is asked
    QVERIFY2(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000), qPrintable(w.statusText()));
    QCOMPARE(w.session()->connection().settings().password.toLatin1(), Password);
    QCOMPARE(w.session()->service().encryptionKey, EncryptionKey);

    // A fallback file that others can read is refused, and nothing is read from it.
    QVERIFY(QFile::setPermissions(secretsFile(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther));
    support::FileSecretStore file;
    const support::SecretResult r = file.readNow(p->id, support::RedisPasswordSecret);
    QCOMPARE(r.status, support::SecretResult::Status::Unavailable);
    QVERIFY(r.value.isEmpty());
    QVERIFY2(r.message.contains(u"chmod 600"_s), qPrintable(r.message));
    m_shownTexts << r.message;
    const support::SecretResult w2 = file.writeNow(p->id, support::RedisPasswordSecret, "x");
    QVERIFY(!w2.ok());
    QVERIFY(QFile::setPermissions(secretsFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(file.readNow(p->id, support::RedisPasswordSecret).value, Password);
    QCOMPARE(fileMode(secretsFile()), 0600);
}

void TestSecrets::wrongPasswordMessagesHoldNoSecret()
{
    MainWindow& w = *m_window;
    support::Profile p = *m_store->profileByName(ProfileName);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.openSession(p, QString::fromLatin1(WrongPassword), EncryptionKey);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusText().contains(u"password"_s, Qt::CaseInsensitive) ||
                                 MessageBox::lastText().contains(u"password"_s, Qt::CaseInsensitive),
                             10000);
    const QString message = MessageBox::lastText();
    QVERIFY2(!message.isEmpty(), "the user is told");
    m_shownTexts << message << w.statusText() << w.session()->connection().lastError().message
                 << w.windowTitle();
    qInfo("shown after a wrong password: %s", qPrintable(message));
    verifyClean(u"wrong-password messages"_s, message + w.statusText());
    w.closeSession();
}

void TestSecrets::editingAProfileKeepsOrMovesItsSecrets()
{
    MainWindow& w = *m_window;
    const support::Profile p = *m_store->profileByName(ProfileName);
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.switchProfile(p.id);
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));

    // Saved unchanged: the secrets in use are kept, not replaced by empty fields.
    QString shownPassword;
    whenModal<ProfileDialog>([&](ProfileDialog* d) {
        shownPassword = d->password();
        QTest::mouseClick(d->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        if (d->isVisible())
            d->reject();
    });
    w.editProfile();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 1; }, 15000));
    QCOMPARE(shownPassword.toLatin1(), Password);
    support::FileSecretStore file;
    QCOMPARE(file.readNow(p.id, support::RedisPasswordSecret).value, Password);
    QCOMPARE(file.readNow(p.id, support::EncryptionKeySecret).value, EncryptionKey);
    QVERIFY(w.session()->isReady());

    // Switched to "ask every time": no copy stays in the file.
    whenModal<ProfileDialog>([&](ProfileDialog* d) {
        d->findChild<QRadioButton*>(u"askRadio"_s)->setChecked(true);
        QTest::mouseClick(d->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        if (d->isVisible())
            d->reject();
    });
    w.editProfile();
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 2; }, 15000));
    QCOMPARE(m_store->profile(p.id)->secretStorage, support::SecretStorage::AskEveryTime);
    QTRY_COMPARE(file.readNow(p.id, support::RedisPasswordSecret).status,
                 support::SecretResult::Status::NotFound);
    QCOMPARE(file.readNow(p.id, support::EncryptionKeySecret).status,
             support::SecretResult::Status::NotFound);
    QVERIFY(!readFile(secretsFile()).contains(Password));
    QVERIFY(!readFile(secretsFile()).contains(EncryptionKey));
    QCOMPARE(fileMode(secretsFile()), 0600);
    w.closeSession();
}

// --- the command line tool ------------------------------------------------------------------------------

CliRun TestSecrets::cli(const QStringList& args, const QByteArray& password, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment(); // HOME, XDG_*, QT_LOGGING_RULES
    for (const QString& k : {u"REDIS_HOST"_s, u"REDIS_PORT"_s, u"REDIS_DB"_s, u"API_KEY_PREFIX"_s})
        e.remove(k);
    if (password.isNull())
        e.remove(u"REDIS_PASSWORD"_s); // from --env-file instead
    else
        e.insert(u"REDIS_PASSWORD"_s, QString::fromLatin1(password));
    e.insert(u"ENCRYPTION_KEY"_s, QString::fromLatin1(EncryptionKey));
    p.setProcessEnvironment(e);
    p.start(qEnvironmentVariable("RKA_CLI"),
            QStringList {u"--port"_s, QString::number(m_server.port()), u"--operator"_s, u"tester"_s} + args);
    p.write(input);
    p.closeWriteChannel();
    CliRun r;
    r.args = args;
    if (!p.waitForFinished(30000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    m_cliRuns << r;
    return r;
}

void TestSecrets::cliNeverPrintsASecret()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RKA_CLI")), "RKA_CLI must name the built tool");
    const CliRun created = cli({u"create"_s, u"--name"_s, u"cli-created"_s});
    QCOMPARE(created.exitCode, 0);
    const int at = created.out.indexOf("cr_");
    QVERIFY2(at >= 0, created.out.constData());
    const QByteArray plaintext = created.out.mid(at, 67);
    QCOMPARE(created.out.count(plaintext), 1); // printed once
    m_plaintexts << plaintext;

    const CliRun regenerated = cli({u"regenerate"_s, u"cli-created"_s});
    QCOMPARE(regenerated.exitCode, 0);
    const QByteArray fresh = regenerated.out.mid(regenerated.out.indexOf("cr_"), 67);
    QCOMPARE(fresh.size(), 67);
    QCOMPARE(regenerated.out.count(fresh), 1);
    m_plaintexts << fresh;

    QCOMPARE(cli({u"lookup"_s}, Password, fresh + '\n').exitCode, 0);
    QCOMPARE(cli({u"--json"_s, u"lookup"_s}, Password, fresh + '\n').exitCode, 0);
    QCOMPARE(cli({u"list"_s, u"--include-deleted"_s}).exitCode, 0);
    QCOMPARE(cli({u"--json"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(cli({u"show"_s, u"cli-created"_s}).exitCode, 0);
    QCOMPARE(cli({u"info"_s}).exitCode, 0);
    QVERIFY(cli({u"doctor"_s}).exitCode == 0 || m_cliRuns.last().exitCode == 5);
    QCOMPARE(
        cli({u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, g_home + u"/cli-export.csv"_s}).exitCode,
        0);
    QCOMPARE(
        cli({u"export"_s, u"--format"_s, u"json"_s, u"--output"_s, g_home + u"/cli-export.json"_s}).exitCode,
        0);
    QCOMPARE(cli({u"export"_s, u"--format"_s, u"csv"_s}).exitCode, 0);
    QCOMPARE(cli({u"disable"_s, u"cli-created"_s}).exitCode, 0);
    QCOMPARE(cli({u"delete"_s, u"cli-created"_s}).exitCode, 0);
    QCOMPARE(cli({u"purge"_s, u"--yes"_s, u"cli-created"_s}).exitCode, 0);

    // A wrong password: the tool says so and names neither password.
    const CliRun wrong = cli({u"list"_s}, WrongPassword);
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("password") || wrong.err.contains("WRONGPASS") || wrong.err.contains("AUTH"),
             wrong.err.constData());

    // The secrets from the service's .env file instead of the environment.
    QTemporaryDir serviceDir; // the service's own .env, outside the searched HOME
    const QString env = serviceDir.filePath(u".env"_s);
    QFile f(env);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("REDIS_HOST=127.0.0.1\nREDIS_PORT=" + QByteArray::number(m_server.port()) +
            "\nREDIS_PASSWORD=" + Password + "\nENCRYPTION_KEY=" + EncryptionKey + "\n");
    f.close();
    QCOMPARE(cli({u"--env-file"_s, env, u"info"_s}, QByteArray()).exitCode, 0);
    QCOMPARE(cli({u"--env-file"_s, env, u"--help"_s}, QByteArray()).exitCode, 0);

    // Every output: a plaintext key only on the standard output of the command that made it.
    for (const CliRun& r : std::as_const(m_cliRuns)) {
        const QString what = u"cli "_s + r.args.join(u' ');
        QStringList allowed;
        if (&r == &m_cliRuns.at(0))
            allowed << QString::fromLatin1(plaintext.mid(3));
        if (&r == &m_cliRuns.at(1))
            allowed << QString::fromLatin1(fresh.mid(3));
        verifyClean(what + u" (stdout)"_s, QString::fromUtf8(r.out), allowed);
        verifyClean(what + u" (stderr)"_s, QString::fromUtf8(r.err));
    }
}

// --- everything together ----------------------------------------------------------------------------------

QStringList TestSecrets::forbidden() const
{
    QStringList out {QString::fromLatin1(Password), QString::fromLatin1(WrongPassword),
                     QString::fromLatin1(EncryptionKey)};
    for (const QByteArray& k : m_plaintexts)
        out << QString::fromLatin1(k.mid(3)); // the body, so a prefix change cannot hide it
    return out;
}

void TestSecrets::verifyClean(const QString& where, const QString& text, const QStringList& allowed)
{
    for (const QString& secret : forbidden())
        if (!allowed.contains(secret))
            QVERIFY2(!text.contains(secret),
                     qPrintable(where + u" holds the secret "_s + secret.left(10) + u"…"_s));
}

void TestSecrets::noArtifactHoldsASecret()
{
    QVERIFY(m_plaintexts.size() >= 4);
    // Every file under the private HOME. Only the chosen fallback holds the password and the key.
    int files = 0;
    QDirIterator it(g_home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QString text = QString::fromUtf8(readFile(path));
        if (path == secretsFile()) {
            QStringList allowed {QString::fromLatin1(Password), QString::fromLatin1(EncryptionKey)};
            verifyClean(path, text, allowed);
            continue;
        }
        verifyClean(path, text);
        if (path.endsWith(u"audit.log"_s))
            QCOMPARE(fileMode(path), 0600);
    }
    QVERIFY2(files >= 5, "settings, secrets, audit logs and exports were written");
    qInfo("%d files under the temporary HOME searched; %lld plaintext keys", files,
          qlonglong(m_plaintexts.size()));

    // Everything Qt and the program said, with debug output on.
    QStringList messages;
    {
        QMutexLocker lock(&g_messagesMutex);
        messages = g_messages;
    }
    QVERIFY2(messages.size() > 50, "QT_LOGGING_RULES=*.debug=true produced debug output");
    qInfo("%lld debug/warning messages captured", qlonglong(messages.size()));
    verifyClean(u"debug output"_s, messages.join(u'\n'));
    verifyClean(u"texts shown"_s, m_shownTexts.join(u'\n'));
    // The clipboard holds no key at the end.
    verifyClean(u"clipboard"_s, QGuiApplication::clipboard()->text());
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
