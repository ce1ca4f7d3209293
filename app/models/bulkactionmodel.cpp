#include "bulkactionmodel.h"

#include "enumwords.h"

#include "statusstyle.h"

#include <QJsonObject>
#include <QLocale>

BulkActionModel::BulkActionModel(QObject *parent)
    : KeyedTableModel<BulkAction>(parent)
{}

int BulkActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkActionModel::summaryText(const BulkActionSummary &summary)
{
    QStringList parts;
    if (summary.successfulCount)
        parts << tr("%Ln succeeded", nullptr, int(summary.successfulCount));
    if (summary.failedCount)
        parts << tr("%Ln failed", nullptr, int(summary.failedCount));
    if (summary.inProgressCount)
        parts << tr("%Ln in progress", nullptr, int(summary.inProgressCount));
    if (summary.pendingCount)
        parts << tr("%Ln pending", nullptr, int(summary.pendingCount));
    if (summary.notSupportedCount)
        parts << tr("%Ln not supported", nullptr, int(summary.notSupportedCount));
    return parts.isEmpty() ? tr("No Cloud PCs") : parts.join(QStringLiteral(", "));
}

QVariant BulkActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkAction &action = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Name:
            return action.displayName;
        case Type:
            return action.typeDisplayName();
        case Created:
            if (role == SortRole)
                return action.createdDateTime;
            return action.createdDateTime.isValid()
                       ? QLocale().toString(action.createdDateTime.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case InitiatedBy:
            return action.initiatedByUserPrincipalName;
        case Status:
            return EnumWords::text(EnumWords::Kind::BulkActionStatus, action.status);
        case Summary:
            if (role == SortRole)
                return action.actionSummary.failedCount;
            return summaryText(action.actionSummary);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Summary)
            return summaryText(action.actionSummary);
        if (index.column() == Type)
            return action.odataType;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            const QColor color = StatusStyle::colorForText(action.status);
            if (color.isValid())
                return color;
        }
        break;
    case IdRole:
        return action.id;
    case JsonRole:
        return action.toJson();
    case SummaryCountsRole: {
        const BulkActionSummary &s = action.actionSummary;
        return QVariantList{s.successfulCount, s.failedCount, s.inProgressCount, s.pendingCount,
                            s.notSupportedCount};
    }
    case CloudPcIdsRole:
        return action.cloudPcIds;
    default:
        break;
    }
    return {};
}

QVariant BulkActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Created:
        return tr("Created");
    case InitiatedBy:
        return tr("Initiated by");
    case Status:
        return tr("Status");
    case Summary:
        return tr("Summary");
    }
    return {};
}
