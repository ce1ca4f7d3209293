#include "serviceplan.h"

#include "jsonreader.h"

bool ServicePlan::isCompatibleWith(const ServicePlan &other) const
{
    if (type.compare(other.type, Qt::CaseInsensitive) != 0)
        return false;
    return provisioningType.isEmpty() || other.provisioningType.isEmpty() ||
           provisioningType.compare(other.provisioningType, Qt::CaseInsensitive) == 0;
}

std::optional<ServicePlan> ServicePlan::fromJson(const QJsonObject &object, QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPcServicePlan"));
    ServicePlan plan;
    plan.id = reader.requiredString(QStringLiteral("id"));
    plan.displayName = reader.string(QStringLiteral("displayName"));
    plan.type = reader.string(QStringLiteral("type"));
    plan.vCpuCount = reader.count(QStringLiteral("vCpuCount"));
    plan.ramInGB = reader.count(QStringLiteral("ramInGB"));
    plan.storageInGB = reader.count(QStringLiteral("storageInGB"));
    plan.userProfileInGB = reader.count(QStringLiteral("userProfileInGB"));
    plan.provisioningType = reader.string(QStringLiteral("provisioningType"));
    if (problems)
        *problems += reader.problems();
    if (reader.missingRequired())
        return std::nullopt;
    return plan;
}

QJsonObject ServicePlan::toJson() const
{
    QJsonObject object;
    auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("id", id);
    put("displayName", displayName);
    put("type", type);
    object.insert(QStringLiteral("vCpuCount"), vCpuCount);
    object.insert(QStringLiteral("ramInGB"), ramInGB);
    object.insert(QStringLiteral("storageInGB"), storageInGB);
    object.insert(QStringLiteral("userProfileInGB"), userProfileInGB);
    put("provisioningType", provisioningType);
    return object;
}

bool operator==(const ServicePlan &a, const ServicePlan &b)
{
    return a.id == b.id && a.displayName == b.displayName && a.type == b.type && a.vCpuCount == b.vCpuCount &&
           a.ramInGB == b.ramInGB && a.storageInGB == b.storageInGB &&
           a.userProfileInGB == b.userProfileInGB && a.provisioningType == b.provisioningType;
}
