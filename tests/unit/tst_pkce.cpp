// PKCE (S256) helpers: verifier shape, challenge, base64url, state values.
#include "pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

class TestPkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verifierHasTheRfcShape_data();
    void verifierHasTheRfcShape();
    void verifiersDiffer();
    void challengeIsBase64UrlOfSha256();
    void validationRejectsBadVerifiers();
    void randomUrlSafeIsUrlSafe();
};

void TestPkce::verifierHasTheRfcShape_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << 64 << 64;
    QTest::newRow("minimum") << 43 << 43;
    QTest::newRow("maximum") << 128 << 128;
    QTest::newRow("too short is clamped") << 10 << 43;
    QTest::newRow("too long is clamped") << 500 << 128;
}

void TestPkce::verifierHasTheRfcShape()
{
    QFETCH(int, asked);
    QFETCH(int, expected);
    const QByteArray verifier = Pkce::generateVerifier(asked);
    QCOMPARE(verifier.size(), expected);
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9\\-._~]+$"));
    QVERIFY(unreserved.match(QString::fromLatin1(verifier)).hasMatch());
    QVERIFY(Pkce::isValidVerifier(verifier));
}

void TestPkce::verifiersDiffer()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(Pkce::generateVerifier());
    QCOMPARE(seen.size(), 100);
}

void TestPkce::challengeIsBase64UrlOfSha256()
{
    // Computed independently (Python: base64.urlsafe_b64encode(hashlib.sha256(v).digest()).rstrip(b'=')).
    QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mJ92K9s5oXM3ff6wg8MBMyKBTr8kA0"),
             QByteArray("MrhoGGdl475AF0x1Py-QDVOxRkxFp-dltktI0dISGV0"));
    const QByteArray challenge = Pkce::challengeS256(Pkce::generateVerifier());
    QCOMPARE(challenge.size(), 43); // 32 bytes, no padding
    QVERIFY(!challenge.contains('=') && !challenge.contains('+') && !challenge.contains('/'));
    QCOMPARE(Pkce::base64Url(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
}

void TestPkce::validationRejectsBadVerifiers()
{
    QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
    QVERIFY(Pkce::isValidVerifier(QByteArray(43, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(50, 'a') + '+'));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(50, 'a') + ' '));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(50, 'a') + '/'));
}

void TestPkce::randomUrlSafeIsUrlSafe()
{
    const QByteArray a = Pkce::randomUrlSafe(32);
    const QByteArray b = Pkce::randomUrlSafe(32);
    QVERIFY(a != b);
    QCOMPARE(a.size(), 43);
    QCOMPARE(QUrl::toPercentEncoding(QString::fromLatin1(a)), a);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
