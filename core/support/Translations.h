#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace rka::support {

// The program's languages, for the GUI and the CLI alike. Each language is the program's own
// translation, embedded as ":/i18n/relaykeyadmin_<code>.qm", plus Qt's own ("qtbase_<code>.qm", the
// standard buttons and dialogs) loaded from the system's Qt translations folder when it is installed.
// English is the source language: its file holds the plural forms only.
//
// install() replaces the translators installed before; Qt then sends QEvent::LanguageChange to every
// widget, and each window re-sets its texts in changeEvent().
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // The code for "follow the system's language".
    static inline const QString System = QString();
    // The pseudo-locale of a build configured with RKA_PSEUDO_LOCALE=ON: every string stretched and
    // marked, so untranslated or clipped text stands out in screenshots.
    static QString pseudoCode();

    // The languages built into the program: "en", "zh_CN", "zh_TW" (and "pseudo" when built in).
    static QStringList available();
    // The language's own name, for the language menu: "English", "简体中文", "繁體中文".
    static QString nativeName(const QString& code);

    // Turns what a user typed ("zh-TW", "zh_tw", "zh_Hant", "en_US", "system") into one of
    // available() or System. False in *ok (and System) for a language the program does not have.
    static QString normalize(const QString& name, bool* ok = nullptr);

    // The value of the option `--name VALUE` or `--name=VALUE` in a program's arguments, read before
    // the command line parser runs (its help text is translated already); empty when not given.
    static QString optionValue(const QStringList& arguments, const QString& name);

    // The language the system's locale selects among available(): the first of the user's UI
    // languages that the program has; English when none.
    static QString systemLanguage();

    // Installs the translators for `code` (System: systemLanguage()) and makes its locale the default
    // for numbers and dates (System: the system's locale). Returns the language now in effect.
    static QString install(const QString& code);
    // The language installed last (System until install() is called), and the one now in effect.
    static QString requested();
    static QString effective();

    // The locale used for numbers and dates with `code`.
    static QLocale locale(const QString& code);
};

} // namespace rka::support
