#include "Translations.h"

#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace rka::support {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
    QString requested = Translations::System;
    QString effective;
};

Installed& installed()
{
    static Installed state;
    return state;
}

QString resourceFile(const QString& code)
{
    return u":/i18n/relaykeyadmin_"_s + code + u".qm"_s;
}

} // namespace

QString Translations::pseudoCode()
{
    return u"pseudo"_s;
}

QStringList Translations::available()
{
    QStringList codes {u"en"_s, u"zh_CN"_s, u"zh_TW"_s};
    if (QFile::exists(resourceFile(pseudoCode())))
        codes << pseudoCode();
    return codes;
}

QString Translations::nativeName(const QString& code)
{
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"zh_CN"_s)
        return u"简体中文"_s;
    if (code == u"zh_TW"_s)
        return u"繁體中文"_s;
    if (code == pseudoCode())
        return u"[Ƥšéûðö ~~]"_s;
    return code;
}

QString Translations::normalize(const QString& name, bool* ok)
{
    const QString n = name.trimmed();
    auto result = [ok](const QString& code, bool good) {
        if (ok)
            *ok = good;
        return good ? code : System;
    };
    if (n.isEmpty() || n.compare(u"system"_s, Qt::CaseInsensitive) == 0)
        return result(System, true);
    if (n.compare(pseudoCode(), Qt::CaseInsensitive) == 0)
        return result(pseudoCode(), available().contains(pseudoCode()));
    const QLocale l(QString(n).replace(u'-', u'_'));
    if (l.language() == QLocale::English)
        return result(u"en"_s, true);
    if (l.language() == QLocale::Chinese) {
        const bool traditional = l.script() == QLocale::TraditionalHanScript ||
            l.territory() == QLocale::Taiwan || l.territory() == QLocale::HongKong ||
            l.territory() == QLocale::Macao;
        return result(traditional ? u"zh_TW"_s : u"zh_CN"_s, true);
    }
    return result(System, false);
}

QString Translations::optionValue(const QStringList& arguments, const QString& name)
{
    const QString option = u"--"_s + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--"_s)
            break;
        if (a == option || a == option.mid(1))
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (a.startsWith(option + u'='))
            return a.mid(option.size() + 1);
    }
    return {};
}

QString Translations::systemLanguage()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        bool ok = false;
        const QString code = normalize(ui, &ok);
        if (ok && !code.isEmpty() && code != pseudoCode())
            return code;
    }
    return u"en"_s;
}

QLocale Translations::locale(const QString& code)
{
    if (code == u"zh_CN"_s)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (code == u"zh_TW"_s)
        return QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan);
    if (code.isEmpty())
        return QLocale::system();
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Translations::install(const QString& code)
{
    Installed& s = installed();
    const QString effective = code.isEmpty() ? systemLanguage() : code;

    // The locale first: the windows re-set their texts, numbers and dates on the LanguageChange
    // event the translators send.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : locale(effective));

    if (s.program)
        QCoreApplication::removeTranslator(s.program.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.program = std::make_unique<QTranslator>();
    s.qt = std::make_unique<QTranslator>();

    if (effective != u"en"_s && effective != pseudoCode()) {
        // Qt's own strings (standard buttons, file dialogs), when the system has them.
        if (s.qt->load(u"qtbase_"_s + effective, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(s.qt.get());
    }
    if (s.program->load(resourceFile(effective)))
        QCoreApplication::installTranslator(s.program.get());

    s.requested = code;
    s.effective = effective;
    return effective;
}

QString Translations::requested()
{
    return installed().requested;
}

QString Translations::effective()
{
    const Installed& s = installed();
    return s.effective.isEmpty() ? systemLanguage() : s.effective;
}

} // namespace rka::support
