#include "cloudpc.h"

#include "jsonreader.h"

#include <QJsonArray>

void CloudPc::setStatus(CloudPcStatus newStatus)
{
    status = newStatus;
    statusText = CloudPcStatuses::toString(newStatus);
}

bool CloudPcPartnerAgentInstallResult::failed() const
{
    return installStatus == QLatin1String("installFailed") ||
           installStatus == QLatin1String("uninstallFailed");
}

QString CloudPcPartnerAgentInstallResult::partnerDisplayName() const
{
    if (partnerAgentName.compare(QLatin1String("citrix"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Citrix");
    if (partnerAgentName.compare(QLatin1String("vMware"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("VMware");
    if (partnerAgentName.compare(QLatin1String("hp"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("HP Anyware");
    return partnerAgentName;
}

bool CloudPc::hasFailedPartnerAgent() const
{
    for (const CloudPcPartnerAgentInstallResult &result : partnerAgentInstallResults) {
        if (result.failed())
            return true;
    }
    return false;
}

CloudPcStatusDetail CloudPcStatusDetail::fromJson(const QJsonObject &object, const QString &context,
                                                  QStringList *problems)
{
    CloudPcStatusDetail detail;
    JsonReader reader(object, context);
    detail.code = reader.string(QStringLiteral("code"));
    detail.message = reader.string(QStringLiteral("message"));
    const QJsonArray info = reader.array(QStringLiteral("additionalInformation"));
    for (const QJsonValue &entry : info) {
        JsonReader pairReader(entry.toObject(), context + QStringLiteral(".additionalInformation"));
        const QString name = pairReader.string(QStringLiteral("name"));
        const QString value = pairReader.string(QStringLiteral("value"));
        if (!name.isEmpty())
            detail.additionalInformation.append({name, value});
        if (problems)
            *problems += pairReader.problems();
    }
    if (problems)
        *problems += reader.problems();
    return detail;
}

QJsonObject CloudPcStatusDetail::toJson() const
{
    QJsonObject detail;
    detail.insert(QStringLiteral("code"), code);
    detail.insert(QStringLiteral("message"), message);
    QJsonArray info;
    for (const auto &pair : additionalInformation)
        info.append(
            QJsonObject{{QStringLiteral("name"), pair.first}, {QStringLiteral("value"), pair.second}});
    detail.insert(QStringLiteral("additionalInformation"), info);
    return detail;
}

std::optional<CloudPc> CloudPc::fromJson(const QJsonObject &object, QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPC"));
    CloudPc pc;
    pc.id = reader.requiredString(QStringLiteral("id"));
    pc.displayName = reader.string(QStringLiteral("displayName"));
    pc.userPrincipalName = reader.string(QStringLiteral("userPrincipalName"));
    pc.managedDeviceId = reader.string(QStringLiteral("managedDeviceId"));
    pc.managedDeviceName = reader.string(QStringLiteral("managedDeviceName"));
    pc.aadDeviceId = reader.string(QStringLiteral("aadDeviceId"));
    pc.provisioningPolicyId = reader.string(QStringLiteral("provisioningPolicyId"));
    pc.provisioningPolicyName = reader.string(QStringLiteral("provisioningPolicyName"));
    pc.provisioningType = reader.string(QStringLiteral("provisioningType"));
    pc.servicePlanId = reader.string(QStringLiteral("servicePlanId"));
    pc.servicePlanName = reader.string(QStringLiteral("servicePlanName"));
    pc.imageDisplayName = reader.string(QStringLiteral("imageDisplayName"));
    pc.onPremisesConnectionName = reader.string(QStringLiteral("onPremisesConnectionName"));
    pc.statusText = reader.string(QStringLiteral("status"));
    pc.status = CloudPcStatuses::fromString(pc.statusText);
    pc.lastModifiedDateTime = reader.dateTime(QStringLiteral("lastModifiedDateTime"));
    pc.gracePeriodEndDateTime = reader.dateTime(QStringLiteral("gracePeriodEndDateTime"));
    pc.osVersion = reader.string(QStringLiteral("osVersion"));
    pc.userAccountType = reader.string(QStringLiteral("userAccountType"));
    pc.powerState = reader.string(QStringLiteral("powerState"));
    pc.productType = reader.string(QStringLiteral("productType"));
    const QJsonArray agents = reader.array(QStringLiteral("partnerAgentInstallResults"));
    for (const QJsonValue &entry : agents) {
        if (!entry.isObject()) {
            if (problems)
                *problems << QStringLiteral("cloudPC.partnerAgentInstallResults: an entry is not an object");
            continue;
        }
        JsonReader agentReader(entry.toObject(), QStringLiteral("cloudPC.partnerAgentInstallResults"));
        CloudPcPartnerAgentInstallResult result;
        result.installStatus = agentReader.string(QStringLiteral("installStatus"));
        result.partnerAgentName = agentReader.string(QStringLiteral("partnerAgentName"));
        result.isThirdPartyPartner = agentReader.boolean(QStringLiteral("isThirdPartyPartner"));
        result.retriable = agentReader.boolean(QStringLiteral("retriable"));
        result.errorMessage = agentReader.string(QStringLiteral("errorMessage"));
        pc.partnerAgentInstallResults.append(result);
        if (problems)
            *problems += agentReader.problems();
    }

    const QJsonObject detail = reader.object(QStringLiteral("statusDetail"));
    if (!detail.isEmpty())
        pc.statusDetail =
            CloudPcStatusDetail::fromJson(detail, QStringLiteral("cloudPC.statusDetail"), problems);

    const QJsonObject lastAction = reader.object(QStringLiteral("lastRemoteActionResult"));
    if (!lastAction.isEmpty())
        pc.lastRemoteActionResult = CloudPcRemoteActionResult::fromJson(lastAction, problems);

    if (problems)
        *problems += reader.problems();
    if (reader.missingRequired())
        return std::nullopt;
    return pc;
}

QJsonObject CloudPc::toJson() const
{
    QJsonObject object;
    auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("id", id);
    put("displayName", displayName);
    put("userPrincipalName", userPrincipalName);
    put("managedDeviceId", managedDeviceId);
    put("managedDeviceName", managedDeviceName);
    put("aadDeviceId", aadDeviceId);
    put("provisioningPolicyId", provisioningPolicyId);
    put("provisioningPolicyName", provisioningPolicyName);
    put("provisioningType", provisioningType);
    put("servicePlanId", servicePlanId);
    put("servicePlanName", servicePlanName);
    put("imageDisplayName", imageDisplayName);
    put("onPremisesConnectionName", onPremisesConnectionName);
    put("status", statusText);
    if (!statusDetail.isEmpty())
        object.insert(QStringLiteral("statusDetail"), statusDetail.toJson());
    put("lastModifiedDateTime", formatGraphDateTime(lastModifiedDateTime));
    put("gracePeriodEndDateTime", formatGraphDateTime(gracePeriodEndDateTime));
    put("osVersion", osVersion);
    put("userAccountType", userAccountType);
    put("powerState", powerState);
    put("productType", productType);
    if (!partnerAgentInstallResults.isEmpty()) {
        QJsonArray agents;
        for (const CloudPcPartnerAgentInstallResult &result : partnerAgentInstallResults) {
            QJsonObject agent{{QStringLiteral("installStatus"), result.installStatus},
                              {QStringLiteral("partnerAgentName"), result.partnerAgentName},
                              {QStringLiteral("isThirdPartyPartner"), result.isThirdPartyPartner},
                              {QStringLiteral("retriable"), result.retriable}};
            if (!result.errorMessage.isEmpty())
                agent.insert(QStringLiteral("errorMessage"), result.errorMessage);
            agents.append(agent);
        }
        object.insert(QStringLiteral("partnerAgentInstallResults"), agents);
    }
    if (lastRemoteActionResult)
        object.insert(QStringLiteral("lastRemoteActionResult"), lastRemoteActionResult->toJson());
    return object;
}

bool operator==(const CloudPc &a, const CloudPc &b)
{
    return a.id == b.id && a.displayName == b.displayName && a.userPrincipalName == b.userPrincipalName &&
           a.managedDeviceId == b.managedDeviceId && a.managedDeviceName == b.managedDeviceName &&
           a.aadDeviceId == b.aadDeviceId && a.provisioningPolicyId == b.provisioningPolicyId &&
           a.provisioningPolicyName == b.provisioningPolicyName && a.provisioningType == b.provisioningType &&
           a.servicePlanId == b.servicePlanId && a.servicePlanName == b.servicePlanName &&
           a.imageDisplayName == b.imageDisplayName &&
           a.onPremisesConnectionName == b.onPremisesConnectionName && a.statusText == b.statusText &&
           a.status == b.status && a.statusDetail == b.statusDetail &&
           a.lastModifiedDateTime == b.lastModifiedDateTime &&
           a.gracePeriodEndDateTime == b.gracePeriodEndDateTime && a.osVersion == b.osVersion &&
           a.userAccountType == b.userAccountType && a.powerState == b.powerState &&
           a.productType == b.productType && a.partnerAgentInstallResults == b.partnerAgentInstallResults &&
           a.lastRemoteActionResult == b.lastRemoteActionResult;
}
