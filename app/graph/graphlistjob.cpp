#include "graphlistjob.h"

#include "graphcall.h"
#include "graphclient.h"
#include "graphpage.h"

#include <QCoreApplication>
#include <QJsonObject>

GraphListJob::GraphListJob(GraphClient *client, GraphRequest firstPage)
    : QObject(client)
    , m_client(client)
    , m_firstPage(std::move(firstPage))
{
    requestPage(m_firstPage);
}

void GraphListJob::requestPage(const GraphRequest &request)
{
    m_call = m_client->send(request);
    GraphCall *call = m_call;
    connect(call, &GraphCall::finished, this, [this, call] { onPage(call); });
}

void GraphListJob::onPage(GraphCall *call)
{
    m_call = nullptr;
    if (m_done)
        return;
    if (!call->ok()) {
        fail(call->error());
        return;
    }
    GraphError parseError;
    const QJsonObject page = call->jsonObject(&parseError);
    if (parseError.isError()) {
        fail(parseError);
        return;
    }
    const GraphPage parsed = GraphPage::fromJson(page, m_client->baseUrl());
    if (!parsed.isCollection()) {
        GraphError error = GraphError::make(GraphError::Kind::MalformedReply, parsed.error);
        error.httpStatus = call->httpStatus();
        error.requestId = QString::fromLatin1(call->responseHeader("request-id"));
        error.clientRequestId = call->clientRequestId();
        fail(error);
        return;
    }
    if (m_pages == 0)
        m_totalCount = parsed.totalCount;

    ++m_pages;
    m_items += parsed.items.size();
    Q_EMIT pageReceived(parsed.items);
    if (m_done) // cancelled from a slot
        return;

    if (parsed.isLastPage()) {
        m_done = true;
        Q_EMIT finished();
        deleteLater();
        return;
    }
    if (!parsed.nextLinkError.isEmpty()) {
        GraphError error = GraphError::make(GraphError::Kind::MalformedReply, parsed.nextLinkError);
        error.requestId = QString::fromLatin1(call->responseHeader("request-id"));
        fail(error);
        return;
    }
    GraphRequest nextRequest = m_firstPage;
    nextRequest.absoluteUrl = parsed.nextLink;
    nextRequest.query.clear();
    requestPage(nextRequest);
}

void GraphListJob::fail(const GraphError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
    deleteLater();
}

void GraphListJob::cancel()
{
    if (m_done)
        return;
    if (m_call) {
        QPointer<GraphCall> call = m_call;
        m_call = nullptr;
        call->cancel();
    }
    fail(GraphError::make(GraphError::Kind::Cancelled,
                          QCoreApplication::translate("GraphListJob", "Cancelled.")));
}
