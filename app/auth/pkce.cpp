#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {
const char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
} // namespace

QByteArray Pkce::generateVerifier(int length)
{
    length = qBound(43, length, 128);
    QByteArray verifier;
    verifier.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        verifier.append(kUnreserved[random->bounded(int(sizeof(kUnreserved) - 1))]);
    return verifier;
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (char c : verifier) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        if (!unreserved)
            return false;
    }
    return true;
}

QByteArray Pkce::challengeS256(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray Pkce::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::randomUrlSafe(int bytes)
{
    QByteArray raw(qMax(1, bytes), Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &byte : raw)
        byte = char(random->bounded(256));
    return base64Url(raw);
}
