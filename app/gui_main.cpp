// relay-key-admin: the GUI. Thin: set up the application, show the main window.

#include "DemoMode.h"
#include "KeyTableModel.h"
#include "Language.h"
#include "MainWindow.h"

#include "support/Profile.h"
#include "support/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Relay Key Admin"_s);
    QApplication::setOrganizationName(u"RelayKeyAdmin"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(RKA_VERSION));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(RKA_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/"_s + QString::fromLatin1(RKA_APP_ID) + u".svg"_s));

    // The language before any text is shown: --lang for this run, else the one chosen in the
    // language menu, else the system's.
    QString languageError;
    const bool knownLanguage = rka::ui::Language::applyAtStart(app.arguments(), &languageError);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage claude-relay-service API keys in the service's Redis."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"lang"_s,
         QCoreApplication::translate("main", "Language of the interface: %1 (default: the system's).")
             .arg(rka::support::Translations::available().join(u", "_s)),
         QCoreApplication::translate("main", "language")});
    parser.addOption(
        {u"demo"_s,
         QCoreApplication::translate("main",
                                     "Show the program with made-up data: a private redis-server, "
                                     "filled with about 60 keys and 90 days of usage, stopped on exit.")});
    parser.addOption({u"screenshot"_s,
                      QCoreApplication::translate(
                          "main",
                          "Once the key list has loaded, sort it by cost, select the first key, save a "
                          "picture of the main window to <file> and quit (for documentation and tests)."),
                      QCoreApplication::translate("main", "file")});
    parser.addOption({u"quit-after-ms"_s,
                      QCoreApplication::translate("main", "Quit after <ms> milliseconds (for tests)."),
                      QCoreApplication::translate("main", "ms")});
    parser.process(app);
    if (!knownLanguage)
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Relay Key Admin"), languageError);

    rka::support::ProfileStore profiles;
    // Declared before the window, so that the window (and its session) is gone before the demo's
    // redis-server stops.
    std::unique_ptr<rka::app::DemoMode> demo;
    rka::ui::MainWindow window(&profiles);
    const QString screenshot = parser.value(u"screenshot"_s);
    if (!screenshot.isEmpty())
        window.resize(1440, 900);
    window.show();
    if (parser.isSet(u"quit-after-ms"_s))
        QTimer::singleShot(parser.value(u"quit-after-ms"_s).toInt(), &app, [] { QCoreApplication::exit(3); });
    if (!screenshot.isEmpty()) {
        // The first key list: the busiest key first and selected, so the detail pane shows it; let it
        // load, take the picture.
        QObject::connect(&window, &rka::ui::MainWindow::keysLoaded, &window, [&window, screenshot] {
            window.keyView()->sortByColumn(rka::ui::KeyTableModel::Cost, Qt::DescendingOrder);
            if (window.keyView()->model()->rowCount() > 0)
                window.keyView()->selectRow(0);
            QTimer::singleShot(1500, &window, [&window, screenshot] {
                const bool saved = window.grab().save(screenshot);
                QCoreApplication::exit(saved ? 0 : 2);
            });
        });
    }
    if (parser.isSet(u"demo"_s)) {
        demo = std::make_unique<rka::app::DemoMode>(&window);
        QObject::connect(demo.get(), &rka::app::DemoMode::failed, &window, [&window](const QString& message) {
            window.statusBar()->showMessage(message);
            QMessageBox::critical(&window, QCoreApplication::translate("main", "Demo mode"), message);
        });
        QTimer::singleShot(0, demo.get(), [&demo] { demo->start(); });
        return app.exec();
    }
    // Reopen the profile used last time, asking the keychain (or the user) for its secrets.
    const QString last = profiles.lastUsedId();
    if (!last.isEmpty())
        QTimer::singleShot(0, &window, [&window, last] { window.switchProfile(last); });
    return app.exec();
}
