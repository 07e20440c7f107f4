#pragma once

#include <QMenu>
#include <QString>

class QActionGroup;

namespace rka::ui {

// The GUI's language: the system's by default, or the one chosen in the language menu (remembered
// in QSettings as "ui/language"), or `--lang` on the command line for one run. Switching takes
// effect at once: every window re-sets its texts on QEvent::LanguageChange.
namespace Language {

// The remembered choice: a code of support::Translations::available(), or empty for the system's.
QString saved();
void save(const QString& code);

// At start: `--lang CODE` if given (for this run only), else the remembered choice. Installs it and
// returns true; false with *error for a language the program does not have.
bool applyAtStart(const QStringList& arguments, QString* error);

// Switches to `code` (empty: the system's) at run time and remembers it.
void switchTo(const QString& code);

} // namespace Language

// The "Language" submenu: System default, then each language under its own name. The checked entry
// follows the language in effect, also when it is switched elsewhere.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The entry for `code` (empty: System default), for tests.
    QAction* actionFor(const QString& code) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateChecks();

    QActionGroup* m_group = nullptr;
    QAction* m_system = nullptr;
};

} // namespace rka::ui
