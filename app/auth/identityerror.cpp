#include "identityerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

IdentityError IdentityError::local(Kind kind, const QString &message)
{
    IdentityError e;
    e.kind = kind;
    e.message = message;
    return e;
}

IdentityError IdentityError::fromReply(int httpStatus, const QByteArray &body, const QString &networkError,
                                       const QString &contentType)
{
    IdentityError e;
    e.httpStatus = httpStatus;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(QStringLiteral("error"))) {
        e.kind = Kind::Server;
        e.error = object.value(QStringLiteral("error")).toString();
        e.description = object.value(QStringLiteral("error_description")).toString();
        const QJsonArray codes = object.value(QStringLiteral("error_codes")).toArray();
        for (const QJsonValue &code : codes)
            e.codes.append(code.toInt());
        e.traceId = object.value(QStringLiteral("trace_id")).toString();
        e.correlationId = object.value(QStringLiteral("correlation_id")).toString();
        e.timestamp = object.value(QStringLiteral("timestamp")).toString();
        return e;
    }
    if (httpStatus == 0) {
        e.kind = Kind::Network;
        e.message =
            QCoreApplication::translate("IdentityError", "The sign-in service could not be reached: %1")
                .arg(networkError);
        return e;
    }
    e.kind = Kind::InvalidReply;
    // A 5xx HTML page of a gateway or proxy in front of the login host, mostly: say what came.
    e.message =
        QCoreApplication::translate("IdentityError", "The sign-in service answered HTTP %1 (%2) without an "
                                                     "error the console understands. Try again later.")
            .arg(httpStatus)
            .arg(contentType.isEmpty() ? QCoreApplication::translate("IdentityError", "no content type")
                                       : contentType);
    return e;
}

IdentityError IdentityError::fromRedirect(const QString &error, const QString &description)
{
    IdentityError e;
    e.kind = Kind::Server;
    e.error = error;
    // The reply handler leaves some characters percent-encoded, and Entra writes spaces as '+'.
    QString text = description;
    if (text.contains(QLatin1Char('%')) || text.contains(QLatin1Char('+')))
        text = QUrl::fromPercentEncoding(text.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
    e.description = text;
    static const QLatin1String prefix("AADSTS");
    if (text.startsWith(prefix)) {
        const int colon = text.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int code = text.mid(prefix.size(), colon - prefix.size()).toInt(&ok);
        if (ok)
            e.codes.append(code);
    }
    return e;
}

bool IdentityError::requiresInteraction() const
{
    return kind == Kind::Server &&
           (error == QLatin1String("invalid_grant") || error == QLatin1String("interaction_required") ||
            error == QLatin1String("login_required") || error == QLatin1String("consent_required"));
}

QString IdentityError::summary() const
{
    if (kind == Kind::None)
        return {};
    if (kind != Kind::Server)
        return message;
    const QString firstLine = description.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (firstLine.isEmpty())
        return error;
    return QStringLiteral("%1 (%2)").arg(firstLine, error);
}

QString IdentityError::details() const
{
    QStringList lines{summary()};
    if (httpStatus != 0)
        lines << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!traceId.isEmpty())
        lines << QStringLiteral("Trace ID: %1").arg(traceId);
    if (!correlationId.isEmpty())
        lines << QStringLiteral("Correlation ID: %1").arg(correlationId);
    if (!timestamp.isEmpty())
        lines << QStringLiteral("Timestamp: %1").arg(timestamp);
    return lines.join(QLatin1Char('\n'));
}
