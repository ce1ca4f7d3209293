#include "tokenresponse.h"

std::optional<TokenResponse> TokenResponse::fromReply(const QJsonObject &reply, QString *problem)
{
    TokenResponse tokens;
    tokens.accessToken = reply.value(QStringLiteral("access_token")).toString();
    const QString type = reply.value(QStringLiteral("token_type")).toString();
    if (tokens.accessToken.isEmpty() || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        if (problem)
            *problem = QStringLiteral("The token reply carries no bearer access token.");
        return std::nullopt;
    }
    tokens.refreshToken = reply.value(QStringLiteral("refresh_token")).toString();
    tokens.idToken = reply.value(QStringLiteral("id_token")).toString();
    tokens.scope = reply.value(QStringLiteral("scope")).toString();
    const QJsonValue expiresIn = reply.value(QStringLiteral("expires_in"));
    // Entra sends a number; some proxies turn it into a string.
    const qint64 seconds =
        expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger(3600);
    // Nothing lives longer than kMaxLifetimeSeconds: a larger value (up to the 292-billion-year end of
    // qint64) would make an expiry no refresh timer can be set for. Refreshing earlier than asked is
    // harmless.
    tokens.expiresOnUtc =
        QDateTime::currentDateTimeUtc().addSecs(seconds > 0 ? qMin(seconds, kMaxLifetimeSeconds) : 3600);
    return tokens;
}

std::optional<TokenResponse> TokenResponse::fromCacheJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    TokenResponse tokens;
    tokens.accessToken = json.value(QStringLiteral("accessToken")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refreshToken")).toString();
    tokens.idToken = json.value(QStringLiteral("idToken")).toString();
    tokens.scope = json.value(QStringLiteral("scope")).toString();
    tokens.expiresOnUtc =
        QDateTime::fromString(json.value(QStringLiteral("expiresOn")).toString(), Qt::ISODate).toUTC();
    // An expiry further away than any token lives is not believed: unknown, so the token gets refreshed.
    if (tokens.expiresOnUtc.isValid() &&
        QDateTime::currentDateTimeUtc().secsTo(tokens.expiresOnUtc) > kMaxLifetimeSeconds)
        tokens.expiresOnUtc = QDateTime();
    if (tokens.refreshToken.isEmpty() && tokens.accessToken.isEmpty())
        return std::nullopt;
    return tokens;
}

QJsonObject TokenResponse::toCacheJson() const
{
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("accessToken"), accessToken},
                       {QStringLiteral("refreshToken"), refreshToken},
                       {QStringLiteral("idToken"), idToken},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("expiresOn"), expiresOnUtc.toString(Qt::ISODate)}};
}

bool TokenResponse::accessTokenValidFor(qint64 marginSeconds) const
{
    return !accessToken.isEmpty() && expiresOnUtc.isValid() &&
           QDateTime::currentDateTimeUtc().secsTo(expiresOnUtc) > marginSeconds;
}
