#include "UsageRecordsWidget.h"

#include "DetailFormat.h"
#include "UsageRecordDialog.h"
#include "UsageRecordFilter.h"
#include "UsageRecordModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include "MessageBox.h"

using namespace Qt::StringLiterals;

namespace rka::ui {

UsageRecordsWidget::UsageRecordsWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new UsageRecordModel(this))
    , m_proxy(new UsageRecordFilter(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"usageRecords"_s);
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    // web-admin-features.md D18: the service keeps only the newest 200 (service-data-model.md 14.5).
    auto* note = new QLabel;
    m_texts.add([note] {
        note->setText(tr("The service keeps only the newest %1 records of a key, for 90 days.")
                          .arg(relay::UsageRecord::MaxRecords));
    });
    note->setObjectName(u"limitNote"_s);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
    layout->addWidget(note);

    auto* filters = new QHBoxLayout;
    m_modelCombo = new QComboBox;
    m_modelCombo->setObjectName(u"modelFilter"_s);
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountCombo = new QComboBox;
    m_accountCombo->setObjectName(u"accountFilter"_s);
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fromCheck = new QCheckBox;
    m_from = new QDateTimeEdit;
    m_toCheck = new QCheckBox;
    m_to = new QDateTimeEdit;
    for (QDateTimeEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        e->setEnabled(false);
    }
    auto* reset = new QPushButton;
    auto* modelLabel = new QLabel;
    auto* accountLabel = new QLabel;
    m_texts.add([this, reset, modelLabel, accountLabel] {
        //: Filter: only records from this time on
        m_fromCheck->setText(tr("From"));
        //: Filter: only records up to this time
        m_toCheck->setText(tr("To"));
        reset->setText(tr("Reset"));
        modelLabel->setText(tr("Model:"));
        accountLabel->setText(tr("Account:"));
    });
    filters->addWidget(modelLabel);
    filters->addWidget(m_modelCombo);
    filters->addWidget(accountLabel);
    filters->addWidget(m_accountCombo);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addWidget(reset);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_view->setObjectName(u"recordsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UsageRecordModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* bottom = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(u"summaryLabel"_s);
    m_details = new QPushButton;
    m_export = new QPushButton;
    m_texts.add([this] {
        //: Shows every field of the selected request record
        m_details->setText(tr("Details\u2026"));
        m_export->setText(tr("Export CSV\u2026"));
    });
    m_export->setObjectName(u"exportButton"_s);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_details);
    bottom->addWidget(m_export);
    layout->addLayout(bottom);

    auto onFilter = [this] {
        if (!m_updatingFilters)
            applyFilters();
    };
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, onFilter);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, onFilter);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* c : {m_fromCheck, m_toCheck})
        connect(c, &QCheckBox::toggled, this, onFilter);
    for (QDateTimeEdit* e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, onFilter);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_updatingFilters = true;
        m_modelCombo->setCurrentIndex(0);
        m_accountCombo->setCurrentIndex(0);
        m_fromCheck->setChecked(false);
        m_toCheck->setChecked(false);
        m_updatingFilters = false;
        applyFilters();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { showDetails(i.row()); });
    connect(m_details, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            showDetails(i.row());
    });
    connect(m_export, &QPushButton::clicked, this, &UsageRecordsWidget::chooseExport);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsageRecordsWidget::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsageRecordsWidget::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsageRecordsWidget::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsageRecordsWidget::updateSummary);
    clear();
}

UsageRecordsWidget::~UsageRecordsWidget() = default;

void UsageRecordsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_modelCombo->count() > 0)
            m_modelCombo->setItemText(0, tr("All models"));
        if (m_accountCombo->count() > 0)
            m_accountCombo->setItemText(0, tr("All accounts"));
        if (m_keyId.isEmpty())
            m_status->setText(tr("No key selected"));
        updateSummary();
    }
    QWidget::changeEvent(event);
}

void UsageRecordsWidget::load(redis::Connection& connection, const QByteArray& keyId,
                              const relay::AccountDirectory& accounts)
{
    const quint64 serial = ++m_serial;
    m_keyId = keyId;
    m_accounts = accounts;
    m_loading = true;
    m_model->clear();
    rebuildFilters();
    m_status->setText(tr("Loading\u2026"));
    relay::UsageRecord::read(connection, QString::fromUtf8(keyId), relay::UsageRecord::MaxRecords, this,
                             [this, serial](const QList<relay::UsageRecord>& records, int dropped,
                                            const redis::RedisError& error) {
                                 if (serial == m_serial) // a newer load or clear() supersedes this one
                                     onRecords(records, dropped, error);
                             });
}

void UsageRecordsWidget::setRecords(const QByteArray& keyId, const QList<relay::UsageRecord>& records,
                                    const relay::AccountDirectory& accounts)
{
    ++m_serial;
    m_keyId = keyId;
    m_accounts = accounts;
    onRecords(records, 0, {});
}

void UsageRecordsWidget::clear()
{
    ++m_serial;
    m_loading = false;
    m_keyId.clear();
    m_model->clear();
    rebuildFilters();
    m_status->setText(tr("No key selected"));
}

void UsageRecordsWidget::onRecords(const QList<relay::UsageRecord>& records, int dropped,
                                   const redis::RedisError& error)
{
    m_loading = false;
    if (error) {
        m_model->clear();
        rebuildFilters();
        //: %1 is the reason, e.g. "the connection was lost"
        m_status->setText(tr("Could not read the usage records: %1").arg(error.message));
        return;
    }
    m_model->setRecords(records, m_accounts);
    for (int c = UsageRecordModel::RequestId; c < UsageRecordModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, !m_model->columnHasData(c));
    rebuildFilters();
    QString text =
        records.isEmpty() ? tr("No usage records") : tr("%n record(s)", nullptr, int(records.size()));
    if (dropped > 0)
        //: Records in the list that are not valid JSON; the service skips them too
        text += u' ' + tr("(%n unreadable entry(s) skipped)", nullptr, dropped);
    m_status->setText(text);
    m_view->resizeColumnsToContents();
    emit loaded(int(records.size()));
}

QString UsageRecordsWidget::statusText() const
{
    return m_status->text();
}

void UsageRecordsWidget::rebuildFilters()
{
    QStringList models;
    QStringList accounts;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex m = m_model->index(i, UsageRecordModel::Model);
        const QModelIndex a = m_model->index(i, UsageRecordModel::Account);
        const QString model = m.data(UsageRecordModel::FilterRole).toString();
        const QString account = a.data(UsageRecordModel::FilterRole).toString();
        if (!model.isEmpty() && !models.contains(model))
            models << model;
        if (!account.isEmpty() && !accounts.contains(account))
            accounts << account;
    }
    models.sort(Qt::CaseInsensitive);
    accounts.sort(Qt::CaseInsensitive);
    m_updatingFilters = true;
    m_modelCombo->clear();
    m_modelCombo->addItem(tr("All models"), QString());
    for (const QString& m : models)
        m_modelCombo->addItem(m, m);
    m_accountCombo->clear();
    m_accountCombo->addItem(tr("All accounts"), QString());
    for (const QString& a : accounts)
        m_accountCombo->addItem(a, a);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    // Start the range editors at the records' own first and last minute.
    std::optional<qint64> first;
    std::optional<qint64> last;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const qint64 t =
            m_model->index(i, UsageRecordModel::Time).data(UsageRecordModel::SortRole).toLongLong();
        first = std::min(first.value_or(t), t);
        last = std::max(last.value_or(t), t);
    }
    if (first && last) {
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(*first - *first % 60000).toLocalTime());
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(*last - *last % 60000 + 60000).toLocalTime());
    }
    m_updatingFilters = false;
    applyFilters();
}

void UsageRecordsWidget::applyFilters()
{
    m_proxy->setModelName(m_modelCombo->currentData().toString());
    m_proxy->setAccount(m_accountCombo->currentData().toString());
    auto edge = [](QCheckBox* c, QDateTimeEdit* e) {
        return c->isChecked() ? std::optional<QDateTime>(e->dateTime().toUTC()) : std::nullopt;
    };
    m_proxy->setTimeRange(edge(m_fromCheck, m_from), edge(m_toCheck, m_to));
    updateSummary();
}

void UsageRecordsWidget::setModelFilter(const QString& model)
{
    m_modelCombo->setCurrentIndex(std::max(0, m_modelCombo->findData(model)));
    applyFilters();
}

void UsageRecordsWidget::setAccountFilter(const QString& account)
{
    m_accountCombo->setCurrentIndex(std::max(0, m_accountCombo->findData(account)));
    applyFilters();
}

void UsageRecordsWidget::setTimeRange(const std::optional<QDateTime>& from,
                                      const std::optional<QDateTime>& to)
{
    m_updatingFilters = true;
    m_fromCheck->setChecked(from.has_value());
    m_toCheck->setChecked(to.has_value());
    if (from)
        m_from->setDateTime(from->toLocalTime());
    if (to)
        m_to->setDateTime(to->toLocalTime());
    m_updatingFilters = false;
    // The editors show minutes; filter on the exact instants asked for.
    m_proxy->setTimeRange(from, to);
    updateSummary();
}

void UsageRecordsWidget::updateSummary()
{
    qint64 tokens = 0;
    double cost = 0;
    const int rows = m_proxy->rowCount();
    for (int i = 0; i < rows; ++i) {
        const relay::UsageRecord& r = m_model->record(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
        tokens += r.totalTokens();
        cost += r.cost();
    }
    //: Summary of the shown usage records: %1 how many, %2 of how many, %3 tokens, %4 cost, %5 average cost
    m_summary->setText(tr("%1 of %2 shown \u2022 %3 tokens \u2022 %4 \u2022 %5 per request")
                           .arg(DetailFormat::count(rows), DetailFormat::count(m_model->rowCount()),
                                DetailFormat::count(tokens), DetailFormat::money(cost),
                                DetailFormat::money(rows ? cost / rows : 0)));
    m_export->setEnabled(rows > 0);
    m_details->setEnabled(rows > 0);
}

QByteArray UsageRecordsWidget::csv() const
{
    QList<int> rows;
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        rows << m_proxy->mapToSource(m_proxy->index(i, 0)).row();
    return m_model->toCsv(rows);
}

bool UsageRecordsWidget::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void UsageRecordsWidget::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export usage records"), u"api-key-%1-usage-records.csv"_s.arg(QString::fromUtf8(m_keyId)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        MessageBox::critical(this, tr("Export failed"),
                             tr("The file %1 could not be written: %2").arg(path, error));
}

UsageRecordDialog* UsageRecordsWidget::showDetails(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount())
        return nullptr;
    const int row = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
    if (m_dialog)
        m_dialog->close();
    m_dialog = new UsageRecordDialog(m_model->record(row), m_model->accountText(row), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    return m_dialog;
}

} // namespace rka::ui
