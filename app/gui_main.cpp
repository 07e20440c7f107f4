// relay-key-admin: the GUI. Thin: set up the application, show the main window.

#include "MainWindow.h"

#include "support/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Relay Key Admin"_s);
    QApplication::setOrganizationName(u"RelayKeyAdmin"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(RKA_VERSION));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(RKA_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/"_s + QString::fromLatin1(RKA_APP_ID) + u".svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage claude-relay-service API keys in the service's Redis."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    rka::support::ProfileStore profiles;
    rka::ui::MainWindow window(&profiles);
    window.show();
    // Reopen the profile used last time, asking the keychain (or the user) for its secrets.
    const QString last = profiles.lastUsedId();
    if (!last.isEmpty())
        QTimer::singleShot(0, &window, [&window, last] { window.switchProfile(last); });
    return app.exec();
}
