#pragma once

#include "retranslation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

class Operation;
class OperationRunner;

// Every operation the runner was given in this session, and those the follower took up again from the last
// session's audit log (add()), newest first: title, progress, summary ("3 done, 1 failed, 6 running").
// Cheap with many operations and many items: a change of an item updates its operation's row only (never a
// reset), the changes of one event-loop pass go out as one dataChanged per row, and finding the row of an
// operation is a hash lookup.
class OperationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Progress, Summary, Started, ColumnCount };
    enum Role { OperationRole = Qt::UserRole + 1, FinishedRole, ProgressPercentRole };

    explicit OperationsModel(OperationRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The language changed: the views read every header and cell again.
    void retranslate() { Retranslation::announce(this); }

    Operation *operationAt(int row) const;
    int rowOf(const Operation *operation) const;
    // Shows an operation the runner was not given (one the follower took up again); not owned. Once only.
    void add(Operation *operation);

private:
    void flushChanged();

    QList<QPointer<Operation>> m_operations; // oldest first: row = size - 1 - position
    QHash<const Operation *, int> m_positions;
    QSet<int> m_changed; // positions whose row changed since the last flush
};
