#pragma once

#include "cloudpcstatus.h"
#include "onpremisesconnection.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <vector>

class BulkActionModel;
struct CloudPc;
class CloudPcModel;
class OnPremisesConnectionModel;
class ProvisioningErrorUserModel;
class ProvisioningPolicyModel;
class TenantLists;

// Why Cloud PCs fail, on one screen, computed from the lists already loaded: Cloud PCs by status, the same
// per provisioning policy, the failed (and provisioned-with-warnings) Cloud PCs grouped by statusDetail.code
// with what to do about each group, the Azure network connections with the Cloud PCs and policies that use
// them, and how many users have service provisioning errors and how many bulk actions failed.
//
// Incremental: every Cloud PC row's contribution is kept (its status, policy, failure code and connection as
// small keys), so a page of rows only adds its own, and a changed row takes its old contribution back before
// adding the new one; a reset or removal counts again from scratch. The results are built when asked for
// (a few dozen entries). changed() is emitted once per event-loop turn, however many pages arrived.
class FleetOverview : public QObject
{
    Q_OBJECT
public:
    // What the admin can do about a failure group, most useful first. The connection's checks are suggested
    // when at least half of the group's Cloud PCs use a connection whose checks failed or warn; the policy
    // retry when the group's failed Cloud PCs all belong to one policy; reprovisioning when the group has
    // failed Cloud PCs (never for working ones provisioned with warnings).
    enum class SuggestedAct {
        OpenFailedChecks, // look at the failed checks of the group's network connection
        RunHealthChecks,  // run that connection's health checks again
        RetryPolicy,      // the failed Cloud PCs share one policy: retry it
        Reprovision,      // reprovision the group's failed Cloud PCs
    };
    struct StatusCount
    {
        CloudPcStatus status = CloudPcStatus::Unknown;
        QString statusText; // as sent (an unknown value stays itself)
        QString displayText;
        int count = 0;
        double share = 0; // of all Cloud PCs, 0..1
    };
    struct PolicyRow
    {
        QString policyId;
        QString displayName;
        int provisioned = 0; // provisioned or provisioned with warnings
        int failed = 0;
        int other = 0;
        int total() const { return provisioned + failed + other; }
        QStringList connectionIds; // the policy's domainJoinConfigurations (once the policies are loaded)
    };
    struct FailureGroup
    {
        QString code; // statusDetail.code; empty: the service gave none
        QString message;
        int count = 0;
        int failed = 0;
        int withWarnings = 0;
        QStringList policyIds;       // most Cloud PCs first
        QStringList policyNames;     // the same order
        QStringList connectionNames; // onPremisesConnectionName, most Cloud PCs first
        QStringList connectionIds;   // those of connectionNames that are loaded connections
        QStringList cloudPcIds;      // with failureGroups(true) only
        QList<SuggestedAct> acts;
    };
    struct ConnectionRow
    {
        QString id;
        QString displayName;
        OnPremisesConnection::HealthStatus health = OnPremisesConnection::HealthStatus::Other;
        QString healthText;       // as words
        QString healthStatusText; // as sent
        int failedChecks = 0;
        QStringList policyIds;
        QStringList policyNames;
        int cloudPcs = 0;
        int failedCloudPcs = 0;
    };

    explicit FleetOverview(QObject *parent = nullptr);
    ~FleetOverview() override;

    // Follows the lists of a TenantLists (all five).
    void setLists(TenantLists *lists);
    // Or the models one by one (nullptr: none); the Cloud PC model is the one counted row by row.
    void setModels(CloudPcModel *cloudPcs, ProvisioningPolicyModel *policies, BulkActionModel *bulkActions,
                   ProvisioningErrorUserModel *errorUsers, OnPremisesConnectionModel *connections);

    int cloudPcCount() const { return int(m_rows.size()); }
    int failedCount() const;
    // By status, the most frequent first (then by status text).
    QList<StatusCount> statusCounts() const;
    // Per policy, the most failures first (then by name); a policy id no loaded policy has is named as the
    // Cloud PCs name it.
    QList<PolicyRow> policyRows() const;
    // By statusDetail.code, the largest first. The Cloud PC ids of each group (a scan of every row) only
    // when asked for: a tab refreshing per page needs the counts, an act the ids (or cloudPcIdsOf).
    QList<FailureGroup> failureGroups(bool withCloudPcIds = false) const;
    // The failed and provisioned-with-warnings Cloud PCs whose statusDetail.code is this one.
    QStringList cloudPcIdsOf(const QString &code) const;
    // Only the failed ones of a group (what reprovisioning a cause acts on: a Cloud PC provisioned with
    // warnings works, and reprovisioning would wipe it).
    QStringList failedCloudPcIdsOf(const QString &code) const;
    // The loaded connections, the unhealthiest and most failed Cloud PCs first.
    QList<ConnectionRow> connectionRows() const;
    int errorUserCount() const;
    int failedBulkActionCount() const;

    // "Retry the policy", "Reprovision the failed Cloud PCs", … (translated, in the FleetOverview context).
    static QString actText(SuggestedAct act);
    // The catalog kind that does it ("retryPolicy", "reprovision", "runHealthChecks"); empty for
    // OpenFailedChecks (a view, not an act).
    static QString actKind(SuggestedAct act);
    // A statusDetail.code as words: "domainJoinFailed" -> "Domain join failed"; empty -> "No reason given".
    static QString codeText(const QString &code);

    // Counts every Cloud PC again (after a reset; also what the benchmark times).
    void recount();

Q_SIGNALS:
    // Something shown changed; once per event-loop turn at most.
    void changed();

private:
    // The Cloud PCs of a failure group's code, or only its failed ones.
    QStringList idsOf(const QString &code, bool failedOnly) const;

    struct Row
    {
        int status = -1;     // key into m_statusTexts
        int policy = -1;     // key into m_policyIds
        int code = -1;       // key into m_codes; -1: not in a failure group
        int connection = -1; // key into m_connectionNames; -1: none
        bool failed = false;
        bool warnings = false;
    };
    struct PolicyCounts
    {
        int provisioned = 0;
        int failed = 0;
        int other = 0;
    };
    struct Group
    {
        int count = 0;
        int failed = 0;
        int withWarnings = 0;
        QHash<int, int> policies;       // policy key -> Cloud PCs
        QHash<int, int> failedByPolicy; // policy key -> failed Cloud PCs
        QHash<int, int> connections;    // connection key -> Cloud PCs
        QString message;
    };
    struct ConnectionCounts
    {
        int total = 0;
        int failed = 0;
    };

    Row rowOf(const CloudPc &pc);
    void apply(const Row &row, int sign);
    void onRowsInserted(int first, int last);
    void onDataChanged(int first, int last);
    void scheduleChanged();
    static int intern(QHash<QString, int> &keys, QStringList &values, const QString &value);
    QString policyName(int key) const;

    QPointer<CloudPcModel> m_cloudPcs;
    QPointer<ProvisioningPolicyModel> m_policies;
    QPointer<BulkActionModel> m_bulkActions;
    QPointer<ProvisioningErrorUserModel> m_errorUsers;
    QPointer<OnPremisesConnectionModel> m_connections;
    QList<QMetaObject::Connection> m_links;

    std::vector<Row> m_rows;
    QHash<QString, int> m_statusKeys;
    QStringList m_statusTexts;
    std::vector<int> m_statusCounts;
    QHash<QString, int> m_policyKeys;
    QStringList m_policyIds;
    QStringList m_policyNamesSeen; // provisioningPolicyName as the Cloud PCs carry it
    std::vector<PolicyCounts> m_policyCounts;
    QHash<QString, int> m_codeKeys;
    QStringList m_codes;
    std::vector<Group> m_groups;
    QHash<QString, int> m_connectionKeys;
    QStringList m_connectionNames;
    std::vector<ConnectionCounts> m_connectionCounts;
    bool m_changePending = false;
};
