#include "actsresize.h"

#include "graphrequests.h"

QString resizeNotApplicable(const CloudPc &pc)
{
    if (pc.status == CloudPcStatus::Provisioned || pc.status == CloudPcStatus::ProvisionedWithWarnings)
        return {};
    return ActCatalog::tr("%1 is not provisioned (%2): only a provisioned Cloud PC can be resized.")
        .arg(pc.displayName.isEmpty() ? pc.id : pc.displayName, pc.statusDisplayText());
}

void appendResizeActs(QList<ActDefinition> &acts)
{
    ActDefinition resize;
    resize.kind = QStringLiteral("resize");
    resize.target = ActTarget::CloudPc;
    ActOption plan{QStringLiteral("plan"),
                   QStringLiteral("SERVICE_PLAN_ID"),
                   {},
                   QStringLiteral("The service plan to resize to, of the same type as the current one "
                                  "('cloudpcctl service-plans list' shows them).")};
    plan.required = true;
    resize.options = {plan};
    resize.destructive = true;
    resize.bulkActionType = QStringLiteral("#microsoft.graph.cloudPcBulkResize");
    resize.refresh = {ActRefresh::CloudPcs};
    resize.cliWords = {QStringLiteral("cloudpcs"), QStringLiteral("resize")};
    resize.cliPositionalName = QStringLiteral("ID");
    resize.cliSummary = QStringLiteral(
        "Resize Cloud PCs to another service plan (more or fewer vCPUs, RAM, storage). Each Cloud PC "
        "restarts and its users are disconnected while it is resized.");
    resize.actionName = QStringLiteral("resizeAction");
    resize.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Resi&ze…");
    resize.toolTip =
        QT_TRANSLATE_NOOP("ActCatalog", "Move the selected Cloud PCs to another service plan of their type");
    resize.icon = QStringLiteral("retry");
    resize.items = [](const QList<ActSubject> &targets, const QVariantMap &values) {
        const QString planId = values.value(QStringLiteral("plan")).toString().trimmed();
        QList<ActItem> items;
        for (const ActSubject &target : targets)
            items.append({target.id, target.label, GraphRequests::resizeCloudPc(target.id, planId)});
        return items;
    };
    resize.title = [](int count, const QString &, const QVariantMap &) {
        return ActCatalog::tr("Resize %Ln Cloud PC(s)", nullptr, count);
    };
    resize.question = [](int count, const QVariantMap &values) {
        return ActCatalog::tr(
                   "Resize %Ln Cloud PC(s) to the service plan %1? Each restarts, and its users are "
                   "disconnected until the resize ends.",
                   nullptr, count)
            .arg(values.value(QStringLiteral("plan")).toString());
    };
    resize.notApplicable = resizeNotApplicable;
    acts.append(resize);
}
