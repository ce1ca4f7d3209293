// TokenCache over QtKeychain: a real round trip through the OS keychain when one is reachable (packaging/
// run-tests.sh runs the tests under dbus-run-session with an unlocked gnome-keyring), otherwise the
// in-memory fallback with its "tokens will not be remembered" message. Never a silent pass: each branch
// asserts its own outcome, and CLOUDPC_REQUIRE_KEYCHAIN=1 / CLOUDPC_EXPECT_NO_KEYCHAIN=1 pin the branch.
#include "testenvironment.h"
#include "tokencache.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

class TestTokenCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripOrSessionFallback();
    void missingEntryIsNotFound();

private:
    static TokenResponse sampleTokens();
    static bool store(TokenCache &cache, const QString &key, const TokenResponse &tokens, bool *persisted);
    static bool load(TokenCache &cache, const QString &key, bool *found, TokenResponse *tokens);

    QString m_service;
    bool m_requireKeychain = false;
    bool m_expectNoKeychain = false;
};

void TestTokenCache::initTestCase()
{
    m_service = QStringLiteral("CloudPcConsoleTest-") + QUuid::createUuid().toString(QUuid::Id128);
    m_requireKeychain = qEnvironmentVariable("CLOUDPC_REQUIRE_KEYCHAIN") == QLatin1String("1");
    m_expectNoKeychain = qEnvironmentVariable("CLOUDPC_EXPECT_NO_KEYCHAIN") == QLatin1String("1");
    QVERIFY(!(m_requireKeychain && m_expectNoKeychain));
}

TokenResponse TestTokenCache::sampleTokens()
{
    TokenResponse tokens;
    tokens.accessToken = QStringLiteral("tc-at-") + QUuid::createUuid().toString(QUuid::Id128);
    tokens.refreshToken = QStringLiteral("tc-rt-") + QUuid::createUuid().toString(QUuid::Id128);
    tokens.idToken = QStringLiteral("e30.e30.sig");
    tokens.scope = QStringLiteral("https://graph.microsoft.com/CloudPC.ReadWrite.All openid");
    tokens.expiresOnUtc = QDateTime::currentDateTimeUtc().addSecs(3600);
    return tokens;
}

bool TestTokenCache::store(TokenCache &cache, const QString &key, const TokenResponse &tokens,
                           bool *persisted)
{
    QSignalSpy stored(&cache, &TokenCache::stored);
    cache.store(key, tokens);
    if (!stored.wait(20000) || stored.first().at(0).toString() != key)
        return false;
    *persisted = stored.first().at(1).toBool();
    return true;
}

bool TestTokenCache::load(TokenCache &cache, const QString &key, bool *found, TokenResponse *tokens)
{
    QSignalSpy loaded(&cache, &TokenCache::loaded);
    cache.load(key);
    if (!loaded.wait(20000) || loaded.first().at(0).toString() != key)
        return false;
    *found = loaded.first().at(1).toBool();
    *tokens = loaded.first().at(2).value<TokenResponse>();
    return true;
}

void TestTokenCache::roundTripOrSessionFallback()
{
    const QString key =
        QStringLiteral("6f1c2e4a-0b9d-4c51-9e7a-3d2f8b1a0c55.e05301d8-299b-5688-b3d2-68796b550d38");
    const TokenResponse tokens = sampleTokens();
    TokenCache cache(m_service);
    QCOMPARE(cache.service(), m_service);
    QSignalSpy persistence(&cache, &TokenCache::persistenceChanged);
    bool persisted = false;
    QVERIFY(store(cache, key, tokens, &persisted));

    bool found = false;
    TokenResponse read;
    if (persisted) {
        qInfo("keychain reachable: checking the round trip through it");
        QVERIFY2(!m_expectNoKeychain, "the keychain was expected to be unreachable here");
        QVERIFY(cache.isPersistent());
        QVERIFY(cache.persistenceMessage().isEmpty());
        // A new cache (a new session) has only the keychain to read from.
        TokenCache nextSession(m_service);
        QVERIFY(load(nextSession, key, &found, &read));
        QVERIFY(found);
        QCOMPARE(read.refreshToken, tokens.refreshToken);
        QCOMPARE(read.accessToken, tokens.accessToken);
        QCOMPARE(read.scope, tokens.scope);
        QCOMPARE(read.expiresOnUtc.toSecsSinceEpoch(), tokens.expiresOnUtc.toSecsSinceEpoch());

        // Rotation overwrites the entry.
        TokenResponse rotated = tokens;
        rotated.refreshToken = QStringLiteral("tc-rt-rotated-") + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(store(nextSession, key, rotated, &persisted));
        QVERIFY(persisted);
        TokenCache third(m_service);
        QVERIFY(load(third, key, &found, &read));
        QCOMPARE(read.refreshToken, rotated.refreshToken);

        // Sign-out removes the entry from the keychain.
        QSignalSpy removed(&third, &TokenCache::removed);
        third.remove(key);
        QVERIFY(removed.wait(20000));
        TokenCache fourth(m_service);
        QVERIFY(load(fourth, key, &found, &read));
        QVERIFY(!found);
    } else {
        qInfo("keychain unreachable: checking the in-memory fallback");
        QVERIFY2(!m_requireKeychain, qPrintable(cache.persistenceMessage()));
        QVERIFY(!cache.isPersistent());
        QVERIFY2(cache.persistenceMessage().contains(QLatin1String("tokens will not be remembered")),
                 qPrintable(cache.persistenceMessage()));
        QCOMPARE(persistence.size(), 1);
        QCOMPARE(persistence.first().at(0).toBool(), false);
        // This session still has the tokens.
        QVERIFY(load(cache, key, &found, &read));
        QVERIFY(found);
        QCOMPARE(read.refreshToken, tokens.refreshToken);
        QVERIFY(cache.cached(key));
        // Nothing was written anywhere else: another session finds nothing.
        TokenCache nextSession(m_service);
        QVERIFY(load(nextSession, key, &found, &read));
        QVERIFY(!found);
        QSignalSpy removed(&cache, &TokenCache::removed);
        cache.remove(key);
        QVERIFY(removed.wait(20000));
        QVERIFY(!cache.cached(key));
    }

    // Neither branch leaves a token in the settings file (QtKeychain's insecure fallback is off).
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(tokens.refreshToken.toUtf8()));
        QVERIFY(!content.contains(tokens.accessToken.toUtf8()));
    }
}

void TestTokenCache::missingEntryIsNotFound()
{
    TokenCache cache(m_service);
    bool found = true;
    TokenResponse read;
    QVERIFY(load(cache, QStringLiteral("nobody.nowhere"), &found, &read));
    QVERIFY(!found);
    QVERIFY(read.refreshToken.isEmpty());
}

int main(int argc, char *argv[])
{
    cloudpcTestSetup();
    QCoreApplication app(argc, argv);
    TestTokenCache test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokencache.moc"
