#include "wincredsecretstore.h"

#include "secretchunks.h"

#include <QTimer>

#include <qt_windows.h>
#include <wincred.h>

namespace {
// SecretChunks::credentialBlobLimit is the Windows SDK's CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 since Windows
// 7); MinGW-w64's wincred.h still defines the older 512, so its macro is not used here.
static_assert(SecretChunks::credentialBlobLimit == 5 * 512);

// Entries beyond the announced count are looked for up to this number when removing (left over from a longer
// secret, or under a damaged first entry).
constexpr int maxParts = 64;

const wchar_t *wide(const QString &text)
{
    return reinterpret_cast<const wchar_t *>(text.utf16());
}

SecretStore::Result failure(const char *call, DWORD error)
{
    SecretStore::Result result;
    result.status = SecretStore::Status::Failed;
    result.reason = QStringLiteral("%1 failed, Windows error %2").arg(QLatin1String(call)).arg(error);
    return result;
}

// One entry's blob; the error of CredReadW (ERROR_NOT_FOUND among them) when there is none.
std::optional<QByteArray> readBlob(const QString &target, DWORD *error)
{
    PCREDENTIALW credential = nullptr;
    if (!CredReadW(wide(target), CRED_TYPE_GENERIC, 0, &credential)) {
        *error = GetLastError();
        return std::nullopt;
    }
    const QByteArray blob(reinterpret_cast<const char *>(credential->CredentialBlob),
                          qsizetype(credential->CredentialBlobSize));
    CredFree(credential);
    return blob;
}

bool writeBlob(const QString &target, const QString &userName, const QByteArray &blob)
{
    QString targetCopy = target; // CREDENTIALW wants non-const strings
    QString userCopy = userName;
    QByteArray blobCopy = blob;
    CREDENTIALW credential{};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = reinterpret_cast<LPWSTR>(targetCopy.data());
    credential.UserName = reinterpret_cast<LPWSTR>(userCopy.data());
    credential.CredentialBlobSize = DWORD(blobCopy.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blobCopy.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    return CredWriteW(&credential, 0) != 0;
}

// Removes the entries from number `from` on, until one is not there. False with the error when one could not
// be removed.
bool removeFrom(const QString &service, const QString &key, int from, DWORD *error)
{
    for (int part = from; part <= maxParts; ++part) {
        if (!CredDeleteW(wide(SecretChunks::targetName(service, key, part)), CRED_TYPE_GENERIC, 0)) {
            const DWORD last = GetLastError();
            if (last == ERROR_NOT_FOUND)
                return true;
            *error = last;
            return false;
        }
    }
    return true;
}
} // namespace

WinCredSecretStore::WinCredSecretStore(const QString &service, QObject *parent)
    : SecretStore(service, parent)
{}

void WinCredSecretStore::deliver(Callback done, const Result &result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void WinCredSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    const QList<QByteArray> blobs = SecretChunks::split(secret.toUtf8());
    // The further entries first and the first one last, so that a first entry never announces entries that
    // are not written yet.
    for (qsizetype i = blobs.size() - 1; i >= 0; --i) {
        if (!writeBlob(SecretChunks::targetName(service(), key, int(i) + 1), key, blobs.at(i))) {
            deliver(std::move(done), failure("CredWriteW", GetLastError()));
            return;
        }
    }
    // Entries a longer secret left behind.
    DWORD error = 0;
    if (!removeFrom(service(), key, int(blobs.size()) + 1, &error)) {
        deliver(std::move(done), failure("CredDeleteW", error));
        return;
    }
    deliver(std::move(done), {});
}

void WinCredSecretStore::read(const QString &key, Callback done)
{
    DWORD error = 0;
    const std::optional<QByteArray> first = readBlob(SecretChunks::targetName(service(), key, 1), &error);
    if (!first) {
        Result result = failure("CredReadW", error);
        if (error == ERROR_NOT_FOUND)
            result = Result{Status::NotFound, {}, {}};
        deliver(std::move(done), result);
        return;
    }
    QList<QByteArray> blobs{*first};
    const int count = SecretChunks::partCount(*first).value_or(1);
    for (int part = 2; part <= count && part <= maxParts; ++part) {
        const std::optional<QByteArray> blob =
            readBlob(SecretChunks::targetName(service(), key, part), &error);
        if (!blob) {
            // A missing part makes the whole entry unreadable, as a damaged one: not there.
            if (error == ERROR_NOT_FOUND)
                break;
            deliver(std::move(done), failure("CredReadW", error));
            return;
        }
        blobs.append(*blob);
    }
    const std::optional<QByteArray> secret = SecretChunks::join(blobs);
    if (!secret) {
        deliver(std::move(done),
                Result{Status::NotFound, {}, QStringLiteral("the entry's parts do not fit")});
        return;
    }
    deliver(std::move(done), Result{Status::Ok, QString::fromUtf8(*secret), {}});
}

void WinCredSecretStore::remove(const QString &key, Callback done)
{
    Result result;
    if (!CredDeleteW(wide(SecretChunks::targetName(service(), key, 1)), CRED_TYPE_GENERIC, 0)) {
        const DWORD error = GetLastError();
        result = error == ERROR_NOT_FOUND ? Result{Status::NotFound, {}, {}} : failure("CredDeleteW", error);
    }
    DWORD error = 0;
    if (result.status != Status::Failed && !removeFrom(service(), key, 2, &error))
        result = failure("CredDeleteW", error);
    deliver(std::move(done), result);
}
