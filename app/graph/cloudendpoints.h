#pragma once

#include <QString>
#include <QUrl>

// The Microsoft clouds a tenant can live in, with their Graph and identity hosts.
enum class GraphCloud { Global, UsGov, UsGovDoD, China, Custom };

namespace CloudEndpoints {
// "global", "usgov", "usgovdod", "china", "custom".
QString name(GraphCloud cloud);
bool fromName(const QString &name, GraphCloud *cloud);
// Base URL without the version, e.g. https://graph.microsoft.com
QUrl graphBaseUrl(GraphCloud cloud);
// Identity authority host, e.g. https://login.microsoftonline.com
QUrl authorityHost(GraphCloud cloud);
// Whether the retry APIs (policy, bulk action, user retries) are offered in that cloud.
bool offersRetryApis(GraphCloud cloud);
// A custom base URL must be https, or http on a loopback address (tests, the emulator). Returns an
// empty string when the URL is acceptable, otherwise the reason for refusing it.
QString validateBaseUrl(const QUrl &url);
// Whether the URL's host is this machine (127.0.0.0/8, ::1, localhost): never reached through a proxy.
bool isLoopback(const QUrl &url);
} // namespace CloudEndpoints
