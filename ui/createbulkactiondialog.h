#pragma once

#include "cloudpc.h"

#include <QDialog>
#include <QVariantMap>
#include <QVector>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

// Create a bulk action of any kind Graph offers (restart, reprovision, troubleshoot, power on/off, resize
// with a target plan, restore to a point in time, create snapshot, place under review) over the selected
// Cloud PCs, at most 5,000. The selection is shown by status; a destructive kind over working Cloud PCs says
// so and offers only the failed ones; many Cloud PCs ask for the count typed, a whole fleet (more than 100)
// for a phrase. Enter creates only from the typed confirmation once it matches.
class CreateBulkActionDialog : public QDialog
{
    Q_OBJECT
public:
    // Above this many Cloud PCs, a phrase is typed to confirm, not only the count.
    static constexpr int kPhraseThreshold = 100;

    explicit CreateBulkActionDialog(QVector<CloudPc> targets, QWidget *parent = nullptr);

    // The kind, as cloudpcctl names it: "reprovision", "power-on", "resize" …
    QString kind() const;
    // "#microsoft.graph.cloudPcBulkReprovision" …
    QString odataType() const;
    QString displayName() const;
    QStringList cloudPcIds() const;
    // The catalog's option values: type, name, and the kind's own (plan, restore-point, time-range).
    QVariantMap values() const;
    // The service plans a resize can target: id and what the admin reads ("Cloud PC Enterprise 4vCPU/16GB").
    void setServicePlans(const QList<QPair<QString, QString>> &plans);

    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *planCombo() const { return m_plan; }
    QDateTimeEdit *restorePointEdit() const { return m_restorePoint; }
    QComboBox *timeRangeCombo() const { return m_timeRange; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *onlyFailedButton() const { return m_onlyFailed; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *warningLabel() const { return m_warning; }
    QString expectedConfirmation() const { return m_expected; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void populate();
    void updateState();
    void keepOnlyFailed();
    bool isConfirmed() const;

    QVector<CloudPc> m_targets;
    QFormLayout *m_form = nullptr;
    QComboBox *m_type;
    QLineEdit *m_name;
    QWidget *m_planRow;
    QComboBox *m_plan;
    QWidget *m_restoreRow;
    QDateTimeEdit *m_restorePoint;
    QComboBox *m_timeRange;
    QLabel *m_status;
    QLabel *m_warning;
    QLabel *m_healthy;
    QPushButton *m_onlyFailed;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QPushButton *m_create;
    QString m_expected;
    bool m_nameEdited = false;
};
