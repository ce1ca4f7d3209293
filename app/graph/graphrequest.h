#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

enum class ApiVersion { V1, Beta };

inline QString apiVersionSegment(ApiVersion version)
{
    return version == ApiVersion::Beta ? QStringLiteral("beta") : QStringLiteral("v1.0");
}

// What to send: built by the typed operations, sent (and re-sent when that is safe) by GraphClient.
struct GraphRequest
{
    QByteArray method = "GET";
    ApiVersion version = ApiVersion::V1;
    QString path;     // below the version, e.g. "/deviceManagement/virtualEndpoint/cloudPCs"
    QUrlQuery query;  // $select, $filter, …
    QUrl absoluteUrl; // when valid, used verbatim instead of path + query (an @odata.nextLink)
    QByteArray body;  // JSON; sent with Content-Type: application/json when not null
    QList<QPair<QByteArray, QByteArray>> headers;

    // Reads can always be sent again; a request that changes state only when no byte of it reached the
    // service.
    bool isIdempotent() const { return method == "GET" || method == "HEAD"; }

    static GraphRequest get(ApiVersion version, const QString &path, const QUrlQuery &query = {})
    {
        GraphRequest request;
        request.version = version;
        request.path = path;
        request.query = query;
        return request;
    }
};

Q_DECLARE_METATYPE(GraphRequest)
