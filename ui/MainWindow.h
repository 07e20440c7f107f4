#pragma once

#include "redis/Connection.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;

namespace rka::ui {

class ConnectionDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes an open connection and shows what it is connected to.
    void setConnection(std::unique_ptr<redis::Connection> connection);
    redis::Connection* connection() const { return m_connection.get(); }

    // For tests and the screenshot: the values the summary shows.
    QString summaryValue(const QString& name) const;
    ConnectionDialog* connectionDialog() const { return m_dialog; }

public slots:
    void showConnectDialog();
    void refreshSummary();
    void disconnectFromServer();

signals:
    void summaryRefreshed();

private:
    void buildMenus();
    QWidget* buildWelcomePage();
    QWidget* buildSummaryPage();
    void onStateChanged(redis::Connection::State state);
    void updateTitle();

    std::unique_ptr<redis::Connection> m_connection;
    ConnectionDialog* m_dialog = nullptr;
    QStackedWidget* m_pages = nullptr;
    QHash<QString, QLabel*> m_values;
    QAction* m_disconnectAction = nullptr;
    QAction* m_refreshAction = nullptr;
};

} // namespace rka::ui
