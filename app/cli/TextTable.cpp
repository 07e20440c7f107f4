#include "TextTable.h"

using namespace Qt::StringLiterals;

namespace rka::cli {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{ }

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows.append(cells);
}

void TextTable::setRightAligned(int column)
{
    m_right.append(column);
}

int TextTable::displayWidth(QStringView text)
{
    int w = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
            (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const QString& h : m_headers)
        widths << displayWidth(h);
    for (const QStringList& row : m_rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    auto line = [&](const QStringList& cells) -> QString {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            const QString pad(widths.at(i) - displayWidth(cells.at(i)), u' ');
            const bool last = i == cells.size() - 1;
            if (m_right.contains(i))
                out += pad + cells.at(i);
            else
                out += cells.at(i) + (last ? QString() : pad);
            if (!last)
                out += u"  "_s;
        }
        return out + u'\n';
    };
    QString out = line(m_headers);
    for (const QStringList& row : m_rows)
        out += line(row);
    return out;
}

} // namespace rka::cli
