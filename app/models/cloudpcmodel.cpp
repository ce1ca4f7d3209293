#include "cloudpcmodel.h"

#include "statusstyle.h"

#include <QJsonObject>
#include <QLocale>

namespace {
QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

CloudPcModel::CloudPcModel(QObject *parent)
    : KeyedTableModel<CloudPc>(parent)
{}

int CloudPcModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CloudPcModel::displayNameOf(const CloudPc &pc)
{
    return pc.displayName.isEmpty() ? pc.managedDeviceName : pc.displayName;
}

QVariant CloudPcModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudPc &pc = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return displayNameOf(pc);
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
    case IdRole:
        return pc.id;
    case JsonRole:
        return pc.toJson();
    case StatusRole:
        return int(pc.status);
    case StatusTextRole:
        return pc.statusText;
    case PolicyIdRole:
        return pc.provisioningPolicyId;
    case FilterTextRole:
        return m_filterKeys.at(index.row());
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

void CloudPcModel::prepare(CloudPc &pc)
{
    for (QString *text : {&pc.provisioningPolicyId, &pc.provisioningPolicyName, &pc.provisioningType,
                          &pc.servicePlanId, &pc.servicePlanName, &pc.imageDisplayName,
                          &pc.onPremisesConnectionName, &pc.statusText, &pc.statusDetail.code,
                          &pc.statusDetail.message, &pc.osVersion, &pc.userAccountType, &pc.powerState})
        m_pool.intern(*text);
    for (auto &pair : pc.statusDetail.additionalInformation) {
        m_pool.intern(pair.first);
        m_pool.intern(pair.second);
    }
}

QString CloudPcModel::makeFilterKey(const CloudPc &pc)
{
    return (displayNameOf(pc) + QLatin1Char('\n') + pc.userPrincipalName + QLatin1Char('\n') +
            pc.provisioningPolicyName)
        .toLower();
}

void CloudPcModel::rowsAppended(int first)
{
    const QVector<CloudPc> &rows = items();
    for (int row = first; row < rows.size(); ++row)
        m_filterKeys.append(makeFilterKey(rows.at(row)));
}

void CloudPcModel::rowUpdated(int row)
{
    m_filterKeys[row] = makeFilterKey(at(row));
}

void CloudPcModel::cleared()
{
    m_filterKeys.clear();
    m_pool.clear();
}
