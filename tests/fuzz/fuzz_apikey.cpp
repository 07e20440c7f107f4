// Fuzz target: the field codec (core/relay/ApiKeyCodec, FieldEncoding, ApiKey) and what reads a
// decoded key: status, validation, the key index commands, the service-shaped view and the exports.
//
// Input: an `apikey:{id}` hash as HGETALL gives it, written as NUL-separated field/value pairs
// ("field\0value\0field\0value..."); a repeated field keeps its first value, as in a Redis hash.
//
// Properties:
//  - decoding never changes a byte: encode(decode(h)) == h, and an unedited key has no changes;
//  - every reported malformed field is in the hash and checkField() reports the same reason;
//  - every value a strict getter reads back is stored again by its setter so that it reads back the
//    same, and that setter changes no other field;
//  - no export and no service view contains the stored key hash.

#include "FuzzSupport.h"

#include "relay/ApiKey.h"
#include "relay/ApiKeyCodec.h"
#include "relay/ApiKeyField.h"
#include "relay/FieldEncoding.h"
#include "relay/KeyExport.h"
#include "relay/KeyHash.h"
#include "relay/KeyIndex.h"
#include "relay/KeyListReader.h"
#include "relay/KeyStats.h"
#include "relay/KeyStatus.h"
#include "relay/KeyValidator.h"
#include "relay/ServiceRelease.h"
#include "relay/ServiceView.h"
#include "relay/UserDirectory.h"
#include "support/Clock.h"

#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <cmath>

using namespace rka;
using namespace rka::relay;
using namespace Qt::StringLiterals;

namespace {

const QDateTime& now()
{
    static const QDateTime instant(QDate(2026, 2, 2), QTime(10, 0), QTimeZone::utc());
    return instant;
}

// Sets `field` through a typed setter on a copy and checks that no other field changed: the same
// fields in the same order with the same bytes, the set field in place or appended. (Linear; the
// codec's changedFields() is quadratic and checked once per input instead.)
template <typename Set> ApiKey changedCopy(const ApiKey& key, ApiKeyField field, Set set)
{
    ApiKey copy = key;
    set(copy);
    const QLatin1StringView latin = apiKeyFieldName(field);
    const QByteArrayView name(latin.data(), latin.size());
    const RawHash& before = key.rawFields();
    const RawHash& after = copy.rawFields();
    FUZZ_CHECK(after.size() == before.size() || (after.size() == before.size() + 1 && !key.has(name)));
    for (qsizetype i = 0; i < before.size(); ++i) {
        FUZZ_CHECK(after.at(i).first == before.at(i).first);
        if (before.at(i).first != name)
            FUZZ_CHECK(after.at(i).second == before.at(i).second);
    }
    if (after.size() > before.size())
        FUZZ_CHECK(after.constLast().first == name);
    return copy;
}

void roundTrips(const ApiKey& key, const ApiKeyFieldSpec& spec)
{
    const ApiKeyField f = spec.field;
    switch (spec.kind) {
    case FieldKind::Text:
    case FieldKind::KeyHash:
        if (const std::optional<QByteArray> raw = key.raw(f); raw && FieldEncoding::isValidUtf8(*raw)) {
            const QString text = key.text(f);
            const ApiKey copy = changedCopy(key, f, [&](ApiKey& k) { k.setText(f, text); });
            FUZZ_CHECK(copy.text(f) == text);
        }
        break;
    case FieldKind::Boolean:
        if (const std::optional<bool> b = key.boolean(f)) {
            FUZZ_CHECK(FieldEncoding::encodeBoolean(*b) == key.raw(f));
            const ApiKey copy = changedCopy(key, f, [&](ApiKey& k) { k.setBoolean(f, *b); });
            FUZZ_CHECK(copy.boolean(f) == b);
        }
        break;
    case FieldKind::Integer:
        if (const std::optional<qint64> v = key.integer(f)) {
            const ApiKey copy = changedCopy(key, f, [&](ApiKey& k) { k.setInteger(f, *v); });
            FUZZ_CHECK(copy.integer(f) == v);
        }
        break;
    case FieldKind::Decimal:
        if (const std::optional<double> v = key.decimal(f)) {
            FUZZ_CHECK(std::isfinite(*v));
            const ApiKey copy = changedCopy(key, f, [&](ApiKey& k) { k.setDecimal(f, *v); });
            FUZZ_CHECK(copy.decimal(f) == v);
        }
        break;
    case FieldKind::IsoDate:
        if (const std::optional<QDateTime> v = key.dateTime(f)) {
            FUZZ_CHECK(v->isValid());
            const ApiKey copy = changedCopy(key, f, [&](ApiKey& k) { k.setDateTime(f, *v); });
            FUZZ_CHECK(copy.dateTime(f) == v);
            FUZZ_CHECK(FieldEncoding::isCanonicalDateTime(*copy.raw(f)));
        }
        break;
    case FieldKind::StringArray:
    case FieldKind::Permissions:
        if (const std::optional<QStringList> v = key.stringList(f)) {
            const ApiKey copy = changedCopy(key, f, [&](ApiKey& k) { k.setStringList(f, *v); });
            FUZZ_CHECK(copy.stringList(f) == v);
        }
        break;
    case FieldKind::ServiceRates:
        if (const std::optional<QMap<QString, double>> v = key.serviceRates()) {
            const ApiKey copy = changedCopy(key, f, [&](ApiKey& k) { k.setServiceRates(*v); });
            FUZZ_CHECK(copy.serviceRates() == v);
        }
        break;
    case FieldKind::PayloadRules:
        if (const std::optional<QList<PayloadRule>> v = key.payloadRules()) {
            const ApiKey copy = changedCopy(key, f, [&](ApiKey& k) { k.setPayloadRules(*v); });
            FUZZ_CHECK(copy.payloadRules() == v);
        }
        break;
    }
}

void readEverything(const ApiKey& key, const ApiKeyFieldSpec& spec)
{
    const ApiKeyField f = spec.field;
    (void)key.text(f);
    (void)key.boolean(f);
    (void)key.integer(f);
    (void)key.decimal(f);
    (void)key.dateTime(f);
    (void)key.stringList(f);
    (void)key.serviceBoolean(f);
    (void)key.serviceNumber(f);
    (void)key.serviceStringList(f);
    (void)key.serviceDate(f);
    if (const std::optional<QByteArray> raw = key.raw(f)) {
        (void)ApiKeyCodec::preview(*raw);
        (void)ApiKeyCodec::preview(*raw, 3);
        (void)FieldEncoding::toText(*raw);
        (void)KeyValidator::validateValue(f, FieldEncoding::toText(*raw), WriteKind::Update,
                                          DataModel::Release1_1_302);
    }
}

bool contains(const QByteArray& haystack, const QByteArray& needle)
{
    return !needle.isEmpty() && haystack.contains(needle);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool clockSet = [] {
        support::Clock::setInstance(std::make_shared<support::FixedClock>(now()));
        return true;
    }();
    (void)clockSet;

    // The hash, as HGETALL would give it: no field twice. At most 80 fields (a real key has about
    // 55): the codec's field lookups are linear, and many more would only slow the fuzzer down.
    const QList<QByteArray> parts =
        fuzz::splitNul(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), 160);
    RawHash hash;
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        if (!seen.contains(parts.at(i))) {
            seen.insert(parts.at(i));
            hash.append({parts.at(i), parts.at(i + 1)});
        }
    }

    // Decoding keeps every byte.
    QList<MalformedField> malformed;
    const ApiKey key = ApiKeyCodec::decode(hash, &malformed);
    FUZZ_CHECK(ApiKeyCodec::encode(key) == hash);
    FUZZ_CHECK(ApiKeyCodec::changedFields(key, key).isEmpty());
    FUZZ_CHECK(ApiKeyCodec::changedFields(ApiKey(), key).set == hash);
    FUZZ_CHECK(ApiKeyCodec::changedFields(key, ApiKey()).removed.size() == hash.size());
    for (const MalformedField& m : malformed) {
        const std::optional<QByteArray> raw = key.raw(m.field);
        FUZZ_CHECK(raw.has_value());
        const std::optional<MalformedField> again = ApiKeyCodec::checkField(m.field, *raw);
        FUZZ_CHECK(again && again->reason == m.reason);
    }
    (void)key.unknownFieldNames();

    // Every field, read every way; typed values stored again read back the same.
    for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs()) {
        readEverything(key, spec);
        roundTrips(key, spec);
    }
    (void)key.servicePermissions(PermissionsReader::Release1_1_235);
    (void)key.servicePermissions(PermissionsReader::Release1_1_262Plus);
    (void)key.permissionsForm();
    (void)key.serviceIsExpired(now());
    (void)key.serviceTokenLimit();
    (void)keyStatus(key, now());
    (void)KeyStatsQuery::weeklyReset(key);

    // Validation, index commands.
    QList<ApiKeyField> all;
    for (const ApiKeyFieldSpec& spec : apiKeyFieldSpecs())
        all.append(spec.field);
    (void)KeyValidator::validate(key, WriteKind::Create, DataModel::Release1_1_302);
    (void)KeyValidator::validate(key, WriteKind::Update, DataModel::Release1_1_235, all);
    (void)KeyValidator::validateActivateNow(key);
    const QByteArray id = key.raw(ApiKeyField::Id).value_or("fuzz-id"_ba);
    (void)KeyIndex::add(id, key);
    (void)KeyIndex::update(id, ApiKey(), key, {});
    (void)KeyIndex::update(id, key, ApiKey(), {});
    (void)KeyIndex::remove(id, key, {});
    (void)KeyIndex::status(id, key);

    // The service's view and the exports never show the stored hash.
    KeyEntry entry;
    entry.id = id;
    entry.key = key;
    entry.malformed = malformed;
    ReleaseDetection release;
    release.model = DataModel::Release1_1_302;
    const QByteArray view = QJsonDocument(ServiceView::listItem(entry, release)).toJson();
    KeyExport::Options options;
    options.now = now();
    const QList<KeyEntry> entries {entry};
    const UserDirectory users;
    const QByteArray json = KeyExport::toJson(entries, release, users, options).toJson();
    const QByteArray csv = KeyExport::toCsv(entries, users, options);
    const QByteArray storedHash = key.keyHash();
    if (isStoredKeyHashShape(storedHash)) {
        // Only meaningful when nothing else in the hash holds the same text.
        bool elsewhere = false;
        for (const auto& [name, value] : hash)
            elsewhere = elsewhere || name.contains(storedHash) ||
                (name != "apiKey" && FieldEncoding::toText(value).toUtf8().contains(storedHash));
        if (!elsewhere) {
            FUZZ_CHECK(!contains(view, storedHash));
            FUZZ_CHECK(!contains(json, storedHash));
            FUZZ_CHECK(!contains(csv, storedHash));
        }
    }
    return 0;
}
