#include "identityrequest.h"

#include "authlogging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>
#include <limits>

IdentityRequest::IdentityRequest(QObject *parent)
    : QObject(parent)
{}

IdentityRequest *IdentityRequest::post(QNetworkAccessManager *nam, const QUrl &url, const QUrlQuery &form,
                                       QObject *parent)
{
    auto *request = new IdentityRequest(parent);
    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArray("application/x-www-form-urlencoded"));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    networkRequest.setRawHeader("return-client-request-id", "true");
    networkRequest.setTransferTimeout(30000);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Percent-encode everything but unreserved characters: '+' and '&' in a value must survive.
    QByteArray body;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    qCDebug(lcAuth) << "POST" << url.toString(QUrl::RemoveQuery) << "grant"
                    << form.queryItemValue(QStringLiteral("grant_type"));
    request->m_reply = nam->post(networkRequest, body);
    connect(request->m_reply, &QNetworkReply::finished, request, &IdentityRequest::onFinished);
    return request;
}

void IdentityRequest::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void IdentityRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (status == 200) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isObject()) {
            Q_EMIT succeeded(document.object());
            return;
        }
        // A captive portal, a proxy's page or a broken gateway: say what came, not "no tokens".
        const IdentityError error = IdentityError::local(
            IdentityError::Kind::InvalidReply,
            tr("The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n byte(s)).", nullptr,
               int(qMin<qsizetype>(body.size(), std::numeric_limits<int>::max())))
                .arg(contentType.isEmpty() ? tr("no content type") : contentType));
        qCInfo(lcAuth) << "identity request failed:" << error.summary();
        Q_EMIT failed(error);
        return;
    }
    const IdentityError error = IdentityError::fromReply(status, body, reply->errorString(), contentType);
    qCInfo(lcAuth) << "identity request failed:" << error.summary();
    Q_EMIT failed(error);
}
