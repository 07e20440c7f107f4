#include "Language.h"

#include "support/Translations.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rka::ui {

namespace {
const QString SettingsKey = u"ui/language"_s;
} // namespace

QString Language::saved()
{
    bool ok = false;
    const QString code = support::Translations::normalize(QSettings().value(SettingsKey).toString(), &ok);
    return ok ? code : support::Translations::System;
}

void Language::save(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, code);
}

bool Language::applyAtStart(const QStringList& arguments, QString* error)
{
    const QString given = support::Translations::optionValue(arguments, u"lang"_s);
    if (given.isEmpty()) {
        support::Translations::install(saved());
        return true;
    }
    bool ok = false;
    const QString code = support::Translations::normalize(given, &ok);
    if (!ok) {
        support::Translations::install(saved());
        if (error)
            *error = LanguageMenu::tr("Unknown language \"%1\"; available: %2.")
                         .arg(given, support::Translations::available().join(u", "_s));
        return false;
    }
    support::Translations::install(code);
    return true;
}

void Language::switchTo(const QString& code)
{
    save(code);
    if (code != support::Translations::requested() || code.isEmpty())
        support::Translations::install(code);
}

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    m_group->setExclusive(true);
    m_system = addAction(QString());
    m_system->setObjectName(u"language-system"_s);
    m_system->setData(support::Translations::System);
    m_system->setCheckable(true);
    m_group->addAction(m_system);
    addSeparator();
    for (const QString& code : support::Translations::available()) {
        // Each language under its own name, the same in every language.
        QAction* a = addAction(support::Translations::nativeName(code));
        a->setObjectName(u"language-"_s + code);
        a->setData(code);
        a->setCheckable(true);
        m_group->addAction(a);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [](QAction* a) { Language::switchTo(a->data().toString()); });
    retranslateUi();
}

QAction* LanguageMenu::actionFor(const QString& code) const
{
    for (QAction* a : m_group->actions())
        if (a->data().toString() == code)
            return a;
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    //: The menu that switches the interface language
    setTitle(tr("&Language"));
    //: Follow the language of the operating system
    m_system->setText(tr("&System default (%1)")
                          .arg(support::Translations::nativeName(support::Translations::systemLanguage())));
    updateChecks();
}

void LanguageMenu::updateChecks()
{
    if (QAction* a = actionFor(support::Translations::requested()))
        a->setChecked(true);
}

} // namespace rka::ui
