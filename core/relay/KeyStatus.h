#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace rka::relay {

class ApiKey;

// The state of a key as an admin sees it, in the order the service checks it (section 12).
enum class KeyStatus {
    Deleted, // soft-deleted (in the trash)
    Disabled, // isActive is not "true"
    NotActivated, // activation mode, waiting for the first request
    Expired, // expiresAt lies in the past
    Active,
};

struct KeyStatusText
{
    Q_DECLARE_TR_FUNCTIONS(KeyStatusText)
public:
    static QString name(KeyStatus status);
};

KeyStatus keyStatus(const ApiKey& key, const QDateTime& now);
// JSON/CSV name: "active", "disabled", ... (not translated).
QByteArray keyStatusId(KeyStatus status);

} // namespace rka::relay
