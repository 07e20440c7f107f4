#include "MainWindow.h"

#include "ConnectionDialog.h"
#include "KeyDetailWidget.h"
#include "KeyFilterBar.h"
#include "KeyFilterProxy.h"
#include "KeyTableDelegates.h"
#include "KeyTableModel.h"
#include "Language.h"
#include "LogsWindow.h"
#include "MessageBox.h"
#include "ProfileBanner.h"
#include "ProfileDialog.h"
#include "TrashModel.h"
#include "UsageRecordsWidget.h"

#include "relay/KeyLookup.h"
#include "support/Clock.h"
#include "support/SecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

MainWindow::MainWindow(support::ProfileStore* profiles, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
{
    setObjectName(u"mainWindow"_s);
    m_model = new KeyTableModel(this);
    m_proxy = new KeyFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setDeletedKeys(KeyFilterProxy::DeletedKeys::Exclude);
    m_trash = new TrashModel(this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ProfileBanner(central);
    layout->addWidget(m_banner);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(buildWelcomePage());
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildKeysPage(), QString());
    m_tabs->addTab(buildTrashPage(), QString());
    m_pages->addWidget(m_tabs);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildActions();
    buildMenus();
    buildCharts();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addPermanentWidget(m_countLabel);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);

    // The clock ticks once a second for countdowns, expiry and "last used" cells.
    m_tick = new QTimer(this);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_session)
            return;
        m_model->setNow(support::Clock::currentDateTimeUtc());
    });
    m_tick->start(1000);
    m_autoRefresh = new QTimer(this);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_session && !m_session->isLoading() && !m_writing)
            refresh();
    });

    resize(1280, 800);
    updateActions();
    retranslateUi(); // also the title and the profile menu
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildWelcomePage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* title = m_welcomeTitle = new QLabel;
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto* text = m_welcomeText = new QLabel;
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto* add = m_welcomeAdd = new QPushButton;
    add->setObjectName(u"welcomeAddProfile"_s);
    connect(add, &QPushButton::clicked, this, &MainWindow::addProfile);
    auto* quick = m_welcomeQuick = new QPushButton;
    connect(quick, &QPushButton::clicked, this, &MainWindow::quickConnect);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(add);
    row->addWidget(quick);
    row->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget* MainWindow::buildKeysPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 0);
    m_filters = new KeyFilterBar(m_proxy, page);
    layout->addWidget(m_filters);
    connect(m_filters, &KeyFilterBar::rangeChanged, this, [this](const relay::RangeSpec& range) {
        m_model->setRange(range);
        if (m_session)
            m_session->loadRange(range);
    });
    connect(m_filters, &KeyFilterBar::plaintextKeyEntered, this, &MainWindow::lookupPlaintext);

    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(u"keyTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(KeyTableModel::Created, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    installKeyTableDelegates(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentKeyChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateCounts();
    });
    connect(m_proxy, &QSortFilterProxyModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QSortFilterProxyModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QSortFilterProxyModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QSortFilterProxyModel::layoutChanged, this, &MainWindow::updateCounts);

    m_detailTabs = new QTabWidget(m_splitter);
    m_detail = new KeyDetailWidget(m_detailTabs);
    m_records = new UsageRecordsWidget(m_detailTabs);
    m_detailTabs->addTab(m_detail, QString());
    m_detailTabs->addTab(m_records, QString());
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_detailTabs->setMinimumWidth(320);
    m_splitter->setCollapsible(0, false);
    layout->addWidget(m_splitter, 1);
    return page;
}

QWidget* MainWindow::buildTrashPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 0);
    auto* bar = new QHBoxLayout;
    auto* note = m_trashNote = new QLabel;
    note->setWordWrap(true);
    bar->addWidget(note, 1);
    auto* restore = m_restoreButton = new QPushButton;
    restore->setObjectName(u"restoreButton"_s);
    connect(restore, &QPushButton::clicked, this, &MainWindow::restoreSelectedInTrash);
    auto* purge = m_purgeButton = new QPushButton;
    purge->setObjectName(u"purgeButton"_s);
    connect(purge, &QPushButton::clicked, this, &MainWindow::purgeSelectedInTrash);
    auto* empty = m_emptyTrashButton = new QPushButton;
    empty->setObjectName(u"emptyTrashButton"_s);
    connect(empty, &QPushButton::clicked, this, &MainWindow::emptyTrash);
    bar->addWidget(restore);
    bar->addWidget(purge);
    bar->addWidget(empty);
    layout->addLayout(bar);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_trash);
    proxy->setSortRole(TrashModel::SortRole);
    m_trashView = new QTableView(page);
    m_trashView->setObjectName(u"trashTable"_s);
    m_trashView->setModel(proxy);
    m_trashView->setSortingEnabled(true);
    m_trashView->sortByColumn(TrashModel::DeletedAt, Qt::DescendingOrder);
    m_trashView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trashView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_trashView->verticalHeader()->setVisible(false);
    m_trashView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_trashView, 1);
    return page;
}

void MainWindow::buildActions()
{
    // `text` is the source text, QT_TR_NOOP("..."): retranslateUi() sets the translation.
    auto add = [this](const QString& name, const auto& text, auto slot, const QKeySequence& shortcut = {}) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        if constexpr (std::is_convertible_v<decltype(text), const char*>)
            m_actionTexts.insert(name, text);
        else
            a->setText(text);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    add(u"refresh"_s, QT_TR_NOOP("&Refresh"), &MainWindow::refresh, QKeySequence::Refresh);
    add(u"selectAllMatching"_s, QT_TR_NOOP("Select all &matching"), &MainWindow::selectAllMatching,
        QKeySequence::SelectAll);
    add(u"enable"_s, QT_TR_NOOP("&Enable"), [this] { setSelectedActive(true); });
    add(u"disable"_s, QT_TR_NOOP("&Disable"), [this] { setSelectedActive(false); });
    add(u"addTag"_s, QT_TR_NOOP("Add &tag…"), [this] { addTagToSelected(); });
    add(u"removeTag"_s, QT_TR_NOOP("Remove ta&g…"), [this] { removeTagFromSelected(); });
    //: Soft delete: the selected API keys stop working and can be restored from the trash
    add(u"trash"_s, QT_TR_NOOP("Move to &trash…"), &MainWindow::trashSelected, QKeySequence::Delete);
    //: Give the selected API key a new secret (the old plaintext key stops working)
    add(u"regenerate"_s, QT_TR_NOOP("Re&generate key…"), &MainWindow::regenerateCurrent);
    //: Copy the id of the selected API key (not its secret)
    add(u"copyId"_s, QT_TR_NOOP("&Copy id"), &MainWindow::copyCurrentId);
    add(u"logs"_s, QT_TR_NOOP("&Logs"), &MainWindow::showLogs);
    //: Create a new API key
    add(u"newKey"_s, QT_TR_NOOP("&New key…"), &MainWindow::newKey, QKeySequence::New);
    add(u"editKey"_s, QT_TR_NOOP("&Edit key…"), &MainWindow::editCurrent, QKeySequence(Qt::CTRL | Qt::Key_E));
    add(u"batchCreate"_s, QT_TR_NOOP("&Batch create…"), &MainWindow::batchCreate);
    add(u"batchEdit"_s, QT_TR_NOOP("Edit &selected keys…"), &MainWindow::batchEdit);
    add(u"manageTags"_s, QT_TR_NOOP("&Manage tags…"), &MainWindow::manageTags);
    add(u"healthCheck"_s, QT_TR_NOOP("&Health check…"), &MainWindow::showHealthCheck);
    add(u"addProfile"_s, QT_TR_NOOP("&Add profile…"), &MainWindow::addProfile);
    add(u"editProfile"_s, QT_TR_NOOP("&Edit profile…"), &MainWindow::editProfile);
    add(u"quickConnect"_s, QT_TR_NOOP("&Quick connect…"), &MainWindow::quickConnect);
    add(u"disconnect"_s, QT_TR_NOOP("&Disconnect"), &MainWindow::closeSession);
    for (const char* name : {"editKey", "batchEdit", "enable", "disable", "addTag", "removeTag", "trash",
                             "regenerate", "copyId"})
        m_view->addAction(m_actions.value(QString::fromLatin1(name)));
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::editCurrent);
    connect(m_detail, &KeyDetailWidget::editRequested, this, [this](const QByteArray& id) {
        selectIds({id});
        editCurrent();
    });
}

void MainWindow::buildMenus()
{
    m_profileMenu = menuBar()->addMenu(QString());
    QMenu* view = m_viewMenu = menuBar()->addMenu(QString());
    view->addAction(action(u"refresh"_s));
    view->addAction(action(u"logs"_s));
    view->addAction(action(u"healthCheck"_s));
    QMenu* keys = m_keysMenu = menuBar()->addMenu(QString());
    for (const char* name : {"newKey", "batchCreate", "editKey", "batchEdit", "manageTags"})
        keys->addAction(action(QString::fromLatin1(name)));
    keys->addSeparator();
    for (const char* name : {"enable", "disable", "addTag", "removeTag", "trash", "regenerate", "copyId"})
        keys->addAction(action(QString::fromLatin1(name)));
    keys->addSeparator();
    keys->addAction(action(u"selectAllMatching"_s));
    QMenu* help = m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = help->addAction(QString(), this, [this] {
        MessageBox::information(
            this, tr("About Relay Key Admin"),
            tr("Relay Key Admin %1\nManages claude-relay-service API keys directly in the "
               "service's Redis.")
                .arg(QString::fromLatin1(RKA_VERSION)));
    });

    // The interface language, switched at once (Language.h).
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new LanguageMenu(m_viewMenu));

    QToolBar* tools = m_toolBar = addToolBar(QString());
    tools->setObjectName(u"mainToolBar"_s);
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* name : {"refresh", "newKey", "editKey", "enable", "disable", "addTag", "trash", "logs"})
        tools->addAction(action(QString::fromLatin1(name)));
}

void MainWindow::refillProfileMenu()
{
    m_profileMenu->clear();
    const QString current = m_session ? m_session->profile().id : QString();
    for (const support::Profile& p : m_profiles ? m_profiles->profiles() : QList<support::Profile>()) {
        QAction* a = m_profileMenu->addAction(p.displayTitle());
        a->setCheckable(true);
        a->setChecked(p.id == current);
        const QString id = p.id;
        connect(a, &QAction::triggered, this, [this, id] { switchProfile(id); });
    }
    if (!m_profileMenu->isEmpty())
        m_profileMenu->addSeparator();
    m_profileMenu->addAction(action(u"addProfile"_s));
    m_profileMenu->addAction(action(u"editProfile"_s));
    m_profileMenu->addAction(action(u"quickConnect"_s));
    m_profileMenu->addAction(action(u"disconnect"_s));
    m_profileMenu->addSeparator();
    QAction* quit = m_profileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_countLabel)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_welcomeTitle->setText(tr("Relay Key Admin"));
    m_welcomeText->setText(tr("Add a profile for the Redis of your claude-relay-service deployment, or pick "
                              "one from the Profile menu."));
    m_welcomeAdd->setText(tr("Add a profile…"));
    m_welcomeQuick->setText(tr("Quick connect…"));
    //: The tab with the table of API keys
    m_tabs->setTabText(0, tr("Keys"));
    m_detailTabs->setTabText(0, tr("Details"));
    //: The recent requests made with the selected API key
    m_detailTabs->setTabText(1, tr("Requests"));
    m_trashNote->setText(tr("Keys in the trash no longer work. Restore brings a key back (enabled); "
                            "deleting permanently removes the key and all its usage data."));
    //: Restore the selected API keys from the trash
    m_restoreButton->setText(tr("&Restore"));
    //: Purge: delete the selected API keys and their usage data for good
    m_purgeButton->setText(tr("Delete &permanently…"));
    m_emptyTrashButton->setText(tr("&Empty trash…"));
    for (auto it = m_actionTexts.cbegin(); it != m_actionTexts.cend(); ++it)
        if (QAction* a = action(it.key()))
            a->setText(tr(it.value()));
    //: Menu: connection profiles (a Redis of a claude-relay-service deployment)
    m_profileMenu->setTitle(tr("&Profile"));
    m_viewMenu->setTitle(tr("&View"));
    //: Menu: API keys
    m_keysMenu->setTitle(tr("&Keys"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Relay Key Admin"));
    m_toolBar->setWindowTitle(tr("Main"));
    retranslateCharts();
    updateTitle();
    updateCounts();
    refillProfileMenu();
    onCurrentKeyChanged(); // the detail pane's settings, in words
}

QAction* MainWindow::action(const QString& objectName) const
{
    return m_actions.value(objectName);
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

bool MainWindow::isLoading() const
{
    return m_session && m_session->isLoading();
}

// --- sessions -------------------------------------------------------------------------------------------

void MainWindow::openSession(const support::Profile& profile, const QString& password,
                             const QByteArray& encryptionKey)
{
    closeSession();
    m_session = std::make_unique<Session>(profile, password, encryptionKey,
                                          m_auditLogPath.isEmpty() ? support::AuditLog::defaultPath()
                                                                   : m_auditLogPath);
    Session* s = m_session.get();
    m_filters->setKeyPrefix(s->service().apiKeyPrefix);
    connect(s, &Session::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message);
        MessageBox::warning(this, tr("Cannot connect"), message);
    });
    connect(s, &Session::connectionLost, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Connection lost, reconnecting: %1").arg(message));
    });
    connect(s, &Session::loadStarted, this, [this](bool first) {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
        if (first)
            statusBar()->showMessage(tr("Loading keys…"));
    });
    connect(s, &Session::loadProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_model->reserveRows(total);
    });
    connect(s, &Session::listed, this, [this](int keys) {
        statusBar()->showMessage(
            tr("%n key(s) listed; looking through the rest of the database for keys no index names…", nullptr,
               keys));
    });
    connect(s, &Session::keysAvailable, this, &MainWindow::onKeysAvailable);
    connect(s, &Session::directoriesLoaded, this,
            [this] { m_model->adoptDirectories(m_session->accounts(), m_session->users()); });
    connect(s, &Session::lastUsageResolved, this,
            [this](int first, int count) { m_model->updateLastUsage(m_session->keys(), first, count); });
    connect(s, &Session::loadFinished, this, &MainWindow::onLoadFinished);
    connect(s, &Session::rangeLoaded, this,
            [this](const relay::RangeSpec& range, const QHash<QByteArray, relay::RangeStats>& stats) {
                if (range == m_model->range())
                    m_model->setRangeStats(stats);
            });
    m_model->setKeys({});
    m_trash->setKeys({});
    m_detail->clear();
    m_records->clear();
    m_banner->setProfile(s->profile());
    m_pages->setCurrentIndex(1);
    m_autoRefresh->stop();
    if (profile.autoRefreshSeconds > 0)
        m_autoRefresh->start(profile.autoRefreshSeconds * 1000);
    if (m_logs) {
        m_logs->setConnection(&s->connection());
        m_logs->setAuditLog(s->auditLog().path(), profile.name);
    }
    if (m_profiles && !profile.id.isEmpty())
        m_profiles->setLastUsedId(profile.id);
    statusBar()->showMessage(tr("Connecting to %1…").arg(profile.endpointText()));
    // Most of the width for the table; the detail pane keeps a readable third at most.
    const int width = std::max(m_splitter->width(), 900);
    m_splitter->setSizes({width * 65 / 100, width * 35 / 100});
    s->open();
    updateTitle();
    updateActions();
    refillProfileMenu();
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    emit sessionClosing();
    m_writing = false; // a write or preview in flight dies with the session; its answer never comes
    m_autoRefresh->stop();
    if (m_logs)
        m_logs->setConnection(nullptr);
    m_session.reset();
    m_model->setKeys({});
    m_trash->setKeys({});
    m_detail->clear();
    m_records->clear();
    m_banner->clear();
    m_pages->setCurrentIndex(0);
    m_progress->setVisible(false);
    statusBar()->showMessage(tr("Not connected"));
    updateTitle();
    updateActions();
    refillProfileMenu();
}

void MainWindow::refresh()
{
    if (m_session)
        m_session->reload();
}

void MainWindow::onKeysAvailable(int first, int count)
{
    m_model->appendOrUpdate(m_session->keys(), first, count);
    updateCounts();
}

void MainWindow::onLoadFinished(const QString& error)
{
    m_progress->setVisible(false);
    if (!m_session)
        return;
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Loading the keys failed: %1").arg(error));
        return;
    }
    Session* s = m_session.get();
    m_model->setNow(s->evaluatedAt());
    // The first load streamed every row in already (directoriesLoaded, keysAvailable); a reload
    // replaces them here.
    if (s->loadCount() > 1 || m_model->rowCount() != s->keys().size()) {
        m_model->setDirectories(s->accounts(), s->users());
        m_model->updateKeys(s->keys());
    }
    m_model->setKeyModels(s->keyModels());
    m_trash->setKeys(s->keys());
    m_filters->setChoices(m_model->allTags(), m_model->allModels(), s->users(), s->accounts());
    if (m_model->range().range != relay::StatsRange::Today)
        s->loadRange(m_model->range());
    const relay::ReleaseDetection& release = s->release();
    statusBar()->showMessage(
        release.writable()
            ? tr("Loaded %n key(s) — data model %1", nullptr, int(s->keys().size())).arg(release.summary())
            : tr("Read-only: %1").arg(release.problem));
    onCurrentKeyChanged();
    updateTitle();
    updateActions();
    updateCounts();
    emit keysLoaded();
}

void MainWindow::onCurrentKeyChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_session || !current.isValid()) {
        m_detail->clear();
        m_records->clear();
        return;
    }
    const int row = m_model->rowOfId(current.data(KeyTableModel::KeyIdRole).toByteArray());
    if (row < 0)
        return;
    const relay::KeyEntry& e = m_model->entry(row);
    const bool sameKey = m_detail->keyId() == e.id;
    m_detail->setEntry(&e, m_session->accounts(), m_session->users(), m_session->release(), m_model->now());
    if (!sameKey && m_session->isReady())
        m_records->load(m_session->connection(), e.id, m_session->accounts());
    updateActions();
}

void MainWindow::lookupPlaintext(const QByteArray& plaintext)
{
    if (!m_session)
        return;
    const QString problem = relay::KeyLookup::checkPlaintext(plaintext, m_session->service());
    if (!problem.isEmpty()) {
        statusBar()->showMessage(problem);
        return;
    }
    relay::KeyLookup::find(m_session->connection(), plaintext, m_session->service(), this,
                           [this](const relay::KeyLookupResult& r, const redis::RedisError& e) {
                               if (e) {
                                   statusBar()->showMessage(e.message);
                                   return;
                               }
                               m_proxy->setIds(QSet<QByteArray> {r.id});
                               if (r.id.isEmpty()) {
                                   statusBar()->showMessage(
                                       tr("No key matches this API key. It is unknown, was "
                                          "deleted or regenerated, or the profile's "
                                          "ENCRYPTION_KEY is not the service's."));
                                   return;
                               }
                               statusBar()->showMessage(tr("This API key belongs to %1.").arg(keyName(r.id)));
                               selectIds({r.id});
                           });
    // The pasted key stays in the search box only as long as needed.
    m_filters->searchEdit()->clear();
}

// --- selection and state --------------------------------------------------------------------------------

QList<QByteArray> MainWindow::selectedIds() const
{
    QList<QByteArray> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        ids.append(i.data(KeyTableModel::KeyIdRole).toByteArray());
    return ids;
}

void MainWindow::selectIds(const QList<QByteArray>& ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QByteArray& id : ids) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(KeyTableModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    m_view->selectionModel()->select(selection,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
        onCurrentKeyChanged();
    }
}

QList<QByteArray> MainWindow::selectedTrashIds() const
{
    QList<QByteArray> ids;
    for (const QModelIndex& i : m_trashView->selectionModel()->selectedRows())
        ids.append(i.data(TrashModel::KeyIdRole).toByteArray());
    return ids;
}

void MainWindow::selectAllMatching()
{
    m_view->selectAll();
}

QString MainWindow::keyName(const QByteArray& id) const
{
    const int row = m_model->rowOfId(id);
    return row >= 0 ? m_model->entry(row).key.name() : QString::fromLatin1(id);
}

void MainWindow::updateActions()
{
    const bool connected = m_session != nullptr;
    const bool loaded = connected && m_session->loadCount() > 0;
    const bool canWrite =
        loaded && !m_session->profile().readOnly && m_session->release().writable() && !m_writing;
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    for (const char* name : {"enable", "disable", "addTag", "removeTag", "trash"}) {
        QAction* a = action(QString::fromLatin1(name));
        a->setEnabled(canWrite && selected > 0);
        a->setVisible(!connected || !m_session->profile().readOnly); // read-only: no write action at all
    }
    for (const char* name : {"newKey", "batchCreate", "manageTags"}) {
        action(QString::fromLatin1(name))->setEnabled(canWrite);
        action(QString::fromLatin1(name))->setVisible(!connected || !m_session->profile().readOnly);
    }
    action(u"editKey"_s)->setEnabled(canWrite && selected == 1);
    action(u"editKey"_s)->setVisible(!connected || !m_session->profile().readOnly);
    action(u"batchEdit"_s)->setEnabled(canWrite && selected > 1);
    action(u"batchEdit"_s)->setVisible(!connected || !m_session->profile().readOnly);
    action(u"regenerate"_s)->setEnabled(canWrite && selected == 1);
    action(u"regenerate"_s)->setVisible(!connected || !m_session->profile().readOnly);
    action(u"copyId"_s)->setEnabled(selected >= 1);
    action(u"refresh"_s)->setEnabled(connected);
    action(u"selectAllMatching"_s)->setEnabled(loaded);
    action(u"healthCheck"_s)->setEnabled(loaded && !m_writing);
    action(u"disconnect"_s)->setEnabled(connected);
    action(u"editProfile"_s)->setEnabled(connected && !m_session->profile().id.isEmpty());
    for (QPushButton* b : m_trashView->parentWidget()->findChildren<QPushButton*>()) {
        b->setVisible(!connected || !m_session->profile().readOnly);
        b->setEnabled(canWrite);
    }
    m_detail->setEditEnabled(canWrite);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Relay Key Admin"));
        return;
    }
    const support::Profile& p = m_session->profile();
    QString title = tr("%1 (%2) — Relay Key Admin").arg(p.name, p.endpointText());
    if (p.readOnly)
        title += u' ' + tr("[read-only]");
    if (p.production)
        title += u' ' + tr("[production]");
    if (p.demo)
        //: Window title flag of demo mode's profile (relay-key-admin --demo).
        title += u' ' + tr("[demo]");
    setWindowTitle(title);
}

void MainWindow::updateCounts()
{
    const int total = m_session ? int(m_session->keys().size()) - m_trash->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_countLabel->setText(tr("%1 shown of %2 keys, %3 selected; %4 in the trash")
                              .arg(shown)
                              .arg(std::max(total, 0))
                              .arg(selected)
                              .arg(m_trash->rowCount()));
    //: The tab with the deleted API keys, which can be restored or deleted permanently
    m_tabs->setTabText(1, m_trash->rowCount() ? tr("Trash (%1)").arg(m_trash->rowCount()) : tr("Trash"));
}

void MainWindow::showLogs()
{
    if (!m_logs)
        m_logs = std::make_unique<LogsWindow>(nullptr);
    if (m_session) {
        m_logs->setConnection(&m_session->connection());
        m_logs->setAuditLog(m_session->auditLog().path(), m_session->profile().name);
    }
    m_logs->show();
    m_logs->raise();
}

} // namespace rka::ui
