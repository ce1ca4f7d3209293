#pragma once

#include "secretstore.h"

// SecretStore over the Windows Credential Manager (wincred.h, advapi32): generic credentials persisted for
// the user on this machine (CRED_PERSIST_LOCAL_MACHINE), target name "<service>/<key>", the secret as UTF-8.
// A secret longer than one credential's blob holds is spread over numbered entries ("<service>/<key>/2", …;
// the layout is SecretChunks'). The calls are quick and synchronous; their results are delivered queued, as
// the other stores deliver theirs.
class WinCredSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit WinCredSecretStore(const QString &service, QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, Callback done) override;
    void read(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    void deliver(Callback done, const Result &result);
};
