#include "Fixtures.h"

#include "CommandLine.h"

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

QList<QList<QByteArray>> seedCommands(const QString& release, const QString& file)
{
    QList<QList<QByteArray>> out;
    QFile f(path(release, file));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QList<QByteArray> argv = splitCommandLine(f.readLine());
        if (!argv.isEmpty())
            out.append(argv);
    }
    return out;
}

QList<std::pair<QByteArray, QByteArray>> seedHash(const QString& release, const QByteArray& redisKey,
                                                  const QString& file)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (const QList<QByteArray>& argv : seedCommands(release, file))
        if (argv.size() >= 2 && argv.at(0) == "HSET" && argv.at(1) == redisKey)
            for (qsizetype i = 2; i + 1 < argv.size(); i += 2)
                out.append({argv.at(i), argv.at(i + 1)});
    return out;
}

} // namespace rka::test::Fixtures
