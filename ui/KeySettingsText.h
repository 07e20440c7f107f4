#pragma once

#include "relay/AccountDirectory.h"
#include "relay/ApiKey.h"
#include "relay/ServiceRelease.h"
#include "relay/UserDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rka::ui {

// One value of the detail pane: its text, and whether it shows a problem (broken, missing, expired)
// that the pane should make stand out.
struct DetailValue
{
    QString text;
    bool problem = false;
    QString toolTip;
};

// The key's settings in words, one function per row of the detail pane's Settings section. No
// widgets here, so the wording can be checked without a display.
class KeySettingsText
{
    Q_DECLARE_TR_FUNCTIONS(KeySettingsText)

public:
    // The binding fields in the order the pane lists them.
    static QList<relay::ApiKeyField> bindingFields();
    static QString bindingPlatform(relay::ApiKeyField field);

    static DetailValue owner(const relay::ApiKey& key, const relay::UserDirectory& users);
    static DetailValue permissions(const relay::ApiKey& key, const relay::ReleaseDetection& release);
    static DetailValue binding(const relay::ApiKey& key, relay::ApiKeyField field,
                               const relay::AccountDirectory& accounts);
    static DetailValue modelRestriction(const relay::ApiKey& key);
    static QString modelRestrictionNote();
    static DetailValue clientRestriction(const relay::ApiKey& key);
    static DetailValue tags(const relay::ApiKey& key);
    static DetailValue expiry(const relay::ApiKey& key, const QDateTime& now);
    static DetailValue activation(const relay::ApiKey& key, const QDateTime& now);
    static DetailValue created(const relay::ApiKey& key, const QDateTime& now);
    static DetailValue updated(const relay::ApiKey& key, const QDateTime& now);
    static DetailValue deleted(const relay::ApiKey& key, const QDateTime& now);
    static DetailValue restored(const relay::ApiKey& key, const QDateTime& now);
    static DetailValue tokenLimit(const relay::ApiKey& key);
    static DetailValue rateWindow(const relay::ApiKey& key);
    // 1.1.314 fields (section 18.3); call only when the field is present.
    static DetailValue serviceRates(const relay::ApiKey& key);
    static DetailValue weeklyReset(const relay::ApiKey& key);
    static DetailValue codexAdaptation(const relay::ApiKey& key);
    static DetailValue payloadRules(const relay::ApiKey& key);
    // Fields the app does not know, with their stored values.
    static DetailValue otherFields(const relay::ApiKey& key);

    static QString serviceName(const QString& service);
};

} // namespace rka::ui
