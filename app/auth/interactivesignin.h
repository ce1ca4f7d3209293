#pragma once

#include "authconfig.h"
#include "identityerror.h"
#include "tokenresponse.h"

#include "loopbackreplyhandler.h"
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>

class IdentityRequest;

// Authorization code flow with PKCE (S256) in the system browser, the way MSAL does it for a public
// desktop client, written on QNetworkAccessManager like the device code flow (qtbase only): builds the
// authorize URL (client_id, response_type=code, redirect_uri http://localhost:{port}/, scope, state,
// code_challenge, prompt, login_hint, domain_hint, claims), opens the browser, takes the one answer of a
// LoopbackReplyHandler on 127.0.0.1 (state checked first), and redeems the code at the token endpoint with
// the verifier and the same redirect_uri (IdentityRequest). One attempt at a time; after failed() a new
// start() is a clean retry (new port, state and verifier).
class InteractiveSignIn : public QObject
{
    Q_OBJECT
public:
    // Opens the authorize URL; false when no browser could be started. Default: QDesktopServices::openUrl.
    using Browser = std::function<bool(const QUrl &)>;
    struct Request
    {
        QString loginHint;
        QString domainHint;
        QString claims; // Conditional Access claims JSON (decoded)
        QString prompt = QStringLiteral("select_account");
        QString tenant; // empty: the config's tenant
    };

    explicit InteractiveSignIn(QObject *parent = nullptr);
    ~InteractiveSignIn() override;

    void setBrowser(Browser browser) { m_browser = std::move(browser); }
    // How long to wait for the browser to come back (default 5 minutes): a closed tab ends here.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start(const AuthConfig &config) { start(config, Request()); }
    void start(const AuthConfig &config, const Request &request);
    void cancel();
    bool isRunning() const { return m_running; }
    // http://localhost:{port}/ of the running attempt.
    QString redirectUri() const { return m_redirectUri; }
    // The browser's page (success or the failure's reason) is still being written: a program about to exit
    // waits for pageDelivered() first.
    bool isDeliveringPage() const { return m_lingering && !m_lingering->isIdle(); }

Q_SIGNALS:
    // The browser was asked to open `url` (the dialog shows it, for copying when no browser appears).
    void waitingForBrowser(const QUrl &url);
    // No browser could be opened: the sign-in goes on waiting (until the timeout) for `url` to be opened by
    // hand in a browser on this computer (the answer comes back to the loopback listener here).
    void browserNotOpened(const QUrl &url);
    void succeeded(const TokenResponse &tokens);
    void failed(const IdentityError &error);
    // The browser's last page was written and its connection closed.
    void pageDelivered();

private:
    QUrl buildAuthorizeUrl(const Request &request) const;
    void openBrowser(const QUrl &url);
    void onCallback(const QVariantMap &values);
    void redeem(const QString &code);
    void onTokens(const QJsonObject &reply);
    void finish();
    void setReplyPage(const QString &title, const QString &text);
    void fail(const IdentityError &error);

    QNetworkAccessManager m_nam; // the token request's
    Browser m_browser;
    std::chrono::milliseconds m_timeout = std::chrono::minutes(5);
    QTimer m_timer;
    bool m_running = false;
    QPointer<IdentityRequest> m_tokenRequest; // once the code came
    QPointer<LoopbackReplyHandler> m_handler;
    QPointer<LoopbackReplyHandler> m_lingering; // a finished attempt's listener, until its page is out
    AuthConfig m_config;
    QUrl m_tokenUrl;
    QString m_redirectUri;
    QString m_claims; // sent with the token request too
    QByteArray m_verifier;
    QString m_state;
};
