#include "HealthDialog.h"

#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

enum Column { Severity, Finding, Key, RedisKeys, ColumnCount };
constexpr int FindingIndexRole = Qt::UserRole + 1;

// One argument as the user would type it for redis-cli: plain when it is, JSON-quoted otherwise.
QString argumentText(const QByteArray& arg)
{
    const QString text = QString::fromUtf8(arg);
    bool plain = !text.isEmpty();
    for (const QChar c : text)
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u'\\' || !c.isPrint())
            plain = false;
    if (plain)
        return text;
    const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
}

QString commandText(const redis::Command& command)
{
    QStringList parts;
    for (const QByteArray& a : command)
        parts << argumentText(a);
    return parts.join(u' ');
}

QIcon severityIcon(const QStyle* style, relay::HealthSeverity s)
{
    switch (s) {
    case relay::HealthSeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case relay::HealthSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case relay::HealthSeverity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

} // namespace

HealthDialog::HealthDialog(redis::Connection& connection, relay::KeyWriter* writer, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_writer(writer)
    , m_check(std::make_unique<relay::HealthCheck>(connection))
{
    setObjectName(u"healthDialog"_s);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(u"findingsView"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(ColumnCount);
    m_texts.add([this] {
        setWindowTitle(tr("Health Check"));
        m_tree->setHeaderLabels({tr("Severity"), tr("Finding"),
                                 //: Column: the API key a health finding is about.
                                 tr("Key"),
                                 //: Column: number of Redis keys a health finding involves.
                                 tr("Redis keys")});
    });
    m_tree->header()->setSectionResizeMode(Finding, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(u"detailsText"_s);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_texts.add([this] {
        m_details->setPlaceholderText(tr("Select a finding to see what is wrong and what its repair does."));
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HealthDialog::showDetails);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rerunButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_rerunButton->setObjectName(u"rerunButton"_s);
    m_repairButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_texts.add([this] {
        m_rerunButton->setText(tr("Check &again"));
        m_repairButton->setText(tr("&Repair checked…"));
    });
    m_repairButton->setObjectName(u"repairButton"_s);
    m_repairButton->setVisible(canRepair());
    connect(m_rerunButton, &QPushButton::clicked, this, [this] { start(m_keys, m_release); });
    connect(m_repairButton, &QPushButton::clicked, this, &HealthDialog::repairChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_check.get(), &relay::HealthCheck::finished, this, [this](const redis::RedisError& error) {
        setBusy(false);
        if (error) {
            m_summary->setText(tr("The health check failed: %1").arg(error.message));
            return;
        }
        m_summary->setText(m_check->summary());
        fill();
    });
    if (!canRepair())
        m_status->setText(tr("This profile or database is read-only: the repairs are shown, not run."));
    resize(900, 620);
}

HealthDialog::~HealthDialog() = default;

void HealthDialog::changeEvent(QEvent* event)
{
    // The findings keep the words of the language they were found in, until "Check again".
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDialog::changeEvent(event);
}

void HealthDialog::setConfirmHook(std::function<bool(const QString&, const QStringList&)> hook)
{
    m_confirmHook = std::move(hook);
}

bool HealthDialog::canRepair() const
{
    return m_writer && m_writer->target().writable && !m_connection.isReadOnly();
}

void HealthDialog::start(const QList<relay::KeyEntry>& keys, const relay::ReleaseDetection& release)
{
    m_keys = keys;
    m_release = release;
    m_tree->clear();
    m_details->clear();
    m_summary->setText(tr("Checking %n key(s)…", nullptr, int(keys.size())));
    setBusy(true);
    m_check->start(keys, release);
}

bool HealthDialog::isRunning() const
{
    return m_check->isRunning();
}

const QList<relay::HealthFinding>& HealthDialog::findings() const
{
    return m_check->findings();
}

void HealthDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_rerunButton->setEnabled(!busy);
    m_repairButton->setEnabled(!busy && canRepair());
}

void HealthDialog::fill()
{
    m_tree->clear();
    const QList<relay::HealthFinding>& all = m_check->findings();
    for (int i = 0; i < all.size(); ++i) {
        const relay::HealthFinding& f = all.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setIcon(Severity, severityIcon(style(), f.severity));
        item->setText(Severity, relay::HealthText::severityName(f.severity));
        item->setText(Finding, relay::HealthText::kindTitle(f.kind));
        item->setText(Key, f.keyName.isEmpty() ? QString::fromUtf8(f.keyId) : f.keyName);
        item->setText(RedisKeys, QString::number(f.redisKeys.size()));
        item->setTextAlignment(RedisKeys, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, FindingIndexRole, i);
        if (f.hasRepair() && canRepair())
            item->setCheckState(Severity, Qt::Unchecked);
    }
    for (int c = 0; c < ColumnCount; ++c)
        if (c != Finding)
            m_tree->resizeColumnToContents(c);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void HealthDialog::showDetails()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const relay::HealthFinding& f = m_check->findings().at(item->data(0, FindingIndexRole).toInt());
    QStringList lines {f.explanation, QString()};
    if (!f.redisKeys.isEmpty()) {
        lines << tr("Redis keys involved:");
        for (const QByteArray& k : f.redisKeys)
            lines << u"    "_s + QString::fromUtf8(k);
        lines << QString();
    }
    if (f.hasRepair()) {
        lines << tr("Repair:");
        for (const redis::Command& c : f.repair)
            lines << u"    "_s + commandText(c);
    }
    if (!f.repairNote.isEmpty())
        lines << f.repairNote;
    m_details->setPlainText(lines.join(u'\n'));
}

void HealthDialog::checkAllRepairable(bool checked)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(Severity, Qt::CheckStateRole).isValid())
            item->setCheckState(Severity, checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<relay::HealthFinding> HealthDialog::checkedFindings() const
{
    QList<relay::HealthFinding> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(Severity) == Qt::Checked)
            out.append(m_check->findings().at(item->data(0, FindingIndexRole).toInt()));
    }
    return out;
}

QStringList HealthDialog::describeRepairs(const QList<relay::HealthFinding>& findings)
{
    QStringList lines;
    for (const relay::HealthFinding& f : findings) {
        if (!f.hasRepair())
            continue;
        QString line = u"["_s + relay::HealthText::severityName(f.severity) + u"] "_s +
            relay::HealthText::kindTitle(f.kind);
        if (!f.keyName.isEmpty() || !f.keyId.isEmpty())
            line += u" — "_s + (f.keyName.isEmpty() ? QString::fromUtf8(f.keyId) : f.keyName);
        lines << line;
        for (const redis::Command& c : f.repair)
            lines << u"    "_s + commandText(c);
    }
    return lines;
}

std::pair<QList<QByteArray>, QList<QByteArray>>
HealthDialog::touchedKeys(const QList<relay::HealthFinding>& findings)
{
    QList<QByteArray> deleted;
    QList<QByteArray> changed;
    for (const relay::HealthFinding& f : findings)
        for (const redis::Command& c : f.repair) {
            if (c.size() < 2)
                continue;
            const QByteArray name = c.first().toUpper();
            if (name == "DEL" || name == "UNLINK") {
                for (qsizetype i = 1; i < c.size(); ++i)
                    if (!deleted.contains(c.at(i)))
                        deleted.append(c.at(i));
            } else if (!changed.contains(c.at(1))) {
                changed.append(c.at(1));
            }
        }
    changed.removeIf([&deleted](const QByteArray& k) { return deleted.contains(k); });
    std::sort(deleted.begin(), deleted.end());
    std::sort(changed.begin(), changed.end());
    return {deleted, changed};
}

void HealthDialog::repairChecked()
{
    if (m_busy)
        return;
    const QList<relay::HealthFinding> chosen = checkedFindings();
    if (!canRepair()) {
        m_status->setText(tr("This profile or database is read-only; nothing was repaired."));
        return;
    }
    if (chosen.isEmpty()) {
        m_status->setText(tr("Check the findings to repair first."));
        return;
    }
    const QStringList preview = describeRepairs(chosen);
    const auto [deleted, changed] = touchedKeys(chosen);
    QStringList keyLines;
    for (const QByteArray& k : deleted)
        //: A line of the repair question: %1 is a Redis key that the repairs delete.
        keyLines << tr("delete %1").arg(QString::fromUtf8(k));
    for (const QByteArray& k : changed)
        //: A line of the repair question: %1 is a Redis key that the repairs change.
        keyLines << tr("change %1").arg(QString::fromUtf8(k));
    constexpr int Shown = 12;
    QString text = tr("Run %n repair(s)?", nullptr, int(chosen.size())) + u' ' +
        //: %1 and %2: numbers of Redis keys that the repairs delete and change.
        tr("Redis keys deleted: %1, changed: %2.").arg(deleted.size()).arg(changed.size()) + u"\n\n"_s +
        keyLines.mid(0, Shown).join(u'\n');
    if (keyLines.size() > Shown)
        text += u'\n' + tr("… and %n more (see the details).", nullptr, int(keyLines.size() - Shown));
    if (MessageBox::questionWithDetails(this, tr("Repair"), text, preview.join(u'\n'),
                                        QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes) {
        m_status->setText(tr("Cancelled; nothing was written."));
        return;
    }
    if (m_confirmHook && !m_confirmHook(tr("Repair %n finding(s)", nullptr, int(chosen.size())), preview)) {
        m_status->setText(tr("Cancelled; nothing was written."));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Repairing…"));
    QPointer<HealthDialog> self(this);
    m_writer->repair(chosen, [self](const relay::WriteResult& r) {
        if (!self)
            return;
        self->setBusy(false);
        self->m_status->setText(r.ok() ? tr("Repaired %n finding(s).", nullptr, r.changedKeys) : r.message);
        if (r.ok() || r.status == relay::WriteStatus::Reverted)
            emit self->repaired();
    });
}

QString HealthDialog::statusText() const
{
    return m_status->text();
}

} // namespace rka::ui
