// The scanner token_scan relies on: every secret the emulators issue carries the marker and is found whole,
// planted secrets are found with file and offset (hidden folders too, symbolic links not followed), a report
// never shows a secret, and the keychain's files are exempt only when encrypted.
#include "account.h"
#include "graphemulator.h"
#include "identityemulator.h"
#include "secretmarker.h"
#include "tokenscanner.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <algorithm>

class TestTokenScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySecretTheEmulatorsIssueCarriesTheMarker();
    void findsPlantedSecretsWithFileAndOffset();
    void findsTokensWithoutTheMarker();
    void reportNeverShowsTheSecret();
    void keyringFilesAreExemptOnlyWhenEncrypted();

private:
    struct Reply
    {
        int status = 0;
        QByteArray location;
        QJsonObject json;
    };
    Reply get(const QUrl &url, const QByteArray &bearer = QByteArray());
    Reply post(const QUrl &url, const QUrlQuery &form);
    Reply finish(QNetworkReply *reply);
    static bool writeFile(const QString &path, const QByteArray &content);

    QNetworkAccessManager m_nam;
};

namespace {
QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBase64Url(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(QRandomGenerator::global()->bounded(256));
    return base64Url(data);
}
} // namespace

TestTokenScanner::Reply TestTokenScanner::finish(QNetworkReply *reply)
{
    Reply result;
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000)) {
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.location = reply->rawHeader("Location");
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

TestTokenScanner::Reply TestTokenScanner::get(const QUrl &url, const QByteArray &bearer)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return finish(m_nam.get(request));
}

TestTokenScanner::Reply TestTokenScanner::post(const QUrl &url, const QUrlQuery &form)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    return finish(m_nam.post(request, form.query(QUrl::FullyEncoded).toLatin1()));
}

bool TestTokenScanner::writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

void TestTokenScanner::everySecretTheEmulatorsIssueCarriesTheMarker()
{
    GraphEmulator::Options options;
    options.size = 10;
    GraphEmulator graph(options);
    QVERIFY(graph.start());
    IdentityEmulator idp(&graph);
    idp.setDeviceCodePollInterval(std::chrono::milliseconds(0));
    QVERIFY(idp.start());
    const QString authority = idp.baseUrl().toString() + QStringLiteral("/organizations/oauth2/v2.0/");
    const QString scope =
        QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile");
    QList<QPair<QString, QString>> secrets; // kind the scanner should give, secret

    // Authorization code with PKCE, redeemed for tokens.
    const QByteArray verifier = randomBase64Url(48);
    QUrl authorize(authority + QStringLiteral("authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), idp.clientId());
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1234/"));
    query.addQueryItem(QStringLiteral("scope"), scope);
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("s1"));
    query.addQueryItem(
        QStringLiteral("code_challenge"),
        QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256))));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(query);
    const Reply redirect = get(authorize);
    QCOMPARE(redirect.status, 302);
    const QString code = QUrlQuery(QUrl::fromEncoded(redirect.location))
                             .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    secrets.append({QStringLiteral("authorization code"), code});

    auto tokensOf = [&](const Reply &reply) {
        QCOMPARE(reply.status, 200);
        secrets.append(
            {QStringLiteral("access token"), reply.json.value(QStringLiteral("access_token")).toString()});
        secrets.append(
            {QStringLiteral("refresh token"), reply.json.value(QStringLiteral("refresh_token")).toString()});
        secrets.append(
            {QStringLiteral("JSON Web Token"), reply.json.value(QStringLiteral("id_token")).toString()});
    };
    QUrlQuery redeem;
    redeem.addQueryItem(QStringLiteral("client_id"), idp.clientId());
    redeem.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    redeem.addQueryItem(QStringLiteral("code"), code);
    redeem.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1234/"));
    redeem.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    const Reply first = post(QUrl(authority + QStringLiteral("token")), redeem);
    tokensOf(first);

    // The refresh token, rotated.
    QUrlQuery refresh;
    refresh.addQueryItem(QStringLiteral("client_id"), idp.clientId());
    refresh.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    refresh.addQueryItem(QStringLiteral("refresh_token"),
                         first.json.value(QStringLiteral("refresh_token")).toString());
    refresh.addQueryItem(QStringLiteral("scope"), scope);
    tokensOf(post(QUrl(authority + QStringLiteral("token")), refresh));

    // A device code, approved and redeemed.
    QUrlQuery device;
    device.addQueryItem(QStringLiteral("client_id"), idp.clientId());
    device.addQueryItem(QStringLiteral("scope"), scope);
    const Reply deviceReply = post(QUrl(authority + QStringLiteral("devicecode")), device);
    QCOMPARE(deviceReply.status, 200);
    const QString deviceCode = deviceReply.json.value(QStringLiteral("device_code")).toString();
    const QString userCode = deviceReply.json.value(QStringLiteral("user_code")).toString();
    secrets.append({QStringLiteral("device code"), deviceCode});
    QVERIFY(idp.approveDeviceCode(userCode));
    QUrlQuery poll;
    poll.addQueryItem(QStringLiteral("client_id"), idp.clientId());
    poll.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    poll.addQueryItem(QStringLiteral("device_code"), deviceCode);
    tokensOf(post(QUrl(authority + QStringLiteral("token")), poll));

    QCOMPARE(secrets.size(), 1 + 3 + 3 + 1 + 3);
    for (const auto &[kind, secret] : std::as_const(secrets))
        QVERIFY2(idp.issuedSecrets().contains(secret), qPrintable(kind)); // the tests' list is complete
    for (const QString &secret : idp.issuedSecrets())
        QVERIFY(
            std::any_of(secrets.cbegin(), secrets.cend(), [&](const auto &s) { return s.second == secret; }));
    // And the Graph side's own.
    const QString graphToken = graph.issueAccessToken();
    secrets.append({QStringLiteral("access token"), graphToken});

    const QString marker = SecretMarker::marker();
    for (const auto &[kind, secret] : std::as_const(secrets)) {
        QVERIFY2(!secret.isEmpty(), qPrintable(kind));
        QVERIFY2(secret.contains(marker), qPrintable(kind));
        // Found whole, in any surroundings.
        const QByteArray text = "{\"x\":\"" + secret.toLatin1() + "\"}\n";
        const QList<TokenScanner::Hit> hits = TokenScanner::find(text);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().offset, qint64(6));
        QCOMPARE(hits.first().length, qint64(secret.size()));
        QCOMPARE(hits.first().kind, kind);
    }
    // A user code is shown and typed by design: short, no marker.
    QCOMPARE(userCode.size(), 9);
    QVERIFY(TokenScanner::find(userCode.toLatin1()).isEmpty());

    // The formats still work: both access tokens open Graph, the id token still names the user.
    const QUrl cloudPcs(graph.baseUrl().toString() +
                        QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs"));
    QCOMPARE(get(cloudPcs, secrets.at(1).second.toLatin1()).status, 200);
    QCOMPARE(get(cloudPcs, graphToken.toLatin1()).status, 200);
    QCOMPARE(get(cloudPcs, "emu-at-" + QByteArray(SecretMarker::kMarker) + "0000").status, 401);
    const std::optional<Account> account = Account::fromIdToken(secrets.at(3).second, GraphCloud::Global);
    QVERIFY(account.has_value());
    QCOMPARE(account->username, idp.user().username);
    QCOMPARE(secrets.at(3).second.count(QLatin1Char('.')), 2);
}

void TestTokenScanner::findsPlantedSecretsWithFileAndOffset()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    GraphEmulator graph;
    const QByteArray accessToken = graph.issueAccessToken().toLatin1();
    const QByteArray refreshToken =
        SecretMarker::mark(QStringLiteral("emu-rt-"), QString::fromLatin1(randomBase64Url(48))).toLatin1();

    const QByteArray settings = "[General]\nlastAccount=admin@contoso.com\ntenant=organizations\n";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("config/CloudPcConsole/cloudpc-console.conf")), settings));
    const QByteArray auditHead = "{\"phase\":\"sending\",\"body\":{\"token\":\"";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data/CloudPcConsole/audit.jsonl")),
                      auditHead + accessToken + "\"}}\n"));
    QByteArray binary(300, '\0');
    binary[17] = char(0xff);
    const qint64 binaryOffset = binary.size();
    binary += refreshToken + QByteArray(20, '\x01');
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".cache/deep/state.bin")), binary));
    // Lookalikes that are not secrets.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")),
                      "access tokens start with emu-at- and refresh tokens with emu-rt-;\n"
                      "eyJhbGciOiJIUzI1NiJ9 alone is not a token;\n" +
                          randomBase64Url(300) + "\n"));
    // A symbolic link to a secret elsewhere is not followed.
    QTemporaryDir elsewhere;
    QVERIFY(writeFile(elsewhere.filePath(QStringLiteral("secret.txt")), accessToken));
    QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("secret.txt")),
                        dir.filePath(QStringLiteral("link.txt"))));

    TokenScanner scanner;
    scanner.scanFolder(dir.path());
    scanner.scanFile(dir.filePath(QStringLiteral("data/CloudPcConsole/audit.jsonl"))); // not twice
    QCOMPARE(scanner.scannedFiles().size(), 4);
    QCOMPARE(scanner.scannedBytes(),
             qint64(settings.size() + auditHead.size() + accessToken.size() + 4 + binary.size() +
                    QFileInfo(dir.filePath(QStringLiteral("notes.txt"))).size()));
    QVERIFY(scanner.unreadableFiles().isEmpty());
    QCOMPARE(scanner.hits().size(), 2);
    QMap<QString, TokenScanner::Hit> byFile;
    for (const TokenScanner::Hit &hit : scanner.hits())
        byFile.insert(QFileInfo(hit.file).fileName(), hit);
    QCOMPARE(byFile.value(QStringLiteral("audit.jsonl")).offset, qint64(auditHead.size()));
    QCOMPARE(byFile.value(QStringLiteral("audit.jsonl")).length, qint64(accessToken.size()));
    QCOMPARE(byFile.value(QStringLiteral("audit.jsonl")).kind, QStringLiteral("access token"));
    QCOMPARE(byFile.value(QStringLiteral("state.bin")).offset, binaryOffset);
    QCOMPARE(byFile.value(QStringLiteral("state.bin")).length, qint64(refreshToken.size()));
    QCOMPARE(byFile.value(QStringLiteral("state.bin")).kind, QStringLiteral("refresh token"));
    QVERIFY(byFile.value(QStringLiteral("state.bin")).file.endsWith(QLatin1String("/.cache/deep/state.bin")));

    // The same link given as a file is read through (token_scan passes only regular files it listed).
    TokenScanner direct;
    direct.scanFile(elsewhere.filePath(QStringLiteral("secret.txt")));
    QCOMPARE(direct.hits().size(), 1);
}

void TestTokenScanner::findsTokensWithoutTheMarker()
{
    // A JSON Web Token from anywhere (a real Entra token has none of the emulator's marks).
    const QByteArray jwt =
        base64Url(R"({"typ":"JWT","alg":"RS256"})") + '.' +
        base64Url(R"({"aud":"00000003-0000-0000-c000-000000000000","scp":"CloudPC.ReadWrite.All"})") + '.' +
        randomBase64Url(256);
    QList<TokenScanner::Hit> hits = TokenScanner::find("Authorization: Bearer " + jwt + "\r\n");
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().kind, QStringLiteral("JSON Web Token"));
    QCOMPARE(hits.first().offset, qint64(22));
    QCOMPARE(hits.first().length, qint64(jwt.size()));

    // The emulator's prefixes with a token's worth after them, even without the marker (an older build's).
    hits = TokenScanner::find("code=emu-code-AbCdEfGh12&state=1 emu-dc-0123456789abcdef");
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).kind, QStringLiteral("authorization code"));
    QCOMPARE(hits.at(0).offset, qint64(5));
    QCOMPARE(hits.at(0).length, qint64(19));
    QCOMPARE(hits.at(1).kind, QStringLiteral("device code"));

    // The marker alone, cut from its token.
    hits = TokenScanner::find("...x" + QByteArray(SecretMarker::kMarker) + "...");
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().kind, QStringLiteral("secret with the emulator's marker"));

    // Mentions are not tokens.
    QVERIFY(TokenScanner::find("QVERIFY(!content.contains(\"emu-rt-\"));").isEmpty());
    QVERIFY(TokenScanner::find("emu-at-short").isEmpty());
    QVERIFY(TokenScanner::find("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9").isEmpty());
}

void TestTokenScanner::reportNeverShowsTheSecret()
{
    GraphEmulator graph;
    const QByteArray token = graph.issueAccessToken().toLatin1();
    const QList<TokenScanner::Hit> hits = TokenScanner::find("token=" + token);
    QCOMPARE(hits.size(), 1);
    TokenScanner::Hit hit = hits.first();
    hit.file = QStringLiteral("/home/test/.config/x.conf");
    const QString line = TokenScanner::describe(hit);
    QVERIFY(line.contains(QLatin1String("/home/test/.config/x.conf")));
    QVERIFY(line.contains(QLatin1String("offset 6")));
    QVERIFY(line.contains(QLatin1String("access token")));
    QVERIFY(line.contains(QString::number(token.size())));
    QVERIFY(!line.contains(QLatin1String(SecretMarker::kMarker)));
    QVERIFY(!line.contains(QLatin1String("emu-")));
    QVERIFY(!line.contains(QString::fromLatin1(token.right(8))));
    QVERIFY(TokenScanner::find(line.toUtf8()).isEmpty()); // a report scanned again finds nothing
}

void TestTokenScanner::keyringFilesAreExemptOnlyWhenEncrypted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray token =
        SecretMarker::mark(QStringLiteral("emu-rt-"), QString::fromLatin1(randomBase64Url(48))).toLatin1();
    // gnome-keyring's binary format: header, version 0.0, AES, MD5, then the keyring (its secrets encrypted).
    QByteArray encrypted("GnomeKeyring\n\r\0\n", 16);
    encrypted += QByteArray(4, '\0') + QByteArray("\0\0\0\x05Login", 9) + QByteArray(64, '\x07') + token;
    QVERIFY(TokenScanner::isEncryptedKeyring(encrypted));
    const QByteArray text =
        "[keyring]\ndisplay-name=Login\n\n[1]\ndisplay-name=cloudpc\nsecret=" + token + "\n";
    QVERIFY(!TokenScanner::isEncryptedKeyring(text));
    QByteArray otherVersion = encrypted;
    otherVersion[16] = '\x01';
    QVERIFY(!TokenScanner::isEncryptedKeyring(otherVersion));

    QVERIFY(writeFile(dir.filePath(QStringLiteral("data/keyrings/login.keyring")), encrypted));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data/keyrings/plain.keyring")), text));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data/elsewhere/login.keyring")), encrypted));
    TokenScanner scanner;
    scanner.addKeyringFolder(dir.filePath(QStringLiteral("data/keyrings")));
    scanner.scanFolder(dir.path());
    QCOMPARE(scanner.exemptFiles().size(), 1);
    QVERIFY(scanner.exemptFiles().first().file.endsWith(QLatin1String("/data/keyrings/login.keyring")));
    QCOMPARE(scanner.scannedFiles().size(), 2);
    QCOMPARE(scanner.hits().size(), 2);
    QSet<QString> found;
    for (const TokenScanner::Hit &hit : scanner.hits())
        found.insert(hit.file.section(QLatin1Char('/'), -2));
    QCOMPARE(found, (QSet<QString>{QStringLiteral("keyrings/plain.keyring"),
                                   QStringLiteral("elsewhere/login.keyring")}));
}

QTEST_GUILESS_MAIN(TestTokenScanner)
#include "tst_tokenscanner.moc"
