// The emulators' HTTP/1.1 server: HttpRequestParser fed directly, and HttpListener over real loopback
// sockets with QTcpSocket (and QNetworkAccessManager) as the client.
#include "httplistener.h"
#include "httprequestparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>
#include <functional>

namespace {
constexpr int kWaitMs = 5000;

// Answers every request with 200 and "<method> <path> #<n>", unless onRequest says otherwise.
class TestListener : public HttpListener
{
public:
    QList<EmulatorRequest> received;
    std::function<void(const EmulatorRequest &, QTcpSocket *)> onRequest;

protected:
    void handleRequest(const EmulatorRequest &request, QTcpSocket *socket) override
    {
        received.append(request);
        if (onRequest) {
            onRequest(request, socket);
            return;
        }
        socket->write(answer(request).toHttp());
    }

public:
    EmulatorResponse answer(const EmulatorRequest &request) const
    {
        EmulatorResponse response;
        response.body =
            request.method + ' ' + request.url.path().toUtf8() + " #" + QByteArray::number(received.size());
        return response;
    }
};

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// Takes the complete responses (status line, fields, Content-Length body) off the front of buffer.
QList<Response> takeResponses(QByteArray *buffer)
{
    QList<Response> responses;
    for (;;) {
        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
        if (headEnd < 0)
            return responses;
        const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
        Response response;
        response.status = lines.value(0).split(' ').value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            response.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer->size() < headEnd + 4 + length)
            return responses;
        response.body = buffer->mid(headEnd + 4, length);
        buffer->remove(0, headEnd + 4 + length);
        responses.append(response);
    }
}

// A raw HTTP client on one connection.
class Client
{
public:
    Client()
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] {
            buffer += socket.readAll();
            responses += takeResponses(&buffer);
        });
    }
    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, kWaitMs);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    bool waitForResponses(int count)
    {
        return QTest::qWaitFor([this, count] { return responses.size() >= count; }, kWaitMs);
    }
    bool waitForClose()
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; },
                               kWaitMs);
    }

    QTcpSocket socket;
    QByteArray buffer;
    QList<Response> responses;
};

// Feeds input in pieces of `step` bytes; every request until NeedMore or Error.
struct Parsed
{
    QList<EmulatorRequest> requests;
    QList<bool> keepAlive;
    HttpRequestParser::Result last = HttpRequestParser::Result::NeedMore;
    int errorStatus = 0;
};

Parsed parseInSteps(const QByteArray &input, qsizetype step, const HttpRequestParser::Limits &limits = {})
{
    HttpRequestParser parser(limits);
    Parsed parsed;
    for (qsizetype at = 0; at < input.size() && parsed.last != HttpRequestParser::Result::Error; at += step) {
        parser.feed(QByteArrayView(input).sliced(at, qMin(step, input.size() - at)));
        for (;;) {
            EmulatorRequest request;
            bool keepAlive = false;
            parsed.last = parser.next(&request, &keepAlive);
            if (parsed.last != HttpRequestParser::Result::Request)
                break;
            parsed.requests.append(request);
            parsed.keepAlive.append(keepAlive);
        }
    }
    parsed.errorStatus = parser.errorStatus();
    return parsed;
}

const QByteArray kTwoRequests = "POST /v1.0/things?a=1&b=%20x HTTP/1.1\r\n"
                                "Host: 127.0.0.1:8080\r\n"
                                "Content-Type: application/json\r\n"
                                "X-Twice: one\r\n"
                                "X-Twice: two\r\n"
                                "Content-Length: 12\r\n"
                                "\r\n"
                                "{\"a\":\"\r\n\r\n\"}"
                                "PATCH /beta/x HTTP/1.1\r\n"
                                "Connection: close\r\n"
                                "\r\n";
} // namespace

class TestHttpListener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The parser alone.
    void parserGivesTheSameRequestsInAnyPieces_data();
    void parserGivesTheSameRequestsInAnyPieces();
    void parserRejects_data();
    void parserRejects();
    void parserHoldsNoMoreThanItsLimits();
    void urlIsAsQtHttpServerMadeIt();

    // Over loopback sockets.
    void requestSplitByteByByte();
    void pipelinedRequestsAnsweredInOrder();
    void keepAliveServesThreeRequestsOnOneConnection();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void contentLengthBodyArrivesExactly();
    void malformedInputIsAnsweredAndClosed_data();
    void malformedInputIsAnsweredAndClosed();
    void oversizedHeadGets431();
    void clientLeavingMidBodyLeavesNothingBehind();
    void percentEncodedFilterArrivesAsTheEmulatorReadsIt();
    void expectContinueIsAnswered();
    void handlerThatAbortsStopsTheConnection();
    void clientThatDoesNotReadIsNotServedWithoutEnd();
    void handlerAnsweringLaterReachesALiveSocketOnly();
    void networkAccessManagerRequests();
    void listenReportsThePort();
};

void TestHttpListener::parserGivesTheSameRequestsInAnyPieces_data()
{
    QTest::addColumn<int>("step");
    for (int step : {1, 2, 3, 7, 16, 64, 100000})
        QTest::newRow(qPrintable(QStringLiteral("pieces of %1").arg(step))) << step;
}

void TestHttpListener::parserGivesTheSameRequestsInAnyPieces()
{
    QFETCH(int, step);
    const Parsed parsed = parseInSteps("\r\n" + kTwoRequests, step);
    QCOMPARE(parsed.last, HttpRequestParser::Result::NeedMore);
    QCOMPARE(parsed.requests.size(), 2);
    const EmulatorRequest &first = parsed.requests[0];
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.url.path(), QStringLiteral("/v1.0/things"));
    QCOMPARE(first.queryValue(QStringLiteral("b")), QStringLiteral(" x"));
    QCOMPARE(first.body, QByteArray("{\"a\":\"\r\n\r\n\"}"));
    QCOMPARE(first.headers.size(), 5);
    QCOMPARE(first.headers[2], qMakePair(QByteArray("X-Twice"), QByteArray("one")));
    QCOMPARE(first.headers[3], qMakePair(QByteArray("X-Twice"), QByteArray("two")));
    QCOMPARE(first.header("content-type"), QByteArray("application/json"));
    QCOMPARE(parsed.keepAlive[0], true);
    QCOMPARE(parsed.requests[1].method, QByteArray("PATCH"));
    QCOMPARE(parsed.requests[1].url.path(), QStringLiteral("/beta/x"));
    QVERIFY(parsed.requests[1].body.isEmpty());
    QCOMPARE(parsed.keepAlive[1], false);
}

void TestHttpListener::parserRejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::newRow("no target") << QByteArray("GET\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /a\r\n\r\n") << 400;
    QTest::newRow("four parts") << QByteArray("GET /a HTTP/1.1 x\r\n\r\n") << 400;
    QTest::newRow("two spaces") << QByteArray("GET  /a HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("not a version") << QByteArray("GET /a FTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /a HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("method not a token") << QByteArray("G(T /a HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("relative target") << QByteArray("GET a HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("fragment") << QByteArray("GET /a#b HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("control in target") << QByteArray("GET /a\tb HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("field without colon") << QByteArray("GET /a HTTP/1.1\r\nHost\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET /a HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("folded field") << QByteArray("GET /a HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
    QTest::newRow("CR in value") << QByteArray("GET /a HTTP/1.1\r\nA: b\rc\r\n\r\n") << 400;
    QTest::newRow("length not a number")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400;
    QTest::newRow("negative length") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("two lengths") << QByteArray(
                                        "POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                 << 400;
    QTest::newRow("huge length") << QByteArray(
                                        "POST /a HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                 << 400;
    QTest::newRow("body over the limit")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 16777217\r\n\r\n") << 413;
    QTest::newRow("chunked") << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << 411;
    QTest::newRow("gzip coding") << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
    QTest::newRow("coding and length")
        << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc")
        << 400;
    QTest::newRow("error after a good request")
        << QByteArray("GET /good HTTP/1.1\r\n\r\nBAD\r\n\r\nGET /never HTTP/1.1\r\n\r\n") << 400;
}

void TestHttpListener::parserRejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    for (qsizetype step : {qsizetype(1), input.size()}) {
        const Parsed parsed = parseInSteps(input, step);
        QCOMPARE(parsed.last, HttpRequestParser::Result::Error);
        QCOMPARE(parsed.errorStatus, status);
        QCOMPARE(parsed.requests.size(), input.startsWith("GET /good") ? 1 : 0);
    }
}

void TestHttpListener::parserHoldsNoMoreThanItsLimits()
{
    HttpRequestParser::Limits limits;
    limits.maxHeadBytes = 256;
    limits.maxBodyBytes = 1000;
    limits.maxHeaderFields = 3;
    // A head that never ends: refused as soon as it passes the limit, fed a byte at a time or at once.
    const QByteArray endless = "GET /a HTTP/1.1\r\nX: " + QByteArray(300, 'y');
    for (qsizetype step : {qsizetype(1), endless.size()}) {
        HttpRequestParser parser(limits);
        HttpRequestParser::Result result = HttpRequestParser::Result::NeedMore;
        qsizetype fed = 0;
        for (; fed < endless.size() && result == HttpRequestParser::Result::NeedMore; fed += step) {
            parser.feed(QByteArrayView(endless).sliced(fed, qMin(step, endless.size() - fed)));
            EmulatorRequest request;
            bool keepAlive = false;
            result = parser.next(&request, &keepAlive);
            QVERIFY(parser.buffered() <= limits.maxHeadBytes + step);
        }
        QCOMPARE(result, HttpRequestParser::Result::Error);
        QCOMPARE(parser.errorStatus(), 431);
        QVERIFY(fed <= limits.maxHeadBytes + step);
        parser.feed("more bytes after the error are dropped");
        QCOMPARE(parser.buffered(), 0);
    }
    QCOMPARE(parseInSteps("GET /a HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", 5, limits).errorStatus,
             431);
    QCOMPARE(parseInSteps("POST /a HTTP/1.1\r\nContent-Length: 1001\r\n\r\n", 5, limits).errorStatus, 413);
    const Parsed atLimit =
        parseInSteps("POST /a HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'b'), 5, limits);
    QCOMPARE(atLimit.requests.size(), 1);
    QCOMPARE(atLimit.requests[0].body, QByteArray(1000, 'b'));
}

void TestHttpListener::urlIsAsQtHttpServerMadeIt()
{
    QUrl url;
    QVERIFY(HttpRequestParser::urlFromTarget("/beta/users?$filter=a%20eq%20'b%2Bc'&$top=5", "127.0.0.1:4711",
                                             &url));
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.port(), 4711);
    QCOMPARE(url.path(), QStringLiteral("/beta/users"));
    QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("$filter=a%20eq%20'b%2Bc'&$top=5"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
             QStringLiteral("a eq 'b+c'"));
    // Percent-encoding in the path is decoded by path(), kept by path(FullyEncoded).
    QVERIFY(HttpRequestParser::urlFromTarget("/v1.0/users/a%40b.example", QByteArray(), &url));
    QCOMPARE(url.path(), QStringLiteral("/v1.0/users/a@b.example"));
    QVERIFY(!url.hasQuery());
    // absolute-form: its authority wins over Host.
    QVERIFY(HttpRequestParser::urlFromTarget("http://localhost:99?x=1", "127.0.0.1:4711", &url));
    QCOMPARE(url.host(), QStringLiteral("localhost"));
    QCOMPARE(url.port(), 99);
    QCOMPARE(url.path(), QStringLiteral("/"));
    QCOMPARE(url.query(), QStringLiteral("x=1"));
    // A Host that is no authority is left out; path and query stay.
    QVERIFY(HttpRequestParser::urlFromTarget("/p?q=1", "[not a host", &url));
    QVERIFY(url.host().isEmpty());
    QCOMPARE(url.path(), QStringLiteral("/p"));
    QVERIFY(!HttpRequestParser::urlFromTarget("*", QByteArray(), &url));
    QVERIFY(!HttpRequestParser::urlFromTarget("ftp://x/", QByteArray(), &url));
}

void TestHttpListener::requestSplitByteByByte()
{
    TestListener listener;
    const quint16 port = listener.listen();
    QVERIFY(port != 0);
    Client client;
    QVERIFY(client.connectTo(port));
    client.socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray request =
        "PUT /v1.0/split?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n\r\nbody";
    for (qsizetype i = 0; i < request.size(); ++i) {
        client.send(request.mid(i, 1));
        QTest::qWait(1); // the server reads each byte on its own
        if (i + 1 < request.size())
            QCOMPARE(listener.received.size(), 0);
    }
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(listener.received.size(), 1);
    QCOMPARE(listener.received[0].method, QByteArray("PUT"));
    QCOMPARE(listener.received[0].url.path(), QStringLiteral("/v1.0/split"));
    QCOMPARE(listener.received[0].body, QByteArray("body"));
    QCOMPARE(client.responses[0].status, 200);
    QCOMPARE(client.responses[0].body, QByteArray("PUT /v1.0/split #1"));
}

void TestHttpListener::pipelinedRequestsAnsweredInOrder()
{
    TestListener listener;
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    client.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n"
                "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                "DELETE /three HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitForResponses(3));
    QCOMPARE(client.responses.size(), 3);
    QCOMPARE(client.responses[0].body, QByteArray("GET /one #1"));
    QCOMPARE(client.responses[1].body, QByteArray("POST /two #2"));
    QCOMPARE(client.responses[2].body, QByteArray("DELETE /three #3"));
    QCOMPARE(listener.received[1].body, QByteArray("abc"));
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

void TestHttpListener::keepAliveServesThreeRequestsOnOneConnection()
{
    TestListener listener;
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    for (int i = 1; i <= 3; ++i) {
        client.send("GET /again/" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(client.waitForResponses(i));
        QCOMPARE(client.responses.last().body,
                 "GET /again/" + QByteArray::number(i) + " #" + QByteArray::number(i));
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(listener.connectionCount(), 1);
    // HTTP/1.0 with keep-alive stays open too.
    client.send("GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QVERIFY(client.waitForResponses(4));
    QTest::qWait(50);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(listener.connectionCount(), 1);
}

void TestHttpListener::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::newRow("Connection: close") << QByteArray("GET /a HTTP/1.1\r\nConnection: close\r\n\r\n");
    QTest::newRow("close among tokens") << QByteArray("GET /a HTTP/1.1\r\nConnection: TE, Close\r\n\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /a HTTP/1.0\r\n\r\n");
}

void TestHttpListener::connectionCloseIsHonoured()
{
    QFETCH(QByteArray, first);
    TestListener listener;
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    client.send(first + "GET /b HTTP/1.1\r\n\r\n"); // not read: the connection ends after the first
    QVERIFY(client.waitForClose());
    QCOMPARE(client.responses.size(), 1);
    QCOMPARE(client.responses[0].body, QByteArray("GET /a #1"));
    QCOMPARE(listener.received.size(), 1);
    QTRY_COMPARE(listener.connectionCount(), 0);
}

void TestHttpListener::contentLengthBodyArrivesExactly()
{
    TestListener listener;
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    QByteArray body;
    for (int i = 0; i < 300000; ++i)
        body += char(i * 7 % 256);
    body.replace(1000, 4, "\r\n\r\n");
    client.send("POST /big HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                body + "GET /next HTTP/1.1\r\n\r\n");
    QVERIFY(client.waitForResponses(2));
    QCOMPARE(listener.received.size(), 2);
    QCOMPARE(listener.received[0].body.size(), body.size());
    QVERIFY(listener.received[0].body == body);
    QCOMPARE(listener.received[1].url.path(), QStringLiteral("/next"));
    QVERIFY(listener.received[1].body.isEmpty());
}

void TestHttpListener::malformedInputIsAnsweredAndClosed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::newRow("request line") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("header field") << QByteArray("GET /a HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
    QTest::newRow("binary") << QByteArray::fromHex("1603010200010001fc0303") + "\r\n\r\n" << 400;
    QTest::newRow("chunked body") << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                  << 411;
    QTest::newRow("body too large") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n")
                                    << 413;
}

void TestHttpListener::malformedInputIsAnsweredAndClosed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    TestListener listener;
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    client.send(input);
    QVERIFY(client.waitForClose());
    QCOMPARE(client.responses.size(), 1);
    QCOMPARE(client.responses[0].status, status);
    QVERIFY(client.responses[0].headers.contains(qMakePair(QByteArray("Connection"), QByteArray("close"))));
    QVERIFY(listener.received.isEmpty());
    QTRY_COMPARE(listener.connectionCount(), 0);
}

void TestHttpListener::oversizedHeadGets431()
{
    TestListener listener;
    HttpRequestParser::Limits limits;
    limits.maxHeadBytes = 1024;
    listener.setLimits(limits);
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    client.send("GET /a HTTP/1.1\r\nX-Big: " + QByteArray(2000, 'x') + "\r\n\r\n");
    QVERIFY(client.waitForClose());
    QCOMPARE(client.responses.size(), 1);
    QCOMPARE(client.responses[0].status, 431);
    QVERIFY(listener.received.isEmpty());

    // With the default limit (64 KiB), a head just under it is served.
    TestListener standard;
    Client second;
    QVERIFY(second.connectTo(standard.listen()));
    second.send("GET /a HTTP/1.1\r\nX-Big: " + QByteArray(60 * 1024, 'x') + "\r\n\r\n");
    QVERIFY(second.waitForResponses(1));
    QCOMPARE(second.responses[0].status, 200);
    QCOMPARE(standard.received[0].header("x-big").size(), 60 * 1024);
}

void TestHttpListener::clientLeavingMidBodyLeavesNothingBehind()
{
    TestListener listener;
    const quint16 port = listener.listen();
    for (int i = 0; i < 3; ++i) {
        Client client;
        QVERIFY(client.connectTo(port));
        client.send("POST /a HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + QByteArray(10 * (i + 1), 'b'));
        QTRY_COMPARE(listener.connectionCount(), 1);
        QTest::qWait(20); // the server has read the partial body
        if (i == 0)
            client.socket.disconnectFromHost();
        else
            client.socket.abort();
        QTRY_COMPARE(listener.connectionCount(), 0);
    }
    QVERIFY(listener.received.isEmpty());
    // And the listener still serves.
    Client after;
    QVERIFY(after.connectTo(port));
    after.send("GET /still HTTP/1.1\r\n\r\n");
    QVERIFY(after.waitForResponses(1));
    QCOMPARE(after.responses[0].body, QByteArray("GET /still #1"));
}

void TestHttpListener::percentEncodedFilterArrivesAsTheEmulatorReadsIt()
{
    TestListener listener;
    Client client;
    const quint16 port = listener.listen();
    QVERIFY(client.connectTo(port));
    client.send("GET /beta/deviceManagement/virtualEndpoint/cloudPCs?$filter=status%20eq%20'failed'&$top=5 "
                "HTTP/1.1\r\nHost: 127.0.0.1:" +
                QByteArray::number(port) + "\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    const EmulatorRequest &request = listener.received.value(0);
    QCOMPARE(request.path(), QStringLiteral("/beta/deviceManagement/virtualEndpoint/cloudPCs"));
    QCOMPARE(request.queryValue(QStringLiteral("$filter")), QStringLiteral("status eq 'failed'"));
    QCOMPARE(request.queryValue(QStringLiteral("$top")), QStringLiteral("5"));
    QCOMPARE(request.url.query(QUrl::FullyEncoded), QStringLiteral("$filter=status%20eq%20'failed'&$top=5"));
    QCOMPARE(request.url.port(), int(port));
}

void TestHttpListener::expectContinueIsAnswered()
{
    TestListener listener;
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    client.send("POST /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses[0].status, 100);
    QVERIFY(listener.received.isEmpty());
    client.send("hello");
    QVERIFY(client.waitForResponses(2));
    QCOMPARE(client.responses[1].status, 200);
    QCOMPARE(listener.received.value(0).body, QByteArray("hello"));
}

void TestHttpListener::handlerThatAbortsStopsTheConnection()
{
    TestListener listener;
    listener.onRequest = [](const EmulatorRequest &, QTcpSocket *socket) {
        socket->abort();
    };
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    client.send("GET /reset HTTP/1.1\r\n\r\nGET /after HTTP/1.1\r\n\r\n");
    QVERIFY(client.waitForClose());
    QVERIFY(client.responses.isEmpty());
    QCOMPARE(listener.received.size(), 1);
    QTRY_COMPARE(listener.connectionCount(), 0);
}

void TestHttpListener::clientThatDoesNotReadIsNotServedWithoutEnd()
{
    TestListener listener;
    const QByteArray big(1024 * 1024, 'z');
    listener.onRequest = [&big](const EmulatorRequest &, QTcpSocket *socket) {
        EmulatorResponse response;
        response.body = big;
        socket->write(response.toHttp());
    };
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, listener.listen());
    QVERIFY(client.waitForConnected(kWaitMs));
    client.setReadBufferSize(64 * 1024); // Qt's buffer stays small, so the kernel's fill up
    constexpr int requests = 60;
    QByteArray pipelined;
    for (int i = 0; i < requests; ++i)
        pipelined += "GET /big HTTP/1.1\r\n\r\n";
    client.write(pipelined);
    QTest::qWait(500);
    // 60 MiB of answers do not fit in the socket buffers and the listener's 4 MiB: it waits.
    QVERIFY2(listener.received.size() < requests, qPrintable(QString::number(listener.received.size())));
    QVERIFY(!listener.received.isEmpty());
    // Reading everything, the client gets every answer.
    qint64 read = 0;
    const qint64 expected = qint64(requests) * (big.size() + 44);
    QVERIFY(QTest::qWaitFor(
        [&] {
            read += client.readAll().size();
            return read >= expected;
        },
        20000));
    QCOMPARE(listener.received.size(), requests);
    QCOMPARE(read, expected);
}

void TestHttpListener::handlerAnsweringLaterReachesALiveSocketOnly()
{
    TestListener listener;
    listener.onRequest = [&listener](const EmulatorRequest &request, QTcpSocket *socket) {
        const QPointer<QTcpSocket> target(socket);
        const QByteArray bytes = listener.answer(request).toHttp();
        QTimer::singleShot(100, &listener, [target, bytes] {
            if (target)
                target->write(bytes);
        });
    };
    Client client;
    QVERIFY(client.connectTo(listener.listen()));
    client.send("GET /slow HTTP/1.1\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses[0].body, QByteArray("GET /slow #1"));
    // The client leaves before the answer: the socket is gone when the timer fires, and nothing breaks.
    client.send("GET /slow HTTP/1.1\r\n\r\n");
    QTRY_COMPARE(listener.received.size(), 2);
    client.socket.abort();
    QTRY_COMPARE(listener.connectionCount(), 0);
    QTest::qWait(150);
    QCOMPARE(listener.received.size(), 2);
}

void TestHttpListener::networkAccessManagerRequests()
{
    TestListener listener;
    const quint16 port = listener.listen();
    QNetworkAccessManager manager;
    QUrl url(QStringLiteral("http://127.0.0.1:%1/beta/deviceManagement/virtualEndpoint/cloudPCs").arg(port));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("status eq 'failed'"));
    url.setQuery(query);
    QNetworkRequest get(url);
    get.setRawHeader("client-request-id", "abc");
    QNetworkReply *first = manager.get(get);
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), kWaitMs);
    QCOMPARE(first->error(), QNetworkReply::NoError);
    QCOMPARE(first->readAll(), QByteArray("GET /beta/deviceManagement/virtualEndpoint/cloudPCs #1"));
    QCOMPARE(listener.received[0].queryValue(QStringLiteral("$filter")),
             QStringLiteral("status eq 'failed'"));
    QCOMPARE(listener.received[0].header("client-request-id"), QByteArray("abc"));

    QNetworkRequest patch(QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0/x").arg(port)));
    patch.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *second = manager.sendCustomRequest(patch, "PATCH", QByteArray("{\"a\":1}"));
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), kWaitMs);
    QCOMPARE(second->error(), QNetworkReply::NoError);
    QCOMPARE(listener.received[1].method, QByteArray("PATCH"));
    QCOMPARE(listener.received[1].body, QByteArray("{\"a\":1}"));
    QCOMPARE(listener.connectionCount(), 1); // QNetworkAccessManager kept its connection
    delete first;
    delete second;
}

void TestHttpListener::listenReportsThePort()
{
    TestListener first;
    const quint16 port = first.listen();
    QVERIFY(port != 0);
    QCOMPARE(first.serverPort(), port);
    TestListener second;
    QCOMPARE(second.listen(QHostAddress::LocalHost, port), quint16(0)); // taken
    QCOMPARE(second.serverPort(), quint16(0));
}

QTEST_GUILESS_MAIN(TestHttpListener)
#include "tst_httplistener.moc"
