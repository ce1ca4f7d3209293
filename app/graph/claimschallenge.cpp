#include "claimschallenge.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

QString ClaimsChallenge::claimsJson(const QByteArray &wwwAuthenticate)
{
    const QString challenge = QString::fromLatin1(wwwAuthenticate);
    if (!challenge.contains(QLatin1String("insufficient_claims")))
        return {};
    // The parameter itself, not the tail of another one ("xclaims=").
    static const QRegularExpression claimsPattern(QStringLiteral("(?:^|[\\s,])claims\\s*=\\s*\"([^\"]*)\""),
                                                  QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = claimsPattern.match(challenge);
    if (!match.hasMatch())
        return {};
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(match.captured(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    // Passed on as text: it must be UTF-8, or the JSON the sign-in sends would not be the JSON Graph sent.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString claims = utf8(*decoded);
    if (utf8.hasError())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(claims.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return claims;
}
