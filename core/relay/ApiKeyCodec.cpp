#include "ApiKeyCodec.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace rka::relay {

ApiKey ApiKeyCodec::decode(const RawHash& hash, QList<MalformedField>* malformed)
{
    ApiKey key(hash);
    if (malformed)
        *malformed = malformedFields(key);
    return key;
}

RawHash ApiKeyCodec::encode(const ApiKey& key)
{
    return key.rawFields();
}

QList<MalformedField> ApiKeyCodec::malformedFields(const ApiKey& key)
{
    QList<MalformedField> result;
    for (qsizetype i = 0; i < key.fieldCount(); ++i) {
        const std::optional<ApiKeyField> known = key.fieldAt(i);
        if (!known)
            continue; // unknown fields are kept, not judged
        const QByteArrayView value = key.fieldValue(i);
        if (const std::optional<MalformedReason> reason = FieldEncoding::check(*known, value))
            result.append(MalformedField {key.fieldName(i).toByteArray(), preview(value), *reason,
                                          FieldEncoding::reasonText(*reason)});
    }
    return result;
}

std::optional<MalformedField> ApiKeyCodec::checkField(QByteArrayView field, QByteArrayView value)
{
    const std::optional<ApiKeyField> known = apiKeyFieldByName(field);
    if (!known)
        return std::nullopt;
    const std::optional<MalformedReason> reason = FieldEncoding::check(*known, value);
    if (!reason)
        return std::nullopt;
    return MalformedField {field.toByteArray(), preview(value), *reason, FieldEncoding::reasonText(*reason)};
}

FieldChanges ApiKeyCodec::changedFields(const ApiKey& before, const ApiKey& after)
{
    FieldChanges changes;
    for (const auto& [name, value] : after.rawFields()) {
        const std::optional<QByteArray> old = before.raw(name);
        if (!old || *old != value)
            changes.set.append({name, value});
    }
    for (const auto& [name, value] : before.rawFields()) {
        if (!after.has(name))
            changes.removed.append(name);
    }
    return changes;
}

QString ApiKeyCodec::preview(QByteArrayView raw, qsizetype maxChars)
{
    // Decode only a bounded prefix: values can be megabytes long.
    const QByteArrayView head = raw.first(std::min<qsizetype>(raw.size(), maxChars * 4));
    QString out;
    qsizetype shown = 0;
    qsizetype i = 0;
    while (i < head.size() && shown < maxChars) {
        // Find the length of the next UTF-8 sequence and check it decodes.
        const auto lead = static_cast<unsigned char>(head[i]);
        const qsizetype len = lead < 0x80 ? 1
            : (lead >> 5) == 0x6          ? 2
            : (lead >> 4) == 0xe          ? 3
            : (lead >> 3) == 0x1e         ? 4
                                          : 0;
        QString decoded;
        if (len > 0 && i + len <= head.size()) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            decoded = decoder.decode(head.sliced(i, len));
            if (decoder.hasError())
                decoded.clear();
        }
        if (decoded.isEmpty()) {
            if (i + len > head.size() && raw.size() > head.size() && len > 0)
                break; // a character cut by the prefix window, not a bad byte
            out += u"\\x%1"_s.arg(lead, 2, 16, QLatin1Char('0'));
            i += 1;
        } else if (len == 1 && (lead < 0x20 || lead == 0x7f)) {
            switch (lead) {
            case '\n':
                out += u"\\n"_s;
                break;
            case '\r':
                out += u"\\r"_s;
                break;
            case '\t':
                out += u"\\t"_s;
                break;
            default:
                out += u"\\x%1"_s.arg(lead, 2, 16, QLatin1Char('0'));
            }
            i += 1;
        } else {
            out += decoded;
            i += len;
        }
        ++shown;
    }
    if (i < raw.size()) {
        //: %1 is the start of a long stored value, %n its full size in bytes.
        return tr("%1… (%n bytes)", nullptr, int(std::min<qsizetype>(raw.size(), INT_MAX))).arg(out);
    }
    return out;
}

} // namespace rka::relay
