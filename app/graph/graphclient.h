#pragma once

#include "accesstokenprovider.h"
#include "cloudendpoints.h"
#include "graphrequest.h"
#include "retrypolicy.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUrl>

class GraphCall;
class GraphListJob;

// The only code that talks HTTP to Graph: one QNetworkAccessManager, a retry policy, a concurrency limit.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    explicit GraphClient(QObject *parent = nullptr);

    // Base URL without the version ("https://graph.microsoft.com"). Returns an error text when refused
    // (non-https other than loopback), empty when accepted.
    QString setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setCloud(GraphCloud cloud);

    void setAccessToken(const QString &token) { m_accessToken = token; }
    // Where tokens come from once signed in; after a 401 the client asks it once for a fresh token (or an
    // interactive sign-in with the claims of a Conditional Access challenge) and sends the request again.
    void setTokenProvider(AccessTokenProvider *provider) { m_tokenProvider = provider; }
    AccessTokenProvider *tokenProvider() const { return m_tokenProvider; }
    QString accessToken() const;

    RetryPolicy &retryPolicy() { return m_retryPolicy; }
    void setMaxConcurrentRequests(int count) { m_maxConcurrent = qMax(1, count); }
    int maxConcurrentRequests() const { return m_maxConcurrent; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    QUrl urlFor(const GraphRequest &request) const;

    // Sends a request (queued while the concurrency limit is reached). The call deletes itself after
    // finished().
    GraphCall *send(const GraphRequest &request);
    // Lists a collection, following @odata.nextLink until it is absent; the job deletes itself after it ends.
    GraphListJob *list(const GraphRequest &firstPage);

    // Typed reads.
    // beta by default: status, statusDetail, osVersion, userAccountType, powerState are beta only.
    GraphListJob *listCloudPcs(ApiVersion version = ApiVersion::Beta, const QUrlQuery &query = {});
    // Provisioning policies, with $expand=assignments (the assigned groups).
    GraphListJob *listProvisioningPolicies(ApiVersion version = ApiVersion::Beta);
    // Bulk actions exist in beta only.
    GraphListJob *listBulkActions();
    // Users with unresolved service provisioning errors (an advanced query: ConsistencyLevel: eventual,
    // $count).
    GraphListJob *listUsersWithProvisioningErrors();

    QNetworkAccessManager *networkAccessManager() { return &m_nam; }

private:
    friend class GraphCall;
    QNetworkReply *dispatch(GraphCall *call);
    void enqueue(GraphCall *call);
    void release(GraphCall *call);
    void pump();

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_accessToken;
    QPointer<AccessTokenProvider> m_tokenProvider;
    RetryPolicy m_retryPolicy;
    int m_maxConcurrent = 4;
    int m_inFlight = 0;
    int m_transferTimeoutMs = 60000;
    QQueue<QPointer<GraphCall>> m_queue;
    QList<GraphCall *> m_active;
};
