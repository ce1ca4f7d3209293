#include "loopbackreplyhandler.h"

#include "authlogging.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVariantMap>

namespace {
// A browser's request line and headers fit in far less; anything longer is not a sign-in answer.
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
constexpr auto kConnectionTimeout = std::chrono::seconds(10);
} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReplyHandler::onNewConnection);
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

bool LoopbackReplyHandler::listen()
{
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QString LoopbackReplyHandler::callback() const
{
    return QStringLiteral("http://localhost:%1/").arg(m_port);
}

void LoopbackReplyHandler::close()
{
    m_server.close();
}

void LoopbackReplyHandler::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Browsers open connections they never use: those are dropped after a while.
        QTimer::singleShot(kConnectionTimeout, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReplyHandler::onReadyRead(QTcpSocket *socket)
{
    if (m_answered.contains(socket)) {
        socket->readAll();
        return;
    }
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestBytes)
            socket->abort();
        return;
    }
    const QByteArray requestLine = socket->readLine(kMaxRequestBytes).trimmed();
    answer(socket, requestLine);
}

void LoopbackReplyHandler::answer(QTcpSocket *socket, const QByteArray &requestLine)
{
    m_answered.insert(socket);
    // In flight until the answer is out and the connection closed (or the browser went away).
    connect(socket, &QObject::destroyed, this, [this, socket] { pageDone(socket); });

    // "GET /?code=…&state=… HTTP/1.1"
    const QList<QByteArray> parts = requestLine.split(' ');
    const QUrl url(QStringLiteral("http://localhost") +
                   (parts.size() == 3 ? QString::fromLatin1(parts[1]) : QString()));
    QByteArray status = "200 OK";
    QString body;
    if (parts.size() != 3 || parts[0] != "GET" || !url.isValid() || url.path() != QLatin1String("/")) {
        status = "404 Not Found";
        body = tr("This address only takes the answer of a sign-in page.").toHtmlEscaped();
    } else {
        if (!m_calledBack) {
            // One answer: whatever it says, the sign-in takes no other (a later request on a connection
            // accepted before this one only gets the page).
            m_calledBack = true;
            m_server.close();
            // The query split into name and (pretty-decoded) value, as Qt 6.4's reply handlers did.
            QVariantMap values;
            const auto items = QUrlQuery(url.query()).queryItems();
            for (const auto &item : items)
                values.insert(item.first, item.second);
            qCInfo(lcAuth) << "loopback listener: the browser answered";
            Q_EMIT callbackReceived(values); // the slots set the page this answer carries
        }
        body = m_text;
    }
    const QByteArray html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Cloud PC Console</title>"
        "</head><body>" +
        body.toUtf8() + "</body></html>";
    socket->write("HTTP/1.1 " + status +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                  "Connection: close\r\nContent-Length: " +
                  QByteArray::number(html.size()) + "\r\n\r\n" + html);
    socket->disconnectFromHost(); // after the page is written
}

void LoopbackReplyHandler::pageDone(QTcpSocket *socket)
{
    if (m_answered.remove(socket) && m_answered.isEmpty())
        Q_EMIT idle();
}
