#pragma once

#include <QObject>
#include <QString>

// Where GraphClient gets its bearer token. Implemented by app/auth (interactive sign-in, refresh, keychain)
// and by a fixed token (CLOUDPC_ACCESS_TOKEN). GraphClient never signs in itself; it asks this interface.
class AccessTokenProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The current access token; empty when there is none.
    virtual QString accessToken() const = 0;
    // Asks for a fresh token (after a 401). Asynchronous: ends with accessTokenRefreshed().
    virtual void refreshAccessToken() = 0;
    // Graph answered 401 with a Conditional Access claims challenge (WWW-Authenticate ...
    // error="insufficient_claims", claims="<base64>"): sign in interactively with that claims JSON (decoded).
    // Ends with accessTokenRefreshed().
    virtual void handleClaimsChallenge(const QString &claimsJson) = 0;

Q_SIGNALS:
    // ok: a new token is available through accessToken(); otherwise `error` says why not (shown to the
    // admin).
    void accessTokenRefreshed(bool ok, const QString &error);
};
