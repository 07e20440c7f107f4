#include "ModelListEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace rka::ui {

ModelListEditor::ModelListEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"modelEdit"_s);
    auto* add = new QPushButton(this);
    add->setObjectName(u"addModelButton"_s);
    auto* paste = new QPushButton(this);
    paste->setObjectName(u"pasteModelsButton"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"modelList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(90);
    m_list->installEventFilter(this);
    m_remove = new QPushButton(this);
    m_texts.add([this, add, paste] {
        m_edit->setPlaceholderText(tr("Model id, or several separated by commas, spaces or new lines"));
        add->setText(tr("&Add"));
        paste->setText(tr("&Paste list"));
        paste->setToolTip(tr("Adds every model id on the clipboard"));
        m_remove->setText(tr("&Remove selected"));
    });
    m_remove->setObjectName(u"removeModelButton"_s);
    m_remove->setEnabled(false);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(add, 0, 1);
    layout->addWidget(paste, 0, 2);
    layout->addWidget(m_list, 1, 0, 1, 2);
    layout->addWidget(m_remove, 1, 2, Qt::AlignTop);

    m_completer = new QCompleter(new QStringListModel(this), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);

    auto commit = [this] {
        if (addFromText(m_edit->text()) > 0 || m_edit->text().trimmed().isEmpty())
            m_edit->clear();
    };
    connect(m_edit, &QLineEdit::returnPressed, this, commit);
    connect(add, &QPushButton::clicked, this, commit);
    connect(paste, &QPushButton::clicked, this, [this] { addFromText(QApplication::clipboard()->text()); });
    connect(m_remove, &QPushButton::clicked, this, &ModelListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
}

void ModelListEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
    }
    QWidget::changeEvent(event);
}

void ModelListEditor::setKnownModels(const QStringList& models)
{
    static_cast<QStringListModel*>(m_completer->model())->setStringList(models);
}

void ModelListEditor::setModels(const QStringList& models)
{
    m_list->clear();
    m_list->addItems(models);
}

QStringList ModelListEditor::models() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

int ModelListEditor::addFromText(const QString& text)
{
    static const QRegularExpression separators(u"[\\s,，;；]+"_s);
    const QStringList current = models();
    int added = 0;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (current.contains(part) || models().contains(part))
            continue;
        m_list->addItem(part);
        ++added;
    }
    if (added > 0)
        emit modelsChanged();
    return added;
}

void ModelListEditor::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    emit modelsChanged();
}

bool ModelListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rka::ui
