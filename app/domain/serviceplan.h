#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// A Windows 365 service plan (Graph resource cloudPcServicePlan, beta `servicePlans`): the size a Cloud PC
// can be resized to. `type` (enterprise, business, …) and `provisioningType` (dedicated, shared, …) are kept
// as Graph sent them, so a value newer than this build shows as itself.
struct ServicePlan
{
    QString id;
    QString displayName;
    QString type;           // cloudPcServicePlanType: enterprise, business, unknownFutureValue, …
    qint64 vCpuCount = 0;   // 0: not sent
    qint64 ramInGB = 0;     // 0: not sent
    qint64 storageInGB = 0; // 0: not sent
    qint64 userProfileInGB = 0;
    QString provisioningType; // cloudPcProvisioningType: dedicated, shared, …

    // Whether a Cloud PC on `other` can be resized to this plan: the same type and provisioning type (an
    // empty provisioning type on either side does not count against it).
    bool isCompatibleWith(const ServicePlan &other) const;

    // Parses one cloudPcServicePlan. Nothing when it has no id; every field of the wrong type is left empty
    // (0 for the sizes) and described in *problems.
    static std::optional<ServicePlan> fromJson(const QJsonObject &object, QStringList *problems = nullptr);
    // Graph's property names; empty texts are left out, the sizes are always there (as Graph sends them).
    QJsonObject toJson() const;
    friend bool operator==(const ServicePlan &a, const ServicePlan &b);
};
