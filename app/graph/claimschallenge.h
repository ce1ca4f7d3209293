#pragma once

#include <QByteArray>
#include <QString>

// A Conditional Access claims challenge, read from the WWW-Authenticate header of a Graph 401:
//   Bearer realm="", authorization_uri="…", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsi…"
// The header comes from outside: anything but a claims parameter holding base64 of a JSON object is no
// challenge (the caller then refreshes the token as for any 401).
class ClaimsChallenge
{
public:
    // The decoded claims JSON, or empty when the header carries no usable insufficient_claims challenge.
    static QString claimsJson(const QByteArray &wwwAuthenticate);
};
