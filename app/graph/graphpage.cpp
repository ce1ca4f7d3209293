#include "graphpage.h"

#include <QCoreApplication>
#include <QJsonValue>

GraphPage GraphPage::fromJson(const QJsonObject &page, const QUrl &baseUrl)
{
    GraphPage result;
    const QJsonValue value = page.value(QStringLiteral("value"));
    if (!value.isArray()) {
        result.error = QCoreApplication::translate(
            "GraphListJob", "The reply has no 'value' array; it is not a Graph collection.");
        return result;
    }
    result.items = value.toArray();

    // A count is a whole number; anything else (a string, 1e300, -3) is no count at all.
    const qint64 count = page.value(QStringLiteral("@odata.count")).toInteger(-1);
    result.totalCount = count >= 0 ? count : -1;

    const QJsonValue next = page.value(QStringLiteral("@odata.nextLink"));
    if (next.isUndefined() || next.isNull())
        return result;
    const QUrl nextUrl =
        next.isString() ? QUrl::fromEncoded(next.toString().toUtf8(), QUrl::StrictMode) : QUrl();
    // Never carry the bearer token to another host than the one configured.
    if (!nextUrl.isValid() || nextUrl.isRelative() || nextUrl.scheme() != baseUrl.scheme() ||
        nextUrl.host() != baseUrl.host() || nextUrl.port(-1) != baseUrl.port(-1)) {
        result.nextLinkError =
            QCoreApplication::translate("GraphListJob",
                                        "The next page link '%1' does not point to %2; not followed.")
                .arg(next.isString() ? next.toString().left(200) : QStringLiteral("(not a string)"),
                     baseUrl.toString());
        return result;
    }
    result.nextLink = nextUrl;
    return result;
}
