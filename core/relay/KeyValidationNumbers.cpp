// Numeric limits, the expiry and activation group, and the rate-limit window group.
#include "FieldEncoding.h"
#include "KeyValidationContext.h"

#include "support/Clock.h"

#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace rka::relay::validation {

namespace {

using F = ApiKeyField;

// The service's message for a numeric field, and the paths that enforce it. The window and
// request messages differ between create (>= 1) and update (>= 0) (sections 11.3, 11.7).
struct NumberRule
{
    QString message;
    unsigned paths;
};

NumberRule numberRule(F field, bool create)
{
    switch (field) {
    case F::TokenLimit:
        return {KeyValidator::tr("Token limit must be a non-negative integer"), OnCreate | OnUpdate};
    case F::ConcurrencyLimit:
        return {KeyValidator::tr("Concurrency limit must be a non-negative integer"), OnCreate | OnUpdate};
    case F::RateLimitWindow:
        return {create ? KeyValidator::tr("Rate limit window must be a positive integer (minutes)")
                       : KeyValidator::tr("Rate limit window must be a non-negative integer (minutes)"),
                OnCreate | OnUpdate};
    case F::RateLimitRequests:
        return {create ? KeyValidator::tr("Rate limit requests must be a positive integer")
                       : KeyValidator::tr("Rate limit requests must be a non-negative integer"),
                OnCreate | OnUpdate};
    case F::RateLimitCost: // not checked on create (17.2)
        return {KeyValidator::tr("Rate limit cost must be a non-negative number"), OnUpdate};
    case F::DailyCostLimit:
        return {KeyValidator::tr("Daily cost limit must be a non-negative number"), OnUpdate};
    case F::TotalCostLimit:
        return {KeyValidator::tr("Total cost limit must be a non-negative number"), OnCreate | OnUpdate};
    case F::WeeklyOpusCostLimit:
        return {KeyValidator::tr("Weekly Opus cost limit must be a non-negative number"), OnUpdate};
    default:
        return {};
    }
}

// Our checks on a number the service accepted: finite, within JavaScript's safe integers, and
// written as String(number) writes it, so parseInt/parseFloat read back the same value (5.2 a).
void checkNumberForm(Context& ctx, F field, const QString& text, double value, bool integer)
{
    const QString label = KeyValidator::fieldLabel(field);
    if (!std::isfinite(value)) {
        //: %1 is a field name such as "Daily cost limit".
        ctx.error(field, KeyValidator::tr("%1 must be a finite number.").arg(label), false);
        return;
    }
    if (integer && std::fabs(value) > double(KeyValidator::MaxSafeInteger)) {
        ctx.error(field,
                  //: %1 is a field name such as "Daily cost limit".
                  KeyValidator::tr("%1 must be at most %2.").arg(label).arg(KeyValidator::MaxSafeInteger),
                  false);
        return;
    }
    if (!FieldEncoding::check(field, text.toUtf8()))
        return;
    if (integer) {
        //: %1 is a field name such as "Daily cost limit".
        ctx.error(field, KeyValidator::tr("%1 must be written with digits only, for example 60.").arg(label),
                  false);
    } else {
        //: %1 is a field name such as "Daily cost limit".
        ctx.error(
            field,
            KeyValidator::tr("%1 must be written as a plain decimal number, for example 2.5.").arg(label),
            false);
    }
}

void checkNumber(Context& ctx, F field)
{
    const std::optional<QString> text = ctx.scoped(field);
    // "" is the stored form of "not set" (String(x ?? 0) keeps it, section 5.2 a); the routes skip it.
    if (!text || text->isEmpty())
        return;
    const bool integer = apiKeyFieldSpec(field).kind == FieldKind::Integer;
    const double value = jsNumber(*text);
    // Number(x) then Number.isInteger / isNaN and `< 0` (11.3, 11.7). A stored "0" window or request
    // count on create is what the service itself stores when the field is left empty (5.1), so only
    // negatives and fractions fail there; the create message is kept.
    const bool fails = integer ? !jsIsInteger(value) || value < 0 : std::isnan(value) || value < 0;
    if (fails) {
        const NumberRule rule = numberRule(field, ctx.isCreate());
        ctx.error(field, rule.message, ctx.enforced(rule.paths));
        return;
    }
    checkNumberForm(ctx, field, *text, value, integer);
}

// The activation amount, when the key is in activation mode (11.3, section 12).
void checkActivationAmount(Context& ctx, const QString& unit)
{
    const QString amount = ctx.text(F::ActivationDays).value_or(QString());
    const double value = jsNumber(amount);
    const bool hours = unit == u"hours"_s;
    // `!activationDays || !Number.isInteger(...) || < 1`: "" and 0 are falsy.
    if (amount.isEmpty() || !jsIsInteger(value) || value < 1) {
        ctx.error(
            F::ActivationDays,
            hours ? KeyValidator::tr("Activation hours must be a positive integer when using activation mode")
                  : KeyValidator::tr("Activation days must be a positive integer when using activation mode"),
            ctx.enforced(OnCreate));
        return;
    }
    // The service has no maximum (17.2); the web admin stops at 8760 hours or 3650 days.
    if (hours && value > double(KeyValidator::MaxActivationHours)) {
        ctx.error(F::ActivationDays,
                  KeyValidator::tr("The activation period can be at most %1 hours.")
                      .arg(KeyValidator::MaxActivationHours),
                  false);
        return;
    }
    if (!hours && value > double(KeyValidator::MaxActivationDays)) {
        ctx.error(F::ActivationDays,
                  KeyValidator::tr("The activation period can be at most %1 days.")
                      .arg(KeyValidator::MaxActivationDays),
                  false);
        return;
    }
    checkNumberForm(ctx, F::ActivationDays, amount, value, true);
}

} // namespace

void checkNumbers(Context& ctx)
{
    for (F field : {F::TokenLimit, F::ConcurrencyLimit, F::RateLimitWindow, F::RateLimitRequests,
                    F::RateLimitCost, F::DailyCostLimit, F::TotalCostLimit, F::WeeklyOpusCostLimit}) {
        checkNumber(ctx, field);
    }
}

void checkExpiry(Context& ctx)
{
    const std::optional<QString> mode = ctx.text(F::ExpirationMode);
    if (ctx.inScope(F::ExpirationMode) && mode && *mode != u"fixed"_s && *mode != u"activation"_s) {
        // The route lets "" through and the service then stores a broken key (5.2 note c, B17).
        ctx.error(F::ExpirationMode,
                  KeyValidator::tr("Expiration mode must be either \"fixed\" or \"activation\""),
                  !mode->isEmpty() && ctx.enforced(OnCreate));
    }
    // Absent = a key older than activation mode: readers treat it as fixed (5.1).
    const bool activation = mode == u"activation"_s;
    const bool activated = ctx.key().raw(F::IsActivated) == "true"_ba; // strictly === 'true' (12)
    // Absent means the writer's default, "days" (5.1).
    const QString unit = ctx.text(F::ActivationUnit).value_or(u"days"_s);

    if (activation && ctx.crossField() &&
        ctx.anyInScope({F::ExpirationMode, F::ActivationUnit, F::ActivationDays})) {
        if (unit != u"hours"_s && unit != u"days"_s) {
            ctx.error(F::ActivationUnit,
                      KeyValidator::tr(
                          "Activation unit must be either \"hours\" or \"days\" when using activation mode"),
                      ctx.enforced(OnCreate));
        }
        checkActivationAmount(ctx, unit);
    } else if (!activation || !ctx.crossField()) {
        // Outside activation mode the amount and unit are dormant, but still stored in the service's form.
        if (const std::optional<QString> amount = ctx.scoped(F::ActivationDays);
            amount && !amount->isEmpty()) {
            const std::optional<qint64> value = FieldEncoding::decodeInteger(amount->toUtf8());
            if (!value || *value < 0) {
                ctx.error(F::ActivationDays,
                          //: %1 is a field name such as "Daily cost limit".
                          KeyValidator::tr("%1 must be written with digits only, for example 60.")
                              .arg(KeyValidator::fieldLabel(F::ActivationDays)),
                          false);
            }
        }
        if (const std::optional<QString> scopedUnit = ctx.scoped(F::ActivationUnit);
            scopedUnit && *scopedUnit != u"hours"_s && *scopedUnit != u"days"_s) {
            ctx.error(F::ActivationUnit,
                      KeyValidator::tr("The activation unit must be \"hours\" or \"days\"."), false);
        }
    }

    const QString expiresAt = ctx.text(F::ExpiresAt).value_or(QString());
    // Activation writes expiresAt itself (section 12), so only a key that is not activated yet must
    // have none; an activated key in activation mode legitimately carries one. A key being switched
    // to activation mode by an update starts over: no expiry, not activated.
    const bool switching =
        !ctx.isCreate() && activation && ctx.inScope(F::ExpirationMode) && ctx.crossField();
    if (activation && !expiresAt.isEmpty() && ctx.crossField() &&
        (switching || (!activated && ctx.anyInScope({F::ExpirationMode, F::ExpiresAt, F::IsActivated})))) {
        ctx.error(F::ExpiresAt,
                  KeyValidator::tr("Cannot set fixed expiration date when using activation mode"),
                  ctx.enforced(OnCreate));
    }
    if (switching && activated) {
        ctx.error(F::IsActivated,
                  KeyValidator::tr("A key switched to activation mode must start as not activated."), false);
    }
    if (!ctx.inScope(F::ExpiresAt) || expiresAt.isEmpty()) // "" = never expires
        return;
    // PUT and PATCH reject what `new Date()` cannot read; create stores it verbatim and the key then
    // never expires (11.3, 11.7, 11.9, 17.2).
    const std::optional<QDateTime> date = FieldEncoding::decodeDateTime(expiresAt.toUtf8());
    if (!date) {
        ctx.error(F::ExpiresAt, KeyValidator::tr("Invalid expiration date format"), ctx.enforced(OnUpdate));
        return;
    }
    // A past date is allowed, as in the service (renewing to a past date is how a key is ended at
    // once), but the user should know the key stops working immediately.
    if (*date < support::Clock::currentDateTimeUtc()) {
        ctx.warn(F::ExpiresAt,
                 KeyValidator::tr("The expiry date %1 is in the past: the key will be rejected as expired.")
                     .arg(date->toString(Qt::ISODate)));
    }
}

void checkRateWindow(Context& ctx)
{
    if (!ctx.crossField() ||
        !ctx.anyInScope({F::RateLimitWindow, F::RateLimitRequests, F::RateLimitCost, F::TokenLimit}))
        return;
    // The window limits apply only when the window is > 0 and at least one limit is > 0 (14.7).
    auto number = [&ctx](F field) {
        const double value = jsNumber(ctx.text(field).value_or(QString()));
        return std::isfinite(value) ? value : 0.0;
    };
    const double window = number(F::RateLimitWindow);
    const double requests = number(F::RateLimitRequests);
    const double cost = number(F::RateLimitCost);
    const double tokens = number(F::TokenLimit);
    if (window > 0 && requests <= 0 && cost <= 0 && tokens <= 0) {
        ctx.warn(
            F::RateLimitWindow,
            KeyValidator::tr("The rate limit window has no effect without a request, token or cost limit."));
    } else if (window <= 0 && (requests > 0 || cost > 0)) {
        ctx.warn(F::RateLimitWindow,
                 KeyValidator::tr(
                     "Request and cost limits per window take effect only with a rate limit window."));
    }
}

bool isJsSpace(QChar c)
{
    switch (c.unicode()) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c.unicode() >= 0x2000 && c.unicode() <= 0x200A;
    }
}

QString jsTrimmed(const QString& text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isJsSpace(text[begin]))
        ++begin;
    while (end > begin && isJsSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

double jsNumber(QStringView input)
{
    const QString text = jsTrimmed(input.toString());
    if (text.isEmpty())
        return 0;
    if (text == u"Infinity"_s || text == u"+Infinity"_s)
        return std::numeric_limits<double>::infinity();
    if (text == u"-Infinity"_s)
        return -std::numeric_limits<double>::infinity();
    // 0x / 0o / 0b integer literals, unsigned (Number("-0x10") is NaN).
    static const QRegularExpression radixLiteral(u"^0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)$"_s);
    if (radixLiteral.match(text).hasMatch()) {
        const QChar kind = text[1].toLower();
        const int radix = kind == u'x' ? 16 : kind == u'o' ? 8 : 2;
        double value = 0;
        for (qsizetype i = 2; i < text.size(); ++i)
            value = value * radix + QStringView(text).sliced(i, 1).toInt(nullptr, 16);
        return value;
    }
    static const QRegularExpression decimalLiteral(u"^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    if (!decimalLiteral.match(text).hasMatch())
        return std::numeric_limits<double>::quiet_NaN();
    const QByteArray latin = text.toLatin1();
    const bool negative = latin.startsWith('-');
    const qsizetype start = latin.startsWith('-') || latin.startsWith('+') ? 1 : 0;
    double value = 0;
    const auto [ptr, ec] =
        std::from_chars(latin.constData() + start, latin.constData() + latin.size(), value);
    Q_UNUSED(ptr);
    if (ec == std::errc::result_out_of_range) {
        // Overflow reads as Infinity, underflow as 0, as in JS.
        const qsizetype e = latin.indexOf('e') >= 0 ? latin.indexOf('e') : latin.indexOf('E');
        value = e >= 0 && latin.mid(e + 1).startsWith('-') ? 0.0 : std::numeric_limits<double>::infinity();
    }
    return negative ? -value : value;
}

bool jsIsInteger(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

} // namespace rka::relay::validation
