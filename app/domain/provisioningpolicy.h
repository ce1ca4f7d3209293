#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One entry of a policy's domainJoinConfigurations: how its Cloud PCs join a domain and, for Microsoft Entra
// hybrid join or an own network, the Azure network connection they are provisioned into.
struct DomainJoinConfiguration
{
    QString domainJoinType; // azureADJoin, hybridAzureADJoin, … (kept as sent)
    QString onPremisesConnectionId;
    QString regionName;
    QString regionGroup;
    friend bool operator==(const DomainJoinConfiguration &a, const DomainJoinConfiguration &b)
    {
        return a.domainJoinType == b.domainJoinType && a.onPremisesConnectionId == b.onPremisesConnectionId &&
               a.regionName == b.regionName && a.regionGroup == b.regionGroup;
    }
};

// A Windows 365 provisioning policy (Graph resource cloudPcProvisioningPolicy), the fields a console shows.
struct ProvisioningPolicy
{
    QString id;
    QString displayName;
    QString description;
    QString provisioningType; // dedicated, shared, …
    QString imageId;
    QString imageDisplayName;
    QString imageType; // gallery, custom
    QString cloudPcNamingTemplate;
    QString windowsLocale; // windowsSetting.locale
    QString managedBy;
    bool enableSingleSignOn = false;
    bool localAdminEnabled = false;
    qint64 gracePeriodInHours = 0;
    QStringList assignedGroupIds; // assignments[].target.groupId (with $expand=assignments)
    QList<DomainJoinConfiguration> domainJoinConfigurations;

    // The Azure network connections the policy provisions into (domainJoinConfigurations[].
    // onPremisesConnectionId, each once, in order; none for a Microsoft-hosted network).
    QStringList onPremisesConnectionIds() const;

    static std::optional<ProvisioningPolicy> fromJson(const QJsonObject &object,
                                                      QStringList *problems = nullptr);
    QJsonObject toJson() const;
    friend bool operator==(const ProvisioningPolicy &a, const ProvisioningPolicy &b);
};
