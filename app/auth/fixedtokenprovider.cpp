#include "fixedtokenprovider.h"

#include <QTimer>

FixedTokenProvider::FixedTokenProvider(const QString &token, QObject *parent)
    : AccessTokenProvider(parent)
    , m_token(token.trimmed())
{}

std::unique_ptr<FixedTokenProvider> FixedTokenProvider::fromEnvironment()
{
    const QString token = qEnvironmentVariable("CLOUDPC_ACCESS_TOKEN").trimmed();
    if (token.isEmpty())
        return nullptr;
    return std::make_unique<FixedTokenProvider>(token);
}

void FixedTokenProvider::refreshAccessToken()
{
    QTimer::singleShot(0, this, [this] {
        Q_EMIT accessTokenRefreshed(false,
                                    tr("The access token from CLOUDPC_ACCESS_TOKEN was refused (it may "
                                       "have expired). Set a new one, or unset it to sign in."));
    });
}

void FixedTokenProvider::handleClaimsChallenge(const QString &claimsJson)
{
    Q_UNUSED(claimsJson);
    QTimer::singleShot(0, this, [this] {
        Q_EMIT accessTokenRefreshed(false, tr("Conditional Access asks for a new sign-in, which a token from "
                                              "CLOUDPC_ACCESS_TOKEN cannot do. Unset it and sign in "
                                              "interactively."));
    });
}
