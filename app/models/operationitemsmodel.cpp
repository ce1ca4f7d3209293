#include "operationitemsmodel.h"

#include "operation.h"
#include "statusstyle.h"

#include <QColor>
#include <QLocale>

OperationItemsModel::OperationItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OperationItemsModel::setOperation(Operation *operation)
{
    beginResetModel();
    if (m_operation)
        m_operation->disconnect(this);
    m_operation = operation;
    if (m_operation) {
        connect(m_operation, &Operation::itemChanged, this,
                [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
        connect(m_operation, &QObject::destroyed, this, [this] { setOperation(nullptr); });
    }
    endResetModel();
}

int OperationItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_operation ? 0 : m_operation->itemCount();
}

int OperationItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationItemsModel::data(const QModelIndex &index, int role) const
{
    if (!m_operation ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operation::Item &item = m_operation->item(index.row());
    if (role == StateRole)
        return int(item.state);
    if (role == TargetIdRole)
        return item.targetId;
    const bool followed = item.follow != Operation::FollowState::NotFollowed;
    if (role == Qt::ForegroundRole && index.column() == State && followed) {
        switch (item.follow) {
        case Operation::FollowState::Succeeded:
            return StatusStyle::color(StatusStyle::Kind::Ok);
        case Operation::FollowState::Failed:
            return StatusStyle::color(StatusStyle::Kind::Failed);
        case Operation::FollowState::StillRunning:
        case Operation::FollowState::Canceled:
        case Operation::FollowState::NotSupported:
            return StatusStyle::color(StatusStyle::Kind::Warning);
        default:
            return StatusStyle::color(StatusStyle::Kind::Busy);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        // The status colours, which read on the light and the dark palette.
        switch (item.state) {
        case Operation::ItemState::Accepted:
            return StatusStyle::color(StatusStyle::Kind::Ok);
        case Operation::ItemState::Failed:
            return StatusStyle::color(StatusStyle::Kind::Failed);
        case Operation::ItemState::OutcomeUnknown:
            return StatusStyle::color(StatusStyle::Kind::Warning);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Target:
        return item.label.isEmpty() ? item.targetId : item.label;
    case State:
        if (!followed)
            return Operation::stateName(item.state);
        // After acceptance: where the act stands as Graph says, and when it was last asked.
        if (role == Qt::ToolTipRole && item.lastChecked.isValid())
            return tr("%1 (accepted; last checked %2)")
                .arg(Operation::followStateName(item.follow),
                     QLocale().toString(item.lastChecked.toLocalTime(), QLocale::LongFormat));
        return Operation::followStateName(item.follow);
    case Detail:
        if (followed && !item.followReason.isEmpty())
            return item.retriedIn.isEmpty() ? item.followReason
                                            : tr("%1 (sent again as a new operation)").arg(item.followReason);
        if (!item.error.isError())
            return item.httpStatus ? tr("HTTP %1").arg(item.httpStatus) : QString();
        return role == Qt::ToolTipRole ? item.error.details() : item.error.summary();
    case RequestId:
        return item.error.requestId.isEmpty() ? item.requestId : item.error.requestId;
    }
    return {};
}

QVariant OperationItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Target:
        return tr("Target");
    case State:
        return tr("State");
    case Detail:
        return tr("Result");
    case RequestId:
        return tr("Request ID");
    }
    return {};
}
