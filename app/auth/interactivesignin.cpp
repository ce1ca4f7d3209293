#include "interactivesignin.h"

#include "authlogging.h"
#include "identityrequest.h"
#include "pkce.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonObject>
#include <QUrlQuery>

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
    // 127.0.0.1 only: on every interface anyone on the network could race the browser with a forged answer.
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
    m_redirectUri = m_handler->callback();
    m_verifier = Pkce::generateVerifier();
    m_state = QString::fromLatin1(Pkce::randomUrlSafe(32));
    m_tokenUrl = config.tokenUrl(request.tenant);
    m_claims = request.claims;
    connect(m_handler, &LoopbackReplyHandler::callbackReceived, this, &InteractiveSignIn::onCallback);
    m_running = true;
    m_timer.start(m_timeout);
    openBrowser(buildAuthorizeUrl(request));
}

QUrl InteractiveSignIn::buildAuthorizeUrl(const Request &request) const
{
    // Every parameter once, each value percent-encoded but for the unreserved characters: a '+' in a
    // login_hint would be a space to the server, and a claims JSON carries '"', '{', ':' and ','.
    QList<QPair<QString, QString>> parameters{
        {QStringLiteral("client_id"), m_config.clientId()},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        // The same value goes in the token request; app registrations list http://localhost.
        {QStringLiteral("redirect_uri"), m_redirectUri},
        {QStringLiteral("scope"), m_config.scopeString()},
        {QStringLiteral("state"), m_state},
        {QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(m_verifier))},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    if (!request.prompt.isEmpty())
        parameters.append({QStringLiteral("prompt"), request.prompt});
    if (!request.loginHint.isEmpty())
        parameters.append({QStringLiteral("login_hint"), request.loginHint});
    if (!request.domainHint.isEmpty())
        parameters.append({QStringLiteral("domain_hint"), request.domainHint});
    if (!request.claims.isEmpty())
        parameters.append({QStringLiteral("claims"), request.claims});
    QByteArray query;
    for (const auto &parameter : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(parameter.first) + '=' + QUrl::toPercentEncoding(parameter.second);
    }
    QUrl url = m_config.authorizeUrl(request.tenant);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void InteractiveSignIn::openBrowser(const QUrl &url)
{
    qCInfo(lcAuth) << "interactive sign-in: opening the browser at" << url.toString(QUrl::RemoveQuery)
                   << "reply to" << m_redirectUri;
    Q_EMIT waitingForBrowser(url);
    if (!m_running)
        return; // a slot cancelled it
    // Without a browser the listener stays open: the admin can copy the address into one (on this
    // computer), or cancel and use the device code sign-in.
    const bool opened = m_browser && m_browser(url);
    if (!opened && m_running) {
        qCWarning(lcAuth) << "interactive sign-in: no browser could be opened; waiting for the address to "
                             "be opened by hand";
        Q_EMIT browserNotOpened(url);
    }
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
    // Decoded as Qt 6.4's flow did: the handler leaves some characters percent-encoded.
    redeem(QUrl::fromPercentEncoding(values.value(QStringLiteral("code")).toString().toUtf8()));
}

void InteractiveSignIn::redeem(const QString &code)
{
    QUrlQuery form;
    auto add = [&form](const QString &name, QString value) {
        // QUrlQuery takes "%41" in a value for an encoded 'A': a '%' of the value itself goes in as "%25".
        form.addQueryItem(name, value.replace(QLatin1Char('%'), QLatin1String("%25")));
    };
    add(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    add(QStringLiteral("client_id"), m_config.clientId());
    add(QStringLiteral("code"), code);
    add(QStringLiteral("redirect_uri"), m_redirectUri);
    add(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    add(QStringLiteral("scope"), m_config.scopeString());
    if (!m_claims.isEmpty())
        add(QStringLiteral("claims"), m_claims);
    m_tokenRequest = IdentityRequest::post(&m_nam, m_tokenUrl, form, this);
    connect(m_tokenRequest, &IdentityRequest::succeeded, this, &InteractiveSignIn::onTokens);
    connect(m_tokenRequest, &IdentityRequest::failed, this, [this](const IdentityError &error) {
        m_tokenRequest = nullptr; // it deletes itself
        if (m_running)
            fail(error);
    });
}

void InteractiveSignIn::onTokens(const QJsonObject &reply)
{
    m_tokenRequest = nullptr; // it deletes itself
    if (!m_running)
        return;
    QString problem;
    const std::optional<TokenResponse> tokens = TokenResponse::fromReply(reply, &problem);
    if (!tokens) {
        fail(IdentityError::local(IdentityError::Kind::InvalidReply, problem));
        return;
    }
    qCInfo(lcAuth) << "interactive sign-in: tokens received";
    finish();
    Q_EMIT succeeded(*tokens);
}

void InteractiveSignIn::fail(const IdentityError &error)
{
    qCInfo(lcAuth) << "interactive sign-in failed:" << error.summary();
    finish();
    Q_EMIT failed(error);
}

void InteractiveSignIn::finish()
{
    m_running = false;
    m_timer.stop();
    if (m_tokenRequest) {
        m_tokenRequest->disconnect(this);
        m_tokenRequest->abort();
        m_tokenRequest = nullptr;
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
    m_claims.clear();
}

void InteractiveSignIn::setReplyPage(const QString &title, const QString &text)
{
    if (m_handler)
        m_handler->setCallbackText(
            QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
                .arg(title.toHtmlEscaped(), text.toHtmlEscaped(),
                     tr("You can close this tab and try again from Cloud PC Console.").toHtmlEscaped()));
}
