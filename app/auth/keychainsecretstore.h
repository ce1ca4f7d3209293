#pragma once

#include "secretstore.h"

// SecretStore over QtKeychain's jobs (Linux and macOS): one entry per key under the service, never the
// insecure plain-text fallback. A job still running when the store is destroyed finishes on its own; its
// callback is not called.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, Callback done) override;
    void read(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;
};
