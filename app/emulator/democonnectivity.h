#pragma once

#include "cloudpcremoteactionresult.h"
#include "demotenant.h"

#include <QHash>
#include <QList>

// The connection history of the demo tenant's Cloud PCs (beta getCloudPcConnectivityHistory): users
// connecting, health checks, now and then a troubleshoot, over the last days before
// DemoTenant::referenceTime(). A Cloud PC's events are made the first time they are asked for, from its id
// (the same on every machine). A Cloud PC that failed or has warnings has believable failures among them
// ("The user could not connect: the session host did not respond."); one never provisioned has none.
// Acts done to a Cloud PC (restart, troubleshoot) add events at the current time.
class DemoConnectivity
{
public:
    explicit DemoConnectivity(DemoTenant *tenant);

    // The events of a Cloud PC of the tenant, oldest first (none for an unknown id).
    const QList<CloudPcConnectivityEvent> &of(const QString &cloudPcId);
    // An act was done to the Cloud PC: "reboot" adds a restart and the user's next connection,
    // "troubleshoot" a troubleshooting run (its result follows the Cloud PC's status). Other acts add
    // nothing.
    void recordAct(const QString &act, const QString &cloudPcId);

private:
    QList<CloudPcConnectivityEvent> generate(const CloudPc &pc) const;

    DemoTenant *m_tenant;
    QHash<QString, QList<CloudPcConnectivityEvent>> m_events; // by Cloud PC id, once asked for
};
