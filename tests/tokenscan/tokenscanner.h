#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Looks for secrets in files: the marker every secret the emulators issue carries (SecretMarker), the
// emulators' token prefixes and JSON Web Tokens. Says where (file and byte offset) and what kind, never the
// secret itself.
class TokenScanner
{
public:
    struct Hit
    {
        QString file;
        qint64 offset = 0; // byte offset of the secret's first character
        qint64 length = 0; // its length in bytes
        QString kind;      // "access token", "refresh token", …
    };
    struct Exempt
    {
        QString file;
        QString reason;
    };

    // Folders of the OS keychain's own files (gnome-keyring's keyrings). Tokens are meant to be there,
    // encrypted: a file there is exempt when it is in gnome-keyring's encrypted format, and scanned like any
    // other otherwise (a keyring saved in clear text is a finding like any other file).
    void addKeyringFolder(const QString &path);

    // Scans one file; a file already scanned (by canonical path) is not scanned again.
    void scanFile(const QString &path);
    // Scans every regular file below a folder, hidden ones too; symbolic links are not followed, sockets and
    // other special files are skipped.
    void scanFolder(const QString &path);

    const QList<Hit> &hits() const { return m_hits; }
    // Canonical paths of the files read, in the order they were scanned.
    const QStringList &scannedFiles() const { return m_scanned; }
    qint64 scannedBytes() const { return m_bytes; }
    const QList<Exempt> &exemptFiles() const { return m_exempt; }
    const QStringList &unreadableFiles() const { return m_unreadable; }

    // The secrets in a file's content (Hit::file left empty), in order.
    static QList<Hit> find(const QByteArray &content);
    // One line for a report: file, offset, kind and length; never a character of the secret.
    static QString describe(const Hit &hit);
    // Whether a file's content is a gnome-keyring keyring in its encrypted (binary) format: the header
    // "GnomeKeyring\n\r\0\n", format version 0.0, AES and MD5 (gkm-secret-binary.c). A keyring without a
    // password is saved as text ("[keyring]" …) instead.
    static bool isEncryptedKeyring(const QByteArray &content);

private:
    bool inKeyringFolder(const QString &canonicalPath) const;

    QStringList m_keyringFolders;
    QSet<QString> m_seen;
    QStringList m_scanned;
    qint64 m_bytes = 0;
    QList<Hit> m_hits;
    QList<Exempt> m_exempt;
    QStringList m_unreadable;
};
