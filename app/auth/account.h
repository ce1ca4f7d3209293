#pragma once

#include "cloudendpoints.h"

#include <QMetaType>
#include <QString>
#include <optional>

// A signed-in account, by non-secret metadata only (what settings may remember): home account id
// (oid.tid), user name, display name, tenant, cloud.
class Account
{
public:
    // From the id token of a token reply. The token came straight from the token endpoint over TLS, so its
    // signature is not checked (as MSAL does for a public client); nothing is authorized from it.
    static std::optional<Account> fromIdToken(const QString &idToken, GraphCloud cloud);

    bool isValid() const { return !objectId.isEmpty() && !tenantId.isEmpty(); }
    QString homeAccountId() const { return objectId + QLatin1Char('.') + tenantId; }
    // "Megan Bowen <megan@contoso.com>"
    QString displayText() const;

    QString objectId;
    QString tenantId;
    QString username;
    QString name;
    GraphCloud cloud = GraphCloud::Global;
};

Q_DECLARE_METATYPE(Account)
