#include "actssnapshots.h"

#include "graphrequests.h"

namespace {
QString text(const QVariantMap &values, const char *name)
{
    return values.value(QLatin1String(name)).toString();
}

// Why a restore point cannot be taken or restored on this Cloud PC now (empty: it can).
QString notRestorable(const CloudPc &pc)
{
    switch (pc.status) {
    case CloudPcStatus::NotProvisioned:
    case CloudPcStatus::PendingProvision:
    case CloudPcStatus::Provisioning:
    case CloudPcStatus::Deprovisioning:
    case CloudPcStatus::Restoring:
        return ActCatalog::tr("%1 is %2: it has no restore point to act on now.")
            .arg(pc.displayName, pc.statusDisplayText());
    default:
        return {};
    }
}
} // namespace

void appendSnapshotActs(QList<ActDefinition> &acts)
{
    ActDefinition restore;
    restore.kind = QStringLiteral("restore");
    restore.target = ActTarget::CloudPc;
    restore.manyTargets = false;
    ActOption snapshot{QStringLiteral("snapshot"),
                       QStringLiteral("SNAPSHOT_ID"),
                       {},
                       QStringLiteral("The restore point (snapshot id, see 'cloudpcs snapshots ID').")};
    snapshot.required = true;
    restore.options = {snapshot};
    restore.destructive = true;
    restore.refresh = {ActRefresh::CloudPcs};
    restore.cliWords = {QStringLiteral("cloudpcs"), QStringLiteral("restore")};
    restore.cliPositionalName = QStringLiteral("ID");
    restore.cliMaxPositionals = 1;
    restore.cliSummary = QStringLiteral(
        "Restore a Cloud PC to one of its restore points: it returns to the state it was in then, and what "
        "was done on it since is lost.");
    restore.actionName = QStringLiteral("restoreAction");
    restore.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Rest&ore…");
    restore.toolTip =
        QT_TRANSLATE_NOOP("ActCatalog", "Return the selected Cloud PC to one of its restore points");
    restore.icon = QStringLiteral("retry");
    restore.items = [](const QList<ActSubject> &targets, const QVariantMap &values) {
        QList<ActItem> items;
        for (const ActSubject &target : targets)
            items.append({target.id, target.label,
                          GraphRequests::restoreCloudPc(target.id, text(values, "snapshot"))});
        return items;
    };
    restore.title = [](int, const QString &label, const QVariantMap &values) {
        return ActCatalog::tr("Restore %1 to restore point %2").arg(label, text(values, "snapshot"));
    };
    restore.question = [](int, const QVariantMap &values) {
        return ActCatalog::tr("Restore this Cloud PC to restore point %1? It returns to the state it was in "
                              "at that moment: everything done on it since (files, apps, settings) is lost, "
                              "and its user is disconnected while it is restored.")
            .arg(text(values, "snapshot"));
    };
    restore.notApplicable = notRestorable;
    acts.append(restore);

    ActDefinition create;
    create.kind = QStringLiteral("createSnapshot");
    create.target = ActTarget::CloudPc;
    create.options = {
        {QStringLiteral("storage-account"),
         QStringLiteral("ID"),
         {},
         QStringLiteral("Azure storage account to keep the snapshot in (its resource id; "
                        "default: the service's own storage).")},
        {QStringLiteral("access-tier"),
         QStringLiteral("TIER"),
         {QStringLiteral("hot"), QStringLiteral("cool"), QStringLiteral("cold"), QStringLiteral("archive")},
         QStringLiteral("Access tier of the snapshot in the storage account (default: the "
                        "service's choice).")}};
    create.refresh = {ActRefresh::CloudPcs};
    create.cliWords = {QStringLiteral("cloudpcs"), QStringLiteral("create-snapshot")};
    create.cliPositionalName = QStringLiteral("ID");
    create.cliSummary =
        QStringLiteral("Take a restore point (a manual snapshot) of Cloud PCs now (Graph beta).");
    create.actionName = QStringLiteral("createSnapshotAction");
    create.menuText = QT_TRANSLATE_NOOP("ActCatalog", "&Create snapshot…");
    create.toolTip = QT_TRANSLATE_NOOP("ActCatalog", "Take a restore point of the selected Cloud PCs now");
    create.icon = QStringLiteral("retry");
    create.items = [](const QList<ActSubject> &targets, const QVariantMap &values) {
        QList<ActItem> items;
        for (const ActSubject &target : targets)
            items.append({target.id, target.label,
                          GraphRequests::createSnapshot(target.id, text(values, "storage-account"),
                                                        text(values, "access-tier"))});
        return items;
    };
    create.title = [](int count, const QString &label, const QVariantMap &) {
        return count == 1 ? ActCatalog::tr("Create a snapshot of %1").arg(label)
                          : ActCatalog::tr("Create a snapshot of %Ln Cloud PC(s)", nullptr, count);
    };
    create.question = [](int count, const QVariantMap &) {
        return ActCatalog::tr("Take a restore point of %Ln Cloud PC(s) now? Their users can keep working.",
                              nullptr, count);
    };
    create.notApplicable = notRestorable;
    acts.append(create);
}
