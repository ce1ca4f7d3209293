#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636), S256 only (Qt 6.4 had none of it).
class Pkce
{
public:
    // A verifier of `length` (clamped to 43..128) unreserved characters [A-Za-z0-9-._~], from the system
    // random generator.
    static QByteArray generateVerifier(int length = 64);
    static bool isValidVerifier(const QByteArray &verifier);
    // BASE64URL(SHA256(verifier)), no padding.
    static QByteArray challengeS256(const QByteArray &verifier);
    static QByteArray base64Url(const QByteArray &data);
    // An unguessable, URL-safe value for `state` (and similar): `bytes` random bytes in base64url.
    static QByteArray randomUrlSafe(int bytes = 32);
};
