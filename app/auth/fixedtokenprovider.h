#pragma once

#include "accesstokenprovider.h"

#include <memory>

// A bearer token given from outside (CLOUDPC_ACCESS_TOKEN: automation, CI, a token from another tool), used
// as-is: no sign-in, no refresh. A refused token is the end, with a message saying what to do.
class FixedTokenProvider : public AccessTokenProvider
{
    Q_OBJECT
public:
    explicit FixedTokenProvider(const QString &token, QObject *parent = nullptr);
    // From CLOUDPC_ACCESS_TOKEN; nothing when it is unset or empty.
    static std::unique_ptr<FixedTokenProvider> fromEnvironment();

    QString accessToken() const override { return m_token; }
    void refreshAccessToken() override;
    void handleClaimsChallenge(const QString &claimsJson) override;

private:
    QString m_token;
};
