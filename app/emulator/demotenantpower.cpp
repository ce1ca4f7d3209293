#include "demotenant.h"

#include <array>

namespace {
struct PartnerFailure
{
    const char *name; // cloudPcPartnerAgentName
    const char *message;
};
const std::array<PartnerFailure, 3> kPartnerFailures = {{
    {"citrix", "The Citrix HDX Plus agent could not be installed: the Citrix Cloud connector did not answer "
               "within 30 minutes."},
    {"vMware", "The VMware Horizon agent install failed: the package could not be downloaded from the "
               "partner's content network (timeout)."},
    {"hp", "The HP Anyware agent install failed: its license could not be validated with HP Anyware "
           "Manager."},
}};
const QString kFrontlinePlanId = QStringLiteral("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e12");
const QString kFrontlinePlanName = QStringLiteral("Cloud PC Frontline 2vCPU/8GB/128GB");
const QString kForensicsSubscription = QStringLiteral("3f2a9c41-6d0e-4c7b-9a51-0b8e2d7f6c13");
} // namespace

CloudPcReviewStatus DemoTenant::reviewStatus(const QString &cloudPcId) const
{
    const auto it = m_reviewStatus.constFind(cloudPcId);
    if (it != m_reviewStatus.cend())
        return *it;
    CloudPcReviewStatus status;
    status.userAccessLevel = QStringLiteral("unrestricted");
    return status;
}

void DemoTenant::addFrontlineAndPartnerAgents()
{
    // Derived from each Cloud PC's position only (no draw from the tenant's generator), so that everything
    // else of the tenant stays as it was for a seed.
    const QDateTime reference = referenceTime();
    for (int i = 0; i < m_cloudPcs.size(); ++i) {
        CloudPc &pc = m_cloudPcs[i];
        // About one in seven is a Frontline Cloud PC; powerState is set for those only (GRAPH-NOTES).
        if (i % 7 == 2 && pc.provisioningType == QLatin1String("dedicated")) {
            pc.productType = QStringLiteral("frontline");
            pc.servicePlanId = kFrontlinePlanId;
            pc.servicePlanName = kFrontlinePlanName;
        } else {
            pc.productType = pc.servicePlanName.contains(QLatin1String("Business"))
                                 ? QStringLiteral("business")
                                 : QStringLiteral("enterprise");
            pc.powerState.clear();
        }
        // Partner agents: about one in eleven had one installed, a few of those failed.
        if (i % 11 == 4) {
            const PartnerFailure &partner = kPartnerFailures[(i / 11) % kPartnerFailures.size()];
            CloudPcPartnerAgentInstallResult result;
            result.partnerAgentName = QLatin1String(partner.name);
            result.isThirdPartyPartner = true;
            const bool failed = (i / 11) % 2 == 0;
            result.installStatus = failed ? QStringLiteral("installFailed") : QStringLiteral("installed");
            result.retriable = failed;
            if (failed)
                result.errorMessage = QLatin1String(partner.message);
            pc.partnerAgentInstallResults.append(result);
        }
        // A few are under review, in a forensics storage account.
        if (i % 40 == 5) {
            CloudPcReviewStatus status;
            status.inReview = true;
            status.userAccessLevel =
                i % 80 == 5 ? QStringLiteral("restricted") : QStringLiteral("unrestricted");
            status.subscriptionId = kForensicsSubscription;
            status.subscriptionName = QStringLiteral("Contoso Security Operations");
            status.azureStorageAccountName = QStringLiteral("contosoforensics");
            status.azureStorageAccountId =
                QStringLiteral("/subscriptions/%1/resourceGroups/security-forensics/providers/"
                               "Microsoft.Storage/storageAccounts/contosoforensics")
                    .arg(kForensicsSubscription);
            status.azureStorageContainerName = QStringLiteral("cloudpc-reviews");
            status.accessTier = QStringLiteral("hot");
            status.reviewStartDateTime = reference.addSecs(-qint64(1 + i % 9) * 86400);
            m_reviewStatus.insert(pc.id, status);
        }
    }
}
