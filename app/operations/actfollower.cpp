#include "actfollower.h"

#include "auditlog.h"
#include "batchjob.h"
#include "graphclient.h"
#include "graphrequests.h"
#include "operationrunner.h"
#include "retrypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace {
bool isSteady(CloudPcStatus status)
{
    return status == CloudPcStatus::Provisioned || status == CloudPcStatus::ProvisionedWithWarnings;
}

Operation::FollowState stateOf(CloudPcRemoteActionResult::State state)
{
    switch (state) {
    case CloudPcRemoteActionResult::State::Done:
        return Operation::FollowState::Succeeded;
    case CloudPcRemoteActionResult::State::Failed:
        return Operation::FollowState::Failed;
    case CloudPcRemoteActionResult::State::Canceled:
        return Operation::FollowState::Canceled;
    case CloudPcRemoteActionResult::State::NotSupported:
        return Operation::FollowState::NotSupported;
    default:
        return Operation::FollowState::Running;
    }
}
} // namespace

ActFollower::ActFollower(GraphClient *client, AuditLog *auditLog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auditLog(auditLog)
    , m_bucket(m_schedule.readsPerSecond, m_schedule.burst)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActFollower::tick);
}

void ActFollower::setSchedule(const Schedule &schedule)
{
    m_schedule = schedule;
    m_bucket.configure(schedule.readsPerSecond, schedule.burst);
}

qint64 ActFollower::intervalMs(int reads, const Schedule &schedule)
{
    const qint64 nominal =
        reads < schedule.intervalsMs.size() ? schedule.intervalsMs.at(reads) : schedule.steadyIntervalMs;
    return qMax<qint64>(1, qint64(std::llround(double(nominal) * schedule.timeScale)));
}

std::optional<CloudPcRemoteActionResult>
ActFollower::matchResult(const QList<CloudPcRemoteActionResult> &results, const QString &actionName,
                         const QDateTime &sentAt, qint64 skewMs)
{
    const QDateTime earliest = sentAt.isValid() ? sentAt.addMSecs(-skewMs) : QDateTime();
    std::optional<CloudPcRemoteActionResult> best;
    for (const CloudPcRemoteActionResult &result : results) {
        if (result.actionName.compare(actionName, Qt::CaseInsensitive) != 0)
            continue;
        if (earliest.isValid() && (!result.startDateTime.isValid() || result.startDateTime < earliest))
            continue;
        if (!best || result.startDateTime >= best->startDateTime)
            best = result;
    }
    return best;
}

QString ActFollower::reasonOf(const CloudPcStatusDetail &detail)
{
    if (detail.code.isEmpty())
        return detail.message;
    if (detail.message.isEmpty())
        return detail.code;
    return detail.code + QStringLiteral(": ") + detail.message;
}

ActFollower::Verdict ActFollower::judge(const ActDefinition &act,
                                        const std::optional<CloudPcRemoteActionResult> &result,
                                        const std::optional<CloudPc> &cloudPc, bool *leftSteadyStatus)
{
    Verdict verdict;
    if (result) {
        verdict.updated = result->lastUpdatedDateTime;
        verdict.state = stateOf(result->actionState);
        if (verdict.state == Operation::FollowState::Failed)
            verdict.reason = reasonOf(result->statusDetail);
        if (verdict.state == Operation::FollowState::Failed && verdict.reason.isEmpty())
            verdict.reason = tr("The service reports the act failed, without a reason.");
        if (verdict.state != Operation::FollowState::Running)
            return verdict;
    }
    if (act.changesStatus && cloudPc) {
        // Only a status the act passes through counts as the act under way: a Cloud PC that was failed before
        // (reprovisioning the failed ones) may still read failed, with its old reason, until the service
        // starts; that is no verdict. Its remote action result, or a transient status, says more.
        if (!isSteady(cloudPc->status) && cloudPc->status != CloudPcStatus::Failed)
            *leftSteadyStatus = true;
        if (*leftSteadyStatus && isSteady(cloudPc->status)) {
            verdict.state = Operation::FollowState::Succeeded;
        } else if (*leftSteadyStatus && cloudPc->status == CloudPcStatus::Failed) {
            verdict.state = Operation::FollowState::Failed;
            verdict.reason = reasonOf(cloudPc->statusDetail);
            if (verdict.reason.isEmpty())
                verdict.reason = tr("The Cloud PC ended failed.");
        }
        if (!verdict.updated.isValid())
            verdict.updated = cloudPc->lastModifiedDateTime;
    }
    return verdict;
}

ActFollower::Verdict ActFollower::judgeBulkAction(const BulkAction &action)
{
    Verdict verdict;
    const BulkActionSummary &summary = action.actionSummary;
    if (action.status == QLatin1String("succeeded")) {
        verdict.state = Operation::FollowState::Succeeded;
    } else if (action.status == QLatin1String("failed")) {
        verdict.state = Operation::FollowState::Failed;
        const int total = summary.successfulCount + summary.failedCount + summary.inProgressCount +
                          summary.pendingCount + summary.notSupportedCount;
        verdict.reason = tr("%1 of %Ln Cloud PC(s) failed", nullptr, total)
                             .arg(summary.failedCount + summary.notSupportedCount);
    }
    return verdict;
}

void ActFollower::watch(OperationRunner *runner)
{
    connect(runner, &OperationRunner::operationAdded, this, &ActFollower::follow);
    for (Operation *operation : runner->operations())
        follow(operation);
}

void ActFollower::follow(Operation *operation)
{
    if (!m_watched.contains(operation)) {
        m_watched.insert(operation);
        connect(operation, &QObject::destroyed, this, [this, operation] { m_watched.remove(operation); });
        connect(operation, &Operation::itemChanged, this,
                [this, operation](int index) { consider(operation, index, false); });
    }
    for (int i = 0; i < operation->itemCount(); ++i)
        consider(operation, i, false);
}

void ActFollower::consider(Operation *operation, int index, bool readNow)
{
    const Operation::Item &item = operation->item(index);
    if (item.state != Operation::ItemState::Accepted || item.follow != Operation::FollowState::NotFollowed)
        return;
    const ActDefinition *act = ActCatalog::find(ActCatalog::canonicalKind(operation->kind()));
    if (!act || act->follow == ActFollow::None)
        return;
    if (act->follow == ActFollow::BulkAction && item.createdId.isEmpty())
        return; // nothing to read: it ends at Accepted
    if (act->follow == ActFollow::RemoteActionResult && item.targetId.isEmpty())
        return;
    Tracked tracked;
    tracked.operation = operation;
    tracked.index = index;
    tracked.act = act;
    const qint64 now = m_clock.elapsed();
    tracked.dueMs = readNow ? now : now + intervalMs(0, m_schedule);
    if (readNow)
        tracked.reads = 1; // resumed: read now, then at the later intervals
    m_tracked.insert(m_nextId++, tracked);
    operation->setFollow(index, Operation::FollowState::Running);
    Q_EMIT itemFollowChanged(operation, index);
    arm(tracked.dueMs - now);
}

QList<Operation *> ActFollower::resume(const QString &tenantId)
{
    QList<Operation *> operations;
    if (m_resumedTenants.contains(tenantId))
        return operations;
    m_resumedTenants.insert(tenantId);
    QHash<QString, Operation *> byId;
    const QList<AuditRecord> open = m_auditLog->acceptedNotFinished();
    for (const AuditRecord &record : open) {
        const ActDefinition *act = ActCatalog::find(record.operation);
        if (!act || act->follow == ActFollow::None || record.targets.isEmpty() || record.tenant != tenantId)
            continue;
        Operation *&operation = byId[record.operationId];
        if (!operation) {
            operation = new Operation(
                act->kind, tr("%1 (followed again after a restart)").arg(ActCatalog::displayName(act->kind)),
                this);
            operation->m_id = record.operationId; // its Result records close the items of the log
            operation->setIdentity(record.account, record.tenant);
            operations.append(operation);
        }
        const QString label =
            record.targetNames.isEmpty() ? record.targets.first() : record.targetNames.first();
        // The request as it was sent, so that Retry can send it again: the act's path for the target, and the
        // body (the options) the audit log kept.
        GraphRequest request;
        if (act->items) {
            const QList<ActItem> made = act->items({{record.targets.first(), label}}, {});
            if (made.size() == 1) {
                request = made.first().request;
                if (!record.body.isEmpty())
                    request.body = QJsonDocument(record.body).toJson(QJsonDocument::Compact);
            }
        }
        operation->addItem(record.targets.first(), label, request);
        Operation::Item &item = operation->m_items.last();
        item.state = Operation::ItemState::Accepted;
        item.attempts = qMax(1, record.itemId.section(QLatin1Char('#'), -1).toInt());
        item.sentAt = record.time;
        item.createdId = record.createdId;
        item.requestId = record.requestId;
        item.clientRequestId = record.clientRequestId;
    }
    for (Operation *operation : std::as_const(operations)) {
        for (int i = 0; i < operation->itemCount(); ++i)
            consider(operation, i, true);
        follow(operation);
        Q_EMIT resumed(operation);
    }
    return operations;
}

void ActFollower::arm(qint64 delayMs)
{
    delayMs = qMax<qint64>(0, delayMs);
    if (m_timer.isActive() && m_timer.remainingTime() <= delayMs)
        return;
    m_timer.start(int(qMin<qint64>(delayMs, 24 * 3600 * 1000)));
}

qint64 ActFollower::timeLimitMs(const Tracked &tracked) const
{
    return qint64(std::llround(double(tracked.act->followTimeLimitSeconds) * 1000.0 * m_schedule.timeScale));
}

void ActFollower::tick()
{
    const qint64 now = m_clock.elapsed();
    if (now < m_pauseUntilMs) {
        arm(m_pauseUntilMs - now);
        return;
    }
    // Due items, earliest first; items whose operation is gone are dropped. When some are due, those due
    // soon go with them.
    QList<QPair<qint64, quint64>> due;
    qint64 nextDue = -1;
    const qint64 coalesce = qint64(std::llround(double(m_schedule.coalesceMs) * m_schedule.timeScale));
    bool anyDue = false;
    for (const Tracked &tracked : std::as_const(m_tracked)) {
        if (tracked.operation && !tracked.inFlight && tracked.dueMs <= now) {
            anyDue = true;
            break;
        }
    }
    const qint64 horizon = anyDue ? now + coalesce : now;
    for (auto it = m_tracked.begin(); it != m_tracked.end();) {
        if (!it->operation) {
            it = m_tracked.erase(it);
            continue;
        }
        if (!it->inFlight) {
            if (it->dueMs <= horizon)
                due.append({it->dueMs, it.key()});
            else if (nextDue < 0 || it->dueMs < nextDue)
                nextDue = it->dueMs;
        }
        ++it;
    }
    std::sort(due.begin(), due.end());
    int at = 0;
    while (at < due.size()) {
        // The next $batch, as full as the due items make it; it goes when the budget has its reads.
        QList<quint64> batch;
        int reads = 0;
        int next = at;
        while (next < due.size()) {
            const Tracked &tracked = m_tracked[due.at(next).second];
            const int needs = tracked.act->changesStatus && tracked.readStatus ? 2 : 1;
            if (reads + needs > m_schedule.readsPerBatch && !batch.isEmpty())
                break;
            batch.append(due.at(next).second);
            reads += needs;
            ++next;
        }
        if (!m_bucket.tryTake(now, reads)) {
            arm(m_bucket.msUntilToken(now, reads)); // the rest wait for the budget
            return;
        }
        at = next;
        sendBatch(batch);
    }
    if (nextDue >= 0)
        arm(nextDue - now);
    else if (m_tracked.isEmpty())
        Q_EMIT idle();
}

void ActFollower::sendBatch(const QList<quint64> &ids)
{
    QList<GraphRequest> requests;
    QList<QPair<quint64, int>> reads; // per request: the item and what it reads (0 results/bulk, 1 Cloud PC)
    for (quint64 id : ids) {
        Tracked &tracked = m_tracked[id];
        tracked.inFlight = true;
        const Operation::Item &item = tracked.operation->item(tracked.index);
        if (tracked.act->follow == ActFollow::BulkAction) {
            requests.append(
                GraphRequests::getBulkAction(item.createdId, {QStringLiteral("id"), QStringLiteral("status"),
                                                              QStringLiteral("actionSummary")}));
            reads.append({id, 0});
            continue;
        }
        requests.append(GraphRequests::retrieveCloudPcRemoteActionResults(item.targetId));
        reads.append({id, 0});
        if (tracked.act->changesStatus && tracked.readStatus) {
            requests.append(GraphRequests::getCloudPc(item.targetId, ApiVersion::Beta));
            reads.append({id, 1});
        }
    }
    ++m_stats.batches;
    m_stats.reads += int(requests.size());
    auto *job = new BatchJob(m_client, requests, this);
    job->setMaxConcurrentBatches(1);
    connect(job, &BatchJob::finished, this, [this, job, reads] {
        QList<BatchItemResult> results;
        for (int i = 0; i < job->count(); ++i)
            results.append(job->result(i));
        onBatchFinished(reads, results);
    });
    job->start();
}

void ActFollower::onBatchFinished(const QList<QPair<quint64, int>> &reads,
                                  const QList<BatchItemResult> &results)
{
    const qint64 now = m_clock.elapsed();
    const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
    struct Answers
    {
        const BatchItemResult *main = nullptr;
        const BatchItemResult *cloudPc = nullptr;
    };
    QHash<quint64, Answers> answers;
    QList<quint64> order;
    for (int i = 0; i < reads.size() && i < results.size(); ++i) {
        if (!answers.contains(reads[i].first))
            order.append(reads[i].first);
        Answers &entry = answers[reads[i].first];
        (reads[i].second == 0 ? entry.main : entry.cloudPc) = &results[i];
        // Throttled on the way (BatchJob waited its Retry-After) or in the end: all following slows down.
        const BatchItemResult &result = results[i];
        const bool throttled = result.httpStatus == 429 || result.httpStatus == 503;
        if (throttled || result.attempts > 1) {
            ++m_stats.throttled;
            qint64 waitMs = 1000;
            for (const auto &header : result.headers) {
                if (header.first.compare("Retry-After", Qt::CaseInsensitive) == 0) {
                    const qint64 parsed = RetryPolicy::parseRetryAfter(header.second).count();
                    if (parsed >= 0)
                        waitMs = qMax<qint64>(waitMs, parsed);
                }
            }
            m_pauseUntilMs = qMax(m_pauseUntilMs, now + waitMs);
        }
    }
    for (quint64 id : std::as_const(order)) {
        auto it = m_tracked.find(id);
        if (it == m_tracked.end())
            continue;
        Tracked &tracked = *it;
        tracked.inFlight = false;
        ++tracked.reads;
        if (!tracked.operation) {
            m_tracked.erase(it);
            continue;
        }
        Operation *operation = tracked.operation;
        const Operation::Item &item = operation->item(tracked.index);
        const Answers &entry = answers[id];
        const BatchItemResult *main = entry.main;
        Verdict verdict;
        bool read = main && main->ok;
        if (main && !main->ok && main->httpStatus == 404) {
            // The Cloud PC (or bulk action) is gone: ending its grace period does that; for others, an end.
            verdict.state = tracked.act->kind == QLatin1String("endGracePeriod")
                                ? Operation::FollowState::Succeeded
                                : Operation::FollowState::Failed;
            if (verdict.state == Operation::FollowState::Failed)
                verdict.reason = tr("It no longer exists on the service.");
            read = true;
        } else if (read && tracked.act->follow == ActFollow::BulkAction) {
            const std::optional<BulkAction> action =
                BulkAction::fromJson(QJsonDocument::fromJson(main->body).object());
            if (action)
                verdict = judgeBulkAction(*action);
        } else if (read) {
            const QList<CloudPcRemoteActionResult> list = CloudPcRemoteActionResult::fromJsonArray(
                QJsonDocument::fromJson(main->body).object().value(QStringLiteral("value")).toArray());
            // The skew is between the console's clock and the service's: real time, never scaled.
            const std::optional<CloudPcRemoteActionResult> match =
                matchResult(list, tracked.act->remoteActionName, item.sentAt, m_schedule.clockSkewMs);
            tracked.readStatus = !match;
            std::optional<CloudPc> pc;
            if (entry.cloudPc && entry.cloudPc->ok)
                pc = CloudPc::fromJson(QJsonDocument::fromJson(entry.cloudPc->body).object());
            verdict = judge(*tracked.act, match, pc, &tracked.leftSteadyStatus);
        }
        if (main && !main->ok && main->httpStatus >= 400 && main->httpStatus < 500 &&
            main->httpStatus != 404 && main->httpStatus != 429 && main->httpStatus != 408)
            Q_EMIT readFailed(main->error.summary());
        if (read)
            operation->setLastChecked(tracked.index, checkedAt);
        if (verdict.state != Operation::FollowState::Running) {
            finishItem(id, verdict);
            continue;
        }
        if (verdict.updated.isValid())
            operation->m_items[tracked.index].resultUpdated = verdict.updated;
        const qint64 elapsedMs = item.sentAt.isValid() ? item.sentAt.msecsTo(checkedAt) : 0;
        if (elapsedMs >= timeLimitMs(tracked)) {
            Verdict still;
            still.state = Operation::FollowState::StillRunning;
            still.reason = tr("Still running after %1 min; no longer followed.")
                               .arg(tracked.act->followTimeLimitSeconds / 60);
            finishItem(id, still);
            continue;
        }
        reschedule(tracked, m_pauseUntilMs);
    }
    flushRecords();
    if (m_tracked.isEmpty())
        Q_EMIT idle();
    else
        tick();
}

void ActFollower::flushRecords()
{
    if (m_auditLog && !m_pendingRecords.isEmpty())
        m_auditLog->appendAll(m_pendingRecords);
    m_pendingRecords.clear();
}

void ActFollower::reschedule(Tracked &tracked, qint64 notBeforeMs)
{
    const qint64 now = m_clock.elapsed();
    tracked.dueMs = qMax(now + intervalMs(tracked.reads, m_schedule), notBeforeMs);
}

void ActFollower::finishItem(quint64 id, const Verdict &verdict)
{
    const Tracked tracked = m_tracked.take(id);
    Operation *operation = tracked.operation;
    if (!operation)
        return;
    const Operation::Item &item = operation->item(tracked.index);
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.phase = AuditRecord::Phase::Result;
    record.operationId = operation->id();
    record.itemId = item.targetId + QLatin1Char('#') + QString::number(item.attempts);
    record.operation = operation->kind();
    record.account = operation->account();
    record.tenant = operation->tenant();
    record.targets = {item.targetId};
    if (!item.label.isEmpty() && item.label != item.targetId)
        record.targetNames = {item.label};
    record.result = Operation::followResultName(verdict.state);
    record.errorMessage = verdict.reason;
    if (verdict.state == Operation::FollowState::Failed && verdict.reason.contains(QLatin1String(": ")))
        record.errorCode = verdict.reason.section(QLatin1String(": "), 0, 0);
    record.requestId = item.requestId;
    record.clientRequestId = item.clientRequestId;
    record.createdId = item.createdId;
    m_pendingRecords.append(record); // written with the others of this $batch, one trip to disk
    operation->setFollow(tracked.index, verdict.state, verdict.reason, verdict.updated);
    Q_EMIT itemFollowChanged(operation, tracked.index);
}
