#include "onpremisesconnection.h"

#include "jsonreader.h"

#include <QCoreApplication>

namespace {
void putText(QJsonObject &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(name), value);
}
QJsonValue timeValue(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(formatGraphDateTime(value)) : QJsonValue(QJsonValue::Null);
}
} // namespace

bool OnPremisesConnectionHealthCheck::needsAttention() const
{
    const OnPremisesConnection::HealthStatus health = OnPremisesConnection::healthFromString(status);
    return health == OnPremisesConnection::HealthStatus::Failed ||
           health == OnPremisesConnection::HealthStatus::Warning;
}

QJsonObject OnPremisesConnectionHealthCheck::toJson() const
{
    QJsonObject object;
    putText(object, "displayName", displayName);
    putText(object, "status", status);
    putText(object, "errorType", errorType);
    putText(object, "recommendedAction", recommendedAction);
    putText(object, "additionalDetail", additionalDetail);
    putText(object, "correlationId", correlationId);
    object.insert(QStringLiteral("startDateTime"), timeValue(startDateTime));
    object.insert(QStringLiteral("endDateTime"), timeValue(endDateTime));
    return object;
}

bool operator==(const OnPremisesConnectionHealthCheck &a, const OnPremisesConnectionHealthCheck &b)
{
    return a.displayName == b.displayName && a.status == b.status && a.errorType == b.errorType &&
           a.recommendedAction == b.recommendedAction && a.additionalDetail == b.additionalDetail &&
           a.correlationId == b.correlationId && a.startDateTime == b.startDateTime &&
           a.endDateTime == b.endDateTime;
}

OnPremisesConnection::HealthStatus OnPremisesConnection::healthFromString(const QString &text)
{
    if (text == QLatin1String("pending"))
        return HealthStatus::Pending;
    if (text == QLatin1String("running"))
        return HealthStatus::Running;
    if (text == QLatin1String("passed"))
        return HealthStatus::Passed;
    if (text == QLatin1String("failed"))
        return HealthStatus::Failed;
    if (text == QLatin1String("warning"))
        return HealthStatus::Warning;
    if (text == QLatin1String("informational"))
        return HealthStatus::Informational;
    return HealthStatus::Other;
}

QString OnPremisesConnection::healthDisplayText(HealthStatus status, const QString &raw)
{
    switch (status) {
    case HealthStatus::Pending:
        return QCoreApplication::translate("OnPremisesConnection", "Pending");
    case HealthStatus::Running:
        return QCoreApplication::translate("OnPremisesConnection", "Running");
    case HealthStatus::Passed:
        return QCoreApplication::translate("OnPremisesConnection", "Passed");
    case HealthStatus::Failed:
        return QCoreApplication::translate("OnPremisesConnection", "Failed");
    case HealthStatus::Warning:
        return QCoreApplication::translate("OnPremisesConnection", "Warning");
    case HealthStatus::Informational:
        return QCoreApplication::translate("OnPremisesConnection", "Informational");
    case HealthStatus::Other:
        break;
    }
    return raw;
}

QString OnPremisesConnection::typeDisplayText() const
{
    if (connectionType == QLatin1String("hybridAzureADJoin"))
        return QCoreApplication::translate("OnPremisesConnection", "Microsoft Entra hybrid join");
    if (connectionType == QLatin1String("azureADJoin"))
        return QCoreApplication::translate("OnPremisesConnection", "Microsoft Entra join");
    return connectionType;
}

QList<OnPremisesConnectionHealthCheck> OnPremisesConnection::failedChecks() const
{
    QList<OnPremisesConnectionHealthCheck> failed;
    for (const OnPremisesConnectionHealthCheck &check : healthChecks) {
        if (check.needsAttention())
            failed.append(check);
    }
    return failed;
}

std::optional<OnPremisesConnection> OnPremisesConnection::fromJson(const QJsonObject &object,
                                                                   QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPcOnPremisesConnection"));
    OnPremisesConnection connection;
    connection.id = reader.requiredString(QStringLiteral("id"));
    connection.displayName = reader.string(QStringLiteral("displayName"));
    connection.connectionType = reader.string(QStringLiteral("connectionType"));
    connection.adDomainName = reader.string(QStringLiteral("adDomainName"));
    connection.subscriptionName = reader.string(QStringLiteral("subscriptionName"));
    connection.resourceGroupId = reader.string(QStringLiteral("resourceGroupId"));
    connection.virtualNetworkId = reader.string(QStringLiteral("virtualNetworkId"));
    connection.subnetId = reader.string(QStringLiteral("subnetId"));
    connection.inUse = reader.boolean(QStringLiteral("inUse"));
    connection.healthCheckStatusText = reader.string(QStringLiteral("healthCheckStatus"));
    connection.healthCheckStatus = healthFromString(connection.healthCheckStatusText);
    const QJsonObject detail = reader.object(QStringLiteral("healthCheckStatusDetail"));
    if (!detail.isEmpty()) {
        JsonReader detailReader(detail,
                                QStringLiteral("cloudPcOnPremisesConnection.healthCheckStatusDetail"));
        connection.checksStartDateTime = detailReader.dateTime(QStringLiteral("startDateTime"));
        connection.checksEndDateTime = detailReader.dateTime(QStringLiteral("endDateTime"));
        const QJsonArray checks = detailReader.array(QStringLiteral("healthChecks"));
        for (qsizetype i = 0; i < checks.size(); ++i) {
            if (!checks.at(i).isObject()) {
                if (problems)
                    *problems << QStringLiteral(
                                     "cloudPcOnPremisesConnection.healthCheckStatusDetail.healthChecks %1: "
                                     "not an object")
                                     .arg(i);
                continue;
            }
            JsonReader checkReader(checks.at(i).toObject(),
                                   QStringLiteral("cloudPcOnPremisesConnection.healthChecks"));
            OnPremisesConnectionHealthCheck check;
            check.displayName = checkReader.string(QStringLiteral("displayName"));
            check.status = checkReader.string(QStringLiteral("status"));
            check.errorType = checkReader.string(QStringLiteral("errorType"));
            check.recommendedAction = checkReader.string(QStringLiteral("recommendedAction"));
            check.additionalDetail = checkReader.string(QStringLiteral("additionalDetail"));
            check.correlationId = checkReader.string(QStringLiteral("correlationId"));
            check.startDateTime = checkReader.dateTime(QStringLiteral("startDateTime"));
            check.endDateTime = checkReader.dateTime(QStringLiteral("endDateTime"));
            if (problems)
                *problems += checkReader.problems();
            connection.healthChecks.append(check);
        }
        if (problems)
            *problems += detailReader.problems();
    }
    if (problems)
        *problems += reader.problems();
    if (reader.missingRequired())
        return std::nullopt;
    return connection;
}

QList<OnPremisesConnection> OnPremisesConnection::fromJsonArray(const QJsonArray &items,
                                                                QStringList *problems)
{
    QList<OnPremisesConnection> connections;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            if (problems)
                *problems << QStringLiteral("cloudPcOnPremisesConnection %1: not an object").arg(i);
            continue;
        }
        if (std::optional<OnPremisesConnection> connection = fromJson(items.at(i).toObject(), problems))
            connections.append(*connection);
    }
    return connections;
}

QJsonObject OnPremisesConnection::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id}};
    putText(object, "displayName", displayName);
    putText(object, "connectionType", connectionType);
    putText(object, "adDomainName", adDomainName);
    putText(object, "subscriptionName", subscriptionName);
    putText(object, "resourceGroupId", resourceGroupId);
    putText(object, "virtualNetworkId", virtualNetworkId);
    putText(object, "subnetId", subnetId);
    object.insert(QStringLiteral("inUse"), inUse);
    putText(object, "healthCheckStatus", healthCheckStatusText);
    QJsonArray checks;
    for (const OnPremisesConnectionHealthCheck &check : healthChecks)
        checks.append(check.toJson());
    object.insert(QStringLiteral("healthCheckStatusDetail"),
                  QJsonObject{{QStringLiteral("startDateTime"), timeValue(checksStartDateTime)},
                              {QStringLiteral("endDateTime"), timeValue(checksEndDateTime)},
                              {QStringLiteral("healthChecks"), checks}});
    return object;
}

bool operator==(const OnPremisesConnection &a, const OnPremisesConnection &b)
{
    return a.id == b.id && a.displayName == b.displayName && a.connectionType == b.connectionType &&
           a.adDomainName == b.adDomainName && a.subscriptionName == b.subscriptionName &&
           a.resourceGroupId == b.resourceGroupId && a.virtualNetworkId == b.virtualNetworkId &&
           a.subnetId == b.subnetId && a.inUse == b.inUse &&
           a.healthCheckStatusText == b.healthCheckStatusText &&
           a.checksStartDateTime == b.checksStartDateTime && a.checksEndDateTime == b.checksEndDateTime &&
           a.healthChecks == b.healthChecks;
}
