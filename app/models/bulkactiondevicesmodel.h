#pragma once

#include "retranslation.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

class CloudPcModel;

// The Cloud PCs of one bulk action with their current status, looked up in a CloudPcModel (and kept up to
// date as it changes). A Cloud PC the model does not hold shows its id.
class BulkActionDevicesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The status beside the name, where a narrow pane still shows it; the user last (it stretches).
    enum Column { Name, Status, User, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    explicit BulkActionDevicesModel(CloudPcModel *cloudPcs, QObject *parent = nullptr);

    void setCloudPcIds(const QStringList &ids);
    const QStringList &cloudPcIds() const { return m_ids; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The language changed: the views read every header and cell again.
    void retranslate() { Retranslation::announce(this); }

private:
    void refreshAll();

    QPointer<CloudPcModel> m_cloudPcs;
    QStringList m_ids;
};
