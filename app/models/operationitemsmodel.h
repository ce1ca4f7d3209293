#pragma once

#include "operation.h" // complete: operation() converts the QPointer
#include "retranslation.h"

#include <QAbstractTableModel>
#include <QPointer>

// The items of one Operation as a table (target, state, HTTP status, error, request-id), live as they move.
class OperationItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Target, State, Detail, RequestId, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, TargetIdRole };

    explicit OperationItemsModel(QObject *parent = nullptr);

    void setOperation(Operation *operation);
    Operation *operation() const { return m_operation; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The language changed: the views read every header and cell again.
    void retranslate() { Retranslation::announce(this); }

private:
    QPointer<Operation> m_operation;
};
