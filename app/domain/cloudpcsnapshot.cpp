#include "cloudpcsnapshot.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <algorithm>

CloudPcSnapshot::Type CloudPcSnapshot::typeFromString(const QString &text)
{
    if (text == QLatin1String("automatic"))
        return Type::Automatic;
    if (text == QLatin1String("manual"))
        return Type::Manual;
    return Type::Other;
}

CloudPcSnapshot::Health CloudPcSnapshot::healthFromString(const QString &text)
{
    if (text == QLatin1String("healthy"))
        return Health::Healthy;
    if (text == QLatin1String("unhealthy"))
        return Health::Unhealthy;
    if (text == QLatin1String("unknown") || text.isEmpty())
        return Health::Unknown;
    return Health::Other;
}

QString CloudPcSnapshot::typeDisplayText() const
{
    switch (snapshotType) {
    case Type::Automatic:
        return QCoreApplication::translate("CloudPcSnapshot", "Automatic");
    case Type::Manual:
        return QCoreApplication::translate("CloudPcSnapshot", "Manual");
    case Type::Other:
        break;
    }
    return snapshotTypeText;
}

QString CloudPcSnapshot::healthDisplayText() const
{
    switch (healthCheckStatus) {
    case Health::Healthy:
        return QCoreApplication::translate("CloudPcSnapshot", "Healthy");
    case Health::Unhealthy:
        return QCoreApplication::translate("CloudPcSnapshot", "Unhealthy");
    case Health::Unknown:
        return QCoreApplication::translate("CloudPcSnapshot", "Unknown");
    case Health::Other:
        break;
    }
    return healthCheckStatusText;
}

std::optional<CloudPcSnapshot> CloudPcSnapshot::fromJson(const QJsonObject &object, QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPcSnapshot"));
    CloudPcSnapshot snapshot;
    snapshot.id = reader.requiredString(QStringLiteral("id"));
    snapshot.cloudPcId = reader.string(QStringLiteral("cloudPcId"));
    snapshot.status = reader.string(QStringLiteral("status"));
    snapshot.snapshotTypeText = reader.string(QStringLiteral("snapshotType"));
    snapshot.snapshotType = typeFromString(snapshot.snapshotTypeText);
    snapshot.createdDateTime = reader.dateTime(QStringLiteral("createdDateTime"));
    snapshot.lastRestoredDateTime = reader.dateTime(QStringLiteral("lastRestoredDateTime"));
    snapshot.expirationDateTime = reader.dateTime(QStringLiteral("expirationDateTime"));
    snapshot.healthCheckStatusText = reader.string(QStringLiteral("healthCheckStatus"));
    snapshot.healthCheckStatus = healthFromString(snapshot.healthCheckStatusText);
    if (problems)
        *problems += reader.problems();
    if (reader.missingRequired())
        return std::nullopt;
    return snapshot;
}

QList<CloudPcSnapshot> CloudPcSnapshot::fromJsonArray(const QJsonArray &items, QStringList *problems)
{
    QList<CloudPcSnapshot> snapshots;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            if (problems)
                *problems << QStringLiteral("cloudPcSnapshot %1: not an object").arg(i);
            continue;
        }
        if (std::optional<CloudPcSnapshot> snapshot = fromJson(items.at(i).toObject(), problems))
            snapshots.append(*snapshot);
    }
    return snapshots;
}

void CloudPcSnapshot::sortNewestFirst(QList<CloudPcSnapshot> &snapshots)
{
    std::stable_sort(snapshots.begin(), snapshots.end(),
                     [](const CloudPcSnapshot &a, const CloudPcSnapshot &b) {
                         if (a.createdDateTime.isValid() != b.createdDateTime.isValid())
                             return a.createdDateTime.isValid();
                         return a.createdDateTime > b.createdDateTime;
                     });
}

QJsonObject CloudPcSnapshot::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id}};
    auto put = [&object](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    auto putTime = [&object](const char *name, const QDateTime &value) {
        // Graph sends null for a time that has not happened (never restored).
        object.insert(QLatin1String(name), value.isValid() ? QJsonValue(formatGraphDateTime(value))
                                                           : QJsonValue(QJsonValue::Null));
    };
    put("cloudPcId", cloudPcId);
    put("status", status);
    put("snapshotType", snapshotTypeText);
    putTime("createdDateTime", createdDateTime);
    putTime("lastRestoredDateTime", lastRestoredDateTime);
    putTime("expirationDateTime", expirationDateTime);
    put("healthCheckStatus", healthCheckStatusText);
    return object;
}

bool operator==(const CloudPcSnapshot &a, const CloudPcSnapshot &b)
{
    return a.id == b.id && a.cloudPcId == b.cloudPcId && a.status == b.status &&
           a.snapshotTypeText == b.snapshotTypeText && a.createdDateTime == b.createdDateTime &&
           a.lastRestoredDateTime == b.lastRestoredDateTime && a.expirationDateTime == b.expirationDateTime &&
           a.healthCheckStatusText == b.healthCheckStatusText;
}
