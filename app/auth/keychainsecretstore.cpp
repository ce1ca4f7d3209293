#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace {
SecretStore::Result resultOf(const QKeychain::Job *job)
{
    SecretStore::Result result;
    if (job->error() == QKeychain::NoError)
        return result;
    if (job->error() == QKeychain::EntryNotFound) {
        result.status = SecretStore::Status::NotFound;
        return result;
    }
    result.status = SecretStore::Status::Failed;
    result.reason = QStringLiteral("error %1: %2").arg(int(job->error())).arg(job->errorString());
    return result;
}

// Without a parent: a job deletes itself once finished (autoDelete), and must live until then even when the
// store goes first, because QtKeychain's libsecret backend does not cancel a running call when its job is
// destroyed and would finish into a deleted job. The store's callbacks are connected with the store as
// context, so none runs once it is gone.
template <typename JobType> JobType *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service, nullptr);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    job->setKey(key);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(service, parent)
{}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(service(), key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(service(), key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result.status == Status::Ok)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(service(), key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}
