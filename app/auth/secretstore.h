#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Secrets by key in the operating system's keychain, under one service name. Asynchronous: every call ends
// with its callback, from the event loop, never before the call returns (also where the keychain answers at
// once), and never once the store is gone. Two implementations, chosen at build time: QtKeychain (Secret
// Service or KWallet on Linux, Keychain on macOS; KeychainSecretStore) and the Windows Credential Manager
// (WinCredSecretStore). Nothing is ever written to a plain file instead.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // no entry under that key (for remove: there was nothing to remove)
        Failed,   // the keychain could not be used; reason says why, for the log
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read: the secret, when Ok
        QString reason; // Failed: the keychain's own error (not a sentence for the admin)
    };
    using Callback = std::function<void(const Result &)>;

    // The platform's keychain.
    static SecretStore *create(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

protected:
    SecretStore(const QString &service, QObject *parent);

private:
    QString m_service;
};
