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
        Policy policy;
        policy.id = deterministicId(seed, QStringLiteral("policy"), i);
        policy.displayName = QLatin1String(kPolicyNames[i]);
        policy.description = QStringLiteral("Provisioning policy for %1").arg(policy.displayName);
        policy.provisioningType = i == 4 ? QStringLiteral("shared") : QStringLiteral("dedicated");
        policy.imageId = deterministicId(seed, QStringLiteral("image"), i % int(kImages.size()));
        policy.imageDisplayName = QLatin1String(kImages[i % kImages.size()]);
        policy.imageType =
            i % int(kImages.size()) == 3 ? QStringLiteral("custom") : QStringLiteral("gallery");
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

        const Policy &policy = tenant.m_policies[random.bounded(tenant.m_policies.size())];
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
    return tenant;
}
