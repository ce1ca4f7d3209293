#include "secretchunks.h"

namespace SecretChunks {

namespace {
QByteArray header(int count)
{
    return QByteArray::number(count) + '\n';
}

// The number of entries a secret of that size needs: the first holds the header and then data, the others
// data.
int countFor(qsizetype size, qsizetype maxBlob)
{
    for (int count = 1;; ++count) {
        const qsizetype room = (maxBlob - header(count).size()) + (count - 1) * maxBlob;
        if (size <= room)
            return count;
    }
}
} // namespace

QList<QByteArray> split(const QByteArray &secret, qsizetype maxBlob)
{
    Q_ASSERT(maxBlob > 16);
    const int count = countFor(secret.size(), maxBlob);
    QList<QByteArray> blobs;
    blobs.reserve(count);
    QByteArray first = header(count);
    const qsizetype firstData = qMin(secret.size(), maxBlob - first.size());
    first += secret.left(firstData);
    blobs.append(first);
    for (qsizetype at = firstData; at < secret.size(); at += maxBlob)
        blobs.append(secret.mid(at, maxBlob));
    Q_ASSERT(blobs.size() == count);
    return blobs;
}

std::optional<int> partCount(const QByteArray &firstBlob)
{
    const qsizetype newline = firstBlob.indexOf('\n');
    if (newline <= 0 || newline > 6)
        return std::nullopt;
    const QByteArray digits = firstBlob.left(newline);
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const int count = digits.toInt(&ok);
    if (!ok || count < 1 || digits.startsWith('0'))
        return std::nullopt;
    return count;
}

std::optional<QByteArray> join(const QList<QByteArray> &blobs)
{
    if (blobs.isEmpty())
        return std::nullopt;
    const std::optional<int> count = partCount(blobs.first());
    if (!count || *count != blobs.size())
        return std::nullopt;
    QByteArray secret = blobs.first().mid(blobs.first().indexOf('\n') + 1);
    for (qsizetype i = 1; i < blobs.size(); ++i)
        secret += blobs.at(i);
    return secret;
}

QString targetName(const QString &service, const QString &key, int part)
{
    const QString target = service + QLatin1Char('/') + key;
    return part <= 1 ? target : target + QLatin1Char('/') + QString::number(part);
}

} // namespace SecretChunks
