#include "provisioningerroruser.h"

#include "jsonreader.h"

#include <QJsonArray>

QList<ServiceProvisioningError> ProvisioningErrorUser::unresolvedErrors() const
{
    QList<ServiceProvisioningError> result;
    for (const ServiceProvisioningError &error : serviceProvisioningErrors) {
        if (!error.isResolved)
            result.append(error);
    }
    return result;
}

std::optional<ServiceProvisioningError> ProvisioningErrorUser::latestUnresolvedError() const
{
    std::optional<ServiceProvisioningError> latest;
    for (const ServiceProvisioningError &error : serviceProvisioningErrors) {
        if (!error.isResolved && (!latest || error.createdDateTime > latest->createdDateTime))
            latest = error;
    }
    return latest;
}

std::optional<ProvisioningErrorUser> ProvisioningErrorUser::fromJson(const QJsonObject &object,
                                                                     QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("user"));
    ProvisioningErrorUser user;
    user.id = reader.requiredString(QStringLiteral("id"));
    user.displayName = reader.string(QStringLiteral("displayName"));
    user.userPrincipalName = reader.string(QStringLiteral("userPrincipalName"));
    const QJsonArray errors = reader.array(QStringLiteral("serviceProvisioningErrors"));
    for (const QJsonValue &value : errors) {
        JsonReader errorReader(value.toObject(), QStringLiteral("user.serviceProvisioningErrors"));
        ServiceProvisioningError error;
        error.createdDateTime = errorReader.dateTime(QStringLiteral("createdDateTime"));
        error.isResolved = errorReader.boolean(QStringLiteral("isResolved"));
        error.serviceInstance = errorReader.string(QStringLiteral("serviceInstance"));
        error.errorDetail = errorReader.string(QStringLiteral("errorDetail"));
        user.serviceProvisioningErrors.append(error);
        if (problems)
            *problems += errorReader.problems();
    }
    if (problems)
        *problems += reader.problems();
    if (reader.missingRequired())
        return std::nullopt;
    return user;
}

QJsonObject ProvisioningErrorUser::toJson() const
{
    QJsonArray errors;
    for (const ServiceProvisioningError &error : serviceProvisioningErrors) {
        errors.append(QJsonObject{
            {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.serviceProvisioningXmlError")},
            {QStringLiteral("createdDateTime"), formatGraphDateTime(error.createdDateTime)},
            {QStringLiteral("isResolved"), error.isResolved},
            {QStringLiteral("serviceInstance"), error.serviceInstance},
            {QStringLiteral("errorDetail"), error.errorDetail}});
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("userPrincipalName"), userPrincipalName},
                       {QStringLiteral("serviceProvisioningErrors"), errors}};
}
