#include "httplistener.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
// Read from a socket in pieces of at most this much, each parsed before the next is read.
constexpr qint64 kReadChunk = 64 * 1024;
// While more than this waits to be sent (a client that sends requests but does not read the answers), no
// further request of that connection is read; reading goes on once half of it has gone out.
constexpr qint64 kMaxUnsent = 4 * 1024 * 1024;
} // namespace

// What the listener keeps of one connection; a child of its socket, so it goes with it.
struct HttpListener::Connection : QObject
{
    Connection(QTcpSocket *tcpSocket, const HttpRequestParser::Limits &limits)
        : QObject(tcpSocket)
        , socket(tcpSocket)
        , parser(limits)
    {}

    QTcpSocket *socket;
    HttpRequestParser parser;
    bool busy = false;    // in serve(): a handler that spins an event loop does not get the next request
    bool closing = false; // no more requests on this connection
    bool paused = false;  // too much unsent: reading waits for bytesWritten
};

HttpListener::HttpListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpListener::accept);
}

HttpListener::~HttpListener()
{
    delete m_server; // and with it the sockets, while this object is still whole
}

quint16 HttpListener::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

quint16 HttpListener::serverPort() const
{
    return m_server->isListening() ? m_server->serverPort() : quint16(0);
}

void HttpListener::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection(socket, m_limits);
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        connect(socket, &QTcpSocket::readyRead, connection, [this, connection] { serve(connection); });
        connect(socket, &QTcpSocket::bytesWritten, connection, [this, connection] {
            if (connection->paused && connection->socket->bytesToWrite() <= kMaxUnsent / 2) {
                connection->paused = false;
                serve(connection);
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            serve(connection);
    }
}

void HttpListener::serve(Connection *connection)
{
    if (connection->busy)
        return; // the serve() below on the stack goes on with these bytes once its handler returned
    // The connection is a child of the socket: it lives exactly as long as the socket does.
    const QPointer<QTcpSocket> socket(connection->socket);
    connection->busy = true;
    while (socket && socket->state() == QAbstractSocket::ConnectedState && !connection->closing) {
        if (socket->bytesToWrite() > kMaxUnsent) {
            connection->paused = true;
            break;
        }
        EmulatorRequest request;
        bool keepAlive = true;
        const HttpRequestParser::Result result = connection->parser.next(&request, &keepAlive);
        if (result == HttpRequestParser::Result::Request) {
            connection->closing = !keepAlive;
            handleRequest(request, socket);
            if (!socket)
                return; // deleted by the handler, and the connection with it
            if (connection->closing && socket->state() == QAbstractSocket::ConnectedState)
                socket->disconnectFromHost(); // after what was written has gone out
            continue;
        }
        if (result == HttpRequestParser::Result::Error) {
            connection->closing = true;
            EmulatorResponse response;
            response.status = connection->parser.errorStatus();
            response.body = connection->parser.errorReason() + '\n';
            response.setHeader("Content-Type", "text/plain; charset=utf-8");
            response.setHeader("Connection", "close");
            socket->write(response.toHttp());
            socket->disconnectFromHost();
            break;
        }
        if (connection->parser.takeContinue())
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (socket->bytesAvailable() <= 0)
            break;
        connection->parser.feed(socket->read(kReadChunk));
    }
    if (socket)
        connection->busy = false;
}
