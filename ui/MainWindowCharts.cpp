// MainWindow, the charts part: the detail pane's "Charts" tab, the "Dashboard" tab and the export of the
// whole key list (issue 7). Kept apart from MainWindow.cpp; the window calls buildCharts() once and
// retranslateCharts() on a language change.

#include "MainWindow.h"

#include "KeyTableModel.h"
#include "MessageBox.h"
#include "charts/DashboardWidget.h"
#include "charts/KeyChartsWidget.h"

#include "relay/KeyExport.h"
#include "support/Clock.h"

#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QMenu>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rka::ui {

void MainWindow::buildCharts()
{
    m_keyCharts = new KeyChartsWidget(m_detailTabs);
    m_detailTabs->addTab(m_keyCharts, QString());
    m_dashboard = new DashboardWidget(m_tabs);
    m_tabs->addTab(m_dashboard, QString());

    // The per-key charts load when their tab is shown, for the current key.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateKeyCharts(false); });
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this] { updateKeyCharts(false); });
    connect(this, &MainWindow::keysLoaded, this, [this] {
        if (!m_session)
            return;
        m_dashboard->setSource(&m_session->connection(), m_model, m_session->service().timezoneOffset);
        updateKeyCharts(true);
        for (const char* name : {"exportCsv", "exportJson"})
            action(QString::fromLatin1(name))->setEnabled(true);
    });
    connect(this, &MainWindow::sessionClosing, this, [this] {
        m_keyCharts->clear();
        m_dashboard->setSource(nullptr, nullptr, 8);
        m_dashboard->clear();
        for (const char* name : {"exportCsv", "exportJson"})
            action(QString::fromLatin1(name))->setEnabled(false);
    });
    connect(m_dashboard, &DashboardWidget::keyActivated, this, [this](const QByteArray& id) {
        m_tabs->setCurrentIndex(0);
        selectIds({id});
        if (!selectedIds().contains(id))
            statusBar()->showMessage(tr("%1 is hidden by the filters of the key list.").arg(keyName(id)));
    });

    // Export of the whole key list, from the Keys menu.
    auto add = [this](const QString& name, const char* text, ExportFormat format) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        a->setEnabled(false);
        m_actionTexts.insert(name, text); // retranslateUi() sets the text
        connect(a, &QAction::triggered, this, [this, format] { chooseKeyListExport(format); });
        m_actions.insert(name, a);
        return a;
    };
    m_keysMenu->addSeparator();
    m_keysMenu->addAction(add(u"exportCsv"_s, QT_TR_NOOP("Export key list as &CSV…"), ExportFormat::Csv));
    m_keysMenu->addAction(add(u"exportJson"_s, QT_TR_NOOP("Export key list as &JSON…"), ExportFormat::Json));
}

void MainWindow::retranslateCharts()
{
    if (!m_keyCharts || !m_dashboard)
        return;
    //: The tab with a key's charts (cost, requests, tokens, models)
    m_detailTabs->setTabText(m_detailTabs->indexOf(m_keyCharts), tr("Charts"));
    //: The tab with charts across all keys
    m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Dashboard"));
}

void MainWindow::updateKeyCharts(bool reload)
{
    if (!m_session || m_detailTabs->currentWidget() != m_keyCharts)
        return; // loaded when the tab is shown
    const QModelIndex current = m_view->currentIndex();
    const QByteArray id =
        current.isValid() ? current.data(KeyTableModel::KeyIdRole).toByteArray() : QByteArray();
    if (id.isEmpty()) {
        m_keyCharts->clear();
        return;
    }
    if (!reload && id == m_keyCharts->keyId())
        return;
    if (!m_session->isReady())
        return;
    m_keyCharts->load(m_session->connection(), id, keyName(id), m_session->keyModels().value(id),
                      m_session->service().timezoneOffset, support::Clock::currentDateTimeUtc());
}

bool MainWindow::exportKeyList(const QString& path, ExportFormat format, QString* error) const
{
    if (!m_session || m_session->loadCount() == 0) {
        if (error)
            *error = tr("No key list is loaded.");
        return false;
    }
    relay::KeyExport::Options options;
    options.includeDeleted = false; // the key list, as the CLI exports it by default
    options.now = support::Clock::currentDateTimeUtc();
    const QByteArray data = format == ExportFormat::Csv
        ? relay::KeyExport::toCsv(m_session->keys(), m_session->users(), options)
        : relay::KeyExport::toJson(m_session->keys(), m_session->release(), m_session->users(), options)
              .toJson(QJsonDocument::Indented);
    // Written to a new file and swapped in, so a failure never leaves half an export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::chooseKeyListExport(ExportFormat format)
{
    if (!m_session)
        return;
    const bool csv = format == ExportFormat::Csv;
    const QString date = support::Clock::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
    QString name = m_session->profile().name;
    name.replace(QRegularExpression(u"[^\\w\\-]+"_s), u"-"_s);
    const QString suggested =
        u"keys-%1-%2.%3"_s.arg(name.isEmpty() ? u"redis"_s : name, date, csv ? u"csv"_s : u"json"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Export key list"), suggested,
                                                csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportKeyList(path, format, &error)) {
        MessageBox::warning(this, tr("Export key list"),
                            tr("The key list could not be written to %1: %2").arg(path, error));
        return;
    }
    int count = 0;
    for (const relay::KeyEntry& e : m_session->keys())
        count += e.key.isDeleted() ? 0 : 1;
    statusBar()->showMessage(tr("%n key(s) exported to %1. Plaintext API keys are never exported: they are "
                                "not stored anywhere.",
                                nullptr, count)
                                 .arg(path));
}

} // namespace rka::ui
