// relay-key-admin: the GUI. Thin: set up the application, show the main window.

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Relay Key Admin"_s);
    QApplication::setOrganizationName(u"RelayKeyAdmin"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(RKA_VERSION));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(RKA_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage claude-relay-service API keys in the service's Redis."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    rka::ui::MainWindow window;
    window.show();
    QTimer::singleShot(0, &window, &rka::ui::MainWindow::showConnectDialog);
    return app.exec();
}
