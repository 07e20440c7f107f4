#include "Fixtures.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace rka::test::Fixtures {

QString dir()
{
    const QString env = qEnvironmentVariable("RKA_FIXTURES");
    if (!env.isEmpty() && QDir(env).exists())
        return env;
    return QStringLiteral(RKA_SOURCE_DIR) + u"/tests/fixtures"_s;
}

QString path(const QString& release, const QString& file)
{
    return dir() + u"/crs-"_s + release + u'/' + file;
}

QJsonDocument json(const QString& release, const QString& file)
{
    QFile f(path(release, file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}

} // namespace rka::test::Fixtures
