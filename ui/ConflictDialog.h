#pragma once

#include "relay/KeyWrite.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConflictDialog;
}

namespace rka::ui {

// Shows the fields that another writer changed while the editor was open — the user's value, the
// stored value and the value when the editor was opened — and asks which side wins.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, KeepMine, TakeTheirs };

    explicit ConflictDialog(const QList<relay::FieldConflict>& conflicts, QWidget* parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const { return m_choice; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* takeTheirsButton() const { return m_takeTheirs; }
    // How a stored value is shown: the text, or "(not set)" for an absent field.
    static QString shown(const std::optional<QByteArray>& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    Choice m_choice = Choice::Cancel;
};

} // namespace rka::ui
