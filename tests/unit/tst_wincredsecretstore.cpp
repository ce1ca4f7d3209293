// WinCredSecretStore against the Windows Credential Manager (Windows only; run under Wine by
// packaging/windows/unit-tests.sh): a secret over the blob limit spreads over numbered entries and reads
// back, a shorter one written over it leaves no stale entry, removal takes every entry, and results come
// queued.
#include "secretstore.h"

#include <QTest>

#include <functional>

#include <optional>
#include <qt_windows.h>
#include <wincred.h>

class TestWinCredSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void longSecretRoundTrip();
    void shorterSecretLeavesNoStaleEntry();
    void removeTakesEveryEntry();

private:
    std::optional<SecretStore::Result> wait(const std::function<void(SecretStore::Callback)> &call);
    static bool entryExists(const QString &target);

    SecretStore *m_store = nullptr;
    const QString m_key = QStringLiteral("test-account");
};

std::optional<SecretStore::Result>
TestWinCredSecretStore::wait(const std::function<void(SecretStore::Callback)> &call)
{
    // Nothing when the result does not come, or comes before the call returned (it must come queued).
    std::optional<SecretStore::Result> result;
    bool returned = false;
    bool early = false;
    call([&](const SecretStore::Result &r) {
        early = !returned;
        result = r;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000) || early)
        return std::nullopt;
    return result;
}

bool TestWinCredSecretStore::entryExists(const QString &target)
{
    PCREDENTIALW credential = nullptr;
    if (!CredReadW(reinterpret_cast<const wchar_t *>(target.utf16()), CRED_TYPE_GENERIC, 0, &credential))
        return false;
    CredFree(credential);
    return true;
}

void TestWinCredSecretStore::init()
{
    m_store = SecretStore::create(QStringLiteral("CloudPcConsoleTest"), this);
}

void TestWinCredSecretStore::cleanup()
{
    wait([this](SecretStore::Callback done) { m_store->remove(m_key, std::move(done)); });
    delete m_store;
}

static QString longSecret()
{
    QString secret;
    for (int i = 0; i < 20000; ++i)
        secret.append(QChar(u'a' + i % 26));
    return secret;
}

void TestWinCredSecretStore::longSecretRoundTrip()
{
    const auto written =
        wait([this](SecretStore::Callback done) { m_store->write(m_key, longSecret(), done); });
    QVERIFY(written);
    QVERIFY2(written->status == SecretStore::Status::Ok, qPrintable(written->reason));
    QVERIFY(entryExists(QStringLiteral("CloudPcConsoleTest/test-account")));
    QVERIFY(entryExists(QStringLiteral("CloudPcConsoleTest/test-account/8")));
    QVERIFY(!entryExists(QStringLiteral("CloudPcConsoleTest/test-account/9")));
    const auto read = wait([this](SecretStore::Callback done) { m_store->read(m_key, done); });
    QVERIFY(read);
    QCOMPARE(read->status, SecretStore::Status::Ok);
    QCOMPARE(read->secret, longSecret());
}

void TestWinCredSecretStore::shorterSecretLeavesNoStaleEntry()
{
    QVERIFY(wait([this](SecretStore::Callback done) { m_store->write(m_key, longSecret(), done); }));
    const QString shortSecret = QStringLiteral("{\"refresh_token\":\"r\"}");
    const auto written = wait([&](SecretStore::Callback done) { m_store->write(m_key, shortSecret, done); });
    QVERIFY(written);
    QCOMPARE(written->status, SecretStore::Status::Ok);
    QVERIFY(!entryExists(QStringLiteral("CloudPcConsoleTest/test-account/2")));
    const auto read = wait([this](SecretStore::Callback done) { m_store->read(m_key, done); });
    QVERIFY(read);
    QCOMPARE(read->secret, shortSecret);
}

void TestWinCredSecretStore::removeTakesEveryEntry()
{
    QVERIFY(wait([this](SecretStore::Callback done) { m_store->write(m_key, longSecret(), done); }));
    const auto removed = wait([this](SecretStore::Callback done) { m_store->remove(m_key, done); });
    QVERIFY(removed);
    QCOMPARE(removed->status, SecretStore::Status::Ok);
    for (int part = 1; part <= 8; ++part) {
        const QString target = part == 1 ? QStringLiteral("CloudPcConsoleTest/test-account")
                                         : QStringLiteral("CloudPcConsoleTest/test-account/%1").arg(part);
        QVERIFY2(!entryExists(target), qPrintable(target));
    }
    const auto read = wait([this](SecretStore::Callback done) { m_store->read(m_key, done); });
    QVERIFY(read);
    QCOMPARE(read->status, SecretStore::Status::NotFound);
    const auto again = wait([this](SecretStore::Callback done) { m_store->remove(m_key, done); });
    QVERIFY(again);
    QCOMPARE(again->status, SecretStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestWinCredSecretStore)
#include "tst_wincredsecretstore.moc"
