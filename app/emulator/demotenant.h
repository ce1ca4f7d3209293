#pragma once

#include "domain/cloudpc.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

// The demo tenant: a deterministic set of Cloud PCs (and what surrounds them) made from a seed and a size.
// The same seed and size give the same tenant on every machine.
class DemoTenant
{
public:
    struct Policy
    {
        QString id;
        QString displayName;
        QString description;
        QString provisioningType;
        QString imageId;
        QString imageDisplayName;
        QString imageType;
    };

    static DemoTenant generate(quint32 seed, int size);

    const QString &tenantId() const { return m_tenantId; }
    const QString &domain() const { return m_domain; }
    QVector<CloudPc> &cloudPcs() { return m_cloudPcs; }
    const QVector<CloudPc> &cloudPcs() const { return m_cloudPcs; }
    const QVector<Policy> &policies() const { return m_policies; }
    // Index into cloudPcs() by id; -1 when absent.
    int indexOfCloudPc(const QString &id) const { return m_indexById.value(id, -1); }

    // The moment the tenant was generated against (all times are relative to it, so output is stable).
    static QDateTime referenceTime();

private:
    QString m_tenantId;
    QString m_domain;
    QVector<CloudPc> m_cloudPcs;
    QVector<Policy> m_policies;
    QHash<QString, int> m_indexById;
};
