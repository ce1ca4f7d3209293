#include "demotenant.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>

namespace {
const std::array<const char *, 32> kFirstNames = {
    "Adele",  "Alex",  "Allan",  "Diego",  "Grady", "Henrietta", "Isaiah", "Johanna", "Joni", "Lee",  "Lidia",
    "Lynne",  "Megan", "Miriam", "Nestor", "Patti", "Pradeep",   "Aiko",   "Bruno",   "Chen", "Dana", "Emeka",
    "Fatima", "Goran", "Hana",   "Ingrid", "Jamal", "Keiko",     "Lars",   "Mateo",   "Noor", "Olga"};
const std::array<const char *, 32> kLastNames = {
    "Vance",   "Wilber", "Deyoung",  "Siciliani", "Archie",  "Mueller", "Langer", "Lauer",
    "Sherman", "Gu",     "Holloway", "Robbins",   "Bowen",   "Graham",  "Wilke",  "Fernandez",
    "Gupta",   "Tanaka", "Costa",    "Wei",       "Levy",    "Okafor",  "Haddad", "Petrovic",
    "Novak",   "Berg",   "Reyes",    "Sato",      "Nielsen", "Romero",  "Aziz",   "Ivanova"};

struct Plan
{
    const char *id;
    const char *name;
};
const std::array<Plan, 5> kPlans = {{
    {"dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e01", "Cloud PC Enterprise 2vCPU/4GB/128GB"},
    {"dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e02", "Cloud PC Enterprise 2vCPU/8GB/128GB"},
    {"dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e03", "Cloud PC Enterprise 4vCPU/16GB/256GB"},
    {"dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e04", "Cloud PC Enterprise 8vCPU/32GB/512GB"},
    {"dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e05", "Cloud PC Business 2vCPU/8GB/256GB"},
}};

const std::array<const char *, 6> kPolicyNames = {"Finance - Windows 11",     "Engineering - Windows 11 Dev",
                                                  "Call Center - Windows 10", "Executives - Windows 11",
                                                  "Contractors (shared)",     "Design Studio - GPU"};
const std::array<const char *, 4> kImages = {
    "Windows 11 Enterprise + Microsoft 365 Apps 23H2", "Windows 10 Enterprise + Microsoft 365 Apps 22H2",
    "Windows 11 Enterprise 24H2", "Contoso Engineering Golden Image v7"};

const std::array<const char *, 4> kConnections = {"Azure network (West Europe)", "Contoso-HQ-ANC",
                                                  "Azure network (East US)", "Contoso-Branch-ANC"};

// Failure reasons a provisioning run reports.
struct Failure
{
    const char *code;
    const char *message;
};
const std::array<Failure, 4> kFailures = {{
    {"intuneEnrollFailed",
     "The Cloud PC could not be enrolled in Intune: the enrollment restriction blocks the "
     "device platform."},
    {"azureADJoinFailed", "Microsoft Entra join failed: the device quota of the user has been reached."},
    {"vNetConnectionFailed",
     "The Azure network connection is unhealthy: DNS cannot resolve the domain controller."},
    {"imageNotFound", "The custom image could not be found in the region of the network connection."},
}};

QString deterministicId(quint32 seed, const QString &kind, int index)
{
    static const QUuid ns(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));
    return QUuid::createUuidV5(ns, QStringLiteral("%1/%2/%3").arg(seed).arg(kind).arg(index))
        .toString(QUuid::WithoutBraces);
}

QString deviceSuffix(QRandomGenerator &random)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix.append(QLatin1Char(alphabet[random.bounded(int(sizeof(alphabet) - 1))]));
    return suffix;
}
} // namespace

QDateTime DemoTenant::referenceTime()
{
    return QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
}

DemoTenant DemoTenant::generate(quint32 seed, int size)
{
    DemoTenant tenant;
    QRandomGenerator random(seed);
    tenant.m_tenantId = deterministicId(seed, QStringLiteral("tenant"), 0);
    tenant.m_domain = QStringLiteral("contoso.onmicrosoft.com");

    for (int i = 0; i < int(kPolicyNames.size()); ++i) {
        ProvisioningPolicy policy;
        policy.id = deterministicId(seed, QStringLiteral("policy"), i);
        policy.displayName = QLatin1String(kPolicyNames[i]);
        policy.description = QStringLiteral("Provisioning policy for %1").arg(policy.displayName);
        policy.provisioningType = i == 4 ? QStringLiteral("shared") : QStringLiteral("dedicated");
        policy.imageId = deterministicId(seed, QStringLiteral("image"), i % int(kImages.size()));
        policy.imageDisplayName = QLatin1String(kImages[i % kImages.size()]);
        policy.imageType =
            i % int(kImages.size()) == 3 ? QStringLiteral("custom") : QStringLiteral("gallery");
        policy.cloudPcNamingTemplate = QStringLiteral("CPC-%USERNAME:5%-%RAND:5%");
        policy.windowsLocale = i == 1 ? QStringLiteral("de-DE") : QStringLiteral("en-US");
        policy.enableSingleSignOn = i % 2 == 0;
        policy.localAdminEnabled = i == 1;
        policy.gracePeriodInHours = 48;
        policy.managedBy = QStringLiteral("windows365");
        for (int g = 0; g <= i % 3; ++g)
            policy.assignedGroupIds.append(deterministicId(seed, QStringLiteral("group"), i * 3 + g));
        tenant.m_policies.append(policy);
    }

    const QList<CloudPcStatus> &statuses = CloudPcStatuses::all();
    const QDateTime reference = referenceTime();
    tenant.m_cloudPcs.reserve(size);
    tenant.m_indexById.reserve(size);
    for (int i = 0; i < size; ++i) {
        CloudPc pc;
        pc.id = deterministicId(seed, QStringLiteral("cloudpc"), i);
        const QString first = QLatin1String(kFirstNames[random.bounded(int(kFirstNames.size()))]);
        const QString last = QLatin1String(kLastNames[random.bounded(int(kLastNames.size()))]);
        const QString alias = (first + QLatin1Char('.') + last).toLower();
        const QString suffix = deviceSuffix(random);
        pc.userPrincipalName = QStringLiteral("%1%2@%3").arg(alias).arg(i).arg(tenant.m_domain);
        pc.managedDeviceName =
            QStringLiteral("CPC-%1%2-%3").arg(first.left(4).toLower(), last.left(1).toLower(), suffix);
        pc.displayName = pc.managedDeviceName;
        pc.managedDeviceId = deterministicId(seed, QStringLiteral("device"), i);
        pc.aadDeviceId = deterministicId(seed, QStringLiteral("aad"), i);

        const ProvisioningPolicy &policy = tenant.m_policies[random.bounded(tenant.m_policies.size())];
        pc.provisioningPolicyId = policy.id;
        pc.provisioningPolicyName = policy.displayName;
        pc.provisioningType = policy.provisioningType;
        pc.imageDisplayName = policy.imageDisplayName;
        const Plan &plan = kPlans[random.bounded(int(kPlans.size()))];
        pc.servicePlanId = QLatin1String(plan.id);
        pc.servicePlanName = QLatin1String(plan.name);
        pc.onPremisesConnectionName = QLatin1String(kConnections[random.bounded(int(kConnections.size()))]);
        pc.osVersion = policy.imageDisplayName.contains(QLatin1String("Windows 10"))
                           ? QStringLiteral("windows10")
                           : QStringLiteral("windows11");
        pc.userAccountType =
            random.bounded(10) == 0 ? QStringLiteral("administrator") : QStringLiteral("standardUser");
        pc.powerState = random.bounded(3) == 0 ? QStringLiteral("poweredOff") : QStringLiteral("running");

        // Every status appears at least once (the first ones in order); the rest follow a realistic spread.
        CloudPcStatus status;
        if (i < statuses.size() && size >= statuses.size() * 2) {
            status = statuses[i];
        } else {
            const int roll = random.bounded(100);
            if (roll < 70)
                status = CloudPcStatus::Provisioned;
            else if (roll < 80)
                status = CloudPcStatus::Failed;
            else if (roll < 85)
                status = CloudPcStatus::Provisioning;
            else if (roll < 89)
                status = CloudPcStatus::InGracePeriod;
            else if (roll < 92)
                status = CloudPcStatus::ProvisionedWithWarnings;
            else
                status = statuses[random.bounded(statuses.size())];
        }
        if (status == CloudPcStatus::Unknown || status == CloudPcStatus::UnknownFutureValue)
            status = CloudPcStatus::Provisioned;
        pc.setStatus(status);
        if (status == CloudPcStatus::Failed) {
            const Failure &failure = kFailures[random.bounded(int(kFailures.size()))];
            pc.statusDetail.code = QLatin1String(failure.code);
            pc.statusDetail.message = QLatin1String(failure.message);
            pc.statusDetail.additionalInformation.append(
                {QStringLiteral("correlationId"), deterministicId(seed, QStringLiteral("correlation"), i)});
        }
        pc.lastModifiedDateTime = reference.addSecs(-qint64(random.bounded(60 * 24 * 90)) * 60);
        if (status == CloudPcStatus::InGracePeriod)
            pc.gracePeriodEndDateTime = reference.addSecs(qint64(1 + random.bounded(7 * 24)) * 3600);
        tenant.m_indexById.insert(pc.id, tenant.m_cloudPcs.size());
        tenant.m_cloudPcs.append(std::move(pc));
    }

    // Bulk actions of several subtypes over slices of the tenant; failed devices are the ones now failed.
    static const char *const kBulkTypes[] = {"cloudPcBulkReprovision", "cloudPcBulkRestart",
                                             "cloudPcBulkPowerOff",    "cloudPcBulkTroubleshoot",
                                             "cloudPcBulkResize",      "cloudPcBulkReinstallAgent"};
    const int actionCount = size == 0 ? 0 : qMin(8, 2 + size / 10);
    for (int a = 0; a < actionCount; ++a) {
        BulkActionRun run;
        BulkAction &action = run.action;
        action.id = deterministicId(seed, QStringLiteral("bulkaction"), a);
        const QString type = QLatin1String(kBulkTypes[a % std::size(kBulkTypes)]);
        action.odataType = QStringLiteral("#microsoft.graph.") + type;
        action.displayName =
            QStringLiteral("%1 - %2 wave %3")
                .arg(action.typeDisplayName(), tenant.m_policies[a % tenant.m_policies.size()].displayName)
                .arg(a + 1);
        action.createdDateTime = reference.addSecs(-qint64(a + 1) * 36 * 3600);
        action.initiatedByUserPrincipalName = QStringLiteral("admin@%1").arg(tenant.m_domain);
        action.scheduledDuringMaintenanceWindow = a % 3 == 2;
        const int devices = qMin(size, 5 + random.bounded(20));
        const int start = random.bounded(qMax(1, size - devices + 1));
        for (int d = 0; d < devices; ++d) {
            const CloudPc &pc = tenant.m_cloudPcs[start + d];
            action.cloudPcIds.append(pc.id);
            DeviceResult result = DeviceResult::Succeeded;
            if (pc.status == CloudPcStatus::Failed)
                result = DeviceResult::Failed;
            else if (a == 0 && d % 4 == 1)
                result = DeviceResult::InProgress;
            else if (type == QLatin1String("cloudPcBulkReinstallAgent") && d % 5 == 0)
                result = DeviceResult::NotSupported;
            run.results.insert(pc.id, result);
        }
        summarize(run);
        tenant.m_bulkActions.append(run);
    }

    // Users with service provisioning errors: about one in 25 users, a few with errors already resolved.
    static const char *const kServiceInstances[] = {"exchange/namprd06-001-01", "SharePoint/nampr06",
                                                    "exchange/eurprd04-002-01", "Teams/emea-02"};
    for (int i = 0; i < size; i += 25) {
        const CloudPc &pc = tenant.m_cloudPcs[i];
        ProvisioningErrorUser user;
        user.id = deterministicId(seed, QStringLiteral("user"), i);
        user.userPrincipalName = pc.userPrincipalName;
        const QString local = pc.userPrincipalName.section(QLatin1Char('@'), 0, 0);
        const QString first = local.section(QLatin1Char('.'), 0, 0);
        QString last = local.section(QLatin1Char('.'), 1, 1);
        while (!last.isEmpty() && last.back().isDigit())
            last.chop(1);
        auto capital = [](QString word) {
            if (!word.isEmpty())
                word[0] = word[0].toUpper();
            return word;
        };
        user.displayName = capital(first) + QLatin1Char(' ') + capital(last);
        const int errors = 1 + (i / 25) % 2;
        for (int e = 0; e < errors; ++e) {
            ServiceProvisioningError error;
            error.createdDateTime = reference.addSecs(-qint64(i + e * 7 + 1) * 3600);
            error.isResolved = (i / 25) % 5 == 4; // every fifth such user has nothing left to retry
            error.serviceInstance =
                QLatin1String(kServiceInstances[(i / 25 + e) % std::size(kServiceInstances)]);
            error.errorDetail =
                QStringLiteral("<ServiceInstance>%1</ServiceInstance><ObjectGuid>%2</ObjectGuid>"
                               "<ErrorCategory>PermanentError</ErrorCategory><ErrorDescription>The value "
                               "\"%3\" of property \"ProxyAddresses\" is used by another recipient object."
                               "</ErrorDescription>")
                    .arg(error.serviceInstance, user.id, pc.userPrincipalName);
            user.serviceProvisioningErrors.append(error);
        }
        tenant.m_errorUsers.append(user);
    }
    tenant.addFrontlineAndPartnerAgents();
    tenant.addNetworkConnections(seed);
    return tenant;
}

void DemoTenant::summarize(BulkActionRun &run)
{
    BulkActionSummary summary;
    for (auto it = run.results.cbegin(); it != run.results.cend(); ++it) {
        switch (it.value()) {
        case DeviceResult::Succeeded:
            ++summary.successfulCount;
            break;
        case DeviceResult::Failed:
            ++summary.failedCount;
            break;
        case DeviceResult::InProgress:
            ++summary.inProgressCount;
            break;
        case DeviceResult::Pending:
            ++summary.pendingCount;
            break;
        case DeviceResult::NotSupported:
            ++summary.notSupportedCount;
            break;
        }
    }
    run.action.actionSummary = summary;
    if (summary.inProgressCount > 0 || summary.pendingCount > 0)
        run.action.status = QStringLiteral("pending");
    else if (summary.failedCount > 0)
        run.action.status = QStringLiteral("failed");
    else
        run.action.status = QStringLiteral("succeeded");
}
