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
}

int Operation::count(ItemState state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const Item &item) { return item.state == state; }));
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
    for (ItemState state : {ItemState::Accepted, ItemState::Failed, ItemState::OutcomeUnknown,
                            ItemState::Cancelled, ItemState::Sent, ItemState::Queued}) {
        const int n = count(state);
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
        case ItemState::Cancelled:
            parts << tr("%Ln cancelled", nullptr, n);
            break;
        case ItemState::Sent:
            parts << tr("%Ln sent", nullptr, n);
            break;
        case ItemState::Queued:
            parts << tr("%Ln queued", nullptr, n);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

void Operation::setItemState(int index, ItemState state, int httpStatus, const GraphError &error)
{
    Item &item = m_items[index];
    item.state = state;
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
