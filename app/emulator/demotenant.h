#pragma once

#include "bulkaction.h"
#include "cloudpc.h"
#include "cloudpcreviewstatus.h"
#include "onpremisesconnection.h"
#include "provisioningerroruser.h"
#include "provisioningpolicy.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

// The demo tenant: a deterministic set of Cloud PCs (and what surrounds them) made from a seed and a size.
// The same seed and size give the same tenant on every machine.
class DemoTenant
{
public:
    // What one Cloud PC got out of a bulk action's run.
    enum class DeviceResult { Succeeded, Failed, InProgress, Pending, NotSupported };
    struct BulkActionRun
    {
        BulkAction action;
        QHash<QString, DeviceResult> results; // by Cloud PC id
    };

    static DemoTenant generate(quint32 seed, int size);

    const QString &tenantId() const { return m_tenantId; }
    const QString &domain() const { return m_domain; }
    QVector<CloudPc> &cloudPcs() { return m_cloudPcs; }
    const QVector<CloudPc> &cloudPcs() const { return m_cloudPcs; }
    QVector<ProvisioningPolicy> &policies() { return m_policies; }
    const QVector<ProvisioningPolicy> &policies() const { return m_policies; }
    QVector<BulkActionRun> &bulkActions() { return m_bulkActions; }
    const QVector<BulkActionRun> &bulkActions() const { return m_bulkActions; }
    // Every user of the tenant that has had service provisioning errors (resolved or not).
    QVector<ProvisioningErrorUser> &errorUsers() { return m_errorUsers; }
    const QVector<ProvisioningErrorUser> &errorUsers() const { return m_errorUsers; }
    // Recomputes a bulk action's actionSummary and status from its per-device results.
    static void summarize(BulkActionRun &run);
    // Index into cloudPcs() by id; -1 when absent.
    int indexOfCloudPc(const QString &id) const { return m_indexById.value(id, -1); }

    // The review status of each Cloud PC (retrieveReviewStatus): not under review unless set.
    CloudPcReviewStatus reviewStatus(const QString &cloudPcId) const;
    void setReviewStatus(const QString &cloudPcId, const CloudPcReviewStatus &status)
    {
        m_reviewStatus.insert(cloudPcId, status);
    }

    // The moment the tenant was generated against (all times are relative to it, so output is stable).
    static QDateTime referenceTime();

private:
    QString m_tenantId;
    QString m_domain;
    QVector<CloudPc> m_cloudPcs;
    QVector<ProvisioningPolicy> m_policies;
    QVector<BulkActionRun> m_bulkActions;
    QVector<ProvisioningErrorUser> m_errorUsers;
    QHash<QString, int> m_indexById;
    QHash<QString, CloudPcReviewStatus> m_reviewStatus;
    // Frontline Cloud PCs, partner agent installs and reviews (demotenantpower.cpp).
    void addFrontlineAndPartnerAgents();

public:
    // The Azure network connections (democonnections.cpp): some passed, one failed, one with a warning.
    QVector<OnPremisesConnection> &connections() { return m_connections; }
    const QVector<OnPremisesConnection> &connections() const { return m_connections; }
    // Index into connections() by id; -1 when absent.
    int indexOfConnection(const QString &id) const;

private:
    QVector<OnPremisesConnection> m_connections;
    // The connections, the policies' domainJoinConfigurations and the Cloud PCs' onPremisesConnectionName
    // and failure codes, so that they tell one story (democonnections.cpp; no draw from the generator).
    void addNetworkConnections(quint32 seed);
};
