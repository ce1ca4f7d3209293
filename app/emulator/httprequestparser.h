#pragma once

#include "httpexchange.h"

#include <QByteArray>
#include <QByteArrayView>

// The request side of HTTP/1.1 (RFC 9112), fed with the bytes of one connection as they arrive, in pieces of
// any size: yields each complete request in order (pipelined ones too), or an error status that ends the
// connection. No sockets: the emulators' HttpListener feeds it, and tests/fuzz drives it directly.
//
// Request bodies come with Content-Length only: Transfer-Encoding chunked is refused with 411 (the clients
// the emulator serves, QNetworkAccessManager and curl, send Content-Length), any other transfer coding with
// 501. What it holds is bounded: an incomplete head by Limits::maxHeadBytes (431), a body by
// Limits::maxBodyBytes (413, as soon as Content-Length says so).
class HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype maxHeadBytes = 64 * 1024;        // request line and header fields, line ends included
        qsizetype maxBodyBytes = 16 * 1024 * 1024; // Content-Length
        int maxHeaderFields = 200;
    };
    enum class Result { NeedMore, Request, Error };

    HttpRequestParser() = default;
    explicit HttpRequestParser(const Limits &limits)
        : m_limits(limits)
    {}

    // Appends received bytes. Nothing is parsed until next().
    void feed(QByteArrayView bytes);
    // The next complete request: Request (request and keepAlive set: whether the connection stays open
    // after it, per HTTP/1.1 and Connection), NeedMore, or Error (errorStatus(); every later call too).
    Result next(EmulatorRequest *request, bool *keepAlive);

    int errorStatus() const { return m_errorStatus; }
    // Why, in a few words (for the error response's body).
    QByteArray errorReason() const { return m_errorReason; }
    // Once, after the head of a request that asked "Expect: 100-continue" and whose body has not all arrived:
    // the caller should send "HTTP/1.1 100 Continue".
    bool takeContinue();
    // Bytes held: the unparsed rest of what was fed.
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    // Whether a request has begun (some of its bytes arrived) but is not complete.
    bool inRequest() const { return m_state == State::Headers || m_state == State::Body || buffered() > 0; }

    // The URL of a request target as QHttpServerRequest::url() made it in Qt 6.4 (which the emulators'
    // routes were written against): scheme http, authority from the Host field, path set in tolerant mode
    // and the query as sent (percent-encoding kept, so that QUrlQuery decodes it once). False when the
    // target is neither origin-form ("/path?query") nor absolute-form ("http://host/path?query").
    static bool urlFromTarget(const QByteArray &target, const QByteArray &host, QUrl *url);

private:
    enum class State { RequestLine, Headers, Body, Failed };

    Result fail(int status, const QByteArray &reason);
    // The next line (without CR LF or LF) from m_pos, advancing past it; false when it has not all arrived.
    bool takeLine(QByteArray *line);
    Result headersComplete();
    void startRequest();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;      // start of what is not parsed yet
    qsizetype m_scanFrom = 0; // no line feed in [m_pos, m_scanFrom)
    State m_state = State::RequestLine;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
    bool m_continue = false;

    // The request being read.
    EmulatorRequest m_request;
    QByteArray m_target;
    bool m_http10 = false;
    qsizetype m_headBytes = 0;
    qsizetype m_bodyLength = 0;
    bool m_keepAlive = true;
};
