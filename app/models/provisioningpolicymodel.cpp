#include "provisioningpolicymodel.h"

#include "enumwords.h"

#include "cloudpcmodel.h"
#include "statusstyle.h"

#include <QJsonObject>

ProvisioningPolicyModel::ProvisioningPolicyModel(QObject *parent)
    : KeyedTableModel<ProvisioningPolicy>(parent)
{}

int ProvisioningPolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvisioningPolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvisioningPolicy &policy = at(index.row());
    const Counts counts = m_counts.value(policy.id);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return policy.displayName;
        case Type:
            return EnumWords::text(EnumWords::Kind::ProvisioningType, policy.provisioningType);
        case Image:
            return policy.imageDisplayName;
        case AssignedGroups:
            if (role == SortRole)
                return int(policy.assignedGroupIds.size());
            return policy.assignedGroupIds.isEmpty()
                       ? tr("None")
                       : tr("%Ln group(s)", nullptr, int(policy.assignedGroupIds.size()));
        case CloudPcs:
            return counts.total;
        case Failed:
            return counts.failed;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AssignedGroups && !policy.assignedGroupIds.isEmpty())
            return policy.assignedGroupIds.join(QLatin1Char('\n'));
        if (index.column() == Name && !policy.description.isEmpty())
            return policy.description;
        if (index.column() == Failed && counts.failed > 0)
            return tr("Show the failed Cloud PCs of this policy (Enter)");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CloudPcs || index.column() == Failed)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Failed && counts.failed > 0)
            return StatusStyle::color(CloudPcStatus::Failed);
        break;
    case IdRole:
        return policy.id;
    case JsonRole:
        return policy.toJson();
    case AssignedGroupIdsRole:
        return policy.assignedGroupIds;
    case CloudPcCountRole:
        return counts.total;
    case FailedCountRole:
        return counts.failed;
    default:
        break;
    }
    return {};
}

QVariant ProvisioningPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Image:
        return tr("Image");
    case AssignedGroups:
        return tr("Assigned groups");
    case CloudPcs:
        return tr("Cloud PCs");
    case Failed:
        return tr("Failed");
    }
    return {};
}

void ProvisioningPolicyModel::setCloudPcModel(CloudPcModel *model)
{
    if (m_cloudPcs)
        m_cloudPcs->disconnect(this);
    m_cloudPcs = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    countRows(first, last);
                    countsChanged();
                });
        connect(model, &QAbstractItemModel::dataChanged, this, &ProvisioningPolicyModel::recount);
        connect(model, &QAbstractItemModel::modelReset, this, &ProvisioningPolicyModel::recount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ProvisioningPolicyModel::recount);
    }
    recount();
}

void ProvisioningPolicyModel::countRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const CloudPc &pc = m_cloudPcs->at(row);
        Counts &counts = m_counts[pc.provisioningPolicyId];
        ++counts.total;
        if (pc.status == CloudPcStatus::Failed)
            ++counts.failed;
    }
}

void ProvisioningPolicyModel::recount()
{
    m_counts.clear();
    if (m_cloudPcs && m_cloudPcs->rowCount() > 0)
        countRows(0, m_cloudPcs->rowCount() - 1);
    countsChanged();
}

void ProvisioningPolicyModel::countsChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, CloudPcs), index(rowCount() - 1, Failed));
}
