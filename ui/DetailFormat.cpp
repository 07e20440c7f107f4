#include "DetailFormat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::ui {

QString DetailFormat::money(double value)
{
    if (!std::isfinite(value))
        return QLocale().toString(value);
    const QLocale locale;
    QString text = locale.toString(value, 'f', 8);
    const QString point = locale.decimalPoint();
    const qsizetype dot = text.lastIndexOf(point);
    if (dot >= 0) {
        qsizetype end = text.size();
        while (end > dot + point.size() + 2 && text.at(end - 1) == locale.zeroDigit().front())
            --end;
        text.truncate(end);
    }
    //: A cost in US dollars; %1 is the formatted number.
    return tr("$%1").arg(text);
}

QString DetailFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DetailFormat::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString DetailFormat::percent(double ratio)
{
    //: A percentage; %1 is the number.
    return tr("%1 %").arg(QLocale().toString(ratio * 100.0, 'f', 1));
}

QString DetailFormat::bytes(qint64 value)
{
    return QLocale().formattedDataSize(value);
}

QString DetailFormat::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
}

QString DetailFormat::duration(qint64 seconds, int parts)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    const QLocale l;
    QStringList out;
    auto add = [&](qint64 v, const QString& text) {
        if ((v > 0 || (!out.isEmpty())) && out.size() < parts)
            out << text.arg(l.toString(v));
    };
    //: Duration unit: days
    add(days, tr("%1 d"));
    //: Duration unit: hours
    add(hours, tr("%1 h"));
    //: Duration unit: minutes
    add(minutes, tr("%1 min"));
    //: Duration unit: seconds
    if (out.size() < parts)
        out << tr("%1 s").arg(l.toString(secs));
    // "2 d 0 h" reads worse than "2 d".
    while (out.size() > 1 && out.last().startsWith(l.toString(0) + u' '))
        out.removeLast();
    return out.join(u' ');
}

QString DetailFormat::relative(const QDateTime& when, const QDateTime& now)
{
    const qint64 secs = now.secsTo(when);
    if (secs >= 0)
        //: Time until a future instant, e.g. "in 3 d 2 h"
        return tr("in %1").arg(duration(secs));
    //: Time since a past instant, e.g. "3 d 2 h ago"
    return tr("%1 ago").arg(duration(-secs));
}

QString DetailFormat::dateTimeWithRelative(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return {};
    //: %1 is a date and time, %2 how long ago or from now ("in 3 d", "2 h ago")
    return tr("%1 (%2)").arg(dateTime(when), relative(when, now));
}

} // namespace rka::ui
