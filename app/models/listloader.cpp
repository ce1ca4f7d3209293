#include "listloader.h"

#include "graphclient.h"
#include "graphlistjob.h"

ListLoader::ListLoader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ListLoader::reload()
{
    if (m_job)
        cancel();
    m_problems.clear();
    m_lastError = GraphError();
    m_loaded = false;
    clearModel();
    m_timer.start();
    m_job = startJob();
    connect(m_job, &GraphListJob::pageReceived, this, &ListLoader::onPage);
    connect(m_job, &GraphListJob::finished, this, [this] {
        m_job = nullptr;
        m_loaded = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT finished(loadedCount(), m_timer.elapsed());
    });
    connect(m_job, &GraphListJob::failed, this, [this](const GraphError &error) {
        m_job = nullptr;
        m_lastError = error;
        Q_EMIT loadingChanged(false);
        Q_EMIT failed(error);
    });
    Q_EMIT loadingChanged(true);
}

void ListLoader::cancel()
{
    if (!m_job)
        return;
    GraphListJob *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->cancel();
    Q_EMIT loadingChanged(false);
    Q_EMIT cancelled();
}

void ListLoader::onPage(const QJsonArray &items)
{
    addPage(items);
    Q_EMIT progress(loadedCount());
}
