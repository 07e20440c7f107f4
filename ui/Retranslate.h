#pragma once

#include <QAbstractItemModel>
#include <QEvent>

#include <functional>
#include <vector>

namespace rka::ui {

// For item models whose header and cell texts come from tr() when the views ask for them: after a
// language change, tells the views to ask again. Models call it from event() on
// QEvent::LanguageChange, which Qt sends them through their parent widget.
inline void announceLanguageChange(QAbstractItemModel* model)
{
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

// How a widget sets its texts, kept to set them again after a language change. While building itself
// the widget adds `[=] { label->setText(tr("...")); }` (which runs at once); its changeEvent() calls
// retranslate() on QEvent::LanguageChange.
class TextSetters
{
public:
    void add(std::function<void()> set)
    {
        set();
        m_setters.push_back(std::move(set));
    }
    void retranslate() const
    {
        for (const std::function<void()>& set : m_setters)
            set();
    }

private:
    std::vector<std::function<void()>> m_setters;
};

} // namespace rka::ui
