#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rka::ui {

// Number, money, time and duration formatting shared by the detail pane, the usage records and the
// logs. Everything goes through QLocale, so the numbers follow the user's language.
class DetailFormat
{
    Q_DECLARE_TR_FUNCTIONS(DetailFormat)

public:
    // "$1.340625": up to eight decimals, trailing zeros removed down to two. Costs are sums of
    // INCRBYFLOAT results (service-data-model.md 14.3), so the exact value matters more than a
    // rounded one.
    static QString money(double value);
    static QString count(qint64 value);
    static QString decimal(double value, int decimals = 2);
    static QString percent(double ratio); // 0.134 -> "13.4 %"
    static QString bytes(qint64 value);
    // Local date and time, "yyyy-MM-dd HH:mm:ss".
    static QString dateTime(const QDateTime& utc);
    // "2 d 3 h", "5 min 12 s", "12 s"; `parts` limits how many units are shown.
    static QString duration(qint64 seconds, int parts = 2);
    // "in 3 d 2 h" / "3 d 2 h ago", relative to now.
    static QString relative(const QDateTime& when, const QDateTime& now);
    // A stored ISO time as local time with the distance to now: "2026-02-01 23:30:31 (10 h ago)".
    static QString dateTimeWithRelative(const QDateTime& when, const QDateTime& now);
};

} // namespace rka::ui
