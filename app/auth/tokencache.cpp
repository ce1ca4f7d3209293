#include "tokencache.h"

#include "authlogging.h"
#include "secretstore.h"

#include <QJsonDocument>
#include <QTimer>

TokenCache::TokenCache(QObject *parent)
    : TokenCache(QStringLiteral("CloudPcConsole"), parent)
{}

TokenCache::TokenCache(const QString &service, QObject *parent)
    : QObject(parent)
    , m_store(SecretStore::create(service, this))
{}

QString TokenCache::service() const
{
    return m_store->service();
}

void TokenCache::store(const QString &accountKey, const TokenResponse &tokens)
{
    m_memory.insert(accountKey, tokens);
    const QString json =
        QString::fromUtf8(QJsonDocument(tokens.toCacheJson()).toJson(QJsonDocument::Compact));
    ++m_pendingWrites;
    m_store->write(accountKey, json, [this, accountKey](const SecretStore::Result &result) {
        const bool ok = result.status == SecretStore::Status::Ok;
        if (ok)
            setPersistent(true, {});
        else
            keychainFailed(QStringLiteral("write"), result.reason);
        Q_EMIT stored(accountKey, ok);
        writeFinished();
    });
}

void TokenCache::load(const QString &accountKey)
{
    const auto it = m_memory.constFind(accountKey);
    if (it != m_memory.constEnd()) {
        const TokenResponse tokens = *it;
        QTimer::singleShot(0, this, [this, accountKey, tokens] { Q_EMIT loaded(accountKey, true, tokens); });
        return;
    }
    m_store->read(accountKey, [this, accountKey](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::NotFound) {
            Q_EMIT loaded(accountKey, false, {});
            return;
        }
        if (result.status == SecretStore::Status::Failed) {
            keychainFailed(QStringLiteral("read"), result.reason);
            Q_EMIT loaded(accountKey, false, {});
            return;
        }
        setPersistent(true, {});
        const std::optional<TokenResponse> tokens =
            TokenResponse::fromCacheJson(QJsonDocument::fromJson(result.secret.toUtf8()).object());
        if (!tokens) {
            qCWarning(lcAuth) << "token cache: the keychain entry of an account is not readable; ignoring it";
            Q_EMIT loaded(accountKey, false, {});
            return;
        }
        m_memory.insert(accountKey, *tokens);
        Q_EMIT loaded(accountKey, true, *tokens);
    });
}

void TokenCache::remove(const QString &accountKey)
{
    m_memory.remove(accountKey);
    ++m_pendingWrites;
    m_store->remove(accountKey, [this, accountKey](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::Failed)
            keychainFailed(QStringLiteral("delete"), result.reason);
        Q_EMIT removed(accountKey);
        writeFinished();
    });
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

void TokenCache::keychainFailed(const QString &what, const QString &reason)
{
    qCWarning(lcAuth) << "token cache: keychain" << what << "failed," << reason;
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
