// The key editor, offscreen against a private Redis: creating through the dialog stores what the
// service stores for the same options (fixtures), editing writes only the edited field, every
// validation rule refuses with its message and writes nothing, activation, icons, conflicts, batch
// create and batch edit, and the tag manager. Also saves screenshots of every section filled.

#include "Fixtures.h"
#include "RedisServer.h"
#include "SyncRedis.h"

#include "ConflictDialog.h"
#include "IconPicker.h"
#include "KeyEditorDialog.h"
#include "MessageBox.h"
#include "ModelListEditor.h"
#include "OneTimeKeyDialog.h"
#include "TagEditor.h"
#include "TagManagerDialog.h"
#include "editor/KeyEditorBasicsPage.h"
#include "editor/KeyEditorBindingsPage.h"
#include "editor/KeyEditorExpiryPage.h"
#include "editor/KeyEditorIconPage.h"
#include "editor/KeyEditorLimitsPage.h"
#include "editor/KeyEditorRestrictionsPage.h"

#include "relay/KeyAggregates.h"
#include "relay/KeyListReader.h"
#include "relay/KeyWriter.h"
#include "support/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::relay;
using namespace rka::test;
using namespace rka::ui;

namespace {

using Hash = QMap<QByteArray, QByteArray>;

const QByteArray K01 = "213ab2d9-f193-45c0-869b-ec1e8e743fe8"; // 1.1.314 seed
const QByteArray K02 = "42cd0b0c-aab6-42e2-ad0d-3d55bf3582ca";
const QByteArray K09 = "b9b5aaec-8dd4-4f93-bb85-97fe26726bd6";

template <class T> T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

void press(QAbstractButton* button)
{
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void pick(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

// Text typed through an input method (Chinese and other scripts keyClicks cannot type).
void commitText(QWidget* w, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(w, &event);
}

void savePng(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(image.save(dir + u'/' + name));
}

} // namespace

class TestKeyEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void createWithEveryOptionMatchesTheService_data();
    void createWithEveryOptionMatchesTheService();
    void editWritesOnlyTheEditedField();
    void validationRefusesAndWritesNothing_data();
    void validationRefusesAndWritesNothing();
    void tagEditorHandlesKeyboardAndChinese();
    void activationModeAndManualActivation();
    void iconIsScaledAndCorruptFilesRefused();
    void conflictIsShownAndResolved();
    void confirmHookCanRefuse();
    void batchCreateFifty();
    void batchEditFifty();
    void tagManagerRenamesAndDeletes();
    void screenshotsOfEverySection();

private:
    struct Session
    {
        std::unique_ptr<redis::Connection> connection;
        QList<KeyEntry> keys;
        EditorContext context;
    };
    std::unique_ptr<Session> open(int db, DataModel model);
    int seeded(const QString& release);
    Hash stored(int db, const QByteArray& id);
    KeyEntry entry(int db, const QByteArray& id);
    void goTo(KeyEditorDialog* d, EditorPage* page);
    bool saveAndWait(KeyEditorDialog* d);

    RedisServer m_server;
    int m_nextDb = 1;
    QTemporaryDir m_files;
};

void TestKeyEditor::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_files.isValid());
}

void TestKeyEditor::cleanup()
{
    support::Clock::setInstance(nullptr);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog*>(w))
            w->deleteLater();
    QCoreApplication::processEvents();
}

int TestKeyEditor::seeded(const QString& release)
{
    const int db = m_nextDb++;
    QString error;
    if (!m_server.loadCommandFile(Fixtures::path(release, u"seed.redis"_s), db, &error))
        qWarning("seed: %s", qPrintable(error));
    return db;
}

std::unique_ptr<TestKeyEditor::Session> TestKeyEditor::open(int db, DataModel model)
{
    auto s = std::make_unique<Session>();
    s->connection = std::make_unique<redis::Connection>();
    redis::ConnectionSettings settings = localSettings(m_server.port());
    settings.database = db;
    if (!openAndWait(*s->connection, settings))
        qFatal("cannot connect");
    KeyListReader reader(*s->connection);
    bool done = false;
    connect(&reader, &KeyListReader::finished, this, [&done] { done = true; });
    reader.start({});
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qFatal("key list timed out");
    s->keys = reader.keys();
    EditorContext& c = s->context;
    c.connection = s->connection.get();
    c.target.model = model;
    c.target.service.encryptionKey = Fixtures::encryptionKey();
    c.target.readBackDelayMs = 0;
    c.accounts = reader.accounts();
    c.users = reader.users();
    c.tags = KeyAggregates::tags(s->keys);
    c.models = {u"claude-sonnet-4-20250514"_s, u"claude-opus-4-20250514"_s, u"gemini-2.5-pro"_s};
    c.baseUrl = u"https://relay.example.test"_s;
    return s;
}

Hash TestKeyEditor::stored(int db, const QByteArray& id)
{
    const QList<QByteArray> flat = m_server.commandList({"HGETALL", "apikey:" + id}, db);
    Hash h;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        h.insert(flat.at(i), flat.at(i + 1));
    return h;
}

KeyEntry TestKeyEditor::entry(int db, const QByteArray& id)
{
    const QList<QByteArray> flat = m_server.commandList({"HGETALL", "apikey:" + id}, db);
    RawHash raw;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        raw.append({flat.at(i), flat.at(i + 1)});
    KeyEntry e;
    e.id = id;
    e.key = ApiKey(raw);
    return e;
}

void TestKeyEditor::goTo(KeyEditorDialog* d, EditorPage* page)
{
    d->showSection(page);
    QCoreApplication::processEvents();
}

bool TestKeyEditor::saveAndWait(KeyEditorDialog* d)
{
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    return QTest::qWaitFor(
               [d] {
                   return !d->isSaving() && (d->result() == QDialog::Accepted || !d->statusText().isEmpty());
               },
               15000) &&
        d->result() == QDialog::Accepted;
}

// ---- create ------------------------------------------------------------------------------------

void TestKeyEditor::createWithEveryOptionMatchesTheService_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("model");
    QTest::newRow("1.1.235") << u"1.1.235"_s << int(DataModel::Release1_1_235);
    QTest::newRow("1.1.314") << u"1.1.314"_s << int(DataModel::Release1_1_302);
}

void TestKeyEditor::createWithEveryOptionMatchesTheService()
{
    QFETCH(QString, release);
    QFETCH(int, model);
    const int db = seeded(release);
    auto s = open(db, DataModel(model));
    // The fixture's k01 was created at this instant (fixtures README, k01-full-options).
    support::Clock::setInstance(std::make_shared<support::FixedClock>(
        QDateTime::fromString(u"2026-01-29T01:00:02.000Z"_s, Qt::ISODateWithMs)));
    std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forCreate(s->context));
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));

    goTo(d.get(), d->basicsPage());
    QTest::keyClicks(child<QLineEdit>(d.get(), u"nameEdit"_s), u"k01-full-options"_s);
    QTest::keyClicks(child<QPlainTextEdit>(d.get(), u"descriptionEdit"_s), u"every option set"_s);
    QLineEdit* tagEdit = child<QLineEdit>(d.get(), u"tagEdit"_s);
    QTest::keyClicks(tagEdit, u"team-a,"_s);
    QTest::keyClicks(tagEdit, u"prod,"_s);
    QCOMPARE(d->basicsPage()->tagEditor()->tags(), (QStringList {u"team-a"_s, u"prod"_s}));

    goTo(d.get(), d->bindingsPage());
    press(child<QCheckBox>(d.get(), u"claudeCheck"_s));
    press(child<QCheckBox>(d.get(), u"openaiCheck"_s));
    pick(child<QComboBox>(d.get(), u"claudeCombo"_s), u"acc-claude-01"_s);

    goTo(d.get(), d->restrictionsPage());
    press(child<QCheckBox>(d.get(), u"modelRestrictionCheck"_s));
    QTest::keyClicks(child<QLineEdit>(d.get(), u"modelEdit"_s),
                     u"claude-opus-4-20250514, claude-3-opus-20240229"_s);
    QTest::mouseClick(child<QPushButton>(d.get(), u"addModelButton"_s), Qt::LeftButton);
    QCOMPARE(d->restrictionsPage()->modelEditor()->models().size(), 2);
    press(child<QCheckBox>(d.get(), u"clientRestrictionCheck"_s));
    press(child<QCheckBox>(d.get(), u"client_claude_code"_s));
    press(child<QCheckBox>(d.get(), u"client_gemini_cli"_s));

    goTo(d.get(), d->limitsPage());
    QTest::keyClicks(child<QLineEdit>(d.get(), u"tokenLimitEdit"_s), u"1000000"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), u"concurrencyEdit"_s), u"5"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), u"windowEdit"_s), u"60"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), u"windowRequestsEdit"_s), u"100"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), u"windowCostEdit"_s), u"5.50"_s);
    QTest::mouseClick(child<QToolButton>(d.get(), u"dailyCostEditPreset10"_s), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(d.get(), u"totalCostEditPreset100"_s), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(d.get(), u"weeklyOpusEditPreset20"_s), Qt::LeftButton);

    goTo(d.get(), d->expiryPage());
    auto* preset = child<QComboBox>(d.get(), u"presetCombo"_s);
    preset->setCurrentIndex(preset->count() - 1); // custom date and time
    child<QDateTimeEdit>(d.get(), u"expiresEdit"_s)
        ->setDateTime(QDateTime(QDate(2099, 12, 31), QTime(15, 59, 59), QTimeZone::utc()).toLocalTime());

    // The fixture's icon is a 1x1 PNG data URL; pasted as it is (file loading is tested below).
    const QByteArray fixtureId =
        model == int(DataModel::Release1_1_235) ? "19c56c96-7ffd-413a-b2d9-f193b5c0c69b"_ba : K01;
    Hash want;
    for (const auto& [f, v] : Fixtures::seedHash(release, "apikey:" + fixtureId))
        want.insert(f, v);
    QVERIFY(!want.isEmpty());
    goTo(d.get(), d->iconPage());
    d->iconPage()->picker()->setDataUrl(QString::fromLatin1(want.value("icon")));

    QSignalSpy written(d.get(), &KeyEditorDialog::keysWritten);
    QVERIFY2(saveAndWait(d.get()), qPrintable(d->statusText()));
    QCOMPARE(written.count(), 1);
    const QByteArray id = written.first().first().value<QList<QByteArray>>().value(0);
    QVERIFY(d->oneTimeKeyDialog());
    QVERIFY(
        d->oneTimeKeyDialog()->findChild<QPlainTextEdit*>(u"keysText"_s)->toPlainText().startsWith(u"cr_"_s));

    const Hash got = stored(db, id);
    QCOMPARE(got.keys(), want.keys());
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.key() == "id" || it.key() == "apiKey" || it.key() == "lastUsedAt")
            continue;
        QVERIFY2(got.value(it.key()) == it.value(),
                 qPrintable(u"%1: service %2, editor %3"_s.arg(QString::fromUtf8(it.key()),
                                                               QString::fromUtf8(it.value()),
                                                               QString::fromUtf8(got.value(it.key())))));
    }
    delete d->oneTimeKeyDialog();
}

// ---- edit --------------------------------------------------------------------------------------

void TestKeyEditor::editWritesOnlyTheEditedField()
{
    const int db = seeded(u"1.1.314"_s);
    auto s = open(db, DataModel::Release1_1_302);
    QString iconFile = m_files.filePath(u"small.png"_s);
    QImage small(16, 16, QImage::Format_ARGB32);
    small.fill(Qt::red);
    QVERIFY(small.save(iconFile));

    struct Case
    {
        const char* name;
        QList<QByteArray> fields;
        std::function<void(KeyEditorDialog*)> act;
    };
    auto number = [](const char* edit, const QString& value) {
        return [edit, value](KeyEditorDialog* d) {
            d->showSection(d->limitsPage());
            retype(child<QLineEdit>(d, QString::fromLatin1(edit)), value);
        };
    };
    auto binding = [](const char* combo, const QString& value) {
        return [combo, value](KeyEditorDialog* d) {
            d->showSection(d->bindingsPage());
            pick(child<QComboBox>(d, QString::fromLatin1(combo)), value);
        };
    };
    const QList<Case> cases = {
        {"name",
         {"name"},
         [](KeyEditorDialog* d) { retype(child<QLineEdit>(d, u"nameEdit"_s), u"k02-renamed"_s); }},
        {"description",
         {"description"},
         [](KeyEditorDialog* d) {
             QTest::keyClicks(child<QPlainTextEdit>(d, u"descriptionEdit"_s), u"notes"_s);
         }},
        {"owner",
         {"userId", "userUsername", "createdBy"},
         [](KeyEditorDialog* d) {
             pick(child<QComboBox>(d, u"ownerCombo"_s), u"bf1c3c106a30eee0a3188482f361f026"_s);
         }},
        {"active", {"isActive"}, [](KeyEditorDialog* d) { press(child<QCheckBox>(d, u"activeCheck"_s)); }},
        {"tags",
         {"tags"},
         [](KeyEditorDialog* d) { QTest::keyClicks(child<QLineEdit>(d, u"tagEdit"_s), u"team-b,"_s); }},
        {"claude", {"claudeAccountId"}, binding("claudeCombo", u"acc-claude-01"_s)},
        {"console", {"claudeConsoleAccountId"}, binding("consoleCombo", u"acc-console-01"_s)},
        {"gemini", {"geminiAccountId"}, binding("geminiCombo", u"acc-gemini-01"_s)},
        {"openai", {"openaiAccountId"}, binding("openaiCombo", u"responses:acc-resp-01"_s)},
        {"droid", {"droidAccountId"}, binding("droidCombo", u"acc-droid-01"_s)},
        {"permissions",
         {"permissions"},
         [](KeyEditorDialog* d) {
             d->showSection(d->bindingsPage());
             press(child<QCheckBox>(d, u"geminiCheck"_s));
         }},
        {"model flag",
         {"enableModelRestriction"},
         [](KeyEditorDialog* d) {
             d->showSection(d->restrictionsPage());
             press(child<QCheckBox>(d, u"modelRestrictionCheck"_s));
         }},
        {"models",
         {"restrictedModels"},
         [](KeyEditorDialog* d) {
             d->showSection(d->restrictionsPage());
             QTest::keyClicks(child<QLineEdit>(d, u"modelEdit"_s), u"claude-x claude-y"_s);
             QTest::mouseClick(child<QPushButton>(d, u"addModelButton"_s), Qt::LeftButton);
         }},
        {"client flag",
         {"enableClientRestriction"},
         [](KeyEditorDialog* d) {
             d->showSection(d->restrictionsPage());
             press(child<QCheckBox>(d, u"clientRestrictionCheck"_s));
         }},
        {"clients",
         {"allowedClients"},
         [](KeyEditorDialog* d) {
             d->showSection(d->restrictionsPage());
             press(child<QCheckBox>(d, u"client_codex_cli"_s));
         }},
        {"token", {"tokenLimit"}, number("tokenLimitEdit", u"1000"_s)},
        {"concurrency", {"concurrencyLimit"}, number("concurrencyEdit", u"3"_s)},
        {"window", {"rateLimitWindow"}, number("windowEdit", u"10"_s)},
        {"requests", {"rateLimitRequests"}, number("windowRequestsEdit", u"50"_s)},
        {"window cost", {"rateLimitCost"}, number("windowCostEdit", u"1.25"_s)},
        {"daily",
         {"dailyCostLimit"},
         [](KeyEditorDialog* d) {
             d->showSection(d->limitsPage());
             QTest::mouseClick(child<QToolButton>(d, u"dailyCostEditPreset50"_s), Qt::LeftButton);
         }},
        {"total", {"totalCostLimit"}, number("totalCostEdit", u"250.5"_s)},
        {"weekly opus", {"weeklyOpusCostLimit"}, number("weeklyOpusEdit", u"20"_s)},
        {"reset day",
         {"weeklyResetDay"},
         [](KeyEditorDialog* d) { child<QComboBox>(d, u"resetDayCombo"_s)->setCurrentIndex(2); }},
        {"reset hour",
         {"weeklyResetHour"},
         [](KeyEditorDialog* d) { child<QSpinBox>(d, u"resetHourSpin"_s)->setValue(5); }},
        {"rates",
         {"serviceRates"},
         [](KeyEditorDialog* d) { retype(child<QLineEdit>(d, u"rate_claude"_s), u"1.5"_s); }},
        {"expiry",
         {"expiresAt"},
         [](KeyEditorDialog* d) {
             d->showSection(d->expiryPage());
             pick(child<QComboBox>(d, u"presetCombo"_s), qint64(30 * 86400));
         }},
        {"icon",
         {"icon"},
         [iconFile](KeyEditorDialog* d) { QVERIFY(d->iconPage()->picker()->loadFile(iconFile)); }},
        {"activation mode",
         {"expirationMode", "activationDays", "isActivated", "activatedAt", "expiresAt"},
         [](KeyEditorDialog* d) {
             d->showSection(d->expiryPage());
             press(child<QRadioButton>(d, u"activationRadio"_s));
         }},
    };
    for (const Case& c : cases) {
        const Hash before = stored(db, K02);
        std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forEdit(s->context, entry(db, K02)));
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        c.act(d.get());
        QVERIFY2(saveAndWait(d.get()), qPrintable(QString::fromLatin1(c.name) + u": "_s + d->statusText()));
        const Hash after = stored(db, K02);
        QList<QByteArray> changed;
        for (auto it = after.begin(); it != after.end(); ++it)
            if (before.value(it.key()) != it.value() || !before.contains(it.key()))
                changed << it.key();
        QList<QByteArray> expected = c.fields;
        expected << "updatedAt";
        std::sort(expected.begin(), expected.end());
        QVERIFY2(
            changed == expected,
            qPrintable(QString::fromLatin1(c.name) + u": changed "_s + QString::fromUtf8(changed.join(' '))));
        QCOMPARE(after.size(), before.size() + (before.contains("updatedAt") ? 0 : 1));
    }
    const Hash last = stored(db, K02);
    QCOMPARE(last.value("permissions"), R"(["gemini"])"_ba);
    QCOMPARE(last.value("serviceRates"), R"({"claude":1.5})"_ba);
    QCOMPARE(last.value("rateLimitCost"), "1.25"_ba);
    QCOMPARE(last.value("tags"), R"(["team-b"])"_ba);
    QCOMPARE(last.value("createdBy"), "bob"_ba);
    QCOMPARE(last.value("activationDays"), "30"_ba);
}

// ---- validation --------------------------------------------------------------------------------

void TestKeyEditor::validationRefusesAndWritesNothing_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("message");
    auto row = [](const char* name, const QString& w, const QString& v, ApiKeyField f, const QString& m) {
        QTest::newRow(name) << w << v << int(f) << m;
    };
    row("empty name", u"nameEdit"_s, u" "_s, ApiKeyField::Name,
        u"Name is required and must be a non-empty string"_s);
    row("long name", u"nameEdit"_s, QString(101, u'n'), ApiKeyField::Name,
        u"Name must be less than 100 characters"_s);
    row("padded name", u"nameEdit"_s, u"name "_s, ApiKeyField::Name,
        u"Remove the spaces at the start and end of the name."_s);
    row("long description", u"descriptionEdit"_s, QString(501, u'd'), ApiKeyField::Description,
        u"Description must be a string with less than 500 characters"_s);
    row("token fraction", u"tokenLimitEdit"_s, u"1.5"_s, ApiKeyField::TokenLimit,
        u"Token limit must be a non-negative integer"_s);
    row("negative concurrency", u"concurrencyEdit"_s, u"-1"_s, ApiKeyField::ConcurrencyLimit,
        u"Concurrency limit must be a non-negative integer"_s);
    row("window text", u"windowEdit"_s, u"abc"_s, ApiKeyField::RateLimitWindow,
        u"Rate limit window must be a positive integer (minutes)"_s);
    row("requests fraction", u"windowRequestsEdit"_s, u"2.5"_s, ApiKeyField::RateLimitRequests,
        u"Rate limit requests must be a positive integer"_s);
    row("negative window cost", u"windowCostEdit"_s, u"-1"_s, ApiKeyField::RateLimitCost,
        u"Rate limit cost must be a non-negative number"_s);
    row("daily text", u"dailyCostEdit"_s, u"ten"_s, ApiKeyField::DailyCostLimit,
        u"Daily cost limit must be a non-negative number"_s);
    row("negative total", u"totalCostEdit"_s, u"-5"_s, ApiKeyField::TotalCostLimit,
        u"Total cost limit must be a non-negative number"_s);
    row("weekly text", u"weeklyOpusEdit"_s, u"x"_s, ApiKeyField::WeeklyOpusCostLimit,
        u"Weekly Opus cost limit must be a non-negative number"_s);
    row("negative rate", u"rate_claude"_s, u"-1"_s, ApiKeyField::ServiceRates,
        u"Invalid rate for service \"claude\": must be a non-negative number"_s);
    row("activation too long", u"activationAmountSpin"_s, u"5000"_s, ApiKeyField::ActivationDays,
        u"The activation period can be at most 3650 days."_s);
}

void TestKeyEditor::validationRefusesAndWritesNothing()
{
    QFETCH(QString, widget);
    QFETCH(QString, value);
    QFETCH(int, field);
    QFETCH(QString, message);
    static int db = 0;
    static std::unique_ptr<Session> s;
    if (!s) {
        db = m_nextDb++;
        s = open(db, DataModel::Release1_1_302);
    }
    const QByteArray sizeBefore = m_server.command({"DBSIZE"}, db);
    std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forCreate(s->context));
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    if (widget != u"nameEdit"_s)
        QTest::keyClicks(child<QLineEdit>(d.get(), u"nameEdit"_s), u"valid name"_s);
    for (EditorPage* page : d->pages())
        if (page->findChild<QWidget*>(widget))
            goTo(d.get(), page);
    if (widget == u"activationAmountSpin"_s) {
        press(child<QRadioButton>(d.get(), u"activationRadio"_s));
        child<QSpinBox>(d.get(), widget)->setValue(value.toInt());
    } else if (auto* text = d->findChild<QPlainTextEdit*>(widget)) {
        text->setPlainText(value);
    } else {
        auto* edit = child<QLineEdit>(d.get(), widget);
        // Typed as the user would; names longer than the field's limit are pasted.
        if (value.size() > 60)
            edit->setText(value);
        else
            QTest::keyClicks(edit, value);
    }
    // Shown as soon as the field is edited, before any save.
    QTRY_VERIFY2(d->issueText(ApiKeyField(field)).contains(message),
                 qPrintable(d->issueText(ApiKeyField(field))));
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QVERIFY(!d->isSaving());
    QVERIFY(d->isVisible());
    QVERIFY(d->statusText().contains(u"nothing was written"_s));
    QVERIFY(d->issueText(ApiKeyField(field)).contains(message));
    QTest::qWait(50);
    QCOMPARE(m_server.command({"DBSIZE"}, db), sizeBefore);
}

void TestKeyEditor::tagEditorHandlesKeyboardAndChinese()
{
    TagEditor editor;
    editor.setKnownTags({{u"team-a"_s, 12}, {u"生产"_s, 3}});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QLineEdit* edit = editor.lineEdit();
    // Completion offers existing tags with their counts.
    editor.completer()->setCompletionPrefix(u"team"_s);
    // "%n key(s)" until an English .ts supplies the plural forms.
    QVERIFY(editor.completer()->currentCompletion().startsWith(u"team-a (12 key"_s));
    QTest::keyClicks(edit, u"  alpha  "_s);
    QTest::keyClick(edit, Qt::Key_Return);
    commitText(edit, u"新标签"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(editor.tags(), (QStringList {u"alpha"_s, u"新标签"_s}));
    // Duplicates and over-long tags are refused with a message.
    QTest::keyClicks(edit, u"alpha,"_s);
    QVERIFY(editor.errorText().contains(u"already added"_s));
    QVERIFY(!editor.addTag(QString(51, u't')));
    QVERIFY(editor.errorText().contains(u"longer than 50"_s));
    QCOMPARE(editor.tags().size(), 2);
    // Backspace in the empty field removes the last tag; Delete on a focused chip removes it.
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(editor.tags(), QStringList {u"alpha"_s});
    QWidget* chip = editor.findChild<QWidget*>(u"tagChip"_s);
    QVERIFY(chip);
    QTest::keyClick(chip, Qt::Key_Delete);
    QTRY_VERIFY(editor.tags().isEmpty());
    QVERIFY(editor.addTag(u"gamma"_s));
    QTRY_VERIFY(editor.findChild<QToolButton*>(u"tagChip"_s));
    QTest::mouseClick(editor.findChild<QToolButton*>(u"tagChip"_s), Qt::LeftButton);
    QVERIFY(editor.tags().isEmpty());
    // Many tags wrap onto several lines.
    for (int i = 0; i < 24; ++i)
        QVERIFY(editor.addTag(u"tag-%1 标签"_s.arg(i)));
    editor.resize(480, editor.heightForWidth(480) > 0 ? editor.heightForWidth(480) : 200);
    QTest::qWait(50);
    savePng(editor.grab().toImage(), u"key-editor-tags.png"_s);
}

// ---- expiry ------------------------------------------------------------------------------------

void TestKeyEditor::activationModeAndManualActivation()
{
    const int db = m_nextDb++;
    auto s = open(db, DataModel::Release1_1_302);
    std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forCreate(s->context));
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    QTest::keyClicks(child<QLineEdit>(d.get(), u"nameEdit"_s), u"twelve hours"_s);
    goTo(d.get(), d->expiryPage());
    auto* fixedBox = child<QWidget>(d.get(), u"fixedBox"_s);
    auto* activationBox = child<QWidget>(d.get(), u"activationBox"_s);
    QVERIFY(fixedBox->isVisible());
    QVERIFY(!activationBox->isVisible());
    press(child<QRadioButton>(d.get(), u"activationRadio"_s));
    QVERIFY(!fixedBox->isVisible());
    QVERIFY(activationBox->isVisible());
    pick(child<QComboBox>(d.get(), u"activationUnitCombo"_s), u"hours"_s);
    auto* amount = child<QSpinBox>(d.get(), u"activationAmountSpin"_s);
    QCOMPARE(amount->value(), 24); // 30 days clamped to 24 hours when switching the unit
    amount->selectAll();
    QTest::keyClicks(amount, u"12"_s);
    QCOMPARE(amount->value(), 12);
    press(child<QRadioButton>(d.get(), u"fixedRadio"_s));
    QVERIFY(fixedBox->isVisible());
    QVERIFY(!activationBox->isVisible());
    press(child<QRadioButton>(d.get(), u"activationRadio"_s));
    QSignalSpy written(d.get(), &KeyEditorDialog::keysWritten);
    QVERIFY2(saveAndWait(d.get()), qPrintable(d->statusText()));
    const QByteArray id = written.first().first().value<QList<QByteArray>>().value(0);
    Hash h = stored(db, id);
    QCOMPARE(h.value("expirationMode"), "activation"_ba);
    QCOMPARE(h.value("activationDays"), "12"_ba);
    QCOMPARE(h.value("activationUnit"), "hours"_ba);
    QCOMPARE(h.value("isActivated"), "false"_ba);
    QCOMPARE(h.value("expiresAt"), ""_ba);
    delete d->oneTimeKeyDialog();

    // The existing key: its state, and manual activation counting hours (the service counts days, D14).
    std::unique_ptr<KeyEditorDialog> e(KeyEditorDialog::forEdit(s->context, entry(db, id)));
    e->show();
    QVERIFY(QTest::qWaitForWindowExposed(e.get()));
    goTo(e.get(), e->expiryPage());
    QVERIFY(child<QLabel>(e.get(), u"stateLabel"_s)->text().contains(u"Not activated"_s));
    QStringList confirmed;
    e->setConfirmHook([&confirmed](const QStringList& lines) {
        confirmed = lines;
        return true;
    });
    QTest::mouseClick(child<QPushButton>(e.get(), u"activateNowButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(stored(db, id).value("isActivated") == "true", 10000);
    QTRY_VERIFY(!e->isSaving());
    QVERIFY(confirmed.join(u' ').contains(u"Activate"_s));
    h = stored(db, id);
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(h.value("activatedAt")), Qt::ISODateWithMs);
    const QDateTime expires =
        QDateTime::fromString(QString::fromLatin1(h.value("expiresAt")), Qt::ISODateWithMs);
    QCOMPARE(at.secsTo(expires), 12 * 3600);
    QVERIFY(child<QLabel>(e.get(), u"stateLabel"_s)->text().contains(u"Expires at"_s));
    QVERIFY(!child<QPushButton>(e.get(), u"activateNowButton"_s)->isEnabled());

    // Renew by 7 days moves the expiry from the later of now and the current expiry.
    pick(child<QComboBox>(e.get(), u"renewCombo"_s), qint64(7 * 86400));
    QTest::mouseClick(child<QPushButton>(e.get(), u"renewButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(stored(db, id).value("expiresAt") != h.value("expiresAt"), 10000);
    const QDateTime renewed =
        QDateTime::fromString(QString::fromLatin1(stored(db, id).value("expiresAt")), Qt::ISODateWithMs);
    QCOMPARE(expires.secsTo(renewed), 7 * 86400);
}

// ---- icon --------------------------------------------------------------------------------------

void TestKeyEditor::iconIsScaledAndCorruptFilesRefused()
{
    const QString big = m_files.filePath(u"big.png"_s);
    QImage image(1000, 1000, QImage::Format_ARGB32);
    image.fill(QColor(30, 90, 200));
    QPainter(&image).fillRect(0, 0, 500, 500, Qt::yellow);
    QVERIFY(image.save(big));
    const QString wide = m_files.filePath(u"wide.jpg"_s);
    QVERIFY(image.scaled(1000, 500).save(wide, "JPEG"));
    const QString corrupt = m_files.filePath(u"corrupt.png"_s);
    {
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, '\x5a'));
    }
    const int db = m_nextDb++;
    auto s = open(db, DataModel::Release1_1_302);
    std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forCreate(s->context));
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    QTest::keyClicks(child<QLineEdit>(d.get(), u"nameEdit"_s), u"with icon"_s);
    goTo(d.get(), d->iconPage());
    IconPicker* picker = d->iconPage()->picker();
    QVERIFY(picker->loadFile(big));
    const QString url = picker->dataUrl();
    QVERIFY(url.startsWith(u"data:image/png;base64,"_s));
    const QImage decoded = IconPicker::decodeDataUrl(url);
    QCOMPARE(decoded.size(), QSize(64, 64));
    QVERIFY(url.size() <= KeyValidator::MaxIconBytes);
    QVERIFY(!child<QLabel>(d.get(), u"iconPreview"_s)->pixmap().isNull());

    // A corrupt file is refused in words, and the chosen icon stays.
    QVERIFY(!picker->loadFile(corrupt));
    QVERIFY2(picker->errorText().contains(u"corrupt.png"_s), qPrintable(picker->errorText()));
    QCOMPARE(picker->dataUrl(), url);
    QVERIFY(!picker->loadFile(m_files.filePath(u"missing.png"_s)));
    QVERIFY(!picker->errorText().isEmpty());
    QString error;
    QCOMPARE(IconPicker::decodeDataUrl(IconPicker::encodeFile(wide, &error)).size(), QSize(64, 32));

    QSignalSpy written(d.get(), &KeyEditorDialog::keysWritten);
    QVERIFY2(saveAndWait(d.get()), qPrintable(d->statusText()));
    const QByteArray id = written.first().first().value<QList<QByteArray>>().value(0);
    QCOMPARE(stored(db, id).value("icon"), url.toLatin1());
    delete d->oneTimeKeyDialog();

    // Removing the icon in the editor stores "".
    std::unique_ptr<KeyEditorDialog> e(KeyEditorDialog::forEdit(s->context, entry(db, id)));
    e->show();
    goTo(e.get(), e->iconPage());
    QTest::mouseClick(child<QPushButton>(e.get(), u"removeIconButton"_s), Qt::LeftButton);
    QVERIFY(saveAndWait(e.get()));
    QCOMPARE(stored(db, id).value("icon"), ""_ba);
}

// ---- conflicts ---------------------------------------------------------------------------------

void TestKeyEditor::conflictIsShownAndResolved()
{
    const int db = seeded(u"1.1.314"_s);
    auto s = open(db, DataModel::Release1_1_302);
    auto openEditor = [&] {
        auto* d = KeyEditorDialog::forEdit(s->context, entry(db, K02));
        d->show();
        return std::unique_ptr<KeyEditorDialog>(d);
    };
    // 1. Keep mine.
    std::unique_ptr<KeyEditorDialog> d = openEditor();
    goTo(d.get(), d->limitsPage());
    retype(child<QLineEdit>(d.get(), u"dailyCostEdit"_s), u"20"_s);
    m_server.command({"HSET", "apikey:" + K02, "dailyCostLimit", "30"}, db); // another client
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->conflictDialog(), 10000);
    auto* table = child<QTableWidget>(d->conflictDialog(), u"conflictTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Daily cost limit"_s);
    QCOMPARE(table->item(0, 1)->text(), u"20"_s);
    QCOMPARE(table->item(0, 2)->text(), u"30"_s);
    QCOMPARE(table->item(0, 3)->text(), u"0"_s);
    QCOMPARE(stored(db, K02).value("dailyCostLimit"), "30"_ba); // nothing written yet
    QTest::mouseClick(d->conflictDialog()->keepMineButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(d->result(), int(QDialog::Accepted), 10000);
    QCOMPARE(stored(db, K02).value("dailyCostLimit"), "20"_ba);

    // 2. Take theirs: the conflicting field keeps the stored value, the other change is written.
    d = openEditor();
    goTo(d.get(), d->limitsPage());
    retype(child<QLineEdit>(d.get(), u"dailyCostEdit"_s), u"25"_s);
    retype(child<QLineEdit>(d.get(), u"concurrencyEdit"_s), u"4"_s);
    m_server.command({"HSET", "apikey:" + K02, "dailyCostLimit", "35"}, db);
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->conflictDialog(), 10000);
    QTest::mouseClick(d->conflictDialog()->takeTheirsButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(d->result(), int(QDialog::Accepted), 10000);
    QCOMPARE(stored(db, K02).value("dailyCostLimit"), "35"_ba);
    QCOMPARE(stored(db, K02).value("concurrencyLimit"), "4"_ba);

    // 3. Cancel: nothing written, the editor stays open.
    d = openEditor();
    goTo(d.get(), d->basicsPage());
    retype(child<QLineEdit>(d.get(), u"nameEdit"_s), u"mine"_s);
    m_server.command({"HSET", "apikey:" + K02, "name", "theirs"}, db);
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->conflictDialog(), 10000);
    d->conflictDialog()->reject();
    QTRY_VERIFY(!d->conflictDialog());
    QVERIFY(d->isVisible());
    QVERIFY(d->statusText().contains(u"Nothing was written"_s));
    QCOMPARE(stored(db, K02).value("name"), "theirs"_ba);
}

void TestKeyEditor::confirmHookCanRefuse()
{
    const int db = seeded(u"1.1.314"_s);
    auto s = open(db, DataModel::Release1_1_302);
    const Hash before = stored(db, K02);
    std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forEdit(s->context, entry(db, K02)));
    d->show();
    QStringList seen;
    d->setConfirmHook([&seen](const QStringList& changes) {
        seen = changes;
        return false;
    });
    goTo(d.get(), d->limitsPage());
    retype(child<QLineEdit>(d.get(), u"dailyCostEdit"_s), u"12.5"_s);
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QCOMPARE(seen, QStringList {u"Daily cost limit: 0 → 12.5"_s});
    QVERIFY(d->isVisible());
    QCOMPARE(stored(db, K02), before);
}

// ---- batch -------------------------------------------------------------------------------------

void TestKeyEditor::batchCreateFifty()
{
    const int db = seeded(u"1.1.314"_s);
    auto s = open(db, DataModel::Release1_1_302);
    const Hash defaults = stored(db, K02); // a key created with the service's defaults
    std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forBatchCreate(s->context));
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    QTest::keyClicks(child<QLineEdit>(d.get(), u"nameEdit"_s), u"trial"_s);
    auto* count = child<QSpinBox>(d.get(), u"countSpin"_s);
    count->selectAll();
    QTest::keyClicks(count, u"50"_s);
    QTest::keyClicks(child<QLineEdit>(d.get(), u"tagEdit"_s), u"batch,"_s);
    goTo(d.get(), d->limitsPage());
    QTest::mouseClick(child<QToolButton>(d.get(), u"dailyCostEditPreset5"_s), Qt::LeftButton);
    QSignalSpy written(d.get(), &KeyEditorDialog::keysWritten);
    QVERIFY2(saveAndWait(d.get()), qPrintable(d->statusText()));
    const QList<QByteArray> ids = written.first().first().value<QList<QByteArray>>();
    QCOMPARE(ids.size(), 50);
    // Shown once, with copy all and save as a text file.
    OneTimeKeyDialog* once = d->oneTimeKeyDialog();
    QVERIFY(once);
    const QStringList lines = child<QPlainTextEdit>(once, u"keysText"_s)->toPlainText().split(u'\n');
    QCOMPARE(lines.size(), 50);
    QVERIFY(lines.first().startsWith(u"trial_1\tcr_"_s));
    const QString file = m_files.filePath(u"keys.txt"_s);
    QVERIFY(once->saveToFile(file));
    delete once;
    for (int i = 0; i < ids.size(); ++i) {
        const Hash h = stored(db, ids.at(i));
        QCOMPARE(h.keys(), defaults.keys());
        for (auto it = defaults.begin(); it != defaults.end(); ++it) {
            const QByteArray f = it.key();
            if (f == "id" || f == "apiKey" || f == "createdAt" || f == "activatedAt" || f == "lastUsedAt")
                continue;
            const QByteArray want = f == "name" ? "trial_" + QByteArray::number(i + 1)
                : f == "tags"                   ? R"(["batch"])"_ba
                : f == "dailyCostLimit"         ? "5"_ba
                                                : it.value();
            QVERIFY2(h.value(f) == want, qPrintable(QString::fromUtf8(f + ": " + h.value(f))));
        }
    }
}

void TestKeyEditor::batchEditFifty()
{
    const int db = m_nextDb++;
    auto s = open(db, DataModel::Release1_1_302);
    ApiKey settings;
    settings.setTags({u"a"_s});
    std::optional<WriteResult> created;
    KeyWriter writer(*s->connection, s->context.target);
    writer.createBatch(settings, u"bulk"_s, 50, [&created](const WriteResult& r) { created = r; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 15000);
    QVERIFY2(created->ok(), qPrintable(created->message));
    QList<KeyEntry> selected;
    QMap<QByteArray, Hash> before;
    for (const QByteArray& id : created->keyIds) {
        selected << entry(db, id);
        before.insert(id, stored(db, id));
    }
    std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forBatchEdit(s->context, selected));
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    // Untouched rows are kept; the tags row is ticked, with "add".
    auto* tagsSet = child<QCheckBox>(d.get(), u"tagsBoxSet"_s);
    QVERIFY(!child<QWidget>(d.get(), u"tagsBox"_s)->isEnabled());
    press(tagsSet);
    QCOMPARE(child<QComboBox>(d.get(), u"tagOperationCombo"_s)->currentData().toInt(),
             int(BatchEdit::TagOperation::Add));
    QTest::keyClicks(child<QLineEdit>(d.get(), u"tagEdit"_s), u"b,"_s);
    QCOMPARE(d->changeSummary().last(), u"Tags: add b"_s);
    QVERIFY2(saveAndWait(d.get()), qPrintable(d->statusText()));
    for (const QByteArray& id : created->keyIds) {
        const Hash after = stored(db, id);
        const Hash& old = before[id];
        QCOMPARE(after.value("tags"), R"(["a","b"])"_ba);
        QVERIFY(after.contains("updatedAt"));
        for (auto it = old.begin(); it != old.end(); ++it)
            if (it.key() != "tags")
                QCOMPARE(after.value(it.key()), it.value());
        QCOMPARE(after.size(), old.size() + 1);
    }
}

// ---- tag manager -------------------------------------------------------------------------------

void TestKeyEditor::tagManagerRenamesAndDeletes()
{
    const int db = seeded(u"1.1.314"_s);
    auto s = open(db, DataModel::Release1_1_302);
    TagManagerDialog dialog(*s->connection, s->context.target, s->context.tags);
    dialog.show();
    auto* table = child<QTableWidget>(&dialog, u"tagTable"_s);
    QVERIFY(table->rowCount() > 0);
    dialog.selectTag(u"team-a"_s);
    QCOMPARE(dialog.selectedTag(), u"team-a"_s);
    QSignalSpy changed(&dialog, &TagManagerDialog::tagsChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    retype(child<QLineEdit>(&dialog, u"newNameEdit"_s), u"team-alpha"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"renameButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
    QVERIFY(MessageBox::lastText().contains(u"team-a"_s));
    QCOMPARE(stored(db, K01).value("tags"), R"(["team-alpha","prod"])"_ba);
    QCOMPARE(dialog.selectedTag(), u"team-alpha"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, u"deleteButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
    QCOMPARE(stored(db, K01).value("tags"), R"(["prod"])"_ba);
    // Refused: nothing happens when the confirmation is declined.
    dialog.selectTag(u"prod"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&dialog, u"deleteButton"_s), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(stored(db, K01).value("tags"), R"(["prod"])"_ba);
}

// ---- screenshots -------------------------------------------------------------------------------

void TestKeyEditor::screenshotsOfEverySection()
{
    const int db = seeded(u"1.1.314"_s);
    auto s = open(db, DataModel::Release1_1_302);
    std::unique_ptr<KeyEditorDialog> d(KeyEditorDialog::forEdit(s->context, entry(db, K01)));
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    goTo(d.get(), d->basicsPage());
    savePng(d->grab().toImage(), u"key-editor.png"_s);
    // Every section, filled with k01's options, one under the other.
    QList<QImage> parts;
    for (EditorPage* page : d->pages()) {
        goTo(d.get(), page);
        QTest::qWait(20);
        parts << page->grab().toImage();
    }
    int height = 0;
    int width = 0;
    for (const QImage& p : parts) {
        height += p.height() + 28;
        width = qMax(width, p.width());
    }
    QImage sheet(width, height, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    int y = 0;
    for (int i = 0; i < parts.size(); ++i) {
        painter.fillRect(0, y, width, 26, QColor(0xe8, 0xee, 0xfc));
        painter.drawText(QRect(8, y, width, 26), Qt::AlignVCenter, d->pages().at(i)->title());
        painter.drawImage(0, y + 28, parts.at(i));
        y += parts.at(i).height() + 28;
    }
    painter.end();
    savePng(sheet, u"key-editor-sections.png"_s);

    // A binding to accounts that no longer exist is shown as such (k09: Azure and Bedrock).
    std::unique_ptr<KeyEditorDialog> e(KeyEditorDialog::forEdit(s->context, entry(db, K09)));
    e->show();
    QVERIFY(QTest::qWaitForWindowExposed(e.get()));
    goTo(e.get(), e->bindingsPage());
    QCOMPARE(child<QComboBox>(e.get(), u"bedrockCombo"_s)->currentText(),
             u"⚠ acc-bedrock-01 (account missing)"_s);
    QCOMPARE(child<QComboBox>(e.get(), u"bedrockCombo"_s)->currentData().toString(), u"acc-bedrock-01"_s);
    savePng(e->grab().toImage(), u"key-editor-bindings.png"_s);
    // Saving an unchanged key writes nothing.
    const Hash before = stored(db, K09);
    QVERIFY(saveAndWait(e.get()));
    QCOMPARE(stored(db, K09), before);
}

QTEST_MAIN(TestKeyEditor)
#include "tst_keyeditor.moc"
