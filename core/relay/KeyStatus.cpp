#include "KeyStatus.h"

#include "ApiKey.h"

namespace rka::relay {

KeyStatus keyStatus(const ApiKey& key, const QDateTime& now)
{
    if (key.isDeleted())
        return KeyStatus::Deleted;
    if (!key.isActive())
        return KeyStatus::Disabled;
    // isActivated is read strictly as === "true" (section 12, bug B18).
    if (key.text(ApiKeyField::ExpirationMode) == QLatin1StringView("activation") && !key.isActivated())
        return KeyStatus::NotActivated;
    if (key.serviceIsExpired(now))
        return KeyStatus::Expired;
    return KeyStatus::Active;
}

QByteArray keyStatusId(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Deleted:
        return "deleted";
    case KeyStatus::Disabled:
        return "disabled";
    case KeyStatus::NotActivated:
        return "not-activated";
    case KeyStatus::Expired:
        return "expired";
    case KeyStatus::Active:
        return "active";
    }
    return {};
}

QString KeyStatusText::name(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Deleted:
        return tr("deleted");
    case KeyStatus::Disabled:
        return tr("disabled");
    case KeyStatus::NotActivated:
        //: An API key in "activate on first use" mode that has not been used yet
        return tr("not activated");
    case KeyStatus::Expired:
        return tr("expired");
    case KeyStatus::Active:
        return tr("active");
    }
    return {};
}

} // namespace rka::relay
