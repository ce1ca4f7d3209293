#pragma once

#include "tokenresponse.h"

#include <QHash>
#include <QObject>
#include <QString>

class SecretStore;

// Tokens per account in the OS keychain (SecretStore; service "CloudPcConsole", one entry per account key,
// JSON with the refresh token etc.). Never in settings or files. When the keychain cannot be used, tokens
// live in memory for this session only and persistent() turns false, with a message for the admin.
class TokenCache : public QObject
{
    Q_OBJECT
public:
    explicit TokenCache(QObject *parent = nullptr);
    TokenCache(const QString &service, QObject *parent = nullptr);

    QString service() const;
    // False once the keychain failed: tokens will not be remembered after the console closes.
    bool isPersistent() const { return m_persistent; }
    QString persistenceMessage() const { return m_persistenceMessage; }

    // Asynchronous; ends with stored().
    void store(const QString &accountKey, const TokenResponse &tokens);
    // Asynchronous; ends with loaded(). Answers from memory when this session already has the tokens.
    void load(const QString &accountKey);
    // Asynchronous; ends with removed().
    void remove(const QString &accountKey);
    // Whether a write or removal is still on its way to the keychain: a program about to exit waits for
    // idle(), or a rotated refresh token is lost and the next start has to sign in again.
    bool hasPendingWrites() const { return m_pendingWrites > 0; }
    // What this session holds in memory (nothing when unknown).
    std::optional<TokenResponse> cached(const QString &accountKey) const;

Q_SIGNALS:
    void stored(const QString &accountKey, bool persisted);
    void loaded(const QString &accountKey, bool found, const TokenResponse &tokens);
    void removed(const QString &accountKey);
    void persistenceChanged(bool persistent, const QString &message);
    // Every write and removal has reached the keychain (or failed).
    void idle();

private:
    void keychainFailed(const QString &what, const QString &reason);
    void setPersistent(bool persistent, const QString &message);
    void writeFinished();

    SecretStore *m_store;
    QHash<QString, TokenResponse> m_memory;
    bool m_persistent = true;
    int m_pendingWrites = 0;
    QString m_persistenceMessage;
};
