#pragma once

#include <QByteArray>

namespace rka::relay {

// The service's own configuration that reading and writing depend on (service-data-model.md 4, 14.1).
// The encryption key is a secret: it is never logged, stored by this struct's users in plain files,
// or written to Redis.
struct ServiceSettings
{
    QByteArray encryptionKey; // ENCRYPTION_KEY; empty = unknown (no lookup by plaintext, no create)
    QByteArray apiKeyPrefix = "cr_"; // API_KEY_PREFIX
    int timezoneOffset = 8; // TIMEZONE_OFFSET as the service reads it (0 means 8, section 14.1)
};

} // namespace rka::relay
