#pragma once

#include "cloudpcstatus.h"
#include "fleetoverview.h"

#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class ActionController;
class Operation;
class BarChart;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;
class TenantLists;

// The Overview tab (issue 21): why Cloud PCs fail and the fix, on one screen. The fleet at a glance (Cloud
// PCs by status and per provisioning policy provisioned / failed / other, as bars painted here or as a
// table), the failures grouped by cause with the acts that fix them, the Azure network connections with
// their failed checks, and the users and bulk actions that failed. It shows what the numbers say and asks
// the window (signals) to open the Cloud PCs it names; acts go through the ActionController, on the Cloud
// PCs tab's selection, which the page sets first, so an act always acts on what the admin can see selected.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    using FailureGroup = FleetOverview::FailureGroup;

    explicit OverviewPage(TenantLists *lists, QWidget *parent = nullptr);

    FleetOverview *fleet() const { return m_fleet; }
    // Where the suggested acts go (set once the window has made it).
    void setActionController(ActionController *actions);

    BarChart *statusChart() const { return m_statusChart; }
    BarChart *policyChart() const { return m_policyChart; }
    QToolButton *tableToggle() const { return m_tableToggle; }
    QTableView *statusTable() const { return m_statusTable; }
    QTableView *policyTable() const { return m_policyTable; }
    QTableView *groupTable() const { return m_groupTable; }
    QTableView *connectionTable() const { return m_connectionTable; }
    QTableView *checkTable() const { return m_checkTable; }
    QPushButton *selectGroupButton() const { return m_selectGroup; }
    QPushButton *reprovisionGroupButton() const { return m_reprovisionGroup; }
    QPushButton *retryPolicyButton() const { return m_retryPolicy; }
    QPushButton *runChecksButton() const { return m_runChecks; }
    QLabel *runChecksStateLabel() const { return m_runChecksState; }
    QLabel *errorUsersLabel() const { return m_errorUsersLabel; }
    QLabel *failedBulkActionsLabel() const { return m_failedBulkLabel; }
    // The failure groups shown, in the order of the group table.
    const QList<FailureGroup> &failureGroups() const { return m_groups; }
    // The status a bar of the status chart stands for.
    CloudPcStatus statusOfBar(int index) const;
    // Shows the charts (false) or the same numbers as tables (true).
    void setShowTables(bool tables);

Q_SIGNALS:
    // Open the Cloud PCs tab showing the Cloud PCs of one status.
    void showCloudPcsWithStatusRequested(CloudPcStatus status);
    // Open the Cloud PCs tab showing one policy's Cloud PCs (only the failed ones when failedOnly).
    void showCloudPcsOfPolicyRequested(const QString &policyId, const QString &policyName, bool failedOnly);
    // Open the Cloud PCs tab with exactly these Cloud PCs selected (every one shown).
    void selectCloudPcsRequested(const QStringList &ids);
    // Open the provisioning policies tab with this policy selected.
    void selectPolicyRequested(const QString &policyId);
    // Open another tab (ConsoleShell::Tab).
    void openTabRequested(int tab);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Reads the numbers again (coalesced: at most every few hundred ms while pages arrive) and shows them.
    void scheduleUpdate();
    void updateNumbers();
    void fillCharts();
    void fillGroups();
    void fillCounts();
    void updateGroupButtons();
    void fillChecks();
    int currentGroup() const;
    QString currentConnectionId() const;
    // Runs the health checks of a connection (the catalog's runHealthChecks through the ActionController),
    // then reads the connections again until its checks are no longer running.
    void runHealthChecks(const QString &connectionId);
    void pollConnections();
    void onOperationSubmitted(Operation *operation);
    QGroupBox *section(QWidget *content, QGroupBox **box);

    TenantLists *m_lists;
    ActionController *m_actions = nullptr;
    QTimer m_updateTimer;

    FleetOverview *m_fleet;
    // The numbers shown (read from m_fleet when it changed).
    QList<FleetOverview::StatusCount> m_statuses;
    QList<FleetOverview::PolicyRow> m_policies;
    QList<FailureGroup> m_groups;
    QList<FleetOverview::ConnectionRow> m_connections;
    QStringList m_checking; // connections whose health checks were started here and still run
    QTimer m_pollTimer;
    QString m_pendingChecks; // asked for, waiting for the admin's confirmation

    QLabel *m_title;
    QToolButton *m_tableToggle;
    QGroupBox *m_statusBox = nullptr;
    QGroupBox *m_policyBox = nullptr;
    QGroupBox *m_groupBox = nullptr;
    QGroupBox *m_connectionBox = nullptr;
    QStackedWidget *m_statusStack;
    QStackedWidget *m_policyStack;
    BarChart *m_statusChart;
    BarChart *m_policyChart;
    QTableView *m_statusTable;
    QTableView *m_policyTable;
    QStandardItemModel *m_statusModel;
    QStandardItemModel *m_policyModel;
    QTableView *m_groupTable;
    QStandardItemModel *m_groupModel;
    QPushButton *m_selectGroup;
    QPushButton *m_retryPolicy;
    QPushButton *m_reprovisionGroup;
    QPushButton *m_runChecksGroup;
    QPushButton *m_showChecksGroup;
    QTableView *m_connectionTable;
    QStandardItemModel *m_connectionModel;
    QLabel *m_checksTitle;
    QTableView *m_checkTable;
    QStandardItemModel *m_checkModel;
    QPushButton *m_runChecks;
    QLabel *m_runChecksState;
    QLabel *m_errorUsersLabel;
    QLabel *m_failedBulkLabel;
};
