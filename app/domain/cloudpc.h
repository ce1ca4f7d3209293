#pragma once

#include "cloudpcremoteactionresult.h"
#include "cloudpcstatus.h"
#include "cloudpcstatusdetail.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// One entry of a Cloud PC's partnerAgentInstallResults (beta cloudPcPartnerAgentInstallResult): how the
// install of a partner's agent (Citrix, VMware, HP Anyware) went. Values are kept as sent.
struct CloudPcPartnerAgentInstallResult
{
    QString installStatus; // installed, installFailed, installing, uninstalling, uninstallFailed, licensed, …
    QString partnerAgentName; // citrix, vMware, hp, unknownFutureValue, …
    bool isThirdPartyPartner = false;
    bool retriable = false;
    QString errorMessage;

    // Its install (or uninstall) failed: what retryPartnerAgentInstallation is for.
    bool failed() const;
    // "Citrix", "VMware", "HP Anyware"; an unknown name as sent.
    QString partnerDisplayName() const;
    friend bool operator==(const CloudPcPartnerAgentInstallResult &a,
                           const CloudPcPartnerAgentInstallResult &b)
    {
        return a.installStatus == b.installStatus && a.partnerAgentName == b.partnerAgentName &&
               a.isThirdPartyPartner == b.isThirdPartyPartner && a.retriable == b.retriable &&
               a.errorMessage == b.errorMessage;
    }
};

// One Windows 365 Cloud PC (Graph resource cloudPC), the fields a console shows.
struct CloudPc
{
    QString id;
    QString displayName;
    QString userPrincipalName;
    QString managedDeviceId;
    QString managedDeviceName;
    QString aadDeviceId;
    QString provisioningPolicyId;
    QString provisioningPolicyName;
    QString provisioningType;
    QString servicePlanId;
    QString servicePlanName;
    QString imageDisplayName;
    QString onPremisesConnectionName;
    QString statusText; // the wire value as received, kept so unknown values show as themselves
    CloudPcStatus status = CloudPcStatus::Unknown;
    CloudPcStatusDetail statusDetail;
    QDateTime lastModifiedDateTime;
    QDateTime gracePeriodEndDateTime;
    // beta only
    QString osVersion;
    QString userAccountType;
    QString powerState;
    QString productType; // enterprise, frontline, devBox, powerAutomate, business, … (kept as sent)
    QList<CloudPcPartnerAgentInstallResult> partnerAgentInstallResults;
    // The newest remote action done to the Cloud PC (beta lastRemoteActionResult).
    std::optional<CloudPcRemoteActionResult> lastRemoteActionResult;

    QString statusDisplayText() const { return CloudPcStatuses::displayText(status, statusText); }
    void setStatus(CloudPcStatus newStatus);
    // A Frontline Cloud PC (productType frontline): the only ones that can be powered on and off.
    bool isFrontline() const
    {
        return productType.compare(QLatin1String("frontline"), Qt::CaseInsensitive) == 0;
    }
    // Some partner agent install failed (retryPartnerAgentInstallation applies).
    bool hasFailedPartnerAgent() const;

    // Parses one cloudPC object. Returns nothing when the object cannot stand for a Cloud PC (no id);
    // every field of the wrong type is left empty and described in *problems.
    static std::optional<CloudPc> fromJson(const QJsonObject &object, QStringList *problems = nullptr);
    // Graph's property names; empty fields are left out.
    QJsonObject toJson() const;

    friend bool operator==(const CloudPc &a, const CloudPc &b);
};
