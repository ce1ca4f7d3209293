#pragma once

#include <QOAuthOobReplyHandler>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

// The loopback listener of the browser sign-in: the redirect URI http://localhost:{port}/ on 127.0.0.1 only.
// It reads the browser's one request, hands its query to the flow (callbackReceived), and answers with the
// page set by then, so the browser always learns how the sign-in ended. The token reply is parsed by
// QOAuthOobReplyHandler as before. Qt 6.4's QOAuthHttpServerReplyHandler answered after the console may
// already have quit (cloudpcctl), leaving the tab with no page, and said http://127.0.0.1 as callback().
class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    // 127.0.0.1 on a port the OS picks.
    bool listen();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_port; }
    // http://localhost:{port}/: what app registrations list (the port is ignored when matching).
    QString callback() const override;

    // The HTML body of the page the next answer carries (a slot of callbackReceived may change it).
    void setCallbackText(const QString &html) { m_text = html; }
    // Stops listening; answers under way are still written.
    void close();
    // No page is being written: every request that came has had its answer sent and its connection closed.
    bool isIdle() const { return m_answered.isEmpty(); }

Q_SIGNALS:
    // The last page in flight was written and its connection closed.
    void idle();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &requestLine);
    void pageDone(QTcpSocket *socket);

    QTcpServer m_server;
    quint16 m_port = 0;
    QString m_text;
    QSet<QTcpSocket *> m_answered; // requests read, answers being written
};
