#pragma once

#include "retranslation.h"

#include <QAbstractTableModel>
#include <QPointer>

class Operation;
class OperationRunner;

// Every operation the runner was given in this session, newest first: title, progress, summary.
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

private:
    void add(Operation *operation);

    QList<QPointer<Operation>> m_operations; // newest first
};
