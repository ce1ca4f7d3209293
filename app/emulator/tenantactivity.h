#pragma once

#include "demotenant.h"
#include "remoteactionlog.h"

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

// How the demo tenant moves after an act, the way the service does: a reprovisioned or retried Cloud PC goes
// to provisioning and, after a while, to provisioned (or failed for a share of them); a bulk action's devices
// follow, with its summary; a user's retried service provisioning resolves the errors.
class TenantActivity : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int provisioningMs = 4000; // how long provisioning takes (tests: a few ms; the demo: seconds)
        double failureShare = 0.1; // share of provisioning runs that end failed
        quint32 seed = 1;
    };

    TenantActivity(DemoTenant *tenant, QObject *parent = nullptr);
    void setTiming(const Timing &timing);
    // The remote action results the status changes end (reprovision, resize, power, bulk devices); may be
    // null.
    void setRemoteActionLog(RemoteActionLog *log) { m_log = log; }
    const Timing &timing() const { return m_timing; }

    // Each returns what changed; validation (unknown ids, versions, bodies) is the emulator's job.
    void reprovision(int cloudPcIndex, const QString &osVersion, const QString &userAccountType);
    // The failed Cloud PCs of the policy go back to provisioning; returns how many.
    int retryPolicy(const QString &policyId);
    // The given devices (all failed ones when ids is empty) run again; returns how many.
    int retryBulkAction(int runIndex, const QStringList &ids);
    // A new bulk action over known Cloud PCs; returns its index in DemoTenant::bulkActions().
    int createBulkAction(const QString &odataType, const QString &displayName, const QStringList &ids,
                         const QString &initiatedBy);
    // Resolves every unresolved error of the user; returns how many.
    int retryUserProvisioning(int userIndex);
    // The Cloud PC goes to resizing and, after the provisioning time, to provisioned on the new plan
    // (servicePlanId and servicePlanName); validation (plan type, status) is the emulator's job.
    void resize(int cloudPcIndex, const QString &servicePlanId, const QString &servicePlanName);
    // A Frontline Cloud PC's powerState becomes running (or poweredOff) after a while, as the service does
    // it.
    void setPower(int cloudPcIndex, bool on);
    // The failed partner agent installs of a Cloud PC go to installing, then installed; returns how many.
    int retryPartnerAgents(int cloudPcIndex);

Q_SIGNALS:
    void cloudPcChanged(const QString &id);

private:
    void startProvisioning(const QString &cloudPcId, const QString &bulkActionId = QString());
    void finishProvisioning(const QString &cloudPcId, const QString &bulkActionId);
    void setResult(const QString &bulkActionId, const QString &cloudPcId, DemoTenant::DeviceResult result);

    DemoTenant *m_tenant;
    RemoteActionLog *m_log = nullptr;
    Timing m_timing;
    QRandomGenerator m_random;
};
