// Sign-in against the identity emulator and the Graph emulator over real loopback sockets, with a test
// "browser" that follows the authorize redirect to the console's loopback listener.
#include "accountmanager.h"
#include "authsession.h"
#include "devicecodesignin.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "identityemulator.h"
#include "identityrequest.h"
#include "interactivesignin.h"
#include "pkce.h"
#include "tokencache.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <functional>
#include <memory>

namespace {
QStringList g_log;
QMutex g_logMutex;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Q_UNUSED(type);
    QMutexLocker locker(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "default") + QLatin1String(": ") +
                 message);
}

QString bodyValue(const EmulatorRequest &request, const QString &name)
{
    QByteArray body = request.body;
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body)).queryItemValue(name, QUrl::FullyDecoded);
}
} // namespace

// Plays the system browser: GETs the authorize URL, follows the 302 to the loopback listener (optionally
// tampered with, as an attacker or a broken proxy would), and keeps the page shown at the end.
class TestBrowser : public QObject
{
    Q_OBJECT
public:
    std::function<QUrl(QUrl)> tamper;
    std::function<QUrl(QUrl)> tamperAuthorize; // changes the authorize URL before it is opened
    bool ignore = false;                       // a browser that never comes back (closed tab)
    QUrl authorizeUrl;
    QUrl redirectTarget;
    QByteArray page;
    int opened = 0;
    bool done = false;

    bool open(const QUrl &url)
    {
        ++opened;
        done = false;
        page.clear();
        authorizeUrl = url;
        if (ignore)
            return true;
        QNetworkRequest request(tamperAuthorize ? tamperAuthorize(url) : url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302) {
                page = reply->readAll();
                done = true;
                return;
            }
            QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (tamper)
                target = tamper(target);
            redirectTarget = target;
            QNetworkReply *callback = m_nam.get(QNetworkRequest(target));
            connect(callback, &QNetworkReply::finished, this, [this, callback] {
                callback->deleteLater();
                page = callback->readAll();
                done = true;
            });
        });
        return true;
    }
    InteractiveSignIn::Browser asBrowser()
    {
        return [this](const QUrl &url) {
            return open(url);
        };
    }

private:
    QNetworkAccessManager m_nam;
};

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void authorizationCodeWithPkce();
    void wrongVerifierIsRejected();
    void stateMismatchIsRejected();
    void listenerAnswersOnLoopbackOnly();
    void missingCodeIsRejected();
    void errorRedirectCarriesTheAadstsMessage();
    void tokenEndpointErrorIsReported();
    void closedTabTimesOutAndBrowserFailureIsReported();
    void refreshRotatesTheRefreshToken();
    void refreshFailureLeadsToInteractiveSignIn_data();
    void refreshFailureLeadsToInteractiveSignIn();
    void silentSignInAtStartFromTheCache();
    void accountsSwitchAndSignOut();
    void deviceCodePollsThroughPendingAndSlowDown();
    void errorRedirectWithoutOurStateIsAStateMismatch_data();
    void errorRedirectWithoutOurStateIsAStateMismatch();
    void tokenReplyThatIsNotJsonSaysSo();
    void refreshOutageIsReportedNotInteraction();
    void silentSignInUsesOnlyTheIssuingAuthority();
    void deviceCodeStopsOnTerminalErrors_data();
    void deviceCodeStopsOnTerminalErrors();
    void claimsChallengeLeadsToATokenThatSatisfiesIt();
    void noSecretInFilesOrLogs();
    void authorizeUrlCarriesEveryParameterOnceEncoded();
    void verifierNotMatchingTheChallengeFailsTheSignIn();
    void codeWithAnotherStateIsRefusedAndNeverRedeemed();

private:
    QList<EmulatorRequest> requestsTo(const QString &endpoint, const QString &grantType = {}) const;
    GraphError listCloudPcs(const QString &token);
    bool signInInteractively(AuthSession &session);
    std::unique_ptr<AuthSession> makeSession();

    std::unique_ptr<GraphEmulator> m_graph;
    std::unique_ptr<IdentityEmulator> m_idp;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<AccountManager> m_accounts;
    AuthConfig m_config;
};

void TestSignIn::init()
{
    QSettings().clear();
    GraphEmulator::Options options;
    options.size = 20;
    m_graph = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_graph->start());
    m_idp = std::make_unique<IdentityEmulator>(m_graph.get());
    QVERIFY(m_idp->start());
    m_browser = std::make_unique<TestBrowser>();
    m_config = AuthConfig::forCloud(GraphCloud::Custom);
    m_config.setAuthorityHost(m_idp->baseUrl());
    QVERIFY(m_config.validate().isEmpty());
    // A service name of its own, so parallel runs and a real keyring never mix entries.
    m_cache = std::make_unique<TokenCache>(QStringLiteral("CloudPcConsoleTest-") +
                                           QUuid::createUuid().toString(QUuid::Id128));
    m_accounts = std::make_unique<AccountManager>(m_cache.get());
}

void TestSignIn::cleanup()
{
    if (m_accounts && !m_accounts->accounts().isEmpty()) {
        // Leave no entry behind in a real keyring.
        QSignalSpy removed(m_cache.get(), &TokenCache::removed);
        const QList<Account> accounts = m_accounts->accounts();
        for (const Account &account : accounts)
            m_accounts->signOut(account.key());
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), accounts.size(), 5000);
    }
    m_accounts.reset();
    m_cache.reset();
    m_browser.reset();
    m_idp.reset();
    m_graph.reset();
    QSettings().clear();
}

QList<EmulatorRequest> TestSignIn::requestsTo(const QString &endpoint, const QString &grantType) const
{
    QList<EmulatorRequest> found;
    for (const EmulatorRequest &request : m_idp->journal()) {
        if (!request.path().endsWith(QLatin1String("/oauth2/v2.0/") + endpoint))
            continue;
        if (!grantType.isEmpty() && bodyValue(request, QStringLiteral("grant_type")) != grantType)
            continue;
        found.append(request);
    }
    return found;
}

GraphError TestSignIn::listCloudPcs(const QString &token)
{
    GraphClient client;
    client.setBaseUrl(m_graph->baseUrl());
    client.setAccessToken(token);
    GraphListJob *job = client.listCloudPcs();
    GraphError result;
    bool done = false;
    connect(job, &GraphListJob::finished, this, [&] { done = true; });
    connect(job, &GraphListJob::failed, this, [&](const GraphError &error) {
        result = error;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return result;
}

std::unique_ptr<AuthSession> TestSignIn::makeSession()
{
    auto session = std::make_unique<AuthSession>(m_config, m_accounts.get(), m_cache.get());
    session->interactiveSignIn()->setBrowser(m_browser->asBrowser());
    return session;
}

bool TestSignIn::signInInteractively(AuthSession &session)
{
    QSignalSpy signedIn(&session, &AuthSession::signedIn);
    session.signInInteractively();
    return signedIn.wait(10000) && session.state() == AuthSession::State::SignedIn;
}

void TestSignIn::listenerAnswersOnLoopbackOnly()
{
    // A machine address that is not loopback: the listener must not be reachable there.
    QHostAddress external;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            external = address;
            break;
        }
    }
    m_browser->ignore = true; // only look at the authorize URL
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    signIn.start(m_config);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->opened, 1, 5000);
    const QUrl redirect(QUrlQuery(m_browser->authorizeUrl)
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("localhost"));
    const quint16 port = quint16(redirect.port());
    QVERIFY(port > 0);

    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(loopback.waitForConnected(5000));
    loopback.abort();
    if (external.isNull())
        QSKIP("This machine has no IPv4 address besides loopback");
    QTcpSocket outside;
    outside.connectToHost(external, port);
    QVERIFY2(!outside.waitForConnected(3000),
             qPrintable(QStringLiteral("the sign-in listener answers on %1").arg(external.toString())));
    QCOMPARE(outside.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestSignIn::authorizationCodeWithPkce()
{
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy succeeded(&signIn, &InteractiveSignIn::succeeded);
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(failed.size(), 0);
    const TokenResponse tokens = succeeded.first().first().value<TokenResponse>();
    QVERIFY(tokens.accessToken.startsWith(QLatin1String("emu-at-")));
    QVERIFY(!tokens.refreshToken.isEmpty());
    const std::optional<Account> account = Account::fromIdToken(tokens.idToken, GraphCloud::Custom);
    QVERIFY(account);
    QCOMPARE(account->username, m_idp->user().username);
    QCOMPARE(account->tenantId, m_graph->tenant().tenantId());

    // The authorize request: PKCE S256, loopback redirect on localhost, the scopes, select_account.
    const QList<EmulatorRequest> authorize = requestsTo(QStringLiteral("authorize"));
    QCOMPARE(authorize.size(), 1);
    const EmulatorRequest &a = authorize.first();
    QCOMPARE(a.path(), QStringLiteral("/organizations/oauth2/v2.0/authorize"));
    QCOMPARE(a.queryValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(a.queryValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(a.queryValue(QStringLiteral("prompt")), QStringLiteral("select_account"));
    QCOMPARE(a.queryValue(QStringLiteral("client_id")), AuthConfig::defaultClientId());
    const QString redirectUri = a.queryValue(QStringLiteral("redirect_uri"));
    QVERIFY2(QRegularExpression(QStringLiteral("^http://localhost:\\d+/$")).match(redirectUri).hasMatch(),
             qPrintable(redirectUri));
    const QStringList scopes = a.queryValue(QStringLiteral("scope")).split(QLatin1Char(' '));
    QVERIFY(scopes.contains(QStringLiteral("offline_access")));
    QVERIFY(scopes.contains(QStringLiteral("https://graph.microsoft.com/CloudPC.ReadWrite.All")));
    QVERIFY(a.queryValue(QStringLiteral("state")).size() >= 32);

    // The token request: same redirect_uri, a verifier whose S256 is the challenge (the server checked it).
    const QList<EmulatorRequest> token =
        requestsTo(QStringLiteral("token"), QStringLiteral("authorization_code"));
    QCOMPARE(token.size(), 1);
    QCOMPARE(bodyValue(token.first(), QStringLiteral("redirect_uri")), redirectUri);
    const QByteArray verifier = bodyValue(token.first(), QStringLiteral("code_verifier")).toLatin1();
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(QString::fromLatin1(Pkce::challengeS256(verifier)),
             a.queryValue(QStringLiteral("code_challenge")));

    // The browser landed on the console's listener and was told it can close the tab.
    QTRY_VERIFY(m_browser->done);
    QCOMPARE(m_browser->redirectTarget.host(), QStringLiteral("localhost"));
    QVERIFY2(m_browser->page.contains("You can close this tab"), m_browser->page.constData());

    // Graph accepts the token the identity side issued.
    const GraphError error = listCloudPcs(tokens.accessToken);
    QVERIFY2(!error.isError(), qPrintable(error.details()));
}

void TestSignIn::wrongVerifierIsRejected()
{
    // The protocol level: a code obtained with one challenge is refused with another verifier.
    const QByteArray verifier = Pkce::generateVerifier();
    QUrl authorize = m_config.authorizeUrl();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_config.clientId());
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1234/"));
    query.addQueryItem(QStringLiteral("scope"), m_config.scopeString());
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("s1"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(query);
    QNetworkAccessManager nam;
    QNetworkRequest request(authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    auto redeem = [&](const QByteArray &codeVerifier) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("client_id"), m_config.clientId());
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1234/"));
        form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
        IdentityRequest *post = IdentityRequest::post(&nam, m_config.tokenUrl(), form);
        QSignalSpy failed(post, &IdentityRequest::failed);
        QSignalSpy succeeded(post, &IdentityRequest::succeeded);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !succeeded.isEmpty(), 5000);
        }();
        return failed.isEmpty() ? IdentityError() : failed.first().first().value<IdentityError>();
    };
    const IdentityError wrong = redeem(Pkce::generateVerifier());
    QCOMPARE(wrong.error, QStringLiteral("invalid_grant"));
    QCOMPARE(wrong.codes, QList<int>{501481});
    QCOMPARE(wrong.httpStatus, 400);
    QVERIFY(!wrong.traceId.isEmpty() && !wrong.correlationId.isEmpty() && !wrong.timestamp.isEmpty());
    // The code is spent after a failed attempt: even the right verifier cannot use it now.
    const IdentityError replay = redeem(verifier);
    QCOMPARE(replay.error, QStringLiteral("invalid_grant"));
    QCOMPARE(replay.codes, QList<int>{54005});
}

void TestSignIn::stateMismatchIsRejected()
{
    m_browser->tamper = [](QUrl url) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
        url.setQuery(query);
        return url;
    };
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy succeeded(&signIn, &InteractiveSignIn::succeeded);
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<IdentityError>().kind, IdentityError::Kind::StateMismatch);
    QTRY_VERIFY(m_browser->done);
    QVERIFY2(m_browser->page.contains("does not belong"), m_browser->page.constData());
    QVERIFY(m_browser->page.contains("You can close this tab"));
    QTest::qWait(100);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(requestsTo(QStringLiteral("token")).size(), 0); // the code was never redeemed
    QVERIFY(!signIn.isRunning());

    // Trying again works.
    m_browser->tamper = nullptr;
    signIn.start(m_config);
    QVERIFY(succeeded.wait(10000));
}

void TestSignIn::missingCodeIsRejected()
{
    m_browser->tamper = [](QUrl url) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("code"));
        url.setQuery(query);
        return url;
    };
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<IdentityError>().kind, IdentityError::Kind::MissingCode);
    QCOMPARE(requestsTo(QStringLiteral("token")).size(), 0);
}

void TestSignIn::errorRedirectCarriesTheAadstsMessage()
{
    m_idp->failNextAuthorize({QStringLiteral("access_denied"),
                              QStringLiteral("AADSTS65004: User declined to consent to access the app."),
                              65004});
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy succeeded(&signIn, &InteractiveSignIn::succeeded);
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QVERIFY(failed.wait(10000));
    const IdentityError error = failed.first().first().value<IdentityError>();
    QCOMPARE(error.kind, IdentityError::Kind::Server);
    QCOMPARE(error.error, QStringLiteral("access_denied"));
    QCOMPARE(error.codes, QList<int>{65004});
    QVERIFY2(error.summary().startsWith(QLatin1String("AADSTS65004: User declined to consent")),
             qPrintable(error.summary()));
    QTRY_VERIFY(m_browser->done);
    QVERIFY2(m_browser->page.contains("AADSTS65004"), m_browser->page.constData());
    QVERIFY(m_browser->page.contains("try again"));

    signIn.start(m_config); // a retry is a fresh attempt
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(m_browser->opened, 2);
}

void TestSignIn::tokenEndpointErrorIsReported()
{
    m_browser->tamper = [](QUrl url) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("code"), QStringLiteral("a-code-the-server-never-issued"));
        url.setQuery(query);
        return url;
    };
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QVERIFY(failed.wait(10000));
    const IdentityError error = failed.first().first().value<IdentityError>();
    QCOMPARE(error.kind, IdentityError::Kind::Server);
    QCOMPARE(error.error, QStringLiteral("invalid_grant"));
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(error.summary().startsWith(QLatin1String("AADSTS54005")));
    QCOMPARE(requestsTo(QStringLiteral("token")).size(), 1);
    QVERIFY(!signIn.isRunning());
}

void TestSignIn::closedTabTimesOutAndBrowserFailureIsReported()
{
    m_browser->ignore = true;
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    signIn.setTimeout(std::chrono::milliseconds(300));
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QVERIFY(signIn.isRunning());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<IdentityError>().kind, IdentityError::Kind::Timeout);
    QVERIFY(!signIn.isRunning());

    signIn.setTimeout(std::chrono::minutes(1));
    signIn.start(m_config);
    signIn.cancel();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.last().first().value<IdentityError>().kind, IdentityError::Kind::Cancelled);

    // No browser: the sign-in keeps waiting for the address to be opened by hand, and says which.
    signIn.setBrowser([](const QUrl &) { return false; });
    QSignalSpy notOpened(&signIn, &InteractiveSignIn::browserNotOpened);
    QSignalSpy waiting(&signIn, &InteractiveSignIn::waitingForBrowser);
    signIn.start(m_config);
    QTRY_COMPARE(notOpened.size(), 1);
    QCOMPARE(notOpened.first().first().toUrl(), waiting.last().first().toUrl());
    QVERIFY(signIn.isRunning());
    QCOMPARE(failed.size(), 2);
    signIn.cancel();
    QCOMPARE(failed.size(), 3);
    QCOMPARE(failed.last().first().value<IdentityError>().kind, IdentityError::Kind::Cancelled);
}

void TestSignIn::refreshRotatesTheRefreshToken()
{
    std::unique_ptr<AuthSession> session = makeSession();
    QVERIFY(signInInteractively(*session));
    const QString firstAccess = session->accessToken();
    const QString firstRefresh = m_cache->cached(session->account()->key())->refreshToken;
    QVERIFY(!firstRefresh.isEmpty());

    QSignalSpy refreshed(session.get(), &AccessTokenProvider::accessTokenRefreshed);
    session->refreshAccessToken();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.last().at(0).toBool(), true);
    QVERIFY(session->accessToken() != firstAccess);
    const QString secondRefresh = m_cache->cached(session->account()->key())->refreshToken;
    QVERIFY(!secondRefresh.isEmpty());
    QVERIFY(secondRefresh != firstRefresh); // rotated, and the new one is what is kept
    const QList<EmulatorRequest> refreshes =
        requestsTo(QStringLiteral("token"), QStringLiteral("refresh_token"));
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(bodyValue(refreshes.first(), QStringLiteral("refresh_token")), firstRefresh);
    QVERIFY(refreshes.first().path().startsWith(QLatin1Char('/') + m_graph->tenant().tenantId()));
    QVERIFY(!listCloudPcs(session->accessToken()).isError());

    // The old refresh token is spent.
    QNetworkAccessManager nam;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId());
    form.addQueryItem(QStringLiteral("refresh_token"), firstRefresh);
    QSignalSpy refused(IdentityRequest::post(&nam, m_config.tokenUrl(), form), &IdentityRequest::failed);
    QVERIFY(refused.wait(5000));
    QCOMPARE(refused.first().first().value<IdentityError>().error, QStringLiteral("invalid_grant"));

    // And the session goes on with the new one.
    session->refreshAccessToken();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.last().at(0).toBool(), true);
}

void TestSignIn::refreshFailureLeadsToInteractiveSignIn_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::newRow("invalid_grant") << "invalid_grant" << 70008;
    QTest::newRow("interaction_required") << "interaction_required" << 50076;
}

void TestSignIn::refreshFailureLeadsToInteractiveSignIn()
{
    QFETCH(QString, error);
    QFETCH(int, code);
    std::unique_ptr<AuthSession> session = makeSession();
    QVERIFY(signInInteractively(*session));
    m_idp->failNextRefresh({error, QStringLiteral("AADSTS%1: Sign in again, please.").arg(code), code});
    QSignalSpy refreshed(session.get(), &AccessTokenProvider::accessTokenRefreshed);
    QSignalSpy interaction(session.get(), &AuthSession::interactionRequired);
    session->refreshAccessToken();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.last().at(0).toBool(), false);
    QVERIFY(refreshed.last().at(1).toString().contains(QStringLiteral("AADSTS%1").arg(code)));
    QCOMPARE(interaction.size(), 1);
    QCOMPARE(session->state(), AuthSession::State::InteractionRequired);

    // Not a dead end: an interactive sign-in brings the session back.
    QVERIFY(signInInteractively(*session));
    QSignalSpy again(session.get(), &AccessTokenProvider::accessTokenRefreshed);
    session->refreshAccessToken();
    QVERIFY(again.wait(10000));
    QCOMPARE(again.last().at(0).toBool(), true);
}

void TestSignIn::silentSignInAtStartFromTheCache()
{
    m_idp->setAccessTokenLifetime(std::chrono::seconds(120)); // shorter than the refresh margin
    QString firstAccess;
    QString accountKey;
    {
        std::unique_ptr<AuthSession> session = makeSession();
        QVERIFY(signInInteractively(*session));
        firstAccess = session->accessToken();
        accountKey = session->account()->key();
    }
    // "Next start": a new account manager (from settings) and session, the same token store.
    m_accounts = std::make_unique<AccountManager>(m_cache.get());
    QCOMPARE(m_accounts->currentAccountId(), accountKey);
    std::unique_ptr<AuthSession> session = makeSession();
    QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
    session->signInSilently();
    QCOMPARE(session->state(), AuthSession::State::SigningIn);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(m_browser->opened, 1); // no browser the second time
    QCOMPARE(requestsTo(QStringLiteral("token"), QStringLiteral("refresh_token")).size(), 1);
    QVERIFY(session->accessToken() != firstAccess);
    QVERIFY(!listCloudPcs(session->accessToken()).isError());

    // Nobody remembered: silent sign-in stays signed out, and says nothing is cached for an unknown one.
    m_accounts->signOut(accountKey);
    std::unique_ptr<AuthSession> fresh = makeSession();
    fresh->signInSilently();
    QCOMPARE(fresh->state(), AuthSession::State::SignedOut);
}

void TestSignIn::accountsSwitchAndSignOut()
{
    std::unique_ptr<AuthSession> session = makeSession();
    QVERIFY(signInInteractively(*session));
    const QString first = session->account()->key();
    IdentityEmulator::User other{QStringLiteral("0b8a6c3e-1111-4222-8333-944455556666"),
                                 QStringLiteral("5e7d2c1a-aaaa-4bbb-8ccc-ddddeeeeffff"),
                                 QStringLiteral("megan@fabrikam.example"), QStringLiteral("Megan Bowen")};
    m_idp->setUser(other);
    QVERIFY(signInInteractively(*session));
    QCOMPARE(session->account()->username, QStringLiteral("megan@fabrikam.example"));
    QCOMPARE(m_accounts->accounts().size(), 2);
    QCOMPARE(session->account()->homeAccountId(), other.objectId + QLatin1Char('.') + other.tenantId);
    QCOMPARE(m_accounts->currentAccountId(), session->account()->key());

    QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
    QVERIFY(session->switchAccount(first));
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(session->account()->key(), first);
    QVERIFY(!session->switchAccount(QStringLiteral("nobody.nowhere")));

    QSignalSpy removed(m_cache.get(), &TokenCache::removed);
    session->signOut();
    QCOMPARE(session->state(), AuthSession::State::SignedOut);
    QVERIFY(session->accessToken().isEmpty());
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.first().first().toString(), first);
    QVERIFY(!m_cache->cached(first));
    QCOMPARE(m_accounts->accounts().size(), 1);
    QVERIFY(!m_accounts->currentAccount());
    // Settings remember the remaining account by metadata only.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("accounts/size")).toInt(), 1);
    QCOMPARE(settings.value(QStringLiteral("accounts/1/username")).toString(),
             QStringLiteral("megan@fabrikam.example"));
}

void TestSignIn::deviceCodePollsThroughPendingAndSlowDown()
{
    m_idp->setDeviceCodePollInterval(std::chrono::milliseconds(60));
    // After the slow_down the service wants 60 + 60 ms between polls; the client waits its own 20 + 100 ms.
    // A poll even a little early (a coarse timer fires up to 5 % early) would be answered slow_down again.
    m_idp->setDeviceCodeSlowDownIncrement(std::chrono::milliseconds(60));
    DeviceCodeSignIn signIn;
    signIn.setPollIntervalOverride(std::chrono::milliseconds(20)); // too fast on purpose: slow_down
    signIn.setSlowDownIncrement(std::chrono::milliseconds(100));
    QSignalSpy codeReady(&signIn, &DeviceCodeSignIn::codeReady);
    QSignalSpy succeeded(&signIn, &DeviceCodeSignIn::succeeded);
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    QStringList answers;
    connect(&signIn, &DeviceCodeSignIn::pollAnswered, this, [&](const QString &answer) {
        answers.append(answer);
        if (answer == QLatin1String("authorization_pending"))
            m_idp->approveDeviceCode(m_idp->lastUserCode());
    });
    signIn.start(m_config);
    QVERIFY(codeReady.wait(5000));
    const DeviceCodeSignIn::Code code = codeReady.first().first().value<DeviceCodeSignIn::Code>();
    QCOMPARE(code.userCode, m_idp->lastUserCode());
    QCOMPARE(code.verificationUri.path(), QStringLiteral("/devicelogin"));
    QVERIFY(code.message.contains(code.userCode));
    QVERIFY(code.expiresUtc > QDateTime::currentDateTimeUtc().addSecs(600));

    QVERIFY(succeeded.wait(10000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(answers, (QStringList{QStringLiteral("slow_down"), QStringLiteral("authorization_pending")}));
    QCOMPARE(signIn.pollInterval(), std::chrono::milliseconds(120));
    QCOMPARE(
        requestsTo(QStringLiteral("token"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"))
            .size(),
        3);
    const TokenResponse tokens = succeeded.first().first().value<TokenResponse>();
    QVERIFY(!listCloudPcs(tokens.accessToken).isError());
    QCOMPARE(m_idp->deviceCodeState(code.userCode), IdentityEmulator::DeviceCodeState::Redeemed);
}

void TestSignIn::errorRedirectWithoutOurStateIsAStateMismatch_data()
{
    QTest::addColumn<QString>("state"); // what the forged answer carries; "-" for none
    QTest::newRow("no state") << QStringLiteral("-");
    QTest::newRow("wrong state") << QStringLiteral("forged-state");
}

void TestSignIn::errorRedirectWithoutOurStateIsAStateMismatch()
{
    QFETCH(QString, state);
    // Someone else's request to the listener, claiming the sign-in failed: refused on its state, before its
    // error is read.
    m_browser->tamper = [state](QUrl url) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        query.addQueryItem(QStringLiteral("error_description"), QStringLiteral("AADSTS65004: forged"));
        if (state != QLatin1String("-"))
            query.addQueryItem(QStringLiteral("state"), state);
        url.setQuery(query);
        return url;
    };
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QVERIFY(failed.wait(10000));
    const IdentityError error = failed.first().first().value<IdentityError>();
    QCOMPARE(error.kind, IdentityError::Kind::StateMismatch);
    QVERIFY(!error.summary().contains(QLatin1String("AADSTS65004")));
    QTRY_VERIFY(m_browser->done);
    QVERIFY2(m_browser->page.contains("does not belong"), m_browser->page.constData());
}

void TestSignIn::tokenReplyThatIsNotJsonSaysSo()
{
    m_idp->setDeviceCodePollInterval(std::chrono::milliseconds(20));
    m_idp->setTokenOutage(
        IdentityEmulator::Outage{200, "text/html", "<html><body>Sign in to the Wi-Fi</body></html>"});
    DeviceCodeSignIn signIn;
    signIn.setPollIntervalOverride(std::chrono::milliseconds(30));
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    signIn.start(m_config);
    QVERIFY(failed.wait(10000));
    const IdentityError error = failed.first().first().value<IdentityError>();
    QCOMPARE(error.kind, IdentityError::Kind::InvalidReply);
    QVERIFY2(error.summary().contains(QLatin1String("not JSON")), qPrintable(error.summary()));
    QVERIFY2(error.summary().contains(QLatin1String("text/html")), qPrintable(error.summary()));
}

void TestSignIn::refreshOutageIsReportedNotInteraction()
{
    std::unique_ptr<AuthSession> session = makeSession();
    QVERIFY(signInInteractively(*session));
    m_idp->setTokenOutage(IdentityEmulator::Outage{});
    QSignalSpy refreshed(session.get(), &AccessTokenProvider::accessTokenRefreshed);
    QSignalSpy interaction(session.get(), &AuthSession::interactionRequired);
    session->refreshAccessToken();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.last().at(0).toBool(), false);
    const QString reason = refreshed.last().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("HTTP 502")) && reason.contains(QLatin1String("text/html")),
             qPrintable(reason));
    QCOMPARE(interaction.size(), 0); // an outage is no reason to ask the admin to sign in again
}

void TestSignIn::silentSignInUsesOnlyTheIssuingAuthority()
{
    m_idp->setAccessTokenLifetime(std::chrono::seconds(120)); // a silent start must refresh
    {
        std::unique_ptr<AuthSession> session = makeSession();
        QVERIFY(signInInteractively(*session));
        QCOMPARE(session->account()->authorityHost, Account::normalizedAuthority(m_idp->baseUrl()));
        QCOMPARE(session->account()->clientId, m_config.clientId());
    }
    // A second authority (another login host): the first's refresh token must never reach it.
    IdentityEmulator other(m_graph.get());
    QVERIFY(other.start());
    m_accounts = std::make_unique<AccountManager>(m_cache.get());
    AuthConfig otherConfig = m_config;
    otherConfig.setAuthorityHost(other.baseUrl());
    AuthSession session(otherConfig, m_accounts.get(), m_cache.get());
    QSignalSpy interaction(&session, &AuthSession::interactionRequired);
    m_idp->clearJournal();
    session.signInSilently();
    QVERIFY(interaction.size() == 1 || interaction.wait(5000));
    QVERIFY2(interaction.first().first().toString().contains(Account::normalizedAuthority(m_idp->baseUrl())),
             qPrintable(interaction.first().first().toString()));
    QTest::qWait(200);
    QCOMPARE(other.journal().size(), 0);
    QCOMPARE(m_idp->journal().size(), 0);

    // The same with another client id at the first authority.
    AuthConfig otherClient = m_config;
    otherClient.setClientId(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    AuthSession clientSession(otherClient, m_accounts.get(), m_cache.get());
    QSignalSpy clientInteraction(&clientSession, &AuthSession::interactionRequired);
    clientSession.signInSilently();
    QVERIFY(clientInteraction.size() == 1 || clientInteraction.wait(5000));
    QTest::qWait(200);
    QCOMPARE(m_idp->journal().size(), 0);

    // With its own authority the remembered account signs in silently, by refreshing there.
    AuthSession same(m_config, m_accounts.get(), m_cache.get());
    QSignalSpy signedIn(&same, &AuthSession::signedIn);
    same.signInSilently();
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(requestsTo(QStringLiteral("token"), QStringLiteral("refresh_token")).size(), 1);
}

void TestSignIn::deviceCodeStopsOnTerminalErrors_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("declined") << "decline"
                              << "authorization_declined";
    QTest::newRow("expired") << "expire"
                             << "expired_token";
}

void TestSignIn::deviceCodeStopsOnTerminalErrors()
{
    QFETCH(QString, action);
    QFETCH(QString, expected);
    m_idp->setDeviceCodePollInterval(std::chrono::milliseconds(0));
    DeviceCodeSignIn signIn;
    signIn.setPollIntervalOverride(std::chrono::milliseconds(20));
    QSignalSpy failed(&signIn, &DeviceCodeSignIn::failed);
    connect(&signIn, &DeviceCodeSignIn::codeReady, this, [&](const DeviceCodeSignIn::Code &code) {
        if (action == QLatin1String("decline"))
            m_idp->declineDeviceCode(code.userCode);
        else
            m_idp->expireDeviceCode(code.userCode);
    });
    signIn.start(m_config);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<IdentityError>().error, expected);
    QVERIFY(!signIn.isRunning());
    const qsizetype polls = requestsTo(QStringLiteral("token")).size();
    QTest::qWait(100);
    QCOMPARE(requestsTo(QStringLiteral("token")).size(), polls); // polling stopped

    // A device code the service does not know: bad_verification_code.
    QNetworkAccessManager nam;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId());
    form.addQueryItem(QStringLiteral("device_code"), QStringLiteral("made-up"));
    QSignalSpy refused(IdentityRequest::post(&nam, m_config.tokenUrl(), form), &IdentityRequest::failed);
    QVERIFY(refused.wait(5000));
    QCOMPARE(refused.first().first().value<IdentityError>().error, QStringLiteral("bad_verification_code"));
}

void TestSignIn::claimsChallengeLeadsToATokenThatSatisfiesIt()
{
    std::unique_ptr<AuthSession> session = makeSession();
    QVERIFY(signInInteractively(*session));
    QVERIFY(!listCloudPcs(session->accessToken()).isError());

    const QString claims =
        QStringLiteral(R"({"access_token":{"nbf":{"essential":true,"value":"1700000000"}}})");
    m_graph->setClaimsChallenge(claims);
    const GraphError challenged = listCloudPcs(session->accessToken());
    QCOMPARE(challenged.httpStatus, 401);

    QSignalSpy refreshed(session.get(), &AccessTokenProvider::accessTokenRefreshed);
    session->handleClaimsChallenge(claims);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.last().at(0).toBool(), true);
    const EmulatorRequest authorize = requestsTo(QStringLiteral("authorize")).last();
    QCOMPARE(authorize.queryValue(QStringLiteral("claims")), claims);
    QCOMPARE(authorize.queryValue(QStringLiteral("login_hint")), m_idp->user().username);
    QVERIFY(authorize.path().startsWith(QLatin1Char('/') + m_graph->tenant().tenantId()));
    const GraphError after = listCloudPcs(session->accessToken());
    QVERIFY2(!after.isError(), qPrintable(after.details()));
}

void TestSignIn::noSecretInFilesOrLogs()
{
    // Everything on: debug output of the console and of Qt's network code.
    QLoggingCategory::setFilterRules(QStringLiteral("cloudpc.*=true\nqt.network*=true"));
    {
        QMutexLocker locker(&g_logMutex);
        g_log.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

    std::unique_ptr<AuthSession> session = makeSession();
    const bool interactiveOk = signInInteractively(*session);
    QSignalSpy refreshed(session.get(), &AccessTokenProvider::accessTokenRefreshed);
    session->refreshAccessToken();
    const bool refreshOk = refreshed.wait(10000);
    m_idp->failNextRefresh({QStringLiteral("invalid_grant"), QStringLiteral("AADSTS70008: expired"), 70008});
    session->refreshAccessToken();
    refreshed.wait(10000);
    m_idp->setDeviceCodePollInterval(std::chrono::milliseconds(0));
    session->deviceCodeSignIn()->setPollIntervalOverride(std::chrono::milliseconds(20));
    connect(session->deviceCodeSignIn(), &DeviceCodeSignIn::codeReady, this,
            [&](const DeviceCodeSignIn::Code &code) { m_idp->approveDeviceCode(code.userCode); });
    QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
    session->signInWithDeviceCode();
    const bool deviceOk = signedIn.wait(10000);
    QSettings().sync();

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("cloudpc.*.debug=false"));
    QVERIFY(interactiveOk && refreshOk && deviceOk);

    const QStringList secrets = m_idp->issuedSecrets();
    QVERIFY(secrets.size() >= 8); // codes, access, refresh and id tokens, device codes
    QVERIFY(!session->accessToken().isEmpty() && secrets.contains(session->accessToken()));

    // The log said what happened, without any secret.
    QStringList log;
    {
        QMutexLocker locker(&g_logMutex);
        log = g_log;
    }
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("signed in as")));
    for (const QString &line : log) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("secret in log: ") + line.left(200)));
        QVERIFY2(!line.contains(QLatin1String("emu-rt-")) && !line.contains(QLatin1String("emu-at-")) &&
                     !line.contains(QLatin1String("emu-code-")) &&
                     !line.contains(QLatin1String("code_verifier")),
                 qPrintable(line.left(200)));
    }

    // Every file written under this test's home (settings, data, cache): metadata yes, secrets no.
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(QFileInfo::exists(settingsFile), qPrintable(settingsFile));
    QVERIFY(settingsFile.startsWith(qEnvironmentVariable("HOME")));
    QFile settings(settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(settings.readAll().contains(m_idp->user().username.toUtf8()));
    int scanned = 0;
    QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scanned;
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("emu-rt-"), qPrintable(file.fileName()));
    }
    QVERIFY(scanned >= 1);
}

void TestSignIn::authorizeUrlCarriesEveryParameterOnceEncoded()
{
    // Values a naive query builder gets wrong: a '+' (a space to the server), '&', '=', '#', '%', non-ASCII.
    InteractiveSignIn::Request request;
    request.loginHint = QStringLiteral("first+last@contoso.example");
    request.domainHint = QStringLiteral("contoso.example");
    request.claims =
        QString::fromUtf8("{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1700000000\"},"
                          "\"xms_cc\":{\"values\":[\"a&b=c+d #%41 \xc3\xa9\"]}}}");
    request.prompt = QStringLiteral("login");
    request.tenant = QStringLiteral("contoso.example");
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy succeeded(&signIn, &InteractiveSignIn::succeeded);
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config, request);
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(failed.size(), 0);

    // The address the browser was given, read as a server reads a query: every parameter once, every value
    // percent-encoded (nothing but unreserved characters and %XX, so no '+' that could turn into a space).
    const QByteArray query = m_browser->authorizeUrl.query(QUrl::FullyEncoded).toLatin1();
    static const QRegularExpression encoded(
        QStringLiteral("^[A-Za-z0-9._~-]*(%[0-9A-F]{2}[A-Za-z0-9._~-]*)*$"));
    QStringList names;
    QHash<QString, QString> values;
    const QList<QByteArray> items = query.split('&');
    for (const QByteArray &item : items) {
        const qsizetype equals = item.indexOf('=');
        QVERIFY2(equals > 0, item.constData());
        const QByteArray value = item.mid(equals + 1);
        QVERIFY2(encoded.match(QString::fromLatin1(value)).hasMatch(), item.constData());
        names.append(QString::fromLatin1(item.left(equals)));
        values.insert(names.last(), QUrl::fromPercentEncoding(value));
    }
    names.sort();
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("claims"), QStringLiteral("client_id"), QStringLiteral("code_challenge"),
                     QStringLiteral("code_challenge_method"), QStringLiteral("domain_hint"),
                     QStringLiteral("login_hint"), QStringLiteral("prompt"), QStringLiteral("redirect_uri"),
                     QStringLiteral("response_type"), QStringLiteral("scope"), QStringLiteral("state")}));
    QCOMPARE(values.value(QStringLiteral("login_hint")), request.loginHint);
    QCOMPARE(values.value(QStringLiteral("domain_hint")), request.domainHint);
    QCOMPARE(values.value(QStringLiteral("claims")), request.claims);
    QCOMPARE(values.value(QStringLiteral("prompt")), QStringLiteral("login"));
    QCOMPARE(values.value(QStringLiteral("client_id")), AuthConfig::defaultClientId());
    QCOMPARE(values.value(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(values.value(QStringLiteral("scope")), m_config.scopeString());
    QCOMPARE(values.value(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(values.value(QStringLiteral("state")).size() >= 32);
    const QString redirectUri = values.value(QStringLiteral("redirect_uri"));
    QVERIFY2(QRegularExpression(QStringLiteral("^http://localhost:\\d+/$")).match(redirectUri).hasMatch(),
             qPrintable(redirectUri));

    // The identity emulator read the same values, at the request's tenant.
    const QList<EmulatorRequest> authorize = requestsTo(QStringLiteral("authorize"));
    QCOMPARE(authorize.size(), 1);
    QCOMPARE(authorize.first().path(), QStringLiteral("/contoso.example/oauth2/v2.0/authorize"));
    for (const QString &name : std::as_const(names))
        QCOMPARE(authorize.first().queryValue(name), values.value(name));

    // The token request: each parameter once, the verifier of the challenge, the same redirect_uri, scope and
    // claims (a form body: '+' would be a space there too).
    const QList<EmulatorRequest> token =
        requestsTo(QStringLiteral("token"), QStringLiteral("authorization_code"));
    QCOMPARE(token.size(), 1);
    QVERIFY(token.first().path().startsWith(QLatin1String("/contoso.example/")));
    QVERIFY2(!token.first().body.contains('+'), token.first().body.left(80).constData());
    QStringList bodyNames;
    const QList<QByteArray> fields = token.first().body.split('&');
    for (const QByteArray &field : fields)
        bodyNames.append(QString::fromLatin1(field.left(field.indexOf('='))));
    bodyNames.sort();
    QCOMPARE(bodyNames,
             (QStringList{QStringLiteral("claims"), QStringLiteral("client_id"), QStringLiteral("code"),
                          QStringLiteral("code_verifier"), QStringLiteral("grant_type"),
                          QStringLiteral("redirect_uri"), QStringLiteral("scope")}));
    QCOMPARE(bodyValue(token.first(), QStringLiteral("claims")), request.claims);
    QCOMPARE(bodyValue(token.first(), QStringLiteral("redirect_uri")), redirectUri);
    QCOMPARE(bodyValue(token.first(), QStringLiteral("scope")), m_config.scopeString());
    const QByteArray verifier = bodyValue(token.first(), QStringLiteral("code_verifier")).toLatin1();
    QCOMPARE(QString::fromLatin1(Pkce::challengeS256(verifier)),
             values.value(QStringLiteral("code_challenge")));

    // One answer: the listener closed when the browser's came.
    QTcpSocket late;
    late.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(QUrl(redirectUri).port()));
    QVERIFY(!late.waitForConnected(3000));
}

void TestSignIn::verifierNotMatchingTheChallengeFailsTheSignIn()
{
    // The code the browser brings back was asked for with another challenge than the console's (a tampered
    // authorize address): the console's verifier does not redeem it, and the sign-in fails with the reason.
    m_browser->tamperAuthorize = [](QUrl url) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("code_challenge"));
        query.addQueryItem(QStringLiteral("code_challenge"),
                           QString::fromLatin1(Pkce::challengeS256(Pkce::generateVerifier())));
        url.setQuery(query);
        return url;
    };
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy succeeded(&signIn, &InteractiveSignIn::succeeded);
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QVERIFY(failed.wait(10000));
    const IdentityError error = failed.first().first().value<IdentityError>();
    QCOMPARE(error.kind, IdentityError::Kind::Server);
    QCOMPARE(error.error, QStringLiteral("invalid_grant"));
    QCOMPARE(error.codes, QList<int>{501481});
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(!signIn.isRunning());
    QCOMPARE(succeeded.size(), 0);
    // It sent its own verifier, the one of the challenge in the address it built.
    const QList<EmulatorRequest> token =
        requestsTo(QStringLiteral("token"), QStringLiteral("authorization_code"));
    QCOMPARE(token.size(), 1);
    const QByteArray verifier = bodyValue(token.first(), QStringLiteral("code_verifier")).toLatin1();
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(QString::fromLatin1(Pkce::challengeS256(verifier)),
             QUrlQuery(m_browser->authorizeUrl)
                 .queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded));
}

void TestSignIn::codeWithAnotherStateIsRefusedAndNeverRedeemed()
{
    m_browser->ignore = true; // the browser never comes back; another request does
    InteractiveSignIn signIn;
    signIn.setBrowser(m_browser->asBrowser());
    QSignalSpy succeeded(&signIn, &InteractiveSignIn::succeeded);
    QSignalSpy failed(&signIn, &InteractiveSignIn::failed);
    signIn.start(m_config);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->opened, 1, 5000);
    const QString redirectUri =
        QUrlQuery(m_browser->authorizeUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const quint16 port = quint16(QUrl(redirectUri).port());
    QVERIFY(port > 0);

    // A genuine code, issued for this sign-in's own challenge and redirect_uri.
    QNetworkAccessManager nam;
    QNetworkRequest authorize(m_browser->authorizeUrl);
    authorize.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(authorize);
    QSignalSpy authorized(reply, &QNetworkReply::finished);
    QVERIFY(authorized.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    // Brought to the listener with another state, over a plain socket.
    QTcpSocket socket;
    QByteArray page;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { page += socket.readAll(); });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /?code=" + QUrl::toPercentEncoding(code) +
                 "&state=forged-state HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    page += socket.readAll();
    QVERIFY2(page.startsWith("HTTP/1.1 200 OK\r\n"), page.left(200).constData());
    QVERIFY2(page.contains("does not belong"), page.constData());

    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<IdentityError>().kind, IdentityError::Kind::StateMismatch);
    QVERIFY(!signIn.isRunning());
    QTest::qWait(200);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(requestsTo(QStringLiteral("token")).size(), 0); // no token request was sent

    // One answer: nothing listens there any more.
    QTcpSocket again;
    again.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!again.waitForConnected(3000));

    // The code is still unspent at the server: a wrong verifier is told it does not match, not that the code
    // was already redeemed.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId());
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(Pkce::generateVerifier()));
    QSignalSpy refused(IdentityRequest::post(&nam, m_config.tokenUrl(), form), &IdentityRequest::failed);
    QVERIFY(refused.wait(5000));
    QCOMPARE(refused.first().first().value<IdentityError>().codes, QList<int>{501481});
}

int main(int argc, char *argv[])
{
    // A throwaway home for settings and anything else the code might write, scanned by noSecretInFilesOrLogs.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toUtf8());
    qunsetenv("QT_LOGGING_RULES"); // noSecretInFilesOrLogs turns every category on itself
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CloudPcConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signin"));
    TestSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signin.moc"
