#include "interactivesignin.h"

#include "authlogging.h"
#include "pkce.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

InteractiveSignIn::InteractiveSignIn(QObject *parent)
    : QObject(parent)
    , m_browser([](const QUrl &url) {
        // QDesktopServices needs a GUI application; cloudpcctl plugs its own browser (it prints the URL).
        return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) &&
               QDesktopServices::openUrl(url);
    })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(IdentityError::local(
            IdentityError::Kind::Timeout,
            tr("No answer came back from the browser within %n minute(s). If the browser tab was closed, "
               "sign in again.",
               nullptr, int(qMax<qint64>(1, m_timeout.count() / 60000)))));
    });
    connect(&m_nam, &QNetworkAccessManager::finished, this, &InteractiveSignIn::onNetworkReply);
}

InteractiveSignIn::~InteractiveSignIn()
{
    finish();
}

void InteractiveSignIn::start(const AuthConfig &config, const Request &request)
{
    finish();
    const QString problem = config.validate();
    if (!problem.isEmpty()) {
        Q_EMIT failed(IdentityError::local(IdentityError::Kind::Configuration, problem));
        return;
    }
    m_config = config;
    // 127.0.0.1 only: Qt's port-only constructor listens on every interface, where anyone on the network
    // could race the browser with a forged answer.
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->listen()) {
        delete m_handler;
        Q_EMIT failed(IdentityError::local(IdentityError::Kind::Browser,
                                           tr("The console could not listen on a loopback port for the "
                                              "browser's answer. Use the device code sign-in instead.")));
        return;
    }
    // The page of a code that is still to be redeemed: the console itself tells how sign-in ended.
    m_handler->setCallbackText(
        QStringLiteral("<h1>%1</h1><p>%2</p>")
            .arg(tr("Cloud PC Console").toHtmlEscaped(),
                 tr("The console received the answer of the sign-in page and shows there whether you are "
                    "signed in. You can close this tab.")
                     .toHtmlEscaped()));
    m_redirectUri = QStringLiteral("http://localhost:%1/").arg(m_handler->port());
    m_verifier = Pkce::generateVerifier();
    m_state = QString::fromLatin1(Pkce::randomUrlSafe(32));
    m_tokenUrl = config.tokenUrl(request.tenant);

    m_flow = new QOAuth2AuthorizationCodeFlow(&m_nam, this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(config.authorizeUrl(request.tenant));
    m_flow->setAccessTokenUrl(m_tokenUrl);
    m_flow->setClientIdentifier(config.clientId());
    m_flow->setScope(config.scopeString());
    m_flow->setState(m_state);

    const QString redirectUri = m_redirectUri;
    const QByteArray verifier = m_verifier;
    const QString scope = config.scopeString();
    m_flow->setModifyParametersFunction([=](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            // callback() is always http://127.0.0.1:{port}/ in Qt 6.4; app registrations list localhost.
            p->replace(QStringLiteral("redirect_uri"), redirectUri);
            p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(verifier)));
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!request.prompt.isEmpty())
                p->insert(QStringLiteral("prompt"), request.prompt);
            if (!request.loginHint.isEmpty())
                p->insert(QStringLiteral("login_hint"), request.loginHint);
            if (!request.domainHint.isEmpty())
                p->insert(QStringLiteral("domain_hint"), request.domainHint);
            if (!request.claims.isEmpty())
                p->insert(QStringLiteral("claims"), request.claims);
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            // Qt 6.4 percent-encodes the token request's values itself before building the body.
            p->replace(QStringLiteral("redirect_uri"), QUrl::toPercentEncoding(redirectUri));
            p->insert(QStringLiteral("code_verifier"), verifier);
            p->insert(QStringLiteral("scope"), QUrl::toPercentEncoding(scope));
            if (!request.claims.isEmpty())
                p->insert(QStringLiteral("claims"), QUrl::toPercentEncoding(request.claims));
        }
    });
    // Connected before the flow's own handler (which it connects in grant()): sees every callback first.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &InteractiveSignIn::onCallback);
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &InteractiveSignIn::onTokens);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
            [this](const QUrl &url) {
                qCInfo(lcAuth) << "interactive sign-in: opening the browser at"
                               << url.toString(QUrl::RemoveQuery) << "reply to" << m_redirectUri;
                Q_EMIT waitingForBrowser(url);
                // Without a browser the listener stays open: the admin can copy the address into one (on this
                // computer), or cancel and use the device code sign-in.
                if (!m_browser || !m_browser(url)) {
                    qCWarning(lcAuth)
                        << "interactive sign-in: no browser could be opened; waiting for the address to "
                           "be opened by hand";
                    Q_EMIT browserNotOpened(url);
                }
            });
    m_timer.start(m_timeout);
    m_flow->grant();
}

void InteractiveSignIn::cancel()
{
    if (isRunning())
        fail(IdentityError::local(IdentityError::Kind::Cancelled, tr("Sign-in was cancelled.")));
}

void InteractiveSignIn::onCallback(const QVariantMap &values)
{
    // state first: an answer without this sign-in's state is not its answer, whatever it says (an error
    // redirect included), so a forged request cannot end the sign-in as a failure of its own making.
    const QString state = QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toByteArray());
    if (state.isEmpty() || state != m_state) {
        setReplyPage(tr("Sign-in failed"), tr("This answer does not belong to the console's sign-in."));
        fail(IdentityError::local(IdentityError::Kind::StateMismatch,
                                  tr("The browser's answer did not carry this sign-in's state, so it was "
                                     "refused. Sign in again.")));
        return;
    }
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const IdentityError identityError =
            IdentityError::fromRedirect(error, values.value(QStringLiteral("error_description")).toString());
        setReplyPage(tr("Sign-in failed"), identityError.summary());
        fail(identityError);
        return;
    }
    if (values.value(QStringLiteral("code")).toString().isEmpty()) {
        setReplyPage(tr("Sign-in failed"), tr("No authorization code came back."));
        fail(IdentityError::local(IdentityError::Kind::MissingCode,
                                  tr("The browser's answer carried no authorization code. Sign in again.")));
        return;
    }
    qCInfo(lcAuth) << "interactive sign-in: authorization code received, redeeming it";
    // The flow redeems the code (with the verifier, through the parameter hook).
}

void InteractiveSignIn::onTokens(const QVariantMap &values)
{
    if (!isRunning())
        return;
    QString problem;
    const std::optional<TokenResponse> tokens =
        TokenResponse::fromReply(QJsonObject::fromVariantMap(values), &problem);
    if (!tokens) {
        fail(IdentityError::local(IdentityError::Kind::InvalidReply, problem));
        return;
    }
    qCInfo(lcAuth) << "interactive sign-in: tokens received";
    finish();
    Q_EMIT succeeded(*tokens);
}

void InteractiveSignIn::onNetworkReply(QNetworkReply *reply)
{
    // Qt 6.4's reply handler drops token endpoint errors with a warning: read them here instead.
    if (!isRunning() || reply->error() == QNetworkReply::NoError)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    fail(IdentityError::fromReply(status, reply->readAll(), reply->errorString()));
}

void InteractiveSignIn::fail(const IdentityError &error)
{
    qCInfo(lcAuth) << "interactive sign-in failed:" << error.summary();
    finish();
    Q_EMIT failed(error);
}

void InteractiveSignIn::finish()
{
    m_timer.stop();
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->setModifyParametersFunction({});
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->disconnect(this);
        // Stop listening, but keep the object until its page is out: this may run inside its callback,
        // before the page was written, and deleting it would drop the browser's connection unanswered.
        m_handler->close();
        if (m_lingering)
            m_lingering->deleteLater();
        m_lingering = m_handler;
        LoopbackReplyHandler *handler = m_handler;
        if (handler->isIdle()) {
            handler->deleteLater();
        } else {
            connect(handler, &LoopbackReplyHandler::idle, this, [this, handler] {
                handler->deleteLater();
                Q_EMIT pageDelivered();
            });
        }
        m_handler = nullptr;
    }
    m_verifier.fill('\0');
    m_verifier.clear();
    m_state.clear();
}

void InteractiveSignIn::setReplyPage(const QString &title, const QString &text)
{
    if (m_handler)
        m_handler->setCallbackText(
            QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
                .arg(title.toHtmlEscaped(), text.toHtmlEscaped(),
                     tr("You can close this tab and try again from Cloud PC Console.").toHtmlEscaped()));
}
