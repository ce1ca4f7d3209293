#pragma once

#include "keyedtablemodel.h"
#include "provisioningpolicy.h"
#include "tableroles.h"

#include <QPointer>

class CloudPcModel;

// Provisioning policies as a table, with how many Cloud PCs each has and how many of them failed, counted
// from a CloudPcModel (kept up to date as Cloud PCs load).
class ProvisioningPolicyModel : public KeyedTableModel<ProvisioningPolicy>
{
    Q_OBJECT
public:
    enum Column { Name, Type, Image, AssignedGroups, CloudPcs, Failed, ColumnCount };
    enum Role {
        SortRole = TableRoles::SortRole,
        IdRole = TableRoles::IdRole,
        JsonRole = TableRoles::JsonRole,
        AssignedGroupIdsRole = TableRoles::FirstCustomRole, // QStringList
        CloudPcCountRole,
        FailedCountRole,
    };

    explicit ProvisioningPolicyModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Where the Cloud PC counts come from; nullptr: no counts.
    void setCloudPcModel(CloudPcModel *model);
    int cloudPcCount(const QString &policyId) const { return m_counts.value(policyId).total; }
    int failedCount(const QString &policyId) const { return m_counts.value(policyId).failed; }

private:
    struct Counts
    {
        int total = 0;
        int failed = 0;
    };
    void countRows(int first, int last);
    void recount();
    void countsChanged();

    QPointer<CloudPcModel> m_cloudPcs;
    QHash<QString, Counts> m_counts;
};
