#pragma once

#include "grapherror.h"
#include "graphrequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVector>

class GraphCall;
class GraphClient;

// What became of one request sent inside a JSON $batch.
struct BatchItemResult
{
    bool finished = false;
    bool ok = false;
    int httpStatus = 0;                           // the sub-response's status; 0 when none came
    GraphError error;                             // Kind::None when ok
    QByteArray body;                              // the sub-response's body as JSON text (empty for a 204)
    QList<QPair<QByteArray, QByteArray>> headers; // the sub-response's headers
    int attempts = 0;                             // how many $batch requests carried it
    QString requestId;       // the sub-response's request-id, else the $batch request's (for support cases)
    QString clientRequestId; // the client-request-id sent with the sub-request
};
Q_DECLARE_METATYPE(BatchItemResult)

// One answer in a $batch reply, as BatchJob::parseReply reads it.
struct BatchSubResponse
{
    int request = -1; // the position, in the ids asked for, of the request it answers
    int status = 0;   // 100 to 599; 0 when the answer has no valid status (headers and body are then empty)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // as JSON text when it was JSON; a string under a non-JSON Content-Type is
                     // base64-decoded (Graph encodes such bodies), any other string kept as it came
};

// What a $batch reply says about the requests it was asked for.
struct BatchReply
{
    QString problem; // the reply as a whole is unreadable (no JSON object with a "responses" array)
    QList<BatchSubResponse> answers; // in the reply's order, at most one per request
    QList<int> unanswered;           // positions of the requests without an answer (all of them on a problem)
    QStringList strays;              // ids answered but not asked for, or answered again ("(none)": no id)
};

// Sends a list of requests through JSON batching (POST /{version}/$batch), at most 20 to a batch and one
// batch per API version, through GraphClient (so the token, client-request-id, 401 refresh and the retry
// policy of the whole $batch request apply). Each sub-response is mapped back to its request by id.
//
// A sub-request answered 429/503/504 was not processed: it goes again, alone or with others, in a later batch
// once its own Retry-After has passed, bounded by RetryPolicy::maxAttempts. When the outcome of a $batch
// request as a whole is unknown (the connection dropped after it was sent, a timeout, an unreadable reply),
// every request in it that changes state is reported OutcomeUnknown and never sent again by this job.
//
// Emits itemFinished() once per request as results come in, then finished(); deletes itself afterwards.
class BatchJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRequestsPerBatch = 20;

    BatchJob(GraphClient *client, QList<GraphRequest> requests, QObject *parent = nullptr);

    // Whether a request can travel in a $batch: a path below the version (not an absolute URL such as a
    // nextLink) and a body that is empty or a JSON object.
    static bool canBatch(const GraphRequest &request);
    // The request's URL relative to the version, as a $batch sub-request names it ("/users?$top=5").
    static QString relativeUrl(const GraphRequest &request);
    // Reads the body of a $batch reply to requests with these ids (position i: ids[i]); no I/O, no state.
    // Every position ends up exactly once in answers or unanswered, whatever the body holds.
    static BatchReply parseReply(const QByteArray &body, const QList<QString> &ids);

    // How many $batch requests this job keeps on the wire at once (default: the client's concurrency limit).
    void setMaxConcurrentBatches(int count) { m_maxConcurrent = qMax(1, count); }
    void start();
    // Requests not sent yet (or waiting to go again after a throttled answer: the service has not acted on
    // them) are reported Cancelled; those in a $batch on the wire get their outcome as it comes.
    void cancel();

    int count() const { return int(m_entries.size()); }
    const BatchItemResult &result(int index) const { return m_entries.at(index).result; }
    bool isFinished() const { return m_finished; }
    // How many $batch requests the job handed to the client (GraphClient's own resends not counted).
    int batchesSent() const { return m_batchesSent; }

Q_SIGNALS:
    void itemFinished(int index, const BatchItemResult &result);
    void finished();

private:
    enum class Stage { Ready, InFlight, Waiting, Done };
    struct Entry
    {
        GraphRequest request;
        BatchItemResult result;
        Stage stage = Stage::Ready;
        QString clientRequestId; // of the latest attempt
        qint64 readyAtMs = 0;    // Waiting: when it may go again (on m_clock)
    };

    void pump();
    void sendBatch(const QList<int> &indexes);
    void onBatchFinished(GraphCall *call);
    void onSubResponse(int index, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                       const QByteArray &body, const QString &batchRequestId);
    // The $batch reply gave nothing usable for this request.
    void unreadable(int index, const QString &reason, const QString &batchRequestId);
    void complete(int index, const GraphError &error);
    void checkFinished();

    QPointer<GraphClient> m_client;
    QVector<Entry> m_entries;
    QList<int> m_ready;   // indexes that may go in the next batch, in order
    QList<int> m_waiting; // indexes waiting out a Retry-After
    QHash<GraphCall *, QList<int>> m_inFlight;
    QElapsedTimer m_clock;
    QTimer m_wakeTimer;
    int m_maxConcurrent = 1;
    int m_done = 0;
    int m_batchesSent = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
