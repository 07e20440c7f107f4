#pragma once

#include "ServiceSettings.h"

#include "redis/Connection.h"

#include <QCoreApplication>

#include <functional>

namespace rka::relay {

struct KeyLookupResult
{
    QByteArray id; // empty when not found
    QByteArray storedHash;
    bool viaLegacyRecord = false; // found through apikey_hash:{hash} (1.1.314 fallback, section 18.5)
};

// Finds the key a customer's plaintext API key belongs to: SHA-256(key + ENCRYPTION_KEY), then
// apikey:hash_map, with the apikey_hash:{hash} fallback. One round trip. The plaintext is used for
// the hash only: never stored, logged or sent to Redis.
class KeyLookup
{
    Q_DECLARE_TR_FUNCTIONS(KeyLookup)

public:
    // A plaintext key of the right shape for `prefix`, or a message saying what is wrong.
    static QString checkPlaintext(QByteArrayView plaintext, const ServiceSettings& settings);
    static bool looksLikePlaintextKey(QByteArrayView text, const ServiceSettings& settings);

    static void find(redis::Connection& connection, QByteArray plaintext, const ServiceSettings& settings,
                     QObject* context,
                     std::function<void(const KeyLookupResult&, const redis::RedisError&)> callback);
};

} // namespace rka::relay
