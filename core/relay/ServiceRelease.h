#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace rka::relay {

// Which service release's data model the database follows (service-data-model.md 18.1, 18.2).
// The values are ordered: a later value means every rule of the earlier ones plus its own.
enum class DataModel {
    Release1_1_235, // no key index, YYYY-Www weekly keys, comma-joined permissions bug
    Release1_1_262, // permissions stored as JSON; usage:claude:weekly keys
    Release1_1_263, // key index, serviceRates, hash map revoked on delete
    Release1_1_281, // weeklyResetDay/Hour and period-string weekly keys
    Release1_1_302, // OpenAI Responses payload rules (up to 1.1.314, the newest known)
};

QString dataModelName(DataModel model);

// What was found in Redis that tells the releases apart. Filled by the key list reader.
struct ReleaseMarkers
{
    std::optional<QByteArray> migratedVersion; // system:migrated:version
    std::optional<QByteArray> indexVersion; // apikey:index:version
    bool indexAllExists = false; // apikey:idx:all
    int keyCount = 0; // apikey:{id} hashes
    int keysWithServiceRates = 0;
    int keysWithWeeklyReset = 0;
    int keysWithPayloadRules = 0;
    int claudeWeeklyKeys =
        0; // keys with usage:claude:total:{id} (written with usage:claude:weekly:* by v1.1.262 only)
    QList<QByteArray> foreignKeysUnderApiKey; // non-hash or oddly named keys under apikey:
};

struct ReleaseDetection
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDetection)

public:
    bool empty = false; // no keys and no marker: the profile must say which release to write for
    DataModel model = DataModel::Release1_1_235;
    bool known = true; // false: newer or unrecognised layout
    bool consistent = true; // false: markers contradict each other
    QStringList evidence; // why, one translated line per marker
    QString problem; // why the database must be opened read-only; empty when writable

    bool writable() const { return known && consistent; }
    bool weeklyUsesPeriod() const { return model >= DataModel::Release1_1_281; }
    bool hasKeyIndex() const { return model >= DataModel::Release1_1_263; }
    QString summary() const;

    static ReleaseDetection detect(const ReleaseMarkers& markers);
    // "1.1.263" -> comparable triple; nullopt when it is not a version.
    static std::optional<std::tuple<int, int, int>> parseVersion(QByteArrayView text);
};

} // namespace rka::relay
