#include "graphlistjob.h"

#include "graphcall.h"
#include "graphclient.h"

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
    const QJsonValue value = page.value(QStringLiteral("value"));
    if (!value.isArray()) {
        GraphError error = GraphError::make(
            GraphError::Kind::MalformedReply,
            QCoreApplication::translate("GraphListJob",
                                        "The reply has no 'value' array; it is not a Graph collection."));
        error.httpStatus = call->httpStatus();
        error.requestId = QString::fromLatin1(call->responseHeader("request-id"));
        error.clientRequestId = call->clientRequestId();
        fail(error);
        return;
    }
    if (m_pages == 0 && page.contains(QStringLiteral("@odata.count")))
        m_totalCount = static_cast<qint64>(page.value(QStringLiteral("@odata.count")).toDouble(-1));

    const QJsonArray items = value.toArray();
    ++m_pages;
    m_items += items.size();
    Q_EMIT pageReceived(items);
    if (m_done) // cancelled from a slot
        return;

    const QJsonValue next = page.value(QStringLiteral("@odata.nextLink"));
    if (next.isUndefined() || next.isNull()) {
        m_done = true;
        Q_EMIT finished();
        deleteLater();
        return;
    }
    const QUrl nextUrl = QUrl::fromEncoded(next.toString().toUtf8(), QUrl::StrictMode);
    const QUrl base = m_client->baseUrl();
    // Never carry the bearer token to another host than the one configured.
    if (!next.isString() || !nextUrl.isValid() || nextUrl.scheme() != base.scheme() ||
        nextUrl.host() != base.host() || nextUrl.port(-1) != base.port(-1)) {
        GraphError error = GraphError::make(
            GraphError::Kind::MalformedReply,
            QCoreApplication::translate("GraphListJob",
                                        "The next page link '%1' does not point to %2; not followed.")
                .arg(next.toString().left(200), base.toString()));
        error.requestId = QString::fromLatin1(call->responseHeader("request-id"));
        fail(error);
        return;
    }
    GraphRequest nextRequest = m_firstPage;
    nextRequest.absoluteUrl = nextUrl;
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
