// SecretChunks: how a secret is spread over Windows Credential Manager entries of at most 2,560 bytes each
// (the layout WinCredSecretStore writes and reads), tested here because it makes no Windows call.
#include "secretchunks.h"

#include <QTest>

class TestSecretChunks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void smallLimitsManyParts();
    void damagedEntriesDoNotJoin();
    void targetNames();
};

static QByteArray secretOf(qsizetype size)
{
    QByteArray secret;
    secret.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        secret.append(char('a' + (i * 7 + i / 26) % 26));
    return secret;
}

void TestSecretChunks::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<int>("parts");
    // The first entry holds "<count>\n" (2 bytes for up to nine entries), then data; the others data alone.
    QTest::newRow("empty") << qsizetype(0) << 1;
    QTest::newRow("one byte") << qsizetype(1) << 1;
    QTest::newRow("fills the first entry") << qsizetype(2558) << 1;
    QTest::newRow("one byte over the first entry") << qsizetype(2559) << 2;
    QTest::newRow("the blob limit") << qsizetype(2560) << 2;
    QTest::newRow("the blob limit and one") << qsizetype(2561) << 2;
    QTest::newRow("fills two entries") << qsizetype(2558 + 2560) << 2;
    QTest::newRow("20000 bytes") << qsizetype(20000) << 8;
}

void TestSecretChunks::roundTrip()
{
    QFETCH(qsizetype, size);
    QFETCH(int, parts);
    const QByteArray secret = secretOf(size);
    const QList<QByteArray> blobs = SecretChunks::split(secret);
    QCOMPARE(blobs.size(), parts);
    for (const QByteArray &blob : blobs) {
        QVERIFY2(blob.size() <= SecretChunks::credentialBlobLimit,
                 QByteArray::number(blob.size()).constData());
        QVERIFY(!blob.isEmpty());
    }
    QCOMPARE(SecretChunks::partCount(blobs.first()), std::optional<int>(parts));
    QVERIFY(blobs.first().startsWith(QByteArray::number(parts) + '\n'));
    const std::optional<QByteArray> joined = SecretChunks::join(blobs);
    QVERIFY(joined);
    QCOMPARE(joined->size(), size);
    QCOMPARE(*joined, secret);
}

void TestSecretChunks::smallLimitsManyParts()
{
    // With 20-byte entries, 10 or more entries need a 3-byte header: the count must still come out right.
    for (qsizetype size = 0; size < 400; ++size) {
        const QByteArray secret = secretOf(size);
        const QList<QByteArray> blobs = SecretChunks::split(secret, 20);
        for (const QByteArray &blob : blobs)
            QVERIFY(blob.size() <= 20 && !blob.isEmpty());
        QCOMPARE(SecretChunks::partCount(blobs.first()), std::optional<int>(int(blobs.size())));
        QCOMPARE(SecretChunks::join(blobs), std::optional<QByteArray>(secret));
        // The fewest entries that hold it: one fewer would not have room.
        const auto room = [](qsizetype entries) {
            return entries * 20 - QByteArray::number(entries).size() - 1;
        };
        QVERIFY(size <= room(blobs.size()));
        if (blobs.size() > 1)
            QVERIFY2(size > room(blobs.size() - 1), QByteArray::number(size).constData());
    }
    QCOMPARE(SecretChunks::split(secretOf(18), 20).size(), 1);
    QCOMPARE(SecretChunks::split(secretOf(19), 20).size(), 2);
}

void TestSecretChunks::damagedEntriesDoNotJoin()
{
    const QList<QByteArray> blobs = SecretChunks::split(secretOf(6000));
    QCOMPARE(blobs.size(), 3);
    // A part missing, or one too many.
    QVERIFY(!SecretChunks::join(blobs.mid(0, 2)));
    QVERIFY(!SecretChunks::join(blobs + QList<QByteArray>{QByteArrayLiteral("x")}));
    QVERIFY(!SecretChunks::join({}));
    // A first entry without a count (a plain secret someone else wrote there), or a nonsense count.
    QVERIFY(!SecretChunks::partCount(QByteArrayLiteral("{\"refresh_token\":\"x\"}")));
    QVERIFY(!SecretChunks::join({QByteArrayLiteral("{\"a\":1}\n")}));
    QVERIFY(!SecretChunks::partCount(QByteArrayLiteral("0\nabc")));
    QVERIFY(!SecretChunks::partCount(QByteArrayLiteral("01\nabc")));
    QVERIFY(!SecretChunks::partCount(QByteArrayLiteral("-1\nabc")));
    QVERIFY(!SecretChunks::partCount(QByteArrayLiteral("\nabc")));
    QVERIFY(!SecretChunks::partCount(QByteArray()));
    QCOMPARE(SecretChunks::partCount(QByteArrayLiteral("12\n")), std::optional<int>(12));
}

void TestSecretChunks::targetNames()
{
    const QString service = QStringLiteral("CloudPcConsole");
    const QString key = QStringLiteral("uid.tid@login.microsoftonline.com");
    QCOMPARE(SecretChunks::targetName(service, key, 1),
             QStringLiteral("CloudPcConsole/uid.tid@login.microsoftonline.com"));
    QCOMPARE(SecretChunks::targetName(service, key, 2),
             QStringLiteral("CloudPcConsole/uid.tid@login.microsoftonline.com/2"));
    QCOMPARE(SecretChunks::targetName(service, key, 12),
             QStringLiteral("CloudPcConsole/uid.tid@login.microsoftonline.com/12"));
}

QTEST_GUILESS_MAIN(TestSecretChunks)
#include "tst_secretchunks.moc"
