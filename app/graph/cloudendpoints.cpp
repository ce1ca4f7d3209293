#include "cloudendpoints.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace CloudEndpoints {

QString name(GraphCloud cloud)
{
    switch (cloud) {
    case GraphCloud::Global:
        return QStringLiteral("global");
    case GraphCloud::UsGov:
        return QStringLiteral("usgov");
    case GraphCloud::UsGovDoD:
        return QStringLiteral("usgovdod");
    case GraphCloud::China:
        return QStringLiteral("china");
    case GraphCloud::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

bool fromName(const QString &text, GraphCloud *cloud)
{
    for (GraphCloud candidate : {GraphCloud::Global, GraphCloud::UsGov, GraphCloud::UsGovDoD,
                                 GraphCloud::China, GraphCloud::Custom}) {
        if (text.compare(name(candidate), Qt::CaseInsensitive) == 0) {
            *cloud = candidate;
            return true;
        }
    }
    return false;
}

QUrl graphBaseUrl(GraphCloud cloud)
{
    switch (cloud) {
    case GraphCloud::Global:
        return QUrl(QStringLiteral("https://graph.microsoft.com"));
    case GraphCloud::UsGov:
        return QUrl(QStringLiteral("https://graph.microsoft.us"));
    case GraphCloud::UsGovDoD:
        return QUrl(QStringLiteral("https://dod-graph.microsoft.us"));
    case GraphCloud::China:
        return QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn"));
    case GraphCloud::Custom:
        break;
    }
    return {};
}

QUrl authorityHost(GraphCloud cloud)
{
    switch (cloud) {
    case GraphCloud::Global:
        return QUrl(QStringLiteral("https://login.microsoftonline.com"));
    case GraphCloud::UsGov:
    case GraphCloud::UsGovDoD:
        return QUrl(QStringLiteral("https://login.microsoftonline.us"));
    case GraphCloud::China:
        return QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
    case GraphCloud::Custom:
        break;
    }
    return {};
}

bool offersRetryApis(GraphCloud cloud)
{
    return cloud == GraphCloud::Global || cloud == GraphCloud::UsGov || cloud == GraphCloud::Custom;
}

QString validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("CloudEndpoints", "'%1' is not a valid URL.").arg(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        return QCoreApplication::translate(
                   "CloudEndpoints", "'%1' uses plain http on a host that is not loopback; only https is "
                                     "allowed (http only for 127.0.0.1, ::1 or localhost).")
            .arg(url.toString());
    }
    return QCoreApplication::translate("CloudEndpoints", "'%1' has the scheme '%2'; only https is allowed.")
        .arg(url.toString(), url.scheme());
}

bool isLoopback(const QUrl &url)
{
    return url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           QHostAddress(url.host()).isLoopback();
}

} // namespace CloudEndpoints
