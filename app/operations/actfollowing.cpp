#include "actfollowing.h"

namespace {
struct Following
{
    const char *kind;
    ActFollow follow;
    const char *remoteActionName; // Graph's actionName (free text on the service's side)
    bool changesStatus;
    int timeLimitMinutes;
};

// The retries of a policy, of a bulk action and of a user's service provisioning have no result of their
// own to read: they end at Accepted.
constexpr Following kFollowing[] = {
    {"reprovision", ActFollow::RemoteActionResult, "Reprovision", true, 180},
    {"resize", ActFollow::RemoteActionResult, "Resize", true, 120},
    {"restore", ActFollow::RemoteActionResult, "Restore", true, 120},
    {"endGracePeriod", ActFollow::RemoteActionResult, "EndGracePeriod", true, 60},
    {"restart", ActFollow::RemoteActionResult, "Reboot", false, 30},
    {"rename", ActFollow::RemoteActionResult, "Rename", false, 60},
    {"troubleshoot", ActFollow::RemoteActionResult, "Troubleshoot", false, 60},
    {"createSnapshot", ActFollow::RemoteActionResult, "CreateSnapshot", false, 120},
    {"powerOn", ActFollow::RemoteActionResult, "CloudPcPowerOn", false, 60},
    {"powerOff", ActFollow::RemoteActionResult, "CloudPcPowerOff", false, 60},
    {"setReviewStatus", ActFollow::RemoteActionResult, "PlaceUnderReview", false, 60},
    {"changeUserAccountType", ActFollow::RemoteActionResult, "ChangeUserAccountType", false, 60},
    {"retryPartnerAgentInstallation", ActFollow::RemoteActionResult, "RetryPartnerAgentInstallation", false,
     120},
    {"createBulkAction", ActFollow::BulkAction, "", false, 240},
};
} // namespace

void applyFollowing(QList<ActDefinition> &acts)
{
    for (ActDefinition &act : acts) {
        for (const Following &entry : kFollowing) {
            if (act.kind == QLatin1String(entry.kind)) {
                act.follow = entry.follow;
                act.remoteActionName = QString::fromLatin1(entry.remoteActionName);
                act.changesStatus = entry.changesStatus;
                act.followTimeLimitSeconds = entry.timeLimitMinutes * 60;
            }
        }
    }
}
