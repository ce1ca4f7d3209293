#include "bulkactiondevicesmodel.h"

#include "cloudpcmodel.h"
#include "statusstyle.h"

BulkActionDevicesModel::BulkActionDevicesModel(CloudPcModel *cloudPcs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cloudPcs(cloudPcs)
{
    connect(cloudPcs, &QAbstractItemModel::dataChanged, this, &BulkActionDevicesModel::refreshAll);
    connect(cloudPcs, &QAbstractItemModel::rowsInserted, this, &BulkActionDevicesModel::refreshAll);
    connect(cloudPcs, &QAbstractItemModel::modelReset, this, &BulkActionDevicesModel::refreshAll);
}

void BulkActionDevicesModel::setCloudPcIds(const QStringList &ids)
{
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

void BulkActionDevicesModel::refreshAll()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BulkActionDevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int BulkActionDevicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkActionDevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    const int row = m_cloudPcs ? m_cloudPcs->rowOfId(id) : -1;
    if (row < 0) {
        if (role == Qt::DisplayRole && index.column() == Name)
            return id;
        if (role == Qt::DisplayRole && index.column() == Status)
            return tr("Not in the loaded list");
        return {};
    }
    const CloudPc &pc = m_cloudPcs->at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return CloudPcModel::displayNameOf(pc);
        case User:
            return pc.userPrincipalName;
        case Status:
            return pc.statusDisplayText();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusStyle::icon(pc.status);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            const QColor color = StatusStyle::color(pc.status);
            if (color.isValid())
                return color;
        }
        break;
    case StatusRole:
        return int(pc.status);
    default:
        break;
    }
    return {};
}

QVariant BulkActionDevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Cloud PC");
    case User:
        return tr("User");
    case Status:
        return tr("Current status");
    }
    return {};
}
