#include "grapherror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QString graphErrorKindName(GraphError::Kind kind)
{
    switch (kind) {
    case GraphError::Kind::None:
        return QStringLiteral("none");
    case GraphError::Kind::Http:
        return QStringLiteral("http");
    case GraphError::Kind::Network:
        return QStringLiteral("network");
    case GraphError::Kind::OutcomeUnknown:
        return QStringLiteral("outcome unknown");
    case GraphError::Kind::MalformedReply:
        return QStringLiteral("malformed reply");
    case GraphError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case GraphError::Kind::Configuration:
        return QStringLiteral("configuration");
    case GraphError::Kind::Authentication:
        return QStringLiteral("authentication");
    }
    return QStringLiteral("unknown");
}

GraphError GraphError::make(Kind kind, const QString &message)
{
    GraphError error;
    error.kind = kind;
    error.message = message;
    error.time = QDateTime::currentDateTimeUtc();
    return error;
}

GraphError GraphError::fromHttpReply(int status, const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    GraphError error = make(Kind::Http, QString());
    error.httpStatus = status;
    error.requestId = QString::fromLatin1(headerValue(headers, "request-id"));
    error.clientRequestId = QString::fromLatin1(headerValue(headers, "client-request-id"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject graphError = document.object().value(QStringLiteral("error")).toObject();
    if (!graphError.isEmpty()) {
        error.code = graphError.value(QStringLiteral("code")).toString();
        error.message = graphError.value(QStringLiteral("message")).toString();
        const QJsonObject inner = graphError.value(QStringLiteral("innerError")).toObject();
        if (error.requestId.isEmpty())
            error.requestId = inner.value(QStringLiteral("request-id")).toString();
        if (error.clientRequestId.isEmpty())
            error.clientRequestId = inner.value(QStringLiteral("client-request-id")).toString();
        const QDateTime date =
            QDateTime::fromString(inner.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs);
        if (date.isValid())
            error.time = date.toUTC();
    }
    if (error.message.isEmpty()) {
        error.message =
            body.isEmpty()
                ? QCoreApplication::translate("GraphError", "HTTP status %1 without a body").arg(status)
                : QCoreApplication::translate("GraphError", "HTTP status %1: %2")
                      .arg(status)
                      .arg(QString::fromUtf8(body.left(200)).simplified());
    }
    return error;
}

QString GraphError::summary() const
{
    QString text;
    if (httpStatus > 0)
        text += QString::number(httpStatus) + QLatin1Char(' ');
    if (!code.isEmpty())
        text += code + QStringLiteral(": ");
    text += message;
    QStringList extras;
    if (!requestId.isEmpty())
        extras << QStringLiteral("request-id %1").arg(requestId);
    if (time.isValid())
        extras << time.toString(Qt::ISODate);
    if (!extras.isEmpty())
        text += QStringLiteral(" (") + extras.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

QString GraphError::details() const
{
    QStringList lines;
    lines << QStringLiteral("Error: %1").arg(message);
    lines << QStringLiteral("Kind: %1").arg(graphErrorKindName(kind));
    if (httpStatus > 0)
        lines << QStringLiteral("HTTP status: %1").arg(httpStatus);
    if (!code.isEmpty())
        lines << QStringLiteral("Code: %1").arg(code);
    if (!method.isEmpty() || !url.isEmpty())
        lines << QStringLiteral("Request: %1 %2").arg(method, url);
    if (!requestId.isEmpty())
        lines << QStringLiteral("request-id: %1").arg(requestId);
    if (!clientRequestId.isEmpty())
        lines << QStringLiteral("client-request-id: %1").arg(clientRequestId);
    if (time.isValid())
        lines << QStringLiteral("Date (UTC): %1").arg(time.toString(Qt::ISODate));
    return lines.join(QLatin1Char('\n'));
}

QByteArray GraphError::headerValue(const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}
