#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One entry of user.serviceProvisioningErrors (serviceProvisioningXmlError).
struct ServiceProvisioningError
{
    QDateTime createdDateTime;
    bool isResolved = false;
    QString serviceInstance;
    QString errorDetail; // XML text

    friend bool operator==(const ServiceProvisioningError &a, const ServiceProvisioningError &b)
    {
        return a.createdDateTime == b.createdDateTime && a.isResolved == b.isResolved &&
               a.serviceInstance == b.serviceInstance && a.errorDetail == b.errorDetail;
    }
};

// A user with service provisioning errors.
struct ProvisioningErrorUser
{
    QString id;
    QString displayName;
    QString userPrincipalName;
    QList<ServiceProvisioningError> serviceProvisioningErrors;

    QList<ServiceProvisioningError> unresolvedErrors() const;
    // The most recent unresolved error, or nothing.
    std::optional<ServiceProvisioningError> latestUnresolvedError() const;

    static std::optional<ProvisioningErrorUser> fromJson(const QJsonObject &object,
                                                         QStringList *problems = nullptr);
    QJsonObject toJson() const;
    friend bool operator==(const ProvisioningErrorUser &a, const ProvisioningErrorUser &b)
    {
        return a.id == b.id && a.displayName == b.displayName && a.userPrincipalName == b.userPrincipalName &&
               a.serviceProvisioningErrors == b.serviceProvisioningErrors;
    }
};
