#include "graphcall.h"

#include "accesstokenprovider.h"
#include "claimschallenge.h"
#include "graphclient.h"
#include "graphlogging.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUuid>

GraphCall::GraphCall(GraphClient *client, GraphRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_client)
            m_client->enqueue(this);
    });
}

QByteArray GraphCall::responseHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonObject GraphCall::jsonObject(GraphError *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = GraphError::make(
                GraphError::Kind::MalformedReply,
                QCoreApplication::translate("GraphCall", "The reply is not a JSON object: %1")
                    .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : QStringLiteral("not an object")));
            error->httpStatus = m_httpStatus;
            error->requestId = QString::fromLatin1(responseHeader("request-id"));
            error->clientRequestId = m_clientRequestId;
            error->method = QString::fromLatin1(m_request.method);
            if (m_client)
                error->url = m_client->urlFor(m_request).toString();
        }
        return {};
    }
    return document.object();
}

void GraphCall::start()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_reply = m_client->dispatch(this);
    connect(m_reply, &QNetworkReply::finished, this, &GraphCall::onReplyFinished);
}

void GraphCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_client)
        m_client->release(this);
    if (m_finished)
        return;

    QNetworkReply::NetworkError networkError = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    m_body = reply->readAll();
    m_headers = reply->rawHeaderPairs();
    const RetryPolicy &policy = m_client ? m_client->retryPolicy() : RetryPolicy();

    if (m_httpStatus == 0) {
        // No HTTP answer at all.
        // QNAM aborts a reply whose transfer timeout ran out: that is a timeout, not a cancel of ours.
        if (networkError == QNetworkReply::OperationCanceledError && !m_cancelRequested)
            networkError = QNetworkReply::TimeoutError;
        if (networkError == QNetworkReply::OperationCanceledError) {
            finish(m_request.isIdempotent()
                       ? GraphError::make(GraphError::Kind::Cancelled,
                                          QCoreApplication::translate("GraphCall", "Cancelled."))
                       : GraphError::make(GraphError::Kind::OutcomeUnknown,
                                          QCoreApplication::translate(
                                              "GraphCall",
                                              "Cancelled after the request was sent; the service may "
                                              "have acted on it. Refresh to see the current state.")));
            return;
        }
        const RetryPolicy::Decision decision =
            policy.onNetworkError(m_attempts, networkError, m_request.isIdempotent());
        if (decision.retry) {
            qCInfo(lcGraph) << "network error" << networkError << "on" << m_request.method << m_request.path
                            << "- retrying in" << decision.delay.count() << "ms";
            retryLater(decision.delay);
            return;
        }
        const bool unknown = !m_request.isIdempotent() && !RetryPolicy::failedBeforeSending(networkError);
        finish(GraphError::make(
            unknown ? GraphError::Kind::OutcomeUnknown : GraphError::Kind::Network,
            unknown ? QCoreApplication::translate(
                          "GraphCall", "The connection failed after the request was sent (%1); the "
                                       "service may have acted on it. Refresh to see the current state.")
                          .arg(reply->errorString())
                    : reply->errorString()));
        return;
    }

    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        finish(GraphError());
        return;
    }

    // A 401 was refused before the service acted, so any request, a POST too, may go again with a new token.
    if (m_httpStatus == 401 && !m_reauthenticated && reauthenticate())
        return;

    const RetryPolicy::Decision decision =
        policy.onHttpStatus(m_attempts, m_httpStatus, responseHeader("Retry-After"));
    if (decision.retry) {
        qCInfo(lcGraph) << "HTTP" << m_httpStatus << "on" << m_request.method << m_request.path
                        << "- retrying in" << decision.delay.count() << "ms";
        retryLater(decision.delay);
        return;
    }
    finish(GraphError::fromHttpReply(m_httpStatus, m_body, m_headers));
}

bool GraphCall::reauthenticate()
{
    AccessTokenProvider *provider = m_client ? m_client->tokenProvider() : nullptr;
    if (!provider)
        return false;
    m_reauthenticated = true;
    // WWW-Authenticate: Bearer realm="", …, error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsi…"
    const QString claims = ClaimsChallenge::claimsJson(responseHeader("WWW-Authenticate"));
    connect(
        provider, &AccessTokenProvider::accessTokenRefreshed, this,
        [this](bool ok, const QString &error) {
            if (m_finished)
                return;
            if (ok && m_client) {
                m_client->enqueue(this);
                return;
            }
            GraphError failure = GraphError::fromHttpReply(m_httpStatus, m_body, m_headers);
            failure.kind = GraphError::Kind::Authentication;
            if (!error.isEmpty())
                failure.message = error;
            finish(failure);
        },
        Qt::SingleShotConnection);
    qCInfo(lcGraph) << "401 on" << m_request.method << m_request.path
                    << (claims.isEmpty() ? "- refreshing the token" : "- claims challenge: signing in again");
    if (claims.isEmpty())
        provider->refreshAccessToken();
    else
        provider->handleClaimsChallenge(claims);
    return true;
}

void GraphCall::retryLater(std::chrono::milliseconds delay)
{
    m_retryTimer.start(delay);
}

void GraphCall::finish(const GraphError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_error.isError()) {
        if (m_error.clientRequestId.isEmpty())
            m_error.clientRequestId = m_clientRequestId;
        if (m_error.requestId.isEmpty())
            m_error.requestId = QString::fromLatin1(responseHeader("request-id"));
        m_error.method = QString::fromLatin1(m_request.method);
        if (m_client)
            m_error.url = m_client->urlFor(m_request).toString();
        qCWarning(lcGraph).noquote() << m_request.method << m_request.path << "failed:" << m_error.summary();
    }
    Q_EMIT finished();
    deleteLater();
}

void GraphCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_cancelRequested = true;
        m_reply->abort(); // onReplyFinished reports cancelled or outcome unknown
        return;
    }
    m_retryTimer.stop();
    finish(GraphError::make(GraphError::Kind::Cancelled,
                            QCoreApplication::translate("GraphCall", "Cancelled.")));
}
