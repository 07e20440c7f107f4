#pragma once

#include "ApiKey.h"
#include "FieldEncoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rka::relay {

// A field whose stored value does not match its encoding. The raw bytes stay in the ApiKey
// untouched; this only describes them.
struct MalformedField
{
    QByteArray field;
    QString rawPreview; // for display: truncated, control characters and bad bytes escaped
    MalformedReason reason;
    QString message; // translated
};

// What a write must send to turn `before` into `after`: HSET of `set`, HDEL of `removed`.
struct FieldChanges
{
    RawHash set; // in the order of `after`
    QList<QByteArray> removed;
    bool isEmpty() const { return set.isEmpty() && removed.isEmpty(); }
};

// Converts between an HGETALL reply of `apikey:{id}` and ApiKey (service-data-model.md sections 5
// and 18.3). Decoding never fails and never changes a byte; it reports malformed fields instead.
class ApiKeyCodec
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyCodec)

public:
    static constexpr qsizetype PreviewChars = 80;

    static ApiKey decode(const RawHash& hash, QList<MalformedField>* malformed = nullptr);
    // The field/value pairs to store; for an unedited key exactly what decode() was given.
    static RawHash encode(const ApiKey& key);

    static QList<MalformedField> malformedFields(const ApiKey& key);
    // Unknown fields are never malformed: the app does not know what they should hold.
    static std::optional<MalformedField> checkField(QByteArrayView field, QByteArrayView value);

    // Fields to HSET (new or different bytes) and to HDEL (gone from `after`).
    static FieldChanges changedFields(const ApiKey& before, const ApiKey& after);

    // A short, printable rendering of a stored value for messages and tables.
    static QString preview(QByteArrayView raw, qsizetype maxChars = PreviewChars);
};

} // namespace rka::relay
