#include "EnvFile.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rka::support {

EnvFile EnvFile::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        EnvFile e;
        e.m_error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return e;
    }
    return parse(f.readAll());
}

EnvFile EnvFile::parse(const QByteArray& text)
{
    EnvFile e;
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_.]*$"_s);
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        QString rest = trimmed;
        if (rest.startsWith(u"export "_s))
            rest = rest.mid(7).trimmed();
        const qsizetype eq = rest.indexOf(u'=');
        if (eq <= 0) {
            e.m_problems << tr("line %1: not KEY=VALUE").arg(n + 1);
            continue;
        }
        const QString key = rest.left(eq).trimmed();
        if (!name.match(key).hasMatch()) {
            e.m_problems << tr("line %1: \"%2\" is not a variable name").arg(n + 1).arg(key.left(40));
            continue;
        }
        QString value = rest.mid(eq + 1).trimmed();
        if (!value.isEmpty() && (value.front() == u'"' || value.front() == u'\'')) {
            const QChar quote = value.front();
            const qsizetype close = value.indexOf(quote, 1);
            if (close < 0) {
                e.m_problems << tr("line %1: the quote of %2 is not closed").arg(n + 1).arg(key);
                continue;
            }
            value = value.mid(1, close - 1);
            if (quote == u'"')
                value.replace(u"\\n"_s, u"\n"_s).replace(u"\\\""_s, u"\""_s);
        } else {
            const qsizetype hash = value.indexOf(u" #"_s);
            if (hash >= 0)
                value = value.left(hash).trimmed();
        }
        e.m_values.insert(key, value);
    }
    return e;
}

} // namespace rka::support
