#pragma once

#include "keyedtablemodel.h"
#include "provisioningerroruser.h"
#include "tableroles.h"

// Users with service provisioning errors as a table; each row shows the user's latest unresolved error.
class ProvisioningErrorUserModel : public KeyedTableModel<ProvisioningErrorUser>
{
    Q_OBJECT
public:
    enum Column { Name, UserPrincipalName, ServiceInstance, ErrorTime, ErrorDetail, ColumnCount };
    enum Role {
        SortRole = TableRoles::SortRole,
        IdRole = TableRoles::IdRole,
        JsonRole = TableRoles::JsonRole,
        UnresolvedCountRole = TableRoles::FirstCustomRole,
    };

    explicit ProvisioningErrorUserModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The error detail (XML) in one line, for the table.
    static QString oneLine(const QString &detail);
};
