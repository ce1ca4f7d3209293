#pragma once

#include "cloudpcreviewstatus.h"
#include "graphrequest.h"
#include "reprovisionoptions.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// The one place where the acts the console exists for are spelled out: method, path, API version and body of
// each, as ../shared/GRAPH-NOTES.md documents them. GraphClient sends them; OperationRunner sends them in
// bulk.
namespace GraphRequests {
// Bodies: where Graph takes "none or {}" (policy retry, bulk retry, admin reprovision), {} is sent, because a
// body that can be read only once is what keeps Qt from re-sending a request on its own over HTTP/1.1
// (OneShotUpload). POST beta /deviceManagement/virtualEndpoint/provisioningPolicies/{id}/retry ({}; any 2xx).
GraphRequest retryProvisioningPolicy(const QString &policyId);
// POST beta /deviceManagement/virtualEndpoint/bulkActions/{id}/retry; {"cloudPcIds": [...]} only for a
// subset, no body field at all for "every failed device" (202).
GraphRequest retryBulkAction(const QString &bulkActionId, const std::optional<QStringList> &cloudPcIds);
// POST beta /users/{id}/retryServiceProvisioning (no body; 204).
GraphRequest retryUserServiceProvisioning(const QString &userId);
// POST v1.0 /deviceManagement/virtualEndpoint/cloudPCs/{id}/reprovision with only the options set ({} keeps
// all) (204).
GraphRequest reprovisionCloudPc(const QString &cloudPcId, const ReprovisionOptions &options);
// POST v1.0 /me/cloudPCs/{id}/reprovision (no body).
GraphRequest reprovisionMyCloudPc(const QString &cloudPcId);
// POST v1.0 /users/{userId}/cloudPCs/{id}/reprovision (no body).
GraphRequest reprovisionUserCloudPc(const QString &userId, const QString &cloudPcId);
// POST beta /deviceManagement/virtualEndpoint/bulkActions with @odata.type, displayName, cloudPcIds (201).
// POST {version} /deviceManagement/virtualEndpoint/cloudPCs/{id}/{action}, with a body only when given.
GraphRequest cloudPcAction(const QString &cloudPcId, const QString &action, ApiVersion version,
                           const QJsonObject &body = QJsonObject());
// POST v1.0 …/cloudPCs/{id}/reboot (Graph's name for restart; no body; 204).
GraphRequest rebootCloudPc(const QString &cloudPcId);
// POST v1.0 …/cloudPCs/{id}/troubleshoot (no body; 204).
GraphRequest troubleshootCloudPc(const QString &cloudPcId);
// POST v1.0 …/cloudPCs/{id}/rename {"displayName": "…"} (at most 64 characters; 204).
GraphRequest renameCloudPc(const QString &cloudPcId, const QString &displayName);
// POST v1.0 …/cloudPCs/{id}/endGracePeriod (no body; 204; only for a Cloud PC in grace period).
GraphRequest endGracePeriod(const QString &cloudPcId);
// POST beta …/cloudPCs/{id}/changeUserAccountType {"userAccountType": "standardUser"|"administrator"} (204).
GraphRequest changeUserAccountType(const QString &cloudPcId, UserAccountType type);
// POST beta …/bulkActions (201): the subtype's @odata.type, its name and Cloud PCs, and the subtype's own
// fields (targetServicePlanId, restorePointDateTime and timeRange, reviewStatus …).
GraphRequest createBulkAction(const QString &odataType, const QString &displayName,
                              const QStringList &cloudPcIds, const QJsonObject &fields = {});
// GET /deviceManagement/virtualEndpoint/cloudPCs/{id}, with the evolvable enum members.
GraphRequest getCloudPc(const QString &cloudPcId, ApiVersion version = ApiVersion::Beta);
// A path segment for an id that came from outside: percent-encoded, so an id cannot reach another path.
QString segment(const QString &id);
// GET beta /deviceManagement/virtualEndpoint/servicePlans: the plans a Cloud PC can be resized to (a paged
// collection; beta only).
GraphRequest listServicePlans();
// POST v1.0 …/cloudPCs/{id}/resize {"targetServicePlanId": "…"} (204; global cloud only).
GraphRequest resizeCloudPc(const QString &cloudPcId, const QString &targetServicePlanId);
// GET beta …/cloudPCs/{id}/retrieveSnapshots: the Cloud PC's restore points (a collection, possibly paged).
GraphRequest retrieveSnapshots(const QString &cloudPcId);
// POST v1.0 …/cloudPCs/{id}/restore {"cloudPcSnapshotId": "…"} (204): back to that restore point.
GraphRequest restoreCloudPc(const QString &cloudPcId, const QString &snapshotId);
// POST beta …/cloudPCs/{id}/createSnapshot, the body holding only what is given ({} for neither):
// {"storageAccountId": "…", "accessTier": "hot"|"cool"|"cold"|"archive"} (204).
GraphRequest createSnapshot(const QString &cloudPcId, const QString &storageAccountId = QString(),
                            const QString &accessTier = QString());
// POST beta …/cloudPCs/{id}/powerOn, …/powerOff (no body; 204; Frontline Cloud PCs only).
GraphRequest powerOnCloudPc(const QString &cloudPcId);
GraphRequest powerOffCloudPc(const QString &cloudPcId);
// POST beta …/cloudPCs/{id}/setReviewStatus {"reviewStatus": {"inReview": …, only the fields given}} (204).
GraphRequest setReviewStatus(const QString &cloudPcId, const CloudPcReviewChange &change);
// GET beta …/cloudPCs/{id}/retrieveReviewStatus (a cloudPcReviewStatus).
GraphRequest retrieveReviewStatus(const QString &cloudPcId);
// POST beta …/cloudPCs/{id}/retryPartnerAgentInstallation (no body; 204).
GraphRequest retryPartnerAgentInstallation(const QString &cloudPcId);
// GET beta …/cloudPCs/{id}/getSupportedCloudPcRemoteActions ({"value": [{actionName, actionCapability}]}).
GraphRequest getSupportedCloudPcRemoteActions(const QString &cloudPcId);
// Following an act to its end (GRAPH-NOTES "Following an act to its end"):
// GET beta …/cloudPCs/{id}/retrieveCloudPcRemoteActionResults ({"value": [cloudPcRemoteActionResult]}).
GraphRequest retrieveCloudPcRemoteActionResults(const QString &cloudPcId);
// GET beta …/cloudPCs/{id}/getCloudPcConnectivityHistory ({"value": [cloudPcConnectivityEvent]}).
GraphRequest getCloudPcConnectivityHistory(const QString &cloudPcId);
// GET beta …/bulkActions/{id}, $select'ed to what following needs when `select` is given (status,
// actionSummary, …).
GraphRequest getBulkAction(const QString &bulkActionId, const QStringList &select = {});
// Azure network connections (GRAPH-NOTES "Why provisioning fails: network connections"):
// the properties read, healthCheckStatusDetail among them (Graph sends it only when $select'ed; never the
// retired beta plural healthCheckStatusDetails).
QStringList onPremisesConnectionSelect();
// GET v1.0 …/onPremisesConnections?$select=… (a collection, possibly paged).
GraphRequest listOnPremisesConnections();
// GET v1.0 …/onPremisesConnections/{id}?$select=… (the same properties).
GraphRequest getOnPremisesConnection(const QString &connectionId);
// POST v1.0 …/onPremisesConnections/{id}/runHealthChecks (no body; 204; delegated only).
GraphRequest runHealthChecks(const QString &connectionId);
} // namespace GraphRequests
