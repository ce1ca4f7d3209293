#include "cloudpcloader.h"

#include "cloudpcmodel.h"
#include "graph/graphclient.h"
#include "graph/graphlistjob.h"

#include <QJsonArray>
#include <QJsonObject>

CloudPcLoader::CloudPcLoader(GraphClient *client, CloudPcModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{}

void CloudPcLoader::reload()
{
    if (m_job)
        cancel();
    m_problems.clear();
    m_lastError = GraphError();
    m_model->clear();
    m_timer.start();
    m_job = m_client->listCloudPcs(m_version);
    connect(m_job, &GraphListJob::pageReceived, this, &CloudPcLoader::onPage);
    connect(m_job, &GraphListJob::finished, this, [this] {
        m_job = nullptr;
        Q_EMIT loadingChanged(false);
        Q_EMIT finished(m_model->rowCount(), m_timer.elapsed());
    });
    connect(m_job, &GraphListJob::failed, this, [this](const GraphError &error) {
        m_job = nullptr;
        m_lastError = error;
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(error);
    });
    Q_EMIT loadingChanged(true);
}

void CloudPcLoader::cancel()
{
    if (!m_job)
        return;
    GraphListJob *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    Q_EMIT loadingChanged(false);
}

void CloudPcLoader::onPage(const QJsonArray &items)
{
    QVector<CloudPc> parsed;
    parsed.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            m_problems.append(tr("An item of the Cloud PC list is not an object; skipped."));
            continue;
        }
        if (std::optional<CloudPc> pc = CloudPc::fromJson(item.toObject(), &m_problems))
            parsed.append(std::move(*pc));
    }
    m_model->append(parsed);
    Q_EMIT progress(m_model->rowCount());
}
