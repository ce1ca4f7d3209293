#pragma once

#include "bulkaction.h"
#include "cloudpc.h"

#include <QDialog>
#include <QStringList>
#include <QVector>
#include <optional>

class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

// Retry a bulk action: all its failed Cloud PCs (no cloudPcIds in the body), or exactly the ones the admin
// ticks. Lists the action's Cloud PCs with their current status; the failed ones are ticked to begin with.
class BulkActionRetryDialog : public QDialog
{
    Q_OBJECT
public:
    // devices: the Cloud PCs the console knows of; ids of the action it does not know are listed as such.
    BulkActionRetryDialog(const BulkAction &action, const QVector<CloudPc> &devices,
                          QWidget *parent = nullptr);

    // Nothing: retry every failed device (the body carries no cloudPcIds). Otherwise the ticked ids.
    std::optional<QStringList> cloudPcIds() const;

    QRadioButton *allFailedButton() const { return m_allFailed; }
    QRadioButton *selectedButton() const { return m_selected; }
    QTreeWidget *deviceList() const { return m_devices; }
    QPushButton *retryButton() const { return m_retry; }

private:
    void updateState();

    QRadioButton *m_allFailed;
    QRadioButton *m_selected;
    QTreeWidget *m_devices;
    QLabel *m_count;
    QPushButton *m_retry;
};
