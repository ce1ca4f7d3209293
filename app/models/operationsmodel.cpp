#include "operationsmodel.h"

#include "operation.h"
#include "operationrunner.h"

#include <QLocale>

OperationsModel::OperationsModel(OperationRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (Operation *operation : runner->operations())
        add(operation);
    connect(runner, &OperationRunner::operationAdded, this, &OperationsModel::add);
}

void OperationsModel::add(Operation *operation)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_operations.prepend(operation);
    endInsertRows();
    connect(operation, &Operation::itemChanged, this, [this, operation] {
        const int row = rowOf(operation);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int OperationsModel::rowOf(const Operation *operation) const
{
    for (int row = 0; row < m_operations.size(); ++row) {
        if (m_operations[row] == operation)
            return row;
    }
    return -1;
}

Operation *OperationsModel::operationAt(int row) const
{
    return row >= 0 && row < m_operations.size() ? m_operations[row].data() : nullptr;
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operation *operation = m_operations[index.row()];
    if (!operation)
        return {};
    const int percent = operation->itemCount() ? 100 * operation->doneCount() / operation->itemCount() : 100;
    switch (role) {
    case OperationRole:
        return QVariant::fromValue(const_cast<Operation *>(operation));
    case FinishedRole:
        return operation->isFinished();
    case ProgressPercentRole:
        return percent;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return operation->title();
        case Progress:
            return tr("%1 of %2").arg(operation->doneCount()).arg(operation->itemCount());
        case Summary:
            return operation->summary();
        case Started:
            return QLocale().toString(operation->created().toLocalTime(), QLocale::ShortFormat);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Operation");
    case Progress:
        return tr("Progress");
    case Summary:
        return tr("Items");
    case Started:
        return tr("Started");
    }
    return {};
}
