#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// Everything an admin (or Microsoft support) needs to know about a failed Graph call.
struct GraphError
{
    enum class Kind {
        None,
        Http,           // the service answered with an error status
        Network,        // no answer: connection refused, reset, timed out
        OutcomeUnknown, // a request that changes state was sent, but no answer came: re-read before retrying
        MalformedReply, // an answer that is not what Graph sends
        Cancelled,
        Configuration, // a wrong setting (base URL, cloud)
        Authentication,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // Graph error code, e.g. "ResourceNotFound"
    QString message; // Graph's message, or ours for non-HTTP failures
    QString requestId;
    QString clientRequestId;
    QDateTime time; // when it happened (UTC)
    QString method;
    QString url;

    bool isError() const { return kind != Kind::None; }
    // One line for logs and status bars: "404 ResourceNotFound: … (request-id …, 2026-…)".
    QString summary() const;
    // Several lines for a dialog or a "copy details" button.
    QString details() const;

    // The value of a header (name compared case-insensitively) in a list of headers; empty when absent.
    static QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &name);
    static GraphError fromHttpReply(int status, const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers);
    static GraphError make(Kind kind, const QString &message);
};

QString graphErrorKindName(GraphError::Kind kind);
Q_DECLARE_METATYPE(GraphError)
