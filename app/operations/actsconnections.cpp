#include "actsconnections.h"

#include "graphrequests.h"

void appendConnectionActs(QList<ActDefinition> &acts)
{
    ActDefinition check;
    check.kind = QStringLiteral("runHealthChecks");
    check.target = ActTarget::NetworkConnection;
    check.manyTargets = true;
    check.cliWords = {QStringLiteral("connections"), QStringLiteral("check")};
    check.cliPositionalName = QStringLiteral("ID");
    check.cliSummary = QStringLiteral(
        "Run the health checks of Azure network connections again (Graph v1.0 runHealthChecks). With "
        "--wait, follow each connection until its checks are done and print its status and failed checks: "
        "exit 0 when every one passed, 1 when one failed or warns.");
    // No console action yet (actionName empty): the overview tab will offer it. Its words are here already
    // for the audit log and that tab.
    check.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Run &health checks");
    check.toolTip = QT_TRANSLATE_NOOP(
        "ActCatalog", "Run the health checks of the selected Azure network connections again");
    check.icon = QStringLiteral("retry");
    check.items = [](const QList<ActSubject> &targets, const QVariantMap &) {
        QList<ActItem> items;
        for (const ActSubject &target : targets)
            items.append({target.id, target.label, GraphRequests::runHealthChecks(target.id)});
        return items;
    };
    check.title = [](int count, const QString &label, const QVariantMap &) {
        return count == 1
                   ? ActCatalog::tr("Run the health checks of %1").arg(label)
                   : ActCatalog::tr("Run the health checks of %Ln network connection(s)", nullptr, count);
    };
    check.question = [](int count, const QVariantMap &) {
        return ActCatalog::tr("Run the health checks of %Ln Azure network connection(s) again? Cloud PCs are "
                              "not changed; the checks take a few minutes.",
                              nullptr, count);
    };
    acts.append(check);
}
