#include "devicecodesignin.h"

#include "authlogging.h"
#include "identityrequest.h"

DeviceCodeSignIn::DeviceCodeSignIn(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: after a slow_down that is a poll "a little" too soon, which
    // the service answers with another slow_down. The next poll waits at least the whole interval.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

void DeviceCodeSignIn::start(const AuthConfig &config, const QString &tenant)
{
    stop();
    const QString problem = config.validate();
    if (!problem.isEmpty()) {
        Q_EMIT failed(IdentityError::local(IdentityError::Kind::Configuration, problem));
        return;
    }
    m_config = config;
    m_tokenUrl = config.tokenUrl(tenant);
    m_running = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), config.clientId());
    form.addQueryItem(QStringLiteral("scope"), config.scopeString());
    m_request = IdentityRequest::post(&m_nam, config.deviceCodeUrl(tenant), form, this);
    connect(m_request, &IdentityRequest::succeeded, this, &DeviceCodeSignIn::onDeviceCode);
    connect(m_request, &IdentityRequest::failed, this, &DeviceCodeSignIn::fail);
}

void DeviceCodeSignIn::cancel()
{
    if (m_running)
        fail(IdentityError::local(IdentityError::Kind::Cancelled, tr("Sign-in was cancelled.")));
}

void DeviceCodeSignIn::onDeviceCode(const QJsonObject &reply)
{
    Code code;
    m_deviceCode = reply.value(QStringLiteral("device_code")).toString();
    code.userCode = reply.value(QStringLiteral("user_code")).toString();
    code.verificationUri = QUrl(reply.value(QStringLiteral("verification_uri")).toString());
    code.message = reply.value(QStringLiteral("message")).toString();
    const qint64 expiresIn = reply.value(QStringLiteral("expires_in")).toInteger(900);
    code.expiresUtc = QDateTime::currentDateTimeUtc().addSecs(expiresIn > 0 ? expiresIn : 900);
    m_expiresUtc = code.expiresUtc;
    if (m_deviceCode.isEmpty() || code.userCode.isEmpty() || !code.verificationUri.isValid()) {
        fail(IdentityError::local(IdentityError::Kind::InvalidReply,
                                  tr("The sign-in service gave no usable device code.")));
        return;
    }
    const qint64 interval = reply.value(QStringLiteral("interval")).toInteger(5);
    m_interval = m_intervalOverride ? *m_intervalOverride : std::chrono::seconds(qMax<qint64>(1, interval));
    qCInfo(lcAuth) << "device code sign-in: waiting for the user at" << code.verificationUri.toString()
                   << "polling every" << m_interval.count() << "ms";
    Q_EMIT codeReady(code);
    m_timer.start(m_interval);
}

void DeviceCodeSignIn::poll()
{
    if (!m_running)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_expiresUtc) {
        fail(IdentityError::local(IdentityError::Kind::Timeout,
                                  tr("The code expired before sign-in was completed. Start again for a new "
                                     "code.")));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId());
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    m_request = IdentityRequest::post(&m_nam, m_tokenUrl, form, this);
    connect(m_request, &IdentityRequest::succeeded, this, [this](const QJsonObject &reply) {
        QString problem;
        const std::optional<TokenResponse> tokens = TokenResponse::fromReply(reply, &problem);
        if (!tokens) {
            fail(IdentityError::local(IdentityError::Kind::InvalidReply, problem));
            return;
        }
        qCInfo(lcAuth) << "device code sign-in: tokens received";
        stop();
        Q_EMIT succeeded(*tokens);
    });
    connect(m_request, &IdentityRequest::failed, this, &DeviceCodeSignIn::onPollFailed);
}

void DeviceCodeSignIn::onPollFailed(const IdentityError &error)
{
    if (!m_running)
        return;
    const bool transient = error.kind == IdentityError::Kind::Network || error.httpStatus >= 500;
    if (error.error == QLatin1String("authorization_pending") || transient) {
        Q_EMIT pollAnswered(transient ? error.summary() : error.error);
        m_timer.start(m_interval);
        return;
    }
    if (error.error == QLatin1String("slow_down")) {
        m_interval += m_slowDownIncrement;
        qCInfo(lcAuth) << "device code sign-in: slow_down, polling every" << m_interval.count() << "ms";
        Q_EMIT pollAnswered(error.error);
        m_timer.start(m_interval);
        return;
    }
    // authorization_declined, expired_token, bad_verification_code and anything unexpected end it.
    fail(error);
}

void DeviceCodeSignIn::fail(const IdentityError &error)
{
    qCInfo(lcAuth) << "device code sign-in failed:" << error.summary();
    stop();
    Q_EMIT failed(error);
}

void DeviceCodeSignIn::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_request)
        m_request->abort();
    m_request = nullptr;
    m_deviceCode.clear();
}
