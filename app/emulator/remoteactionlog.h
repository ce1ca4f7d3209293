#pragma once

#include "cloudpcremoteactionresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <optional>

class DemoTenant;

// The remote action results of the emulated tenant (beta cloudPcRemoteActionResult): every Cloud PC act the
// emulator accepts records one for its Cloud PC, with the act's Graph actionName, started now (real UTC),
// pending, then active, then done or failed. Acts play out on a compressible clock: each act takes its
// emulated duration (a reprovision 40 minutes, a resize 20, a restart 3, …) divided by the time scale
// (emulated seconds per real second).
//
// Two kinds of act: those whose end TenantActivity (or DemoSnapshots) decides because the Cloud PC's status
// moves with them (reprovision, resize, bulk acts) call finish() at the moment the status changes, so the
// result and the status always agree; the others end by themselves here, a share of them failed.
class RemoteActionLog : public QObject
{
    Q_OBJECT
public:
    struct ActInfo
    {
        const char *act;        // the route segment the emulator counts ("reprovision", "reboot", …)
        const char *actionName; // Graph's actionName ("Reprovision", "Reboot", …)
        int emulatedSeconds;    // how long it takes on the service
        bool endedByActivity;   // its end comes from the status change (finish()), not from here
        bool mayFail;           // ending by itself, a share of them fails (not when the status shows success)
    };

    explicit RemoteActionLog(DemoTenant *tenant, QObject *parent = nullptr);

    // timeScale: emulated seconds per real second (> 0); failureShare: share of acts that end failed.
    void setTiming(double timeScale, double failureShare, quint32 seed);
    double timeScale() const { return m_timeScale; }
    double failureShare() const { return m_failureShare; }
    void setFailureShare(double share) { m_failureShare = share; }

    // The one table of the emulator's acts and their Graph actionName; nullptr for an act not on a Cloud PC.
    static const ActInfo *actInfo(const QString &act);
    // The act a bulk action's subtype (@odata.type "#microsoft.graph.cloudPcBulkRestart") does to each of
    // its Cloud PCs ("reboot"); empty when unknown.
    static QString actOfBulkType(const QString &odataType);
    // How long the act takes in real milliseconds on this clock.
    int durationMs(const QString &act) const;

    // Records a pending result of the act for the Cloud PC (unknown acts and Cloud PCs are ignored).
    // endsItself false: whoever started it calls finish() (the devices of a bulk action).
    void start(const QString &act, const QString &cloudPcId, bool endsItself = true);
    // Ends the newest open result of the act on the Cloud PC: done, or failed with the detail.
    void finish(const QString &act, const QString &cloudPcId, bool failed,
                const CloudPcStatusDetail &detail = {});
    // The believable statusDetail of a failed act.
    static CloudPcStatusDetail failureDetail(const QString &act);

    // Oldest first.
    QList<CloudPcRemoteActionResult> results(const QString &cloudPcId) const
    {
        return m_results.value(cloudPcId);
    }
    std::optional<CloudPcRemoteActionResult> last(const QString &cloudPcId) const;
    // Older done and failed results for some Cloud PCs of the tenant (deterministic by seed).
    void addHistory(quint32 seed);

Q_SIGNALS:
    void resultChanged(const QString &cloudPcId, const QString &actionName);

private:
    CloudPcRemoteActionResult *open(const QString &cloudPcId, const QString &actionName);
    void setState(CloudPcRemoteActionResult &result, CloudPcRemoteActionResult::State state);

    DemoTenant *m_tenant;
    double m_timeScale = 600;
    double m_failureShare = 0.1;
    QRandomGenerator m_random;
    QHash<QString, QList<CloudPcRemoteActionResult>> m_results; // by Cloud PC id, oldest first
};
