#pragma once

#include "ApiKeyField.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace rka::relay {

// One field/value pair of a Redis hash, in HGETALL order.
using RawHash = QList<std::pair<QByteArray, QByteArray>>;

// One rule of `openaiResponsesPayloadRules` (1.1.314, section 18.3).
struct PayloadRule
{
    QString path;
    QString valueType; // string, number, boolean or json
    QString value; // always stored as a string
    friend bool operator==(const PayloadRule&, const PayloadRule&) = default;
};

// Which permissions normaliser to mirror (section 5.2 b, 18.4).
enum class PermissionsReader {
    Release1_1_235, // a comma-joined string is one bogus service name
    Release1_1_262Plus, // comma-joined strings are split
};

// How the `permissions` field is stored (section 5.2 b).
enum class PermissionsForm {
    Absent,
    Empty, // "" = all services
    JsonArray, // the form to write
    All, // legacy "all" = all services
    SingleName, // legacy plain string, e.g. "claude"
    CommaJoined, // the 1.1.235 update bug, e.g. "claude,gemini"
    Malformed, // starts with "[" but is not a JSON array of strings
};

// One `apikey:{id}` hash. The raw field/value pairs are the truth: they are kept in their original
// order with their exact bytes, so an unedited key encodes back byte for byte and unknown or
// malformed fields survive untouched. Typed getters parse on demand; typed setters store the
// service's encoding. ApiKeyCodec reports which fields are malformed.
//
// Three ways to read a field:
// - raw(): the stored bytes, or nullopt when the field is absent;
// - the strict typed getters (text, boolean, integer, ...): nullopt when absent, empty or malformed;
// - the service* readers: what validateApiKey and the limit checks make of the value, with the JS
//   semantics and fallbacks listed per field in ApiKeyField.cpp (sections 5.2, 12, 18.3).
class ApiKey
{
public:
    ApiKey() = default;
    explicit ApiKey(const RawHash& fields);

    // The pairs as stored (a copy: the key keeps them packed, see below).
    RawHash rawFields() const;
    bool isEmpty() const { return m_slots.isEmpty(); }
    // The pairs without copies, valid while this key lives unchanged: i in [0, fieldCount()).
    qsizetype fieldCount() const { return m_slots.size(); }
    QByteArrayView fieldName(qsizetype i) const;
    QByteArrayView fieldValue(qsizetype i) const;
    // The ApiKeyField of pair i, nullopt for a name that is none.
    std::optional<ApiKeyField> fieldAt(qsizetype i) const
    {
        const qint16 f = m_slots.at(i).field;
        return f >= 0 ? std::optional<ApiKeyField>(ApiKeyField(f)) : std::nullopt;
    }
    // Building a key pair by pair (a reader's HGETALL reply), without a RawHash in between.
    void reserve(qsizetype fields, qsizetype bytes);
    void appendField(QByteArrayView name, QByteArrayView value) { append(name, value); }

    bool has(QByteArrayView field) const;
    bool has(ApiKeyField field) const { return positionOf(field) >= 0; }
    std::optional<QByteArray> raw(QByteArrayView field) const;
    std::optional<QByteArray> raw(ApiKeyField field) const
    {
        const qsizetype i = positionOf(field);
        return i >= 0 ? std::optional<QByteArray>(fieldValue(i).toByteArray()) : std::nullopt;
    }
    // Replaces the value in place, or appends the field at the end.
    void setRaw(QByteArrayView field, const QByteArray& value);
    void setRaw(ApiKeyField field, const QByteArray& value) { setRaw(nameOf(field), value); }
    bool remove(QByteArrayView field);
    bool remove(ApiKeyField field) { return remove(nameOf(field)); }
    // Fields that are not in ApiKeyField, in stored order.
    QList<QByteArray> unknownFieldNames() const;

    // Strict typed getters.
    QString text(ApiKeyField field) const; // "" when absent; invalid UTF-8 decoded lossily
    std::optional<bool> boolean(ApiKeyField field) const; // exactly "true" / "false"
    std::optional<qint64> integer(ApiKeyField field) const; // digits only, within ±2^53
    std::optional<double> decimal(ApiKeyField field) const; // also reads Integer fields
    std::optional<QDateTime> dateTime(ApiKeyField field) const; // UTC
    std::optional<QStringList> stringList(ApiKeyField field) const; // "" and absent -> empty list
    std::optional<QMap<QString, double>> serviceRates() const;
    std::optional<QList<PayloadRule>> payloadRules() const;
    PermissionsForm permissionsForm() const;

    // Typed setters, storing what the service would store for the same value.
    void setText(ApiKeyField field, const QString& value);
    void setBoolean(ApiKeyField field, bool value);
    void setInteger(ApiKeyField field, std::optional<qint64> value); // nullopt -> ""
    void setDecimal(ApiKeyField field, std::optional<double> value); // nullopt -> ""
    void setDateTime(ApiKeyField field, const std::optional<QDateTime>& value); // nullopt -> ""
    void setStringList(ApiKeyField field, const QStringList& value);
    void setServiceRates(const QMap<QString, double>& rates);
    void setPayloadRules(const QList<PayloadRule>& rules);

    // Service readings.
    bool serviceBoolean(ApiKeyField field) const; // === 'true', or parseBooleanWithDefault
    double serviceNumber(ApiKeyField field) const; // parseInt/parseFloat(x || fallback); may be NaN
    QStringList serviceStringList(ApiKeyField field) const; // JSON.parse, invalid -> []
    QStringList servicePermissions(PermissionsReader reader) const; // normalizePermissions
    std::optional<QDateTime> serviceDate(ApiKeyField field) const; // new Date(x); nullopt if invalid
    // validateApiKey step 5: `expiresAt && now > new Date(expiresAt)` (section 12).
    bool serviceIsExpired(const QDateTime& now) const;
    // `tokenLimit` is read as parseInt(x) with no fallback, so "" and absent mean "no limit" (5.2 a).
    std::optional<qint64> serviceTokenLimit() const;

    // Named strict getters and setters for everyday use.
    QString id() const { return text(ApiKeyField::Id); }
    QString name() const { return text(ApiKeyField::Name); }
    void setName(const QString& v) { setText(ApiKeyField::Name, v); }
    QString description() const { return text(ApiKeyField::Description); }
    void setDescription(const QString& v) { setText(ApiKeyField::Description, v); }
    QByteArray keyHash() const { return raw(ApiKeyField::KeyHash).value_or(QByteArray()); }
    void setKeyHash(const QByteArray& v) { setRaw(ApiKeyField::KeyHash, v); }
    std::optional<qint64> tokenLimit() const { return integer(ApiKeyField::TokenLimit); }
    void setTokenLimit(std::optional<qint64> v) { setInteger(ApiKeyField::TokenLimit, v); }
    std::optional<qint64> concurrencyLimit() const { return integer(ApiKeyField::ConcurrencyLimit); }
    void setConcurrencyLimit(std::optional<qint64> v) { setInteger(ApiKeyField::ConcurrencyLimit, v); }
    std::optional<qint64> rateLimitWindow() const { return integer(ApiKeyField::RateLimitWindow); }
    void setRateLimitWindow(std::optional<qint64> v) { setInteger(ApiKeyField::RateLimitWindow, v); }
    std::optional<qint64> rateLimitRequests() const { return integer(ApiKeyField::RateLimitRequests); }
    void setRateLimitRequests(std::optional<qint64> v) { setInteger(ApiKeyField::RateLimitRequests, v); }
    std::optional<double> rateLimitCost() const { return decimal(ApiKeyField::RateLimitCost); }
    void setRateLimitCost(std::optional<double> v) { setDecimal(ApiKeyField::RateLimitCost, v); }
    bool isActive() const { return serviceBoolean(ApiKeyField::IsActive); }
    void setActive(bool v) { setBoolean(ApiKeyField::IsActive, v); }
    QString claudeAccountId() const { return text(ApiKeyField::ClaudeAccountId); }
    QString claudeConsoleAccountId() const { return text(ApiKeyField::ClaudeConsoleAccountId); }
    QString geminiAccountId() const { return text(ApiKeyField::GeminiAccountId); }
    QString openaiAccountId() const { return text(ApiKeyField::OpenaiAccountId); }
    QString azureOpenaiAccountId() const { return text(ApiKeyField::AzureOpenaiAccountId); }
    QString bedrockAccountId() const { return text(ApiKeyField::BedrockAccountId); }
    QString droidAccountId() const { return text(ApiKeyField::DroidAccountId); }
    QString ccrAccountId() const { return text(ApiKeyField::CcrAccountId); }
    // Always the JSON array form, never the 1.1.235 comma-joined form (section 5.2 b).
    void setPermissions(const QStringList& v) { setStringList(ApiKeyField::Permissions, v); }
    bool enableModelRestriction() const { return serviceBoolean(ApiKeyField::EnableModelRestriction); }
    std::optional<QStringList> restrictedModels() const { return stringList(ApiKeyField::RestrictedModels); }
    bool enableClientRestriction() const { return serviceBoolean(ApiKeyField::EnableClientRestriction); }
    std::optional<QStringList> allowedClients() const { return stringList(ApiKeyField::AllowedClients); }
    std::optional<double> dailyCostLimit() const { return decimal(ApiKeyField::DailyCostLimit); }
    std::optional<double> totalCostLimit() const { return decimal(ApiKeyField::TotalCostLimit); }
    std::optional<double> weeklyOpusCostLimit() const { return decimal(ApiKeyField::WeeklyOpusCostLimit); }
    std::optional<QStringList> tags() const { return stringList(ApiKeyField::Tags); }
    void setTags(const QStringList& v) { setStringList(ApiKeyField::Tags, v); }
    std::optional<qint64> activationDays() const { return integer(ApiKeyField::ActivationDays); }
    QString activationUnit() const { return text(ApiKeyField::ActivationUnit); }
    QString expirationMode() const { return text(ApiKeyField::ExpirationMode); }
    bool isActivated() const { return serviceBoolean(ApiKeyField::IsActivated); }
    std::optional<QDateTime> activatedAt() const { return dateTime(ApiKeyField::ActivatedAt); }
    std::optional<QDateTime> createdAt() const { return dateTime(ApiKeyField::CreatedAt); }
    std::optional<QDateTime> lastUsedAt() const { return dateTime(ApiKeyField::LastUsedAt); }
    std::optional<QDateTime> expiresAt() const { return dateTime(ApiKeyField::ExpiresAt); }
    void setExpiresAt(const std::optional<QDateTime>& v) { setDateTime(ApiKeyField::ExpiresAt, v); }
    QString createdBy() const { return text(ApiKeyField::CreatedBy); }
    QString userId() const { return text(ApiKeyField::UserId); }
    QString userUsername() const { return text(ApiKeyField::UserUsername); }
    QString icon() const { return text(ApiKeyField::Icon); }
    std::optional<QDateTime> updatedAt() const { return dateTime(ApiKeyField::UpdatedAt); }
    bool isDeleted() const { return serviceBoolean(ApiKeyField::IsDeleted); }
    std::optional<QDateTime> deletedAt() const { return dateTime(ApiKeyField::DeletedAt); }
    QString deletedBy() const { return text(ApiKeyField::DeletedBy); }
    QString deletedByType() const { return text(ApiKeyField::DeletedByType); }
    std::optional<QDateTime> restoredAt() const { return dateTime(ApiKeyField::RestoredAt); }
    QString restoredBy() const { return text(ApiKeyField::RestoredBy); }
    QString restoredByType() const { return text(ApiKeyField::RestoredByType); }
    std::optional<qint64> weeklyResetDay() const { return integer(ApiKeyField::WeeklyResetDay); }
    std::optional<qint64> weeklyResetHour() const { return integer(ApiKeyField::WeeklyResetHour); }

    friend bool operator==(const ApiKey& a, const ApiKey& b);

private:
    static QByteArrayView nameOf(ApiKeyField field);
    qsizetype indexOf(QByteArrayView field) const;
    qsizetype searchByName(QByteArrayView field) const; // linear, for unknown names
    qsizetype positionOf(ApiKeyField field) const
    {
        const qint16 p = m_position[std::size_t(field)];
        return p == Unindexed ? searchByName(nameOf(field)) : p;
    }
    std::optional<QByteArrayView> view(ApiKeyField field) const
    {
        const qsizetype i = positionOf(field);
        return i >= 0 ? std::optional<QByteArrayView>(fieldValue(i)) : std::nullopt;
    }
    void append(QByteArrayView name, QByteArrayView value);
    void appendBytes(QByteArrayView bytes);
    void reindex();
    void compactIfWasteful();

    // The pairs are packed: a list of 100,000 keys would otherwise hold millions of small
    // allocations. m_data holds every value and the names that are not ApiKeyFields, back to back;
    // a slot says where its pair is (a known name is only its field number).
    struct Slot
    {
        quint32 nameOffset = 0; // unknown names only: the name is [nameOffset, valueOffset)
        quint32 valueOffset = 0;
        quint32 valueSize = 0;
        qint16 field = -1; // the ApiKeyField, or -1 for a name that is none
    };
    QByteArray m_data;
    QList<Slot> m_slots;

    // Where each known field sits in m_slots (-1: absent), so that the typed getters do not search
    // the fields by name. Unindexed for a field beyond the range of qint16 (only in absurd hashes).
    static constexpr qint16 Unindexed = -2;
    std::array<qint16, ApiKeyFieldCount> m_position = emptyPositions();
    static constexpr std::array<qint16, ApiKeyFieldCount> emptyPositions()
    {
        std::array<qint16, ApiKeyFieldCount> a {};
        a.fill(-1);
        return a;
    }
};

} // namespace rka::relay
