#pragma once

#include "Retranslate.h"
#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rka::ui {

// A list of model ids for the model restriction: completion from the models seen in the usage data,
// free input, and many at once (pasted or typed, separated by new lines, commas or spaces). Entries
// are trimmed and kept unique, since the service matches them exactly (service-data-model.md 13).
class ModelListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ModelListEditor(QWidget* parent = nullptr);

    void setKnownModels(const QStringList& models);
    void setModels(const QStringList& models);
    QStringList models() const;
    // Splits `text` into model ids and adds the new ones; returns how many were added.
    int addFromText(const QString& text);
    void removeSelected();
    QLineEdit* lineEdit() const { return m_edit; }
    QListWidget* list() const { return m_list; }

signals:
    void modelsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    void changeEvent(QEvent* event) override;

private:
    QListWidget* m_list = nullptr;
    QLineEdit* m_edit = nullptr;
    QCompleter* m_completer = nullptr;
    QPushButton* m_remove = nullptr;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
