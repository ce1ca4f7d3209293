#include "supportedactionscheck.h"

#include "batchjob.h"
#include "graphclient.h"
#include "graphrequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

SupportedActionsCheck::SupportedActionsCheck(GraphClient *client, QStringList cloudPcIds, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ids(std::move(cloudPcIds))
{}

void SupportedActionsCheck::start()
{
    if (!m_client || m_ids.isEmpty() || m_ids.size() > kMaxCloudPcs) {
        QTimer::singleShot(0, this, &SupportedActionsCheck::finished);
        return;
    }
    QList<GraphRequest> requests;
    for (const QString &id : std::as_const(m_ids))
        requests.append(GraphRequests::getSupportedCloudPcRemoteActions(id));
    // The job deletes itself when done; if this check goes first (its dialog closed), the answers are
    // dropped.
    auto *job = new BatchJob(m_client, requests);
    const QStringList ids = m_ids;
    connect(job, &BatchJob::itemFinished, this, [this, ids](int index, const BatchItemResult &result) {
        if (!result.ok || index < 0 || index >= ids.size())
            return;
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        if (!document.isObject())
            return;
        Q_EMIT answered(ids.at(index), CloudPcRemoteActionCapability::listFromJson(document.object()));
    });
    connect(job, &BatchJob::finished, this, &SupportedActionsCheck::finished);
    job->start();
}
