#include "UsageRecordDialog.h"

#include "DetailFormat.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {

QString valueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
    case QJsonValue::String:
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return {};
    }
    if (v.isDouble()) {
        // The exact stored number, as the service wrote it.
        const QJsonDocument d(QJsonArray {v});
        const QByteArray t = d.toJson(QJsonDocument::Compact);
        return QString::fromUtf8(t.mid(1, t.size() - 2));
    }
    return v.toString();
}

void addObject(QTreeWidgetItem* parent, QTreeWidget* tree, const QJsonObject& o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, it.key());
        item->setText(1, valueText(it.value()));
        item->setFlags(item->flags() | Qt::ItemIsSelectable);
        if (it.value().isObject())
            addObject(item, tree, it.value().toObject());
    }
}

} // namespace

UsageRecordDialog::UsageRecordDialog(const relay::UsageRecord& record, const QString& accountText,
                                     QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"usageRecordDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel;
    m_texts.add([this, summary, accountText] {
        const relay::UsageRecord& r = m_record;
        //: Window title of the usage record detail; %1 is the model name
        setWindowTitle(tr("Request details: %1").arg(r.model()));
        const auto t = r.timestampUtc();
        summary->setText(tr("%1 \u2022 %2 \u2022 %3 \u2022 %4 tokens \u2022 %5")
                             .arg(t ? DetailFormat::dateTime(*t) : r.timestamp(), r.model(),
                                  accountText.isEmpty() ? tr("no account") : accountText,
                                  DetailFormat::count(r.totalTokens()), DetailFormat::money(r.cost())));
    });
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);

    m_tree->setObjectName(u"recordTree"_s);
    m_texts.add([this] { m_tree->setHeaderLabels({tr("Field"), tr("Value")}); });
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    addObject(nullptr, m_tree, record.json());
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copyValue = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    auto* copyJson = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_texts.add([copyValue, copyJson] {
        copyValue->setText(tr("Copy selected"));
        copyJson->setText(tr("Copy JSON"));
    });
    copyJson->setObjectName(u"copyJsonButton"_s);
    connect(copyValue, &QPushButton::clicked, this, &UsageRecordDialog::copySelection);
    connect(copyJson, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(json()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

void UsageRecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDialog::changeEvent(event);
}

QString UsageRecordDialog::json() const
{
    return QString::fromUtf8(QJsonDocument(m_record.json()).toJson(QJsonDocument::Indented));
}

void UsageRecordDialog::copySelection()
{
    QStringList lines;
    for (const QTreeWidgetItem* item : m_tree->selectedItems())
        lines << item->text(0) + u": "_s + item->text(1);
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace rka::ui
