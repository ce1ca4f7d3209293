#pragma once

#include "grapherror.h"
#include "graphrequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>

class GraphClient;
class QNetworkReply;

// One logical Graph request: sent, and re-sent per the RetryPolicy while that is safe, until it has an
// outcome. Emits finished() exactly once, then deletes itself later; read the results inside the slot.
class GraphCall : public QObject
{
    Q_OBJECT
public:
    const GraphRequest &request() const { return m_request; }
    QString clientRequestId() const { return m_clientRequestId; }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QByteArray responseHeader(const QByteArray &name) const;
    const GraphError &error() const { return m_error; }
    int attempts() const { return m_attempts; }

    // Parses the body as a JSON object; a 2xx with a non-object body turns into a MalformedReply error.
    QJsonObject jsonObject(GraphError *error = nullptr) const;

    // Stops waiting. A request already on the wire may still take effect at the service; then the outcome is
    // reported as unknown for state-changing requests, cancelled for reads.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class GraphClient;
    GraphCall(GraphClient *client, GraphRequest request);

    void start();
    void onReplyFinished();
    void finish(const GraphError &error);
    void retryLater(std::chrono::milliseconds delay);
    // A 401: asks the token provider once for a new token (or a sign-in with the challenge's claims), then
    // sends again. Returns false when there is nothing to ask.
    bool reauthenticate();

    QPointer<GraphClient> m_client;
    GraphRequest m_request;
    QString m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_httpStatus = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    GraphError m_error;
    bool m_finished = false;
    bool m_reauthenticated = false;
    bool m_cancelRequested = false;
};
