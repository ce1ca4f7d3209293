#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

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

    static std::optional<ProvisioningPolicy> fromJson(const QJsonObject &object,
                                                      QStringList *problems = nullptr);
    QJsonObject toJson() const;
    friend bool operator==(const ProvisioningPolicy &a, const ProvisioningPolicy &b);
};
