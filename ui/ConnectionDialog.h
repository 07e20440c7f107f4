#pragma once

#include "redis/Connection.h"
#include "redis/ConnectionSettings.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class ConnectionDialog;
}

namespace rka::ui {

// Asks for connection settings and connects without blocking: the attempt runs while the dialog
// stays responsive, an error is shown in the dialog in words, and the dialog closes once the
// server has answered AUTH, SELECT and PING.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    void setSettings(const redis::ConnectionSettings& settings);
    redis::ConnectionSettings settings() const;

    // After the dialog was accepted: the open connection.
    std::unique_ptr<redis::Connection> takeConnection();
    QString statusText() const;

public slots:
    void tryConnect();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString validate() const;
    void showStatus(const QString& text, bool isError);
    void browse(QLineEdit* target, const QString& caption);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QPushButton* m_connectButton = nullptr;
    std::unique_ptr<redis::Connection> m_connection;
};

} // namespace rka::ui
