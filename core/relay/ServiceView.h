#pragma once

#include "KeyListReader.h"

#include <QJsonObject>
#include <QJsonValue>

namespace rka::relay {

// A key as the service's own full list shows it (apiKeyService.getAllApiKeys, the data source of the
// web admin's key page): the stored fields parsed the way the service parses them, the stored hash
// removed, and the usage, cost, concurrency, window and last-usage enrichment. The CLI's JSON output
// uses it, and conformance tests compare it with the views the real service produced
// (tests/fixtures/*/view-getAllApiKeys*.json).
class ServiceView
{
public:
    static QJsonObject listItem(const KeyEntry& entry, const ReleaseDetection& release);
    static QJsonObject usageCounters(const UsageCounters& counters);
};

} // namespace rka::relay
