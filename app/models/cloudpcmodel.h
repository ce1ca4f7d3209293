#pragma once

#include "domain/cloudpc.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

// The Cloud PCs of a tenant as a table. Rows are appended page by page (beginInsertRows, never a reset
// while loading), so views fill while a long list is still arriving.
class CloudPcModel : public QAbstractTableModel
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
        SortRole = Qt::UserRole + 1, // a value that sorts right (dates as dates, status by its text)
        IdRole,
        StatusRole,     // CloudPcStatus as int
        StatusTextRole, // the wire value, e.g. "failed"
        PolicyIdRole,
        FilterTextRole, // what the filter box matches: name, user, policy
    };

    explicit CloudPcModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Appends new Cloud PCs; one already present (same id) is updated in place instead, so nothing shows
    // twice.
    void append(const QVector<CloudPc> &cloudPcs);
    // Replaces the whole list (after a completed reload).
    void setCloudPcs(QVector<CloudPc> cloudPcs);

    const CloudPc &at(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }
    const QVector<CloudPc> &cloudPcs() const { return m_rows; }

private:
    QVector<CloudPc> m_rows;
    QHash<QString, int> m_rowById;
};
