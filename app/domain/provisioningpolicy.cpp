#include "provisioningpolicy.h"

#include "jsonreader.h"

#include <QJsonArray>

std::optional<ProvisioningPolicy> ProvisioningPolicy::fromJson(const QJsonObject &object,
                                                               QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPcProvisioningPolicy"));
    ProvisioningPolicy policy;
    policy.id = reader.requiredString(QStringLiteral("id"));
    policy.displayName = reader.string(QStringLiteral("displayName"));
    policy.description = reader.string(QStringLiteral("description"));
    policy.provisioningType = reader.string(QStringLiteral("provisioningType"));
    policy.imageId = reader.string(QStringLiteral("imageId"));
    policy.imageDisplayName = reader.string(QStringLiteral("imageDisplayName"));
    policy.imageType = reader.string(QStringLiteral("imageType"));
    policy.cloudPcNamingTemplate = reader.string(QStringLiteral("cloudPcNamingTemplate"));
    policy.managedBy = reader.string(QStringLiteral("managedBy"));
    policy.enableSingleSignOn = reader.boolean(QStringLiteral("enableSingleSignOn"));
    policy.localAdminEnabled = reader.boolean(QStringLiteral("localAdminEnabled"));
    policy.gracePeriodInHours = reader.integer(QStringLiteral("gracePeriodInHours"));
    const QJsonObject windowsSetting = reader.object(QStringLiteral("windowsSetting"));
    if (!windowsSetting.isEmpty()) {
        JsonReader settingReader(windowsSetting, QStringLiteral("cloudPcProvisioningPolicy.windowsSetting"));
        policy.windowsLocale = settingReader.string(QStringLiteral("locale"));
        if (problems)
            *problems += settingReader.problems();
    }
    const QJsonArray assignments = reader.array(QStringLiteral("assignments"));
    for (const QJsonValue &assignment : assignments) {
        JsonReader assignmentReader(assignment.toObject(),
                                    QStringLiteral("cloudPcProvisioningPolicy.assignments"));
        const QJsonObject target = assignmentReader.object(QStringLiteral("target"));
        JsonReader targetReader(target, QStringLiteral("cloudPcProvisioningPolicy.assignments.target"));
        const QString groupId = targetReader.string(QStringLiteral("groupId"));
        if (!groupId.isEmpty())
            policy.assignedGroupIds.append(groupId);
        if (problems)
            *problems += assignmentReader.problems() + targetReader.problems();
    }
    const QJsonArray joins = reader.array(QStringLiteral("domainJoinConfigurations"));
    for (qsizetype i = 0; i < joins.size(); ++i) {
        if (!joins.at(i).isObject()) {
            if (problems)
                *problems << QStringLiteral(
                                 "cloudPcProvisioningPolicy.domainJoinConfigurations %1: not an object")
                                 .arg(i);
            continue;
        }
        JsonReader joinReader(joins.at(i).toObject(),
                              QStringLiteral("cloudPcProvisioningPolicy.domainJoinConfigurations"));
        DomainJoinConfiguration join;
        join.domainJoinType = joinReader.string(QStringLiteral("domainJoinType"));
        join.onPremisesConnectionId = joinReader.string(QStringLiteral("onPremisesConnectionId"));
        join.regionName = joinReader.string(QStringLiteral("regionName"));
        join.regionGroup = joinReader.string(QStringLiteral("regionGroup"));
        if (problems)
            *problems += joinReader.problems();
        policy.domainJoinConfigurations.append(join);
    }
    if (problems)
        *problems += reader.problems();
    if (reader.missingRequired())
        return std::nullopt;
    return policy;
}

QJsonObject ProvisioningPolicy::toJson() const
{
    QJsonObject object;
    auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("id", id);
    put("displayName", displayName);
    put("description", description);
    put("provisioningType", provisioningType);
    put("imageId", imageId);
    put("imageDisplayName", imageDisplayName);
    put("imageType", imageType);
    put("cloudPcNamingTemplate", cloudPcNamingTemplate);
    put("managedBy", managedBy);
    object.insert(QStringLiteral("enableSingleSignOn"), enableSingleSignOn);
    object.insert(QStringLiteral("localAdminEnabled"), localAdminEnabled);
    object.insert(QStringLiteral("gracePeriodInHours"), gracePeriodInHours);
    if (!windowsLocale.isEmpty())
        object.insert(QStringLiteral("windowsSetting"),
                      QJsonObject{{QStringLiteral("locale"), windowsLocale}});
    if (!domainJoinConfigurations.isEmpty()) {
        QJsonArray joins;
        for (const DomainJoinConfiguration &join : domainJoinConfigurations) {
            QJsonObject entry;
            auto putJoin = [&entry](const char *key, const QString &value) {
                if (!value.isEmpty())
                    entry.insert(QLatin1String(key), value);
            };
            putJoin("domainJoinType", join.domainJoinType);
            putJoin("onPremisesConnectionId", join.onPremisesConnectionId);
            putJoin("regionName", join.regionName);
            putJoin("regionGroup", join.regionGroup);
            joins.append(entry);
        }
        object.insert(QStringLiteral("domainJoinConfigurations"), joins);
    }
    return object;
}

bool operator==(const ProvisioningPolicy &a, const ProvisioningPolicy &b)
{
    return a.id == b.id && a.displayName == b.displayName && a.description == b.description &&
           a.provisioningType == b.provisioningType && a.imageId == b.imageId &&
           a.imageDisplayName == b.imageDisplayName && a.imageType == b.imageType &&
           a.cloudPcNamingTemplate == b.cloudPcNamingTemplate && a.windowsLocale == b.windowsLocale &&
           a.managedBy == b.managedBy && a.enableSingleSignOn == b.enableSingleSignOn &&
           a.localAdminEnabled == b.localAdminEnabled && a.gracePeriodInHours == b.gracePeriodInHours &&
           a.assignedGroupIds == b.assignedGroupIds &&
           a.domainJoinConfigurations == b.domainJoinConfigurations;
}

QStringList ProvisioningPolicy::onPremisesConnectionIds() const
{
    QStringList ids;
    for (const DomainJoinConfiguration &join : domainJoinConfigurations) {
        if (!join.onPremisesConnectionId.isEmpty() && !ids.contains(join.onPremisesConnectionId))
            ids.append(join.onPremisesConnectionId);
    }
    return ids;
}
