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
