#include "httpexchange.h"

#include <QJsonObject>

QByteArray EmulatorRequest::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QString EmulatorRequest::queryValue(const QString &name) const
{
    const QUrlQuery q(url);
    const auto items = q.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

EmulatorResponse EmulatorResponse::json(int status, const QJsonDocument &document)
{
    EmulatorResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.setHeader(
        "Content-Type",
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8");
    return response;
}

EmulatorResponse EmulatorResponse::noContent(int status)
{
    EmulatorResponse response;
    response.status = status;
    return response;
}

EmulatorResponse EmulatorResponse::graphError(int status, const QString &code, const QString &message,
                                              const QString &requestId, const QString &clientRequestId)
{
    QJsonObject inner{{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                      {QStringLiteral("request-id"), requestId},
                      {QStringLiteral("client-request-id"), clientRequestId}};
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("innerError"), inner}};
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}));
}

void EmulatorResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            pair.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray EmulatorResponse::toHttp() const
{
    QByteArray out;
    out.reserve(body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    for (const auto &pair : headers)
        out += pair.first + ": " + pair.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}
