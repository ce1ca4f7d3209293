#pragma once

#include <QByteArray>
#include <QString>

// Every secret the emulators issue carries this marker: access tokens (GraphEmulator::issueAccessToken and
// the identity side), refresh tokens, id tokens (in their signature part), authorization codes and device
// codes. A scan can then find one wherever it ends up (tests/tokenscan). The marker is made of base64url
// characters only, so a token keeps its format, and the client treats tokens as opaque strings anyway. User
// codes carry none: they are meant to be shown and typed.
namespace SecretMarker {
inline constexpr char kMarker[] = "cpcemuSECRET";

inline QString marker()
{
    return QString::fromLatin1(kMarker);
}

// prefix ("emu-at-") + marker + the random part.
inline QString mark(const QString &prefix, const QString &random)
{
    return prefix + marker() + random;
}
} // namespace SecretMarker
