// Sign-in value types: AuthConfig (clouds, endpoints, scopes, settings), IdentityError, TokenResponse,
// Account (from an id token).
#include "account.h"
#include "authconfig.h"
#include "identityerror.h"
#include "testenvironment.h"
#include "tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QtTest>

class TestAuthTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cloudpcTestSetup(); }
    void configPerCloud_data();
    void configPerCloud();
    void configDefaultsAndSettings();
    void configValidation();
    void identityErrorFromReply();
    void identityErrorFromRedirect();
    void identityErrorLocal();
    void tokenResponseParsing();
    void accountFromIdToken();
};

void TestAuthTypes::configPerCloud_data()
{
    QTest::addColumn<GraphCloud>("cloud");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("resource");
    QTest::newRow("global") << GraphCloud::Global << "https://login.microsoftonline.com"
                            << "https://graph.microsoft.com";
    QTest::newRow("usgov") << GraphCloud::UsGov << "https://login.microsoftonline.us"
                           << "https://graph.microsoft.us";
    QTest::newRow("dod") << GraphCloud::UsGovDoD << "https://login.microsoftonline.us"
                         << "https://dod-graph.microsoft.us";
    QTest::newRow("china") << GraphCloud::China << "https://login.chinacloudapi.cn"
                           << "https://microsoftgraph.chinacloudapi.cn";
}

void TestAuthTypes::configPerCloud()
{
    QFETCH(GraphCloud, cloud);
    QFETCH(QString, authority);
    QFETCH(QString, resource);
    const AuthConfig config = AuthConfig::forCloud(cloud);
    QCOMPARE(config.authorityHost().toString(QUrl::StripTrailingSlash), authority);
    QCOMPARE(config.authorizeUrl().toString(),
             authority + QStringLiteral("/organizations/oauth2/v2.0/authorize"));
    QCOMPARE(config.tokenUrl(QStringLiteral("contoso.com")).toString(),
             authority + QStringLiteral("/contoso.com/oauth2/v2.0/token"));
    QCOMPARE(config.deviceCodeUrl().toString(),
             authority + QStringLiteral("/organizations/oauth2/v2.0/devicecode"));
    const QStringList scopes = config.scopes();
    QVERIFY(scopes.contains(resource + QStringLiteral("/CloudPC.ReadWrite.All")));
    QVERIFY(scopes.contains(resource + QStringLiteral("/User.ReadWrite.All")));
    for (const char *scope : {"offline_access", "openid", "profile"})
        QVERIFY2(scopes.contains(QLatin1String(scope)), scope);
    QVERIFY(config.validate().isEmpty());
}

void TestAuthTypes::configDefaultsAndSettings()
{
    QSettings settings;
    settings.clear();
    AuthConfig config = AuthConfig::fromSettings(settings, GraphCloud::Global);
    QCOMPARE(config.clientId(), QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
    QCOMPARE(config.tenant(), QStringLiteral("organizations"));
    config.setTenant(QStringLiteral(" 72f988bf-86f1-41af-91ab-2d7cd011db47 "));
    config.setClientId(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    config.save(settings);
    const AuthConfig reread = AuthConfig::fromSettings(settings, GraphCloud::UsGov);
    QCOMPARE(reread.tenant(), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    QCOMPARE(reread.clientId(), QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(reread.authorityHost().host(), QStringLiteral("login.microsoftonline.us"));
    settings.clear();
}

void TestAuthTypes::configValidation()
{
    AuthConfig config;
    config.setTenant(QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(config.validate().isEmpty());
    config.setTenant(QStringLiteral("bad/tenant"));
    QVERIFY(config.validate().contains(QLatin1String("bad/tenant")));
    config.setTenant(QStringLiteral("organizations"));
    config.setClientId(QStringLiteral("not-a-guid"));
    QVERIFY(!config.validate().isEmpty());
    config.setClientId(AuthConfig::defaultClientId());
    config.setAuthorityHost(QUrl(QStringLiteral("http://login.example.com")));
    QVERIFY(!config.validate().isEmpty()); // plain http only on loopback
    config.setAuthorityHost(QUrl(QStringLiteral("http://127.0.0.1:4567")));
    QVERIFY(config.validate().isEmpty());
    QCOMPARE(config.tokenUrl().toString(),
             QStringLiteral("http://127.0.0.1:4567/organizations/oauth2/v2.0/token"));
    QVERIFY(!AuthConfig::forCloud(GraphCloud::Custom).validate().isEmpty());
}

void TestAuthTypes::identityErrorFromReply()
{
    const QByteArray body =
        R"({"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired.\r\nTrace ID: t1\r\nCorrelation ID: c1\r\nTimestamp: 2024-05-01 10:00:00Z","error_codes":[70008],"timestamp":"2024-05-01 10:00:00Z","trace_id":"t1","correlation_id":"c1"})";
    const IdentityError error = IdentityError::fromReply(400, body);
    QCOMPARE(error.kind, IdentityError::Kind::Server);
    QCOMPARE(error.error, QStringLiteral("invalid_grant"));
    QCOMPARE(error.codes, QList<int>{70008});
    QCOMPARE(error.traceId, QStringLiteral("t1"));
    QCOMPARE(error.correlationId, QStringLiteral("c1"));
    QVERIFY(error.requiresInteraction());
    QCOMPARE(error.summary(),
             QStringLiteral("AADSTS70008: The provided authorization code or refresh token has "
                            "expired. (invalid_grant)"));
    QVERIFY(error.details().contains(QLatin1String("Correlation ID: c1")));
    QVERIFY(error.details().contains(QLatin1String("HTTP 400")));

    const IdentityError interaction = IdentityError::fromReply(
        400, R"({"error":"interaction_required","error_description":"AADSTS50076: MFA"})");
    QVERIFY(interaction.requiresInteraction());
    QVERIFY(!IdentityError::fromReply(400, R"({"error":"authorization_pending"})").requiresInteraction());

    const IdentityError network = IdentityError::fromReply(0, {}, QStringLiteral("Connection refused"));
    QCOMPARE(network.kind, IdentityError::Kind::Network);
    QVERIFY(network.summary().contains(QLatin1String("Connection refused")));
    QVERIFY(!network.requiresInteraction());
    QCOMPARE(IdentityError::fromReply(502, "<html>bad gateway</html>").kind,
             IdentityError::Kind::InvalidReply);
}

void TestAuthTypes::identityErrorFromRedirect()
{
    const IdentityError error = IdentityError::fromRedirect(
        QStringLiteral("access_denied"), QStringLiteral("AADSTS65004%3A+User+declined+to+consent."));
    QCOMPARE(error.description, QStringLiteral("AADSTS65004: User declined to consent."));
    QCOMPARE(error.codes, QList<int>{65004});
    QVERIFY(error.summary().contains(QLatin1String("access_denied")));
}

void TestAuthTypes::identityErrorLocal()
{
    const IdentityError error =
        IdentityError::local(IdentityError::Kind::Timeout, QStringLiteral("too slow"));
    QVERIFY(error.isError());
    QCOMPARE(error.summary(), QStringLiteral("too slow"));
    QVERIFY(!IdentityError().isError());
}

void TestAuthTypes::tokenResponseParsing()
{
    const QJsonObject reply{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                            {QStringLiteral("access_token"), QStringLiteral("at")},
                            {QStringLiteral("refresh_token"), QStringLiteral("rt")},
                            {QStringLiteral("id_token"), QStringLiteral("a.b.c")},
                            {QStringLiteral("scope"), QStringLiteral("x y")},
                            {QStringLiteral("expires_in"), 3599}};
    const std::optional<TokenResponse> tokens = TokenResponse::fromReply(reply);
    QVERIFY(tokens);
    QCOMPARE(tokens->refreshToken, QStringLiteral("rt"));
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(tokens->expiresOnUtc);
    QVERIFY(left > 3590 && left <= 3599);
    QVERIFY(tokens->accessTokenValidFor(300));
    QVERIFY(!tokens->accessTokenValidFor(4000));

    const std::optional<TokenResponse> cached = TokenResponse::fromCacheJson(tokens->toCacheJson());
    QVERIFY(cached);
    QCOMPARE(cached->accessToken, tokens->accessToken);
    QCOMPARE(cached->refreshToken, tokens->refreshToken);
    QCOMPARE(cached->idToken, tokens->idToken);
    QCOMPARE(cached->expiresOnUtc.toSecsSinceEpoch(), tokens->expiresOnUtc.toSecsSinceEpoch());

    QJsonObject notBearer = reply;
    notBearer.insert(QStringLiteral("token_type"), QStringLiteral("pop"));
    QString problem;
    QVERIFY(!TokenResponse::fromReply(notBearer, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!TokenResponse::fromCacheJson(QJsonObject{{QStringLiteral("version"), 2}}));
}

void TestAuthTypes::accountFromIdToken()
{
    const QJsonObject payload{{QStringLiteral("oid"), QStringLiteral("o1")},
                              {QStringLiteral("tid"), QStringLiteral("t1")},
                              {QStringLiteral("preferred_username"), QStringLiteral("megan@contoso.com")},
                              {QStringLiteral("name"), QStringLiteral("Megan Bowen")}};
    const QByteArray encoded = QJsonDocument(payload)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const std::optional<Account> account = Account::fromIdToken(
        QStringLiteral("eyJhbGciOiJub25lIn0.") + QString::fromLatin1(encoded) + QStringLiteral(".sig"),
        GraphCloud::UsGov);
    QVERIFY(account);
    QCOMPARE(account->homeAccountId(), QStringLiteral("o1.t1"));
    QCOMPARE(account->displayText(), QStringLiteral("Megan Bowen <megan@contoso.com>"));
    QCOMPARE(account->cloud, GraphCloud::UsGov);
    QVERIFY(!Account::fromIdToken(QStringLiteral("not-a-jwt"), GraphCloud::Global));
    QVERIFY(!Account::fromIdToken(QStringLiteral("a.e30.c"), GraphCloud::Global)); // {} has no oid/tid
}

QTEST_GUILESS_MAIN(TestAuthTypes)
#include "tst_authtypes.moc"
