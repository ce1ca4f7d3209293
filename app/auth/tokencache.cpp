#include "tokencache.h"

#include "authlogging.h"

#include <QJsonDocument>
#include <QTimer>
#include <qt6keychain/keychain.h>

TokenCache::TokenCache(QObject *parent)
    : TokenCache(QStringLiteral("CloudPcConsole"), parent)
{}

TokenCache::TokenCache(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void TokenCache::store(const QString &accountKey, const TokenResponse &tokens)
{
    m_memory.insert(accountKey, tokens);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    job->setKey(accountKey);
    job->setTextData(QString::fromUtf8(QJsonDocument(tokens.toCacheJson()).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this, accountKey](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError;
        if (ok)
            setPersistent(true, {});
        else
            keychainFailed(finished, QStringLiteral("write"));
        Q_EMIT stored(accountKey, ok);
        writeFinished();
    });
    ++m_pendingWrites;
    job->start();
}

void TokenCache::load(const QString &accountKey)
{
    const auto it = m_memory.constFind(accountKey);
    if (it != m_memory.constEnd()) {
        const TokenResponse tokens = *it;
        QTimer::singleShot(0, this, [this, accountKey, tokens] { Q_EMIT loaded(accountKey, true, tokens); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(accountKey);
    connect(job, &QKeychain::Job::finished, this, [this, accountKey](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound) {
            Q_EMIT loaded(accountKey, false, {});
            return;
        }
        if (read->error() != QKeychain::NoError) {
            keychainFailed(read, QStringLiteral("read"));
            Q_EMIT loaded(accountKey, false, {});
            return;
        }
        setPersistent(true, {});
        const std::optional<TokenResponse> tokens =
            TokenResponse::fromCacheJson(QJsonDocument::fromJson(read->textData().toUtf8()).object());
        if (!tokens) {
            qCWarning(lcAuth) << "token cache: the keychain entry of an account is not readable; ignoring it";
            Q_EMIT loaded(accountKey, false, {});
            return;
        }
        m_memory.insert(accountKey, *tokens);
        Q_EMIT loaded(accountKey, true, *tokens);
    });
    job->start();
}

void TokenCache::remove(const QString &accountKey)
{
    m_memory.remove(accountKey);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(accountKey);
    connect(job, &QKeychain::Job::finished, this, [this, accountKey](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            keychainFailed(finished, QStringLiteral("delete"));
        Q_EMIT removed(accountKey);
        writeFinished();
    });
    ++m_pendingWrites;
    job->start();
}

void TokenCache::writeFinished()
{
    if (--m_pendingWrites == 0)
        Q_EMIT idle();
}

std::optional<TokenResponse> TokenCache::cached(const QString &accountKey) const
{
    const auto it = m_memory.constFind(accountKey);
    if (it == m_memory.constEnd())
        return std::nullopt;
    return *it;
}

void TokenCache::keychainFailed(QKeychain::Job *job, const QString &what)
{
    qCWarning(lcAuth) << "token cache: keychain" << what << "failed, error" << int(job->error())
                      << job->errorString();
    // The keychain's own error (often a D-Bus name or path) goes to the log above, not into a sentence for
    // the admin.
    setPersistent(false, tr("The system keychain is not available, so the sign-in tokens will not be "
                            "remembered after the console closes."));
}

void TokenCache::setPersistent(bool persistent, const QString &message)
{
    if (m_persistent == persistent && m_persistenceMessage == message)
        return;
    m_persistent = persistent;
    m_persistenceMessage = message;
    Q_EMIT persistenceChanged(persistent, message);
}
