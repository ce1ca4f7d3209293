#pragma once

#include "accesstokenprovider.h"
#include "account.h"
#include "authconfig.h"
#include "devicecodesignin.h"
#include "identityerror.h"
#include "interactivesignin.h"
#include "tokenresponse.h"

#include <QPointer>
#include <QTimer>
#include <optional>

class AccountManager;
class IdentityRequest;
class TokenCache;

// The signed-in session GraphClient gets its tokens from: silent sign-in from the cached refresh token at
// start, refresh before expiry (storing the rotated refresh token), interactive or device code sign-in,
// claims challenges, account switching and sign-out. invalid_grant or interaction_required never dead-end:
// they end in interactionRequired(), after which signInInteractively() is the way on.
class AuthSession : public AccessTokenProvider
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, InteractionRequired };
    Q_ENUM(State)

    AuthSession(const AuthConfig &config, AccountManager *accounts, TokenCache *cache,
                QObject *parent = nullptr);

    AuthConfig config() const { return m_config; }
    void setConfig(const AuthConfig &config) { m_config = config; }
    InteractiveSignIn *interactiveSignIn() { return &m_interactive; }
    DeviceCodeSignIn *deviceCodeSignIn() { return &m_deviceCode; }
    AccountManager *accounts() const { return m_accounts; }
    TokenCache *tokenCache() const { return m_cache; }
    // Refresh this long before the access token expires (default 5 minutes).
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }

    State state() const { return m_state; }
    std::optional<Account> account() const { return m_account; }
    QString lastError() const { return m_lastError; }
    // The claims of a Conditional Access challenge no sign-in has satisfied yet (empty: none). A retry after
    // a failed claims sign-in passes them to handleClaimsChallenge() again.
    QString pendingClaims() const { return m_pendingClaims; }

    // At start: the current account's cached tokens, refreshed when needed. Ends in signedIn(),
    // interactionRequired() (no or unusable cached tokens) or stays SignedOut (no account remembered).
    void signInSilently();
    void signInInteractively(const QString &loginHint = {});
    void signInWithDeviceCode();
    void cancelSignIn();
    // Makes another remembered account current and signs in to it silently.
    // By Account::key(); the session then uses that account's authority and client id.
    bool switchAccount(const QString &key);
    // Forgets the current account and removes its tokens from the keychain.
    void signOut();

    QString accessToken() const override;
    void refreshAccessToken() override;
    void handleClaimsChallenge(const QString &claimsJson) override;

Q_SIGNALS:
    void stateChanged(AuthSession::State state);
    void signedIn(const Account &account);
    void signedOut();
    // The cached tokens cannot be used (or there are none): an interactive sign-in is needed.
    void interactionRequired(const QString &reason);
    // An interactive or device code sign-in ended without tokens; the admin may try again.
    void signInFailed(const IdentityError &error);

private:
    void setState(State state);
    std::optional<Account> accountForConfig() const;
    void onCacheLoaded(const QString &accountKey, bool found, const TokenResponse &tokens);
    void refreshWith(const QString &refreshToken);
    void onRefreshed(const QJsonObject &reply);
    void onRefreshFailed(const IdentityError &error);
    void onSignInSucceeded(const TokenResponse &tokens);
    void onSignInFailed(const IdentityError &error);
    // Stores, schedules the next refresh, emits accessTokenRefreshed(true).
    void adoptTokens(const TokenResponse &tokens);
    void needInteraction(const QString &reason);
    void scheduleRefresh();

    AuthConfig m_config;
    AccountManager *m_accounts;
    TokenCache *m_cache;
    InteractiveSignIn m_interactive;
    DeviceCodeSignIn m_deviceCode;
    QNetworkAccessManager m_nam;
    QTimer m_refreshTimer;
    QPointer<IdentityRequest> m_refresh;
    std::chrono::seconds m_refreshMargin = std::chrono::minutes(5);
    State m_state = State::SignedOut;
    std::optional<Account> m_account;
    TokenResponse m_tokens;
    QString m_pendingLoad;        // account whose cached tokens are being read
    bool m_answerPending = false; // a refreshAccessToken()/handleClaimsChallenge() waits for its answer
    QString m_pendingClaims;
    QString m_lastError;
    QString m_refreshingWith; // the refresh token of the refresh under way
    // A refresh token the service refused (invalid_grant and the like): never sent again, so a request that
    // meets its 401 late (after the refusal) gets the same answer instead of a second refusal's worse reason.
    QString m_refusedRefreshToken;
};
