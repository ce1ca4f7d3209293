#include "onpremisesconnectionmodel.h"

#include <QLocale>

OnPremisesConnectionModel::OnPremisesConnectionModel(QObject *parent)
    : KeyedTableModel<OnPremisesConnection>(parent)
{}

int OnPremisesConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OnPremisesConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OnPremisesConnection &connection = at(index.row());
    const QList<OnPremisesConnectionHealthCheck> failed = connection.failedChecks();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return connection.displayName;
        case Type:
            return connection.typeDisplayText();
        case Health:
            return connection.healthDisplayText();
        case LastCheck:
            if (role == SortRole)
                return connection.checksEndDateTime;
            return connection.checksEndDateTime.isValid()
                       ? QLocale().toString(connection.checksEndDateTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case FailedChecks: {
            if (role == SortRole)
                return int(failed.size());
            QStringList names;
            for (const OnPremisesConnectionHealthCheck &check : failed)
                names << check.displayName;
            return names.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FailedChecks && !failed.isEmpty()) {
            QStringList lines;
            for (const OnPremisesConnectionHealthCheck &check : failed)
                lines << tr("%1: %2").arg(check.displayName, check.recommendedAction);
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case IdRole:
        return connection.id;
    case JsonRole:
        return connection.toJson();
    case HealthRole:
        return int(connection.healthCheckStatus);
    case HealthTextRole:
        return connection.healthCheckStatusText;
    case FailedCheckCountRole:
        return int(failed.size());
    default:
        break;
    }
    return {};
}

QVariant OnPremisesConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Join type");
    case Health:
        return tr("Health checks");
    case LastCheck:
        return tr("Last checked");
    case FailedChecks:
        return tr("Failed checks");
    }
    return {};
}

int OnPremisesConnectionModel::rowOfName(const QString &displayName) const
{
    if (displayName.isEmpty())
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (at(row).displayName == displayName)
            return row;
    }
    return -1;
}
