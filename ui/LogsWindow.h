#pragma once

#include "Retranslate.h"
#include "redis/Connection.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace rka::ui {

class AuditLogModel;
class CommandLogModel;

// A window with the connection's command log (refreshed every 2 s while visible, with totals of
// commands, round trips and bytes) and the audit log of the current profile. Each tab has a
// filter box that matches any column.
class LogsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit LogsWindow(QWidget* parent = nullptr);
    ~LogsWindow() override;

    // The connection whose command log is shown; nullptr = none. Not owned.
    void setConnection(redis::Connection* connection);
    // The audit log file and the profile whose entries are shown ("" = every profile).
    void setAuditLog(const QString& path, const QString& profile);

    CommandLogModel* commandModel() const { return m_commandModel; }
    AuditLogModel* auditModel() const { return m_auditModel; }
    QSortFilterProxyModel* commandProxy() const { return m_commandProxy; }
    QSortFilterProxyModel* auditProxy() const { return m_auditProxy; }
    QTabWidget* tabs() const { return m_tabs; }
    QString totalsText() const;
    bool isAutoRefreshing() const;

public slots:
    void refresh();
    void refreshCommands();
    void refreshAudit();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

    void changeEvent(QEvent* event) override;

private:
    QWidget* buildCommandTab();
    QWidget* buildAuditTab();

    QPointer<redis::Connection> m_connection;
    QString m_auditPath;
    QString m_profile;
    QTabWidget* m_tabs = nullptr;
    CommandLogModel* m_commandModel = nullptr;
    AuditLogModel* m_auditModel = nullptr;
    QSortFilterProxyModel* m_commandProxy = nullptr;
    QSortFilterProxyModel* m_auditProxy = nullptr;
    QTableView* m_commandView = nullptr;
    QTableView* m_auditView = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_auditInfo = nullptr;
    QTimer* m_timer = nullptr;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
