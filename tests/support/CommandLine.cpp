#include "CommandLine.h"

using namespace Qt::StringLiterals;

namespace rka::test {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QList<QByteArray> splitCommandLine(const QByteArray& line, QString* error)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (true) {
        while (i < n && isSpace(line.at(i)))
            ++i;
        if (i >= n)
            return out;
        QByteArray arg;
        const char quote = line.at(i);
        if (quote == '"' || quote == '\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = line.at(i);
                if (c == quote) {
                    closed = true;
                    ++i;
                    break;
                }
                if (c == '\\' && i + 1 < n) {
                    const char e = line.at(i + 1);
                    if (quote == '\'') {
                        arg += e == '\'' ? '\'' : '\\';
                        i += e == '\'' ? 2 : 1;
                        continue;
                    }
                    if (e == 'x' && i + 3 < n && hexValue(line.at(i + 2)) >= 0 &&
                        hexValue(line.at(i + 3)) >= 0) {
                        arg += char(hexValue(line.at(i + 2)) * 16 + hexValue(line.at(i + 3)));
                        i += 4;
                        continue;
                    }
                    switch (e) {
                    case 'n':
                        arg += '\n';
                        break;
                    case 'r':
                        arg += '\r';
                        break;
                    case 't':
                        arg += '\t';
                        break;
                    case 'a':
                        arg += '\a';
                        break;
                    case 'b':
                        arg += '\b';
                        break;
                    default:
                        arg += e;
                    }
                    i += 2;
                    continue;
                }
                arg += c;
                ++i;
            }
            if (!closed) {
                if (error)
                    *error = u"unterminated quote"_s;
                return {};
            }
            if (i < n && !isSpace(line.at(i))) {
                if (error)
                    *error = u"closing quote must be followed by a space"_s;
                return {};
            }
        } else {
            while (i < n && !isSpace(line.at(i)))
                arg += line.at(i++);
        }
        out.append(arg);
    }
}

} // namespace rka::test
