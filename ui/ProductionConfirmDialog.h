#pragma once

#include "Retranslate.h"
#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rka::ui {

// Before a write on a production profile: shows exactly what will change, one line per change as the
// caller describes it, and enables its OK button only once the user has typed the profile's name
// exactly (case and spaces included).
class ProductionConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    // `action` is a short summary ("Delete 3 keys"); `changes` the exact changes, one per line.
    ProductionConfirmDialog(const QString& profileName, const QString& action, const QStringList& changes,
                            QWidget* parent = nullptr);

    // Runs the dialog; true only when the user typed the name and confirmed.
    static bool confirm(QWidget* parent, const QString& profileName, const QString& action,
                        const QStringList& changes);

    QLineEdit* nameEdit() const { return m_nameEdit; }
    QPushButton* okButton() const { return m_okButton; }
    QString changesText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QString m_profileName;
    QPlainTextEdit* m_changes = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QPushButton* m_okButton = nullptr;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
