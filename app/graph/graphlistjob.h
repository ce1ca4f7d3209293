#pragma once

#include "grapherror.h"
#include "graphrequest.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

class GraphCall;
class GraphClient;

// Lists a Graph collection page by page: follows @odata.nextLink exactly as given until it is absent,
// hands each page over as it arrives, and can be cancelled. Deletes itself after finished()/failed().
class GraphListJob : public QObject
{
    Q_OBJECT
public:
    GraphListJob(GraphClient *client, GraphRequest firstPage);

    int pageCount() const { return m_pages; }
    qint64 itemCount() const { return m_items; }
    // @odata.count of the first page, when the request asked for $count=true; -1 otherwise.
    qint64 totalCount() const { return m_totalCount; }
    void cancel();

Q_SIGNALS:
    void pageReceived(const QJsonArray &items);
    void finished();
    void failed(const GraphError &error);

private:
    void requestPage(const GraphRequest &request);
    void onPage(GraphCall *call);
    void fail(const GraphError &error);

    QPointer<GraphClient> m_client;
    GraphRequest m_firstPage;
    QPointer<GraphCall> m_call;
    int m_pages = 0;
    qint64 m_items = 0;
    qint64 m_totalCount = -1;
    bool m_done = false;
};
