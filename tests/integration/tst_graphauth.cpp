// GraphClient's 401 handling against the emulator: one silent refresh then one retry; a Conditional Access
// claims challenge handed to the sign-in layer with its decoded claims; a failed refresh ends as an
// authentication error.
#include "accesstokenprovider.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"

#include <QTimer>
#include <QtTest>

// A test double of the sign-in layer: hands out emulator tokens.
class EmulatorTokenProvider : public AccessTokenProvider
{
public:
    explicit EmulatorTokenProvider(GraphEmulator *emulator)
        : m_emulator(emulator)
    {}
    QString accessToken() const override { return m_token; }
    void refreshAccessToken() override
    {
        ++refreshes;
        QTimer::singleShot(0, this, [this] {
            if (failRefresh) {
                Q_EMIT accessTokenRefreshed(false,
                                            QStringLiteral("AADSTS70008: the refresh token has expired"));
                return;
            }
            m_token = m_emulator->issueAccessToken();
            Q_EMIT accessTokenRefreshed(true, QString());
        });
    }
    void handleClaimsChallenge(const QString &claimsJson) override
    {
        claims = claimsJson;
        QTimer::singleShot(0, this, [this] {
            m_token = m_emulator->issueAccessToken(std::chrono::hours(1), true);
            Q_EMIT accessTokenRefreshed(true, QString());
        });
    }
    void setToken(const QString &token) { m_token = token; }

    int refreshes = 0;
    bool failRefresh = false;
    QString claims;

private:
    GraphEmulator *m_emulator;
    QString m_token;
};

class TestGraphAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiredTokenIsRefreshedOnce();
    void postIsResentAfterRefresh();
    void claimsChallengeGoesToSignIn();
    void failedRefreshIsAnAuthenticationError();

private:
    struct Result
    {
        bool ok = false;
        GraphError error;
    };
    Result send(GraphClient &client, const GraphRequest &request)
    {
        Result result;
        bool done = false;
        GraphCall *call = client.send(request);
        connect(call, &GraphCall::finished, this, [&] {
            result.ok = call->ok();
            result.error = call->error();
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }();
        return result;
    }
};

void TestGraphAuth::expiredTokenIsRefreshedOnce()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    EmulatorTokenProvider provider(&emulator);
    provider.setToken(emulator.issueAccessToken(std::chrono::seconds(0))); // already expired
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setTokenProvider(&provider);
    const Result result = send(client, GraphRequests::getCloudPc(emulator.tenant().cloudPcs().first().id));
    QVERIFY2(result.ok, qPrintable(result.error.details()));
    QCOMPARE(provider.refreshes, 1);
    QCOMPARE(emulator.journal().size(), 2);
    QVERIFY(emulator.journal()[0].header("Authorization") != emulator.journal()[1].header("Authorization"));
}

void TestGraphAuth::postIsResentAfterRefresh()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    EmulatorTokenProvider provider(&emulator);
    provider.setToken(QStringLiteral("revoked"));
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setTokenProvider(&provider);
    const Result result =
        send(client, GraphRequests::reprovisionCloudPc(emulator.tenant().cloudPcs().first().id, {}));
    QVERIFY(result.ok);
    QCOMPARE(emulator.journal().size(), 2); // refused once (401, nothing done), accepted once
}

void TestGraphAuth::claimsChallengeGoesToSignIn()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    const QString claims =
        QStringLiteral(R"({"access_token":{"nbf":{"essential":true,"value":"1700000000"}}})");
    emulator.setClaimsChallenge(claims);
    EmulatorTokenProvider provider(&emulator);
    provider.setToken(emulator.issueAccessToken());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setTokenProvider(&provider);
    const Result result = send(client, GraphRequests::getCloudPc(emulator.tenant().cloudPcs().first().id));
    QVERIFY2(result.ok, qPrintable(result.error.details()));
    QCOMPARE(provider.claims, claims);
    QCOMPARE(provider.refreshes, 0);
}

void TestGraphAuth::failedRefreshIsAnAuthenticationError()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    EmulatorTokenProvider provider(&emulator);
    provider.setToken(QStringLiteral("revoked"));
    provider.failRefresh = true;
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setTokenProvider(&provider);
    const Result result = send(client, GraphRequests::getCloudPc(emulator.tenant().cloudPcs().first().id));
    QCOMPARE(result.error.kind, GraphError::Kind::Authentication);
    QCOMPARE(result.error.httpStatus, 401);
    QVERIFY(result.error.message.contains(QLatin1String("AADSTS70008")));
    QVERIFY(!result.error.requestId.isEmpty());
    QCOMPARE(provider.refreshes, 1); // once, not in a loop
    QCOMPARE(emulator.journal().size(), 1);
}

QTEST_GUILESS_MAIN(TestGraphAuth)
#include "tst_graphauth.moc"
