#pragma once

#include "operation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class AuditLog;
class BatchJob;
struct BatchItemResult;
class GraphClient;

// Sends the items of submitted operations through GraphClient, writing the audit log before each item is sent
// and again with its outcome. Never sends an item twice on its own: a request whose outcome is unknown stays
// OutcomeUnknown until the admin decides; a target already in flight for the same kind of act is refused.
//
// The acts (state-changing requests) of an operation with more than one item go in JSON batches of up to 20
// (BatchJob), one batch taking one place of the window of GraphClient::maxConcurrentRequests(); every other
// item is sent on its own. Reads stay direct: GraphCall sends a read again after a lost connection, which a
// $batch request (a POST) must not be. Either way the audit record of each item is on disk before the request
// that carries it leaves, and items still queued stay cancellable.
//
// Nothing here waits for the disk: the "sending" records of a $batch (or of one item) are written with one
// write and the item marked Sent; the request leaves when AuditLog says they are on the disk (its sync
// thread), a few milliseconds later. A Sent item is on its way: cancel() no longer reaches it. The outcome
// records of the answers in one $batch reply are written with one write, in the turn after the reply, and
// only then do the items change state. Should the
// runner go in between, the item's record stays without an outcome and the next start reports it as
// outcome unknown (AuditLog::recoverInterrupted), never as sent or not.
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    OperationRunner(GraphClient *client, AuditLog *auditLog, QObject *parent = nullptr);

    // Takes ownership. Returns false (and leaves the operation unsent) when the audit log cannot be written
    // or every item is already in flight; items already in flight are marked Cancelled with a reason.
    bool submit(Operation *operation);
    // Cancels the items of an operation that are not sent yet, and those of its batches that wait out a
    // Retry-After (the service answered 429/503 and did nothing).
    void cancel(Operation *operation);
    // Sends the failed (and, if asked, outcome-unknown) items of an operation again, as a new attempt.
    int retryFailed(Operation *operation, bool includeUnknown = false);

    const QList<Operation *> &operations() const { return m_operations; }
    bool hasWorkInFlight() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void operationAdded(Operation *operation);
    void operationFinished(Operation *operation);

private:
    void enqueue(Operation *operation, int index);
    void pump();
    void sendItem(Operation *operation, int index);
    // Sends the item with the next queued items of the same operation that can share its $batch request.
    void sendBatch(Operation *operation, int index);
    bool goesInBatch(const Operation *operation, int index) const;
    // Counts an attempt of each item and writes their "sending" records with one write; onDisk runs once
    // they are on the disk (it sends them). False (the items cancelled) when they cannot be written.
    bool writeSending(Operation *operation, const QList<int> &indexes, std::function<void()> onDisk);
    // Once the "sending" records are on disk: the $batch of the items, or the one item, leaves.
    void startBatch(const QPointer<Operation> &operation, const QList<int> &sent);
    void startItem(const QPointer<Operation> &operation, int index);
    // requestId/clientRequestId: the ids of the answer, kept for accepted items too (support cases).
    void onItemDone(Operation *operation, int index, bool ok, int httpStatus, const GraphError &error,
                    const QString &requestId, const QString &clientRequestId);
    // What became of one sent item.
    struct Outcome
    {
        QPointer<Operation> operation;
        int index = 0;
        bool ok = false;
        int httpStatus = 0;
        GraphError error;
        QString requestId;
        QString clientRequestId;
    };
    // An answer in a $batch reply: kept until the reply's other answers are in (flushOutcomes, queued).
    void onBatchItemDone(Operation *operation, int index, const BatchItemResult &result);
    void flushOutcomes();
    // Writes the outcome records with one write, then sets the items' states.
    void applyOutcomes(const QList<Outcome> &outcomes);
    QString inflightKey(const Operation *operation, int index) const;

    GraphClient *m_client;
    AuditLog *m_auditLog;
    QList<Operation *> m_operations;
    QSet<QString> m_inflight;                       // kind/targetId
    QList<QPair<QPointer<Operation>, int>> m_queue; // items waiting for a free slot (still cancellable)
    int m_active = 0;
    QMultiHash<Operation *, QPointer<BatchJob>> m_batchJobs; // batches under way, per operation
    QString m_lastError;
    QList<Outcome> m_pendingOutcomes; // answers of a $batch reply, written right after it
};
