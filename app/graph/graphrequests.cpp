#include "graphrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {
const QString kVirtualEndpoint = QStringLiteral("/deviceManagement/virtualEndpoint");

GraphRequest post(ApiVersion version, const QString &path, const QJsonObject &body = QJsonObject(),
                  bool sendBody = false)
{
    GraphRequest request;
    request.method = "POST";
    request.version = version;
    request.path = path;
    if (sendBody || !body.isEmpty())
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}
} // namespace

namespace GraphRequests {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

GraphRequest retryProvisioningPolicy(const QString &policyId)
{
    // "none or {}": {}, so that the body can be read only once (see OneShotUpload).
    return post(ApiVersion::Beta,
                kVirtualEndpoint + QStringLiteral("/provisioningPolicies/%1/retry").arg(segment(policyId)),
                {}, true);
}

GraphRequest retryBulkAction(const QString &bulkActionId, const std::optional<QStringList> &cloudPcIds)
{
    QJsonObject body;
    if (cloudPcIds)
        body.insert(QStringLiteral("cloudPcIds"), QJsonArray::fromStringList(*cloudPcIds));
    return post(ApiVersion::Beta,
                kVirtualEndpoint + QStringLiteral("/bulkActions/%1/retry").arg(segment(bulkActionId)), body,
                true);
}

GraphRequest retryUserServiceProvisioning(const QString &userId)
{
    return post(ApiVersion::Beta, QStringLiteral("/users/%1/retryServiceProvisioning").arg(segment(userId)));
}

GraphRequest reprovisionCloudPc(const QString &cloudPcId, const ReprovisionOptions &options)
{
    return post(ApiVersion::V1,
                kVirtualEndpoint + QStringLiteral("/cloudPCs/%1/reprovision").arg(segment(cloudPcId)),
                options.toJson(), true);
}

GraphRequest reprovisionMyCloudPc(const QString &cloudPcId)
{
    return post(ApiVersion::V1, QStringLiteral("/me/cloudPCs/%1/reprovision").arg(segment(cloudPcId)));
}

GraphRequest reprovisionUserCloudPc(const QString &userId, const QString &cloudPcId)
{
    return post(ApiVersion::V1,
                QStringLiteral("/users/%1/cloudPCs/%2/reprovision").arg(segment(userId), segment(cloudPcId)));
}

GraphRequest cloudPcAction(const QString &cloudPcId, const QString &action, ApiVersion version,
                           const QJsonObject &body)
{
    return post(version, kVirtualEndpoint + QStringLiteral("/cloudPCs/%1/%2").arg(segment(cloudPcId), action),
                body);
}

GraphRequest rebootCloudPc(const QString &cloudPcId)
{
    return cloudPcAction(cloudPcId, QStringLiteral("reboot"), ApiVersion::V1);
}

GraphRequest troubleshootCloudPc(const QString &cloudPcId)
{
    return cloudPcAction(cloudPcId, QStringLiteral("troubleshoot"), ApiVersion::V1);
}

GraphRequest renameCloudPc(const QString &cloudPcId, const QString &displayName)
{
    return cloudPcAction(cloudPcId, QStringLiteral("rename"), ApiVersion::V1,
                         QJsonObject{{QStringLiteral("displayName"), displayName}});
}

GraphRequest endGracePeriod(const QString &cloudPcId)
{
    return cloudPcAction(cloudPcId, QStringLiteral("endGracePeriod"), ApiVersion::V1);
}

GraphRequest changeUserAccountType(const QString &cloudPcId, UserAccountType type)
{
    return cloudPcAction(
        cloudPcId, QStringLiteral("changeUserAccountType"), ApiVersion::Beta,
        QJsonObject{{QStringLiteral("userAccountType"), ReprovisionOptions::userAccountTypeName(type)}});
}

GraphRequest createBulkAction(const QString &odataType, const QString &displayName,
                              const QStringList &cloudPcIds, const QJsonObject &fields)
{
    QJsonObject body{{QStringLiteral("@odata.type"), odataType},
                     {QStringLiteral("displayName"), displayName},
                     {QStringLiteral("cloudPcIds"), QJsonArray::fromStringList(cloudPcIds)}};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return post(ApiVersion::Beta, kVirtualEndpoint + QStringLiteral("/bulkActions"), body);
}

GraphRequest getCloudPc(const QString &cloudPcId, ApiVersion version)
{
    GraphRequest request =
        GraphRequest::get(version, kVirtualEndpoint + QStringLiteral("/cloudPCs/") + segment(cloudPcId));
    request.headers.append(qMakePair(QByteArray("Prefer"), QByteArray("include-unknown-enum-members")));
    return request;
}

GraphRequest listServicePlans()
{
    return GraphRequest::get(ApiVersion::Beta, kVirtualEndpoint + QStringLiteral("/servicePlans"));
}

GraphRequest resizeCloudPc(const QString &cloudPcId, const QString &targetServicePlanId)
{
    return cloudPcAction(cloudPcId, QStringLiteral("resize"), ApiVersion::V1,
                         QJsonObject{{QStringLiteral("targetServicePlanId"), targetServicePlanId}});
}

GraphRequest retrieveSnapshots(const QString &cloudPcId)
{
    return GraphRequest::get(ApiVersion::Beta,
                             kVirtualEndpoint +
                                 QStringLiteral("/cloudPCs/%1/retrieveSnapshots").arg(segment(cloudPcId)));
}

GraphRequest restoreCloudPc(const QString &cloudPcId, const QString &snapshotId)
{
    return cloudPcAction(cloudPcId, QStringLiteral("restore"), ApiVersion::V1,
                         QJsonObject{{QStringLiteral("cloudPcSnapshotId"), snapshotId}});
}

GraphRequest createSnapshot(const QString &cloudPcId, const QString &storageAccountId,
                            const QString &accessTier)
{
    QJsonObject body;
    if (!storageAccountId.isEmpty())
        body.insert(QStringLiteral("storageAccountId"), storageAccountId);
    if (!accessTier.isEmpty())
        body.insert(QStringLiteral("accessTier"), accessTier);
    // {} when neither is given, so that the body can be read only once (see OneShotUpload).
    return post(ApiVersion::Beta,
                kVirtualEndpoint + QStringLiteral("/cloudPCs/%1/createSnapshot").arg(segment(cloudPcId)),
                body, true);
}

GraphRequest powerOnCloudPc(const QString &cloudPcId)
{
    return cloudPcAction(cloudPcId, QStringLiteral("powerOn"), ApiVersion::Beta);
}

GraphRequest powerOffCloudPc(const QString &cloudPcId)
{
    return cloudPcAction(cloudPcId, QStringLiteral("powerOff"), ApiVersion::Beta);
}

GraphRequest setReviewStatus(const QString &cloudPcId, const CloudPcReviewChange &change)
{
    return cloudPcAction(cloudPcId, QStringLiteral("setReviewStatus"), ApiVersion::Beta, change.toJson());
}

GraphRequest retrieveReviewStatus(const QString &cloudPcId)
{
    return GraphRequest::get(ApiVersion::Beta,
                             kVirtualEndpoint +
                                 QStringLiteral("/cloudPCs/%1/retrieveReviewStatus").arg(segment(cloudPcId)));
}

GraphRequest retryPartnerAgentInstallation(const QString &cloudPcId)
{
    return cloudPcAction(cloudPcId, QStringLiteral("retryPartnerAgentInstallation"), ApiVersion::Beta);
}

GraphRequest getSupportedCloudPcRemoteActions(const QString &cloudPcId)
{
    return GraphRequest::get(
        ApiVersion::Beta,
        kVirtualEndpoint +
            QStringLiteral("/cloudPCs/%1/getSupportedCloudPcRemoteActions").arg(segment(cloudPcId)));
}

GraphRequest retrieveCloudPcRemoteActionResults(const QString &cloudPcId)
{
    return GraphRequest::get(
        ApiVersion::Beta,
        kVirtualEndpoint +
            QStringLiteral("/cloudPCs/%1/retrieveCloudPcRemoteActionResults").arg(segment(cloudPcId)));
}

GraphRequest getCloudPcConnectivityHistory(const QString &cloudPcId)
{
    return GraphRequest::get(
        ApiVersion::Beta,
        kVirtualEndpoint +
            QStringLiteral("/cloudPCs/%1/getCloudPcConnectivityHistory").arg(segment(cloudPcId)));
}

GraphRequest getBulkAction(const QString &bulkActionId, const QStringList &select)
{
    QUrlQuery query;
    if (!select.isEmpty())
        query.addQueryItem(QStringLiteral("$select"), select.join(QLatin1Char(',')));
    return GraphRequest::get(ApiVersion::Beta,
                             kVirtualEndpoint + QStringLiteral("/bulkActions/%1").arg(segment(bulkActionId)),
                             query);
}

QStringList onPremisesConnectionSelect()
{
    return {QStringLiteral("id"),
            QStringLiteral("displayName"),
            QStringLiteral("connectionType"),
            QStringLiteral("adDomainName"),
            QStringLiteral("subscriptionName"),
            QStringLiteral("resourceGroupId"),
            QStringLiteral("virtualNetworkId"),
            QStringLiteral("subnetId"),
            QStringLiteral("inUse"),
            QStringLiteral("healthCheckStatus"),
            QStringLiteral("healthCheckStatusDetail")};
}

GraphRequest listOnPremisesConnections()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), onPremisesConnectionSelect().join(QLatin1Char(',')));
    return GraphRequest::get(ApiVersion::V1, kVirtualEndpoint + QStringLiteral("/onPremisesConnections"),
                             query);
}

GraphRequest getOnPremisesConnection(const QString &connectionId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), onPremisesConnectionSelect().join(QLatin1Char(',')));
    return GraphRequest::get(
        ApiVersion::V1,
        kVirtualEndpoint + QStringLiteral("/onPremisesConnections/%1").arg(segment(connectionId)), query);
}

GraphRequest runHealthChecks(const QString &connectionId)
{
    return post(ApiVersion::V1,
                kVirtualEndpoint +
                    QStringLiteral("/onPremisesConnections/%1/runHealthChecks").arg(segment(connectionId)));
}

} // namespace GraphRequests
