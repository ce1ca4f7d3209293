#include "identityemulator.h"

#include "graphemulator.h"
#include "secretmarker.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>

namespace {
const QString kDefaultObjectId = QStringLiteral("6f1c2e4a-0b9d-4c51-9e7a-3d2f8b1a0c55");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

// A form body (application/x-www-form-urlencoded): '+' is a space there.
QUrlQuery formOf(const QByteArray &body)
{
    QByteArray normalized = body;
    normalized.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(normalized));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

// http://localhost:{port}/ or http://127.0.0.1:{port}/ (the port is free, as Entra ignores it for loopback).
bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0)
        return false;
    const QString host = url.host();
    if (host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1") &&
        host != QLatin1String("::1"))
        return false;
    return url.path().isEmpty() || url.path() == QLatin1String("/");
}

bool isValidVerifier(const QString &verifier)
{
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return unreserved.match(verifier).hasMatch();
}

EmulatorResponse html(int status, const QString &title, const QString &text)
{
    EmulatorResponse response;
    response.status = status;
    response.body = QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1>"
                                   "<p>%2</p></body></html>")
                        .arg(title.toHtmlEscaped(), text)
                        .toUtf8();
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    return response;
}
} // namespace

IdentityEmulator::IdentityEmulator(GraphEmulator *graph, QObject *parent)
    : HttpListener(parent)
    , m_graph(graph)
{
    m_user.objectId = kDefaultObjectId;
    m_user.tenantId = graph ? graph->tenant().tenantId() : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString domain = graph ? graph->tenant().domain() : QStringLiteral("contoso.example");
    m_user.username = QStringLiteral("admin@") + domain;
    m_user.name = QStringLiteral("Demo Administrator");
}

bool IdentityEmulator::start(quint16 port, const QHostAddress &address)
{
    m_port = listen(address, port);
    return m_port != 0;
}

QUrl IdentityEmulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void IdentityEmulator::handleRequest(const EmulatorRequest &request, QTcpSocket *socket)
{
    EmulatorRequest received = request;
    received.time = QDateTime::currentDateTimeUtc();
    m_journal.append(received);

    const QByteArray clientRequestId = received.header("client-request-id");
    m_currentCorrelationId = clientRequestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                       : QString::fromLatin1(clientRequestId);
    EmulatorResponse response = route(received);
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("x-ms-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!clientRequestId.isEmpty())
        response.setHeader("client-request-id", clientRequestId);
    socket->write(response.toHttp());
    Q_EMIT requestReceived(received.method, received.url.path());
}

EmulatorResponse IdentityEmulator::route(const EmulatorRequest &request)
{
    static const QRegularExpression endpoint(
        QStringLiteral("^/([^/]+)/oauth2/v2\\.0/(authorize|token|devicecode)$"));
    const QString path = request.url.path();
    if (path == QLatin1String("/devicelogin"))
        return deviceLoginPage(request);
    const QRegularExpressionMatch match = endpoint.match(path);
    if (!match.hasMatch())
        return identityError(404, QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS900561: The endpoint only accepts POST, OPTIONS requests "
                                            "or the path '%1' does not exist.")
                                 .arg(path),
                             900561);
    const QString tenant = match.captured(1);
    const QString name = match.captured(2);
    if (name == QLatin1String("authorize")) {
        if (request.method != "GET")
            return identityError(405, QStringLiteral("invalid_request"),
                                 QStringLiteral("AADSTS900561: The endpoint only accepts GET requests."),
                                 900561);
        return authorize(request, tenant);
    }
    if (request.method != "POST")
        return identityError(405, QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS900561: The endpoint only accepts POST requests."),
                             900561);
    if (name == QLatin1String("token"))
        return token(request, tenant);
    return deviceCode(request, tenant);
}

EmulatorResponse IdentityEmulator::authorize(const EmulatorRequest &request, const QString &tenant)
{
    Q_UNUSED(tenant);
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    if (clientId != m_clientId)
        return identityError(400, QStringLiteral("unauthorized_client"),
                             QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in "
                                            "the directory.")
                                 .arg(clientId),
                             700016);
    const QUrl redirectUri(request.queryValue(QStringLiteral("redirect_uri")));
    if (!isLoopbackRedirect(redirectUri))
        return identityError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("AADSTS50011: The redirect URI '%1' specified in the request does "
                           "not match the redirect URIs configured for the application.")
                .arg(redirectUri.toString()),
            50011);

    const QString state = request.queryValue(QStringLiteral("state"));
    auto redirect = [&](QUrlQuery query) {
        if (!state.isEmpty())
            query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
        QUrl target = redirectUri;
        target.setQuery(query);
        EmulatorResponse response;
        response.status = 302;
        response.setHeader("Location", target.toEncoded());
        return response;
    };
    auto errorRedirect = [&](const QString &error, const QString &description) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("error"), error);
        query.addQueryItem(QStringLiteral("error_description"),
                           QString::fromLatin1(QUrl::toPercentEncoding(description)));
        return redirect(query);
    };

    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return errorRedirect(QStringLiteral("unsupported_response_type"),
                             QStringLiteral("AADSTS700054: response_type '%1' is not enabled for the "
                                            "application.")
                                 .arg(request.queryValue(QStringLiteral("response_type"))));
    const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
    if (challenge.isEmpty() ||
        request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return errorRedirect(QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS9002325: Proof Key for Code Exchange is required: send "
                                            "code_challenge with code_challenge_method S256."));
    const QString scope = request.queryValue(QStringLiteral("scope"));
    if (scope.trimmed().isEmpty())
        return errorRedirect(QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS900144: The request body must contain the following "
                                            "parameter: 'scope'."));
    if (m_nextAuthorizeError) {
        const ForcedError forced = *m_nextAuthorizeError;
        m_nextAuthorizeError.reset();
        return errorRedirect(forced.error, forced.description);
    }

    AuthorizationCode code;
    code.grant.clientId = clientId;
    code.grant.scope = scope;
    code.grant.user = m_user;
    code.grant.satisfiesClaims = !request.queryValue(QStringLiteral("claims")).isEmpty();
    code.redirectUri = redirectUri.toString();
    code.codeChallenge = challenge;
    code.expiresUtc = QDateTime::currentDateTimeUtc().addSecs(600);
    const QString value = mint(QStringLiteral("emu-code-"), 32);
    m_codes.insert(value, code);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), value);
    query.addQueryItem(QStringLiteral("session_state"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return redirect(query);
}

EmulatorResponse IdentityEmulator::token(const EmulatorRequest &request, const QString &tenant)
{
    if (m_tokenOutage) {
        // What a proxy or a broken gateway in front of the login host sends: not the platform's JSON.
        EmulatorResponse response;
        response.status = m_tokenOutage->status;
        response.body = m_tokenOutage->body;
        response.setHeader("Content-Type", m_tokenOutage->contentType);
        return response;
    }
    const QUrlQuery form = formOf(request.body);
    const QString clientId = formValue(form, QStringLiteral("client_id"));
    if (clientId != m_clientId)
        return identityError(400, QStringLiteral("unauthorized_client"),
                             QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in "
                                            "the directory.")
                                 .arg(clientId),
                             700016);
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    EmulatorResponse response;
    if (grantType == QLatin1String("authorization_code"))
        response = redeemCode(form);
    else if (grantType == QLatin1String("refresh_token"))
        response = redeemRefreshToken(form);
    else if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        response = redeemDeviceCode(form);
    else
        return identityError(
            400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("AADSTS70003: The app requested an unsupported grant type '%1'.").arg(grantType),
            70003);
    Q_UNUSED(tenant); // tokens carry the user's home tenant, as with "organizations"
    return response;
}

EmulatorResponse IdentityEmulator::redeemCode(const QUrlQuery &form)
{
    const QString value = formValue(form, QStringLiteral("code"));
    if (value.isEmpty())
        return identityError(400, QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS900144: The request body must contain the following "
                                            "parameter: 'code'."),
                             900144);
    const auto it = m_codes.constFind(value);
    if (it == m_codes.constEnd())
        return identityError(400, QStringLiteral("invalid_grant"),
                             QStringLiteral("AADSTS54005: OAuth2 Authorization code was already redeemed, "
                                            "please retry with a new valid code or use an existing refresh "
                                            "token."),
                             54005);
    const AuthorizationCode code = *it;
    m_codes.erase(it); // one attempt per code, as a guessed verifier must not get a second try
    if (code.expiresUtc <= QDateTime::currentDateTimeUtc())
        return identityError(400, QStringLiteral("invalid_grant"),
                             QStringLiteral("AADSTS70008: The provided authorization code or refresh token "
                                            "has expired due to inactivity."),
                             70008);
    if (formValue(form, QStringLiteral("redirect_uri")) != code.redirectUri)
        return identityError(400, QStringLiteral("invalid_grant"),
                             QStringLiteral("AADSTS50148: The redirect_uri '%1' does not match the one used "
                                            "to obtain the authorization code.")
                                 .arg(formValue(form, QStringLiteral("redirect_uri"))),
                             50148);
    const QString verifier = formValue(form, QStringLiteral("code_verifier"));
    if (!isValidVerifier(verifier))
        return identityError(400, QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS501491: Invalid size of Code_Verifier parameter."),
                             501491);
    const QByteArray expected =
        base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
    if (expected != code.codeChallenge.toLatin1())
        return identityError(400, QStringLiteral("invalid_grant"),
                             QStringLiteral("AADSTS501481: The Code_Verifier does not match the "
                                            "code_challenge supplied in the authorization request."),
                             501481);
    return issueTokens(code.grant, code.grant.user.tenantId);
}

EmulatorResponse IdentityEmulator::redeemRefreshToken(const QUrlQuery &form)
{
    const QString value = formValue(form, QStringLiteral("refresh_token"));
    if (value.isEmpty())
        return identityError(400, QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS900144: The request body must contain the following "
                                            "parameter: 'refresh_token'."),
                             900144);
    if (m_nextRefreshError) {
        const ForcedError forced = *m_nextRefreshError;
        m_nextRefreshError.reset();
        if (forced.error == QLatin1String("invalid_grant"))
            m_refreshTokens.remove(value);
        return identityError(400, forced.error, forced.description, forced.code);
    }
    const auto it = m_refreshTokens.constFind(value);
    if (it == m_refreshTokens.constEnd())
        return identityError(400, QStringLiteral("invalid_grant"),
                             QStringLiteral("AADSTS70008: The provided authorization code or refresh token "
                                            "has expired due to inactivity or was already used."),
                             70008);
    Grant grant = *it;
    m_refreshTokens.erase(it); // rotation: the old refresh token is spent
    const QString scope = formValue(form, QStringLiteral("scope"));
    if (!scope.isEmpty())
        grant.scope = scope;
    grant.satisfiesClaims = false; // a silent refresh cannot satisfy a new Conditional Access challenge
    return issueTokens(grant, grant.user.tenantId);
}

EmulatorResponse IdentityEmulator::redeemDeviceCode(const QUrlQuery &form)
{
    const QString value = formValue(form, QStringLiteral("device_code"));
    const auto it = m_devices.find(value);
    if (value.isEmpty() || it == m_devices.end())
        return identityError(400, QStringLiteral("bad_verification_code"),
                             QStringLiteral("AADSTS70000: The device code is not valid."), 70000);
    DeviceAuthorization &device = *it;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool tooFast = device.lastPollUtc.msecsTo(now) < qint64(device.interval.count());
    device.lastPollUtc = now;
    if (device.expiresUtc <= now && device.state == DeviceCodeState::Pending)
        device.state = DeviceCodeState::Expired;
    switch (device.state) {
    case DeviceCodeState::Expired:
        return identityError(400, QStringLiteral("expired_token"),
                             QStringLiteral("AADSTS70019: Verification code expired."), 70019);
    case DeviceCodeState::Declined:
        return identityError(400, QStringLiteral("authorization_declined"),
                             QStringLiteral("AADSTS70000: The user declined the sign-in request."), 70000);
    case DeviceCodeState::Redeemed:
        return identityError(400, QStringLiteral("invalid_grant"),
                             QStringLiteral("AADSTS54005: The device code was already redeemed."), 54005);
    case DeviceCodeState::Pending:
    case DeviceCodeState::Approved:
        break;
    }
    if (tooFast) {
        device.interval += m_slowDownIncrement;
        return identityError(400, QStringLiteral("slow_down"),
                             QStringLiteral("AADSTS70016: Polling too frequently: wait the interval, plus 5 "
                                            "seconds, between requests."),
                             70016);
    }
    if (device.state == DeviceCodeState::Pending)
        return identityError(400, QStringLiteral("authorization_pending"),
                             QStringLiteral("AADSTS70016: OAuth 2.0 device flow error. Authorization is "
                                            "pending. Continue polling."),
                             70016);
    device.state = DeviceCodeState::Redeemed;
    return issueTokens(device.grant, device.grant.user.tenantId);
}

EmulatorResponse IdentityEmulator::deviceCode(const EmulatorRequest &request, const QString &tenant)
{
    Q_UNUSED(tenant);
    const QUrlQuery form = formOf(request.body);
    const QString clientId = formValue(form, QStringLiteral("client_id"));
    if (clientId != m_clientId)
        return identityError(400, QStringLiteral("unauthorized_client"),
                             QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in "
                                            "the directory.")
                                 .arg(clientId),
                             700016);
    const QString scope = formValue(form, QStringLiteral("scope"));
    if (scope.trimmed().isEmpty())
        return identityError(400, QStringLiteral("invalid_request"),
                             QStringLiteral("AADSTS900144: The request body must contain the following "
                                            "parameter: 'scope'."),
                             900144);
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString userCode;
    for (int i = 0; i < 9; ++i)
        userCode += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    DeviceAuthorization device;
    device.grant.clientId = clientId;
    device.grant.scope = scope;
    device.grant.user = m_user;
    device.userCode = userCode;
    device.lastPollUtc = QDateTime::currentDateTimeUtc();
    device.interval = m_deviceInterval;
    device.expiresUtc = device.lastPollUtc.addSecs(m_deviceLifetime.count());
    const QString deviceCodeValue = mint(QStringLiteral("emu-dc-"), 32);
    m_devices.insert(deviceCodeValue, device);
    m_lastUserCode = userCode;

    QUrl verification = baseUrl();
    verification.setPath(QStringLiteral("/devicelogin"));
    const qint64 intervalSeconds = qMax<qint64>(1, (m_deviceInterval.count() + 999) / 1000);
    QJsonObject reply{
        {QStringLiteral("device_code"), deviceCodeValue},
        {QStringLiteral("user_code"), userCode},
        {QStringLiteral("verification_uri"), verification.toString()},
        {QStringLiteral("expires_in"), qint64(m_deviceLifetime.count())},
        {QStringLiteral("interval"), intervalSeconds},
        {QStringLiteral("message"),
         QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                        "authenticate.")
             .arg(verification.toString(), userCode)}};
    Q_EMIT deviceCodeIssued(userCode);
    return EmulatorResponse::json(200, QJsonDocument(reply));
}

EmulatorResponse IdentityEmulator::deviceLoginPage(const EmulatorRequest &request)
{
    const QString userCode = request.queryValue(QStringLiteral("otc")).trimmed().toUpper();
    if (userCode.isEmpty())
        return html(200, QStringLiteral("Enter code"),
                    QStringLiteral("<form method=\"get\"><input name=\"otc\" autofocus>"
                                   "<button type=\"submit\">Next</button></form>"));
    if (!approveDeviceCode(userCode))
        return html(400, QStringLiteral("Enter code"),
                    QStringLiteral("The code you entered has expired or is not valid. Try again."));
    return html(200, QStringLiteral("Cloud PC Console"),
                QStringLiteral("You have signed in as %1 on your device. You may now close this window.")
                    .arg(m_user.username.toHtmlEscaped()));
}

EmulatorResponse IdentityEmulator::issueTokens(const Grant &grant, const QString &tenant)
{
    const QString accessToken = mint(QStringLiteral("emu-at-"), 24);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_accessTokenLifetime.count());
    if (m_graph)
        m_graph->acceptAccessToken(accessToken, expires, grant.satisfiesClaims);
    QStringList scopes = grant.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool offline = scopes.removeAll(QStringLiteral("offline_access")) > 0;
    QJsonObject reply{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                      {QStringLiteral("expires_in"), qint64(m_accessTokenLifetime.count())},
                      {QStringLiteral("ext_expires_in"), qint64(m_accessTokenLifetime.count())},
                      {QStringLiteral("access_token"), accessToken},
                      {QStringLiteral("id_token"), idToken(grant, tenant)}};
    if (offline) {
        const QString refreshToken = mint(QStringLiteral("emu-rt-"), 48);
        m_refreshTokens.insert(refreshToken, grant);
        reply.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    return EmulatorResponse::json(200, QJsonDocument(reply));
}

QString IdentityEmulator::idToken(const Grant &grant, const QString &tenant)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("emulator")}};
    const QJsonObject payload{
        {QStringLiteral("aud"), grant.clientId},
        {QStringLiteral("iss"), baseUrl().toString() + QLatin1Char('/') + tenant + QStringLiteral("/v2.0")},
        {QStringLiteral("iat"), now.toSecsSinceEpoch()},
        {QStringLiteral("nbf"), now.toSecsSinceEpoch()},
        {QStringLiteral("exp"), now.addSecs(m_accessTokenLifetime.count()).toSecsSinceEpoch()},
        {QStringLiteral("name"), grant.user.name},
        {QStringLiteral("oid"), grant.user.objectId},
        {QStringLiteral("preferred_username"), grant.user.username},
        {QStringLiteral("sub"), QString::fromLatin1(base64Url(grant.user.objectId.toUtf8()))},
        {QStringLiteral("tid"), grant.user.tenantId},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
    // The signature part is base64url; the marker, base64url characters too, opens it.
    const QString value =
        QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                            base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.') +
        SecretMarker::mark(QString(), QString::fromLatin1(base64Url(randomBytes(32))));
    m_issuedSecrets.append(value);
    return value;
}

EmulatorResponse IdentityEmulator::identityError(int status, const QString &error, const QString &description,
                                                 int code) const
{
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    QJsonArray codes;
    if (code != 0)
        codes.append(code);
    const QJsonObject body{{QStringLiteral("error"), error},
                           {QStringLiteral("error_description"),
                            QStringLiteral("%1\r\nTrace ID: %2\r\nCorrelation ID: %3\r\nTimestamp: %4")
                                .arg(description, traceId, m_currentCorrelationId, timestamp)},
                           {QStringLiteral("error_codes"), codes},
                           {QStringLiteral("timestamp"), timestamp},
                           {QStringLiteral("trace_id"), traceId},
                           {QStringLiteral("correlation_id"), m_currentCorrelationId},
                           {QStringLiteral("error_uri"),
                            baseUrl().toString() + QStringLiteral("/error?code=") + QString::number(code)}};
    EmulatorResponse response = EmulatorResponse::json(status, QJsonDocument(body));
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

QString IdentityEmulator::mint(const QString &prefix, int count)
{
    const QString value = SecretMarker::mark(prefix, QString::fromLatin1(base64Url(randomBytes(count))));
    m_issuedSecrets.append(value);
    return value;
}

IdentityEmulator::DeviceAuthorization *IdentityEmulator::deviceByUserCode(const QString &userCode)
{
    for (DeviceAuthorization &device : m_devices) {
        if (device.userCode == userCode)
            return &device;
    }
    return nullptr;
}

const IdentityEmulator::DeviceAuthorization *IdentityEmulator::deviceByUserCode(const QString &userCode) const
{
    for (const DeviceAuthorization &device : m_devices) {
        if (device.userCode == userCode)
            return &device;
    }
    return nullptr;
}

bool IdentityEmulator::approveDeviceCode(const QString &userCode)
{
    DeviceAuthorization *device = deviceByUserCode(userCode);
    if (!device || device->state != DeviceCodeState::Pending ||
        device->expiresUtc <= QDateTime::currentDateTimeUtc())
        return false;
    device->state = DeviceCodeState::Approved;
    device->grant.user = m_user;
    return true;
}

bool IdentityEmulator::declineDeviceCode(const QString &userCode)
{
    DeviceAuthorization *device = deviceByUserCode(userCode);
    if (!device || device->state != DeviceCodeState::Pending)
        return false;
    device->state = DeviceCodeState::Declined;
    return true;
}

bool IdentityEmulator::expireDeviceCode(const QString &userCode)
{
    DeviceAuthorization *device = deviceByUserCode(userCode);
    if (!device || device->state == DeviceCodeState::Redeemed)
        return false;
    device->state = DeviceCodeState::Expired;
    return true;
}

std::optional<IdentityEmulator::DeviceCodeState>
IdentityEmulator::deviceCodeState(const QString &userCode) const
{
    const DeviceAuthorization *device = deviceByUserCode(userCode);
    if (!device)
        return std::nullopt;
    return device->state;
}
