#include "provisioningerrorusermodel.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

ProvisioningErrorUserModel::ProvisioningErrorUserModel(QObject *parent)
    : KeyedTableModel<ProvisioningErrorUser>(parent)
{}

int ProvisioningErrorUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProvisioningErrorUserModel::oneLine(const QString &detail)
{
    // The XML carries a readable description; show that, and the whole XML only when there is none.
    static const QRegularExpression description(QStringLiteral("<ErrorDescription>(.*)</ErrorDescription>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = description.match(detail);
    return (match.hasMatch() ? match.captured(1) : detail).simplified();
}

QVariant ProvisioningErrorUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvisioningErrorUser &user = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
    case Qt::ToolTipRole: {
        if (index.column() == Name)
            return user.displayName;
        if (index.column() == UserPrincipalName)
            return user.userPrincipalName;
        const std::optional<ServiceProvisioningError> error = user.latestUnresolvedError();
        if (!error)
            return {};
        switch (index.column()) {
        case ServiceInstance:
            return error->serviceInstance;
        case ErrorTime:
            if (role == SortRole)
                return error->createdDateTime;
            return error->createdDateTime.isValid()
                       ? QLocale().toString(error->createdDateTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case ErrorDetail:
            return role == Qt::ToolTipRole ? error->errorDetail : oneLine(error->errorDetail);
        }
        break;
    }
    case IdRole:
        return user.id;
    case JsonRole:
        return user.toJson();
    case UnresolvedCountRole:
        return int(user.unresolvedErrors().size());
    default:
        break;
    }
    return {};
}

QVariant ProvisioningErrorUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case UserPrincipalName:
        return tr("User principal name");
    case ServiceInstance:
        return tr("Service instance");
    case ErrorTime:
        return tr("Error time");
    case ErrorDetail:
        return tr("Error detail");
    }
    return {};
}
