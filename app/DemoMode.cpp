#include "DemoMode.h"

#include "MainWindow.h"

#include "redis/Connection.h"
#include "relay/DemoData.h"
#include "support/Profile.h"

#include <QCoreApplication>
#include <QStatusBar>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace rka::app {

DemoMode::DemoMode(ui::MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{ }

DemoMode::~DemoMode()
{
    // The window's session goes first (the window is destroyed before this object), then the server.
    m_seeding.reset();
    m_server.stop();
}

void DemoMode::start()
{
    m_window->statusBar()->showMessage(tr("Demo: starting a private redis-server…"));
    QCoreApplication::processEvents();
    if (!m_server.start()) {
        emit failed(tr("Demo mode needs redis-server: %1").arg(m_server.errorString()));
        return;
    }
    // On the terminal, so that the command line tool can be pointed at the same data.
    QTextStream(stderr) << tr("Demo: redis-server on 127.0.0.1:%1 with made-up data; it stops when the "
                              "program exits.")
                               .arg(m_server.port())
                        << Qt::endl;

    redis::ConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_server.port();
    m_seeding = std::make_unique<redis::Connection>();
    m_seeding->setSettings(settings);
    connect(m_seeding.get(), &redis::Connection::failed, this, [this](const redis::RedisError& error) {
        emit failed(tr("Demo mode cannot reach its redis-server: %1").arg(error.message));
    });
    connect(m_seeding.get(), &redis::Connection::ready, this, [this] {
        m_window->statusBar()->showMessage(tr("Demo: writing 90 days of made-up keys and usage…"));
        relay::DemoData::Options options;
        options.encryptionKey = relay::DemoData::generateEncryptionKey();
        const QByteArray key = options.encryptionKey;
        relay::DemoData::seed(
            *m_seeding, options, this, [this, key](const relay::DemoData::Summary& summary) {
                if (!summary.error.isEmpty()) {
                    emit failed(tr("The demo data could not be written: %1").arg(summary.error));
                    return;
                }
                qInfo("demo: %d keys, %lld requests, %lld commands, planned in %lld ms, written in %lld ms",
                      summary.keys, summary.requests, summary.commands, summary.planMs, summary.writeMs);
                // Not deleted here: this runs inside one of the connection's own callbacks.
                m_seeding.release()->deleteLater();
                openSession(key);
            });
    });
    m_seeding->open();
}

void DemoMode::openSession(const QByteArray& encryptionKey)
{
    support::Profile profile;
    // No id: the main window never stores it nor makes it the last used profile.
    profile.name = tr("Demo");
    profile.demo = true;
    profile.connection.host = u"127.0.0.1"_s;
    profile.connection.port = m_server.port();
    profile.operatorName = u"demo"_s;
    profile.baseUrl = u"http://127.0.0.1:3000"_s;
    profile.emptyDatabaseRelease = relay::DataModel::Release1_1_302;
    profile.secretStorage = support::SecretStorage::AskEveryTime;
    if (m_dir.isValid())
        m_window->setAuditLogPath(m_dir.filePath(u"audit.log"_s));
    connect(m_window, &ui::MainWindow::keysLoaded, this, [this] {
        if (m_opened)
            return;
        m_opened = true;
        emit opened();
    });
    m_window->openSession(profile, QString(), encryptionKey);
}

} // namespace rka::app
