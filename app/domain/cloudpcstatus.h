#pragma once

#include <QString>

// cloudPcStatus as Graph documents it. Values Graph adds later arrive as Unknown and keep their raw text,
// which is what the console shows: an unknown value is displayed as itself, never dropped.
enum class CloudPcStatus {
    NotProvisioned,
    Provisioning,
    Provisioned,
    InGracePeriod,
    Deprovisioning,
    Failed,
    ProvisionedWithWarnings,
    Resizing,
    Restoring,
    PendingProvision,
    UnknownFutureValue,
    // Only sent when the request carries "Prefer: include-unknown-enum-members".
    MovingRegion,
    ResizePendingLicense,
    ModifyingSingleSignOn,
    RefreshPolicyConfiguration,
    Preparing,
    // Anything else (a value newer than this build).
    Unknown,
};

namespace CloudPcStatuses {
CloudPcStatus fromString(const QString &text);
// The Graph wire name; empty for Unknown (use the raw text kept beside it).
QString toString(CloudPcStatus status);
// A readable label ("In grace period"); for Unknown, the raw text itself.
QString displayText(CloudPcStatus status, const QString &raw);
// Every documented member, including the ones behind the Prefer header (for the emulator and tests).
const QList<CloudPcStatus> &all();
bool isEvolvable(CloudPcStatus status);
} // namespace CloudPcStatuses
