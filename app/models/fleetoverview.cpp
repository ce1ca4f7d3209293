#include "fleetoverview.h"

#include "bulkactionmodel.h"
#include "cloudpcmodel.h"
#include "onpremisesconnectionmodel.h"
#include "provisioningerrorusermodel.h"
#include "provisioningpolicymodel.h"
#include "tenantlists.h"

#include <QMetaObject>
#include <algorithm>

namespace {
// Keys ordered by their count, the largest first (ties by key, so the order is stable).
QList<int> byCount(const QHash<int, int> &counts)
{
    QList<int> keys;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            keys << it.key();
    }
    std::sort(keys.begin(), keys.end(), [&counts](int a, int b) {
        const int ca = counts.value(a), cb = counts.value(b);
        return ca != cb ? ca > cb : a < b;
    });
    return keys;
}
} // namespace

FleetOverview::FleetOverview(QObject *parent)
    : QObject(parent)
{}

FleetOverview::~FleetOverview() = default;

void FleetOverview::setLists(TenantLists *lists)
{
    if (!lists) {
        setModels(nullptr, nullptr, nullptr, nullptr, nullptr);
        return;
    }
    setModels(lists->cloudPcModel(), lists->policyModel(), lists->bulkActionModel(), lists->errorUserModel(),
              lists->connectionModel());
}

void FleetOverview::setModels(CloudPcModel *cloudPcs, ProvisioningPolicyModel *policies,
                              BulkActionModel *bulkActions, ProvisioningErrorUserModel *errorUsers,
                              OnPremisesConnectionModel *connections)
{
    for (const QMetaObject::Connection &link : std::as_const(m_links))
        disconnect(link);
    m_links.clear();
    m_cloudPcs = cloudPcs;
    m_policies = policies;
    m_bulkActions = bulkActions;
    m_errorUsers = errorUsers;
    m_connections = connections;
    if (cloudPcs) {
        m_links << connect(cloudPcs, &QAbstractItemModel::rowsInserted, this,
                           [this](const QModelIndex &parent, int first, int last) {
                               if (!parent.isValid())
                                   onRowsInserted(first, last);
                           });
        m_links << connect(cloudPcs, &QAbstractItemModel::dataChanged, this,
                           [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                               onDataChanged(topLeft.row(), bottomRight.row());
                           });
        m_links << connect(cloudPcs, &QAbstractItemModel::modelReset, this, &FleetOverview::recount);
        m_links << connect(cloudPcs, &QAbstractItemModel::rowsRemoved, this, &FleetOverview::recount);
        m_links << connect(cloudPcs, &QAbstractItemModel::rowsMoved, this, &FleetOverview::recount);
        m_links << connect(cloudPcs, &QAbstractItemModel::layoutChanged, this, &FleetOverview::recount);
    }
    // The small lists are read when the results are asked for: a change only needs telling.
    const QList<QAbstractItemModel *> small{policies, bulkActions, errorUsers, connections};
    for (QAbstractItemModel *model : small) {
        if (!model)
            continue;
        m_links << connect(model, &QAbstractItemModel::rowsInserted, this, &FleetOverview::scheduleChanged);
        m_links << connect(model, &QAbstractItemModel::rowsRemoved, this, &FleetOverview::scheduleChanged);
        m_links << connect(model, &QAbstractItemModel::dataChanged, this, &FleetOverview::scheduleChanged);
        m_links << connect(model, &QAbstractItemModel::modelReset, this, &FleetOverview::scheduleChanged);
    }
    recount();
}

int FleetOverview::intern(QHash<QString, int> &keys, QStringList &values, const QString &value)
{
    const auto it = keys.constFind(value);
    if (it != keys.cend())
        return *it;
    const int key = int(values.size());
    keys.insert(value, key);
    values << value;
    return key;
}

FleetOverview::Row FleetOverview::rowOf(const CloudPc &pc)
{
    Row row;
    // The wire text keeps unknown values apart ("movingRegion" is not "somethingNewer").
    const QString statusText = pc.statusText.isEmpty() ? CloudPcStatuses::toString(pc.status) : pc.statusText;
    row.status = intern(m_statusKeys, m_statusTexts, statusText);
    if (row.status >= int(m_statusCounts.size()))
        m_statusCounts.resize(size_t(row.status) + 1, 0);
    row.policy = intern(m_policyKeys, m_policyIds, pc.provisioningPolicyId);
    if (row.policy >= int(m_policyCounts.size())) {
        m_policyCounts.resize(size_t(row.policy) + 1);
        m_policyNamesSeen << pc.provisioningPolicyName;
    }
    if (!pc.onPremisesConnectionName.isEmpty()) {
        row.connection = intern(m_connectionKeys, m_connectionNames, pc.onPremisesConnectionName);
        if (row.connection >= int(m_connectionCounts.size()))
            m_connectionCounts.resize(size_t(row.connection) + 1);
    }
    row.failed = pc.status == CloudPcStatus::Failed;
    row.warnings = pc.status == CloudPcStatus::ProvisionedWithWarnings;
    if (row.failed || row.warnings) {
        row.code = intern(m_codeKeys, m_codes, pc.statusDetail.code);
        if (row.code >= int(m_groups.size()))
            m_groups.resize(size_t(row.code) + 1);
        Group &group = m_groups[size_t(row.code)];
        if (group.message.isEmpty())
            group.message = pc.statusDetail.message;
    }
    return row;
}

void FleetOverview::apply(const Row &row, int sign)
{
    m_statusCounts[size_t(row.status)] += sign;
    PolicyCounts &policy = m_policyCounts[size_t(row.policy)];
    const QString &statusText = m_statusTexts[row.status];
    if (row.failed)
        policy.failed += sign;
    else if (statusText == QLatin1String("provisioned") || row.warnings)
        policy.provisioned += sign;
    else
        policy.other += sign;
    if (row.connection >= 0) {
        ConnectionCounts &connection = m_connectionCounts[size_t(row.connection)];
        connection.total += sign;
        if (row.failed)
            connection.failed += sign;
    }
    if (row.code >= 0) {
        Group &group = m_groups[size_t(row.code)];
        group.count += sign;
        group.failed += row.failed ? sign : 0;
        group.withWarnings += row.warnings ? sign : 0;
        group.policies[row.policy] += sign;
        if (row.failed)
            group.failedByPolicy[row.policy] += sign;
        if (row.connection >= 0)
            group.connections[row.connection] += sign;
    }
}

void FleetOverview::onRowsInserted(int first, int last)
{
    if (!m_cloudPcs)
        return;
    // KeyedTableModel only appends; rows anywhere else are counted again from scratch.
    if (first != int(m_rows.size())) {
        recount();
        return;
    }
    if (first == 0)
        m_rows.reserve(size_t(last) + 1); // a recount: all at once; pages grow the vector geometrically
    for (int i = first; i <= last; ++i) {
        const Row row = rowOf(m_cloudPcs->at(i));
        apply(row, +1);
        m_rows.push_back(row);
    }
    scheduleChanged();
}

void FleetOverview::onDataChanged(int first, int last)
{
    if (!m_cloudPcs || last >= int(m_rows.size())) {
        recount();
        return;
    }
    for (int i = first; i <= last; ++i) {
        apply(m_rows[size_t(i)], -1);
        m_rows[size_t(i)] = rowOf(m_cloudPcs->at(i));
        apply(m_rows[size_t(i)], +1);
    }
    scheduleChanged();
}

void FleetOverview::recount()
{
    m_rows.clear();
    m_statusKeys.clear();
    m_statusTexts.clear();
    m_statusCounts.clear();
    m_policyKeys.clear();
    m_policyIds.clear();
    m_policyNamesSeen.clear();
    m_policyCounts.clear();
    m_codeKeys.clear();
    m_codes.clear();
    m_groups.clear();
    m_connectionKeys.clear();
    m_connectionNames.clear();
    m_connectionCounts.clear();
    if (m_cloudPcs && m_cloudPcs->rowCount() > 0)
        onRowsInserted(0, m_cloudPcs->rowCount() - 1);
    scheduleChanged();
}

void FleetOverview::scheduleChanged()
{
    if (m_changePending)
        return;
    m_changePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_changePending = false;
            Q_EMIT changed();
        },
        Qt::QueuedConnection);
}

int FleetOverview::failedCount() const
{
    int failed = 0;
    for (int key = 0; key < m_statusTexts.size(); ++key) {
        if (m_statusTexts[key] == QLatin1String("failed"))
            failed += m_statusCounts[size_t(key)];
    }
    return failed;
}

QList<FleetOverview::StatusCount> FleetOverview::statusCounts() const
{
    QList<StatusCount> counts;
    const int total = cloudPcCount();
    for (int key = 0; key < m_statusTexts.size(); ++key) {
        const int count = m_statusCounts[size_t(key)];
        if (count <= 0)
            continue;
        StatusCount entry;
        entry.statusText = m_statusTexts[key];
        entry.status = CloudPcStatuses::fromString(entry.statusText);
        entry.displayText = CloudPcStatuses::displayText(entry.status, entry.statusText);
        entry.count = count;
        entry.share = total > 0 ? double(count) / total : 0;
        counts << entry;
    }
    std::sort(counts.begin(), counts.end(), [](const StatusCount &a, const StatusCount &b) {
        return a.count != b.count ? a.count > b.count : a.statusText < b.statusText;
    });
    return counts;
}

QString FleetOverview::policyName(int key) const
{
    const QString &id = m_policyIds[key];
    if (m_policies) {
        const int row = m_policies->rowOfId(id);
        if (row >= 0 && !m_policies->at(row).displayName.isEmpty())
            return m_policies->at(row).displayName;
    }
    return m_policyNamesSeen.value(key).isEmpty() ? id : m_policyNamesSeen.value(key);
}

QList<FleetOverview::PolicyRow> FleetOverview::policyRows() const
{
    QList<PolicyRow> rows;
    QSet<QString> seen;
    for (int key = 0; key < m_policyIds.size(); ++key) {
        const PolicyCounts &counts = m_policyCounts[size_t(key)];
        if (counts.provisioned + counts.failed + counts.other <= 0)
            continue;
        PolicyRow row;
        row.policyId = m_policyIds[key];
        row.displayName = policyName(key);
        row.provisioned = counts.provisioned;
        row.failed = counts.failed;
        row.other = counts.other;
        seen.insert(row.policyId);
        rows << row;
    }
    // Policies without Cloud PCs still show (with nothing to count).
    if (m_policies) {
        for (int r = 0; r < m_policies->rowCount(); ++r) {
            const ProvisioningPolicy &policy = m_policies->at(r);
            if (seen.contains(policy.id))
                continue;
            PolicyRow row;
            row.policyId = policy.id;
            row.displayName = policy.displayName;
            rows << row;
        }
    }
    for (PolicyRow &row : rows) {
        if (!m_policies)
            break;
        const int r = m_policies->rowOfId(row.policyId);
        if (r >= 0)
            row.connectionIds = m_policies->at(r).onPremisesConnectionIds();
    }
    std::sort(rows.begin(), rows.end(), [](const PolicyRow &a, const PolicyRow &b) {
        if (a.failed != b.failed)
            return a.failed > b.failed;
        const int byName = a.displayName.localeAwareCompare(b.displayName);
        return byName != 0 ? byName < 0 : a.policyId < b.policyId;
    });
    return rows;
}

QStringList FleetOverview::cloudPcIdsOf(const QString &code) const
{
    return idsOf(code, false);
}

QStringList FleetOverview::failedCloudPcIdsOf(const QString &code) const
{
    return idsOf(code, true);
}

QStringList FleetOverview::idsOf(const QString &code, bool failedOnly) const
{
    QStringList ids;
    const int key = m_codeKeys.value(code, -1);
    if (key < 0 || !m_cloudPcs)
        return ids;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const Row &row = m_rows[size_t(i)];
        if (row.code == key && (row.failed || !failedOnly))
            ids << m_cloudPcs->at(i).id;
    }
    return ids;
}

QList<FleetOverview::FailureGroup> FleetOverview::failureGroups(bool withCloudPcIds) const
{
    QList<FailureGroup> groups;
    for (int key = 0; key < m_codes.size(); ++key) {
        const Group &group = m_groups[size_t(key)];
        if (group.count <= 0)
            continue;
        FailureGroup entry;
        entry.code = m_codes[key];
        entry.message = group.message;
        entry.count = group.count;
        entry.failed = group.failed;
        entry.withWarnings = group.withWarnings;
        for (int policy : byCount(group.policies)) {
            entry.policyIds << m_policyIds[policy];
            entry.policyNames << policyName(policy);
        }
        // The group's Cloud PCs on a connection whose checks failed or warn, and whether those have failed
        // checks to show.
        int onUnhealthy = 0;
        bool unhealthyHasFailedChecks = false;
        for (int connection : byCount(group.connections)) {
            const QString &name = m_connectionNames[connection];
            entry.connectionNames << name;
            const int row = m_connections ? m_connections->rowOfName(name) : -1;
            if (row < 0)
                continue;
            const OnPremisesConnection &known = m_connections->at(row);
            entry.connectionIds << known.id;
            if (known.healthCheckStatus == OnPremisesConnection::HealthStatus::Failed ||
                known.healthCheckStatus == OnPremisesConnection::HealthStatus::Warning) {
                onUnhealthy += group.connections.value(connection);
                unhealthyHasFailedChecks = unhealthyHasFailedChecks || !known.failedChecks().isEmpty();
            }
        }
        // The network is to blame when at least half of the group sits on an unhealthy connection.
        const bool connectionToBlame = onUnhealthy > 0 && onUnhealthy * 2 >= group.count;
        if (withCloudPcIds)
            entry.cloudPcIds = cloudPcIdsOf(entry.code);
        // What to do, most useful first: a broken network is fixed there before anything is retried.
        if (connectionToBlame && unhealthyHasFailedChecks)
            entry.acts << SuggestedAct::OpenFailedChecks;
        if (connectionToBlame)
            entry.acts << SuggestedAct::RunHealthChecks;
        int policiesWithFailures = 0;
        for (auto it = group.failedByPolicy.cbegin(); it != group.failedByPolicy.cend(); ++it)
            policiesWithFailures += it.value() > 0 ? 1 : 0;
        if (group.failed > 0 && policiesWithFailures == 1)
            entry.acts << SuggestedAct::RetryPolicy;
        if (group.failed > 0)
            entry.acts << SuggestedAct::Reprovision;
        groups << entry;
    }
    std::sort(groups.begin(), groups.end(), [](const FailureGroup &a, const FailureGroup &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    return groups;
}

QList<FleetOverview::ConnectionRow> FleetOverview::connectionRows() const
{
    QList<ConnectionRow> rows;
    if (!m_connections)
        return rows;
    for (int r = 0; r < m_connections->rowCount(); ++r) {
        const OnPremisesConnection &connection = m_connections->at(r);
        ConnectionRow row;
        row.id = connection.id;
        row.displayName = connection.displayName;
        row.health = connection.healthCheckStatus;
        row.healthText = connection.healthDisplayText();
        row.healthStatusText = connection.healthCheckStatusText;
        row.failedChecks = int(connection.failedChecks().size());
        const int key = m_connectionKeys.value(connection.displayName, -1);
        if (key >= 0) {
            row.cloudPcs = m_connectionCounts[size_t(key)].total;
            row.failedCloudPcs = m_connectionCounts[size_t(key)].failed;
        }
        if (m_policies) {
            for (int p = 0; p < m_policies->rowCount(); ++p) {
                const ProvisioningPolicy &policy = m_policies->at(p);
                if (policy.onPremisesConnectionIds().contains(connection.id)) {
                    row.policyIds << policy.id;
                    row.policyNames << policy.displayName;
                }
            }
        }
        rows << row;
    }
    auto rank = [](OnPremisesConnection::HealthStatus health) {
        switch (health) {
        case OnPremisesConnection::HealthStatus::Failed:
            return 0;
        case OnPremisesConnection::HealthStatus::Warning:
            return 1;
        case OnPremisesConnection::HealthStatus::Other:
            return 2;
        case OnPremisesConnection::HealthStatus::Running:
        case OnPremisesConnection::HealthStatus::Pending:
            return 3;
        case OnPremisesConnection::HealthStatus::Informational:
        case OnPremisesConnection::HealthStatus::Passed:
            break;
        }
        return 4;
    };
    std::stable_sort(rows.begin(), rows.end(), [&rank](const ConnectionRow &a, const ConnectionRow &b) {
        if (rank(a.health) != rank(b.health))
            return rank(a.health) < rank(b.health);
        if (a.failedCloudPcs != b.failedCloudPcs)
            return a.failedCloudPcs > b.failedCloudPcs;
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return rows;
}

int FleetOverview::errorUserCount() const
{
    return m_errorUsers ? m_errorUsers->rowCount() : 0;
}

int FleetOverview::failedBulkActionCount() const
{
    if (!m_bulkActions)
        return 0;
    int failed = 0;
    for (int r = 0; r < m_bulkActions->rowCount(); ++r) {
        if (m_bulkActions->at(r).status.compare(QLatin1String("failed"), Qt::CaseInsensitive) == 0)
            ++failed;
    }
    return failed;
}

QString FleetOverview::actText(SuggestedAct act)
{
    switch (act) {
    case SuggestedAct::OpenFailedChecks:
        return tr("Open the connection's failed checks");
    case SuggestedAct::RunHealthChecks:
        return tr("Run the connection's health checks");
    case SuggestedAct::RetryPolicy:
        return tr("Retry the policy");
    case SuggestedAct::Reprovision:
        return tr("Reprovision the failed Cloud PCs");
    }
    return {};
}

QString FleetOverview::actKind(SuggestedAct act)
{
    switch (act) {
    case SuggestedAct::OpenFailedChecks:
        break;
    case SuggestedAct::RunHealthChecks:
        return QStringLiteral("runHealthChecks");
    case SuggestedAct::RetryPolicy:
        return QStringLiteral("retryPolicy");
    case SuggestedAct::Reprovision:
        return QStringLiteral("reprovision");
    }
    return {};
}

QString FleetOverview::codeText(const QString &code)
{
    if (code.isEmpty())
        return tr("No reason given");
    // The codes the service is known to send, as translated names.
    struct Known
    {
        const char *code;
        const char *text;
    };
    static const Known kKnown[] = {
        {"intuneEnrollFailed", QT_TRANSLATE_NOOP("FleetOverview", "Intune enrollment failed")},
        {"azureADJoinFailed", QT_TRANSLATE_NOOP("FleetOverview", "Microsoft Entra join failed")},
        {"hybridAzureADJoinFailed", QT_TRANSLATE_NOOP("FleetOverview", "Microsoft Entra hybrid join failed")},
        {"domainJoinFailed", QT_TRANSLATE_NOOP("FleetOverview", "Domain join failed")},
        {"vNetConnectionFailed", QT_TRANSLATE_NOOP("FleetOverview", "Azure network connection failed")},
        {"imageNotFound", QT_TRANSLATE_NOOP("FleetOverview", "Image not found")},
        {"internalServerError", QT_TRANSLATE_NOOP("FleetOverview", "Internal service error")},
    };
    for (const Known &known : kKnown) {
        if (code == QLatin1String(known.code))
            return tr(known.text);
    }
    // Any other code as words (the code as sent is in the cause's tooltip): camelCase as words, the first
    // capitalised; known abbreviations kept.
    QString words;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        const bool boundary = i > 0 && c.isUpper() &&
                              (!code[i - 1].isUpper() || (i + 1 < code.size() && code[i + 1].isLower()));
        if (boundary)
            words += QLatin1Char(' ');
        words += c;
    }
    QStringList parts = words.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool acronym = parts[i].size() > 1 && parts[i].at(1).isUpper();
        if (i == 0)
            parts[i][0] = parts[i][0].toUpper();
        else if (!acronym)
            parts[i] = parts[i].toLower();
    }
    return parts.join(QLatin1Char(' '));
}
