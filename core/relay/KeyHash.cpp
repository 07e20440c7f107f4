#include "KeyHash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <memory>

namespace rka::relay {

QByteArray storedKeyHash(QByteArrayView plaintextKey, QByteArrayView encryptionKey)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest {};
    unsigned int length = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), plaintextKey.data(), size_t(plaintextKey.size())) != 1 ||
        EVP_DigestUpdate(ctx.get(), encryptionKey.data(), size_t(encryptionKey.size())) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), digest.data(), &length) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(length)).toHex();
}

QByteArray generatePlaintextKey(QByteArrayView prefix)
{
    std::array<unsigned char, 32> secret {};
    if (RAND_bytes(secret.data(), int(secret.size())) != 1)
        return {};
    QByteArray key = prefix.toByteArray();
    key += QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size())).toHex();
    OPENSSL_cleanse(secret.data(), secret.size());
    return key;
}

bool isStoredKeyHashShape(QByteArrayView value)
{
    if (value.size() != 64)
        return false;
    for (const char c : value) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace rka::relay
