#include "ConflictDialog.h"

#include "ui_ConflictDialog.h"

#include "relay/ApiKeyCodec.h"
#include "relay/KeyValidator.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rka::ui {

ConflictDialog::ConflictDialog(const QList<relay::FieldConflict>& conflicts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->conflictTable;
    table->setColumnCount(4);
    table->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const relay::FieldConflict& c = conflicts.at(row);
        auto* name = new QTableWidgetItem;
        name->setData(Qt::UserRole, QString::fromUtf8(c.field));
        name->setToolTip(QString::fromUtf8(c.field));
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(shown(c.mine)));
        table->setItem(row, 2, new QTableWidgetItem(shown(c.theirs)));
        table->setItem(row, 3, new QTableWidgetItem(shown(c.base)));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->resizeRowsToContents();

    m_keepMine = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_takeTheirs = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(760, 320);
}

void ConflictDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ConflictDialog::retranslateUi()
{
    QTableWidget* table = m_ui->conflictTable;
    m_ui->explanation->setText(
        tr("While you edited this key, someone else changed %n of the fields you changed too. Nothing has "
           "been written yet. Keep your values, take the stored ones for these fields (your other changes "
           "are still saved), or cancel and go on editing.",
           nullptr, table->rowCount()));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"),
                                      //: Conflict table column: the value another writer stored.
                                      tr("Theirs (stored now)"),
                                      //: Conflict table column: the value when the editor was opened.
                                      tr("When you opened it")});
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem* name = table->item(row, 0);
        const QByteArray stored = name->data(Qt::UserRole).toString().toUtf8();
        const std::optional<relay::ApiKeyField> field = relay::apiKeyFieldByName(stored);
        name->setText(field ? relay::KeyValidator::fieldLabel(*field) : QString::fromUtf8(stored));
    }
    m_keepMine->setText(tr("&Keep mine"));
    m_takeTheirs->setText(tr("&Take theirs"));
}

ConflictDialog::~ConflictDialog() = default;

QString ConflictDialog::shown(const std::optional<QByteArray>& value)
{
    if (!value)
        //: A field that is absent from the key.
        return tr("(not set)");
    if (value->isEmpty())
        //: A field that holds the empty string.
        return tr("(empty)");
    return relay::ApiKeyCodec::preview(*value);
}

} // namespace rka::ui
