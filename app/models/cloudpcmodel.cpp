#include "cloudpcmodel.h"

#include <QColor>
#include <QLocale>

namespace {
QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QColor statusColor(CloudPcStatus status)
{
    switch (status) {
    case CloudPcStatus::Failed:
        return QColor(0xc4, 0x2b, 0x1c);
    case CloudPcStatus::InGracePeriod:
    case CloudPcStatus::ProvisionedWithWarnings:
        return QColor(0xb3, 0x6b, 0x00);
    case CloudPcStatus::Provisioning:
    case CloudPcStatus::PendingProvision:
    case CloudPcStatus::Deprovisioning:
    case CloudPcStatus::Resizing:
    case CloudPcStatus::Restoring:
        return QColor(0x00, 0x5a, 0x9e);
    default:
        return {};
    }
}
} // namespace

CloudPcModel::CloudPcModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CloudPcModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CloudPcModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CloudPcModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudPc &pc = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return pc.displayName.isEmpty() ? pc.managedDeviceName : pc.displayName;
        case User:
            return pc.userPrincipalName;
        case Status:
            return pc.statusDisplayText();
        case StatusDetail:
            return pc.statusDetail.message;
        case Policy:
            return pc.provisioningPolicyName;
        case Plan:
            return pc.servicePlanName;
        case Image:
            return pc.imageDisplayName;
        case Type:
            return pc.provisioningType;
        case LastModified:
            return role == SortRole ? QVariant(pc.lastModifiedDateTime)
                                    : QVariant(formatTime(pc.lastModifiedDateTime));
        case GracePeriodEnd:
            return role == SortRole ? QVariant(pc.gracePeriodEndDateTime)
                                    : QVariant(formatTime(pc.gracePeriodEndDateTime));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status || index.column() == StatusDetail) {
            QString tip = pc.statusDisplayText();
            if (!pc.statusDetail.message.isEmpty())
                tip += QStringLiteral("\n") + pc.statusDetail.message;
            if (!pc.statusDetail.code.isEmpty())
                tip += QStringLiteral("\n(") + pc.statusDetail.code + QLatin1Char(')');
            return tip;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            const QColor color = statusColor(pc.status);
            if (color.isValid())
                return color;
        }
        break;
    case IdRole:
        return pc.id;
    case StatusRole:
        return int(pc.status);
    case StatusTextRole:
        return pc.statusText;
    case PolicyIdRole:
        return pc.provisioningPolicyId;
    case FilterTextRole:
        return QString(pc.displayName + QLatin1Char('\n') + pc.userPrincipalName + QLatin1Char('\n') +
                       pc.provisioningPolicyName);
    default:
        break;
    }
    return {};
}

QVariant CloudPcModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case User:
        return tr("User");
    case Status:
        return tr("Status");
    case StatusDetail:
        return tr("Status detail");
    case Policy:
        return tr("Provisioning policy");
    case Plan:
        return tr("Plan");
    case Image:
        return tr("Image");
    case Type:
        return tr("Type");
    case LastModified:
        return tr("Last modified");
    case GracePeriodEnd:
        return tr("Grace period ends");
    }
    return {};
}

void CloudPcModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

void CloudPcModel::append(const QVector<CloudPc> &cloudPcs)
{
    QVector<CloudPc> fresh;
    fresh.reserve(cloudPcs.size());
    for (const CloudPc &pc : cloudPcs) {
        const int existing = m_rowById.value(pc.id, -1);
        if (existing >= 0) {
            m_rows[existing] = pc;
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        } else if (!pc.id.isEmpty()) {
            fresh.append(pc);
        }
    }
    // A page may repeat an id within itself; keep the last one.
    QHash<QString, int> seen;
    QVector<CloudPc> unique;
    unique.reserve(fresh.size());
    for (CloudPc &pc : fresh) {
        const auto it = seen.constFind(pc.id);
        if (it != seen.constEnd()) {
            unique[*it] = std::move(pc);
        } else {
            seen.insert(pc.id, int(unique.size()));
            unique.append(std::move(pc));
        }
    }
    if (unique.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(unique.size()) - 1);
    for (CloudPc &pc : unique) {
        m_rowById.insert(pc.id, int(m_rows.size()));
        m_rows.append(std::move(pc));
    }
    endInsertRows();
}

void CloudPcModel::setCloudPcs(QVector<CloudPc> cloudPcs)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_rows.reserve(cloudPcs.size());
    for (CloudPc &pc : cloudPcs) {
        if (pc.id.isEmpty() || m_rowById.contains(pc.id))
            continue;
        m_rowById.insert(pc.id, int(m_rows.size()));
        m_rows.append(std::move(pc));
    }
    endResetModel();
}
