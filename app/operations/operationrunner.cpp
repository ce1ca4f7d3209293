#include "operationrunner.h"

#include "auditlog.h"
#include "batchjob.h"
#include "graphcall.h"
#include "graphclient.h"

#include <QJsonDocument>
#include <utility>

namespace {
AuditRecord recordFor(const Operation *operation, const Operation::Item &item)
{
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.operationId = operation->id();
    record.itemId = item.targetId + QLatin1Char('#') + QString::number(item.attempts);
    record.operation = operation->kind();
    record.account = operation->account();
    record.tenant = operation->tenant();
    record.targets = {item.targetId};
    if (!item.label.isEmpty() && item.label != item.targetId)
        record.targetNames = {item.label};
    record.body = QJsonDocument::fromJson(item.request.body).object();
    return record;
}
} // namespace

OperationRunner::OperationRunner(GraphClient *client, AuditLog *auditLog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auditLog(auditLog)
{}

QString OperationRunner::inflightKey(const Operation *operation, int index) const
{
    return operation->kind() + QLatin1Char('/') + operation->item(index).targetId;
}

bool OperationRunner::hasWorkInFlight() const
{
    for (const Operation *operation : m_operations) {
        if (!operation->isFinished())
            return true;
    }
    return false;
}

bool OperationRunner::submit(Operation *operation)
{
    operation->setParent(this);
    m_operations.append(operation);
    connect(operation, &Operation::finished, this,
            [this, operation] { Q_EMIT operationFinished(operation); });
    Q_EMIT operationAdded(operation);
    for (int i = 0; i < operation->itemCount(); ++i) {
        if (m_inflight.contains(inflightKey(operation, i))) {
            GraphError error = GraphError::make(
                GraphError::Kind::Cancelled, tr("Not sent: the same act on this item is already under way."));
            operation->setItemState(i, Operation::ItemState::Cancelled, 0, error);
            continue;
        }
        enqueue(operation, i);
    }
    pump();
    return operation->count(Operation::ItemState::Sent) > 0 ||
           operation->count(Operation::ItemState::Queued) > 0;
}

void OperationRunner::enqueue(Operation *operation, int index)
{
    m_inflight.insert(inflightKey(operation, index));
    m_queue.append({operation, index});
}

void OperationRunner::pump()
{
    // Only as many items leave as the client sends at once; the rest stay queued, so cancel still reaches
    // them.
    while (m_active < m_client->maxConcurrentRequests() && !m_queue.isEmpty()) {
        const auto [operation, index] = m_queue.takeFirst();
        if (!operation || operation->item(index).state != Operation::ItemState::Queued)
            continue;
        if (goesInBatch(operation, index))
            sendBatch(operation, index);
        else
            sendItem(operation, index);
    }
}

bool OperationRunner::goesInBatch(const Operation *operation, int index) const
{
    const GraphRequest &request = operation->item(index).request;
    return operation->itemCount() > 1 && !request.isIdempotent() && BatchJob::canBatch(request);
}

bool OperationRunner::writeSending(Operation *operation, const QList<int> &indexes,
                                   std::function<void()> onDisk)
{
    QList<AuditRecord> records;
    for (int index : indexes) {
        Operation::Item &item = operation->m_items[index];
        ++item.attempts;
        item.sentAt = QDateTime::currentDateTimeUtc();
        item.follow = Operation::FollowState::NotFollowed; // a new attempt is followed anew once accepted
        records.append(recordFor(operation, item));
    }
    // The audit records go to disk before the request can leave (onDisk sends it); without them, nothing
    // is sent. One write and one trip to disk for all the items of a $batch, on the log's sync thread.
    if (!m_auditLog->appendAll(records, this, std::move(onDisk))) {
        m_lastError = m_auditLog->lastError();
        for (int index : indexes) {
            m_inflight.remove(inflightKey(operation, index));
            operation->setItemState(
                index, Operation::ItemState::Cancelled, 0,
                GraphError::make(GraphError::Kind::Configuration,
                                 tr("Not sent: the audit log cannot be written (%1).").arg(m_lastError)));
        }
        return false;
    }
    return true;
}

void OperationRunner::sendBatch(Operation *operation, int index)
{
    // The item and the next queued ones of the same operation and API version, up to a batch's worth.
    QList<int> group{index};
    const ApiVersion version = operation->item(index).request.version;
    for (auto it = m_queue.begin(); it != m_queue.end() && group.size() < BatchJob::kMaxRequestsPerBatch;) {
        const int other = it->second;
        if (it->first == operation && operation->item(other).state == Operation::ItemState::Queued &&
            operation->item(other).request.version == version && goesInBatch(operation, other) &&
            !group.contains(other)) {
            group.append(other);
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    QPointer<Operation> guard(operation);
    if (!writeSending(operation, group, [this, guard, group] { startBatch(guard, group); }))
        return;
    ++m_active;
    for (int member : std::as_const(group))
        operation->setItemState(member, Operation::ItemState::Sent);
}

void OperationRunner::startBatch(const QPointer<Operation> &operation, const QList<int> &sent)
{
    if (!operation) { // gone while its records went to disk: nothing of it leaves
        --m_active;
        pump();
        return;
    }
    QList<GraphRequest> requests;
    for (int member : sent)
        requests.append(operation->item(member).request);
    auto *job = new BatchJob(m_client, requests, this);
    Operation *raw = operation;
    m_batchJobs.insert(raw, job);
    QPointer<Operation> guard(operation);
    connect(job, &BatchJob::itemFinished, this, [this, guard, sent](int i, const BatchItemResult &result) {
        if (guard)
            onBatchItemDone(guard, sent.at(i), result);
    });
    connect(job, &BatchJob::finished, this, [this, raw, job] {
        --m_active;
        m_batchJobs.remove(raw, job);
        pump();
    });
    job->start();
}

void OperationRunner::sendItem(Operation *operation, int index)
{
    QPointer<Operation> guard(operation);
    if (!writeSending(operation, {index}, [this, guard, index] { startItem(guard, index); }))
        return;
    ++m_active;
    operation->setItemState(index, Operation::ItemState::Sent);
}

void OperationRunner::startItem(const QPointer<Operation> &operation, int index)
{
    if (!operation) {
        --m_active;
        pump();
        return;
    }
    GraphCall *call = m_client->send(operation->item(index).request);
    QPointer<Operation> guard(operation);
    connect(call, &GraphCall::finished, this, [this, guard, index, call] {
        --m_active;
        // What an accepted creation made (a bulk action): the follower reads it afterwards.
        if (guard && call->ok())
            guard->m_items[index].createdId =
                QJsonDocument::fromJson(call->body()).object().value(QStringLiteral("id")).toString();
        if (guard)
            onItemDone(guard, index, call->ok(), call->httpStatus(), call->error(),
                       QString::fromLatin1(call->responseHeader("request-id")), call->clientRequestId());
        pump();
    });
}

void OperationRunner::onItemDone(Operation *operation, int index, bool ok, int httpStatus,
                                 const GraphError &error, const QString &requestId,
                                 const QString &clientRequestId)
{
    applyOutcomes({Outcome{operation, index, ok, httpStatus, error, requestId, clientRequestId}});
}

void OperationRunner::onBatchItemDone(Operation *operation, int index, const BatchItemResult &result)
{
    // The answers of one $batch reply come one after the other in one turn of the event loop: their
    // outcome records go to the log with one write, right after it.
    m_pendingOutcomes.append(Outcome{operation, index, result.ok, result.httpStatus, result.error,
                                     result.requestId, result.clientRequestId});
    if (m_pendingOutcomes.size() == 1)
        QMetaObject::invokeMethod(this, &OperationRunner::flushOutcomes, Qt::QueuedConnection);
}

void OperationRunner::flushOutcomes()
{
    applyOutcomes(std::exchange(m_pendingOutcomes, {}));
}

void OperationRunner::applyOutcomes(const QList<Outcome> &outcomes)
{
    QList<AuditRecord> records;
    QList<Operation::ItemState> states;
    for (const Outcome &outcome : outcomes) {
        Operation *operation = outcome.operation;
        if (!operation) {
            states.append(Operation::ItemState::Failed); // unused: the operation is gone
            continue;
        }
        const int index = outcome.index;
        const GraphError &error = outcome.error;
        m_inflight.remove(inflightKey(operation, index));
        Operation::ItemState state = Operation::ItemState::Accepted;
        if (!outcome.ok) {
            if (error.kind == GraphError::Kind::OutcomeUnknown)
                state = Operation::ItemState::OutcomeUnknown;
            else if (error.kind == GraphError::Kind::Cancelled)
                state = Operation::ItemState::Cancelled;
            else
                state = Operation::ItemState::Failed;
        }
        states.append(state);
        AuditRecord record = recordFor(operation, operation->item(index));
        record.phase = AuditRecord::Phase::Outcome;
        record.result = state == Operation::ItemState::Accepted         ? QStringLiteral("accepted")
                        : state == Operation::ItemState::OutcomeUnknown ? QStringLiteral("outcomeUnknown")
                        : state == Operation::ItemState::Cancelled      ? QStringLiteral("cancelled")
                                                                        : QStringLiteral("failed");
        record.httpStatus = outcome.httpStatus;
        record.errorCode = error.code;
        record.errorMessage = error.isError() ? error.message : QString();
        record.requestId = error.requestId.isEmpty() ? outcome.requestId : error.requestId;
        record.clientRequestId =
            error.clientRequestId.isEmpty() ? outcome.clientRequestId : error.clientRequestId;
        if (state == Operation::ItemState::Accepted)
            record.createdId = operation->item(index).createdId;
        operation->m_items[index].requestId = record.requestId;
        operation->m_items[index].clientRequestId = record.clientRequestId;
        records.append(record);
    }
    m_auditLog->appendAll(records);
    for (int i = 0; i < outcomes.size(); ++i) {
        if (Operation *operation = outcomes[i].operation)
            operation->setItemState(outcomes[i].index, states[i], outcomes[i].httpStatus, outcomes[i].error);
    }
}

void OperationRunner::cancel(Operation *operation)
{
    const QList<QPointer<BatchJob>> jobs = m_batchJobs.values(operation);
    for (const QPointer<BatchJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    flushOutcomes(); // what the jobs just called back is Cancelled now, not a turn later
    for (int i = 0; i < operation->itemCount(); ++i) {
        if (operation->item(i).state != Operation::ItemState::Queued)
            continue;
        m_inflight.remove(inflightKey(operation, i));
        operation->setItemState(
            i, Operation::ItemState::Cancelled, 0,
            GraphError::make(GraphError::Kind::Cancelled, tr("Cancelled before it was sent.")));
    }
}

int OperationRunner::retryFailed(Operation *operation, bool includeUnknown)
{
    int count = 0;
    for (int i = 0; i < operation->itemCount(); ++i) {
        const Operation::ItemState state = operation->item(i).state;
        if (state == Operation::ItemState::Failed ||
            (includeUnknown && state == Operation::ItemState::OutcomeUnknown)) {
            if (m_inflight.contains(inflightKey(operation, i)))
                continue;
            operation->setItemState(i, Operation::ItemState::Queued);
            enqueue(operation, i);
            ++count;
        }
    }
    pump();
    return count;
}
