// DemoTenant: the Azure network connections of the demo tenant, and what ties them to its policies and Cloud
// PCs (GRAPH-NOTES "Why provisioning fails: network connections"). Derived from positions only, never
// drawn from the tenant's generator, so that everything else of a seed stays as it was.
//
// The story: "Contoso-HQ-ANC" (Microsoft Entra hybrid join) fails its checks (the Microsoft Entra device
// sync and the Active Directory domain join); the "Finance - Windows 11" policy provisions into it, so its
// failed Cloud PCs failed with domainJoinFailed / hybridAzureADJoinFailed. "Azure network (East US)" passes
// with a warning (the subnet runs out of addresses), and the Cloud PCs that failed with vNetConnectionFailed
// are its own, for want of an address; the others passed, and no network failure is on them. The shared
// "Contractors" policy uses a Microsoft-hosted network (no connection).
#include "demotenant.h"

#include <QUuid>
#include <array>

namespace {
QString connectionId(quint32 seed, int index)
{
    static const QUuid ns(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));
    return QUuid::createUuidV5(ns, QStringLiteral("%1/onPremisesConnection/%2").arg(seed).arg(index))
        .toString(QUuid::WithoutBraces);
}

struct ConnectionSpec
{
    const char *name; // as the Cloud PCs name it (onPremisesConnectionName)
    const char *type;
    const char *domain;
    const char *status;
};
const std::array<ConnectionSpec, 4> kConnections = {{
    {"Azure network (West Europe)", "azureADJoin", "", "passed"},
    {"Contoso-HQ-ANC", "hybridAzureADJoin", "corp.contoso.com", "failed"},
    {"Azure network (East US)", "azureADJoin", "", "warning"},
    {"Contoso-Branch-ANC", "hybridAzureADJoin", "branch.contoso.com", "passed"},
}};
// The connection of each policy of the demo tenant (by position; -1: Microsoft-hosted network).
const std::array<int, 6> kPolicyConnection = {1, 0, 3, 2, -1, 0};

const std::array<const char *, 8> kChecks = {"Azure AD device sync",
                                             "Active Directory domain join",
                                             "DNS resolution",
                                             "Endpoint connectivity",
                                             "Azure subnet IP address usage",
                                             "Azure tenant readiness",
                                             "Intune enrollment restriction allows Windows enrollment",
                                             "Resource availability"};
} // namespace

int DemoTenant::indexOfConnection(const QString &id) const
{
    for (int i = 0; i < m_connections.size(); ++i) {
        if (m_connections[i].id == id)
            return i;
    }
    return -1;
}

void DemoTenant::addNetworkConnections(quint32 seed)
{
    const QDateTime reference = referenceTime();
    for (int c = 0; c < int(kConnections.size()); ++c) {
        const ConnectionSpec &spec = kConnections[c];
        OnPremisesConnection connection;
        connection.id = connectionId(seed, c);
        connection.displayName = QLatin1String(spec.name);
        connection.connectionType = QLatin1String(spec.type);
        connection.adDomainName = QLatin1String(spec.domain);
        connection.subscriptionName = QStringLiteral("Contoso IT - Production");
        const QString group =
            QStringLiteral("/subscriptions/0ac520ee-14c0-480f-b6c9-0a90c58ffff0/resourceGroups/"
                           "rg-w365-%1")
                .arg(c);
        connection.resourceGroupId = group;
        connection.virtualNetworkId =
            group + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/vnet-w365-%1").arg(c);
        connection.subnetId = connection.virtualNetworkId + QStringLiteral("/subnets/cloudpcs");
        connection.healthCheckStatusText = QLatin1String(spec.status);
        connection.healthCheckStatus =
            OnPremisesConnection::healthFromString(connection.healthCheckStatusText);
        connection.checksStartDateTime = reference.addSecs(-qint64(c + 1) * 3 * 3600);
        connection.checksEndDateTime = connection.checksStartDateTime.addSecs(11 * 60);
        for (int k = 0; k < int(kChecks.size()); ++k) {
            // The domain join checks run for hybrid joined connections only.
            if (k < 2 && connection.connectionType != QLatin1String("hybridAzureADJoin"))
                continue;
            OnPremisesConnectionHealthCheck check;
            check.displayName = QLatin1String(kChecks[k]);
            check.status = QStringLiteral("passed");
            check.startDateTime = connection.checksStartDateTime.addSecs(k * 60);
            check.endDateTime = check.startDateTime.addSecs(50);
            if (c == 1 && k == 0) {
                check.status = QStringLiteral("failed");
                check.errorType = QStringLiteral("azureAdDeviceSyncCheckScpNotConfigured");
                check.recommendedAction = QStringLiteral(
                    "Configure the service connection point (SCP) for Microsoft Entra hybrid join in "
                    "corp.contoso.com, or make sure Microsoft Entra Connect syncs the organizational unit of "
                    "the Cloud PCs.");
                check.additionalDetail = QStringLiteral(
                    "The computer object of the test device was not synchronized to Microsoft Entra ID "
                    "within 60 minutes: no service connection point was found in the forest.");
            } else if (c == 1 && k == 1) {
                check.status = QStringLiteral("failed");
                check.errorType = QStringLiteral("adJoinCheckCredentialsExpired");
                check.recommendedAction = QStringLiteral(
                    "Update the password of the domain join account svc-w365join@corp.contoso.com in the "
                    "Azure network connection, then run the checks again.");
                check.additionalDetail = QStringLiteral(
                    "The domain join failed with error 1326: the user name or password is incorrect "
                    "(the password of the account expired).");
            } else if (c == 2 && k == 4) {
                check.status = QStringLiteral("warning");
                check.errorType = QStringLiteral("resourceAvailabilityCheckNoSubnetIP");
                check.recommendedAction = QStringLiteral(
                    "Add address space to the subnet or use a larger one: fewer than 20 addresses are left.");
                check.additionalDetail =
                    QStringLiteral("The subnet 10.20.4.0/26 has 14 of 59 addresses free.");
            }
            if (!check.errorType.isEmpty())
                check.correlationId = QUuid::createUuidV5(QUuid(connection.id), QString::number(k))
                                          .toString(QUuid::WithoutBraces);
            connection.healthChecks.append(check);
        }
        m_connections.append(connection);
    }

    for (int p = 0; p < m_policies.size(); ++p) {
        ProvisioningPolicy &policy = m_policies[p];
        const int c = p < int(kPolicyConnection.size()) ? kPolicyConnection[p] : -1;
        DomainJoinConfiguration join;
        if (c < 0) {
            join.domainJoinType = QStringLiteral("azureADJoin");
            join.regionName = QStringLiteral("automatic");
            join.regionGroup = QStringLiteral("europeUnion");
        } else {
            join.domainJoinType = m_connections[c].connectionType;
            join.onPremisesConnectionId = m_connections[c].id;
            m_connections[c].inUse = true;
        }
        policy.domainJoinConfigurations = {join};
    }

    QHash<QString, int> connectionOfPolicy;
    for (int p = 0; p < m_policies.size(); ++p)
        connectionOfPolicy.insert(m_policies[p].id,
                                  p < int(kPolicyConnection.size()) ? kPolicyConnection[p] : -1);
    int failedOnBrokenConnection = 0;
    for (CloudPc &pc : m_cloudPcs) {
        const int c = connectionOfPolicy.value(pc.provisioningPolicyId, -1);
        pc.onPremisesConnectionName = c < 0 ? QString() : m_connections[c].displayName;
        if (pc.status != CloudPcStatus::Failed)
            continue;
        if (c >= 0 && m_connections[c].healthCheckStatus == OnPremisesConnection::HealthStatus::Failed) {
            // What the broken connection does to provisioning: the domain join or the device sync fails.
            if (failedOnBrokenConnection++ % 3 != 2) {
                pc.statusDetail.code = QStringLiteral("domainJoinFailed");
                pc.statusDetail.message = QStringLiteral(
                    "The Cloud PC could not join the domain corp.contoso.com: the credentials of the domain "
                    "join account of the Azure network connection Contoso-HQ-ANC have expired.");
            } else {
                pc.statusDetail.code = QStringLiteral("hybridAzureADJoinFailed");
                pc.statusDetail.message = QStringLiteral(
                    "Microsoft Entra hybrid join did not complete: the device was not synchronized to "
                    "Microsoft Entra ID (no service connection point in corp.contoso.com).");
            }
        } else if (pc.statusDetail.code == QLatin1String("vNetConnectionFailed") && c >= 0 &&
                   m_connections[c].healthCheckStatus == OnPremisesConnection::HealthStatus::Warning) {
            // The connection that warns of its subnet running out of addresses: what its warning predicts.
            pc.statusDetail.message =
                QStringLiteral("The Azure network connection %1 has no free IP address left in its subnet "
                               "10.20.4.0/26 for the Cloud PC's network interface.")
                    .arg(m_connections[c].displayName);
        } else if (pc.statusDetail.code == QLatin1String("vNetConnectionFailed")) {
            // A connection whose checks passed (or a Microsoft-hosted network, with no connection of the
            // tenant's) is no network to blame: these failed for another reason.
            pc.statusDetail.code = QStringLiteral("intuneEnrollFailed");
            pc.statusDetail.message = QStringLiteral(
                "The Cloud PC could not be enrolled in Intune: the enrollment restriction blocks the device "
                "platform.");
        }
    }
}
