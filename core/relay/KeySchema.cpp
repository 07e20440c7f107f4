#include "KeySchema.h"

namespace rka::relay::KeySchema {

namespace {
QByteArray join(std::initializer_list<QByteArrayView> parts)
{
    qsizetype size = 0;
    for (QByteArrayView p : parts)
        size += p.size();
    QByteArray out;
    out.reserve(size);
    for (QByteArrayView p : parts)
        out.append(p);
    return out;
}
QByteArrayView utf8View(const QString& s, QByteArray& storage)
{
    storage = s.toUtf8();
    return storage;
}
} // namespace

QByteArray apiKey(QByteArrayView id)
{
    return join({ApiKeyPrefix, id});
}

bool isReservedApiKeyName(QByteArrayView redisKey)
{
    for (QByteArrayView reserved :
         {QByteArrayView("apikey:hash_map"), QByteArrayView("apikey:idx:"), QByteArrayView("apikey:set:"),
          QByteArrayView("apikey:tags:"), QByteArrayView("apikey:index:"), QByteArrayView("apikey:tag:"),
          QByteArrayView("apikey:tmp:")})
        if (redisKey.startsWith(reserved))
            return true;
    return false;
}

QByteArray idFromApiKey(QByteArrayView redisKey)
{
    if (!redisKey.startsWith(ApiKeyPrefix) || isReservedApiKeyName(redisKey))
        return {};
    const QByteArrayView id = redisKey.sliced(ApiKeyPrefix.size());
    if (id.isEmpty() || id.contains(':'))
        return {};
    return id.toByteArray();
}

QByteArray usageTotal(QByteArrayView id)
{
    return join({"usage:", id});
}

QByteArray usageDaily(QByteArrayView id, const QString& date)
{
    QByteArray d;
    return join({"usage:daily:", id, ":", utf8View(date, d)});
}

QByteArray usageMonthly(QByteArrayView id, const QString& month)
{
    QByteArray m;
    return join({"usage:monthly:", id, ":", utf8View(month, m)});
}

QByteArray costDaily(QByteArrayView id, const QString& date)
{
    QByteArray d;
    return join({"usage:cost:daily:", id, ":", utf8View(date, d)});
}

QByteArray costMonthly(QByteArrayView id, const QString& month)
{
    QByteArray m;
    return join({"usage:cost:monthly:", id, ":", utf8View(month, m)});
}

QByteArray costTotal(QByteArrayView id)
{
    return join({"usage:cost:total:", id});
}

QByteArray opusWeekly(QByteArrayView id, const QString& weekOrPeriod)
{
    QByteArray w;
    return join({"usage:opus:weekly:", id, ":", utf8View(weekOrPeriod, w)});
}

QByteArray claudeTotal(QByteArrayView id)
{
    return join({"usage:claude:total:", id});
}

QByteArray usageRecords(QByteArrayView id)
{
    return join({"usage:records:", id});
}

QByteArray concurrency(QByteArrayView id)
{
    return join({"concurrency:", id});
}

QByteArray rateLimitWindowStart(QByteArrayView id)
{
    return join({"rate_limit:window_start:", id});
}

QByteArray rateLimitRequests(QByteArrayView id)
{
    return join({"rate_limit:requests:", id});
}

QByteArray rateLimitTokens(QByteArrayView id)
{
    return join({"rate_limit:tokens:", id});
}

QByteArray rateLimitCost(QByteArrayView id)
{
    return join({"rate_limit:cost:", id});
}

} // namespace rka::relay::KeySchema
