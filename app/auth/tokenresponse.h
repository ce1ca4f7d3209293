#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

// What the token endpoint gave: access token, refresh token, id token, scope and expiry. Also the shape kept
// in the token cache (the OS keychain), never in settings or files.
class TokenResponse
{
public:
    // A token endpoint reply (expires_in is relative to now). Nothing when there is no bearer access token.
    static std::optional<TokenResponse> fromReply(const QJsonObject &reply, QString *problem = nullptr);
    static std::optional<TokenResponse> fromCacheJson(const QJsonObject &json);
    QJsonObject toCacheJson() const;

    // The longest an access token is taken to live (Entra's longest, with continuous access evaluation, is
    // 28 hours): a longer expires_in is cut to this.
    static constexpr qint64 kMaxLifetimeSeconds = 2 * 24 * 3600;

    // Whether the access token is still good for at least `marginSeconds`.
    bool accessTokenValidFor(qint64 marginSeconds) const;

    QString accessToken;
    QString refreshToken;
    QString idToken;
    QString scope;
    QDateTime expiresOnUtc;
};

Q_DECLARE_METATYPE(TokenResponse)
