#pragma once

#include "actcatalog.h"
#include "auditrecord.h"
#include "bulkaction.h"
#include "cloudpc.h"
#include "cloudpcremoteactionresult.h"
#include "operation.h"
#include "tokenbucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <optional>

class AuditLog;
class GraphClient;
class OperationRunner;
struct BatchItemResult;

// Follows accepted acts to their end. Graph answers 204/202 when it accepts an act; the act then runs for
// minutes to an hour and can still fail. Once OperationRunner marks an item Accepted, the follower reads
// how it stands until Graph says it is done or failed, and sets the item's FollowState (see Operation):
//
//  - Cloud PC acts: GET beta cloudPCs/{id}/retrieveCloudPcRemoteActionResults, the newest entry whose
//    actionName is the act's (ActDefinition::remoteActionName) and which started at or after the request was
//    sent (less a clock-skew allowance); for acts that change the Cloud PC's status (changesStatus) also the
//    Cloud PC (beta): it is done when the result is, or when it is back to provisioned after having left it,
//    and failed when it ends failed after having left provisioned.
//  - a bulk action's creation: GET beta bulkActions/{id} ($select id,status,actionSummary).
//  - acts with no way to follow (the retries of policies, bulk actions and users) end at Accepted.
//
// Politely: reads of all followed items go in $batch requests of up to 20 (BatchJob retries throttled ones
// after their Retry-After); each item is read at growing intervals (15 s, 30 s, 1 min, then every 2 min);
// all following together reads at most Schedule::readsPerSecond a second, every request inside a $batch
// counting (Graph throttles each of them), with bursts of one full $batch (a token bucket); a
// 429/503 with Retry-After pauses all following for that long. An item still running after its act's time
// limit (followTimeLimitSeconds) ends StillRunning ("stopped following"). Nothing blocks: one timer, and
// each answer handled as it comes.
//
// Every end is written to the audit log as a Result record; items accepted but without one (the console
// stopped while following) are taken up again by resume().
class ActFollower : public QObject
{
    Q_OBJECT
public:
    struct Schedule
    {
        QList<qint64> intervalsMs{15000, 30000, 60000}; // before the first, second, third read
        qint64 steadyIntervalMs = 120000;               // then between reads
        // Multiplies the intervals, the time limits and the skew: 1 for Graph; tests, the benchmark and the
        // demo's compressed clock use less.
        double timeScale = 1.0;
        // Graph requests of all following together, each request inside a $batch counting: a few a second.
        double readsPerSecond = 4.0;
        double burst = 20.0;         // one full $batch
        qint64 clockSkewMs = 120000; // a result that started this long before the send still counts
        int readsPerBatch = 20;
        // Items due within this long of one that is due go in the same $batch (fuller batches, fewer
        // requests); scaled like the intervals.
        qint64 coalesceMs = 10000;
    };

    // What a read says about an item.
    struct Verdict
    {
        Operation::FollowState state = Operation::FollowState::Running;
        QString reason;
        QDateTime updated; // the result's lastUpdatedDateTime
    };

    ActFollower(GraphClient *client, AuditLog *auditLog, QObject *parent = nullptr);

    void setSchedule(const Schedule &schedule);
    const Schedule &schedule() const { return m_schedule; }

    // Follows the accepted items of every operation the runner is given.
    void watch(OperationRunner *runner);
    // Follows the operation's accepted items, now and as they are accepted.
    void follow(Operation *operation);
    // Takes up the items the audit log has as accepted with no Result record (the last run stopped while
    // following them): one operation per act, owned by the follower, announced by resumed(). Acts that are
    // not followed are left alone. Only the acts of `tenantId` (the signed-in tenant; acts of another tenant
    // or of none would read as gone there), once per tenant: a second call for it takes up nothing.
    QList<Operation *> resume(const QString &tenantId);

    // Items being followed now.
    int followingCount() const { return int(m_tracked.size()); }

    struct Stats
    {
        int batches = 0;   // $batch requests handed to BatchJob (its own resends not counted)
        int reads = 0;     // sub-requests in them
        int throttled = 0; // reads answered 429/503 (or retried after one)
    };
    const Stats &stats() const { return m_stats; }

    // The schedule: how long after the previous read (or the acceptance) read number `reads` (0-based)
    // comes, already scaled.
    static qint64 intervalMs(int reads, const Schedule &schedule);
    // The entry of the results that stands for the act sent at sentAt: the newest with this actionName
    // (case-insensitive) that started at or after sentAt - skewMs.
    static std::optional<CloudPcRemoteActionResult>
    matchResult(const QList<CloudPcRemoteActionResult> &results, const QString &actionName,
                const QDateTime &sentAt, qint64 skewMs);
    // What the act's result and (for acts that change status) its Cloud PC say. *leftSteadyStatus: whether
    // the Cloud PC has been seen out of provisioned since the act was sent (kept across reads).
    static Verdict judge(const ActDefinition &act, const std::optional<CloudPcRemoteActionResult> &result,
                         const std::optional<CloudPc> &cloudPc, bool *leftSteadyStatus);
    static Verdict judgeBulkAction(const BulkAction &action);
    // "code: message" of a statusDetail (either alone when the other is empty).
    static QString reasonOf(const CloudPcStatusDetail &detail);

Q_SIGNALS:
    // An item's follow state changed (also through Operation::itemChanged).
    void itemFollowChanged(Operation *operation, int index);
    // An operation taken up again from the audit log.
    void resumed(Operation *operation);
    // Nothing left to follow.
    void idle();
    // Graph refused a read for a reason that waiting does not cure (401, 403, 400): the item stays running
    // and is read again later; a caller may give up (cloudpcctl exits 4).
    void readFailed(const QString &summary);

private:
    struct Tracked
    {
        QPointer<Operation> operation;
        int index = 0;
        const ActDefinition *act = nullptr;
        int reads = 0;
        qint64 dueMs = 0;
        bool inFlight = false;
        bool leftSteadyStatus = false;
        // Acts that change status: read the Cloud PC too while no result of the act has been seen (once
        // the service lists the result, it alone says how the act ends).
        bool readStatus = true;
    };

    void consider(Operation *operation, int index, bool readNow);
    void tick();
    void arm(qint64 delayMs);
    void sendBatch(const QList<quint64> &ids);
    void onBatchFinished(const QList<QPair<quint64, int>> &reads, const QList<BatchItemResult> &results);
    void finishItem(quint64 id, const Verdict &verdict);
    void flushRecords();
    void reschedule(Tracked &tracked, qint64 notBeforeMs);
    qint64 timeLimitMs(const Tracked &tracked) const;

    GraphClient *m_client;
    AuditLog *m_auditLog;
    Schedule m_schedule;
    TokenBucket m_bucket;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_pauseUntilMs = 0;
    quint64 m_nextId = 1;
    QHash<quint64, Tracked> m_tracked;
    QSet<const Operation *> m_watched; // operations whose items are taken up as they are accepted
    QSet<QString> m_resumedTenants;    // tenants whose unfinished acts resume() took up
    Stats m_stats;
    QList<AuditRecord> m_pendingRecords; // Result records not yet on disk (flushed once per $batch answer)
};
