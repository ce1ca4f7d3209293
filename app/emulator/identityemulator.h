#pragma once

#include "httpexchange.h"
#include "httplistener.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QUrl>
#include <chrono>
#include <optional>

class GraphEmulator;

// The Microsoft identity platform (login.microsoftonline.com) on loopback, for tests and the demo: the v2.0
// authorize (no UI: the "user" signs in at once), token and devicecode endpoints, with PKCE (S256), refresh
// token rotation, the device code polling rules and the platform's error shape. Every access token it mints
// is made valid on the GraphEmulator given to it. Like the Graph side, it knows nothing of the client code.
class IdentityEmulator : public HttpListener
{
    Q_OBJECT
public:
    // The user who "signs in" in the browser (or approves a device code).
    struct User
    {
        QString objectId;
        QString tenantId;
        QString username; // preferred_username
        QString name;
    };
    // What the token endpoint answers to the next refresh_token grant, instead of tokens.
    struct ForcedError
    {
        QString error;       // "invalid_grant", "interaction_required"
        QString description; // "AADSTS70008: …"
        int code = 0;        // 70008
    };
    enum class DeviceCodeState { Pending, Approved, Declined, Expired, Redeemed };

    IdentityEmulator(GraphEmulator *graph, QObject *parent = nullptr);

    bool start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:{port}: the authority host (the tenant goes in the path).
    QUrl baseUrl() const;

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    User user() const { return m_user; }
    void setUser(const User &user) { m_user = user; }
    std::chrono::seconds accessTokenLifetime() const { return m_accessTokenLifetime; }
    void setAccessTokenLifetime(std::chrono::seconds lifetime) { m_accessTokenLifetime = lifetime; }
    // The interval the devicecode endpoint asks for (seconds, rounded up) and below which polling is
    // answered slow_down.
    void setDeviceCodePollInterval(std::chrono::milliseconds interval) { m_deviceInterval = interval; }
    void setDeviceCodeLifetime(std::chrono::seconds lifetime) { m_deviceLifetime = lifetime; }
    // What each slow_down adds to the interval that device code's polls must keep (RFC 8628: 5 s, for
    // this and every later poll).
    void setDeviceCodeSlowDownIncrement(std::chrono::milliseconds increment)
    {
        m_slowDownIncrement = increment;
    }

    // The next authorize request redirects with this error instead of a code (e.g. access_denied,
    // "AADSTS65004: User declined to consent to access the app.").
    void failNextAuthorize(const ForcedError &error) { m_nextAuthorizeError = error; }
    // The next refresh_token grant fails with this error (the refresh token stays unusable afterwards
    // for invalid_grant, as when it was revoked).
    void failNextRefresh(const ForcedError &error) { m_nextRefreshError = error; }
    void revokeRefreshTokens() { m_refreshTokens.clear(); }
    // Every token request is answered with this instead (an outage: a 502 HTML page, or a 200 that is not
    // JSON) until cleared with std::nullopt.
    struct Outage
    {
        int status = 502;
        QByteArray contentType = "text/html";
        QByteArray body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    };
    void setTokenOutage(const std::optional<Outage> &outage) { m_tokenOutage = outage; }

    // Device code flow, as the user at the verification page would act. By user code; false when unknown.
    bool approveDeviceCode(const QString &userCode);
    bool declineDeviceCode(const QString &userCode);
    bool expireDeviceCode(const QString &userCode);
    QString lastUserCode() const { return m_lastUserCode; }
    std::optional<DeviceCodeState> deviceCodeState(const QString &userCode) const;

    // Every request received, in order.
    const QList<EmulatorRequest> &journal() const { return m_journal; }
    void clearJournal() { m_journal.clear(); }
    // Every token string minted so far (access, refresh, id tokens, authorization and device codes): tests
    // look for them where they must not be. Each carries SecretMarker::kMarker (secretmarker.h).
    const QStringList &issuedSecrets() const { return m_issuedSecrets; }

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);
    void deviceCodeIssued(const QString &userCode);

protected:
    void handleRequest(const EmulatorRequest &request, QTcpSocket *socket) override;

private:
    struct Grant
    {
        QString clientId;
        QString scope;
        User user;
        bool satisfiesClaims = false;
    };
    struct AuthorizationCode
    {
        Grant grant;
        QString redirectUri;
        QString codeChallenge;
        QDateTime expiresUtc;
    };
    struct DeviceAuthorization
    {
        Grant grant;
        QString userCode;
        DeviceCodeState state = DeviceCodeState::Pending;
        QDateTime expiresUtc;
        QDateTime lastPollUtc;
        std::chrono::milliseconds interval{0}; // grows by the slow-down increment at each slow_down
    };

    EmulatorResponse route(const EmulatorRequest &request);
    EmulatorResponse authorize(const EmulatorRequest &request, const QString &tenant);
    EmulatorResponse token(const EmulatorRequest &request, const QString &tenant);
    EmulatorResponse deviceCode(const EmulatorRequest &request, const QString &tenant);
    EmulatorResponse deviceLoginPage(const EmulatorRequest &request);
    EmulatorResponse redeemCode(const QUrlQuery &form);
    EmulatorResponse redeemRefreshToken(const QUrlQuery &form);
    EmulatorResponse redeemDeviceCode(const QUrlQuery &form);
    EmulatorResponse issueTokens(const Grant &grant, const QString &tenant);
    EmulatorResponse identityError(int status, const QString &error, const QString &description,
                                   int code) const;
    QString idToken(const Grant &grant, const QString &tenant);
    QString mint(const QString &prefix, int randomBytes);
    DeviceAuthorization *deviceByUserCode(const QString &userCode);
    const DeviceAuthorization *deviceByUserCode(const QString &userCode) const;

    GraphEmulator *m_graph;
    quint16 m_port = 0;
    QString m_clientId = QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");
    User m_user;
    std::chrono::seconds m_accessTokenLifetime = std::chrono::hours(1);
    std::chrono::milliseconds m_deviceInterval = std::chrono::seconds(5);
    std::chrono::milliseconds m_slowDownIncrement = std::chrono::seconds(5);
    std::chrono::seconds m_deviceLifetime = std::chrono::minutes(15);
    std::optional<ForcedError> m_nextAuthorizeError;
    std::optional<ForcedError> m_nextRefreshError;
    std::optional<Outage> m_tokenOutage;
    QHash<QString, AuthorizationCode> m_codes;     // one use each
    QHash<QString, Grant> m_refreshTokens;         // rotated on use
    QHash<QString, DeviceAuthorization> m_devices; // by device_code
    QString m_lastUserCode;
    QString m_currentCorrelationId;
    QList<EmulatorRequest> m_journal;
    QStringList m_issuedSecrets;
};
