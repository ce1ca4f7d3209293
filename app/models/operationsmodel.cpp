#include "operationsmodel.h"

#include "operation.h"
#include "operationrunner.h"

#include <QLocale>
#include <QTimer>

OperationsModel::OperationsModel(OperationRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (Operation *operation : runner->operations())
        add(operation);
    connect(runner, &OperationRunner::operationAdded, this, &OperationsModel::add);
}

void OperationsModel::add(Operation *operation)
{
    if (!operation || m_positions.contains(operation))
        return;
    beginInsertRows(QModelIndex(), 0, 0);
    const int position = int(m_operations.size());
    m_operations.append(operation);
    m_positions.insert(operation, position);
    endInsertRows();
    connect(operation, &Operation::itemChanged, this, [this, position] {
        if (m_changed.isEmpty())
            QTimer::singleShot(0, this, &OperationsModel::flushChanged);
        m_changed.insert(position);
    });
    // Another operation may come to live at the same address later.
    connect(operation, &QObject::destroyed, this, [this, operation] { m_positions.remove(operation); });
}

void OperationsModel::flushChanged()
{
    const QSet<int> changed = std::exchange(m_changed, {});
    for (int position : changed) {
        const int row = int(m_operations.size()) - 1 - position;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int OperationsModel::rowOf(const Operation *operation) const
{
    const auto it = m_positions.constFind(operation);
    return it == m_positions.cend() ? -1 : int(m_operations.size()) - 1 - it.value();
}

Operation *OperationsModel::operationAt(int row) const
{
    return row >= 0 && row < m_operations.size() ? m_operations[m_operations.size() - 1 - row].data()
                                                 : nullptr;
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
    const Operation *operation = operationAt(index.row());
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
