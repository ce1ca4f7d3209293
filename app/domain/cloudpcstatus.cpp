#include "cloudpcstatus.h"

#include <QCoreApplication>
#include <QList>

namespace {
struct StatusName
{
    CloudPcStatus status;
    const char *wire;
    const char *label;
};

// QT_TRANSLATE_NOOP keeps the labels translatable without making the domain depend on a widget.
const StatusName kNames[] = {
    {CloudPcStatus::NotProvisioned, "notProvisioned", QT_TRANSLATE_NOOP("CloudPcStatus", "Not provisioned")},
    {CloudPcStatus::Provisioning, "provisioning", QT_TRANSLATE_NOOP("CloudPcStatus", "Provisioning")},
    {CloudPcStatus::Provisioned, "provisioned", QT_TRANSLATE_NOOP("CloudPcStatus", "Provisioned")},
    {CloudPcStatus::InGracePeriod, "inGracePeriod", QT_TRANSLATE_NOOP("CloudPcStatus", "In grace period")},
    {CloudPcStatus::Deprovisioning, "deprovisioning", QT_TRANSLATE_NOOP("CloudPcStatus", "Deprovisioning")},
    {CloudPcStatus::Failed, "failed", QT_TRANSLATE_NOOP("CloudPcStatus", "Failed")},
    {CloudPcStatus::ProvisionedWithWarnings, "provisionedWithWarnings",
     QT_TRANSLATE_NOOP("CloudPcStatus", "Provisioned with warnings")},
    {CloudPcStatus::Resizing, "resizing", QT_TRANSLATE_NOOP("CloudPcStatus", "Resizing")},
    {CloudPcStatus::Restoring, "restoring", QT_TRANSLATE_NOOP("CloudPcStatus", "Restoring")},
    {CloudPcStatus::PendingProvision, "pendingProvision",
     QT_TRANSLATE_NOOP("CloudPcStatus", "Pending provision")},
    {CloudPcStatus::UnknownFutureValue, "unknownFutureValue",
     QT_TRANSLATE_NOOP("CloudPcStatus", "Unknown future value")},
    {CloudPcStatus::MovingRegion, "movingRegion", QT_TRANSLATE_NOOP("CloudPcStatus", "Moving region")},
    {CloudPcStatus::ResizePendingLicense, "resizePendingLicense",
     QT_TRANSLATE_NOOP("CloudPcStatus", "Resize pending license")},
    {CloudPcStatus::ModifyingSingleSignOn, "modifyingSingleSignOn",
     QT_TRANSLATE_NOOP("CloudPcStatus", "Modifying single sign-on")},
    {CloudPcStatus::RefreshPolicyConfiguration, "refreshPolicyConfiguration",
     QT_TRANSLATE_NOOP("CloudPcStatus", "Refreshing policy configuration")},
    {CloudPcStatus::Preparing, "preparing", QT_TRANSLATE_NOOP("CloudPcStatus", "Preparing")},
};
} // namespace

namespace CloudPcStatuses {

CloudPcStatus fromString(const QString &text)
{
    for (const StatusName &name : kNames) {
        if (text == QLatin1String(name.wire))
            return name.status;
    }
    return CloudPcStatus::Unknown;
}

QString toString(CloudPcStatus status)
{
    for (const StatusName &name : kNames) {
        if (name.status == status)
            return QLatin1String(name.wire);
    }
    return {};
}

QString displayText(CloudPcStatus status, const QString &raw)
{
    for (const StatusName &name : kNames) {
        if (name.status == status)
            return QCoreApplication::translate("CloudPcStatus", name.label);
    }
    return raw;
}

const QList<CloudPcStatus> &all()
{
    static const QList<CloudPcStatus> statuses = [] {
        QList<CloudPcStatus> list;
        for (const StatusName &name : kNames)
            list.append(name.status);
        return list;
    }();
    return statuses;
}

bool isEvolvable(CloudPcStatus status)
{
    return status >= CloudPcStatus::MovingRegion && status <= CloudPcStatus::Preparing;
}

} // namespace CloudPcStatuses
