#pragma once

#include "graph/grapherror.h"
#include "graph/graphlistjob.h"
#include "graph/graphrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

class CloudPcModel;
class GraphClient;
class GraphListJob;

// Fills a CloudPcModel from Graph page by page; reload, cancel, and what went wrong on the way.
class CloudPcLoader : public QObject
{
    Q_OBJECT
public:
    CloudPcLoader(GraphClient *client, CloudPcModel *model, QObject *parent = nullptr);

    void setApiVersion(ApiVersion version) { m_version = version; }
    bool isLoading() const { return m_job != nullptr; }
    // Items Graph sent that could not be shown, or were shown with fields left empty.
    const QStringList &problems() const { return m_problems; }
    const GraphError &lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();
    void cancel();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progress(qint64 loaded);
    void finished(qint64 count, qint64 elapsedMs);
    void failed(const GraphError &error);

private:
    void onPage(const QJsonArray &items);

    GraphClient *m_client;
    CloudPcModel *m_model;
    ApiVersion m_version = ApiVersion::Beta;
    QPointer<GraphListJob> m_job;
    QStringList m_problems;
    GraphError m_lastError;
    QElapsedTimer m_timer;
};
