#include "KeyExport.h"

#include "JsNumber.h"
#include "KeyStatus.h"
#include "ServiceView.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay {

QList<const KeyEntry*> KeyExport::sorted(const QList<KeyEntry>& keys, bool includeDeleted)
{
    QList<const KeyEntry*> out;
    for (const KeyEntry& e : keys)
        if (includeDeleted || !e.key.isDeleted())
            out.append(&e);
    std::sort(out.begin(), out.end(), [](const KeyEntry* a, const KeyEntry* b) {
        const int c = QString::localeAwareCompare(a->key.name(), b->key.name());
        return c != 0 ? c < 0 : a->id < b->id;
    });
    return out;
}

QJsonDocument KeyExport::toJson(const QList<KeyEntry>& keys, const ReleaseDetection& release,
                                const UserDirectory& users, const Options& options)
{
    QJsonArray array;
    for (const KeyEntry* e : sorted(keys, options.includeDeleted)) {
        QJsonObject o = ServiceView::listItem(*e, release);
        o.insert(u"status"_s, QString::fromLatin1(keyStatusId(keyStatus(e->key, options.now))));
        o.insert(u"owner"_s, users.ownerLabel(e->key).text);
        array.append(o);
    }
    return QJsonDocument(array);
}

QList<QByteArray> KeyExport::csvHeader()
{
    return {"id",
            "name",
            "description",
            "status",
            "owner",
            "tags",
            "permissions",
            "createdAt",
            "expiresAt",
            "lastUsedAt",
            "lastAccount",
            "lastAccountType",
            "requests",
            "tokens",
            "inputTokens",
            "outputTokens",
            "cacheCreateTokens",
            "cacheReadTokens",
            "todayCost",
            "monthCost",
            "totalCost",
            "weeklyOpusCost",
            "dailyCostLimit",
            "totalCostLimit",
            "weeklyOpusCostLimit",
            "tokenLimit",
            "concurrencyLimit",
            "currentConcurrency",
            "rateLimitWindow",
            "rateLimitRequests",
            "rateLimitCost"};
}

QByteArray KeyExport::csvCell(const QString& text, bool isText)
{
    QString t = text;
    // Formula injection: =, +, -, @ at the start make a spreadsheet evaluate the cell (CWE-1236).
    if (isText && !t.isEmpty() && QStringLiteral("=+-@\t\r").contains(t.front()))
        t.prepend(u'\'');
    QByteArray b = t.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

QByteArray KeyExport::toCsv(const QList<KeyEntry>& keys, const UserDirectory& users, const Options& options)
{
    QByteArray out = "\xEF\xBB\xBF"; // UTF-8 BOM
    out += csvHeader().join(',') + "\r\n";
    auto number = [](double v) { return JsNumber::toString(v); };
    auto limit = [&number](const ApiKey& k, ApiKeyField f) {
        const double v = k.serviceNumber(f);
        return std::isfinite(v) ? number(v) : QByteArray();
    };
    for (const KeyEntry* e : sorted(keys, options.includeDeleted)) {
        const ApiKey& k = e->key;
        const KeyStats& s = e->stats;
        QList<QByteArray> row;
        row << csvCell(QString::fromUtf8(e->id)) << csvCell(k.name()) << csvCell(k.description())
            << keyStatusId(keyStatus(k, options.now)) << csvCell(users.ownerLabel(k).text)
            << csvCell(k.serviceStringList(ApiKeyField::Tags).join(u"; "_s))
            << csvCell(k.servicePermissions(PermissionsReader::Release1_1_262Plus).join(u"; "_s))
            << csvCell(k.text(ApiKeyField::CreatedAt)) << csvCell(k.text(ApiKeyField::ExpiresAt))
            << csvCell(k.text(ApiKeyField::LastUsedAt))
            << csvCell(e->lastUsage ? e->lastUsage->accountName : QString())
            << csvCell(e->lastUsage ? e->lastUsage->accountType : QString())
            << QByteArray::number(s.total.requests) << QByteArray::number(s.total.allTokens)
            << QByteArray::number(s.total.inputTokens) << QByteArray::number(s.total.outputTokens)
            << QByteArray::number(s.total.cacheCreateTokens) << QByteArray::number(s.total.cacheReadTokens)
            << number(s.dailyCost) << number(s.monthlyCost) << number(s.totalCost) << number(s.weeklyOpusCost)
            << limit(k, ApiKeyField::DailyCostLimit) << limit(k, ApiKeyField::TotalCostLimit)
            << limit(k, ApiKeyField::WeeklyOpusCostLimit) << limit(k, ApiKeyField::TokenLimit)
            << limit(k, ApiKeyField::ConcurrencyLimit) << QByteArray::number(s.currentConcurrency)
            << limit(k, ApiKeyField::RateLimitWindow) << limit(k, ApiKeyField::RateLimitRequests)
            << limit(k, ApiKeyField::RateLimitCost);
        out += row.join(',') + "\r\n";
    }
    return out;
}

} // namespace rka::relay
