#pragma once

#include <QStringList>

namespace rka::cli {

// A plain-text table for the terminal. Column widths count East Asian wide characters as two
// cells, so Chinese names line up.
class TextTable
{
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    void setRightAligned(int column);
    QString render() const;
    static int displayWidth(QStringView text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_right;
};

} // namespace rka::cli
