#pragma once

#include "KeyListReader.h"

#include <QByteArray>
#include <QJsonDocument>

namespace rka::relay {

// The whole key list with its real numbers, as CSV or JSON. Plaintext keys are not in any export:
// they are stored nowhere. Neither is the stored hash.
class KeyExport
{
public:
    struct Options
    {
        bool includeDeleted = true;
        QDateTime now; // for the status column
    };

    // JSON: an array of the service-shaped list items (ServiceView), each with an added "status" and
    // "owner", sorted by name then id.
    static QJsonDocument toJson(const QList<KeyEntry>& keys, const ReleaseDetection& release,
                                const UserDirectory& users, const Options& options);
    // CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Chinese names): one row per key.
    static QByteArray toCsv(const QList<KeyEntry>& keys, const UserDirectory& users, const Options& options);
    static QList<QByteArray> csvHeader();
    // Quotes a cell when needed; text that a spreadsheet would run as a formula gets a leading '.
    static QByteArray csvCell(const QString& text, bool isText = true);

    static QList<const KeyEntry*> sorted(const QList<KeyEntry>& keys, bool includeDeleted);
};

} // namespace rka::relay
