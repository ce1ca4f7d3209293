#pragma once

#include "grapherror.h"
#include "graphrequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVector>

// One act the admin submitted (e.g. "Reprovision 12 Cloud PCs"): its items, each one request to Graph, and
// where each item stands. Items move Queued -> Sent -> Accepted | Failed | OutcomeUnknown, or Queued ->
// Cancelled.
class Operation : public QObject
{
    Q_OBJECT
public:
    enum class ItemState { Queued, Sent, Accepted, Failed, OutcomeUnknown, Cancelled };
    Q_ENUM(ItemState)
    // Where an accepted act stands on the service (ActFollower). A separate state, not more ItemStates:
    // ItemState keeps saying what became of the request (sending, retry and "never twice" depend on it),
    // this one what became of the act once Graph accepted it. NotFollowed: not accepted yet, or an act
    // with no way to follow it (it ends at Accepted).
    enum class FollowState { NotFollowed, Running, Succeeded, Failed, Canceled, NotSupported, StillRunning };
    Q_ENUM(FollowState)

    struct Item
    {
        QString targetId; // the Cloud PC, policy, bulk action or user acted on
        QString label;    // what the admin recognises (a name)
        GraphRequest request;
        ItemState state = ItemState::Queued;
        int httpStatus = 0;
        GraphError error;
        int attempts = 0;        // how many times the admin had it sent (a retry of a failed item adds one)
        QString requestId;       // of the last answer, accepted or not: what Microsoft support asks for
        QString clientRequestId; // sent with the last attempt
        QDateTime sentAt;        // when the last attempt was sent (UTC): results of the act start after it
        QString createdId;       // what an accepted creation made (a new bulk action's id)
        // Following the accepted act to its end (ActFollower).
        FollowState follow = FollowState::NotFollowed;
        QString followReason;    // Failed: "code: message" of the statusDetail; StillRunning: why
        QDateTime lastChecked;   // when the follower last heard from Graph about it (UTC)
        QDateTime resultUpdated; // the result's lastUpdatedDateTime as Graph sent it
        // A failure after acceptance that the admin already had sent again as a new operation (its id):
        // offered for a retry once only.
        QString retriedIn;
    };

    Operation(QString kind, QString title, QObject *parent = nullptr);

    QString id() const { return m_id; }
    QString kind() const { return m_kind; } // "reprovision", "retryPolicy", …
    QString title() const { return m_title; }
    QDateTime created() const { return m_created; }
    QString account() const { return m_account; }
    QString tenant() const { return m_tenant; }
    void setIdentity(const QString &account, const QString &tenant);

    void addItem(const QString &targetId, const QString &label, const GraphRequest &request);
    int itemCount() const { return int(m_items.size()); }
    const Item &item(int index) const { return m_items.at(index); }
    const QVector<Item> &items() const { return m_items; }

    int count(ItemState state) const;
    // Items that have an outcome (accepted, failed, unknown, cancelled).
    int doneCount() const;
    bool isFinished() const { return doneCount() == itemCount(); }
    // A one-line summary: "12 accepted, 1 failed, 1 outcome unknown"; once followed "3 done, 1 failed,
    // 6 running", with "not sent", "cancelled" (on the service), "not supported" and "still running" when
    // there are some.
    QString summary() const;

    static QString stateName(ItemState state);

    // Following (ActFollower): how many accepted items stand in this state, and whether none is running.
    int count(FollowState state) const;
    bool isFollowFinished() const { return isFinished() && count(FollowState::Running) == 0; }
    // "Done", "Failed", "Running", "Still running (stopped following)", …; empty for NotFollowed.
    static QString followStateName(FollowState state);
    // "done", "failed", "canceled", "notSupported", "stillRunning" (the audit log's result); empty else.
    static QString followResultName(FollowState state);
    // Sets an item's follow state (ActFollower) and emits itemChanged, then followFinished once nothing
    // runs.
    void setFollow(int index, FollowState state, const QString &reason = QString(),
                   const QDateTime &resultUpdated = QDateTime());
    // Marks the time of a check that changed nothing (no itemChanged: that would be a signal per poll).
    void setLastChecked(int index, const QDateTime &when) { m_items[index].lastChecked = when; }

    // Items whose act Graph accepted and then said failed (FollowState::Failed) and that were not sent
    // again yet: what "Retry" offers after acceptance. Still running items are never offered.
    QList<int> failedAfterAcceptance() const;
    // The admin had these items sent again as the operation `retryId` (Item::retriedIn).
    void markRetried(const QList<int> &indexes, const QString &retryId);

Q_SIGNALS:
    void itemChanged(int index);
    void finished();
    // Every followed item has an end (done, failed, canceled, not supported, still running).
    void followFinished();

private:
    friend class OperationRunner;
    friend class ActFollower;
    void setItemState(int index, ItemState state, int httpStatus = 0, const GraphError &error = GraphError());

    QString m_id;
    QString m_kind;
    QString m_title;
    QDateTime m_created;
    QString m_account;
    QString m_tenant;
    QVector<Item> m_items;
    bool m_finishedEmitted = false;

    // The counts per state, made once after a change rather than once per count() (the panel's summary
    // asks for a dozen on every repaint of a row).
    struct Counts
    {
        int items[int(ItemState::Cancelled) + 1] = {};
        int follow[int(FollowState::StillRunning) + 1] = {};
    };
    const Counts &counts() const;
    void invalidateCounts() { m_countsValid = false; }
    mutable Counts m_counts;
    mutable bool m_countsValid = false;
};
Q_DECLARE_METATYPE(Operation *)
