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
    // A one-line summary: "12 accepted, 1 failed, 1 outcome unknown".
    QString summary() const;

    static QString stateName(ItemState state);

Q_SIGNALS:
    void itemChanged(int index);
    void finished();

private:
    friend class OperationRunner;
    void setItemState(int index, ItemState state, int httpStatus = 0, const GraphError &error = GraphError());

    QString m_id;
    QString m_kind;
    QString m_title;
    QDateTime m_created;
    QString m_account;
    QString m_tenant;
    QVector<Item> m_items;
    bool m_finishedEmitted = false;
};
Q_DECLARE_METATYPE(Operation *)
