#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// How a secret longer than one Windows Credential Manager entry holds (CRED_MAX_CREDENTIAL_BLOB_SIZE, 2,560
// bytes; a token JSON with Entra's refresh token can be longer) is laid out over several entries. Pure: no
// Windows call, so that it is tested on every platform.
//   entry 1, target "<service>/<key>":      "<count>\n" followed by the first bytes of the secret
//   entry n (2..count), "<service>/<key>/n": the next bytes
// Every entry's blob is at most maxBlob bytes; an empty secret is one entry holding "1\n".
namespace SecretChunks {
// CRED_MAX_CREDENTIAL_BLOB_SIZE of the Windows SDK's wincred.h (5 * 512 since Windows 7).
constexpr qsizetype credentialBlobLimit = 5 * 512;

// The secret cut into the blobs of its entries, in order (the first carries the count).
QList<QByteArray> split(const QByteArray &secret, qsizetype maxBlob = credentialBlobLimit);
// How many entries the first entry's blob announces; nothing when it is not a first entry's blob.
std::optional<int> partCount(const QByteArray &firstBlob);
// The secret again from all its entries' blobs; nothing when they do not fit together (a count that does not
// match, a missing header).
std::optional<QByteArray> join(const QList<QByteArray> &blobs);
// The Credential Manager target name of entry number part (1-based) of a key.
QString targetName(const QString &service, const QString &key, int part);
} // namespace SecretChunks
