#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// One page of a Graph collection as it came over the wire: its items, @odata.count and the link to the next
// page. Parsing never throws nor trusts the reply: a reply that is not a collection, or a next link that
// leaves the configured service, is described in words instead.
struct GraphPage
{
    QJsonArray items;
    qint64 totalCount = -1; // @odata.count; -1 when absent or not a count
    QUrl nextLink;          // empty on the last page
    QString error;          // set when the reply is not a Graph collection (no items then)
    QString nextLinkError;  // set when @odata.nextLink is there but must not be followed (items are usable)

    bool isCollection() const { return error.isEmpty(); }
    bool isLastPage() const { return nextLink.isEmpty() && nextLinkError.isEmpty(); }

    // page: the reply's JSON object. baseUrl: the configured Graph base URL; a next link to another scheme,
    // host or port is refused so that the bearer token never leaves it.
    static GraphPage fromJson(const QJsonObject &page, const QUrl &baseUrl);
};
