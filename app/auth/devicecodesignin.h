#pragma once

#include "authconfig.h"
#include "identityerror.h"
#include "tokenresponse.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <optional>

class IdentityRequest;

// Device authorization grant (for hosts where no browser can reach the loopback): asks /devicecode for a
// user code, shows it (codeReady), then polls /token: keeps polling on authorization_pending, adds 5 s to
// the interval on slow_down, stops on authorization_declined, expired_token, bad_verification_code (and
// any other error).
class DeviceCodeSignIn : public QObject
{
    Q_OBJECT
public:
    struct Code
    {
        QString userCode;
        QUrl verificationUri;
        QString message; // the service's own instructions
        QDateTime expiresUtc;
    };

    explicit DeviceCodeSignIn(QObject *parent = nullptr);

    // Tests: poll at this interval instead of the one the service asks for, and add this on slow_down.
    void setPollIntervalOverride(std::chrono::milliseconds interval) { m_intervalOverride = interval; }
    void setSlowDownIncrement(std::chrono::milliseconds increment) { m_slowDownIncrement = increment; }
    std::chrono::milliseconds pollInterval() const { return m_interval; }

    void start(const AuthConfig &config, const QString &tenant = {});
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void codeReady(const DeviceCodeSignIn::Code &code);
    // Each answer to a poll that was not the end: "authorization_pending", "slow_down", or a transient error.
    void pollAnswered(const QString &answer);
    void succeeded(const TokenResponse &tokens);
    void failed(const IdentityError &error);

private:
    void onDeviceCode(const QJsonObject &reply);
    void poll();
    void onPollFailed(const IdentityError &error);
    void fail(const IdentityError &error);
    void stop();

    QNetworkAccessManager m_nam;
    QTimer m_timer;
    QPointer<IdentityRequest> m_request;
    AuthConfig m_config;
    QUrl m_tokenUrl;
    QString m_deviceCode;
    QDateTime m_expiresUtc;
    std::chrono::milliseconds m_interval = std::chrono::seconds(5);
    std::optional<std::chrono::milliseconds> m_intervalOverride;
    std::chrono::milliseconds m_slowDownIncrement = std::chrono::seconds(5);
    bool m_running = false;
};

Q_DECLARE_METATYPE(DeviceCodeSignIn::Code)
