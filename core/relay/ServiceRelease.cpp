#include "ServiceRelease.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace rka::relay {

QString dataModelName(DataModel model)
{
    switch (model) {
    case DataModel::Release1_1_235:
        return ReleaseDetection::tr("1.1.235 era (no key index)");
    case DataModel::Release1_1_262:
        return ReleaseDetection::tr("1.1.262 (JSON permissions, no key index)");
    case DataModel::Release1_1_263:
        return ReleaseDetection::tr("1.1.263 to 1.1.280 (key index)");
    case DataModel::Release1_1_281:
        return ReleaseDetection::tr("1.1.281 to 1.1.301 (key index, weekly reset periods)");
    case DataModel::Release1_1_302:
        return ReleaseDetection::tr("1.1.302 to 1.1.314 (key index, weekly reset periods, payload rules)");
    }
    return {};
}

std::optional<std::tuple<int, int, int>> ReleaseDetection::parseVersion(QByteArrayView text)
{
    const QList<QByteArray> parts = text.trimmed().toByteArray().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    int v[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toInt(&ok);
        if (!ok || v[i] < 0)
            return std::nullopt;
    }
    return std::make_tuple(v[0], v[1], v[2]);
}

QString ReleaseDetection::summary() const
{
    if (empty)
        return tr("empty database (no API keys yet)");
    if (!known)
        return tr("unknown layout");
    if (!consistent)
        return tr("inconsistent layout (%1)").arg(dataModelName(model));
    return dataModelName(model);
}

ReleaseDetection ReleaseDetection::detect(const ReleaseMarkers& m)
{
    ReleaseDetection d;
    using V = std::tuple<int, int, int>;
    const V newestKnown {1, 1, 314};
    auto raise = [&d](DataModel at_least) {
        if (at_least > d.model)
            d.model = at_least;
    };

    // Markers in Redis itself (section 18.2).
    std::optional<V> migrated;
    if (m.migratedVersion) {
        migrated = parseVersion(*m.migratedVersion);
        if (!migrated) {
            d.known = false;
            d.problem = tr("system:migrated:version holds \"%1\", which is not a release number.")
                            .arg(QString::fromUtf8(m.migratedVersion->left(40)));
        } else {
            d.evidence
                << tr("system:migrated:version = %1: release %1 or later has started on this database.")
                       .arg(QString::fromUtf8(m.migratedVersion->trimmed()));
            if (*migrated > newestKnown) {
                d.known = false;
                d.problem = tr("Release %1 has run on this database; this program knows the data model up to "
                               "1.1.314 and will not write to it.")
                                .arg(QString::fromUtf8(m.migratedVersion->trimmed()));
            } else if (*migrated >= V {1, 1, 302}) {
                raise(DataModel::Release1_1_302);
            } else if (*migrated >= V {1, 1, 281}) {
                raise(DataModel::Release1_1_281);
            } else if (*migrated >= V {1, 1, 263}) {
                raise(DataModel::Release1_1_263);
            }
        }
    }
    if (m.indexVersion) {
        if (m.indexVersion->trimmed() == "2") {
            d.evidence << tr(
                "apikey:index:version = 2: the key index of release 1.1.263 or later is complete.");
            raise(DataModel::Release1_1_263);
        } else {
            d.known = false;
            d.problem = tr("apikey:index:version holds \"%1\"; only version 2 is known.")
                            .arg(QString::fromUtf8(m.indexVersion->left(40)));
        }
    }
    if (m.indexAllExists) {
        d.evidence << tr("apikey:idx:all exists: a key index (release 1.1.263 or later).");
        raise(DataModel::Release1_1_263);
    }
    if (m.claudeWeeklyKeys > 0) {
        d.evidence << tr("%n key(s) with usage:claude:total: written by release 1.1.262.", nullptr,
                         m.claudeWeeklyKeys);
        raise(DataModel::Release1_1_262);
    }

    // Fields in the key hashes (section 18.3).
    if (m.keysWithPayloadRules > 0) {
        d.evidence << tr("%n key(s) carry openaiResponsesPayloadRules (release 1.1.302 or later).", nullptr,
                         m.keysWithPayloadRules);
        raise(DataModel::Release1_1_302);
    }
    if (m.keysWithWeeklyReset > 0) {
        d.evidence << tr("%n key(s) carry weeklyResetDay (release 1.1.281 or later).", nullptr,
                         m.keysWithWeeklyReset);
        raise(DataModel::Release1_1_281);
    }
    if (m.keysWithServiceRates > 0) {
        d.evidence << tr("%n key(s) carry serviceRates (release 1.1.263 or later).", nullptr,
                         m.keysWithServiceRates);
        raise(DataModel::Release1_1_263);
    }

    const bool anyMarker = m.migratedVersion || m.indexVersion || m.indexAllExists || m.claudeWeeklyKeys > 0;
    if (m.keyCount == 0 && !anyMarker) {
        d.empty = true;
        d.evidence << tr("No API keys and no release marker.");
        return d;
    }
    if (d.evidence.isEmpty())
        d.evidence << tr("No marker of a later release: the 1.1.235-era data model.");

    // Contradictions (markers of two layouts at once).
    if (d.known) {
        QStringList contradictions;
        if (migrated && *migrated < V {1, 1, 263} && (m.indexVersion || m.indexAllExists))
            contradictions
                << tr("system:migrated:version says %1, but a key index exists, which only 1.1.263 or "
                      "later builds.")
                       .arg(QString::fromUtf8(m.migratedVersion->trimmed()));
        if (migrated && *migrated < V {1, 1, 281} && m.keysWithWeeklyReset > 0)
            contradictions
                << tr("system:migrated:version says %1, but keys carry weeklyResetDay, which only 1.1.281 "
                      "or later writes.")
                       .arg(QString::fromUtf8(m.migratedVersion->trimmed()));
        if (m.indexVersion && !m.indexAllExists && m.keyCount > 0)
            contradictions << tr(
                "apikey:index:version says the key index is complete, but apikey:idx:all does not "
                "exist.");
        if (!m.foreignKeysUnderApiKey.isEmpty())
            contradictions
                << tr("%n key(s) under apikey: are neither key hashes nor index keys of a known release "
                      "(first: %1).",
                      nullptr, int(m.foreignKeysUnderApiKey.size()))
                       .arg(QString::fromUtf8(m.foreignKeysUnderApiKey.first().left(80)));
        if (!contradictions.isEmpty()) {
            d.consistent = false;
            d.evidence += contradictions;
            d.problem = tr("The database mixes markers of different releases: %1 It is opened read-only; "
                           "the health check explains what to repair.")
                            .arg(contradictions.join(u' '));
        }
    }
    return d;
}

} // namespace rka::relay
