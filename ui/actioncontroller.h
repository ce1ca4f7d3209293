#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <functional>

class ActFollower;
class AuditLog;
struct ActDefinition;
struct CloudPc;
class ConsoleShell;
class GraphClient;
class Operation;
class OperationRunner;
class OperationsPanel;
class QAction;
class QDialog;
class QDockWidget;
class QMenu;
class QSystemTrayIcon;
class QToolBar;
class QToolButton;
class QWidget;
class TenantLists;

// The acts the console exists for, in the main window: the actions (menu, toolbar, context menus, shortcuts)
// and their enabled state per tab and selection, the dialogs that confirm them, their submission to the
// OperationRunner (which writes the audit log before and after each request), the operations panel, a
// notification when a long act ends, and the refresh of the rows an act touched. It reads the acts' targets
// from TenantLists and reaches the window only through ConsoleShell.
class ActionController : public QObject
{
    Q_OBJECT
public:
    // What is about to happen while acts may be under way.
    enum class Leave { Close, AccountChange };

    // auditLog: the log every act is written to (not owned). Acts go to Graph through the lists' client.
    ActionController(TenantLists *lists, ConsoleShell *shell, AuditLog *auditLog);
    ~ActionController() override;

    // The action of a catalog act, by its kind (ActCatalog).
    QAction *action(const QString &kind) const { return m_actions.value(kind); }
    QAction *reprovisionAction() const { return action(QStringLiteral("reprovision")); }
    QAction *createBulkActionAction() const { return action(QStringLiteral("createBulkAction")); }
    QAction *retryPolicyAction() const { return action(QStringLiteral("retryPolicy")); }
    QAction *retryBulkActionAction() const { return action(QStringLiteral("retryBulkAction")); }
    QAction *retryUserAction() const { return action(QStringLiteral("retryUserProvisioning")); }
    QAction *auditLogAction() const { return m_showAuditLog; }
    OperationRunner *runner() const { return m_runner; }
    AuditLog *auditLog() const { return m_auditLog; }
    OperationsPanel *operationsPanel() const { return m_panel; }
    QDockWidget *operationsDock() const { return m_dock; }

    // Who acts: written to the audit log with every act.
    void setIdentity(const QString &account, const QString &tenant);
    // Acts of an earlier run that were sent but never heard back (a crash, a kill): closes them in the log
    // as outcome unknown and tells the admin. Returns how many there were.
    int reportInterruptedActs();
    // The guard of both the window's close and a sign-out or account switch. True: nothing is in flight, go
    // on now (`proceed` is not called). False: the admin is asked (without waiting here), and `proceed` is
    // called if they choose to go on, after what is still queued was cancelled. On a close, what was sent is
    // recorded as outcome unknown by the next start; on an account change it keeps waiting for its answer.
    bool confirmLeave(Leave leave, std::function<void()> proceed);

    // Every text of the acts, menus, tool bar and dock in the current language (on QEvent::LanguageChange,
    // which the window passes on to this child of it).
    void retranslate();

    // Follows every act submitted here to its end with `follower` (not owned), and shows in the operations
    // panel the operations it takes up again from the last session's audit log (ActFollower::resumed), with
    // the same notification and status message at their end. ConsoleStartup wires its follower so.
    void attachFollower(ActFollower *follower);

protected:
    bool event(QEvent *event) override;

public Q_SLOTS:
    // The Cloud PCs of `ids` the act applies to, and why the others are left out; says so and returns false
    // when it applies to none.
    bool applicableTargets(const ActDefinition &act, const QStringList &ids, QVector<CloudPc> *targets,
                           QStringList *skipped);
    void reprovisionSelected();
    void createBulkActionFromSelection();
    void retrySelectedPolicies();
    void retrySelectedBulkAction();
    void retrySelectedUsers();
    void resizeSelected();
    // Restore the selected Cloud PC to a restore point it chooses in RestoreDialog
    // (actioncontrollersnapshots.cpp).
    void restoreSelected();
    // Place the selected Cloud PCs under review or end their review (ReviewStatusDialog).
    void reviewSelected();
    void showAuditLog();
    // Runs the health checks of Azure network connections (id, name) again, after the shared confirmation
    // (the catalog's runHealthChecks; the Overview offers it). Returns nothing: the operation is submitted
    // when the admin confirms (operationSubmitted).
    void runHealthChecks(const QList<QPair<QString, QString>> &connections);
    // The items of `operation` that Graph accepted and then said failed (Operation::failedAfterAcceptance),
    // sent again as a new operation of the same act with the same requests (so the same options), after the
    // confirmation the act needs (a destructive act on several Cloud PCs: their number typed); audited and
    // followed like any act. Items of an operation taken up from the last session whose request is not known
    // (an act with options) are left out and said so.
    void retryFailedActs(Operation *operation);

Q_SIGNALS:
    // A dialog of an act was opened (tests drive it from here).
    void dialogOpened(QDialog *dialog);
    // An act was handed to the runner.
    void operationSubmitted(Operation *operation);
    // The rows an act touched were read again from Graph.
    void affectedRowsRefreshed(Operation *operation);

private:
    struct Refresh
    {
        QStringList cloudPcIds; // read again one by one (or the whole list when there are many)
        bool bulkActions = false;
        bool errorUsers = false;
    };
    struct Submission
    {
        Operation *operation = nullptr;
        Refresh refresh;
    };
    // What is kept of a submitted act until it ends.
    struct Tracked
    {
        Refresh refresh;
        qint64 startedMs = 0; // when it was submitted (ms since the epoch)
    };
    // Opens an act's dialog (deleted on close); when it is accepted, `act` makes the operation, once
    // however often it is accepted, and it is submitted.
    void openActDialog(QDialog *dialog, std::function<Submission()> act);
    void createActions();
    void updateEnabled();
    // An act of the catalog on the selected Cloud PCs through the shared confirmation, with its options.
    void openCatalogAct(const QString &kind);
    static QString valueText(const QString &value);
    // For a few Cloud PCs (SupportedActionsCheck::kMaxCloudPcs), asks Graph whether it supports the act on
    // each now; `leaveOut` is called for each it says is disabled, with the reason to show. While the dialog
    // lives only; Graph not answering changes nothing.
    void checkSupportedActions(const ActDefinition &act, const QStringList &ids, QDialog *dialog,
                               std::function<void(const QString &id, const QString &reason)> leaveOut);
    // Why an act cannot be done to these targets now (empty: it can), for its disabled action's tooltip.
    QString unavailableReason(const ActDefinition &act, const QStringList &ids) const;
    bool submit(Operation *operation, const Refresh &refresh);
    void onOperationFinished(Operation *operation);
    // Every item has an end on the service: status message, notification, its Cloud PCs read again (the
    // message posted again once they are, so that the list's own "Loaded" does not hide it).
    void onFollowFinished(Operation *operation);
    void refreshCloudPcs(Operation *operation, const QStringList &ids);
    void notify(const QString &title, const QString &text, bool problem);
    void showError(const QString &title, const QString &text);
    QStringList failedCloudPcsOfPolicy(const QString &policyId) const;

    TenantLists *m_lists;
    ConsoleShell *m_shell;
    QWidget *m_window; // the shell's window: parent of the dialogs
    GraphClient *m_client;
    AuditLog *m_auditLog;
    OperationRunner *m_runner;
    OperationsPanel *m_panel;
    QDockWidget *m_dock;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_account;
    QString m_tenant;
    QHash<Operation *, Tracked> m_tracked;
    QHash<QString, QAction *> m_actions; // by catalog kind, in catalog order below
    QMenu *m_moreMenu = nullptr;         // the acts not on the tool bar
    QAction *m_moreAction = nullptr;     // its button on the tool bar
    QToolButton *m_moreButton = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStringList m_kinds;
    QPointer<QDialog> m_leaveQuestion; // the question of confirmLeave while it is open
    QAction *m_showAuditLog = nullptr;
};
