// ActionController: Restore…, whose dialog reads the Cloud PC's restore points first (RestoreDialog). Create
// snapshot… goes through the shared confirmation (openCatalogAct) with its optional fields.
#include "actcatalog.h"
#include "actioncontroller.h"
#include "cloudpcmodel.h"
#include "consoleshell.h"
#include "restoredialog.h"
#include "tenantlists.h"

void ActionController::restoreSelected()
{
    const ActDefinition *act = ActCatalog::find(QStringLiteral("restore"));
    const QStringList ids = m_shell->selectedIds(ConsoleShell::CloudPcsTab);
    if (!act || ids.size() != 1)
        return;
    const int row = m_lists->cloudPcModel()->rowOfId(ids.first());
    if (row < 0)
        return;
    const CloudPc pc = m_lists->cloudPcModel()->at(row);
    const QString reason = act->notApplicable ? act->notApplicable(pc) : QString();
    if (!reason.isEmpty()) {
        showError(ActCatalog::displayName(act->kind), reason);
        return;
    }
    auto *dialog = new RestoreDialog(pc, m_client, m_window);
    openActDialog(dialog, [act, dialog, pc] {
        const QVariantMap values{{QStringLiteral("snapshot"), dialog->snapshotId()}};
        Refresh refresh;
        refresh.cloudPcIds = {pc.id};
        return Submission{ActCatalog::makeOperation(*act, {{pc.id, CloudPcModel::displayNameOf(pc)}}, values),
                          refresh};
    });
}
