#pragma once

#include "identityerror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

// One form POST to the identity platform (token or devicecode endpoint): a JSON reply on 200, the
// platform's error otherwise. Deletes itself after succeeded() or failed().
class IdentityRequest : public QObject
{
    Q_OBJECT
public:
    static IdentityRequest *post(QNetworkAccessManager *nam, const QUrl &url, const QUrlQuery &form,
                                 QObject *parent = nullptr);
    void abort();

Q_SIGNALS:
    void succeeded(const QJsonObject &reply);
    void failed(const IdentityError &error);

private:
    explicit IdentityRequest(QObject *parent);
    void onFinished();

    QPointer<QNetworkReply> m_reply;
};
