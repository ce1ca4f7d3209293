#include "cloudpcremoteactioncapability.h"

#include "jsonreader.h"

#include <QJsonArray>

QList<CloudPcRemoteActionCapability> CloudPcRemoteActionCapability::listFromJson(const QJsonObject &reply,
                                                                                 QStringList *problems)
{
    JsonReader reader(reply, QStringLiteral("getSupportedCloudPcRemoteActions"));
    const QJsonArray entries = reader.array(QStringLiteral("value"));
    QList<CloudPcRemoteActionCapability> list;
    for (const QJsonValue &entry : entries) {
        if (!entry.isObject()) {
            if (problems)
                *problems << QStringLiteral("cloudPcRemoteActionCapability: an entry is not an object");
            continue;
        }
        JsonReader entryReader(entry.toObject(), QStringLiteral("cloudPcRemoteActionCapability"));
        CloudPcRemoteActionCapability capability;
        capability.actionName = entryReader.string(QStringLiteral("actionName"));
        capability.actionCapability = entryReader.string(QStringLiteral("actionCapability"));
        if (problems)
            *problems += entryReader.problems();
        if (capability.actionName.isEmpty()) {
            if (problems)
                *problems << QStringLiteral("cloudPcRemoteActionCapability: an entry has no actionName");
            continue;
        }
        list.append(capability);
    }
    if (problems)
        *problems += reader.problems();
    return list;
}
