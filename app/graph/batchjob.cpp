#include "batchjob.h"

#include "graphcall.h"
#include "graphclient.h"
#include "graphlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <utility>

namespace {
// A sub-response body given as a JSON string: Graph sends a body that is not JSON (text/plain, text/html, a
// file) base64-encoded; a string under a JSON content type, or one that is no valid base64, is kept as it is.
QByteArray stringBody(const QString &text, const QByteArray &contentType)
{
    const QByteArray bytes = text.toUtf8();
    if (contentType.isEmpty() || contentType.toLower().contains("json"))
        return bytes;
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : bytes;
}

// The id a sub-response names. Graph sends strings; a number names the request of that number written out
// ("3"). A number that is not a whole one within ±2^53 names no request: written as it is ("0.5", "2e+19"),
// it matches none (QJsonValue::toInteger() would have made it 0, the id of the first request).
QString responseId(const QJsonValue &id)
{
    if (!id.isDouble())
        return id.toString();
    const double number = id.toDouble();
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (std::floor(number) == number && std::abs(number) <= kExactIntegers)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

bool isJsonObjectOrEmpty(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}
} // namespace

BatchJob::BatchJob(GraphClient *client, QList<GraphRequest> requests, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_maxConcurrent(client ? client->maxConcurrentRequests() : 1)
{
    m_entries.reserve(requests.size());
    for (GraphRequest &request : requests) {
        Entry entry;
        entry.request = std::move(request);
        m_entries.append(std::move(entry));
    }
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer); // never before a Retry-After has passed
    connect(&m_wakeTimer, &QTimer::timeout, this, &BatchJob::pump);
}

bool BatchJob::canBatch(const GraphRequest &request)
{
    return !request.absoluteUrl.isValid() && request.path.startsWith(QLatin1Char('/')) &&
           !request.method.isEmpty() && isJsonObjectOrEmpty(request.body);
}

QString BatchJob::relativeUrl(const GraphRequest &request)
{
    QString url = request.path;
    if (!request.query.isEmpty())
        url += QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
    return url;
}

void BatchJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    for (int i = 0; i < count(); ++i) {
        if (!m_client) {
            complete(i, GraphError::make(GraphError::Kind::Configuration, tr("No Graph client to send it.")));
        } else if (!canBatch(m_entries[i].request)) {
            complete(i, GraphError::make(GraphError::Kind::Configuration,
                                         tr("This request cannot be sent in a $batch request (absolute URL "
                                            "or a body that is not a JSON object).")));
        } else {
            m_ready.append(i);
        }
    }
    pump();
}

void BatchJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_wakeTimer.stop();
    if (!m_started) {
        m_started = true;
        m_clock.start();
        for (int i = 0; i < count(); ++i)
            m_ready.append(i);
    }
    const QList<int> ready = std::exchange(m_ready, {});
    const QList<int> waiting = std::exchange(m_waiting, {});
    for (int index : ready)
        complete(index, GraphError::make(GraphError::Kind::Cancelled, tr("Cancelled before it was sent.")));
    for (int index : waiting) {
        complete(index, GraphError::make(GraphError::Kind::Cancelled,
                                         tr("Cancelled before it was sent again; the service had answered "
                                            "%1 and had not acted on it.")
                                             .arg(m_entries[index].result.httpStatus)));
    }
    checkFinished();
}

void BatchJob::pump()
{
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (m_entries[*it].readyAtMs <= now) {
            m_entries[*it].stage = Stage::Ready;
            m_ready.append(*it);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    while (int(m_inFlight.size()) < m_maxConcurrent && !m_ready.isEmpty()) {
        // One batch per API version: the sub-request URLs are relative to the $batch request's version.
        const ApiVersion version = m_entries[m_ready.first()].request.version;
        QList<int> group;
        for (auto it = m_ready.begin(); it != m_ready.end() && group.size() < kMaxRequestsPerBatch;) {
            if (m_entries[*it].request.version == version) {
                group.append(*it);
                it = m_ready.erase(it);
            } else {
                ++it;
            }
        }
        sendBatch(group);
    }
    if (!m_waiting.isEmpty()) {
        qint64 next = m_entries[m_waiting.first()].readyAtMs;
        for (int index : std::as_const(m_waiting))
            next = qMin(next, m_entries[index].readyAtMs);
        m_wakeTimer.start(int(qBound<qint64>(0, next - now, qint64(24) * 3600 * 1000)));
    } else {
        m_wakeTimer.stop();
    }
    checkFinished();
}

void BatchJob::sendBatch(const QList<int> &indexes)
{
    if (!m_client) {
        for (int index : indexes)
            complete(index,
                     GraphError::make(GraphError::Kind::Configuration, tr("No Graph client to send it.")));
        return;
    }
    QJsonArray requests;
    for (int index : indexes) {
        Entry &entry = m_entries[index];
        entry.stage = Stage::InFlight;
        ++entry.result.attempts;
        entry.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject headers;
        for (const auto &header : std::as_const(entry.request.headers))
            headers.insert(QString::fromLatin1(header.first), QString::fromLatin1(header.second));
        headers.insert(QStringLiteral("client-request-id"), entry.clientRequestId);
        QJsonObject subRequest{{QStringLiteral("id"), QString::number(index)},
                               {QStringLiteral("method"), QString::fromLatin1(entry.request.method)},
                               {QStringLiteral("url"), relativeUrl(entry.request)}};
        const QByteArray body = entry.request.body.trimmed();
        if (!body.isEmpty()) {
            // Graph refuses a sub-request with a body but no Content-Type.
            subRequest.insert(QStringLiteral("body"), QJsonDocument::fromJson(body).object());
            headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
        }
        subRequest.insert(QStringLiteral("headers"), headers);
        requests.append(subRequest);
    }
    GraphRequest batch;
    batch.method = "POST";
    batch.version = m_entries[indexes.first()].request.version;
    batch.path = QStringLiteral("/$batch");
    batch.body =
        QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson(QJsonDocument::Compact);
    ++m_batchesSent;
    GraphCall *call = m_client->send(batch);
    m_inFlight.insert(call, indexes);
    connect(call, &GraphCall::finished, this, [this, call] { onBatchFinished(call); });
}

void BatchJob::onBatchFinished(GraphCall *call)
{
    const QList<int> indexes = m_inFlight.take(call);
    const QString batchRequestId = QString::fromLatin1(call->responseHeader("request-id"));
    if (!call->ok()) {
        // The $batch request as a whole failed. GraphCall already sent it again where that was safe; what
        // is left is final for every request in it: refused (HTTP error: nothing was done), never sent
        // (network), or unknown (sent, no answer). Nothing here is sent again.
        const GraphError &failure = call->error();
        for (int index : indexes) {
            Entry &entry = m_entries[index];
            GraphError error = failure;
            if (error.kind == GraphError::Kind::OutcomeUnknown && entry.request.isIdempotent())
                error.kind = GraphError::Kind::Network; // a read that got no answer is just a failed read
            error.message = tr("Sent in a $batch request that failed: %1").arg(failure.message);
            error.clientRequestId = entry.clientRequestId;
            entry.result.httpStatus = failure.httpStatus;
            complete(index, error);
        }
        pump();
        return;
    }

    QList<QString> ids;
    ids.reserve(indexes.size());
    for (int index : indexes)
        ids.append(QString::number(index));
    const BatchReply reply = parseReply(call->body(), ids);
    if (!reply.problem.isEmpty()) {
        for (int index : indexes)
            unreadable(index, reply.problem, batchRequestId);
        pump();
        return;
    }
    for (const QString &stray : reply.strays)
        qCWarning(lcGraph) << "$batch reply: an answer for an unknown or repeated id" << stray;
    for (const BatchSubResponse &answer : reply.answers) {
        const int index = indexes.at(answer.request);
        if (answer.status == 0)
            unreadable(index, tr("its answer has no valid status"), batchRequestId);
        else
            onSubResponse(index, answer.status, answer.headers, answer.body, batchRequestId);
    }
    const int throttled = int(std::count_if(indexes.cbegin(), indexes.cend(), [this](int index) {
        return m_entries[index].stage == Stage::Waiting;
    }));
    if (throttled > 0)
        qCInfo(lcGraph) << throttled << "of" << indexes.size()
                        << "requests in a $batch were throttled; they go again after their Retry-After";
    for (int position : reply.unanswered) {
        unreadable(indexes.at(position),
                   reply.strays.isEmpty()
                       ? tr("the reply has no answer for it")
                       : tr("the reply has no answer for it, but answers for unknown ids %1")
                             .arg(reply.strays.join(QStringLiteral(", "))),
                   batchRequestId);
    }
    pump();
}

BatchReply BatchJob::parseReply(const QByteArray &body, const QList<QString> &ids)
{
    BatchReply reply;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        reply.problem = tr("not JSON: %1").arg(parseError.errorString());
    else if (!document.isObject())
        reply.problem = tr("not a JSON object");
    else if (!document.object().value(QStringLiteral("responses")).isArray())
        reply.problem = tr("no \"responses\" array");
    if (!reply.problem.isEmpty()) {
        for (int position = 0; position < int(ids.size()); ++position)
            reply.unanswered.append(position);
        return reply;
    }

    QHash<QString, int> byId;
    for (int position = 0; position < int(ids.size()); ++position) {
        if (!byId.contains(ids.at(position)))
            byId.insert(ids.at(position), position);
    }
    QSet<int> answered;
    const QJsonArray responses = document.object().value(QStringLiteral("responses")).toArray();
    for (const QJsonValue &value : responses) {
        const QJsonObject response = value.toObject();
        const QString id = responseId(response.value(QStringLiteral("id")));
        const auto it = byId.constFind(id);
        if (it == byId.constEnd() || answered.contains(*it)) {
            reply.strays << (id.isEmpty() ? QStringLiteral("(none)") : id);
            continue;
        }
        BatchSubResponse answer;
        answer.request = *it;
        answered.insert(answer.request);
        const QJsonValue statusValue = response.value(QStringLiteral("status"));
        const int status = statusValue.toInt(0);
        if (!statusValue.isDouble() || status < 100 || status > 599) {
            reply.answers.append(answer); // status 0: no valid status
            continue;
        }
        answer.status = status;
        const QJsonObject headerObject = response.value(QStringLiteral("headers")).toObject();
        for (auto header = headerObject.constBegin(); header != headerObject.constEnd(); ++header) {
            answer.headers.append(
                {header.key().toLatin1(), header.value().isString()
                                              ? header.value().toString().toUtf8()
                                              : header.value().toVariant().toString().toUtf8()});
        }
        const QJsonValue bodyValue = response.value(QStringLiteral("body"));
        if (bodyValue.isObject())
            answer.body = QJsonDocument(bodyValue.toObject()).toJson(QJsonDocument::Compact);
        else if (bodyValue.isArray())
            answer.body = QJsonDocument(bodyValue.toArray()).toJson(QJsonDocument::Compact);
        else if (bodyValue.isString())
            answer.body =
                stringBody(bodyValue.toString(), GraphError::headerValue(answer.headers, "Content-Type"));
        reply.answers.append(answer);
    }
    for (int position = 0; position < int(ids.size()); ++position) {
        if (!answered.contains(position))
            reply.unanswered.append(position);
    }
    return reply;
}

void BatchJob::onSubResponse(int index, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body, const QString &batchRequestId)
{
    Entry &entry = m_entries[index];
    entry.result.httpStatus = status;
    entry.result.headers = headers;
    entry.result.body = body;
    entry.result.requestId = QString::fromLatin1(GraphError::headerValue(headers, "request-id"));
    if (entry.result.requestId.isEmpty())
        entry.result.requestId = batchRequestId;
    if (status >= 200 && status < 300) {
        complete(index, GraphError());
        return;
    }
    // A throttled sub-request (429, or 503/504) was not processed: it may go again once its own Retry-After
    // has passed.
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy();
    const RetryPolicy::Decision decision =
        policy.onHttpStatus(entry.result.attempts, status, GraphError::headerValue(headers, "Retry-After"));
    if (decision.retry && !m_cancelled) {
        entry.stage = Stage::Waiting;
        entry.readyAtMs = m_clock.elapsed() + decision.delay.count();
        m_waiting.append(index);
        qCDebug(lcGraph) << "HTTP" << status << "in $batch for" << entry.request.method << entry.request.path
                         << "- sending it again in" << decision.delay.count() << "ms";
        return;
    }
    GraphError error = GraphError::fromHttpReply(status, body, headers);
    if (decision.retry) { // cancelled while it would have gone again
        error.kind = GraphError::Kind::Cancelled;
        error.message = tr("Cancelled before it was sent again; the service had answered %1 and had not "
                           "acted on it.")
                            .arg(status);
    }
    if (error.requestId.isEmpty())
        error.requestId = batchRequestId;
    complete(index, error);
}

void BatchJob::unreadable(int index, const QString &reason, const QString &batchRequestId)
{
    const bool changesState = !m_entries[index].request.isIdempotent();
    GraphError error = GraphError::make(
        changesState ? GraphError::Kind::OutcomeUnknown : GraphError::Kind::MalformedReply,
        changesState ? tr("The $batch reply could not be read (%1); the service may have acted on this "
                          "request. Refresh to see the current state.")
                           .arg(reason)
                     : tr("The $batch reply could not be read (%1).").arg(reason));
    error.requestId = batchRequestId;
    complete(index, error);
}

void BatchJob::complete(int index, const GraphError &error)
{
    Entry &entry = m_entries[index];
    if (entry.stage == Stage::Done)
        return;
    entry.stage = Stage::Done;
    entry.result.finished = true;
    entry.result.ok = !error.isError();
    entry.result.error = error;
    entry.result.clientRequestId = entry.clientRequestId;
    if (entry.result.requestId.isEmpty())
        entry.result.requestId = error.requestId;
    if (error.isError()) {
        GraphError &stored = entry.result.error;
        if (stored.clientRequestId.isEmpty())
            stored.clientRequestId = entry.clientRequestId;
        if (!stored.time.isValid())
            stored.time = QDateTime::currentDateTimeUtc();
        stored.method = QString::fromLatin1(entry.request.method);
        if (m_client)
            stored.url = m_client->urlFor(entry.request).toString();
        if (stored.kind != GraphError::Kind::Cancelled)
            qCWarning(lcGraph).noquote()
                << entry.request.method << entry.request.path << "failed in $batch:" << stored.summary();
    }
    ++m_done;
    Q_EMIT itemFinished(index, entry.result);
}

void BatchJob::checkFinished()
{
    if (m_finished || !m_started || m_done < count())
        return;
    m_finished = true;
    m_wakeTimer.stop();
    Q_EMIT finished();
    deleteLater();
}
