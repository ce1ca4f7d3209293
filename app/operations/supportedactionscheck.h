#pragma once

#include "cloudpcremoteactioncapability.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class GraphClient;

// Asks Graph which remote actions a few Cloud PCs support now (beta getSupportedCloudPcRemoteActions, through
// $batch), so that a dialog can say why an act is left out for one of them. It is only ever an explanation:
// a Cloud PC Graph gives no usable answer for is reported nowhere, and the act goes on by the local rules.
class SupportedActionsCheck : public QObject
{
    Q_OBJECT
public:
    // Beyond this many Cloud PCs nothing is asked (a dialog over many Cloud PCs does not wait for Graph).
    static constexpr int kMaxCloudPcs = 20;

    SupportedActionsCheck(GraphClient *client, QStringList cloudPcIds, QObject *parent = nullptr);
    // Sends the requests (nothing when there are none or more than kMaxCloudPcs); finished() follows.
    void start();

Q_SIGNALS:
    // Graph's answer for one Cloud PC (only for those it answered 2xx with a readable body).
    void answered(const QString &cloudPcId, const QList<CloudPcRemoteActionCapability> &capabilities);
    void finished();

private:
    QPointer<GraphClient> m_client;
    QStringList m_ids;
};
