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
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

// Reprovision one or many Cloud PCs: OS version and user account type (or keep current), the Cloud PCs
// affected with the selection by status, a warning that they are wiped (and, when working Cloud PCs are among
// them, that they are too, with "only the failed ones"), and for more than one the count typed to confirm, or
// above kPhraseThreshold a phrase. Enter submits only from the typed confirmation once it matches, never
// cancels. After the admin confirms, the dialog shows each Cloud PC's outcome; it never submits twice.
class ReprovisionDialog : public QDialog
{
    Q_OBJECT
public:
    // Above this many Cloud PCs, a phrase is typed to confirm, not only the count.
    static constexpr int kPhraseThreshold = 100;

    explicit ReprovisionDialog(QVector<CloudPc> targets, QWidget *parent = nullptr);

    ReprovisionOptions options() const;
    const QVector<CloudPc> &targets() const { return m_targets; }
    bool isConfirmed() const;

    // Shows the submitted operation's per-item outcomes (the second page).
    void showProgress(Operation *operation);

    QComboBox *osVersionCombo() const { return m_osVersion; }
    QComboBox *accountTypeCombo() const { return m_accountType; }
    // Empty when none is asked (one Cloud PC).
    QLineEdit *confirmEdit() const { return m_needConfirm ? m_confirm : nullptr; }
    QString expectedConfirmation() const { return m_expectedConfirmation; }
    QString statusBreakdown() const { return m_statusBreakdown; }
    QLabel *healthyWarning() const { return m_healthyWarning; }
    QPushButton *onlyFailedButton() const { return m_onlyFailed; }
    QPushButton *reprovisionButton() const { return m_reprovisionButton; }
    QTableView *outcomeView() const { return m_outcomes; }

Q_SIGNALS:
    // Emitted once, when the admin confirms; the receiver submits the act and calls showProgress().
    void reprovisionRequested(const ReprovisionOptions &options);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void populate();
    void keepOnlyFailed();
    void updateConfirmState();
    void onReprovisionClicked();
    void updateProgress();

    QVector<CloudPc> m_targets;
    QStackedWidget *m_pages;
    QComboBox *m_osVersion;
    QComboBox *m_accountType;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_healthyWarning = nullptr;
    QPushButton *m_onlyFailed = nullptr;
    QLabel *m_affected = nullptr;
    QListWidget *m_list = nullptr;
    QString m_expectedConfirmation;
    bool m_needConfirm = false;
    QString m_statusBreakdown;
    QPushButton *m_reprovisionButton;
    QDialogButtonBox *m_buttons;
    QLabel *m_progressLabel;
    QTableView *m_outcomes;
    OperationItemsModel *m_outcomeModel;
    bool m_requested = false;
};
