#pragma once

#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QVariantMap>

class QTcpSocket;

// The loopback listener of the browser sign-in: the redirect URI http://localhost:{port}/ on 127.0.0.1 only.
// It takes one answer: the browser's first request to "/" has its query handed to the sign-in
// (callbackReceived) and the listener stops listening; that request is answered with the page set by then, so
// the browser always learns how the sign-in ended, and the page is written before idle() (a CLI waits for it
// before it exits). A plain QObject on QTcpServer: the product needs nothing of Qt Network Authorization.
class LoopbackReplyHandler : public QObject
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
    QString callback() const;

    // The HTML body of the page the next answer carries (a slot of callbackReceived may change it).
    void setCallbackText(const QString &html) { m_text = html; }
    // Stops listening; answers under way are still written.
    void close();
    // No page is being written: every request that came has had its answer sent and its connection closed.
    bool isIdle() const { return m_answered.isEmpty(); }

Q_SIGNALS:
    // The query of the browser's request to "/", name to (pretty-decoded) value: once per listener.
    void callbackReceived(const QVariantMap &values);
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
    bool m_calledBack = false;     // the one answer was taken
    QSet<QTcpSocket *> m_answered; // requests read, answers being written
};
