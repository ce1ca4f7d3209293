#pragma once

#include "cloudpcsnapshot.h"
#include "demotenant.h"

#include <QHash>
#include <QList>
#include <QObject>

// The restore points of the demo tenant's Cloud PCs, the way Windows 365 keeps them: an automatic snapshot
// about every 12 hours over the last days, some manual ones, now and then one whose health check failed,
// each with its expiration. A Cloud PC's snapshots are made the first time they are asked for, from its id
// and DemoTenant::referenceTime() (the same on every machine); restores and new snapshots happen at the
// current time, as the other acts do (TenantActivity).
class DemoSnapshots : public QObject
{
    Q_OBJECT
public:
    explicit DemoSnapshots(DemoTenant *tenant, QObject *parent = nullptr);

    // The snapshots of a Cloud PC of the tenant, oldest first (none for an unknown id or a Cloud PC that
    // was never provisioned).
    const QList<CloudPcSnapshot> &of(const QString &cloudPcId);
    // The Cloud PC a snapshot id belongs to (empty when no Cloud PC of the tenant has it).
    QString ownerOf(const QString &snapshotId);

    // The Cloud PC goes to restoring and, after durationMs, back to provisioned; the snapshot's
    // lastRestoredDateTime is set then. The snapshot must be one of the Cloud PC's.
    void restore(const QString &cloudPcId, const QString &snapshotId, int durationMs);
    // A manual snapshot of the Cloud PC appears after delayMs.
    void create(const QString &cloudPcId, const QString &storageAccountId, const QString &accessTier,
                int delayMs);

Q_SIGNALS:
    void cloudPcChanged(const QString &id);

private:
    QList<CloudPcSnapshot> generate(const CloudPc &pc) const;

    DemoTenant *m_tenant;
    QHash<QString, QList<CloudPcSnapshot>> m_snapshots; // by Cloud PC id, once asked for
};
