#include "tenantactivity.h"

#include <QTimer>
#include <QUuid>

TenantActivity::TenantActivity(DemoTenant *tenant, QObject *parent)
    : QObject(parent)
    , m_tenant(tenant)
    , m_random(m_timing.seed)
{}

void TenantActivity::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_random.seed(timing.seed);
}

void TenantActivity::reprovision(int cloudPcIndex, const QString &osVersion, const QString &userAccountType)
{
    CloudPc &pc = m_tenant->cloudPcs()[cloudPcIndex];
    if (!osVersion.isEmpty())
        pc.osVersion = osVersion;
    if (!userAccountType.isEmpty())
        pc.userAccountType = userAccountType;
    startProvisioning(pc.id);
}

int TenantActivity::retryPolicy(const QString &policyId)
{
    QStringList failed;
    for (const CloudPc &pc : m_tenant->cloudPcs()) {
        if (pc.provisioningPolicyId == policyId && pc.status == CloudPcStatus::Failed)
            failed << pc.id;
    }
    for (const QString &id : failed)
        startProvisioning(id);
    return int(failed.size());
}

int TenantActivity::retryBulkAction(int runIndex, const QStringList &ids)
{
    DemoTenant::BulkActionRun &run = m_tenant->bulkActions()[runIndex];
    QStringList targets = ids;
    if (targets.isEmpty()) {
        for (auto it = run.results.cbegin(); it != run.results.cend(); ++it) {
            if (it.value() == DemoTenant::DeviceResult::Failed)
                targets << it.key();
        }
    }
    for (const QString &id : targets)
        startProvisioning(id, run.action.id);
    return int(targets.size());
}

int TenantActivity::createBulkAction(const QString &odataType, const QString &displayName,
                                     const QStringList &ids, const QString &initiatedBy)
{
    DemoTenant::BulkActionRun run;
    run.action.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.action.odataType = odataType;
    run.action.displayName = displayName;
    run.action.cloudPcIds = ids;
    run.action.createdDateTime = QDateTime::currentDateTimeUtc();
    run.action.initiatedByUserPrincipalName = initiatedBy;
    for (const QString &id : ids)
        run.results.insert(id, DemoTenant::DeviceResult::Pending);
    DemoTenant::summarize(run);
    m_tenant->bulkActions().append(run);
    const int index = int(m_tenant->bulkActions().size()) - 1;
    const bool rebuilds = odataType.endsWith(QLatin1String("Reprovision"));
    for (const QString &id : ids) {
        if (rebuilds) {
            startProvisioning(id, run.action.id);
        } else {
            // A restart and the like: in progress for as long as the act takes, then done.
            setResult(run.action.id, id, DemoTenant::DeviceResult::InProgress);
            const QString act = RemoteActionLog::actOfBulkType(odataType);
            const int duration = m_log ? m_log->durationMs(act) : m_timing.provisioningMs / 4;
            QTimer::singleShot(duration, this, [this, actionId = run.action.id, id, act] {
                setResult(actionId, id, DemoTenant::DeviceResult::Succeeded);
                if (m_log)
                    m_log->finish(act, id, false);
            });
        }
    }
    return index;
}

int TenantActivity::retryUserProvisioning(int userIndex)
{
    int resolved = 0;
    for (ServiceProvisioningError &error : m_tenant->errorUsers()[userIndex].serviceProvisioningErrors) {
        if (!error.isResolved) {
            error.isResolved = true;
            ++resolved;
        }
    }
    return resolved;
}

void TenantActivity::startProvisioning(const QString &cloudPcId, const QString &bulkActionId)
{
    const int index = m_tenant->indexOfCloudPc(cloudPcId);
    if (index < 0)
        return;
    CloudPc &pc = m_tenant->cloudPcs()[index];
    pc.setStatus(CloudPcStatus::Provisioning);
    pc.statusDetail = {};
    pc.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
    if (!bulkActionId.isEmpty())
        setResult(bulkActionId, cloudPcId, DemoTenant::DeviceResult::InProgress);
    Q_EMIT cloudPcChanged(cloudPcId);
    QTimer::singleShot(m_timing.provisioningMs, this,
                       [this, cloudPcId, bulkActionId] { finishProvisioning(cloudPcId, bulkActionId); });
}

void TenantActivity::finishProvisioning(const QString &cloudPcId, const QString &bulkActionId)
{
    const int index = m_tenant->indexOfCloudPc(cloudPcId);
    if (index < 0)
        return;
    CloudPc &pc = m_tenant->cloudPcs()[index];
    if (pc.status != CloudPcStatus::Provisioning)
        return; // something else happened to it meanwhile
    const bool failed = m_random.generateDouble() < m_timing.failureShare;
    pc.setStatus(failed ? CloudPcStatus::Failed : CloudPcStatus::Provisioned);
    if (failed) {
        pc.statusDetail = RemoteActionLog::failureDetail(QStringLiteral("reprovision"));
    }
    pc.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
    if (!bulkActionId.isEmpty())
        setResult(bulkActionId, cloudPcId,
                  failed ? DemoTenant::DeviceResult::Failed : DemoTenant::DeviceResult::Succeeded);
    if (m_log)
        m_log->finish(QStringLiteral("reprovision"), cloudPcId, failed, pc.statusDetail);
    Q_EMIT cloudPcChanged(cloudPcId);
}

void TenantActivity::setResult(const QString &bulkActionId, const QString &cloudPcId,
                               DemoTenant::DeviceResult result)
{
    for (DemoTenant::BulkActionRun &run : m_tenant->bulkActions()) {
        if (run.action.id == bulkActionId && run.results.contains(cloudPcId)) {
            run.results.insert(cloudPcId, result);
            DemoTenant::summarize(run);
            return;
        }
    }
}

void TenantActivity::resize(int cloudPcIndex, const QString &servicePlanId, const QString &servicePlanName)
{
    CloudPc &pc = m_tenant->cloudPcs()[cloudPcIndex];
    pc.setStatus(CloudPcStatus::Resizing);
    pc.statusDetail = {};
    pc.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
    const QString cloudPcId = pc.id;
    Q_EMIT cloudPcChanged(cloudPcId);
    // The clock of the remote action results (half a provisioning run): a resize rebuilds the Cloud PC's
    // virtual machine on the new size.
    const int duration = m_log ? m_log->durationMs(QStringLiteral("resize")) : m_timing.provisioningMs;
    QTimer::singleShot(duration, this, [this, cloudPcId, servicePlanId, servicePlanName] {
        const int index = m_tenant->indexOfCloudPc(cloudPcId);
        if (index < 0)
            return;
        CloudPc &resized = m_tenant->cloudPcs()[index];
        if (resized.status != CloudPcStatus::Resizing)
            return; // something else happened to it meanwhile
        resized.servicePlanId = servicePlanId;
        resized.servicePlanName = servicePlanName;
        resized.setStatus(CloudPcStatus::Provisioned);
        resized.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
        if (m_log)
            m_log->finish(QStringLiteral("resize"), cloudPcId, false);
        Q_EMIT cloudPcChanged(cloudPcId);
    });
}

void TenantActivity::setPower(int cloudPcIndex, bool on)
{
    const QString id = m_tenant->cloudPcs()[cloudPcIndex].id;
    // Powering on or off takes a moment: the state moves once it is done (a quarter of a provisioning run).
    QTimer::singleShot(m_timing.provisioningMs / 4, this, [this, id, on] {
        const int index = m_tenant->indexOfCloudPc(id);
        if (index < 0)
            return;
        CloudPc &pc = m_tenant->cloudPcs()[index];
        pc.powerState = on ? QStringLiteral("running") : QStringLiteral("poweredOff");
        pc.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
        if (m_log)
            m_log->finish(on ? QStringLiteral("powerOn") : QStringLiteral("powerOff"), id, false);
        Q_EMIT cloudPcChanged(id);
    });
}

int TenantActivity::retryPartnerAgents(int cloudPcIndex)
{
    CloudPc &pc = m_tenant->cloudPcs()[cloudPcIndex];
    int retried = 0;
    for (CloudPcPartnerAgentInstallResult &result : pc.partnerAgentInstallResults) {
        if (!result.failed())
            continue;
        result.installStatus = QStringLiteral("installing");
        result.errorMessage.clear();
        result.retriable = false;
        ++retried;
    }
    const QString id = pc.id;
    QTimer::singleShot(m_timing.provisioningMs / 2, this, [this, id] {
        const int index = m_tenant->indexOfCloudPc(id);
        if (index < 0)
            return;
        for (CloudPcPartnerAgentInstallResult &result :
             m_tenant->cloudPcs()[index].partnerAgentInstallResults) {
            if (result.installStatus == QLatin1String("installing"))
                result.installStatus = QStringLiteral("installed");
        }
        Q_EMIT cloudPcChanged(id);
    });
    return retried;
}
