#include "LogsWindow.h"

#include "AuditLogModel.h"
#include "CommandLogModel.h"
#include "DetailFormat.h"

#include "support/AuditLog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

QTableView* newTable(QSortFilterProxyModel* proxy, const QString& name)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QSortFilterProxyModel* newProxy(QAbstractItemModel* source, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QLineEdit* newFilter(QSortFilterProxyModel* proxy, const QString& name)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    QObject::connect(edit, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    return edit;
}

} // namespace

LogsWindow::LogsWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_tabs(new QTabWidget(this))
    , m_commandModel(new CommandLogModel(this))
    , m_auditModel(new AuditLogModel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"logsWindow"_s);
    m_texts.add([this] { setWindowTitle(tr("Logs")); });
    m_commandProxy = newProxy(m_commandModel, this);
    m_auditProxy = newProxy(m_auditModel, this);
    auto* layout = new QVBoxLayout(this);
    m_tabs->addTab(buildCommandTab(), QString());
    m_tabs->addTab(buildAuditTab(), QString());
    m_texts.add([this] {
        //: The log of Redis commands this program sent
        m_tabs->setTabText(0, tr("Command log"));
        //: The log of every write made with this program
        m_tabs->setTabText(1, tr("Audit log"));
        for (QLineEdit* filter : findChildren<QLineEdit*>())
            filter->setPlaceholderText(tr("Filter"));
    });
    layout->addWidget(m_tabs);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &LogsWindow::refreshCommands);
    resize(900, 560);
}

LogsWindow::~LogsWindow() = default;

void LogsWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_totals)
            refresh(); // the totals and the audit log line
    }
    QWidget::changeEvent(event);
}

QWidget* LogsWindow::buildCommandTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    top->addWidget(newFilter(m_commandProxy, u"commandFilter"_s), 1);
    auto* refresh = new QPushButton;
    m_texts.add([refresh] { refresh->setText(tr("Refresh")); });
    refresh->setObjectName(u"commandRefresh"_s);
    connect(refresh, &QPushButton::clicked, this, &LogsWindow::refreshCommands);
    top->addWidget(refresh);
    layout->addLayout(top);
    m_commandView = newTable(m_commandProxy, u"commandView"_s);
    layout->addWidget(m_commandView, 1);
    m_totals = new QLabel;
    m_totals->setObjectName(u"totalsLabel"_s);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);
    auto* note = new QLabel;
    m_texts.add(
        [note] { note->setText(tr("Only command names and keys are logged, never values or passwords.")); });
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    return page;
}

QWidget* LogsWindow::buildAuditTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    top->addWidget(newFilter(m_auditProxy, u"auditFilter"_s), 1);
    auto* refresh = new QPushButton;
    m_texts.add([refresh] { refresh->setText(tr("Refresh")); });
    refresh->setObjectName(u"auditRefresh"_s);
    connect(refresh, &QPushButton::clicked, this, &LogsWindow::refreshAudit);
    top->addWidget(refresh);
    layout->addLayout(top);
    m_auditView = newTable(m_auditProxy, u"auditView"_s);
    layout->addWidget(m_auditView, 1);
    m_auditInfo = new QLabel;
    m_auditInfo->setObjectName(u"auditInfo"_s);
    m_auditInfo->setWordWrap(true);
    m_auditInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_auditInfo);
    return page;
}

void LogsWindow::setConnection(redis::Connection* connection)
{
    m_connection = connection;
    refreshCommands();
}

void LogsWindow::setAuditLog(const QString& path, const QString& profile)
{
    m_auditPath = path;
    m_profile = profile;
    refreshAudit();
}

void LogsWindow::refresh()
{
    refreshCommands();
    refreshAudit();
}

void LogsWindow::refreshCommands()
{
    if (!m_connection) {
        m_commandModel->setEntries({});
        m_totals->setText(tr("Not connected"));
        return;
    }
    QScrollBar* bar = m_commandView->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    redis::CommandLog& log = m_connection->commandLog();
    m_commandModel->setEntries(log.entries());
    const redis::CommandLog::Totals t = log.totals();
    //: Command log totals: %1 commands, %2 round trips, %3 bytes read, %4 bytes written
    m_totals->setText(tr("%1 commands \u2022 %2 round trips \u2022 %3 read \u2022 %4 written")
                          .arg(DetailFormat::count(t.commands), DetailFormat::count(t.roundTrips),
                               DetailFormat::bytes(t.bytesRead), DetailFormat::bytes(t.bytesWritten)));
    if (atEnd) // follow new commands unless the user scrolled up to read
        m_commandView->scrollToBottom();
}

void LogsWindow::refreshAudit()
{
    if (m_auditPath.isEmpty()) {
        m_auditModel->setEntries({});
        m_auditInfo->setText(tr("No audit log"));
        return;
    }
    const QList<support::AuditEntry> entries = support::AuditLog(m_auditPath).read(m_profile);
    m_auditModel->setEntries(entries);
    m_auditView->resizeColumnsToContents();
    //: %1 how many entries, %2 the profile, %3 the file
    m_auditInfo->setText(
        tr("%n entry(s) of profile \u201c%1\u201d, newest first, from %2", nullptr, int(entries.size()))
            .arg(m_profile.isEmpty() ? tr("(all)") : m_profile, m_auditPath));
}

QString LogsWindow::totalsText() const
{
    return m_totals->text();
}

bool LogsWindow::isAutoRefreshing() const
{
    return m_timer->isActive();
}

void LogsWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_commandView->resizeColumnsToContents();
    // Keys are longer than the first few shown; leave room for them.
    QHeaderView* header = m_commandView->horizontalHeader();
    header->resizeSection(CommandLogModel::Key, std::max(header->sectionSize(CommandLogModel::Key), 260));
    m_timer->start();
}

void LogsWindow::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace rka::ui
