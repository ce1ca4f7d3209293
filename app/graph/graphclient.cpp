#include "graphclient.h"

#include "accesstokenprovider.h"
#include "graphcall.h"
#include "graphlistjob.h"
#include "graphlogging.h"
#include "oneshotupload.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcGraph, "cloudpc.graph", QtInfoMsg)

GraphClient::GraphClient(QObject *parent)
    : QObject(parent)
    , m_baseUrl(CloudEndpoints::graphBaseUrl(GraphCloud::Global))
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QString GraphClient::setBaseUrl(const QUrl &baseUrl)
{
    const QString problem = CloudEndpoints::validateBaseUrl(baseUrl);
    if (!problem.isEmpty())
        return problem;
    m_baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash);
    // The system's proxy (QNetworkProxyFactory, set up by the programs' main()) applies to Graph; a
    // server on this machine (the emulator) is always reached directly, whatever http_proxy says.
    m_nam.setProxy(CloudEndpoints::isLoopback(m_baseUrl) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                                         : QNetworkProxy(QNetworkProxy::DefaultProxy));
    return {};
}

void GraphClient::setCloud(GraphCloud cloud)
{
    if (cloud != GraphCloud::Custom)
        m_baseUrl = CloudEndpoints::graphBaseUrl(cloud);
}

QString GraphClient::accessToken() const
{
    return m_tokenProvider ? m_tokenProvider->accessToken() : m_accessToken;
}

QUrl GraphClient::urlFor(const GraphRequest &request) const
{
    if (request.absoluteUrl.isValid())
        return request.absoluteUrl;
    QUrl url = m_baseUrl;
    QString basePath = m_baseUrl.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // Tolerant: ids in the path are already percent-encoded (GraphRequests::segment) and must stay so.
    url.setPath(basePath + QLatin1Char('/') + apiVersionSegment(request.version) + request.path,
                QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

GraphCall *GraphClient::send(const GraphRequest &request)
{
    auto *call = new GraphCall(this, request);
    enqueue(call);
    return call;
}

void GraphClient::enqueue(GraphCall *call)
{
    m_queue.enqueue(call);
    // Start from the event loop, so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(this, &GraphClient::pump, Qt::QueuedConnection);
}

void GraphClient::pump()
{
    while (m_inFlight < m_maxConcurrent && !m_queue.isEmpty()) {
        QPointer<GraphCall> call = m_queue.dequeue();
        if (!call || call->isFinished())
            continue;
        ++m_inFlight;
        m_active.append(call);
        call->start();
    }
}

void GraphClient::release(GraphCall *call)
{
    if (m_active.removeOne(call))
        --m_inFlight;
    QMetaObject::invokeMethod(this, &GraphClient::pump, Qt::QueuedConnection);
}

QNetworkReply *GraphClient::dispatch(GraphCall *call)
{
    const GraphRequest &graphRequest = call->request();
    QNetworkRequest request(urlFor(graphRequest));
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", call->clientRequestId().toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("CloudPcConsole/" CLOUDPC_VERSION));
    const QString token = accessToken();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &header : graphRequest.headers)
        request.setRawHeader(header.first, header.second);
    if (!graphRequest.body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    qCDebug(lcGraph) << graphRequest.method << request.url().toString(QUrl::RemoveQuery) << "attempt"
                     << call->attempts();
    if (graphRequest.isIdempotent())
        return m_nam.sendCustomRequest(request, graphRequest.method, graphRequest.body);
    // Never let QNAM re-send a state-changing request on its own after a dropped connection: its body can be
    // read once only, so a silent resend fails (ContentReSendError) and the caller learns the outcome is
    // unknown.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, graphRequest.body.size());
    auto *body = new OneShotUpload(graphRequest.body);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, graphRequest.method, body);
    body->setParent(reply);
    return reply;
}

GraphListJob *GraphClient::list(const GraphRequest &firstPage)
{
    return new GraphListJob(this, firstPage);
}

GraphListJob *GraphClient::listCloudPcs(ApiVersion version, const QUrlQuery &query)
{
    GraphRequest request =
        GraphRequest::get(version, QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs"), query);
    request.headers.append(qMakePair(QByteArray("Prefer"), QByteArray("include-unknown-enum-members")));
    return list(request);
}

GraphListJob *GraphClient::listProvisioningPolicies(ApiVersion version)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$expand"), QStringLiteral("assignments"));
    return list(GraphRequest::get(
        version, QStringLiteral("/deviceManagement/virtualEndpoint/provisioningPolicies"), query));
}

GraphListJob *GraphClient::listBulkActions()
{
    return list(
        GraphRequest::get(ApiVersion::Beta, QStringLiteral("/deviceManagement/virtualEndpoint/bulkActions")));
}

GraphListJob *GraphClient::listUsersWithProvisioningErrors()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"),
                       QStringLiteral("serviceProvisioningErrors/any(e:e/isResolved eq false)"));
    query.addQueryItem(QStringLiteral("$select"),
                       QStringLiteral("id,displayName,userPrincipalName,serviceProvisioningErrors"));
    query.addQueryItem(QStringLiteral("$count"), QStringLiteral("true"));
    GraphRequest request = GraphRequest::get(ApiVersion::Beta, QStringLiteral("/users"), query);
    request.headers.append(qMakePair(QByteArray("ConsistencyLevel"), QByteArray("eventual")));
    return list(request);
}
