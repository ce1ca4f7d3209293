#include "tokenscanner.h"

#include "secretmarker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
// The characters a token is made of here: base64url (the emulators' tokens and codes, JWT parts), the dots
// between a JWT's parts, and '-' and '~' of the prefixes and of unreserved URL characters.
bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

struct Prefix
{
    const char *text;
    const char *kind;
};
const Prefix kPrefixes[] = {{"emu-at-", "access token"},
                            {"emu-rt-", "refresh token"},
                            {"emu-code-", "authorization code"},
                            {"emu-dc-", "device code"}};
// A prefix followed by fewer characters than this is a mention of the prefix (as in a test's source line
// quoted by a failure message), not a token.
constexpr int kMinimumTokenTail = 8;
} // namespace

void TokenScanner::addKeyringFolder(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty() && !m_keyringFolders.contains(canonical))
        m_keyringFolders.append(canonical);
}

bool TokenScanner::inKeyringFolder(const QString &canonicalPath) const
{
    for (const QString &folder : m_keyringFolders) {
        if (canonicalPath.startsWith(folder + QLatin1Char('/')))
            return true;
    }
    return false;
}

void TokenScanner::scanFile(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !info.isFile() || m_seen.contains(canonical))
        return;
    m_seen.insert(canonical);
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly)) {
        m_unreadable.append(canonical);
        return;
    }
    const QByteArray content = file.readAll();
    if (inKeyringFolder(canonical) && isEncryptedKeyring(content)) {
        m_exempt.append({canonical, QStringLiteral("gnome-keyring keyring, encrypted")});
        return;
    }
    m_scanned.append(canonical);
    m_bytes += content.size();
    const QList<Hit> found = find(content);
    for (Hit hit : found) {
        hit.file = canonical;
        m_hits.append(hit);
    }
}

void TokenScanner::scanFolder(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        scanFile(it.next());
}

QList<TokenScanner::Hit> TokenScanner::find(const QByteArray &content)
{
    // Latin-1 maps each byte to one character, so positions in the text are byte offsets in the file.
    const QString text = QString::fromLatin1(content);
    static const QRegularExpression candidate(
        QStringLiteral("%1|emu-(?:at|rt|code|dc)-|eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.")
            .arg(QRegularExpression::escape(SecretMarker::marker())));
    QList<Hit> hits;
    qsizetype coveredUntil = 0;
    QRegularExpressionMatchIterator matches = candidate.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedStart() < coveredUntil)
            continue; // part of the secret already reported
        qsizetype start = match.capturedStart();
        while (start > 0 && isTokenChar(content.at(start - 1)))
            --start;
        qsizetype end = match.capturedEnd();
        while (end < content.size() && isTokenChar(content.at(end)))
            ++end;
        const QByteArray token = content.mid(start, end - start);

        Hit hit;
        hit.offset = start;
        hit.length = end - start;
        const bool marked = token.contains(SecretMarker::kMarker);
        for (const Prefix &prefix : kPrefixes) {
            const qsizetype at = token.indexOf(prefix.text);
            if (at < 0)
                continue;
            hit.kind = QString::fromLatin1(prefix.kind);
            if (!marked && token.size() - at - qsizetype(qstrlen(prefix.text)) < kMinimumTokenTail)
                hit.kind.clear(); // the prefix alone
            break;
        }
        if (hit.kind.isEmpty() && token.startsWith("eyJ") && token.count('.') >= 2)
            hit.kind = QStringLiteral("JSON Web Token");
        if (hit.kind.isEmpty() && marked)
            hit.kind = QStringLiteral("secret with the emulator's marker");
        if (hit.kind.isEmpty())
            continue;
        hits.append(hit);
        coveredUntil = end;
    }
    return hits;
}

QString TokenScanner::describe(const Hit &hit)
{
    return QStringLiteral("%1: offset %2: %3, %4 bytes (not shown)")
        .arg(QDir::toNativeSeparators(hit.file))
        .arg(hit.offset)
        .arg(hit.kind)
        .arg(hit.length);
}

bool TokenScanner::isEncryptedKeyring(const QByteArray &content)
{
    static const QByteArray header("GnomeKeyring\n\r\0\n", 16);
    // header, major and minor version (0, 0), crypto algorithm (0: AES), hash algorithm (0: MD5)
    return content.size() > header.size() + 4 && content.startsWith(header) &&
           content.mid(header.size(), 4) == QByteArray(4, '\0');
}
