#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rka::relay {

// Key hashing and generation exactly as the service does it (service-data-model.md section 4).
// Plaintext keys and the ENCRYPTION_KEY pass through here: nothing in this file logs anything.

// Lowercase hex SHA-256 of plaintextKey + encryptionKey: the key's `apiKey` field and its field name
// in `apikey:hash_map`.
QByteArray storedKeyHash(QByteArrayView plaintextKey, QByteArrayView encryptionKey);

// prefix + 64 lowercase hex characters from 32 random bytes. Returns an empty array if the system's
// random source fails, so a caller can never mistake a weak key for a good one.
QByteArray generatePlaintextKey(QByteArrayView prefix);

// True for a value of the shape the service stores in `apiKey`: 64 lowercase hex characters.
bool isStoredKeyHashShape(QByteArrayView value);

} // namespace rka::relay
