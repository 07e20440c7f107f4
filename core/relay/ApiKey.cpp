#include "ApiKey.h"

#include "FieldEncoding.h"
#include "JsNumber.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace rka::relay {

QByteArrayView ApiKey::nameOf(ApiKeyField field)
{
    const QLatin1StringView name = apiKeyFieldName(field);
    return QByteArrayView(name.data(), name.size());
}

ApiKey::ApiKey(const RawHash& fields)
{
    qsizetype bytes = 0;
    for (const auto& [name, value] : fields)
        bytes += value.size() + (apiKeyFieldByName(name) ? 0 : name.size());
    m_data.reserve(bytes);
    m_slots.reserve(fields.size());
    for (const auto& [name, value] : fields)
        append(name, value);
}

void ApiKey::append(QByteArrayView name, QByteArrayView value)
{
    Slot slot;
    if (const std::optional<ApiKeyField> f = apiKeyFieldByName(name)) {
        slot.field = qint16(*f);
    } else {
        slot.nameOffset = quint32(m_data.size());
        appendBytes(name);
    }
    slot.valueOffset = quint32(m_data.size());
    slot.valueSize = quint32(value.size());
    appendBytes(value);
    m_slots.append(slot);
    if (slot.field >= 0 && m_position[std::size_t(slot.field)] == -1) {
        const qsizetype at = m_slots.size() - 1;
        m_position[std::size_t(slot.field)] =
            at <= std::numeric_limits<qint16>::max() ? qint16(at) : Unindexed;
    }
}

void ApiKey::appendBytes(QByteArrayView bytes)
{
    // resize + memcpy: QByteArray::append of a view takes a slow general path.
    if (bytes.isEmpty())
        return;
    const qsizetype at = m_data.size();
    if (at + bytes.size() > m_data.capacity())
        m_data.reserve(std::max(at + bytes.size(), 2 * m_data.capacity()));
    m_data.resize(at + bytes.size());
    std::memcpy(m_data.data() + at, bytes.data(), std::size_t(bytes.size()));
}

void ApiKey::reserve(qsizetype fields, qsizetype bytes)
{
    m_slots.reserve(fields);
    m_data.reserve(bytes);
}

QByteArrayView ApiKey::fieldName(qsizetype i) const
{
    const Slot& slot = m_slots.at(i);
    if (slot.field >= 0)
        return nameOf(ApiKeyField(slot.field));
    return QByteArrayView(m_data.constData() + slot.nameOffset,
                          qsizetype(slot.valueOffset - slot.nameOffset));
}

QByteArrayView ApiKey::fieldValue(qsizetype i) const
{
    const Slot& slot = m_slots.at(i);
    return QByteArrayView(m_data.constData() + slot.valueOffset, qsizetype(slot.valueSize));
}

RawHash ApiKey::rawFields() const
{
    RawHash out;
    out.reserve(m_slots.size());
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        const Slot& slot = m_slots.at(i);
        out.append(
            {slot.field >= 0 ? apiKeyFieldNameBytes(ApiKeyField(slot.field)) : fieldName(i).toByteArray(),
             fieldValue(i).toByteArray()});
    }
    return out;
}

bool operator==(const ApiKey& a, const ApiKey& b)
{
    if (a.m_slots.size() != b.m_slots.size())
        return false;
    for (qsizetype i = 0; i < a.m_slots.size(); ++i) {
        if (a.fieldName(i) != b.fieldName(i) || a.fieldValue(i) != b.fieldValue(i))
            return false;
    }
    return true;
}

qsizetype ApiKey::searchByName(QByteArrayView field) const
{
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (fieldName(i) == field)
            return i;
    }
    return -1;
}

qsizetype ApiKey::indexOf(QByteArrayView field) const
{
    if (const std::optional<ApiKeyField> f = apiKeyFieldByName(field))
        return positionOf(*f);
    return searchByName(field);
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
    return fieldValue(i).toByteArray();
}

void ApiKey::reindex()
{
    m_position = emptyPositions();
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        const qint16 f = m_slots.at(i).field;
        if (f < 0 || m_position[std::size_t(f)] != -1)
            continue; // unknown, or a repeated name: the first one counts, as in indexOf()
        m_position[std::size_t(f)] = i <= std::numeric_limits<qint16>::max() ? qint16(i) : Unindexed;
    }
}

void ApiKey::compactIfWasteful()
{
    // Replaced values stay behind in m_data until they are most of it.
    qsizetype live = 0;
    for (const Slot& slot : std::as_const(m_slots))
        live +=
            qsizetype(slot.valueSize) + (slot.field < 0 ? qsizetype(slot.valueOffset - slot.nameOffset) : 0);
    if (m_data.size() > 2 * live + 4096)
        *this = ApiKey(rawFields());
}

void ApiKey::setRaw(QByteArrayView field, const QByteArray& value)
{
    const qsizetype i = indexOf(field);
    if (i < 0) {
        append(field, value);
        return;
    }
    Slot& slot = m_slots[i];
    if (qsizetype(slot.valueSize) >= value.size()) {
        // Fits where the old value was.
        if (!value.isEmpty())
            std::memcpy(m_data.data() + slot.valueOffset, value.constData(), std::size_t(value.size()));
    } else {
        // Appended at the end; an unknown name moves along, as it must directly precede its value.
        if (slot.field < 0) {
            const QByteArray name = fieldName(i).toByteArray();
            slot.nameOffset = quint32(m_data.size());
            m_data.append(name);
        }
        slot.valueOffset = quint32(m_data.size());
        m_data.append(value);
    }
    slot.valueSize = quint32(value.size());
    compactIfWasteful();
}

bool ApiKey::remove(QByteArrayView field)
{
    const qsizetype i = indexOf(field);
    if (i < 0)
        return false;
    m_slots.removeAt(i);
    reindex();
    compactIfWasteful();
    return true;
}

QList<QByteArray> ApiKey::unknownFieldNames() const
{
    QList<QByteArray> names;
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).field < 0)
            names.append(fieldName(i).toByteArray());
    }
    return names;
}

QString ApiKey::text(ApiKeyField field) const
{
    return FieldEncoding::toText(view(field).value_or(QByteArrayView()));
}

std::optional<bool> ApiKey::boolean(ApiKeyField field) const
{
    const std::optional<QByteArrayView> value = view(field);
    return value ? FieldEncoding::decodeBoolean(*value) : std::nullopt;
}

std::optional<qint64> ApiKey::integer(ApiKeyField field) const
{
    const std::optional<QByteArrayView> value = view(field);
    return value ? FieldEncoding::decodeInteger(*value) : std::nullopt;
}

std::optional<double> ApiKey::decimal(ApiKeyField field) const
{
    const std::optional<QByteArrayView> value = view(field);
    return value ? FieldEncoding::decodeDecimal(*value) : std::nullopt;
}

std::optional<QDateTime> ApiKey::dateTime(ApiKeyField field) const
{
    const std::optional<QByteArrayView> value = view(field);
    return value ? FieldEncoding::decodeDateTime(*value) : std::nullopt;
}

std::optional<QStringList> ApiKey::stringList(ApiKeyField field) const
{
    return FieldEncoding::decodeStringArray(view(field).value_or(QByteArrayView()));
}

std::optional<QMap<QString, double>> ApiKey::serviceRates() const
{
    return FieldEncoding::decodeServiceRates(view(ApiKeyField::ServiceRates).value_or(QByteArrayView()));
}

std::optional<QList<PayloadRule>> ApiKey::payloadRules() const
{
    return FieldEncoding::decodePayloadRules(
        view(ApiKeyField::OpenaiResponsesPayloadRules).value_or(QByteArrayView()));
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
    const std::optional<QByteArrayView> value = view(field);
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
    const std::optional<QByteArrayView> value = view(field);
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
