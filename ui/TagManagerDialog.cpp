#include "TagManagerDialog.h"

#include "MessageBox.h"

#include "ui_TagManagerDialog.h"

#include <QHeaderView>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace rka::ui {

TagManagerDialog::TagManagerDialog(redis::Connection& connection, const relay::WriteTarget& target,
                                   const QList<relay::TagCount>& tags, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TagManagerDialog>())
    , m_writer(std::make_unique<relay::KeyWriter>(connection, target))
    , m_tags(tags)
{
    m_ui->setupUi(this);
    m_ui->tagTable->setColumnCount(3);
    retranslateUi();
    m_ui->tagTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->tagTable->verticalHeader()->hide();
    m_ui->tagTable->setSortingEnabled(false);
    connect(m_ui->tagTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->newNameEdit->setText(selectedTag());
        setBusy(m_busy);
    });
    connect(m_ui->renameButton, &QPushButton::clicked, this,
            [this] { renameSelected(m_ui->newNameEdit->text()); });
    connect(m_ui->newNameEdit, &QLineEdit::returnPressed, this,
            [this] { renameSelected(m_ui->newNameEdit->text()); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TagManagerDialog::deleteSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!target.writable)
        m_ui->statusLabel->setText(tr("This database is open read-only: %1").arg(target.readOnlyReason));
    fill();
    setBusy(false);
    resize(560, 460);
}

TagManagerDialog::~TagManagerDialog() = default;

void TagManagerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void TagManagerDialog::retranslateUi()
{
    m_ui->tagTable->setHorizontalHeaderLabels({tr("Tag"),
                                               //: Column: number of API keys carrying the tag.
                                               tr("Keys"),
                                               //: Column: number of deleted API keys carrying the tag.
                                               tr("In the trash")});
}

void TagManagerDialog::setKeys(const QList<relay::KeyEntry>& keys)
{
    m_keysByTag.clear();
    for (const relay::KeyEntry& e : keys) {
        if (e.key.isDeleted())
            continue;
        QStringList seen;
        for (const QString& raw : e.key.serviceStringList(relay::ApiKeyField::Tags)) {
            const QString tag = raw.trimmed();
            if (tag.isEmpty() || seen.contains(tag))
                continue;
            seen << tag;
            //: A key in a confirmation list: %1 its name, %2 its id.
            m_keysByTag[tag] << tr("%1 (%2)").arg(e.key.name(), QString::fromLatin1(e.id));
        }
    }
}

void TagManagerDialog::setConfirmHook(std::function<bool(const QString&, const QStringList&)> hook)
{
    m_confirmHook = std::move(hook);
}

QStringList TagManagerDialog::keysWithTag(const QString& tag) const
{
    return m_keysByTag.value(tag.trimmed());
}

bool TagManagerDialog::confirm(const QString& title, const QString& question, const QString& tag,
                               const QString& change)
{
    const QStringList keys = keysWithTag(tag);
    constexpr int Shown = 12;
    QString text = question;
    if (!keys.isEmpty()) {
        text += u"\n\n"_s + keys.mid(0, Shown).join(u'\n');
        if (keys.size() > Shown)
            text += u'\n' + tr("… and %n more (see the details).", nullptr, int(keys.size() - Shown));
    }
    if (MessageBox::questionWithDetails(
            this, title, text, keys.size() > Shown ? keys.join(u'\n') : QString()) != QMessageBox::Yes)
        return false;
    if (!m_confirmHook)
        return true;
    QStringList changes;
    for (const QString& k : keys)
        changes << u"%1 — %2"_s.arg(k, change);
    if (changes.isEmpty())
        changes << change;
    if (m_confirmHook(title, changes))
        return true;
    m_ui->statusLabel->setText(tr("Cancelled; nothing was written."));
    return false;
}

void TagManagerDialog::fill()
{
    const QString selected = selectedTag();
    std::sort(m_tags.begin(), m_tags.end(), [](const relay::TagCount& a, const relay::TagCount& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    m_ui->tagTable->setRowCount(int(m_tags.size()));
    for (int row = 0; row < m_tags.size(); ++row) {
        const relay::TagCount& t = m_tags.at(row);
        m_ui->tagTable->setItem(row, 0, new QTableWidgetItem(t.name));
        auto* keys = new QTableWidgetItem(QString::number(t.keys));
        keys->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->tagTable->setItem(row, 1, keys);
        auto* trash = new QTableWidgetItem(QString::number(t.deletedKeys));
        trash->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->tagTable->setItem(row, 2, trash);
    }
    selectTag(selected);
}

void TagManagerDialog::selectTag(const QString& tag)
{
    for (int row = 0; row < m_tags.size(); ++row)
        if (m_tags.at(row).name == tag)
            m_ui->tagTable->selectRow(row);
}

QString TagManagerDialog::selectedTag() const
{
    const QList<QTableWidgetItem*> items = m_ui->tagTable->selectedItems();
    return items.isEmpty() ? QString() : m_ui->tagTable->item(items.first()->row(), 0)->text();
}

QString TagManagerDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void TagManagerDialog::setBusy(bool busy)
{
    m_busy = busy;
    const bool hasSelection = !selectedTag().isEmpty();
    m_ui->renameButton->setEnabled(!busy && hasSelection);
    m_ui->deleteButton->setEnabled(!busy && hasSelection);
    m_ui->newNameEdit->setEnabled(!busy && hasSelection);
}

void TagManagerDialog::renameSelected(const QString& newName)
{
    const QString from = selectedTag();
    const QString to = newName.trimmed();
    if (from.isEmpty() || m_busy || to == from)
        return;
    const QList<relay::ValidationIssue> issues = relay::KeyValidator::validateTagName(to);
    if (relay::KeyValidator::hasErrors(issues)) {
        m_ui->statusLabel->setText(relay::KeyValidator::errorsOnly(issues).first().message);
        return;
    }
    const auto it = std::find_if(m_tags.begin(), m_tags.end(),
                                 [&from](const relay::TagCount& t) { return t.name == from; });
    // Only live keys change: the service leaves deleted keys alone (KeyWriter::renameTag).
    const int keys = it == m_tags.end() ? 0 : it->keys;
    //: %1 old tag, %2 new tag, %n number of API keys.
    if (!confirm(tr("Rename tag"),
                 tr("Rename the tag “%1” to “%2” on %n key(s)?", nullptr, keys).arg(from, to), from,
                 tr("rename tag \"%1\" to \"%2\"").arg(from, to)))
        return;
    setBusy(true);
    m_ui->statusLabel->setText(tr("Renaming…"));
    QPointer<TagManagerDialog> self(this);
    m_writer->renameTag(from, to, [self, from, to](const relay::WriteResult& r) {
        if (!self)
            return;
        if (r.ok()) {
            // Merge the counts locally; the key list reloads from Redis on tagsChanged.
            relay::TagCount merged {to};
            QList<relay::TagCount> rest;
            for (const relay::TagCount& t : std::as_const(self->m_tags)) {
                if (t.name == from || t.name == to) {
                    merged.keys += t.keys;
                    merged.deletedKeys += t.deletedKeys;
                } else {
                    rest << t;
                }
            }
            self->m_tags = rest << merged;
            self->fill();
            self->selectTag(to);
        }
        self->finish(r, tr("Renamed “%1” to “%2” on %n key(s).", nullptr, r.changedKeys).arg(from, to));
    });
}

void TagManagerDialog::deleteSelected()
{
    const QString tag = selectedTag();
    if (tag.isEmpty() || m_busy)
        return;
    const auto it = std::find_if(m_tags.begin(), m_tags.end(),
                                 [&tag](const relay::TagCount& t) { return t.name == tag; });
    const int keys = it == m_tags.end() ? 0 : it->keys; // deleted keys keep their tags (18.7)
    if (!confirm(tr("Delete tag"),
                 tr("Remove the tag “%1” from %n key(s)? The keys themselves stay.", nullptr, keys).arg(tag),
                 tag, tr("remove tag \"%1\"").arg(tag)))
        return;
    setBusy(true);
    m_ui->statusLabel->setText(tr("Deleting…"));
    QPointer<TagManagerDialog> self(this);
    m_writer->deleteTag(tag, [self, tag](const relay::WriteResult& r) {
        if (!self)
            return;
        if (r.ok()) {
            self->m_tags.removeIf([&tag](const relay::TagCount& t) { return t.name == tag; });
            self->fill();
        }
        self->finish(r, tr("Removed “%1” from %n key(s).", nullptr, r.changedKeys).arg(tag));
    });
}

void TagManagerDialog::finish(const relay::WriteResult& result, const QString& success)
{
    setBusy(false);
    if (result.ok() || result.status == relay::WriteStatus::Reverted) {
        m_ui->statusLabel->setText(result.ok() ? success : result.message);
        emit tagsChanged(result.keyIds);
        return;
    }
    m_ui->statusLabel->setText(result.message);
}

} // namespace rka::ui
