#include "demoserviceplans.h"

namespace {
ServicePlan plan(const char *idSuffix, const char *type, const char *provisioningType, const char *family,
                 qint64 vCpu, qint64 ram, qint64 storage, qint64 userProfile = 0)
{
    ServicePlan result;
    result.id = QStringLiteral("dea1edd7-3f7c-4a9e-9b6d-1f1a7c3a5e%1").arg(QLatin1String(idSuffix));
    result.displayName = QStringLiteral("Cloud PC %1 %2vCPU/%3GB/%4GB")
                             .arg(QLatin1String(family))
                             .arg(vCpu)
                             .arg(ram)
                             .arg(storage);
    result.type = QLatin1String(type);
    result.provisioningType = QLatin1String(provisioningType);
    result.vCpuCount = vCpu;
    result.ramInGB = ram;
    result.storageInGB = storage;
    result.userProfileInGB = userProfile;
    return result;
}
} // namespace

namespace DemoServicePlans {

const QVector<ServicePlan> &all()
{
    // 01 to 05 are the plans DemoTenant puts its Cloud PCs on (same ids and names).
    static const QVector<ServicePlan> plans{
        plan("01", "enterprise", "dedicated", "Enterprise", 2, 4, 128),
        plan("02", "enterprise", "dedicated", "Enterprise", 2, 8, 128),
        plan("03", "enterprise", "dedicated", "Enterprise", 4, 16, 256),
        plan("04", "enterprise", "dedicated", "Enterprise", 8, 32, 512),
        plan("06", "enterprise", "dedicated", "Enterprise", 2, 4, 64),
        plan("07", "enterprise", "dedicated", "Enterprise", 4, 16, 128),
        plan("08", "enterprise", "dedicated", "Enterprise", 16, 64, 512),
        plan("05", "business", "dedicated", "Business", 2, 8, 256),
        plan("09", "business", "dedicated", "Business", 2, 4, 128),
        plan("10", "business", "dedicated", "Business", 4, 16, 256),
        plan("11", "business", "dedicated", "Business", 8, 32, 512),
        plan("12", "enterprise", "shared", "Frontline", 2, 8, 128, 0),
        plan("13", "enterprise", "shared", "Frontline", 4, 16, 256, 0),
    };
    return plans;
}

const ServicePlan *find(const QString &id)
{
    for (const ServicePlan &candidate : all()) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace DemoServicePlans
