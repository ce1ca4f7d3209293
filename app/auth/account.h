#pragma once

#include "cloudendpoints.h"

#include <QMetaType>
#include <QString>
#include <QUrl>
#include <optional>

// A signed-in account, by non-secret metadata only (what settings may remember): home account id
// (oid.tid), user name, display name, tenant, cloud, and the authority and client id its tokens came from.
class Account
{
public:
    // From the id token of a token reply. The token came straight from the token endpoint over TLS, so its
    // signature is not checked (as MSAL does for a public client); nothing is authorized from it.
    static std::optional<Account> fromIdToken(const QString &idToken, GraphCloud cloud);

    bool isValid() const { return !objectId.isEmpty() && !tenantId.isEmpty(); }
    // MSAL's home account id: the user in the tenant, whoever issued the tokens.
    QString homeAccountId() const { return objectId + QLatin1Char('.') + tenantId; }
    // What the remembered account and its tokens are keyed by, as MSAL keys its token cache: the user, the
    // authority that issued the tokens and the client they were issued to. The same user signed in through
    // two authorities (or two client ids) is two accounts.
    QString key() const;
    // Whether tokens of this account may be used (and its refresh token sent) with that authority host and
    // client id: only those that issued them.
    bool issuedBy(const QUrl &authority, const QString &client) const;
    // "https://login.microsoftonline.com", "http://127.0.0.1:1234": scheme, host and port, no path.
    static QString normalizedAuthority(const QUrl &authority);
    // "Megan Bowen <megan@contoso.com>"
    QString displayText() const;

    QString objectId;
    QString tenantId;
    QString username;
    QString name;
    GraphCloud cloud = GraphCloud::Global;
    QString authorityHost; // normalizedAuthority() of the host that issued the tokens
    QString clientId;      // the application the tokens were issued to
};

Q_DECLARE_METATYPE(Account)
