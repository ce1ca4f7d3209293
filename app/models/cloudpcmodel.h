#pragma once

#include "domain/cloudpc.h"
#include "keyedtablemodel.h"
#include "stringpool.h"
#include "tableroles.h"

// The Cloud PCs of a tenant as a table. Rows are appended page by page (beginInsertRows, never a reset
// while loading), so views fill while a long list is still arriving. Strings that repeat across Cloud PCs
// (policy, plan, image, type, status) are shared, which keeps a 100,000-row tenant small.
class CloudPcModel : public KeyedTableModel<CloudPc>
{
    Q_OBJECT
public:
    enum Column {
        Name,
        User,
        Status,
        StatusDetail,
        Policy,
        Plan,
        Image,
        Type,
        LastModified,
        GracePeriodEnd,
        ColumnCount
    };
    enum Role {
        SortRole = TableRoles::SortRole, // a value that sorts right (dates as dates, status by its text)
        IdRole = TableRoles::IdRole,
        JsonRole = TableRoles::JsonRole,
        StatusRole = TableRoles::FirstCustomRole, // CloudPcStatus as int
        StatusTextRole,                           // the wire value, e.g. "failed"
        PolicyIdRole,
        FilterTextRole, // what the filter box matches: name, user, policy (lower-cased)
    };

    explicit CloudPcModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the whole list (after a completed reload).
    void setCloudPcs(QVector<CloudPc> cloudPcs) { setItems(std::move(cloudPcs)); }
    const QVector<CloudPc> &cloudPcs() const { return items(); }

    // Name, user and policy of a row, lower-cased and joined: what the filter box matches against.
    const QString &filterKey(int row) const { return m_filterKeys.at(row); }
    // The name a row shows (the managed device name when the Cloud PC has no display name).
    static QString displayNameOf(const CloudPc &pc);

protected:
    void prepare(CloudPc &pc) override;
    void rowsAppended(int first) override;
    void rowUpdated(int row) override;
    void cleared() override;

private:
    static QString makeFilterKey(const CloudPc &pc);

    QVector<QString> m_filterKeys;
    StringPool m_pool;
};
