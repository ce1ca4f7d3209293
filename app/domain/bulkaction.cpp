#include "bulkaction.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Subtype
{
    const char *name;
    const char *label;
};
const Subtype kSubtypes[] = {
    {"cloudPcBulkReprovision", QT_TRANSLATE_NOOP("BulkAction", "Reprovision")},
    {"cloudPcBulkRestart", QT_TRANSLATE_NOOP("BulkAction", "Restart")},
    {"cloudPcBulkPowerOn", QT_TRANSLATE_NOOP("BulkAction", "Power on")},
    {"cloudPcBulkPowerOff", QT_TRANSLATE_NOOP("BulkAction", "Power off")},
    {"cloudPcBulkResize", QT_TRANSLATE_NOOP("BulkAction", "Resize")},
    {"cloudPcBulkRestore", QT_TRANSLATE_NOOP("BulkAction", "Restore")},
    {"cloudPcBulkTroubleshoot", QT_TRANSLATE_NOOP("BulkAction", "Troubleshoot")},
    {"cloudPcBulkReinstallAgent", QT_TRANSLATE_NOOP("BulkAction", "Reinstall agent")},
    {"cloudPcBulkCreateSnapshot", QT_TRANSLATE_NOOP("BulkAction", "Create snapshot")},
    {"cloudPcBulkDisasterRecoveryFailover", QT_TRANSLATE_NOOP("BulkAction", "Disaster recovery failover")},
    {"cloudPcBulkModifyDiskEncryptionType", QT_TRANSLATE_NOOP("BulkAction", "Modify disk encryption")},
    {"cloudPcBulkSetReviewStatus", QT_TRANSLATE_NOOP("BulkAction", "Set review status")},
};
} // namespace

QString BulkAction::typeName() const
{
    const QString prefix = QStringLiteral("#microsoft.graph.");
    return odataType.startsWith(prefix) ? odataType.mid(prefix.size()) : odataType;
}

QString BulkAction::typeDisplayName() const
{
    const QString name = typeName();
    for (const Subtype &subtype : kSubtypes) {
        if (name == QLatin1String(subtype.name))
            return QCoreApplication::translate("BulkAction", subtype.label);
    }
    return name;
}

std::optional<BulkAction> BulkAction::fromJson(const QJsonObject &object, QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPcBulkAction"));
    BulkAction action;
    action.id = reader.requiredString(QStringLiteral("id"));
    action.odataType = reader.string(QStringLiteral("@odata.type"));
    action.displayName = reader.string(QStringLiteral("displayName"));
    action.cloudPcIds = reader.stringList(QStringLiteral("cloudPcIds"));
    action.createdDateTime = reader.dateTime(QStringLiteral("createdDateTime"));
    action.initiatedByUserPrincipalName = reader.string(QStringLiteral("initiatedByUserPrincipalName"));
    action.scheduledDuringMaintenanceWindow =
        reader.boolean(QStringLiteral("scheduledDuringMaintenanceWindow"));
    action.status = reader.string(QStringLiteral("status"));
    const QJsonObject summary = reader.object(QStringLiteral("actionSummary"));
    if (!summary.isEmpty()) {
        JsonReader summaryReader(summary, QStringLiteral("cloudPcBulkAction.actionSummary"));
        action.actionSummary.successfulCount = summaryReader.count(QStringLiteral("successfulCount"));
        action.actionSummary.failedCount = summaryReader.count(QStringLiteral("failedCount"));
        action.actionSummary.inProgressCount = summaryReader.count(QStringLiteral("inProgressCount"));
        action.actionSummary.pendingCount = summaryReader.count(QStringLiteral("pendingCount"));
        action.actionSummary.notSupportedCount = summaryReader.count(QStringLiteral("notSupportedCount"));
        if (problems)
            *problems += summaryReader.problems();
    }
    if (problems)
        *problems += reader.problems();
    if (reader.missingRequired())
        return std::nullopt;
    return action;
}

QJsonObject BulkAction::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("@odata.type"), odataType);
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("displayName"), displayName);
    object.insert(QStringLiteral("cloudPcIds"), QJsonArray::fromStringList(cloudPcIds));
    object.insert(QStringLiteral("createdDateTime"), formatGraphDateTime(createdDateTime));
    object.insert(QStringLiteral("initiatedByUserPrincipalName"), initiatedByUserPrincipalName);
    object.insert(QStringLiteral("scheduledDuringMaintenanceWindow"), scheduledDuringMaintenanceWindow);
    object.insert(QStringLiteral("status"), status);
    object.insert(QStringLiteral("actionSummary"),
                  QJsonObject{{QStringLiteral("successfulCount"), actionSummary.successfulCount},
                              {QStringLiteral("failedCount"), actionSummary.failedCount},
                              {QStringLiteral("inProgressCount"), actionSummary.inProgressCount},
                              {QStringLiteral("pendingCount"), actionSummary.pendingCount},
                              {QStringLiteral("notSupportedCount"), actionSummary.notSupportedCount}});
    return object;
}

bool operator==(const BulkAction &a, const BulkAction &b)
{
    return a.id == b.id && a.odataType == b.odataType && a.displayName == b.displayName &&
           a.cloudPcIds == b.cloudPcIds && a.createdDateTime == b.createdDateTime &&
           a.initiatedByUserPrincipalName == b.initiatedByUserPrincipalName &&
           a.scheduledDuringMaintenanceWindow == b.scheduledDuringMaintenanceWindow && a.status == b.status &&
           a.actionSummary == b.actionSummary;
}
