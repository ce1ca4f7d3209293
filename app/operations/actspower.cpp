#include "actspower.h"

#include "graphrequests.h"

namespace {
QString nameOf(const CloudPc &pc)
{
    return pc.displayName.isEmpty() ? pc.id : pc.displayName;
}

// Power on and off exist for Frontline Cloud PCs only (productType frontline).
QString notFrontline(const CloudPc &pc)
{
    if (pc.isFrontline())
        return {};
    return pc.productType.isEmpty()
               ? ActCatalog::tr("%1 is not a Frontline Cloud PC: only those are powered on and off.")
                     .arg(nameOf(pc))
               : ActCatalog::tr("%1 is not a Frontline Cloud PC (%2): only those are powered on and off.")
                     .arg(nameOf(pc), pc.productType);
}

ActDefinition powerAct(bool on)
{
    ActDefinition act;
    act.kind = on ? QStringLiteral("powerOn") : QStringLiteral("powerOff");
    act.target = ActTarget::CloudPc;
    act.bulkActionType = on ? QStringLiteral("#microsoft.graph.cloudPcBulkPowerOn")
                            : QStringLiteral("#microsoft.graph.cloudPcBulkPowerOff");
    act.refresh = {ActRefresh::CloudPcs};
    act.cliWords = {QStringLiteral("cloudpcs"),
                    on ? QStringLiteral("power-on") : QStringLiteral("power-off")};
    act.cliPositionalName = QStringLiteral("ID");
    act.cliSummary = on ? QStringLiteral("Power on Frontline Cloud PCs (Graph beta: powerOn).")
                        : QStringLiteral("Power off Frontline Cloud PCs (Graph beta: powerOff). It ends the "
                                         "session of their users.");
    act.actionName = on ? QStringLiteral("powerOnAction") : QStringLiteral("powerOffAction");
    act.menuText =
        on ? QT_TRANSLATE_NOOP("ActCatalog", "Po&wer on…") : QT_TRANSLATE_NOOP("ActCatalog", "Power o&ff…");
    act.toolTip =
        on ? QT_TRANSLATE_NOOP("ActCatalog", "Power on the selected Frontline Cloud PCs")
           : QT_TRANSLATE_NOOP("ActCatalog",
                               "Power off the selected Frontline Cloud PCs: their users' sessions end");
    act.icon = QStringLiteral("retry");
    act.items = [on](const QList<ActSubject> &targets, const QVariantMap &) {
        QList<ActItem> items;
        for (const ActSubject &target : targets)
            items.append(
                {target.id, target.label,
                 on ? GraphRequests::powerOnCloudPc(target.id) : GraphRequests::powerOffCloudPc(target.id)});
        return items;
    };
    if (on) {
        act.title = [](int count, const QString &, const QVariantMap &) {
            return ActCatalog::tr("Power on %Ln Cloud PC(s)", nullptr, count);
        };
        act.question = [](int count, const QVariantMap &) {
            return ActCatalog::tr("Power on %Ln Frontline Cloud PC(s)?", nullptr, count);
        };
    } else {
        act.title = [](int count, const QString &, const QVariantMap &) {
            return ActCatalog::tr("Power off %Ln Cloud PC(s)", nullptr, count);
        };
        act.question = [](int count, const QVariantMap &) {
            return ActCatalog::tr("Power off %Ln Frontline Cloud PC(s)? The session of each user ends; what "
                                  "they did not save is lost.",
                                  nullptr, count);
        };
    }
    act.notApplicable = notFrontline;
    return act;
}
} // namespace

void appendPowerActs(QList<ActDefinition> &acts)
{
    acts.append(powerAct(true));
    acts.append(powerAct(false));

    ActDefinition review;
    review.kind = QStringLiteral("setReviewStatus");
    review.target = ActTarget::CloudPc;
    ActOption onOff{QStringLiteral("review"),
                    QString(),
                    {QStringLiteral("on"), QStringLiteral("off")},
                    QStringLiteral("Place the Cloud PCs under review (--on) or end their review (--off); "
                                   "exactly one of them.")};
    onOff.required = true;
    onOff.valuesAsFlags = true;
    review.options = {onOff,
                      {QStringLiteral("access"),
                       QStringLiteral("LEVEL"),
                       {QStringLiteral("unrestricted"), QStringLiteral("restricted")},
                       QStringLiteral("The user's access while under review (default: as Graph keeps it).")},
                      {QStringLiteral("storage-account"),
                       QStringLiteral("ID"),
                       {},
                       QStringLiteral("The Azure storage account the review snapshot goes to (its resource "
                                      "id: /subscriptions/…/storageAccounts/NAME).")}};
    review.bulkActionType = QStringLiteral("#microsoft.graph.cloudPcBulkSetReviewStatus");
    review.refresh = {ActRefresh::CloudPcs};
    review.cliWords = {QStringLiteral("cloudpcs"), QStringLiteral("review")};
    review.cliPositionalName = QStringLiteral("ID");
    review.cliSummary = QStringLiteral(
        "Place Cloud PCs under review (a snapshot to an Azure storage account for investigation) or end "
        "their review (Graph beta: setReviewStatus).");
    review.actionName = QStringLiteral("reviewAction");
    review.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Re&view status…");
    review.toolTip =
        QT_TRANSLATE_NOOP("ActCatalog", "Place the selected Cloud PCs under review, or end their review");
    review.icon = QStringLiteral("retry");
    review.items = [](const QList<ActSubject> &targets, const QVariantMap &values) {
        CloudPcReviewChange change;
        change.inReview = values.value(QStringLiteral("review")).toString() == QLatin1String("on");
        if (values.contains(QStringLiteral("access")))
            change.userAccessLevel = values.value(QStringLiteral("access")).toString();
        const QString storage = values.value(QStringLiteral("storage-account")).toString().trimmed();
        if (!storage.isEmpty())
            change.azureStorageAccountId = storage;
        QList<ActItem> items;
        for (const ActSubject &target : targets)
            items.append({target.id, target.label, GraphRequests::setReviewStatus(target.id, change)});
        return items;
    };
    review.title = [](int count, const QString &, const QVariantMap &values) {
        return values.value(QStringLiteral("review")).toString() == QLatin1String("off")
                   ? ActCatalog::tr("End the review of %Ln Cloud PC(s)", nullptr, count)
                   : ActCatalog::tr("Place %Ln Cloud PC(s) under review", nullptr, count);
    };
    review.question = [](int count, const QVariantMap &values) {
        return values.value(QStringLiteral("review")).toString() == QLatin1String("off")
                   ? ActCatalog::tr("End the review of %Ln Cloud PC(s)? Their users get their usual access "
                                    "back.",
                                    nullptr, count)
                   : ActCatalog::tr("Place %Ln Cloud PC(s) under review? A snapshot of each goes to the "
                                    "storage account for investigation.",
                                    nullptr, count);
    };
    acts.append(review);

    ActDefinition retryAgents;
    retryAgents.kind = QStringLiteral("retryPartnerAgentInstallation");
    retryAgents.target = ActTarget::CloudPc;
    retryAgents.refresh = {ActRefresh::CloudPcs};
    retryAgents.cliWords = {QStringLiteral("cloudpcs"), QStringLiteral("retry-partner-agents")};
    retryAgents.cliPositionalName = QStringLiteral("ID");
    retryAgents.cliSummary = QStringLiteral(
        "Retry the installation of the partner agents (Citrix, VMware, HP Anyware) that failed on Cloud PCs "
        "(Graph beta: retryPartnerAgentInstallation).");
    retryAgents.actionName = QStringLiteral("retryPartnerAgentsAction");
    retryAgents.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Retry partner ag&ents…");
    retryAgents.toolTip = QT_TRANSLATE_NOOP(
        "ActCatalog", "Install the partner agents that failed on the selected Cloud PCs again");
    retryAgents.icon = QStringLiteral("retry");
    retryAgents.items = [](const QList<ActSubject> &targets, const QVariantMap &) {
        QList<ActItem> items;
        for (const ActSubject &target : targets)
            items.append({target.id, target.label, GraphRequests::retryPartnerAgentInstallation(target.id)});
        return items;
    };
    retryAgents.title = [](int count, const QString &, const QVariantMap &) {
        return ActCatalog::tr("Retry the partner agents of %Ln Cloud PC(s)", nullptr, count);
    };
    retryAgents.question = [](int count, const QVariantMap &) {
        return ActCatalog::tr("Install the failed partner agents of %Ln Cloud PC(s) again?", nullptr, count);
    };
    retryAgents.notApplicable = [](const CloudPc &pc) {
        return pc.hasFailedPartnerAgent()
                   ? QString()
                   : ActCatalog::tr("%1 has no failed partner agent install.").arg(nameOf(pc));
    };
    acts.append(retryAgents);
}
