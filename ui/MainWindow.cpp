#include "MainWindow.h"

#include "ConnectionDialog.h"
#include "MessageBox.h"

#include "redis/ServerSummary.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildWelcomePage());
    m_pages->addWidget(buildSummaryPage());
    setCentralWidget(m_pages);
    buildMenus();
    statusBar()->showMessage(tr("Not connected"));
    resize(960, 640);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect…"), this, &MainWindow::showConnectDialog);
    connectAction->setShortcut(QKeySequence::Open);
    m_disconnectAction = file->addAction(tr("&Disconnect"), this, &MainWindow::disconnectFromServer);
    m_refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refreshSummary);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    m_disconnectAction->setEnabled(false);
    m_refreshAction->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Relay Key Admin"), this, [this] {
        MessageBox::information(
            this, tr("About Relay Key Admin"),
            tr("Relay Key Admin %1\nManages claude-relay-service API keys directly in the "
               "service's Redis.")
                .arg(QString::fromLatin1(RKA_VERSION)));
    });
}

QWidget* MainWindow::buildWelcomePage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* title = new QLabel(tr("Relay Key Admin"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto* text =
        new QLabel(tr("Connect to the Redis server of a claude-relay-service deployment to manage its API "
                      "keys."));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto* button = new QPushButton(tr("Connect…"));
    button->setObjectName(u"welcomeConnectButton"_s);
    connect(button, &QPushButton::clicked, this, &MainWindow::showConnectDialog);
    layout->addWidget(title);
    layout->addWidget(text);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(button);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget* MainWindow::buildSummaryPage()
{
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);
    auto* heading = new QLabel(tr("Connected server"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    outer->addWidget(heading);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    const QList<std::pair<QString, QString>> rows = {
        {u"endpoint"_s, tr("Server:")},
        {u"version"_s, tr("Redis version:")},
        {u"database"_s, tr("Database:")},
        {u"keys"_s, tr("Keys in the database:")},
        {u"memory"_s, tr("Memory used by Redis:")},
        {u"tls"_s, tr("TLS:")},
        {u"mode"_s, tr("Mode:")},
        {u"state"_s, tr("Connection:")},
    };
    for (const auto& [name, label] : rows) {
        auto* value = new QLabel;
        value->setObjectName(name + u"Value"_s);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.insert(name, value);
        form->addRow(label, value);
    }
    outer->addLayout(form);
    outer->addStretch();
    return page;
}

QString MainWindow::summaryValue(const QString& name) const
{
    const QLabel* l = m_values.value(name);
    return l ? l->text() : QString();
}

void MainWindow::showConnectDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new ConnectionDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_connection)
        m_dialog->setSettings(m_connection->settings());
    connect(m_dialog, &QDialog::accepted, this, [this] { setConnection(m_dialog->takeConnection()); });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open(); // window-modal, never a nested blocking loop
}

void MainWindow::setConnection(std::unique_ptr<redis::Connection> connection)
{
    m_connection = std::move(connection);
    if (!m_connection)
        return;
    m_connection->setParent(nullptr);
    connect(m_connection.get(), &redis::Connection::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_connection.get(), &redis::Connection::ready, this, &MainWindow::refreshSummary);
    connect(m_connection.get(), &redis::Connection::reconnectScheduled, this,
            [this](int attempt, int delayMs) {
                statusBar()->showMessage(tr("Connection lost: %1 Reconnecting in %2 s (attempt %3)…")
                                             .arg(m_connection->lastError().message)
                                             .arg(delayMs / 1000.0, 0, 'f', 1)
                                             .arg(attempt));
            });
    const redis::ConnectionSettings& s = m_connection->settings();
    m_values[u"endpoint"_s]->setText(s.endpoint());
    m_values[u"database"_s]->setText(QString::number(s.database));
    m_values[u"tls"_s]->setText(!s.tls.enabled         ? tr("off")
                                    : s.tls.verifyPeer ? tr("on, certificate verified")
                                                       : tr("on, certificate NOT verified"));
    m_values[u"mode"_s]->setText(s.readOnly ? tr("read-only") : tr("read and write"));
    m_pages->setCurrentIndex(1);
    m_disconnectAction->setEnabled(true);
    m_refreshAction->setEnabled(true);
    onStateChanged(m_connection->state());
    updateTitle();
    refreshSummary();
}

void MainWindow::refreshSummary()
{
    if (!m_connection || !m_connection->isReady())
        return;
    redis::fetchServerSummary(
        *m_connection, this, [this](const redis::ServerSummary& summary, const redis::RedisError& error) {
            m_values[u"version"_s]->setText(summary.version);
            if (error) {
                statusBar()->showMessage(error.message);
                return;
            }
            m_values[u"keys"_s]->setText(QLocale().toString(summary.keyCount));
            m_values[u"memory"_s]->setText(QLocale().formattedDataSize(summary.usedMemoryBytes));
            emit summaryRefreshed();
        });
}

void MainWindow::disconnectFromServer()
{
    if (m_connection)
        m_connection->close();
    m_connection.reset();
    m_pages->setCurrentIndex(0);
    m_disconnectAction->setEnabled(false);
    m_refreshAction->setEnabled(false);
    statusBar()->showMessage(tr("Not connected"));
    updateTitle();
}

void MainWindow::onStateChanged(redis::Connection::State state)
{
    using S = redis::Connection::State;
    QString text;
    switch (state) {
    case S::Ready:
        text = tr("Connected to %1 (Redis %2, database %3)")
                   .arg(m_connection->settings().endpoint(), m_connection->serverVersion())
                   .arg(m_connection->settings().database);
        break;
    case S::Connecting:
        text = tr("Connecting to %1…").arg(m_connection->settings().endpoint());
        break;
    case S::Reconnecting:
        text = tr("Connection lost, reconnecting: %1").arg(m_connection->lastError().message);
        break;
    case S::Failed:
        text = tr("Not connected: %1").arg(m_connection->lastError().message);
        break;
    case S::Disconnected:
        text = tr("Not connected");
        break;
    }
    m_values[u"state"_s]->setText(text);
    statusBar()->showMessage(text);
}

void MainWindow::updateTitle()
{
    QString title = tr("Relay Key Admin");
    if (m_connection) {
        const redis::ConnectionSettings& s = m_connection->settings();
        title = tr("%1/%2 — Relay Key Admin").arg(s.endpoint()).arg(s.database);
        if (s.readOnly)
            title += u' ' + tr("[read-only]");
    }
    setWindowTitle(title);
}

} // namespace rka::ui
