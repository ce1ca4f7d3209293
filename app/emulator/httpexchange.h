#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// A request as the emulator received it (also what its journal records).
struct EmulatorRequest
{
    QByteArray method;
    QUrl url; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QDateTime time;
    QString fault;       // the fault injected into the answer, if any ("429", "lost", …)
    QString requestId;   // the request-id the emulator answered with
    QString batchId;     // a sub-request of a $batch: the request-id of that $batch request; empty otherwise
    QString batchItemId; // a sub-request of a $batch: its "id" in the batch

    bool isBatchItem() const { return !batchId.isEmpty(); }

    QByteArray header(const QByteArray &name) const;
    QString path() const { return url.path(); }
    QUrlQuery query() const { return QUrlQuery(url); }
    // Query item with its name decoded ("$top"), percent-decoded value.
    QString queryValue(const QString &name) const;
};

// What the emulator answers.
struct EmulatorResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static EmulatorResponse json(int status, const QJsonDocument &document);
    static EmulatorResponse noContent(int status = 204);
    // Graph's error shape: {"error": {"code", "message", "innerError": {"date", "request-id",
    // "client-request-id"}}}
    static EmulatorResponse graphError(int status, const QString &code, const QString &message,
                                       const QString &requestId, const QString &clientRequestId);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray toHttp() const;
};

QByteArray httpReasonPhrase(int status);
