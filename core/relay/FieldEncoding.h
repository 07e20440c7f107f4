#pragma once

#include "ApiKey.h"
#include "ApiKeyField.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <optional>

namespace rka::relay {

// Why a stored value cannot be read as its field's type.
enum class MalformedReason {
    InvalidUtf8,
    TooLong,
    NotBoolean,
    NotNumber,
    NotWholeNumber,
    NumberOutOfRange,
    NotIsoDate,
    BadJson,
    WrongJsonShape,
    NotKeyHash,
};

// The service's encodings of single hash values (service-data-model.md section 1.3), both ways.
// Decoders are strict: they return nullopt for anything the service itself would not have written.
class FieldEncoding
{
    Q_DECLARE_TR_FUNCTIONS(FieldEncoding)

public:
    // Text longer than this is reported as malformed: far beyond any name, id or description.
    static constexpr qsizetype MaxTextBytes = 1024 * 1024;
    // The icon is a data URL; the service's request body limit is 10 MB (section 17.2).
    static constexpr qsizetype MaxIconBytes = 10 * 1024 * 1024;

    // Checks one value against its field's encoding; nullopt means well-formed.
    static std::optional<MalformedReason> check(ApiKeyField field, QByteArrayView value);
    static QString reasonText(MalformedReason reason);

    static bool isValidUtf8(QByteArrayView value);
    static QString toText(QByteArrayView value); // lossy for invalid UTF-8, keeps a leading BOM

    static std::optional<bool> decodeBoolean(QByteArrayView value);
    static std::optional<qint64> decodeInteger(QByteArrayView value);
    static std::optional<double> decodeDecimal(QByteArrayView value);
    // Any ISO 8601 form that JavaScript's Date parses; a date-time without an offset is read as UTC
    // because the service host runs in UTC (section 21).
    static std::optional<QDateTime> decodeDateTime(QByteArrayView value);
    // Exactly toISOString() output: YYYY-MM-DDTHH:MM:SS.mmmZ.
    static bool isCanonicalDateTime(QByteArrayView value);
    static std::optional<QStringList> decodeStringArray(QByteArrayView value);
    static std::optional<QMap<QString, double>> decodeServiceRates(QByteArrayView value);
    static std::optional<QList<PayloadRule>> decodePayloadRules(QByteArrayView value);

    static QByteArray encodeBoolean(bool value); // String(bool)
    static QByteArray encodeInteger(qint64 value); // String(n)
    static QByteArray encodeDecimal(double value); // String(n)
    static QByteArray encodeDateTime(const QDateTime& value); // toISOString()
    static QByteArray encodeStringArray(const QStringList& value); // JSON.stringify
    static QByteArray encodeServiceRates(const QMap<QString, double>& value); // JSON.stringify
    static QByteArray encodePayloadRules(const QList<PayloadRule>& value); // JSON.stringify
    static QByteArray jsonQuote(QStringView value); // JSON.stringify of one string
};

} // namespace rka::relay
