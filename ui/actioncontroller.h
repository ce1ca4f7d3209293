#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class AuditLog;
class GraphClient;
class MainWindow;
class Operation;
class OperationRunner;
class OperationsPanel;
class QAction;
class QDialog;
class QDockWidget;
class QSystemTrayIcon;

// The acts the console exists for, in the main window: the actions (menu, toolbar, context menus, shortcuts)
// and their enabled state per tab and selection, the dialogs that confirm them, their submission to the
// OperationRunner (which writes the audit log before and after each request), the operations panel, a
// notification when a long act ends, and the refresh of the rows an act touched.
class ActionController : public QObject
{
    Q_OBJECT
public:
    // auditLog: the log every act is written to (not owned).
    ActionController(MainWindow *window, GraphClient *client, AuditLog *auditLog);
    ~ActionController() override;

    QAction *reprovisionAction() const { return m_reprovision; }
    QAction *createBulkActionAction() const { return m_createBulkAction; }
    QAction *retryPolicyAction() const { return m_retryPolicy; }
    QAction *retryBulkActionAction() const { return m_retryBulkAction; }
    QAction *retryUserAction() const { return m_retryUser; }
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
    // Asked when the window closes: true when nothing is in flight or the admin chose to close anyway (what
    // is still queued is then cancelled; what was sent is recorded as outcome unknown by the next start).
    bool confirmClose();
    // Asked before a sign-out or an account switch: true when nothing is in flight or the admin chose to go
    // on (what is still queued is then cancelled; what was sent keeps waiting for its answer).
    bool confirmAccountChange();

public Q_SLOTS:
    void reprovisionSelected();
    void createBulkActionFromSelection();
    void retrySelectedPolicies();
    void retrySelectedBulkAction();
    void retrySelectedUsers();
    void showAuditLog();

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
    // Opens an act's dialog (deleted on close); when it is accepted, `act` makes the operation, once
    // however often it is accepted, and it is submitted.
    void openActDialog(QDialog *dialog, std::function<Submission()> act);
    void createActions();
    void updateEnabled();
    bool submit(Operation *operation, const Refresh &refresh);
    void onOperationFinished(Operation *operation);
    void refreshCloudPcs(Operation *operation, const QStringList &ids);
    void notify(const QString &title, const QString &text, bool problem);
    void showError(const QString &title, const QString &text);
    QStringList failedCloudPcsOfPolicy(const QString &policyId) const;

    MainWindow *m_window;
    GraphClient *m_client;
    AuditLog *m_auditLog;
    OperationRunner *m_runner;
    OperationsPanel *m_panel;
    QDockWidget *m_dock;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_account;
    QString m_tenant;
    QHash<Operation *, Refresh> m_refresh;
    QAction *m_reprovision = nullptr;
    QAction *m_createBulkAction = nullptr;
    QAction *m_retryPolicy = nullptr;
    QAction *m_retryBulkAction = nullptr;
    QAction *m_retryUser = nullptr;
    QAction *m_showAuditLog = nullptr;
};
