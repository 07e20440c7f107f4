#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;

namespace rka::ui {

// A usage figure against its limit: "$1.34 of $10.00 (13.4 %)" over a thin bar that turns amber at
// 80 % and red at 95 % (web-admin-features.md 7.5). A limit that is absent or <= 0 means no limit:
// the bar is hidden and the text says so.
class LimitBar : public QWidget
{
    Q_OBJECT
public:
    enum class Unit { Money, Count };

    explicit LimitBar(QWidget* parent = nullptr);

    void setValues(double current, std::optional<double> limit, Unit unit);
    // Shows only a message (for example "window not active"), no bar.
    void setMessage(const QString& text);

    QString text() const;
    // current / limit, or nullopt without a limit.
    std::optional<double> ratio() const { return m_ratio; }

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    std::optional<double> m_ratio;
};

} // namespace rka::ui
