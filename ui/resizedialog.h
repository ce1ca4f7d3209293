#pragma once

#include "cloudpc.h"
#include "grapherror.h"
#include "graphlistjob.h"
#include "serviceplan.h"

#include <QDialog>
#include <QPointer>
#include <QVector>

class GraphClient;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// Resize Cloud PCs to another service plan. It loads the tenant's service plans (beta servicePlans) with a
// progress bar (Cancel stops the load), or says why the load failed with Graph's request-id and offers to try
// again. Then it lists the plans a Cloud PC can be resized to: only those of the type and provisioning type
// of the selected Cloud PCs' current plan; the current plan is marked and cannot be chosen. Selected Cloud
// PCs the resize does not apply to (not provisioned, on a plan of another type than the others, on a plan the
// tenant does not list) are named as left out, with the reason. For more than one Cloud PC the count is typed
// to confirm; the Resize button is never the default one, and the dialog accepts once.
class ResizeDialog : public QDialog
{
    Q_OBJECT
public:
    ResizeDialog(QVector<CloudPc> targets, GraphClient *client, QWidget *parent = nullptr);
    ~ResizeDialog() override;

    enum Page { LoadingPage, FailedPage, ChoosePage };
    Page page() const;
    bool isLoading() const { return m_job != nullptr; }

    // The Cloud PCs the resize is sent for, and the plan chosen (empty: none yet).
    const QVector<CloudPc> &included() const { return m_included; }
    QString selectedPlanId() const;
    QString selectedPlanName() const;
    // Every plan loaded, and the ones offered (same type; the current ones among them, not selectable).
    const QVector<ServicePlan> &plans() const { return m_plans; }
    QStringList offeredPlanIds() const;
    // "name: reason" per Cloud PC left out.
    QStringList leftOut() const { return m_leftOut; }
    bool isConfirmed() const;

    QTreeWidget *planList() const { return m_planList; }
    QListWidget *leftOutList() const { return m_leftOutList; }
    QLineEdit *confirmEdit() const { return m_needConfirm ? m_confirm : nullptr; }
    QPushButton *resizeButton() const { return m_resizeButton; }
    QPushButton *cancelButton() const;
    QPushButton *retryButton() const { return m_retryButton; }
    QLabel *errorLabel() const { return m_error; }
    // What is said about the plans not offered (other types, unreadable ones).
    QLabel *notOfferedLabel() const { return m_otherTypes; }
    const GraphError &loadError() const { return m_loadError; }

Q_SIGNALS:
    // The plans are in (or the load failed): the dialog shows the choice (or the error).
    void plansLoaded();
    void loadFailed(const GraphError &error);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void reject() override;

private:
    void load();
    void onLoaded();
    void onFailed(const GraphError &error);
    void populate();
    void updateState();
    void onResizeClicked();

    QVector<CloudPc> m_targets;
    QVector<CloudPc> m_included;
    GraphClient *m_client;
    QPointer<GraphListJob> m_job;
    QVector<ServicePlan> m_plans;
    QStringList m_parseProblems;
    int m_unreadable = 0; // plans Graph sent that could not be read
    QStringList m_leftOut;
    GraphError m_loadError;
    QStackedWidget *m_pages;
    QProgressBar *m_progress;
    QLabel *m_loadingLabel;
    QLabel *m_error;
    QPushButton *m_retryButton;
    QLabel *m_intro;
    QLabel *m_warning;
    QTreeWidget *m_planList;
    QLabel *m_otherTypes;
    QLabel *m_leftOutLabel;
    QListWidget *m_leftOutList;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QDialogButtonBox *m_buttons;
    QPushButton *m_resizeButton;
    bool m_needConfirm = false;
    bool m_requested = false;
};
