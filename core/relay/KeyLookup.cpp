#include "KeyLookup.h"

#include "KeyHash.h"
#include "KeySchema.h"

namespace rka::relay {

QString KeyLookup::checkPlaintext(QByteArrayView plaintext, const ServiceSettings& settings)
{
    if (settings.encryptionKey.isEmpty())
        return tr("The service's ENCRYPTION_KEY is needed to look up a key; set it in the profile or the "
                  "environment.");
    if (!plaintext.startsWith(settings.apiKeyPrefix))
        return tr("An API key of this service starts with \"%1\".")
            .arg(QString::fromUtf8(settings.apiKeyPrefix));
    // The service's HTTP layer accepts 10 to 512 characters (section 4).
    if (plaintext.size() < 10 || plaintext.size() > 512)
        return tr("An API key is 10 to 512 characters long; this one has %1.").arg(plaintext.size());
    return {};
}

bool KeyLookup::looksLikePlaintextKey(QByteArrayView text, const ServiceSettings& settings)
{
    const QByteArrayView t = text.trimmed();
    return t.startsWith(settings.apiKeyPrefix) && t.size() >= 10 && t.size() <= 512 && !t.contains(' ');
}

void KeyLookup::find(redis::Connection& connection, QByteArray plaintext, const ServiceSettings& settings,
                     QObject* context,
                     std::function<void(const KeyLookupResult&, const redis::RedisError&)> callback)
{
    KeyLookupResult result;
    result.storedHash = storedKeyHash(plaintext.trimmed(), settings.encryptionKey);
    plaintext.fill('\0'); // do not keep the secret around longer than needed
    connection.pipeline({{"HGET", KeySchema::HashMap.toByteArray(), result.storedHash},
                         {"HGET", "apikey_hash:" + result.storedHash, "id"}},
                        context,
                        [result, callback](const QList<redis::Reply>& r, const redis::RedisError& e) mutable {
                            if (e) {
                                callback(result, e);
                                return;
                            }
                            if (r.at(0).isString() && !r.at(0).bytes().isEmpty()) {
                                result.id = r.at(0).bytes();
                            } else if (r.at(1).isString() && !r.at(1).bytes().isEmpty()) {
                                result.id = r.at(1).bytes();
                                result.viaLegacyRecord = true;
                            }
                            callback(result, {});
                        });
}

} // namespace rka::relay
