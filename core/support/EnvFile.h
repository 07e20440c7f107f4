#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rka::support {

// A dotenv file as the service reads its `.env`: KEY=VALUE lines, `#` comments, an optional
// `export ` prefix, single- or double-quoted values (double quotes understand \n), inline comments
// after unquoted values. Values may be secrets: nothing here logs them.
class EnvFile
{
    Q_DECLARE_TR_FUNCTIONS(EnvFile)

public:
    static EnvFile parse(const QByteArray& text);
    static EnvFile load(const QString& path); // error() says why a file could not be read

    const QHash<QString, QString>& values() const { return m_values; }
    QString value(const QString& name) const { return m_values.value(name); }
    bool contains(const QString& name) const { return m_values.contains(name); }
    // Lines that are not KEY=VALUE, as "line N: reason".
    const QStringList& problems() const { return m_problems; }
    QString error() const { return m_error; }

private:
    QHash<QString, QString> m_values;
    QStringList m_problems;
    QString m_error;
};

} // namespace rka::support
