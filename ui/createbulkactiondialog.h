#pragma once

#include "cloudpc.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Create a bulk action (reprovision or restart) over the selected Cloud PCs. A reprovision of more than one
// Cloud PC asks for the count typed, as the reprovision dialog does.
class CreateBulkActionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateBulkActionDialog(QVector<CloudPc> targets, QWidget *parent = nullptr);

    // "#microsoft.graph.cloudPcBulkReprovision" or "#microsoft.graph.cloudPcBulkRestart"
    QString odataType() const;
    QString displayName() const;
    QStringList cloudPcIds() const;

    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *createButton() const { return m_create; }

private:
    void updateState();

    QVector<CloudPc> m_targets;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLabel *m_warning;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QPushButton *m_create;
    bool m_nameEdited = false;
};
