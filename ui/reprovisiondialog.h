#pragma once

#include "cloudpc.h"
#include "reprovisionoptions.h"

#include <QDialog>
#include <QVector>

class Operation;
class OperationItemsModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

// Reprovision one or many Cloud PCs: OS version and user account type (or keep current), the Cloud PCs
// affected, a warning that they are wiped, and for more than one the count typed to confirm. After the admin
// confirms, the dialog shows each Cloud PC's outcome as it arrives; it never submits twice.
class ReprovisionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReprovisionDialog(QVector<CloudPc> targets, QWidget *parent = nullptr);

    ReprovisionOptions options() const;
    const QVector<CloudPc> &targets() const { return m_targets; }
    bool isConfirmed() const;

    // Shows the submitted operation's per-item outcomes (the second page).
    void showProgress(Operation *operation);

    QComboBox *osVersionCombo() const { return m_osVersion; }
    QComboBox *accountTypeCombo() const { return m_accountType; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *reprovisionButton() const { return m_reprovisionButton; }
    QTableView *outcomeView() const { return m_outcomes; }

Q_SIGNALS:
    // Emitted once, when the admin confirms; the receiver submits the act and calls showProgress().
    void reprovisionRequested(const ReprovisionOptions &options);

private:
    void updateConfirmState();
    void onReprovisionClicked();
    void updateProgress();

    QVector<CloudPc> m_targets;
    QStackedWidget *m_pages;
    QComboBox *m_osVersion;
    QComboBox *m_accountType;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_reprovisionButton;
    QDialogButtonBox *m_buttons;
    QLabel *m_progressLabel;
    QTableView *m_outcomes;
    OperationItemsModel *m_outcomeModel;
    bool m_requested = false;
};
