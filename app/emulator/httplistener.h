#pragma once

#include "httpexchange.h"
#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on QTcpServer, the base of the Graph and identity emulators (qtbase only: no Qt
// HttpServer, so the emulator builds wherever qtbase does). It accepts connections, reads each one's requests
// with an HttpRequestParser and hands every complete request, in order, to handleRequest() with its socket.
// The subclass writes the whole response to the socket itself (EmulatorResponse::toHttp()), at once or later,
// or aborts the socket: the listener never writes to a connection on its own but to answer input it cannot
// parse (400, 411, 413, 431, 501, 505, then it closes), or "100 Continue".
//
// One request per connection at a time: the next pipelined request is parsed only after handleRequest()
// returned, so synchronous responses keep their order; and none while more than 4 MiB of answers wait to be
// sent (a client that does not read). Keep-alive per HTTP/1.1; after a request with
// "Connection: close" (or an HTTP/1.0 one without keep-alive) the connection closes once its response is
// written. A socket aborted or deleted in handleRequest() is not touched again.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    explicit HttpListener(QObject *parent = nullptr);
    ~HttpListener() override;

    // Listens on address:port (port 0: one the OS chooses). Returns the port, or 0 when it cannot be bound.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 serverPort() const;
    void setLimits(const HttpRequestParser::Limits &limits) { m_limits = limits; }
    // Connections open now (each closed one is gone once the event loop deleted its socket).
    int connectionCount() const { return m_connections; }

protected:
    // Called once per complete request; request.method, url, headers and body are set (time is not).
    virtual void handleRequest(const EmulatorRequest &request, QTcpSocket *socket) = 0;

private:
    struct Connection;
    void accept();
    void serve(Connection *connection);

    QTcpServer *m_server;
    HttpRequestParser::Limits m_limits;
    int m_connections = 0;
};
