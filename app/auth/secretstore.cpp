#include "secretstore.h"

#ifdef Q_OS_WIN
#include "wincredsecretstore.h"
#else
#include "keychainsecretstore.h"
#endif

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

SecretStore *SecretStore::create(const QString &service, QObject *parent)
{
#ifdef Q_OS_WIN
    return new WinCredSecretStore(service, parent);
#else
    return new KeychainSecretStore(service, parent);
#endif
}
