// Writes fuzzing seeds taken from real emulator replies: starts the Graph and identity emulators on
// loopback, asks them what the console asks (small pages, errors, throttling, a claims challenge, sign-in
// redirects, token replies, $batch replies) and saves each answer into <corpus>/<target>/emulator-<name>.
// Audit log seeds are written by AuditLog itself. Hand-made edge cases (edge-*) beside them are left alone.
// Usage: fuzz-corpus-maker <tests/fuzz/corpus>
#include "auditlog.h"
#include "graphemulator.h"
#include "identityemulator.h"
#include "pkce.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>
#include <cstdio>

namespace {
struct Reply
{
    int status = 0;
    QByteArray reason;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    // The raw reply as the fuzz targets that take a whole reply read it.
    QByteArray raw() const
    {
        QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const auto &pair : headers)
            text += pair.first + ": " + pair.second + "\r\n";
        return text + "\r\n" + body;
    }
};

class Maker
{
public:
    explicit Maker(const QString &root)
        : m_root(root)
    {}

    // A request of the corpus maker (a tool): waits in a local event loop.
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &token = {},
               const QByteArray &form = {},
               const QByteArray &contentType = "application/x-www-form-urlencoded")
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        result.headers = reply->rawHeaderPairs();
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    // Loopback addresses of the emulators in saved seeds become the real services' (the fuzz targets take
    // https://graph.microsoft.com as the configured Graph base URL).
    void rewrite(const QString &from, const QString &to) { m_rewrites.append({from.toUtf8(), to.toUtf8()}); }

    void save(const QString &target, const QString &name, QByteArray data)
    {
        for (const auto &rewrite : m_rewrites)
            data.replace(rewrite.first, rewrite.second);
        QDir().mkpath(m_root + QLatin1Char('/') + target);
        QFile file(m_root + QLatin1Char('/') + target + QStringLiteral("/emulator-") + name);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            std::exit(1);
        }
        ++m_written;
    }
    int written() const { return m_written; }

private:
    QString m_root;
    QNetworkAccessManager m_nam;
    QList<QPair<QByteArray, QByteArray>> m_rewrites;
    int m_written = 0;
};

// A $batch request body as BatchJob writes it: ids are request numbers, each with a client-request-id, a body
// with its Content-Type. A sub-request is {method, url[, body][, dependsOn]}.
QByteArray batchBody(const QList<QJsonObject> &subRequests)
{
    QJsonArray requests;
    for (int i = 0; i < int(subRequests.size()); ++i) {
        QJsonObject request = subRequests.at(i);
        request.insert(QStringLiteral("id"), QString::number(i));
        QJsonObject headers{{QStringLiteral("client-request-id"),
                             QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))}};
        if (request.contains(QStringLiteral("body")))
            headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
        request.insert(QStringLiteral("headers"), headers);
        requests.append(request);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson(QJsonDocument::Compact);
}

QJsonObject subRequest(const QString &method, const QString &url, const QJsonObject &body = {})
{
    QJsonObject request{{QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
    if (!body.isEmpty())
        request.insert(QStringLiteral("body"), body);
    return request;
}

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray body;
    for (const auto &item : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return body;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz-corpus-maker CORPUS_DIR\n");
        return 2;
    }
    Maker maker(QString::fromLocal8Bit(argv[1]));

    GraphEmulator::Options options;
    options.size = 12;
    options.defaultPageSize = 2;
    GraphEmulator graph(options);
    IdentityEmulator identity(&graph);
    identity.setUser({QStringLiteral("6e7b768e-07e2-4810-8459-485f84f8f204"),
                      QStringLiteral("a7e2f8f6-0e5e-4d6b-9c59-5f0c2d2b8d11"),
                      QStringLiteral("megan@contoso.com"), QStringLiteral("Megan Bowen")});
    identity.setDeviceCodePollInterval(std::chrono::milliseconds(1));
    if (!graph.start() || !identity.start()) {
        std::fprintf(stderr, "cannot start the emulators\n");
        return 1;
    }
    maker.rewrite(graph.baseUrl().toString(), QStringLiteral("https://graph.microsoft.com"));
    maker.rewrite(identity.baseUrl().toString(), QStringLiteral("https://login.microsoftonline.com"));
    const QByteArray token = graph.issueAccessToken().toLatin1();
    const QString base = graph.baseUrl().toString();
    const QString ve = QStringLiteral("/deviceManagement/virtualEndpoint");
    auto graphUrl = [&](const QString &pathAndQuery) {
        return QUrl(base + pathAndQuery);
    };

    // Pages and entities.
    maker.save(
        QStringLiteral("fuzz_cloudpc_page"), QStringLiteral("v1-page"),
        maker.send("GET", graphUrl(QStringLiteral("/v1.0") + ve + QStringLiteral("/cloudPCs?$top=2")), token)
            .body);
    maker.save(
        QStringLiteral("fuzz_cloudpc_page"), QStringLiteral("beta-page-count"),
        maker
            .send("GET",
                  graphUrl(QStringLiteral("/beta") + ve + QStringLiteral("/cloudPCs?$top=2&$count=true")),
                  token)
            .body);
    maker.save(QStringLiteral("fuzz_cloudpc_page"), QStringLiteral("beta-failed"),
               maker
                   .send("GET",
                         graphUrl(QStringLiteral("/beta") + ve +
                                  QStringLiteral("/cloudPCs?$top=2&$filter=status%20eq%20'failed'")),
                         token)
                   .body);
    const Reply list =
        maker.send("GET", graphUrl(QStringLiteral("/beta") + ve + QStringLiteral("/cloudPCs?$top=1")), token);
    const QString firstId = QJsonDocument::fromJson(list.body)
                                .object()
                                .value(QStringLiteral("value"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    maker.save(QStringLiteral("fuzz_cloudpc_page"), QStringLiteral("beta-entity"),
               maker
                   .send("GET",
                         graphUrl(QStringLiteral("/beta") + ve + QStringLiteral("/cloudPCs/") + firstId),
                         token)
                   .body);
    maker.save(QStringLiteral("fuzz_policy_page"), QStringLiteral("beta-expand"),
               maker
                   .send("GET",
                         graphUrl(QStringLiteral("/beta") + ve +
                                  QStringLiteral("/provisioningPolicies?$top=2&$expand=assignments")),
                         token)
                   .body);
    maker.save(
        QStringLiteral("fuzz_policy_page"), QStringLiteral("v1-page"),
        maker
            .send("GET",
                  graphUrl(QStringLiteral("/v1.0") + ve + QStringLiteral("/provisioningPolicies?$top=2")),
                  token)
            .body);
    maker.save(QStringLiteral("fuzz_bulkaction_page"), QStringLiteral("beta-page"),
               maker
                   .send("GET",
                         graphUrl(QStringLiteral("/beta") + ve + QStringLiteral("/bulkActions?$top=2")),
                         token)
                   .body);
    maker.save(QStringLiteral("fuzz_erroruser_page"), QStringLiteral("beta-page"),
               maker.send("GET", graphUrl(QStringLiteral("/beta/users?$top=2")), token).body);

    // Graph errors, throttling and the claims challenge.
    maker.save(
        QStringLiteral("fuzz_graph_error"), QStringLiteral("404"),
        maker.send("GET", graphUrl(QStringLiteral("/beta") + ve + QStringLiteral("/cloudPCs/nope")), token)
            .raw());
    maker.save(
        QStringLiteral("fuzz_graph_error"), QStringLiteral("400"),
        maker
            .send("GET", graphUrl(QStringLiteral("/v1.0") + ve + QStringLiteral("/cloudPCs?$top=abc")), token)
            .raw());
    const Reply unauthorized =
        maker.send("GET", graphUrl(QStringLiteral("/v1.0") + ve + QStringLiteral("/cloudPCs")), "expired");
    maker.save(QStringLiteral("fuzz_graph_error"), QStringLiteral("401"), unauthorized.raw());
    maker.save(QStringLiteral("fuzz_www_authenticate"), QStringLiteral("401"),
               unauthorized.header("WWW-Authenticate"));
    graph.setClaimsChallenge(QStringLiteral(R"({"access_token":{"acrs":{"essential":true,"value":"c1"}}})"));
    const Reply challenge =
        maker.send("GET", graphUrl(QStringLiteral("/v1.0") + ve + QStringLiteral("/cloudPCs")), token);
    graph.setClaimsChallenge(QString());
    maker.save(QStringLiteral("fuzz_graph_error"), QStringLiteral("401-claims"), challenge.raw());
    maker.save(QStringLiteral("fuzz_www_authenticate"), QStringLiteral("claims"),
               challenge.header("WWW-Authenticate"));
    graph.faults() = FaultPlan();
    graph.faults().parse(QStringLiteral("429=1,retryafter=7"));
    const Reply throttled =
        maker.send("GET", graphUrl(QStringLiteral("/v1.0") + ve + QStringLiteral("/cloudPCs")), token);
    graph.faults() = FaultPlan();
    graph.faults().parse(QStringLiteral("503=1,retryafter=30"));
    const Reply unavailable =
        maker.send("GET", graphUrl(QStringLiteral("/v1.0") + ve + QStringLiteral("/cloudPCs")), token);
    graph.faults() = FaultPlan();
    graph.faults().parse(QStringLiteral("malformed=1"));
    const Reply malformed =
        maker.send("GET", graphUrl(QStringLiteral("/v1.0") + ve + QStringLiteral("/cloudPCs?$top=2")), token);
    graph.faults() = FaultPlan();
    maker.save(QStringLiteral("fuzz_graph_error"), QStringLiteral("429"), throttled.raw());
    maker.save(QStringLiteral("fuzz_graph_error"), QStringLiteral("503"), unavailable.raw());
    maker.save(QStringLiteral("fuzz_retry_after"), QStringLiteral("429"), throttled.header("Retry-After"));
    maker.save(QStringLiteral("fuzz_retry_after"), QStringLiteral("503"), unavailable.header("Retry-After"));
    maker.save(QStringLiteral("fuzz_cloudpc_page"), QStringLiteral("malformed"), malformed.body);

    // $batch replies (answers in any order): reads, a 404, a reprovision, a retry; throttled sub-requests; a
    // failed dependency; a reply cut short; a refused batch.
    auto sendBatch = [&](const QString &version, const QList<QJsonObject> &subRequests) {
        return maker.send("POST", graphUrl(QLatin1Char('/') + version + QStringLiteral("/$batch")), token,
                          batchBody(subRequests), "application/json");
    };
    const QJsonObject reprovisionBody{{QStringLiteral("osVersion"), QStringLiteral("windows11")},
                                      {QStringLiteral("userAccountType"), QStringLiteral("standardUser")}};
    maker.save(
        QStringLiteral("fuzz_batch_reply"), QStringLiteral("beta-mixed"),
        sendBatch(QStringLiteral("beta"),
                  {subRequest(QStringLiteral("GET"), ve + QStringLiteral("/cloudPCs?$top=1")),
                   subRequest(QStringLiteral("GET"), ve + QStringLiteral("/cloudPCs/") + firstId),
                   subRequest(QStringLiteral("GET"), ve + QStringLiteral("/cloudPCs/nope")),
                   subRequest(QStringLiteral("POST"),
                              ve + QStringLiteral("/cloudPCs/") + firstId + QStringLiteral("/reprovision"),
                              reprovisionBody),
                   subRequest(QStringLiteral("GET"), QStringLiteral("/users?$top=1"))})
            .body);
    graph.setRateLimit(0.001, 1);
    maker.save(
        QStringLiteral("fuzz_batch_reply"), QStringLiteral("v1-throttled"),
        sendBatch(QStringLiteral("v1.0"),
                  {subRequest(QStringLiteral("GET"), ve + QStringLiteral("/cloudPCs?$top=1")),
                   subRequest(QStringLiteral("GET"), ve + QStringLiteral("/provisioningPolicies?$top=1")),
                   subRequest(QStringLiteral("POST"),
                              ve + QStringLiteral("/cloudPCs/") + firstId + QStringLiteral("/reprovision"),
                              reprovisionBody)})
            .body);
    graph.setRateLimit(0, 0);
    QJsonObject dependent = subRequest(QStringLiteral("GET"), ve + QStringLiteral("/cloudPCs/") + firstId);
    dependent.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("0")});
    maker.save(
        QStringLiteral("fuzz_batch_reply"), QStringLiteral("v1-failed-dependency"),
        sendBatch(QStringLiteral("v1.0"),
                  {subRequest(QStringLiteral("GET"), ve + QStringLiteral("/cloudPCs/nope")), dependent})
            .body);
    graph.faults() = FaultPlan();
    graph.faults().parse(QStringLiteral("malformed=1"));
    maker.save(QStringLiteral("fuzz_batch_reply"), QStringLiteral("beta-cut-short"),
               sendBatch(QStringLiteral("beta"),
                         {subRequest(QStringLiteral("GET"), ve + QStringLiteral("/cloudPCs?$top=2")),
                          subRequest(QStringLiteral("GET"), ve + QStringLiteral("/bulkActions?$top=1"))})
                   .body);
    graph.faults() = FaultPlan();
    maker.save(QStringLiteral("fuzz_batch_reply"), QStringLiteral("v1-refused"),
               sendBatch(QStringLiteral("v1.0"), {subRequest(QStringLiteral("GET"), QString())}).body);

    // Sign-in: the authorize redirect (success and error), token replies, refresh, device code.
    const QString clientId = identity.clientId();
    const QString scope =
        QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile");
    const QString redirectUri = QStringLiteral("http://localhost:1234/");
    const QByteArray verifier = Pkce::generateVerifier();
    auto authorize = [&] {
        QUrl url = identity.baseUrl();
        url.setPath(QStringLiteral("/organizations/oauth2/v2.0/authorize"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), clientId);
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        query.addQueryItem(QStringLiteral("scope"), scope);
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("Zm9vYmFyLXN0YXRlLTEyMzQ1Njc4OTA"));
        query.addQueryItem(QStringLiteral("code_challenge"),
                           QString::fromLatin1(Pkce::challengeS256(verifier)));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(query);
        return QUrl::fromEncoded(maker.send("GET", url).header("Location"));
    };
    auto target = [](const QUrl &location) {
        return location.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    };
    identity.failNextAuthorize({QStringLiteral("access_denied"),
                                QStringLiteral("AADSTS65004: User declined to consent to access the app."),
                                65004});
    maker.save(QStringLiteral("fuzz_redirect_query"), QStringLiteral("error"), target(authorize()));
    const QUrl location = authorize();
    maker.save(QStringLiteral("fuzz_redirect_query"), QStringLiteral("code"), target(location));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));

    QUrl tokenUrl = identity.baseUrl();
    tokenUrl.setPath(QStringLiteral("/organizations/oauth2/v2.0/token"));
    const Reply tokens =
        maker.send("POST", tokenUrl, {},
                   form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("client_id"), clientId},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("redirect_uri"), redirectUri},
                         {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
                         {QStringLiteral("scope"), scope}}));
    maker.save(QStringLiteral("fuzz_token_reply"), QStringLiteral("code-redeemed"), tokens.raw());
    const QJsonObject tokenJson = QJsonDocument::fromJson(tokens.body).object();
    maker.save(QStringLiteral("fuzz_id_token"), QStringLiteral("id-token"),
               tokenJson.value(QStringLiteral("id_token")).toString().toLatin1());
    const Reply refreshed = maker.send(
        "POST", tokenUrl, {},
        form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
              {QStringLiteral("client_id"), clientId},
              {QStringLiteral("refresh_token"), tokenJson.value(QStringLiteral("refresh_token")).toString()},
              {QStringLiteral("scope"), scope}}));
    maker.save(QStringLiteral("fuzz_token_reply"), QStringLiteral("refreshed"), refreshed.raw());
    maker.save(QStringLiteral("fuzz_token_reply"), QStringLiteral("invalid-grant"),
               maker
                   .send("POST", tokenUrl, {},
                         form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                               {QStringLiteral("client_id"), clientId},
                               {QStringLiteral("refresh_token"), QStringLiteral("spent")},
                               {QStringLiteral("scope"), scope}}))
                   .raw());
    QUrl deviceCodeUrl = identity.baseUrl();
    deviceCodeUrl.setPath(QStringLiteral("/organizations/oauth2/v2.0/devicecode"));
    const Reply deviceCode =
        maker.send("POST", deviceCodeUrl, {},
                   form({{QStringLiteral("client_id"), clientId}, {QStringLiteral("scope"), scope}}));
    maker.save(QStringLiteral("fuzz_token_reply"), QStringLiteral("device-code"), deviceCode.raw());
    const QByteArray poll =
        form({{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
              {QStringLiteral("client_id"), clientId},
              {QStringLiteral("device_code"), QJsonDocument::fromJson(deviceCode.body)
                                                  .object()
                                                  .value(QStringLiteral("device_code"))
                                                  .toString()}});
    maker.save(QStringLiteral("fuzz_token_reply"), QStringLiteral("pending"),
               maker.send("POST", tokenUrl, {}, poll).raw());

    // The audit log, written by AuditLog: an act with its outcome, one left open, one with a body.
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.operationId = QStringLiteral("op-1");
    record.itemId = firstId;
    record.operation = QStringLiteral("reprovision");
    record.account = QStringLiteral("megan@contoso.com");
    record.tenant = QStringLiteral("a7e2f8f6-0e5e-4d6b-9c59-5f0c2d2b8d11");
    record.targets = QStringList{firstId};
    record.body = QJsonObject{{QStringLiteral("osVersion"), QStringLiteral("windows11")}};
    log.append(record);
    record.phase = AuditRecord::Phase::Outcome;
    record.result = QStringLiteral("failed");
    record.httpStatus = 404;
    record.errorCode = QStringLiteral("ResourceNotFound");
    record.errorMessage = QStringLiteral("Not found, \"quoted\"");
    record.requestId = QStringLiteral("5c1ab3a4-8b44-4e3c-9f1e-1f2d3c4b5a69");
    log.append(record);
    AuditRecord open;
    open.time = QDateTime::currentDateTimeUtc();
    open.operationId = QStringLiteral("op-2");
    open.itemId = QStringLiteral("policy-1");
    open.operation = QStringLiteral("retryPolicy");
    open.targets = QStringList{QStringLiteral("policy-1")};
    log.append(open);
    QFile written(log.path());
    written.open(QIODevice::ReadOnly);
    maker.save(QStringLiteral("fuzz_audit_log"), QStringLiteral("log"), written.readAll());

    QTextStream(stdout) << "fuzz-corpus-maker: " << maker.written() << " seeds written\n";
    return 0;
}
