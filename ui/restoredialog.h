#pragma once

#include "cloudpc.h"
#include "cloudpcsnapshot.h"
#include "grapherror.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class GraphClient;
class GraphListJob;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Restore one Cloud PC to one of its restore points: loads its snapshots from Graph (beta retrieveSnapshots)
// with a progress bar, says so when there are none or when they cannot be read (with Graph's request-id),
// lists them newest first (date in the locale's format, type and health in words, the unhealthy ones
// marked), says what a restore does to the work done since, and asks for a destructive-style confirmation:
// the Restore button waits for a restore point and the tick of "I understand…", and is never the default.
// Cancel (or closing) stops the loading.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Loading, Loaded, Empty, Failed };

    RestoreDialog(const CloudPc &pc, GraphClient *client, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    State state() const { return m_state; }
    // The chosen restore point's id (empty: none chosen).
    QString snapshotId() const;
    const QList<CloudPcSnapshot> &snapshots() const { return m_snapshots; }
    const GraphError &loadError() const { return m_error; }

    QTreeWidget *snapshotList() const { return m_list; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *restoreButton() const { return m_restore; }
    QLabel *stateLabel() const { return m_stateLabel; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    // The restore points were read (or could not be): state() says which.
    void loadingEnded();

private:
    void onPage(const QJsonArray &items);
    void onFinished();
    void onFailed(const GraphError &error);
    void updateButton();

    CloudPc m_pc;
    QPointer<GraphListJob> m_job;
    State m_state = State::Loading;
    QList<CloudPcSnapshot> m_snapshots;
    GraphError m_error;
    QLabel *m_stateLabel;
    QProgressBar *m_progress;
    QTreeWidget *m_list;
    QLabel *m_warning;
    QCheckBox *m_confirm;
    QPushButton *m_restore;
};
