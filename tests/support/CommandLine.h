#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rka::test {

// Splits one redis-cli command line into arguments: bare words, or double-quoted strings with
// \xHH, \n, \r, \t, \a, \b, \", \\ escapes, or single-quoted strings with \' only.
QList<QByteArray> splitCommandLine(const QByteArray& line, QString* error = nullptr);

} // namespace rka::test
