#include "account.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<Account> Account::fromIdToken(const QString &idToken, GraphCloud cloud)
{
    const QStringList parts = idToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    Account account;
    account.objectId = claims.value(QStringLiteral("oid")).toString();
    account.tenantId = claims.value(QStringLiteral("tid")).toString();
    account.username = claims.value(QStringLiteral("preferred_username")).toString();
    account.name = claims.value(QStringLiteral("name")).toString();
    account.cloud = cloud;
    if (!account.isValid())
        return std::nullopt;
    return account;
}

QString Account::displayText() const
{
    if (name.isEmpty())
        return username;
    if (username.isEmpty())
        return name;
    return QStringLiteral("%1 <%2>").arg(name, username);
}

QString Account::normalizedAuthority(const QUrl &authority)
{
    if (!authority.isValid() || authority.host().isEmpty())
        return {};
    QUrl normalized;
    normalized.setScheme(authority.scheme().toLower());
    normalized.setHost(authority.host().toLower());
    normalized.setPort(authority.port());
    if ((normalized.scheme() == QLatin1String("https") && normalized.port() == 443) ||
        (normalized.scheme() == QLatin1String("http") && normalized.port() == 80))
        normalized.setPort(-1);
    return normalized.toString(QUrl::FullyEncoded);
}

QString Account::key() const
{
    return homeAccountId() + QLatin1Char('|') + clientId + QLatin1Char('@') + authorityHost;
}

bool Account::issuedBy(const QUrl &authority, const QString &client) const
{
    return !authorityHost.isEmpty() && authorityHost == normalizedAuthority(authority) &&
           clientId.compare(client.trimmed(), Qt::CaseInsensitive) == 0;
}
