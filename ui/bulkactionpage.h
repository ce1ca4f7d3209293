#pragma once

#include "listpage.h"

class BulkActionDevicesModel;
class BulkActionLoader;
class BulkActionModel;
class CloudPcModel;

// The bulk actions tab: name, type, created, initiated by, status and the run summary as a bar; the detail
// pane lists the action's Cloud PCs with their current status.
class BulkActionPage : public ListPage
{
    Q_OBJECT
public:
    BulkActionPage(BulkActionModel *model, BulkActionLoader *loader, CloudPcModel *cloudPcs,
                   QWidget *parent = nullptr);

    QTableView *devicesView() const { return m_devicesView; }
    BulkActionDevicesModel *devicesModel() const { return m_devices; }

protected:
    QList<int> defaultColumnWidths() const override;
    QStringList typicalTexts(int column) const override;
    QString countText(int count) const override;
    QString listName() const override;
    void showDetail(int sourceRow) override;
    void retranslateUi() override;

private:
    BulkActionModel *m_model;
    BulkActionDevicesModel *m_devices;
    QTableView *m_devicesView;
    QLabel *m_devicesLabel = nullptr;
    QSplitter *m_pane = nullptr;
};
