#include "actioncontroller.h"

#include "actcatalog.h"
#include "actfollower.h"
#include "auditlog.h"
#include "auditlogdialog.h"
#include "bulkactionloader.h"
#include "bulkactionmodel.h"
#include "bulkactionretrydialog.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "confirmactiondialog.h"
#include "consoleshell.h"
#include "createbulkactiondialog.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphlistjob.h"
#include "graphrequests.h"
#include "icons.h"
#include "operation.h"
#include "operationrunner.h"
#include "operationspanel.h"
#include "provisioningerroruserloader.h"
#include "provisioningerrorusermodel.h"
#include "provisioningerroruserpage.h"
#include "provisioningpolicymodel.h"
#include "reprovisiondialog.h"
#include "resizedialog.h"
#include "reviewstatusdialog.h"
#include "serviceplan.h"
#include "supportedactionscheck.h"
#include "tenantlists.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <memory>

namespace {
// Beyond this many Cloud PCs, an act's rows are refreshed by reloading the list rather than one by one.
constexpr int MaxSingleRefreshes = 100;
// An act that takes longer than this ends with a desktop notification.
constexpr qint64 LongOperationMs = 10000;

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text, const QString &icon,
                    const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(Icons::named(icon), text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty() ? toolTip
                                          : QStringLiteral("%1 (%2)").arg(
                                                toolTip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(toolTip);
    action->setEnabled(false);
    return action;
}
// The tab whose selection an act's targets come from.
int tabOf(ActTarget target)
{
    switch (target) {
    case ActTarget::CloudPc:
        return ConsoleShell::CloudPcsTab;
    case ActTarget::ProvisioningPolicy:
        return ConsoleShell::PoliciesTab;
    case ActTarget::BulkAction:
        return ConsoleShell::BulkActionsTab;
    case ActTarget::User:
        return ConsoleShell::ErrorUsersTab;
    case ActTarget::NetworkConnection:
        break; // no tab yet: its acts have no console action (cloudpcctl only)
    }
    return ConsoleShell::CloudPcsTab;
}
} // namespace

ActionController::ActionController(TenantLists *lists, ConsoleShell *shell, AuditLog *auditLog)
    : QObject(shell->shellWindow())
    , m_lists(lists)
    , m_shell(shell)
    , m_window(shell->shellWindow())
    , m_client(lists->client())
    , m_auditLog(auditLog)
    , m_runner(new OperationRunner(m_client, auditLog, this))
    , m_panel(nullptr)
    , m_dock(new QDockWidget(tr("Operations"), m_window))
{
    qRegisterMetaType<QDialog *>();
    qRegisterMetaType<Operation *>();
    // Records that could not be forced to the disk: said in a window of its own, which stays until read (the
    // status bar's next message would hide it), once per run of failures; acts go on, their records are in
    // the file.
    connect(m_auditLog, &AuditLog::diskSyncFailed, this,
            [this](const QString &message) { showError(tr("Audit log not on the disk"), message); });
    m_panel = new OperationsPanel(m_runner, m_dock);
    m_dock->setObjectName(QStringLiteral("operationsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_shell->addDock(m_dock, Qt::BottomDockWidgetArea);
    m_dock->hide(); // until the first act, unless the saved window state shows it

    connect(m_runner, &OperationRunner::operationFinished, this, &ActionController::onOperationFinished);
    // Accepted is not done: when the follower has heard the end of every item, the admin hears it too.
    connect(m_runner, &OperationRunner::operationAdded, this, [this](Operation *operation) {
        connect(operation, &Operation::followFinished, this,
                [this, operation] { onFollowFinished(operation); });
    });
    connect(m_panel, &OperationsPanel::retryFailedActsRequested, this, &ActionController::retryFailedActs);
    createActions();
}

ActionController::~ActionController() = default;

void ActionController::setIdentity(const QString &account, const QString &tenant)
{
    m_account = account;
    m_tenant = tenant;
}

void ActionController::createActions()
{
    // Every act of the catalog: its menu entry, toolbar button, context menu entry and shortcut on the tab of
    // its target; what it opens is its dialog below.
    const QHash<QString, void (ActionController::*)()> dialogs{
        {QStringLiteral("reprovision"), &ActionController::reprovisionSelected},
        {QStringLiteral("createBulkAction"), &ActionController::createBulkActionFromSelection},
        {QStringLiteral("retryPolicy"), &ActionController::retrySelectedPolicies},
        {QStringLiteral("retryBulkAction"), &ActionController::retrySelectedBulkAction},
        {QStringLiteral("retryUserProvisioning"), &ActionController::retrySelectedUsers},
        {QStringLiteral("resize"), &ActionController::resizeSelected},
        {QStringLiteral("restore"), &ActionController::restoreSelected},
        {QStringLiteral("setReviewStatus"), &ActionController::reviewSelected}};
    static const QStringList kToolBarKinds{
        QStringLiteral("reprovision"),     QStringLiteral("createBulkAction"),
        QStringLiteral("restart"),         QStringLiteral("retryPolicy"),
        QStringLiteral("retryBulkAction"), QStringLiteral("retryUserProvisioning")};
    m_moreMenu = new QMenu(tr("More acts"), m_window);
    m_moreMenu->setObjectName(QStringLiteral("moreActsMenu"));
    auto *actionsMenu = new QMenu(tr("&Actions"), m_window);
    actionsMenu->setObjectName(QStringLiteral("actionsMenu"));
    m_actionsMenu = actionsMenu;
    m_shell->addMenu(ConsoleShell::Menu::Actions, actionsMenu);
    auto *toolBar = new QToolBar(tr("Actions"), m_window);
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("actionsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    m_shell->addShellToolBar(toolBar, false);
    for (const ActDefinition &act : ActCatalog::all()) {
        if (act.actionName.isEmpty())
            continue; // an act of cloudpcctl only
        QAction *action =
            makeAction(this, act.actionName, ActCatalog::tr(act.menuText), act.icon,
                       act.shortcut ? QKeySequence(ActCatalog::tr(act.shortcut)) : QKeySequence(),
                       ActCatalog::tr(act.toolTip));
        const auto dialog = dialogs.constFind(act.kind);
        if (dialog != dialogs.cend()) {
            connect(action, &QAction::triggered, this, *dialog);
        } else {
            // The shared confirmation, with a field per option of the act.
            const QString kind = act.kind;
            connect(action, &QAction::triggered, this, [this, kind] { openCatalogAct(kind); });
        }
        m_actions.insert(act.kind, action);
        m_kinds.append(act.kind);
        actionsMenu->addAction(action);
        m_shell->addContextAction(tabOf(act.target), action);
        // The tool bar holds the frequent acts; the others are under "More acts" (and in the menus).
        if (kToolBarKinds.contains(act.kind))
            toolBar->addAction(action);
        else
            m_moreMenu->addAction(action);
    }
    auto *more = new QToolButton(toolBar);
    m_moreButton = more;
    more->setObjectName(QStringLiteral("moreActsButton"));
    more->setPopupMode(QToolButton::InstantPopup);
    more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    more->setMenu(m_moreMenu);
    m_moreAction = toolBar->addWidget(more);

    actionsMenu->addSeparator();
    QAction *panelAction = m_dock->toggleViewAction();
    panelAction->setObjectName(QStringLiteral("operationsPanelAction"));
    actionsMenu->addAction(panelAction);
    m_showAuditLog = new QAction(this);
    m_showAuditLog->setObjectName(QStringLiteral("auditLogAction"));
    connect(m_showAuditLog, &QAction::triggered, this, &ActionController::showAuditLog);
    actionsMenu->addAction(m_showAuditLog);

    m_shell->onSelectionChanged(this, [this] { updateEnabled(); });
    for (int list = 0; list < TenantLists::ListCount; ++list)
        connect(m_lists->loader(list), &ListLoader::finished, this, &ActionController::updateEnabled);
    retranslate();
}

void ActionController::retranslate()
{
    m_dock->setWindowTitle(tr("Operations"));
    m_moreMenu->setTitle(tr("More acts"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_toolBar->setWindowTitle(tr("Actions"));
    // The acts' texts come from the catalog, translated in its context.
    for (const QString &kind : qAsConst(m_kinds)) {
        const ActDefinition *act = ActCatalog::find(kind);
        QAction *action = m_actions.value(kind);
        action->setText(ActCatalog::tr(act->menuText));
        action->setShortcut(act->shortcut ? QKeySequence(ActCatalog::tr(act->shortcut)) : QKeySequence());
        action->setStatusTip(ActCatalog::tr(act->toolTip));
    }
    m_moreButton->setText(tr("More acts"));
    m_moreButton->setToolTip(
        tr("The other acts on the selection (also in the Actions menu and the context menu)"));
    m_moreButton->setAccessibleName(tr("More acts"));
    QAction *panelAction = m_dock->toggleViewAction();
    panelAction->setText(tr("&Operations panel"));
    panelAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_showAuditLog->setText(tr("Audit &log…"));
    m_showAuditLog->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_showAuditLog->setStatusTip(tr("Every act sent from this computer, with its outcome"));
    if (m_tray)
        m_tray->setToolTip(tr("Cloud PC Console"));
    updateEnabled(); // the tooltips, with the reason an act is not offered
}

bool ActionController::event(QEvent *event)
{
    // The window passes QEvent::LanguageChange on to its children, this one among them.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void ActionController::updateEnabled()
{
    // Only the current tab's actions are offered (and their shortcuts live), so one shortcut can mean
    // "retry" on every tab.
    // An act is offered for one selected target, or for one or more, as the catalog says.
    const int current = m_shell->currentTab();
    // Each tab's selection is read once (thousands of rows may be selected), not once per act.
    QHash<int, QStringList> selections;
    for (const QString &kind : qAsConst(m_kinds)) {
        const ActDefinition *act = ActCatalog::find(kind);
        const int tab = tabOf(act->target);
        auto selection = selections.find(tab);
        if (selection == selections.end())
            selection = selections.insert(tab, m_shell->selectedIds(tab));
        const qsizetype selected = selection->size();
        QAction *action = m_actions.value(kind);
        action->setVisible(current == tab);
        const QString reason = selected > 0 ? unavailableReason(*act, *selection) : QString();
        action->setEnabled((act->manyTargets ? selected > 0 : selected == 1) && reason.isEmpty());
        const QString toolTip = ActCatalog::tr(act->toolTip);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(reason.isEmpty()
                               ? (keys.isEmpty() ? toolTip : QStringLiteral("%1 (%2)").arg(toolTip, keys))
                               : reason);
    }
    // "More acts" only where the tab has acts under it.
    bool more = false;
    for (QAction *action : m_moreMenu->actions())
        more = more || action->isVisible();
    m_moreAction->setVisible(more);
}

void ActionController::openCatalogAct(const QString &kind)
{
    const ActDefinition *act = ActCatalog::find(kind);
    if (!act || act->target != ActTarget::CloudPc)
        return;
    const QStringList ids = m_shell->selectedIds(ConsoleShell::CloudPcsTab);
    if (ids.isEmpty() || (!act->manyTargets && ids.size() != 1))
        return;
    // Only the Cloud PCs the act applies to are acted on; the others are named with the reason.
    auto subjects = std::make_shared<QList<ActSubject>>();
    QStringList lines;
    QStringList skipped;
    for (const QString &id : ids) {
        const CloudPc &pc = m_lists->cloudPcModel()->at(m_lists->cloudPcModel()->rowOfId(id));
        const QString reason = ActCatalog::notApplicableReason(*act, pc);
        if (!reason.isEmpty()) {
            skipped << reason;
            continue;
        }
        subjects->append({pc.id, CloudPcModel::displayNameOf(pc)});
        lines << QStringLiteral("%1 — %2").arg(CloudPcModel::displayNameOf(pc), pc.statusDisplayText());
    }
    if (subjects->isEmpty()) {
        showError(QString(ActCatalog::tr(act->menuText)).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                  skipped.join(QLatin1Char('\n')));
        return;
    }
    QString text = act->question(int(subjects->size()), {});
    if (!skipped.isEmpty())
        text += QLatin1Char(' ') +
                tr("%Ln selected Cloud PC(s) are left out:", nullptr, int(skipped.size())) +
                QLatin1Char(' ') + skipped.join(QStringLiteral(" "));
    const QString title =
        QString(ActCatalog::tr(act->menuText)).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    auto *dialog = new ConfirmActionDialog(title, text, lines, title, m_window);
    // One field per option: a choice among its values, or a text.
    QHash<QString, QComboBox *> choices;
    QHash<QString, QLineEdit *> texts;
    for (const ActOption &option : act->options) {
        if (!option.allowed.isEmpty()) {
            auto *combo = new QComboBox(dialog);
            // An optional choice starts at "(default)", which sends nothing: the service keeps its own.
            if (!option.required)
                combo->addItem(tr("(default)"), QString());
            for (const QString &value : option.allowed)
                combo->addItem(valueText(value), value);
            combo->setObjectName(option.name);
            dialog->addField(valueText(option.name) + QLatin1Char(':'), combo);
            choices.insert(option.name, combo);
        } else {
            auto *edit = new QLineEdit(dialog);
            edit->setObjectName(option.name);
            if (option.maxLength > 0)
                edit->setMaxLength(option.maxLength);
            if (subjects->size() == 1 && option.name == QLatin1String("name"))
                edit->setText(subjects->first().label);
            dialog->addField(valueText(option.name) + QLatin1Char(':'), edit);
            texts.insert(option.name, edit);
            QPushButton *button = dialog->actionButton();
            const bool required = option.required;
            auto update = [edit, button, required] {
                button->setEnabled(!required || !edit->text().trimmed().isEmpty());
            };
            connect(edit, &QLineEdit::textChanged, dialog, update);
            update();
        }
    }
    QStringList subjectIds;
    for (const ActSubject &subject : std::as_const(*subjects))
        subjectIds << subject.id;
    // Graph's own word, for a few: a Cloud PC it says the act is disabled for is left out too.
    QPointer<ConfirmActionDialog> guard(dialog);
    checkSupportedActions(*act, subjectIds, dialog,
                          [guard, subjects](const QString &id, const QString &reason) {
                              for (qsizetype i = 0; i < subjects->size() && guard; ++i) {
                                  if (subjects->at(i).id != id)
                                      continue;
                                  subjects->removeAt(i);
                                  delete guard->itemList()->takeItem(int(i));
                                  guard->appendText(tr("Left out: %1").arg(reason));
                                  if (subjects->isEmpty())
                                      guard->actionButton()->setEnabled(false);
                                  return;
                              }
                          });
    openActDialog(dialog, [act, subjects, choices, texts] {
        QVariantMap values;
        // An option left at its default (an empty text, "(default)") is not given at all.
        for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
            const QString value = it.value()->currentData().toString();
            if (!value.isEmpty())
                values.insert(it.key(), value);
        }
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const QString value = it.value()->text().trimmed();
            if (!value.isEmpty())
                values.insert(it.key(), value);
        }
        Refresh refresh;
        for (const ActSubject &subject : std::as_const(*subjects))
            refresh.cloudPcIds << subject.id;
        return Submission{ActCatalog::makeOperation(*act, *subjects, values), refresh};
    });
}

QString ActionController::valueText(const QString &value)
{
    // Option names and values as words.
    static const QHash<QString, const char *> words{
        {QStringLiteral("standardUser"), QT_TR_NOOP("Standard user")},
        {QStringLiteral("administrator"), QT_TR_NOOP("Administrator")},
        {QStringLiteral("account-type"), QT_TR_NOOP("User account type")},
        {QStringLiteral("name"), QT_TR_NOOP("New name")},
        {QStringLiteral("storage-account"), QT_TR_NOOP("Storage account (resource id, optional)")},
        {QStringLiteral("access-tier"), QT_TR_NOOP("Access tier")},
        {QStringLiteral("hot"), QT_TR_NOOP("Hot")},
        {QStringLiteral("cool"), QT_TR_NOOP("Cool")},
        {QStringLiteral("cold"), QT_TR_NOOP("Cold")},
        {QStringLiteral("archive"), QT_TR_NOOP("Archive")}};
    const auto it = words.constFind(value);
    return it == words.cend() ? value : tr(it.value());
}

QString ActionController::unavailableReason(const ActDefinition &act, const QStringList &ids) const
{
    // An act that applies to none of the selected Cloud PCs (end grace period on Cloud PCs not in grace
    // period).
    if (act.target == ActTarget::CloudPc) {
        QString reason;
        for (const QString &id : ids) {
            const int row = m_lists->cloudPcModel()->rowOfId(id);
            if (row < 0)
                continue;
            reason = ActCatalog::notApplicableReason(act, m_lists->cloudPcModel()->at(row));
            if (reason.isEmpty())
                return {};
        }
        return reason;
    }
    // A policy retry with no failed Cloud PC to retry (once the Cloud PCs are loaded, so the count is known).
    if (act.kind == QLatin1String("retryPolicy") && m_lists->cloudPcLoader()->hasLoaded()) {
        for (const QString &id : ids) {
            if (m_lists->policyModel()->failedCount(id) > 0)
                return {};
        }
        return tr("None of the Cloud PCs of the selected policies has failed: there is nothing to retry.");
    }
    return {};
}

bool ActionController::submit(Operation *operation, const Refresh &refresh)
{
    operation->setIdentity(m_account, m_tenant);
    m_tracked.insert(operation, Tracked{refresh, QDateTime::currentMSecsSinceEpoch()});
    connect(operation, &QObject::destroyed, this, [this, operation] { m_tracked.remove(operation); });
    const bool sent = m_runner->submit(operation);
    m_dock->show();
    m_panel->selectOperation(operation);
    Q_EMIT operationSubmitted(operation);
    if (!sent) {
        const QString reason = m_runner->lastError().isEmpty()
                                   ? tr("The same act is already under way for every item.")
                                   : tr("The audit log cannot be written: %1").arg(m_runner->lastError());
        showError(tr("Nothing was sent"), tr("%1 was not sent. %2").arg(operation->title(), reason));
        return false;
    }
    m_shell->showStatusMessage(tr("%1: sending…").arg(operation->title()), 5000);
    return true;
}

bool ActionController::applicableTargets(const ActDefinition &act, const QStringList &ids,
                                         QVector<CloudPc> *targets, QStringList *skipped)
{
    for (const QString &id : ids) {
        const int row = m_lists->cloudPcModel()->rowOfId(id);
        if (row < 0)
            continue;
        const CloudPc &pc = m_lists->cloudPcModel()->at(row);
        const QString reason = ActCatalog::notApplicableReason(act, pc);
        if (reason.isEmpty())
            targets->append(pc);
        else
            *skipped << reason;
    }
    if (!targets->isEmpty())
        return true;
    showError(ActCatalog::displayName(act.kind), skipped->join(QLatin1Char('\n')));
    return false;
}

void ActionController::reprovisionSelected()
{
    const QStringList ids = m_shell->selectedIds(ConsoleShell::CloudPcsTab);
    if (ids.isEmpty())
        return;
    // Never a Cloud PC being deprovisioned (the catalog's rule for every Cloud PC act).
    const ActDefinition &reprovision = *ActCatalog::find(QStringLiteral("reprovision"));
    QVector<CloudPc> targets;
    QStringList skipped;
    if (!applicableTargets(reprovision, ids, &targets, &skipped))
        return;
    if (!skipped.isEmpty())
        m_shell->showStatusMessage(
            tr("%Ln selected Cloud PC(s) are left out:", nullptr, int(skipped.size())) + QLatin1Char(' ') +
                skipped.join(QLatin1Char(' ')),
            15000);
    auto *dialog = new ReprovisionDialog(targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ReprovisionDialog> guard(dialog);
    connect(
        dialog, &ReprovisionDialog::reprovisionRequested, this,
        [this, guard](const ReprovisionOptions &options) {
            // What the dialog holds when the admin confirms: "only the failed ones" narrows it.
            if (!guard || guard->targets().isEmpty())
                return;
            const QVector<CloudPc> confirmed = guard->targets();
            QList<ActSubject> subjects;
            Refresh refresh;
            for (const CloudPc &pc : confirmed) {
                subjects.append({pc.id, CloudPcModel::displayNameOf(pc)});
                refresh.cloudPcIds << pc.id;
            }
            QVariantMap values;
            if (options.osVersion)
                values.insert(QStringLiteral("os"), ReprovisionOptions::osVersionName(*options.osVersion));
            if (options.userAccountType)
                values.insert(QStringLiteral("account-type"),
                              ReprovisionOptions::userAccountTypeName(*options.userAccountType));
            Operation *operation =
                ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("reprovision")), subjects, values);
            submit(operation, refresh);
            if (guard)
                guard->showProgress(operation);
        });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void ActionController::createBulkActionFromSelection()
{
    const QStringList ids = m_shell->selectedIds(ConsoleShell::CloudPcsTab);
    if (ids.isEmpty())
        return;
    QVector<CloudPc> targets;
    for (const QString &id : ids)
        targets.append(m_lists->cloudPcModel()->at(m_lists->cloudPcModel()->rowOfId(id)));
    auto *dialog = new CreateBulkActionDialog(targets, m_window);
    // A resize chooses among the tenant's service plans: read while the dialog is open (an id can still be
    // typed when they cannot be read).
    GraphListJob *plans = m_client->list(GraphRequests::listServicePlans());
    auto loaded = std::make_shared<QList<QPair<QString, QString>>>();
    connect(plans, &GraphListJob::pageReceived, dialog, [loaded](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            if (const std::optional<ServicePlan> plan = ServicePlan::fromJson(item.toObject()))
                loaded->append({plan->id, plan->displayName.isEmpty() ? plan->id : plan->displayName});
        }
    });
    connect(plans, &GraphListJob::finished, dialog, [dialog, loaded] { dialog->setServicePlans(*loaded); });
    connect(dialog, &QObject::destroyed, plans, [plans = QPointer<GraphListJob>(plans)] {
        if (plans)
            plans->cancel();
    });
    openActDialog(dialog, [dialog] {
        const QStringList cloudPcIds = dialog->cloudPcIds();
        QList<ActSubject> subjects;
        for (const QString &id : cloudPcIds)
            subjects.append({id, id});
        Operation *operation = ActCatalog::makeOperation(
            *ActCatalog::find(QStringLiteral("createBulkAction")), subjects, dialog->values());
        Refresh refresh;
        refresh.cloudPcIds = cloudPcIds;
        refresh.bulkActions = true;
        return Submission{operation, refresh};
    });
}

void ActionController::checkSupportedActions(const ActDefinition &act, const QStringList &ids,
                                             QDialog *dialog,
                                             std::function<void(const QString &, const QString &)> leaveOut)
{
    const QString graphName = ActCatalog::graphActionName(act.kind);
    if (graphName.isEmpty() || ids.isEmpty() || ids.size() > SupportedActionsCheck::kMaxCloudPcs)
        return;
    auto *check = new SupportedActionsCheck(m_client, ids, dialog);
    const QString kind = act.kind;
    connect(
        check, &SupportedActionsCheck::answered, dialog,
        [this, kind, graphName, leaveOut](const QString &id,
                                          const QList<CloudPcRemoteActionCapability> &capabilities) {
            for (const CloudPcRemoteActionCapability &capability : capabilities) {
                if (capability.actionName.compare(graphName, Qt::CaseInsensitive) != 0 ||
                    !capability.isDisabled())
                    continue;
                const int row = m_lists->cloudPcModel()->rowOfId(id);
                const QString name =
                    row >= 0 ? CloudPcModel::displayNameOf(m_lists->cloudPcModel()->at(row)) : id;
                leaveOut(
                    id,
                    tr("Graph does not offer \"%1\" for %2 now.").arg(ActCatalog::displayName(kind), name));
                return;
            }
        });
    connect(check, &SupportedActionsCheck::finished, check, &QObject::deleteLater);
    check->start();
}

void ActionController::reviewSelected()
{
    const ActDefinition &act = *ActCatalog::find(QStringLiteral("setReviewStatus"));
    const QStringList ids = m_shell->selectedIds(ConsoleShell::CloudPcsTab);
    if (ids.isEmpty())
        return;
    QVector<CloudPc> targets;
    QStringList skipped;
    if (!applicableTargets(act, ids, &targets, &skipped))
        return;
    auto *dialog = new ReviewStatusDialog(targets, skipped, m_window);
    QPointer<ReviewStatusDialog> guard(dialog);
    if (targets.size() == 1) {
        // The current status, read while the admin looks at the dialog.
        GraphCall *call = m_client->send(GraphRequests::retrieveReviewStatus(targets.first().id));
        connect(call, &GraphCall::finished, dialog, [call, guard] {
            GraphError error;
            const QJsonObject object = call->jsonObject(&error);
            if (!guard)
                return;
            if (call->ok() && !error.isError())
                guard->showCurrentStatus(CloudPcReviewStatus::fromJson(object));
            else
                guard->showStatusUnavailable(error.isError() ? error.summary() : call->error().summary());
        });
    }
    QStringList targetIds;
    for (const CloudPc &pc : std::as_const(targets))
        targetIds << pc.id;
    checkSupportedActions(act, targetIds, dialog, [guard](const QString &id, const QString &reason) {
        if (guard)
            guard->leaveOut(id, reason);
    });
    openActDialog(dialog, [this, dialog] {
        QList<ActSubject> subjects;
        Refresh refresh;
        const QStringList cloudPcIds = dialog->cloudPcIds();
        for (const QString &id : cloudPcIds) {
            const int row = m_lists->cloudPcModel()->rowOfId(id);
            subjects.append(
                {id, row >= 0 ? CloudPcModel::displayNameOf(m_lists->cloudPcModel()->at(row)) : id});
            refresh.cloudPcIds << id;
        }
        return Submission{ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("setReviewStatus")),
                                                    subjects, dialog->values()),
                          refresh};
    });
}

void ActionController::openActDialog(QDialog *dialog, std::function<Submission()> act)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, act = std::move(act), submitted = false]() mutable {
        // A second accept (a double press of OK) must not send the act again.
        if (submitted)
            return;
        submitted = true;
        const Submission submission = act();
        submit(submission.operation, submission.refresh);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

QStringList ActionController::failedCloudPcsOfPolicy(const QString &policyId) const
{
    QStringList ids;
    for (const CloudPc &pc : m_lists->cloudPcModel()->cloudPcs()) {
        if (pc.provisioningPolicyId == policyId && pc.status == CloudPcStatus::Failed)
            ids << pc.id;
    }
    return ids;
}

void ActionController::retrySelectedPolicies()
{
    const QStringList ids = m_shell->selectedIds(ConsoleShell::PoliciesTab);
    if (ids.isEmpty())
        return;
    const bool counted = m_lists->cloudPcLoader()->hasLoaded();
    QStringList lines;
    QStringList failedIds;
    QVector<QPair<QString, QString>> policies; // id, name
    for (const QString &id : ids) {
        const ProvisioningPolicy &policy = m_lists->policyModel()->at(m_lists->policyModel()->rowOfId(id));
        const QStringList failed = failedCloudPcsOfPolicy(id);
        failedIds += failed;
        policies.append({id, policy.displayName});
        lines << (counted
                      ? tr("%1 — %Ln failed Cloud PC(s)", nullptr, int(failed.size())).arg(policy.displayName)
                      : policy.displayName);
    }
    QString text;
    if (!counted) {
        text = tr(
            "Provision the failed Cloud PCs of %Ln policy(ies) again? The Cloud PCs are not loaded yet, so "
            "how many failed is not known.",
            nullptr, int(ids.size()));
    } else if (failedIds.isEmpty()) {
        text = tr("None of the Cloud PCs of %Ln policy(ies) has failed in the list loaded; Graph will have "
                  "nothing to retry unless some failed since. Send the retry anyway?",
                  nullptr, int(ids.size()));
    } else {
        text = tr("Provision %Ln failed Cloud PC(s) again? Cloud PCs that did not fail are not touched.",
                  nullptr, int(failedIds.size()));
    }
    auto *dialog =
        new ConfirmActionDialog(tr("Retry provisioning policy"), text, lines, tr("&Retry"), m_window);
    openActDialog(dialog, [policies, failedIds] {
        QList<ActSubject> subjects;
        for (const auto &[id, name] : policies)
            subjects.append({id, name});
        Operation *operation =
            ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("retryPolicy")), subjects, {});
        Refresh refresh;
        refresh.cloudPcIds = failedIds;
        return Submission{operation, refresh};
    });
}

void ActionController::retrySelectedBulkAction()
{
    const QStringList ids = m_shell->selectedIds(ConsoleShell::BulkActionsTab);
    if (ids.size() != 1)
        return;
    const BulkAction action =
        m_lists->bulkActionModel()->at(m_lists->bulkActionModel()->rowOfId(ids.first()));
    auto *dialog = new BulkActionRetryDialog(action, m_lists->cloudPcModel()->cloudPcs(), m_window);
    openActDialog(dialog, [this, dialog, action] {
        const std::optional<QStringList> subset = dialog->cloudPcIds();
        QStringList affected;
        if (subset) {
            affected = *subset;
        } else {
            const CloudPcModel *model = m_lists->cloudPcModel();
            for (const QString &id : action.cloudPcIds) {
                const int row = model->rowOfId(id);
                if (row >= 0 && model->at(row).status == CloudPcStatus::Failed)
                    affected << id;
            }
        }
        QVariantMap values;
        if (subset)
            values.insert(QStringLiteral("cloudpc"), *subset);
        Operation *operation = ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("retryBulkAction")),
                                                         {{action.id, action.displayName}}, values);
        Refresh refresh;
        refresh.cloudPcIds = affected;
        refresh.bulkActions = true;
        return Submission{operation, refresh};
    });
}

void ActionController::retrySelectedUsers()
{
    const QStringList ids = m_shell->selectedIds(ConsoleShell::ErrorUsersTab);
    if (ids.isEmpty())
        return;
    QVector<QPair<QString, QString>> users; // id, name
    QStringList lines;
    for (const QString &id : ids) {
        const ProvisioningErrorUser &user =
            m_lists->errorUserModel()->at(m_lists->errorUserModel()->rowOfId(id));
        const QString name = user.displayName.isEmpty() ? user.userPrincipalName : user.displayName;
        users.append({id, name});
        QStringList instances;
        const QList<ServiceProvisioningError> errors = user.unresolvedErrors();
        for (const ServiceProvisioningError &error : errors) {
            if (!error.serviceInstance.isEmpty() && !instances.contains(error.serviceInstance))
                instances << error.serviceInstance;
        }
        const QString who = user.userPrincipalName.isEmpty()
                                ? name
                                : QStringLiteral("%1 <%2>").arg(name, user.userPrincipalName);
        lines << (instances.isEmpty() ? who : tr("%1: %2").arg(who, instances.join(QStringLiteral(", "))));
    }
    auto *dialog = new ConfirmActionDialog(
        tr("Retry service provisioning"),
        tr("Retry the Microsoft 365 service provisioning of %Ln user(s)? Their user object is provisioned "
           "again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from "
           "this list once it succeeds.",
           nullptr, int(users.size())) +
            QLatin1Char(' ') + ProvisioningErrorUserPage::aboutText(),
        lines, tr("&Retry"), m_window);
    openActDialog(dialog, [users] {
        QList<ActSubject> subjects;
        for (const auto &[id, name] : users)
            subjects.append({id, name});
        Operation *operation = ActCatalog::makeOperation(
            *ActCatalog::find(QStringLiteral("retryUserProvisioning")), subjects, {});
        Refresh refresh;
        refresh.errorUsers = true;
        return Submission{operation, refresh};
    });
}

void ActionController::resizeSelected()
{
    const QStringList ids = m_shell->selectedIds(ConsoleShell::CloudPcsTab);
    if (ids.isEmpty())
        return;
    QVector<CloudPc> targets;
    for (const QString &id : ids)
        targets.append(m_lists->cloudPcModel()->at(m_lists->cloudPcModel()->rowOfId(id)));
    auto *dialog = new ResizeDialog(targets, m_client, m_window);
    openActDialog(dialog, [dialog] {
        QList<ActSubject> subjects;
        Refresh refresh;
        for (const CloudPc &pc : dialog->included()) {
            subjects.append({pc.id, CloudPcModel::displayNameOf(pc)});
            refresh.cloudPcIds << pc.id;
        }
        Operation *operation =
            ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("resize")), subjects,
                                      {{QStringLiteral("plan"), dialog->selectedPlanId()}});
        return Submission{operation, refresh};
    });
}

void ActionController::showAuditLog()
{
    auto *dialog = new AuditLogDialog(m_auditLog, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
}

void ActionController::onOperationFinished(Operation *operation)
{
    const Tracked tracked = m_tracked.value(operation);
    const bool problem = operation->count(Operation::ItemState::Failed) > 0 ||
                         operation->count(Operation::ItemState::OutcomeUnknown) > 0;
    const QString text = tr("%1: %2").arg(operation->title(), operation->summary());
    m_shell->showStatusMessage(text, 15000);
    if (QDateTime::currentMSecsSinceEpoch() - tracked.startedMs >= LongOperationMs ||
        !m_window->isActiveWindow())
        notify(operation->title(), operation->summary(), problem);

    const Refresh &refresh = tracked.refresh;
    if (refresh.bulkActions)
        m_lists->bulkActionLoader()->reload();
    if (refresh.errorUsers)
        m_lists->errorUserLoader()->reload();
    refreshCloudPcs(operation, refresh.cloudPcIds);
}

void ActionController::refreshCloudPcs(Operation *operation, const QStringList &ids)
{
    QPointer<Operation> guard(operation);
    if (ids.isEmpty()) {
        Q_EMIT affectedRowsRefreshed(operation);
        return;
    }
    if (ids.size() > MaxSingleRefreshes) {
        CloudPcLoader *loader = m_lists->cloudPcLoader();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(loader, &ListLoader::loadingChanged, this, [this, guard, connection](bool loading) {
                if (loading)
                    return;
                disconnect(*connection);
                if (guard)
                    Q_EMIT affectedRowsRefreshed(guard);
            });
        loader->reload();
        return;
    }
    auto remaining = std::make_shared<int>(int(ids.size()));
    for (const QString &id : ids) {
        GraphCall *call = m_client->send(GraphRequests::getCloudPc(id));
        connect(call, &GraphCall::finished, this, [this, call, guard, remaining] {
            GraphError error;
            const QJsonObject object = call->jsonObject(&error);
            if (call->ok() && !error.isError()) {
                if (std::optional<CloudPc> pc = CloudPc::fromJson(object))
                    m_lists->cloudPcModel()->append({*pc});
            }
            if (--*remaining == 0 && guard)
                Q_EMIT affectedRowsRefreshed(guard);
        });
    }
}

void ActionController::notify(const QString &title, const QString &text, bool problem)
{
    QApplication::alert(m_window);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(tr("Cloud PC Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
            m_window->showNormal();
            m_window->activateWindow();
            m_dock->show();
        });
    }
    m_tray->show();
    m_tray->showMessage(title, text, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void ActionController::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("actionErrorBox"));
    box->open();
}

int ActionController::reportInterruptedActs()
{
    const QList<AuditRecord> interrupted = m_auditLog->recoverInterrupted();
    if (interrupted.isEmpty())
        return 0;
    QStringList lines;
    for (const AuditRecord &record : interrupted) {
        lines << tr("%1 · %2 on %3")
                     .arg(QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat),
                          record.operation, record.targets.join(QLatin1String(", ")));
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Acts with an unknown outcome"),
        tr("%Ln act(s) sent in an earlier session never heard back (the console was closed or stopped while "
           "they were under way). Graph may or may not have carried them out: check the status of these "
           "items "
           "before acting on them again.",
           nullptr, int(interrupted.size())),
        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("interruptedActsBox"));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    QPushButton *showLog = box->addButton(tr("Show &audit log"), QMessageBox::ActionRole);
    connect(showLog, &QPushButton::clicked, this, &ActionController::showAuditLog);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_shell->showStatusMessage(
        tr("%Ln act(s) of an earlier session have an unknown outcome", nullptr, int(interrupted.size())), 0);
    return int(interrupted.size());
}

bool ActionController::confirmLeave(Leave leave, std::function<void()> proceed)
{
    if (!m_runner->hasWorkInFlight())
        return true;
    if (m_leaveQuestion) {
        // Asked already (a second Ctrl+Q, say): the open question stands.
        m_leaveQuestion->raise();
        m_leaveQuestion->activateWindow();
        return false;
    }
    int queued = 0;
    int sent = 0;
    for (const Operation *operation : m_runner->operations()) {
        queued += operation->count(Operation::ItemState::Queued);
        sent += operation->count(Operation::ItemState::Sent);
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Acts under way"), QString(), QMessageBox::NoButton,
                                m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = nullptr;
    QPushButton *keep = nullptr;
    if (leave == Leave::Close) {
        box->setObjectName(QStringLiteral("closeWithWorkBox"));
        box->setText(tr("%Ln request(s) are waiting for Graph's answer and %1.", nullptr, sent)
                         .arg(tr("%Ln are not sent yet", nullptr, queued)));
        box->setInformativeText(tr("If you close now, what is not sent is cancelled, and what was sent is "
                                   "recorded as outcome unknown, to check on the next start."));
        go = box->addButton(tr("Close &anyway"), QMessageBox::DestructiveRole);
        keep = box->addButton(tr("&Keep open"), QMessageBox::RejectRole);
    } else {
        box->setObjectName(QStringLiteral("accountChangeWithWorkBox"));
        box->setText(tr("%Ln request(s) of your acts are not sent yet.", nullptr, queued));
        box->setInformativeText(
            tr("If you change the account now, they are cancelled, so that nothing goes out "
               "under another account; what was already sent keeps its outcome in the "
               "operations panel."));
        go = box->addButton(tr("Cancel them and &continue"), QMessageBox::DestructiveRole);
        keep = box->addButton(tr("&Stay signed in"), QMessageBox::RejectRole);
    }
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, go, proceed = std::move(proceed)] {
        m_leaveQuestion = nullptr;
        if (box->clickedButton() != go)
            return;
        for (Operation *operation : m_runner->operations())
            m_runner->cancel(operation);
        proceed();
    });
    m_leaveQuestion = box;
    box->open();
    return false;
}

void ActionController::runHealthChecks(const QList<QPair<QString, QString>> &connections)
{
    const ActDefinition *act = ActCatalog::find(QStringLiteral("runHealthChecks"));
    if (!act || connections.isEmpty())
        return;
    QStringList lines;
    QList<ActSubject> subjects;
    for (const auto &[id, name] : connections) {
        lines << name;
        subjects.append({id, name});
    }
    auto *dialog = new ConfirmActionDialog(
        act->title(int(connections.size()), connections.first().second, {}),
        act->question(int(connections.size()), {}), lines, ActCatalog::tr(act->menuText), m_window);
    openActDialog(dialog, [act, subjects] {
        return Submission{ActCatalog::makeOperation(*act, subjects, {}), Refresh{}};
    });
}

void ActionController::onFollowFinished(Operation *operation)
{
    const bool problem = operation->count(Operation::FollowState::Failed) > 0 ||
                         operation->count(Operation::FollowState::StillRunning) > 0;
    const QString text = tr("Followed to its end: %1").arg(operation->summary());
    const QString message = tr("%1: %2").arg(operation->title(), text);
    m_shell->showStatusMessage(message, 15000);
    notify(operation->title(), text, problem);
    // Its Cloud PCs read again: one by one when they are few (no list reload, no "Loaded" message), else the
    // whole list. Either way the end stays what the status bar says: posted again once they are read (after
    // the list's own message, which its loader's signal posts first).
    QPointer<Operation> guard(operation);
    auto again = [this, guard, message] {
        QTimer::singleShot(0, this, [this, guard, message] {
            if (guard)
                m_shell->showStatusMessage(message, 15000);
        });
    };
    const ActDefinition *act = ActCatalog::find(operation->kind());
    QStringList ids;
    if (act && act->follow == ActFollow::RemoteActionResult) { // one item per Cloud PC
        for (const Operation::Item &item : operation->items()) {
            if (item.state == Operation::ItemState::Accepted)
                ids << item.targetId;
        }
    }
    if (!ids.isEmpty() && ids.size() <= MaxSingleRefreshes) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &ActionController::affectedRowsRefreshed, this,
                              [this, operation, connection, again](Operation *refreshed) {
                                  if (refreshed != operation)
                                      return;
                                  disconnect(*connection);
                                  again();
                              });
        refreshCloudPcs(operation, ids);
        return;
    }
    CloudPcLoader *loader = m_lists->cloudPcLoader();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(loader, &ListLoader::loadingChanged, this, [connection, again](bool loading) {
        if (loading)
            return;
        QObject::disconnect(*connection);
        again();
    });
    loader->reload();
}

void ActionController::attachFollower(ActFollower *follower)
{
    follower->watch(m_runner);
    connect(follower, &ActFollower::resumed, this, [this](Operation *operation) {
        m_panel->addOperation(operation);
        connect(operation, &Operation::followFinished, this,
                [this, operation] { onFollowFinished(operation); });
        m_dock->show();
        if (!m_panel->currentOperation())
            m_panel->selectOperation(operation);
        m_shell->showStatusMessage(tr("%1: followed again from the last session").arg(operation->title()),
                                   10000);
    });
}

void ActionController::retryFailedActs(Operation *operation)
{
    // Acts followed per Cloud PC: one item per Cloud PC, sent again for those alone. (A bulk action whose
    // devices failed is retried from the Bulk actions tab, which sends it for its failed devices.)
    const ActDefinition *act = operation ? ActCatalog::find(operation->kind()) : nullptr;
    if (!act || act->follow != ActFollow::RemoteActionResult)
        return;
    const QList<int> failed = operation->failedAfterAcceptance();
    if (failed.isEmpty())
        return;
    // The same requests as the first time (the same options). An item taken up from the last session carries
    // the request rebuilt from its audit record (ActFollower::resume); should one have none, only an act
    // without options can be made again without them.
    QList<int> indexes;
    QList<ActItem> items;
    QStringList lines;
    QStringList leftOut;
    for (int index : failed) {
        const Operation::Item &item = operation->item(index);
        GraphRequest request = item.request;
        if (request.path.isEmpty() && act->options.isEmpty() && act->items) {
            const QList<ActItem> made = act->items({{item.targetId, item.label}}, {});
            if (made.size() == 1)
                request = made.first().request;
        }
        const QString name = item.label.isEmpty() ? item.targetId : item.label;
        if (request.path.isEmpty()) {
            leftOut << name;
            continue;
        }
        indexes << index;
        items.append({item.targetId, item.label, request});
        lines << QStringLiteral("%1 — %2").arg(name, item.followReason);
    }
    const QString actName = ActCatalog::displayName(act->kind);
    const QString title = tr("Retry: %1").arg(actName);
    if (items.isEmpty()) {
        showError(title,
                  tr("%1 was sent in an earlier session with options that are not known now; do it again "
                     "from the Cloud PCs tab for: %2")
                      .arg(actName, leftOut.join(QStringLiteral(", "))));
        return;
    }
    const int count = int(items.size());
    QString text = tr("Graph accepted %1 for %Ln Cloud PC(s) and then said it failed. Send it again to them, "
                      "as a new operation with the same options?",
                      nullptr, count)
                       .arg(actName);
    if (act->destructive)
        text += QLatin1Char(' ') + tr("Like the first time, what is on them is lost.");
    if (!leftOut.isEmpty())
        text += QLatin1Char(' ') + tr("Left out (sent in an earlier session with options that are not known "
                                      "now): %1")
                                       .arg(leftOut.join(QStringLiteral(", ")));
    auto *dialog = new ConfirmActionDialog(title, text, lines, tr("Send &again"), m_window);
    dialog->setObjectName(QStringLiteral("retryFailedActsDialog"));
    // A destructive act on several Cloud PCs: their number typed, as its own dialog asks.
    if (act->destructive && count > 1) {
        auto *edit = new QLineEdit(dialog);
        edit->setObjectName(QStringLiteral("confirmCount"));
        edit->setAccessibleName(tr("Type the number of Cloud PCs to confirm"));
        dialog->addField(tr("To confirm, type the number of Cloud PCs (%1):").arg(count), edit);
        QPushButton *button = dialog->actionButton();
        auto update = [edit, button, count] {
            button->setEnabled(edit->text().trimmed() == QString::number(count));
        };
        connect(edit, &QLineEdit::textChanged, dialog, update);
        update();
    }
    QPointer<Operation> original(operation);
    const bool allAgain = count == operation->itemCount() && !operation->item(0).request.path.isEmpty();
    const QString baseTitle =
        allAgain ? operation->title() : act->title(count, items.first().label, QVariantMap());
    const QString kind = act->kind;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, original, indexes, items, kind, baseTitle, submitted = false]() mutable {
                // A second accept (a double press) must not send the act again.
                if (submitted)
                    return;
                submitted = true;
                auto *retry = new Operation(kind, tr("%1 (sent again after it failed)").arg(baseTitle));
                Refresh refresh;
                for (const ActItem &item : items) {
                    retry->addItem(item.targetId, item.label, item.request);
                    refresh.cloudPcIds << item.targetId;
                }
                // Offered once: what was sent again is not offered again from here (the new operation
                // offers what fails in it).
                if (submit(retry, refresh) && original)
                    original->markRetried(indexes, retry->id());
            });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}
