#include "ApiKey.h"

#include "FieldEncoding.h"
#include "JsNumber.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace rka::relay {

QByteArrayView ApiKey::nameOf(ApiKeyField field)
{
    const QLatin1StringView name = apiKeyFieldName(field);
    return QByteArrayView(name.data(), name.size());
}

qsizetype ApiKey::indexOf(QByteArrayView field) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].first == field)
            return i;
    }
    return -1;
}

bool ApiKey::has(QByteArrayView field) const
{
    return indexOf(field) >= 0;
}

std::optional<QByteArray> ApiKey::raw(QByteArrayView field) const
{
    const qsizetype i = indexOf(field);
    if (i < 0)
        return std::nullopt;
    return m_fields[i].second;
}

void ApiKey::setRaw(QByteArrayView field, const QByteArray& value)
{
    const qsizetype i = indexOf(field);
    if (i >= 0)
        m_fields[i].second = value;
    else
        m_fields.append({field.toByteArray(), value});
}

bool ApiKey::remove(QByteArrayView field)
{
    const qsizetype i = indexOf(field);
    if (i < 0)
        return false;
    m_fields.removeAt(i);
    return true;
}

QList<QByteArray> ApiKey::unknownFieldNames() const
{
    QList<QByteArray> names;
    for (const auto& [name, value] : m_fields) {
        if (!apiKeyFieldByName(name))
            names.append(name);
    }
    return names;
}

QString ApiKey::text(ApiKeyField field) const
{
    return FieldEncoding::toText(raw(field).value_or(QByteArray()));
}

std::optional<bool> ApiKey::boolean(ApiKeyField field) const
{
    const std::optional<QByteArray> value = raw(field);
    return value ? FieldEncoding::decodeBoolean(*value) : std::nullopt;
}

std::optional<qint64> ApiKey::integer(ApiKeyField field) const
{
    const std::optional<QByteArray> value = raw(field);
    return value ? FieldEncoding::decodeInteger(*value) : std::nullopt;
}

std::optional<double> ApiKey::decimal(ApiKeyField field) const
{
    const std::optional<QByteArray> value = raw(field);
    return value ? FieldEncoding::decodeDecimal(*value) : std::nullopt;
}

std::optional<QDateTime> ApiKey::dateTime(ApiKeyField field) const
{
    const std::optional<QByteArray> value = raw(field);
    return value ? FieldEncoding::decodeDateTime(*value) : std::nullopt;
}

std::optional<QStringList> ApiKey::stringList(ApiKeyField field) const
{
    return FieldEncoding::decodeStringArray(raw(field).value_or(QByteArray()));
}

std::optional<QMap<QString, double>> ApiKey::serviceRates() const
{
    return FieldEncoding::decodeServiceRates(raw(ApiKeyField::ServiceRates).value_or(QByteArray()));
}

std::optional<QList<PayloadRule>> ApiKey::payloadRules() const
{
    return FieldEncoding::decodePayloadRules(
        raw(ApiKeyField::OpenaiResponsesPayloadRules).value_or(QByteArray()));
}

PermissionsForm ApiKey::permissionsForm() const
{
    const std::optional<QByteArray> value = raw(ApiKeyField::Permissions);
    if (!value)
        return PermissionsForm::Absent;
    if (value->isEmpty())
        return PermissionsForm::Empty;
    if (value->startsWith('['))
        return FieldEncoding::decodeStringArray(*value) ? PermissionsForm::JsonArray
                                                        : PermissionsForm::Malformed;
    if (*value == "all")
        return PermissionsForm::All;
    if (value->contains(','))
        return PermissionsForm::CommaJoined;
    return PermissionsForm::SingleName;
}

void ApiKey::setText(ApiKeyField field, const QString& value)
{
    setRaw(field, value.toUtf8());
}

void ApiKey::setBoolean(ApiKeyField field, bool value)
{
    setRaw(field, FieldEncoding::encodeBoolean(value));
}

void ApiKey::setInteger(ApiKeyField field, std::optional<qint64> value)
{
    setRaw(field, value ? FieldEncoding::encodeInteger(*value) : QByteArray());
}

void ApiKey::setDecimal(ApiKeyField field, std::optional<double> value)
{
    setRaw(field, value ? FieldEncoding::encodeDecimal(*value) : QByteArray());
}

void ApiKey::setDateTime(ApiKeyField field, const std::optional<QDateTime>& value)
{
    setRaw(field, value && value->isValid() ? FieldEncoding::encodeDateTime(*value) : QByteArray());
}

void ApiKey::setStringList(ApiKeyField field, const QStringList& value)
{
    setRaw(field, FieldEncoding::encodeStringArray(value));
}

void ApiKey::setServiceRates(const QMap<QString, double>& rates)
{
    setRaw(ApiKeyField::ServiceRates, FieldEncoding::encodeServiceRates(rates));
}

void ApiKey::setPayloadRules(const QList<PayloadRule>& rules)
{
    setRaw(ApiKeyField::OpenaiResponsesPayloadRules, FieldEncoding::encodePayloadRules(rules));
}

bool ApiKey::serviceBoolean(ApiKeyField field) const
{
    const std::optional<QByteArray> value = raw(field);
    // parseBooleanWithDefault treats undefined and "" as the default (section 18.3).
    if (apiKeyFieldSpec(field).defaultTrue && (!value || value->isEmpty()))
        return true;
    return value && *value == "true"; // `=== 'true'`, section 1.3
}

double ApiKey::serviceNumber(ApiKeyField field) const
{
    const ApiKeyFieldSpec& spec = apiKeyFieldSpec(field);
    QByteArray value = raw(field).value_or(QByteArray());
    if (value.isEmpty() && !spec.fallback.isEmpty()) // `x || fallback`: "0" is truthy, "" is not
        value = QByteArray(spec.fallback.data(), spec.fallback.size());
    return spec.parse == JsParse::ParseInt ? JsNumber::parseInt(value) : JsNumber::parseFloat(value);
}

QStringList ApiKey::serviceStringList(ApiKeyField field) const
{
    // JSON.parse with a catch that yields [] (section 7); non-string items are kept as their JSON text.
    const QByteArray value = raw(field).value_or(QByteArray());
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(value, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    QStringList result;
    for (const QJsonValue& item : doc.array()) {
        if (item.isString())
            result.append(item.toString());
        else
            result.append(QString::fromUtf8(QJsonDocument(QJsonArray {item}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1));
    }
    return result;
}

QStringList ApiKey::servicePermissions(PermissionsReader reader) const
{
    // normalizePermissions (section 5.2 b, 18.4).
    const QByteArray value = raw(ApiKeyField::Permissions).value_or(QByteArray());
    if (value.isEmpty())
        return {};
    if (value.startsWith('[')) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(value, &error);
        if (error.error == QJsonParseError::NoError && doc.isArray())
            return serviceStringList(ApiKeyField::Permissions);
    }
    if (value == "all")
        return {};
    const QString text = FieldEncoding::toText(value);
    if (reader == PermissionsReader::Release1_1_262Plus && value.contains(',')) {
        QStringList parts;
        for (const QString& part : text.split(u',')) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                parts.append(trimmed);
        }
        return parts;
    }
    return {text};
}

std::optional<QDateTime> ApiKey::serviceDate(ApiKeyField field) const
{
    const std::optional<QByteArray> value = raw(field);
    if (!value || value->isEmpty())
        return std::nullopt;
    return FieldEncoding::decodeDateTime(*value);
}

bool ApiKey::serviceIsExpired(const QDateTime& now) const
{
    // An unparseable date is NaN in JS and never compares as past.
    const std::optional<QDateTime> expires = serviceDate(ApiKeyField::ExpiresAt);
    return expires && now > *expires;
}

std::optional<qint64> ApiKey::serviceTokenLimit() const
{
    const double value = serviceNumber(ApiKeyField::TokenLimit);
    if (std::isnan(value))
        return std::nullopt;
    if (std::fabs(value) >= 9.2e18) // beyond qint64, including Infinity
        return value > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return qint64(value);
}

} // namespace rka::relay
