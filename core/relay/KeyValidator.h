#pragma once

#include "ApiKey.h"
#include "ApiKeyField.h"
#include "JsNumber.h"
#include "ServiceRelease.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rka::relay {

// One problem with a key's settings, shown next to the field it concerns.
struct ValidationIssue
{
    ApiKeyField field;
    QString message; // translated, in words the user can act on
    bool serviceRule; // true: the service itself rejects this; false: our extra check (section 17.2)
    bool warning = false; // allowed but worth saying (e.g. an expiry in the past); never blocks a write
};

// Which write the settings are for; the service checks different things on each path (11.3-11.9).
enum class WriteKind { Create, BatchCreate, Update, BatchEdit };

// The validation of key settings before any write (create, batch create, update, batch edit, expiry
// edit, activation, tag rename/delete). A write whose issues contain an error must change nothing.
//
// It checks the STORED form, as the writer will HSET it: decimal strings, JSON array text, ISO dates.
// It mirrors the service's rules with the service's English messages (service-data-model.md 11.3,
// 11.4, 11.7, 11.9, 18.9) and adds the checks the service forgets (17.2). `serviceRule` says whether
// the service enforces the rule on that write path for that release: the same message can be a
// service rule on one path and our own on another (batch edit validates almost nothing, 11.8).
class KeyValidator
{
    Q_DECLARE_TR_FUNCTIONS(KeyValidator)

public:
    // The service's limits (11.3, 11.4). Lengths count UTF-16 code units, as JavaScript's .length does.
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxDescriptionLength = 500;
    static constexpr int MaxBaseNameLength = 90;
    static constexpr int MinBatchCount = 2;
    static constexpr int MaxBatchCount = 500;
    static constexpr int MinWeeklyResetDay = 1; // Monday (18.3)
    static constexpr int MaxWeeklyResetDay = 7;
    static constexpr int MaxWeeklyResetHour = 23;
    static constexpr qint64 MaxSafeInteger = JsNumber::MaxSafeInteger;

    // Our own limits (17.2); the service has none.
    static constexpr int MaxTagLength = 50; // long enough for "team-…" labels, short enough for a chip
    static constexpr int MaxTags = 30; // tags mark teams and purposes; more is a sign of misuse
    static constexpr qint64 MaxActivationDays = 3650; // ten years
    static constexpr qint64 MaxActivationHours = 87600; // the same ten years in hours
    // The editor stores a 64x64 PNG (a few KiB); 512 KiB leaves room for pasted icons without letting
    // one key hash grow towards the service's 10 MB body limit.
    static constexpr qsizetype MaxIconBytes = 512 * 1024;
    static constexpr int MaxAccountIdLength = 128; // account and group ids are 36-character UUIDs

    // The service's fixed vocabularies.
    static QStringList permissionNames(); // claude, gemini, openai, droid (5.2 b)
    static QStringList clientIds(); // claude_code, gemini_cli, codex_cli, droid_cli (5.1)
    static QStringList rateServices(); // claude, codex, gemini, droid, bedrock, azure, ccr (18.3)
    static QStringList payloadValueTypes(); // string, number, boolean, json (18.3)

    // Validates the settings of `key` as they would be stored. Create and BatchCreate check every
    // field (`changed` is ignored; absent fields get the service's defaults and pass). Update and
    // BatchEdit check only the fields in `changed`, plus the cross-field rules a change touches:
    // the expiry group (expirationMode, activationDays, activationUnit, expiresAt, isActivated) and
    // the rate-limit window group are checked as a whole when any member changes. Warnings about
    // expiry in the past use support::Clock.
    static QList<ValidationIssue> validate(const ApiKey& key, WriteKind kind, DataModel model,
                                           const QList<ApiKeyField>& changed = {});
    // One value as the editor would store it, before it is put into an ApiKey: only the issues of
    // that field, without the cross-field rules (validate the whole key for those).
    static QList<ValidationIssue> validateValue(ApiKeyField field, const QString& storedValue, WriteKind kind,
                                                DataModel model);
    // Batch create's own parameters (11.4); the generated names are "{baseName}_{i}".
    static QList<ValidationIssue> validateBatchCreate(const QString& baseName, int count);
    // A tag name for tag rename or a new tag, exactly as it will be stored (18.7).
    static QList<ValidationIssue> validateTagName(const QString& name);
    // "Activate now" (11.9): only a key in activation mode that is not activated yet.
    static QList<ValidationIssue> validateActivateNow(const ApiKey& key);

    static bool hasErrors(const QList<ValidationIssue>& issues);
    static QList<ValidationIssue> errorsOnly(const QList<ValidationIssue>& issues);
    // A short translated name of a field, as used in our own messages ("Daily cost limit").
    static QString fieldLabel(ApiKeyField field);
};

} // namespace rka::relay
