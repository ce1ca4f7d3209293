#include "authsession.h"

#include "accountmanager.h"
#include "authlogging.h"
#include "identityrequest.h"
#include "tokencache.h"

AuthSession::AuthSession(const AuthConfig &config, AccountManager *accounts, TokenCache *cache,
                         QObject *parent)
    : AccessTokenProvider(parent)
    , m_config(config)
    , m_accounts(accounts)
    , m_cache(cache)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_tokens.refreshToken.isEmpty())
            refreshWith(m_tokens.refreshToken);
    });
    connect(m_cache, &TokenCache::loaded, this, &AuthSession::onCacheLoaded);
    connect(&m_interactive, &InteractiveSignIn::succeeded, this, &AuthSession::onSignInSucceeded);
    connect(&m_interactive, &InteractiveSignIn::failed, this, &AuthSession::onSignInFailed);
    connect(&m_deviceCode, &DeviceCodeSignIn::succeeded, this, &AuthSession::onSignInSucceeded);
    connect(&m_deviceCode, &DeviceCodeSignIn::failed, this, &AuthSession::onSignInFailed);
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

std::optional<Account> AuthSession::accountForConfig() const
{
    // The current account when its tokens came from this authority and client; else another remembered
    // account of the same authority and client (the same user first).
    const std::optional<Account> current = m_accounts->currentAccount();
    if (current && current->issuedBy(m_config.authorityHost(), m_config.clientId()))
        return current;
    std::optional<Account> found;
    const QList<Account> accounts = m_accounts->accounts();
    for (const Account &candidate : accounts) {
        if (!candidate.issuedBy(m_config.authorityHost(), m_config.clientId()))
            continue;
        if (!found || (current && candidate.homeAccountId() == current->homeAccountId()))
            found = candidate;
    }
    return found;
}

void AuthSession::signInSilently()
{
    const std::optional<Account> current = m_accounts->currentAccount();
    if (!current) {
        setState(State::SignedOut);
        return;
    }
    const std::optional<Account> usable = accountForConfig();
    m_tokens = {};
    m_refreshTimer.stop();
    if (!usable) {
        // A refresh token goes only to the authority (and for the client) that issued it. Answered on the
        // next turn of the event loop, as a cache read would be.
        m_account = current;
        setState(State::SigningIn);
        const QString reason =
            tr("The saved sign-in of %1 is from %2 (client %3), not from %4 (client %5): sign in there.")
                .arg(current->username, current->authorityHost, current->clientId,
                     Account::normalizedAuthority(m_config.authorityHost()), m_config.clientId());
        QMetaObject::invokeMethod(
            this, [this, reason] { needInteraction(reason); }, Qt::QueuedConnection);
        return;
    }
    m_account = usable;
    setState(State::SigningIn);
    m_pendingLoad = usable->key();
    qCInfo(lcAuth) << "silent sign-in for" << current->username;
    m_cache->load(m_pendingLoad);
}

void AuthSession::onCacheLoaded(const QString &accountKey, bool found, const TokenResponse &tokens)
{
    if (accountKey != m_pendingLoad || !m_account)
        return;
    m_pendingLoad.clear();
    if (!found) {
        needInteraction(tr("No saved sign-in for %1: sign in again.").arg(m_account->username));
        return;
    }
    m_tokens = tokens;
    if (tokens.accessTokenValidFor(m_refreshMargin.count())) {
        scheduleRefresh();
        setState(State::SignedIn);
        Q_EMIT signedIn(*m_account);
        Q_EMIT accessTokenRefreshed(true, {});
        return;
    }
    if (tokens.refreshToken.isEmpty()) {
        needInteraction(tr("The saved sign-in for %1 has expired: sign in again.").arg(m_account->username));
        return;
    }
    refreshWith(tokens.refreshToken);
}

void AuthSession::refreshWith(const QString &refreshToken)
{
    if (m_refresh || !m_account)
        return;
    if (!m_account->issuedBy(m_config.authorityHost(), m_config.clientId())) {
        needInteraction(tr("The sign-in of %1 was issued by %2, not by %3: sign in again.")
                            .arg(m_account->username, m_account->authorityHost,
                                 Account::normalizedAuthority(m_config.authorityHost())));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId());
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"), m_config.scopeString());
    qCInfo(lcAuth) << "refreshing the access token of" << m_account->username;
    m_refreshingWith = refreshToken;
    m_refresh = IdentityRequest::post(&m_nam, m_config.tokenUrl(m_account->tenantId), form, this);
    connect(m_refresh, &IdentityRequest::succeeded, this, &AuthSession::onRefreshed);
    connect(m_refresh, &IdentityRequest::failed, this, &AuthSession::onRefreshFailed);
}

void AuthSession::onRefreshed(const QJsonObject &reply)
{
    m_refresh = nullptr;
    QString problem;
    std::optional<TokenResponse> tokens = TokenResponse::fromReply(reply, &problem);
    if (!tokens) {
        onRefreshFailed(IdentityError::local(IdentityError::Kind::InvalidReply, problem));
        return;
    }
    // Rotation: a new refresh token replaces the old one; without one, the old one stays good.
    if (tokens->refreshToken.isEmpty())
        tokens->refreshToken = m_tokens.refreshToken;
    if (tokens->idToken.isEmpty())
        tokens->idToken = m_tokens.idToken;
    const bool wasSignedIn = m_state == State::SignedIn;
    adoptTokens(*tokens);
    if (!wasSignedIn && m_account) {
        setState(State::SignedIn);
        Q_EMIT signedIn(*m_account);
    }
}

void AuthSession::onRefreshFailed(const IdentityError &error)
{
    m_refresh = nullptr;
    if (error.requiresInteraction()) {
        m_refusedRefreshToken = m_refreshingWith;
        needInteraction(tr("Sign in again: %1").arg(error.summary()));
        return;
    }
    m_lastError = error.summary();
    qCInfo(lcAuth) << "token refresh failed:" << m_lastError;
    if (m_state == State::SigningIn) {
        setState(m_tokens.accessTokenValidFor(0) ? State::SignedIn : State::SignedOut);
        Q_EMIT signInFailed(error);
    } else if (m_state == State::SignedIn) {
        m_refreshTimer.start(std::chrono::seconds(30)); // a transient failure: try again soon
    }
    if (m_answerPending) {
        m_answerPending = false;
        Q_EMIT accessTokenRefreshed(false, m_lastError);
    }
}

void AuthSession::signInInteractively(const QString &loginHint)
{
    InteractiveSignIn::Request request;
    request.loginHint = loginHint;
    if (!loginHint.isEmpty())
        request.prompt.clear();
    setState(State::SigningIn);
    m_interactive.start(m_config, request);
}

void AuthSession::signInWithDeviceCode()
{
    setState(State::SigningIn);
    m_deviceCode.start(m_config);
}

void AuthSession::cancelSignIn()
{
    m_interactive.cancel();
    m_deviceCode.cancel();
}

void AuthSession::onSignInSucceeded(const TokenResponse &tokens)
{
    std::optional<Account> signedInAccount = Account::fromIdToken(tokens.idToken, m_config.cloud());
    if (signedInAccount) {
        signedInAccount->authorityHost = Account::normalizedAuthority(m_config.authorityHost());
        signedInAccount->clientId = m_config.clientId();
    }
    if (!signedInAccount) {
        onSignInFailed(IdentityError::local(IdentityError::Kind::InvalidReply,
                                            tr("The sign-in service sent no usable id token (tenant and user "
                                               "are unknown).")));
        return;
    }
    if (m_refresh)
        m_refresh->abort();
    m_refresh = nullptr;
    m_pendingLoad.clear();
    m_account = signedInAccount;
    m_pendingClaims.clear();
    m_accounts->addOrUpdate(*signedInAccount);
    qCInfo(lcAuth) << "signed in as" << signedInAccount->username << "tenant" << signedInAccount->tenantId;
    adoptTokens(tokens);
    setState(State::SignedIn);
    Q_EMIT signedIn(*signedInAccount);
}

void AuthSession::onSignInFailed(const IdentityError &error)
{
    m_lastError = error.summary();
    if (m_tokens.accessTokenValidFor(0))
        setState(State::SignedIn);
    else
        setState(m_account ? State::InteractionRequired : State::SignedOut);
    Q_EMIT signInFailed(error);
    if (m_answerPending) {
        m_answerPending = false;
        Q_EMIT accessTokenRefreshed(false, m_lastError);
    }
}

bool AuthSession::switchAccount(const QString &key)
{
    const std::optional<Account> target = m_accounts->account(key);
    if (!target || !m_accounts->setCurrentAccount(key))
        return false;
    // The account's own authority and client: its refresh token goes nowhere else.
    m_config.setAuthorityHost(QUrl(target->authorityHost));
    m_config.setClientId(target->clientId);
    if (m_refresh)
        m_refresh->abort();
    m_refresh = nullptr;
    m_pendingClaims.clear();
    signInSilently();
    return true;
}

void AuthSession::signOut()
{
    if (m_refresh)
        m_refresh->abort();
    m_refresh = nullptr;
    m_refreshTimer.stop();
    m_pendingLoad.clear();
    m_pendingClaims.clear();
    // The current account, whether or not this session has signed in to it yet (e.g. a CLI's "logout").
    const std::optional<Account> current = m_account ? m_account : m_accounts->currentAccount();
    if (current)
        m_accounts->signOut(current->key());
    m_account.reset();
    m_tokens = {};
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

QString AuthSession::accessToken() const
{
    return m_tokens.accessToken;
}

void AuthSession::refreshAccessToken()
{
    m_answerPending = true;
    if (m_refresh || m_interactive.isRunning() || m_deviceCode.isRunning() || !m_pendingLoad.isEmpty())
        return; // that one's end answers
    if (m_tokens.refreshToken.isEmpty()) {
        needInteraction(tr("Not signed in: sign in to continue."));
        return;
    }
    if (m_tokens.refreshToken == m_refusedRefreshToken) {
        // Refused already: the same answer, with the reason the service gave then.
        m_answerPending = false;
        Q_EMIT accessTokenRefreshed(false, m_lastError);
        return;
    }
    refreshWith(m_tokens.refreshToken);
}

void AuthSession::handleClaimsChallenge(const QString &claimsJson)
{
    m_answerPending = true;
    m_pendingClaims = claimsJson;
    // Several requests in flight meet the same challenge: one browser sign-in answers them all.
    if (m_interactive.isRunning())
        return;
    InteractiveSignIn::Request request;
    request.claims = claimsJson;
    if (m_account) {
        request.loginHint = m_account->username;
        request.tenant = m_account->tenantId;
        request.prompt.clear();
    }
    qCInfo(lcAuth) << "Conditional Access claims challenge: signing in interactively";
    setState(State::SigningIn);
    m_interactive.start(m_config, request);
}

void AuthSession::adoptTokens(const TokenResponse &tokens)
{
    m_tokens = tokens;
    if (m_account)
        m_cache->store(m_account->key(), tokens);
    scheduleRefresh();
    m_lastError.clear();
    m_answerPending = false;
    Q_EMIT accessTokenRefreshed(true, {});
}

void AuthSession::needInteraction(const QString &reason)
{
    qCInfo(lcAuth) << "interactive sign-in needed:" << reason;
    m_lastError = reason;
    m_refreshTimer.stop();
    setState(State::InteractionRequired);
    Q_EMIT interactionRequired(reason);
    if (m_answerPending) {
        m_answerPending = false;
        Q_EMIT accessTokenRefreshed(false, reason);
    }
}

void AuthSession::scheduleRefresh()
{
    if (m_tokens.refreshToken.isEmpty() || !m_tokens.expiresOnUtc.isValid()) {
        m_refreshTimer.stop();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_tokens.expiresOnUtc);
    // Before expiry by the margin; short-lived tokens at half their life.
    qint64 delay = left - m_refreshMargin.count();
    if (delay < left / 2)
        delay = left / 2;
    m_refreshTimer.start(std::chrono::seconds(qMax<qint64>(1, delay)));
}
