// Destructive operations show exactly what they remove and ask first: permanent delete, emptying the
// trash, deleting a tag and the health check's repairs, from the main window against a private Redis
// loaded with the 1.1.235 fixture. Declining writes nothing (the whole database compares equal);
// accepting removes exactly what was listed (the keys that vanished are computed here from before and
// after, not taken from the program). On a production profile the user also types the profile's name.

#include "Fixtures.h"
#include "RedisServer.h"
#include "RedisSnapshot.h"

#include "HealthDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProductionConfirmDialog.h"
#include "TagManagerDialog.h"
#include "TrashModel.h"

#include "support/Clock.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rka;
using namespace rka::ui;
using namespace rka::test;

namespace {
using Snapshot = RedisSnapshot; // Redis key -> its value, canonical
}

class TestDestructive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void purgeListsEveryRedisKeyAndAsks();
    void emptyTrashListsEveryKey();
    void productionPurgeAsksForTheName();
    void tagDeleteNamesTheKeysAndAsks();
    void healthRepairListsWhatItChangesAndAsks();
    void cliPurgeAndClearTrashListWhatTheyRemove();

private:
    void open(MainWindow& w, bool production);
    QByteArray idOf(const QString& namePrefix) const;
    Snapshot snapshot();
    // The Redis keys a permanent delete of `id` must remove, found here with the test's own client.
    QList<QByteArray> expectedDoomed(const QByteArray& id);
    void selectInTrash(MainWindow& w, const QByteArray& id);
    // Answers the next production confirmation: records what it lists, then types the name and
    // confirms, or cancels.
    void answerProduction(bool confirm, QString* shown, const QString& screenshotName = QString());
    void screenshot(QWidget* w, const QString& name);
    static void removedAndChanged(const Snapshot& before, const Snapshot& after, QList<QByteArray>* removed,
                                  QList<QByteArray>* changed);

    RedisServer m_server;
    QJsonArray m_view;
    QString m_profileName;
};

void TestDestructive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    m_view = Fixtures::json(u"1.1.235"_s, u"view-getAllApiKeys-includeDeleted.json"_s).array();
}

void TestDestructive::init()
{
    m_server.command({"FLUSHDB"});
    QString error;
    QVERIFY2(m_server.loadCommandFile(Fixtures::path(u"1.1.235"_s, u"seed.redis"_s), 0, &error),
             qPrintable(error));
    support::Clock::setInstance(std::make_shared<support::FixedClock>(Fixtures::viewInstant()));
}

void TestDestructive::cleanup()
{
    support::Clock::setInstance(nullptr);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestDestructive::open(MainWindow& w, bool production)
{
    support::Profile p;
    m_profileName = production ? u"prod-eu"_s : u"staging"_s;
    p.name = m_profileName;
    p.connection.host = u"127.0.0.1"_s;
    p.connection.port = m_server.port();
    p.production = production;
    p.operatorName = u"tester"_s;
    p.service.timezoneOffset = 8;
    w.show();
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.openSession(p, QString(), Fixtures::encryptionKey());
    QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 15000));
}

QByteArray TestDestructive::idOf(const QString& namePrefix) const
{
    for (const QJsonValue& v : m_view)
        if (v.toObject().value(u"name"_s).toString().startsWith(namePrefix))
            return v.toObject().value(u"id"_s).toString().toLatin1();
    return {};
}

Snapshot TestDestructive::snapshot()
{
    return snapshotOf(m_server);
}

QList<QByteArray> TestDestructive::expectedDoomed(const QByteArray& id)
{
    QList<QByteArray> keys = m_server.commandList({"KEYS", "*" + id + "*"});
    const QByteArray hash = m_server.command({"HGET", "apikey:" + id, "apiKey"});
    if (!hash.isEmpty() && hash != "(nil)" && m_server.command({"EXISTS", "apikey_hash:" + hash}) == "1")
        keys.append("apikey_hash:" + hash);
    std::sort(keys.begin(), keys.end());
    return keys;
}

void TestDestructive::removedAndChanged(const Snapshot& before, const Snapshot& after,
                                        QList<QByteArray>* removed, QList<QByteArray>* changed)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            removed->append(it.key());
        else if (after.value(it.key()) != it.value())
            changed->append(it.key());
    }
    std::sort(removed->begin(), removed->end());
    std::sort(changed->begin(), changed->end());
}

void TestDestructive::selectInTrash(MainWindow& w, const QByteArray& id)
{
    for (int r = 0; r < w.trashView()->model()->rowCount(); ++r)
        if (w.trashView()->model()->index(r, 0).data(TrashModel::KeyIdRole).toByteArray() == id)
            w.trashView()->selectionModel()->select(w.trashView()->model()->index(r, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestDestructive::answerProduction(bool confirm, QString* shown, const QString& screenshotName)
{
    auto* timer = new QTimer(this);
    timer->setInterval(50);
    connect(timer, &QTimer::timeout, this, [this, timer, confirm, shown, screenshotName] {
        auto* dialog = qobject_cast<ProductionConfirmDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        *shown = dialog->changesText();
        if (!confirm) {
            dialog->reject();
            return;
        }
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), m_profileName);
        QVERIFY(dialog->okButton()->isEnabled());
        if (!screenshotName.isEmpty())
            screenshot(dialog, screenshotName);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    timer->start();
}

void TestDestructive::screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("RKA_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name));
}

// --- permanent delete ----------------------------------------------------------------------------------

void TestDestructive::purgeListsEveryRedisKeyAndAsks()
{
    MainWindow w(nullptr);
    open(w, false);
    const QByteArray k10 = idOf(u"k10"_s);
    const QList<QByteArray> doomed = expectedDoomed(k10);
    QVERIFY2(doomed.size() >= 3, "k10 has usage data besides its hash");
    const Snapshot before = snapshot();

    selectInTrash(w, k10);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w.purgeSelectedInTrash();
    QTRY_VERIFY(MessageBox::lastText().contains(u"permanently"_s));
    const QString text = MessageBox::lastText();
    const QString details = MessageBox::lastDetails();
    QVERIFY2(text.contains(u"k10-soft-deleted"_s) && text.contains(QString::fromLatin1(k10)),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"\\b%1 Redis key"_s.arg(doomed.size()))), qPrintable(text));
    for (const QByteArray& k : doomed)
        QVERIFY2(details.contains(QString::fromUtf8(k)), k.constData());
    QVERIFY(w.statusText().contains(u"Cancelled"_s));
    QCOMPARE(snapshot(), before);

    // A screenshot of the question as the user sees it.
    QMessageBox box(QMessageBox::Question, tr("Delete permanently"), text,
                    QMessageBox::Yes | QMessageBox::Cancel);
    box.setDetailedText(details);
    box.show();
    screenshot(&box, u"purge-question.png"_s);
    box.close();

    QSignalSpy written(&w, &MainWindow::writeFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.purgeSelectedInTrash();
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 1; }, 10000));
    QList<QByteArray> removed;
    QList<QByteArray> changed;
    removedAndChanged(before, snapshot(), &removed, &changed);
    QCOMPARE(removed, doomed); // exactly what was listed, nothing more
    QCOMPARE(m_server.command({"KEYS", "*" + k10 + "*"}), QByteArray());
}

void TestDestructive::emptyTrashListsEveryKey()
{
    MainWindow w(nullptr);
    open(w, false);
    const QByteArray k07 = idOf(u"k07"_s);
    const QByteArray k10 = idOf(u"k10"_s);
    QSignalSpy written(&w, &MainWindow::writeFinished);
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    w.selectIds({k07});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.trashSelected();
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 1 && loaded.count() >= 1; }, 10000));
    QCOMPARE(w.trashModel()->rowCount(), 2);
    QList<QByteArray> doomed = expectedDoomed(k07) + expectedDoomed(k10);
    std::sort(doomed.begin(), doomed.end());
    const Snapshot before = snapshot();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w.emptyTrash();
    QTRY_VERIFY(MessageBox::lastText().contains(u"in the trash permanently"_s));
    const QString text = MessageBox::lastText();
    for (const QString& name : {u"k07-disabled"_s, u"k10-soft-deleted"_s})
        QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"In all %1 Redis key"_s.arg(doomed.size()))),
             qPrintable(text));
    for (const QByteArray& k : doomed)
        QVERIFY2(MessageBox::lastDetails().contains(QString::fromUtf8(k)), k.constData());
    QCOMPARE(snapshot(), before);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.emptyTrash();
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 2; }, 10000));
    QList<QByteArray> removed;
    QList<QByteArray> changed;
    removedAndChanged(before, snapshot(), &removed, &changed);
    QCOMPARE(removed, doomed);
}

void TestDestructive::productionPurgeAsksForTheName()
{
    MainWindow w(nullptr);
    open(w, true);
    const QByteArray k10 = idOf(u"k10"_s);
    const QList<QByteArray> doomed = expectedDoomed(k10);
    const Snapshot before = snapshot();
    selectInTrash(w, k10);

    // Yes to the question, then cancel the production confirmation: nothing written.
    QString shown;
    answerProduction(false, &shown);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.purgeSelectedInTrash();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QVERIFY2(shown.contains(u"k10-soft-deleted"_s), qPrintable(shown));
    for (const QByteArray& k : doomed)
        QVERIFY2(shown.contains(QString::fromUtf8(k)), k.constData());
    QTest::qWait(200);
    QCOMPARE(snapshot(), before);
    QVERIFY(w.statusText().contains(u"Cancelled"_s));

    // Typing the name lets it through.
    shown.clear();
    QSignalSpy written(&w, &MainWindow::writeFinished);
    answerProduction(true, &shown, u"production-confirm-purge.png"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.purgeSelectedInTrash();
    QVERIFY(QTest::qWaitFor([&] { return written.count() == 1; }, 10000));
    QList<QByteArray> removed;
    QList<QByteArray> changed;
    removedAndChanged(before, snapshot(), &removed, &changed);
    QCOMPARE(removed, doomed);
}

// --- tags ---------------------------------------------------------------------------------------------

void TestDestructive::tagDeleteNamesTheKeysAndAsks()
{
    MainWindow w(nullptr);
    open(w, true);
    const QByteArray k10 = idOf(u"k10"_s); // deleted: keeps its tags, as the service leaves it
    const QByteArray k11 = idOf(u"k11"_s);
    const QByteArray k10Tags = m_server.command({"HGET", "apikey:" + k10, "tags"});
    QVERIFY(k10Tags.contains("\"old\""));
    QVERIFY(m_server.command({"HGET", "apikey:" + k11, "tags"}).contains("\"old\""));
    w.manageTags();
    auto* dialog = w.findChild<TagManagerDialog*>();
    QVERIFY(dialog);
    dialog->selectTag(u"old"_s);
    QCOMPARE(dialog->selectedTag(), u"old"_s);
    const Snapshot before = snapshot();

    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->deleteSelected();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"k11-restored"_s) && text.contains(QString::fromLatin1(k11)), qPrintable(text));
    QVERIFY2(!text.contains(u"k10-soft-deleted"_s), qPrintable(text));
    QVERIFY2(text.contains(u"from 1 key"_s), qPrintable(text));
    QCOMPARE(snapshot(), before);

    QString shown;
    answerProduction(false, &shown);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->deleteSelected();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QVERIFY2(shown.contains(u"k11-restored"_s) && shown.contains(u"remove tag \"old\""_s), qPrintable(shown));
    QCOMPARE(dialog->statusText(), u"Cancelled; nothing was written."_s);
    QCOMPARE(snapshot(), before);

    shown.clear();
    QSignalSpy changedTags(dialog, &TagManagerDialog::tagsChanged);
    answerProduction(true, &shown);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->deleteSelected();
    QVERIFY(QTest::qWaitFor([&] { return changedTags.count() == 1; }, 10000));
    QList<QByteArray> removed;
    QList<QByteArray> changed;
    removedAndChanged(before, snapshot(), &removed, &changed);
    QCOMPARE(removed, QList<QByteArray>());
    QCOMPARE(changed, QList<QByteArray> {"apikey:" + k11});
    QVERIFY(!m_server.command({"HGET", "apikey:" + k11, "tags"}).contains("\"old\""));
    QCOMPARE(m_server.command({"HGET", "apikey:" + k10, "tags"}), k10Tags);
    dialog->reject();
}

// --- health check repairs -----------------------------------------------------------------------------

void TestDestructive::healthRepairListsWhatItChangesAndAsks()
{
    MainWindow w(nullptr);
    open(w, true);
    w.showHealthCheck();
    auto* dialog = w.findChild<HealthDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning() && !dialog->findings().isEmpty(), 10000);
    QVERIFY(dialog->canRepair());
    QVERIFY(dialog->repairButton()->isVisible());
    dialog->checkAllRepairable();
    const QList<relay::HealthFinding> chosen = dialog->checkedFindings();
    QVERIFY2(chosen.size() >= 3, "the 1.1.235 fixture has several repairable findings");
    dialog->findingsView()->setCurrentItem(dialog->findingsView()->topLevelItem(0));
    screenshot(dialog, u"health-dialog.png"_s);
    const Snapshot before = snapshot();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->repairButton(), Qt::LeftButton);
    const QString text = MessageBox::lastText();
    const QString details = MessageBox::lastDetails();
    QVERIFY2(text.contains(u"Run %1 repair"_s.arg(chosen.size())), qPrintable(text));
    for (const relay::HealthFinding& f : chosen)
        QVERIFY2(details.contains(relay::HealthText::kindTitle(f.kind)), qPrintable(details));
    QCOMPARE(dialog->statusText(), u"Cancelled; nothing was written."_s);
    QCOMPARE(snapshot(), before);

    QString shown;
    answerProduction(false, &shown);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->repairChecked();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QCOMPARE(shown, details); // the production dialog lists the same repairs, command by command
    QCOMPARE(snapshot(), before);

    shown.clear();
    QSignalSpy repaired(dialog, &HealthDialog::repaired);
    QSignalSpy loaded(&w, &MainWindow::keysLoaded);
    answerProduction(true, &shown, u"production-confirm-repair.png"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->repairChecked();
    QVERIFY(QTest::qWaitFor([&] { return repaired.count() == 1; }, 10000));
    QList<QByteArray> removed;
    QList<QByteArray> changed;
    removedAndChanged(before, snapshot(), &removed, &changed);
    QVERIFY(!removed.isEmpty());
    // Every key that vanished was announced as deleted, every changed one as deleted or changed.
    for (const QByteArray& k : removed)
        QVERIFY2(text.contains(u"delete "_s + QString::fromUtf8(k)) || details.contains(QString::fromUtf8(k)),
                 k.constData());
    for (const QByteArray& k : changed)
        QVERIFY2(details.contains(QString::fromUtf8(k)), k.constData());
    // ...and every key announced as deleted is gone.
    static const QRegularExpression deleteLine(u"^delete (.+)$"_s, QRegularExpression::MultilineOption);
    for (auto it = deleteLine.globalMatch(text); it.hasNext();) {
        const QByteArray k = it.next().captured(1).toUtf8();
        QVERIFY2(removed.contains(k), k.constData());
    }
    // The report runs again on the reloaded keys: the repaired findings are gone.
    QVERIFY2(dialog->statusText().startsWith(u"Repaired"_s), qPrintable(dialog->statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !dialog->isRunning(), 10000);
    auto signature = [](const relay::HealthFinding& f) -> QString {
        return QString(relay::HealthText::kindId(f.kind)) + u':' + QString::fromUtf8(f.keyId);
    };
    QStringList remaining;
    for (const relay::HealthFinding& f : dialog->findings())
        remaining << signature(f);
    for (const relay::HealthFinding& f : chosen)
        QVERIFY2(!remaining.contains(signature(f)), qPrintable(signature(f)));
    dialog->reject();
}

// --- the command line tool ---------------------------------------------------------------------------

void TestDestructive::cliPurgeAndClearTrashListWhatTheyRemove()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RKA_CLI")), "RKA_CLI must name the built tool");
    QTemporaryDir dir;
    auto cli = [&](const QStringList& args, QByteArray* out) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"REDIS_PASSWORD"_s);
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("RKA_CLI"),
                QStringList {u"--port"_s, QString::number(m_server.port()), u"--audit-log"_s,
                             dir.filePath(u"audit.log"_s), u"--operator"_s, u"tester"_s} +
                    args);
        p.closeWriteChannel(); // not a terminal: the question cannot be asked
        if (!p.waitForFinished(30000))
            return -1;
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    const QByteArray k10 = idOf(u"k10"_s);
    const QList<QByteArray> doomed = expectedDoomed(k10);
    const Snapshot before = snapshot();
    QByteArray out;
    // Without --yes and without a terminal: the list, then a refusal; nothing removed.
    QCOMPARE(cli({u"purge"_s, u"k10-soft-deleted"_s}, &out), 2);
    QVERIFY2(out.contains(QByteArray("k10-soft-deleted (" + k10 + "): " + QByteArray::number(doomed.size()) +
                                     " Redis key")),
             out.constData());
    QCOMPARE(snapshot(), before);
    QCOMPARE(cli({u"clear-trash"_s}, &out), 2);
    QVERIFY2(out.contains(QByteArray("k10-soft-deleted (" + k10 + ")")), out.constData());
    QVERIFY2(out.contains(QByteArray("In all " + QByteArray::number(doomed.size()) + " Redis key")),
             out.constData());
    QCOMPARE(snapshot(), before);
    // With --yes: exactly the listed keys go.
    QCOMPARE(cli({u"clear-trash"_s, u"--yes"_s}, &out), 0);
    QList<QByteArray> removed;
    QList<QByteArray> changed;
    removedAndChanged(before, snapshot(), &removed, &changed);
    QCOMPARE(removed, doomed);
}

QTEST_MAIN(TestDestructive)
#include "tst_destructive.moc"
