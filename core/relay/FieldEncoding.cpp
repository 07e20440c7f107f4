#include "FieldEncoding.h"

#include "JsNumber.h"
#include "KeyHash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimeZone>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// -?digits(.digits)?([eE][+-]?digits)? — what String(number) produces, plus leading zeros.
bool isDecimalLiteral(QByteArrayView v, bool* whole)
{
    qsizetype i = 0;
    if (i < v.size() && v[i] == '-')
        ++i;
    const qsizetype intStart = i;
    while (i < v.size() && isDigit(v[i]))
        ++i;
    if (i == intStart)
        return false;
    *whole = true;
    if (i < v.size() && v[i] == '.') {
        const qsizetype fracStart = ++i;
        while (i < v.size() && isDigit(v[i]))
            ++i;
        if (i == fracStart)
            return false;
        *whole = false;
    }
    if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
        ++i;
        if (i < v.size() && (v[i] == '+' || v[i] == '-'))
            ++i;
        const qsizetype expStart = i;
        while (i < v.size() && isDigit(v[i]))
            ++i;
        if (i == expStart)
            return false;
        *whole = false;
    }
    return i == v.size();
}

std::optional<QJsonDocument> parseJson(QByteArrayView value)
{
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(value.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

// Distinguishes "not JSON at all" from "JSON of the wrong shape" for error messages.
std::optional<MalformedReason> checkJson(QByteArrayView value, bool shapeOk)
{
    if (shapeOk)
        return std::nullopt;
    return parseJson(value) ? MalformedReason::WrongJsonShape : MalformedReason::BadJson;
}

std::optional<MalformedReason> checkPermissions(QByteArrayView value)
{
    // Plain strings are legacy forms, not damage (section 5.2 b); only broken array text is.
    if (!value.startsWith('['))
        return std::nullopt;
    return checkJson(value, FieldEncoding::decodeStringArray(value).has_value());
}

} // namespace

std::optional<MalformedReason> FieldEncoding::check(ApiKeyField field, QByteArrayView value)
{
    const FieldKind kind = apiKeyFieldSpec(field).kind;
    if (!isValidUtf8(value))
        return MalformedReason::InvalidUtf8;
    switch (kind) {
    case FieldKind::Text: {
        const qsizetype limit = field == ApiKeyField::Icon ? MaxIconBytes : MaxTextBytes;
        if (value.size() > limit)
            return MalformedReason::TooLong;
        return std::nullopt;
    }
    case FieldKind::KeyHash:
        return isStoredKeyHashShape(value) ? std::nullopt : std::optional(MalformedReason::NotKeyHash);
    case FieldKind::Boolean:
        return decodeBoolean(value) ? std::nullopt : std::optional(MalformedReason::NotBoolean);
    case FieldKind::Integer:
    case FieldKind::Decimal: {
        if (value.isEmpty()) // String(x ?? 0) keeps "" (section 5.2 a)
            return std::nullopt;
        bool whole = false;
        if (!isDecimalLiteral(value, &whole))
            return MalformedReason::NotNumber;
        if (kind == FieldKind::Integer && !whole)
            return MalformedReason::NotWholeNumber;
        const bool fits =
            kind == FieldKind::Integer ? decodeInteger(value).has_value() : decodeDecimal(value).has_value();
        return fits ? std::nullopt : std::optional(MalformedReason::NumberOutOfRange);
    }
    case FieldKind::IsoDate:
        if (value.isEmpty() || decodeDateTime(value))
            return std::nullopt;
        return MalformedReason::NotIsoDate;
    case FieldKind::StringArray:
        return value.isEmpty() ? std::nullopt : checkJson(value, decodeStringArray(value).has_value());
    case FieldKind::Permissions:
        return checkPermissions(value);
    case FieldKind::ServiceRates:
        return value.isEmpty() ? std::nullopt : checkJson(value, decodeServiceRates(value).has_value());
    case FieldKind::PayloadRules:
        return value.isEmpty() ? std::nullopt : checkJson(value, decodePayloadRules(value).has_value());
    }
    return std::nullopt;
}

QString FieldEncoding::reasonText(MalformedReason reason)
{
    switch (reason) {
    case MalformedReason::InvalidUtf8:
        return tr("The value is not valid UTF-8 text.");
    case MalformedReason::TooLong:
        return tr("The value is unusually long.");
    case MalformedReason::NotBoolean:
        //: "true" and "false" are stored values; keep them untranslated.
        return tr("Expected \"true\" or \"false\"; the service reads anything else as false.");
    case MalformedReason::NotNumber:
        return tr("The value is not a number.");
    case MalformedReason::NotWholeNumber:
        return tr("The value is not a whole number written with digits only.");
    case MalformedReason::NumberOutOfRange:
        return tr("The number is too large to be used exactly.");
    case MalformedReason::NotIsoDate:
        return tr("The value is not a valid ISO 8601 date and time.");
    case MalformedReason::BadJson:
        return tr("The value is not valid JSON.");
    case MalformedReason::WrongJsonShape:
        return tr("The JSON value does not have the expected structure.");
    case MalformedReason::NotKeyHash:
        return tr("The stored key hash is not 64 lowercase hexadecimal characters.");
    }
    return {};
}

bool FieldEncoding::isValidUtf8(QByteArrayView value)
{
    // Nearly every stored value is ASCII: checked without decoding.
    bool ascii = true;
    for (const char c : value)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(value);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

QString FieldEncoding::toText(QByteArrayView value)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(value);
}

std::optional<bool> FieldEncoding::decodeBoolean(QByteArrayView value)
{
    if (value == "true")
        return true;
    if (value == "false")
        return false;
    return std::nullopt;
}

std::optional<qint64> FieldEncoding::decodeInteger(QByteArrayView value)
{
    bool whole = false;
    if (!isDecimalLiteral(value, &whole) || !whole || value.size() > 20)
        return std::nullopt;
    qint64 result = 0;
    const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), result);
    if (ec != std::errc() || ptr != value.data() + value.size())
        return std::nullopt;
    if (result > JsNumber::MaxSafeInteger || result < -JsNumber::MaxSafeInteger)
        return std::nullopt;
    return result;
}

std::optional<double> FieldEncoding::decodeDecimal(QByteArrayView value)
{
    bool whole = false;
    if (!isDecimalLiteral(value, &whole))
        return std::nullopt;
    const double result = JsNumber::parseFloat(value);
    if (!std::isfinite(result))
        return std::nullopt;
    return result;
}

std::optional<QDateTime> FieldEncoding::decodeDateTime(QByteArrayView value)
{
    // Qt accepts a few forms JS rejects (and vice versa), but both agree on every ISO form the
    // service and this app write.
    if (value.size() < 4 || value.size() > 64 || !isDigit(value[0]))
        return std::nullopt;
    // The form JavaScript's toISOString() writes, nearly every date the service stores, read without
    // Qt's general parser (a list of 100,000 keys reads several per key): YYYY-MM-DDTHH:MM:SS.mmmZ.
    if (value.size() == 24 && value[4] == '-' && value[7] == '-' && value[10] == 'T' && value[13] == ':' &&
        value[16] == ':' && value[19] == '.' && value[23] == 'Z') {
        bool digits = true;
        const auto number = [&](int from, int count) {
            int n = 0;
            for (int i = from; i < from + count; ++i) {
                digits = digits && isDigit(value[i]);
                n = n * 10 + (value[i] - '0');
            }
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (!digits)
            return std::nullopt;
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::utc());
        // Anything odd (24:00, day 31 of a short month) is left to the general parser below.
    }
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

bool FieldEncoding::isCanonicalDateTime(QByteArrayView value)
{
    const std::optional<QDateTime> dt = decodeDateTime(value);
    return dt && encodeDateTime(*dt) == value;
}

std::optional<QStringList> FieldEncoding::decodeStringArray(QByteArrayView value)
{
    if (value.isEmpty() || value == "[]") // the common empty list, without a JSON parser
        return QStringList();
    const std::optional<QJsonDocument> doc = parseJson(value);
    if (!doc || !doc->isArray())
        return std::nullopt;
    QStringList result;
    for (const QJsonValue& item : doc->array()) {
        if (!item.isString())
            return std::nullopt;
        result.append(item.toString());
    }
    return result;
}

std::optional<QMap<QString, double>> FieldEncoding::decodeServiceRates(QByteArrayView value)
{
    if (value.isEmpty())
        return QMap<QString, double>();
    const std::optional<QJsonDocument> doc = parseJson(value);
    if (!doc || !doc->isObject())
        return std::nullopt;
    QMap<QString, double> result;
    const QJsonObject object = doc->object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble())
            return std::nullopt;
        result.insert(it.key(), it.value().toDouble());
    }
    return result;
}

std::optional<QList<PayloadRule>> FieldEncoding::decodePayloadRules(QByteArrayView value)
{
    if (value.isEmpty())
        return QList<PayloadRule>();
    const std::optional<QJsonDocument> doc = parseJson(value);
    if (!doc || !doc->isArray())
        return std::nullopt;
    QList<PayloadRule> result;
    for (const QJsonValue& item : doc->array()) {
        const QJsonObject rule = item.toObject();
        if (!item.isObject() || !rule.value("path"_L1).isString() || !rule.value("valueType"_L1).isString() ||
            !rule.value("value"_L1).isString()) {
            return std::nullopt;
        }
        result.append({rule.value("path"_L1).toString(), rule.value("valueType"_L1).toString(),
                       rule.value("value"_L1).toString()});
    }
    return result;
}

QByteArray FieldEncoding::encodeBoolean(bool value)
{
    return value ? "true"_ba : "false"_ba;
}

QByteArray FieldEncoding::encodeInteger(qint64 value)
{
    return JsNumber::toString(value);
}

QByteArray FieldEncoding::encodeDecimal(double value)
{
    return JsNumber::toString(value);
}

QByteArray FieldEncoding::encodeDateTime(const QDateTime& value)
{
    return value.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s).toLatin1();
}

QByteArray FieldEncoding::jsonQuote(QStringView value)
{
    // JSON.stringify: escape quote, backslash and control characters, and lone surrogates
    // (well-formed JSON.stringify); everything else is written as UTF-8.
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    auto escapeUnit = [&out](char16_t u) {
        out += "\\u";
        out += hex[(u >> 12) & 0xf];
        out += hex[(u >> 8) & 0xf];
        out += hex[(u >> 4) & 0xf];
        out += hex[u & 0xf];
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value[i].unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (u < 0x20) {
            escapeUnit(u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < value.size() && value[i + 1].isLowSurrogate()) {
            out += value.sliced(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(u)) {
            escapeUnit(u);
        } else {
            out += value.sliced(i, 1).toUtf8();
        }
    }
    out += '"';
    return out;
}

QByteArray FieldEncoding::encodeStringArray(const QStringList& value)
{
    QByteArray out = "["_ba;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (i > 0)
            out += ',';
        out += jsonQuote(value[i]);
    }
    out += ']';
    return out;
}

QByteArray FieldEncoding::encodeServiceRates(const QMap<QString, double>& value)
{
    QByteArray out = "{"_ba;
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first)
            out += ',';
        first = false;
        // JSON.stringify writes non-finite numbers as null.
        out += jsonQuote(it.key()) + ':' +
            (std::isfinite(it.value()) ? JsNumber::toString(it.value()) : "null"_ba);
    }
    out += '}';
    return out;
}

QByteArray FieldEncoding::encodePayloadRules(const QList<PayloadRule>& value)
{
    // Key order of the service's normalised rule objects: path, valueType, value.
    QByteArray out = "["_ba;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"path\":" + jsonQuote(value[i].path) + ",\"valueType\":" + jsonQuote(value[i].valueType) +
            ",\"value\":" + jsonQuote(value[i].value) + '}';
    }
    out += ']';
    return out;
}

} // namespace rka::relay
