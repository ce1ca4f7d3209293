#include "operation.h"

#include <QUuid>

Operation::Operation(QString kind, QString title, QObject *parent)
    : QObject(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_kind(std::move(kind))
    , m_title(std::move(title))
    , m_created(QDateTime::currentDateTimeUtc())
{}

void Operation::setIdentity(const QString &account, const QString &tenant)
{
    m_account = account;
    m_tenant = tenant;
}

void Operation::addItem(const QString &targetId, const QString &label, const GraphRequest &request)
{
    Item item;
    item.targetId = targetId;
    item.label = label;
    item.request = request;
    m_items.append(item);
    invalidateCounts();
}

const Operation::Counts &Operation::counts() const
{
    if (!m_countsValid) {
        m_counts = Counts();
        for (const Item &item : m_items) {
            ++m_counts.items[int(item.state)];
            if (item.state == ItemState::Accepted)
                ++m_counts.follow[int(item.follow)];
        }
        m_countsValid = true;
    }
    return m_counts;
}

int Operation::count(ItemState state) const
{
    return counts().items[int(state)];
}

int Operation::doneCount() const
{
    return int(m_items.size()) - count(ItemState::Queued) - count(ItemState::Sent);
}

QString Operation::stateName(ItemState state)
{
    switch (state) {
    case ItemState::Queued:
        return tr("Queued");
    case ItemState::Sent:
        return tr("Sent");
    case ItemState::Accepted:
        return tr("Accepted");
    case ItemState::Failed:
        return tr("Failed");
    case ItemState::OutcomeUnknown:
        return tr("Outcome unknown");
    case ItemState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Operation::summary() const
{
    QStringList parts;
    // Accepted items that are followed count by where the act stands: "3 done, 1 failed, 6 running".
    const int done = count(FollowState::Succeeded);
    const int followFailed = count(FollowState::Failed);
    const int followed = count(ItemState::Accepted) - count(FollowState::NotFollowed);
    if (done > 0)
        parts << tr("%Ln done", nullptr, done);
    for (ItemState state : {ItemState::Accepted, ItemState::Failed, ItemState::OutcomeUnknown,
                            ItemState::Cancelled, ItemState::Sent, ItemState::Queued}) {
        int n = count(state);
        if (state == ItemState::Accepted)
            n -= followed;
        if (state == ItemState::Failed)
            n += followFailed;
        if (n == 0)
            continue;
        // One phrase per state, so that translations can inflect the count (plural forms).
        switch (state) {
        case ItemState::Accepted:
            parts << tr("%Ln accepted", nullptr, n);
            break;
        case ItemState::Failed:
            parts << tr("%Ln failed", nullptr, n);
            break;
        case ItemState::OutcomeUnknown:
            parts << tr("%Ln outcome unknown", nullptr, n);
            break;
        case ItemState::Cancelled: // before it was sent (cancelled, refused, the audit log unwritable)
            parts << tr("%Ln not sent", nullptr, n);
            break;
        case ItemState::Sent:
            parts << tr("%Ln sent", nullptr, n);
            break;
        case ItemState::Queued:
            parts << tr("%Ln queued", nullptr, n);
            break;
        }
    }
    if (const int n = count(FollowState::Canceled)) // on the service, after acceptance
        parts << tr("%Ln cancelled", nullptr, n);
    if (const int n = count(FollowState::NotSupported))
        parts << tr("%Ln not supported", nullptr, n);
    if (const int n = count(FollowState::StillRunning))
        parts << tr("%Ln still running (stopped following)", nullptr, n);
    if (const int n = count(FollowState::Running))
        parts << tr("%Ln running", nullptr, n);
    return parts.join(QStringLiteral(", "));
}

int Operation::count(FollowState state) const
{
    return counts().follow[int(state)];
}

QString Operation::followStateName(FollowState state)
{
    switch (state) {
    case FollowState::NotFollowed:
        return {};
    case FollowState::Running:
        return tr("Running");
    case FollowState::Succeeded:
        return tr("Done");
    case FollowState::Failed:
        return tr("Failed");
    case FollowState::Canceled:
        return tr("Canceled");
    case FollowState::NotSupported:
        return tr("Not supported");
    case FollowState::StillRunning:
        return tr("Still running (stopped following)");
    }
    return {};
}

QString Operation::followResultName(FollowState state)
{
    switch (state) {
    case FollowState::Succeeded:
        return QStringLiteral("done");
    case FollowState::Failed:
        return QStringLiteral("failed");
    case FollowState::Canceled:
        return QStringLiteral("canceled");
    case FollowState::NotSupported:
        return QStringLiteral("notSupported");
    case FollowState::StillRunning:
        return QStringLiteral("stillRunning");
    case FollowState::NotFollowed:
    case FollowState::Running:
        break;
    }
    return {};
}

void Operation::setFollow(int index, FollowState state, const QString &reason, const QDateTime &resultUpdated)
{
    Item &item = m_items[index];
    const bool wasRunning = count(FollowState::Running) > 0;
    item.follow = state;
    invalidateCounts();
    item.followReason = reason;
    item.lastChecked = QDateTime::currentDateTimeUtc();
    if (resultUpdated.isValid())
        item.resultUpdated = resultUpdated;
    Q_EMIT itemChanged(index);
    if (wasRunning && isFollowFinished())
        Q_EMIT followFinished();
}

void Operation::setItemState(int index, ItemState state, int httpStatus, const GraphError &error)
{
    Item &item = m_items[index];
    item.state = state;
    invalidateCounts();
    item.httpStatus = httpStatus;
    item.error = error;
    Q_EMIT itemChanged(index);
    if (isFinished() && !m_finishedEmitted) {
        m_finishedEmitted = true;
        Q_EMIT finished();
    } else if (!isFinished()) {
        m_finishedEmitted = false; // a retried item reopens the operation
    }
}

QList<int> Operation::failedAfterAcceptance() const
{
    QList<int> indexes;
    if (count(FollowState::Failed) == 0)
        return indexes;
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (item.state == ItemState::Accepted && item.follow == FollowState::Failed &&
            item.retriedIn.isEmpty())
            indexes << i;
    }
    return indexes;
}

void Operation::markRetried(const QList<int> &indexes, const QString &retryId)
{
    for (int index : indexes) {
        m_items[index].retriedIn = retryId;
        Q_EMIT itemChanged(index);
    }
}
