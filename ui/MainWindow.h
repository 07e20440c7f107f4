#pragma once

#include "Session.h"

#include "relay/KeyWrite.h"
#include "support/Profile.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QToolBar;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace rka::ui {

class KeyDetailWidget;
class KeyEditorDialog;
struct EditorContext;
class KeyFilterBar;
class KeyFilterProxy;
class KeyTableModel;
class LogsWindow;
class ProfileBanner;
class TrashModel;
class UsageRecordsWidget;
class KeyChartsWidget;
class DashboardWidget;

// The main window: the profile switcher and banner, the key table with its filters and the detail
// pane, the trash, and every key action the web admin offers (editing comes with the editor).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(support::ProfileStore* profiles, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a profile with its secrets (the GUI asks the secret store or the user first).
    void openSession(const support::Profile& profile, const QString& password,
                     const QByteArray& encryptionKey);
    void closeSession();
    // Where the next sessions' audit log goes; empty = AuditLog::defaultPath() (demo mode keeps its own).
    void setAuditLogPath(const QString& path) { m_auditLogPath = path; }
    Session* session() const { return m_session.get(); }

    // For tests and the screenshot.
    KeyTableModel* keyModel() const { return m_model; }
    KeyFilterProxy* keyProxy() const { return m_proxy; }
    QTableView* keyView() const { return m_view; }
    KeyFilterBar* filterBar() const { return m_filters; }
    KeyDetailWidget* detailPane() const { return m_detail; }
    UsageRecordsWidget* recordsPane() const { return m_records; }
    // Charts (MainWindowCharts.cpp): the detail pane's "Charts" tab and the "Dashboard" tab.
    KeyChartsWidget* chartsPane() const { return m_keyCharts; }
    DashboardWidget* dashboard() const { return m_dashboard; }
    // Writes the whole key list (KeyExport; keys in the trash are left out, as in the CLI) to `path`.
    enum class ExportFormat { Csv, Json };
    bool exportKeyList(const QString& path, ExportFormat format, QString* error = nullptr) const;
    TrashModel* trashModel() const { return m_trash; }
    QTableView* trashView() const { return m_trashView; }
    QTabWidget* tabs() const { return m_tabs; }
    LogsWindow* logsWindow() const { return m_logs.get(); }
    QAction* action(const QString& objectName) const;
    QString statusText() const;
    bool isLoading() const;

    QList<QByteArray> selectedIds() const;
    void selectIds(const QList<QByteArray>& ids);
    QList<QByteArray> selectedTrashIds() const;

public slots:
    void refresh();
    void selectAllMatching();
    void setSelectedActive(bool active);
    void addTagToSelected(const QString& tag = QString());
    void removeTagFromSelected(const QString& tag = QString());
    void trashSelected();
    void regenerateCurrent();
    void copyCurrentId();
    void restoreSelectedInTrash();
    void purgeSelectedInTrash();
    void emptyTrash();
    void showLogs();
    void newKey();
    void editCurrent();
    void batchCreate();
    void batchEdit();
    void manageTags();
    void showHealthCheck();
    void switchProfile(const QString& profileId);
    void addProfile();
    void editProfile();
    void quickConnect();

signals:
    void keysLoaded();
    void writeFinished(const rka::relay::WriteResult& result);
    // The session is about to go away: windows that use its connection close first.
    void sessionClosing();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Sets every text of the window and its menus (QEvent::LanguageChange).
    void retranslateUi();
    void buildCharts(); // MainWindowCharts.cpp
    void retranslateCharts();
    void updateKeyCharts(bool reload);
    void chooseKeyListExport(ExportFormat format);
    void buildActions();
    void buildMenus();
    QWidget* buildKeysPage();
    QWidget* buildTrashPage();
    QWidget* buildWelcomePage();
    void updateActions();
    void updateTitle();
    void updateCounts();
    void onKeysAvailable(int first, int count);
    void onLoadFinished(const QString& error);
    void onCurrentKeyChanged();
    void lookupPlaintext(const QByteArray& plaintext);
    void refillProfileMenu();
    void connectWithSecrets(const support::Profile& profile);
    void openEditor(KeyEditorDialog* dialog);
    EditorContext editorContext() const;
    void saveSecrets(const support::Profile& profile, const QString& password,
                     const QByteArray& encryptionKey);
    void removeSecrets(const support::Profile& profile);

    // Every write goes through here: a production profile first shows `changes` and asks for the
    // profile's name; the result is reported and the list reloaded.
    using WriteOperation = std::function<void(relay::KeyWriter&, relay::KeyWriter::Callback)>;
    void runWrite(const QString& title, const QStringList& changes, const WriteOperation& operation,
                  std::function<void(const relay::WriteResult&)> after = {});
    bool confirmProduction(const QString& title, const QStringList& changes);
    // Permanent delete: lists every key with the Redis keys that go with it and asks, then runWrite.
    void confirmPurge(const QString& title, const QList<QByteArray>& ids, const QString& question);
    QStringList describe(const QList<QByteArray>& ids, const QString& what) const;
    QString keyName(const QByteArray& id) const;

    support::ProfileStore* m_profiles;
    std::unique_ptr<Session> m_session;
    QStackedWidget* m_pages = nullptr;
    ProfileBanner* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
    KeyTableModel* m_model = nullptr;
    KeyFilterProxy* m_proxy = nullptr;
    KeyFilterBar* m_filters = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    KeyDetailWidget* m_detail = nullptr;
    UsageRecordsWidget* m_records = nullptr;
    KeyChartsWidget* m_keyCharts = nullptr;
    DashboardWidget* m_dashboard = nullptr;
    TrashModel* m_trash = nullptr;
    QTableView* m_trashView = nullptr;
    std::unique_ptr<LogsWindow> m_logs; // a top-level window of its own
    QLabel* m_countLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_tick = nullptr;
    QTimer* m_autoRefresh = nullptr;
    QMenu* m_profileMenu = nullptr;
    QHash<QString, QAction*> m_actions;
    // Texts set by retranslateUi(): the actions' source texts (QT_TR_NOOP), menus, pages.
    QHash<QString, const char*> m_actionTexts;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_keysMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_aboutAction = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_welcomeTitle = nullptr;
    QLabel* m_welcomeText = nullptr;
    QPushButton* m_welcomeAdd = nullptr;
    QPushButton* m_welcomeQuick = nullptr;
    QLabel* m_trashNote = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_purgeButton = nullptr;
    QPushButton* m_emptyTrashButton = nullptr;
    bool m_writing = false;
    QString m_auditLogPath;
};

} // namespace rka::ui
