#include "KeyWrite.h"

namespace rka::relay {

WriteTarget WriteTarget::fromDetection(const ReleaseDetection& release, const ReleaseMarkers& markers,
                                       DataModel emptyModel)
{
    WriteTarget t;
    t.model = release.empty ? emptyModel : release.model;
    t.indexPresent = markers.indexVersion && markers.indexVersion->trimmed() == "2";
    t.writable = release.writable();
    t.readOnlyReason = release.problem;
    return t;
}

WriteResult WriteResult::failure(WriteStatus status, const QString& message)
{
    WriteResult r;
    r.status = status;
    r.message = message;
    return r;
}

QString WriteResult::statusName(WriteStatus status)
{
    switch (status) {
    case WriteStatus::Ok:
        return QStringLiteral("ok");
    case WriteStatus::Rejected:
        return QStringLiteral("rejected");
    case WriteStatus::NotFound:
        return QStringLiteral("not-found");
    case WriteStatus::Conflict:
        return QStringLiteral("conflict");
    case WriteStatus::Reverted:
        return QStringLiteral("reverted");
    case WriteStatus::Refused:
        return QStringLiteral("refused");
    case WriteStatus::Failed:
        return QStringLiteral("failed");
    case WriteStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace rka::relay
