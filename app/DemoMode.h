#pragma once

#include "support/LocalRedisServer.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace rka::redis {
class Connection;
}
namespace rka::ui {
class MainWindow;
}

namespace rka::app {

// relay-key-admin --demo: a private redis-server (free loopback port, temporary directory, no
// persistence), filled through core with the demo data set (relay::DemoData), opened in the main
// window under an in-memory profile named "Demo" that is never saved, with a random ENCRYPTION_KEY
// that lives in memory only and an audit log in the temporary directory. The server stops when this
// object goes away, i.e. when the program exits.
class DemoMode : public QObject
{
    Q_OBJECT
public:
    explicit DemoMode(ui::MainWindow* window, QObject* parent = nullptr);
    ~DemoMode() override;

    // Starts the server and the seeding; opened() or failed() follows.
    void start();
    quint16 port() const { return m_server.port(); }

signals:
    // The demo profile is open and its key list has loaded.
    void opened();
    void failed(const QString& message);

private:
    void openSession(const QByteArray& encryptionKey);

    ui::MainWindow* m_window;
    support::LocalRedisServer m_server;
    std::unique_ptr<redis::Connection> m_seeding;
    QTemporaryDir m_dir;
    bool m_opened = false;
};

} // namespace rka::app
