#include "LimitBar.h"

#include "DetailFormat.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

namespace rka::ui {

LimitBar::LimitBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_label->setObjectName(QStringLiteral("limitText"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_bar->hide();
}

void LimitBar::setValues(double current, std::optional<double> limit, Unit unit)
{
    auto format = [unit](double v) {
        return unit == Unit::Money ? DetailFormat::money(v) : DetailFormat::count(qint64(std::llround(v)));
    };
    if (!limit || !std::isfinite(*limit) || *limit <= 0) {
        m_ratio.reset();
        //: A usage figure for which no limit is set; %1 is the figure.
        m_label->setText(tr("%1 (no limit)").arg(format(current)));
        m_bar->hide();
        return;
    }
    const double ratio = current / *limit;
    m_ratio = ratio;
    //: Usage against a limit: %1 used, %2 the limit, %3 the percentage.
    m_label->setText(tr("%1 of %2 (%3)").arg(format(current), format(*limit), DetailFormat::percent(ratio)));
    m_bar->setValue(int(std::clamp(ratio, 0.0, 1.0) * 1000));
    QPalette p = m_bar->palette();
    const QColor colour = ratio >= 0.95 ? QColor(0xdc, 0x26, 0x26)
        : ratio >= 0.8                  ? QColor(0xd9, 0x77, 0x06)
                                        : palette().color(QPalette::Highlight);
    p.setColor(QPalette::Highlight, colour);
    m_bar->setPalette(p);
    m_bar->show();
}

void LimitBar::setMessage(const QString& text)
{
    m_ratio.reset();
    m_label->setText(text);
    m_bar->hide();
}

QString LimitBar::text() const
{
    return m_label->text();
}

} // namespace rka::ui
