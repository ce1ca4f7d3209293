#pragma once

#include "keyedtablemodel.h"
#include "onpremisesconnection.h"
#include "tableroles.h"

// Azure network connections as a table: name, join type, health check status, when the checks last ran and
// the checks that failed (or warn).
class OnPremisesConnectionModel : public KeyedTableModel<OnPremisesConnection>
{
    Q_OBJECT
public:
    enum Column { Name, Type, Health, LastCheck, FailedChecks, ColumnCount };
    enum Role {
        SortRole = TableRoles::SortRole,
        IdRole = TableRoles::IdRole,
        JsonRole = TableRoles::JsonRole,
        HealthRole = TableRoles::FirstCustomRole, // OnPremisesConnection::HealthStatus as int
        HealthTextRole,                           // the wire value, e.g. "failed"
        FailedCheckCountRole,                     // int
    };

    explicit OnPremisesConnectionModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of the connection Cloud PCs call by this name (onPremisesConnectionName); -1 when none.
    int rowOfName(const QString &displayName) const;
};
