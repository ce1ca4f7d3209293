#pragma once

#include "bulkaction.h"
#include "keyedtablemodel.h"
#include "tableroles.h"

// Cloud PC bulk actions as a table: name, type, when and by whom, status and how the run went.
class BulkActionModel : public KeyedTableModel<BulkAction>
{
    Q_OBJECT
public:
    enum Column { Name, Type, Created, InitiatedBy, Status, Summary, ColumnCount };
    enum Role {
        SortRole = TableRoles::SortRole,
        IdRole = TableRoles::IdRole,
        JsonRole = TableRoles::JsonRole,
        // QVariantList of qint64: successful, failed, in progress, pending, not supported.
        SummaryCountsRole = TableRoles::FirstCustomRole,
        CloudPcIdsRole, // QStringList
    };

    explicit BulkActionModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12 succeeded, 3 failed, …" (only the counts that are not zero).
    static QString summaryText(const BulkActionSummary &summary);
};
