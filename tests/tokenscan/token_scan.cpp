// token_scan: after every other test has run (packaging/run-tests.sh runs it as a second ctest invocation),
// no file they left in the test home and the XDG folders, and nothing in their ctest log, may hold a secret
// the emulators issued (or any JSON Web Token). Each finding is listed with file and offset, never the
// secret. It must have something to scan: the console's settings and audit log, and the ctest log of the main
// run.
//
// Environment: CLOUDPC_TOKEN_SCAN_LOGS, the folder (or ':'-separated folders and files) of the main run's
// ctest log (LastTest*.log), set by run-tests.sh; without it the test is skipped (exit 77), since run alone
// or beside the other tests there is nothing complete to scan. HOME must be a throwaway one.
#include "tokenscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstdio>
#include <pwd.h>
#include <unistd.h>

namespace {
void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString environmentFolder(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? QString() : QFileInfo(value).canonicalFilePath();
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

bool contains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString logs = qEnvironmentVariable("CLOUDPC_TOKEN_SCAN_LOGS");
    if (logs.isEmpty()) {
        say(QStringLiteral(
            "token_scan: skipped. It scans what every other test left behind, so it runs after "
            "them: packaging/run-tests.sh runs it (ctest -L tokenscan) with "
            "CLOUDPC_TOKEN_SCAN_LOGS set to the folder of their ctest log."));
        return 77;
    }
    const QString home = environmentFolder("HOME");
    const struct passwd *account = getpwuid(getuid());
    if (home.isEmpty() || home == QLatin1String("/") ||
        (account && home == QFileInfo(QString::fromLocal8Bit(account->pw_dir)).canonicalFilePath())) {
        say(QStringLiteral("token_scan: HOME (%1) is not a throwaway test home; refusing to scan it.")
                .arg(home));
        return 2;
    }

    TokenScanner scanner;
    // The OS keychain (gnome-keyring under run-tests.sh, with its data in the test home) is where tokens are
    // meant to be, encrypted with the keyring's password (run-tests.sh unlocks it with one): its encrypted
    // keyring files are exempt. A keyring file in any other format is scanned like everything else.
    const QString dataHome = environmentFolder("XDG_DATA_HOME");
    scanner.addKeyringFolder((dataHome.isEmpty() ? home + QStringLiteral("/.local/share") : dataHome) +
                             QStringLiteral("/keyrings"));
    scanner.addKeyringFolder(home + QStringLiteral("/.local/share/keyrings"));

    QStringList roots{home};
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = environmentFolder(name);
        if (!folder.isEmpty() && !roots.contains(folder))
            roots.append(folder);
    }
    for (const QString &root : std::as_const(roots))
        scanner.scanFolder(root);

    // The ctest logs: the main run's (a copy, as this run starts a new LastTest.log) and this build's.
    QStringList logFiles;
    QStringList logPlaces = logs.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    logPlaces.append(QStringLiteral(CLOUDPC_CTEST_LOG_DIR));
    for (const QString &place : std::as_const(logPlaces)) {
        const QFileInfo info(place);
        if (info.isDir()) {
            const QFileInfoList entries =
                QDir(place).entryInfoList({QStringLiteral("LastTest*.log")}, QDir::Files | QDir::Hidden);
            for (const QFileInfo &entry : entries)
                logFiles.append(entry.canonicalFilePath());
        } else if (info.isFile()) {
            logFiles.append(info.canonicalFilePath());
        }
    }
    for (const QString &file : std::as_const(logFiles))
        scanner.scanFile(file);

    // What was scanned, relative to the home where it is there.
    auto shown = [&](const QString &path) {
        return path.startsWith(home + QLatin1Char('/')) ? QStringLiteral("~") + path.mid(home.size()) : path;
    };
    say(QStringLiteral("token_scan: home %1; also %2").arg(home, roots.mid(1).join(QStringLiteral(", "))));
    for (const QString &file : scanner.scannedFiles())
        say(QStringLiteral("  scanned %1 (%2 bytes)").arg(shown(file)).arg(sizeOf(file)));
    for (const TokenScanner::Exempt &exempt : scanner.exemptFiles())
        say(QStringLiteral("  exempt  %1 (%2)").arg(shown(exempt.file), exempt.reason));

    // It must have seen what matters: the console's settings and audit log (written by the console's code
    // in the GUI tests and by cloudpcctl in the CLI tests), and the main run's ctest log.
    static const QRegularExpression settingsFile(QStringLiteral("/CloudPcConsole[^/]*/[^/]+\\.conf$"));
    static const QRegularExpression auditFile(QStringLiteral("/CloudPcConsole[^/]*/.*audit\\.jsonl$"));
    QStringList settings;
    QStringList audits;
    QStringList mainLogs;
    for (const QString &file : scanner.scannedFiles()) {
        if (sizeOf(file) == 0)
            continue;
        if (settingsFile.match(file).hasMatch())
            settings.append(shown(file));
        if (auditFile.match(file).hasMatch())
            audits.append(shown(file));
        if (logFiles.contains(file) && contains(file, "Test Passed."))
            mainLogs.append(file);
    }
    int problems = 0;
    auto check = [&](bool ok, const QString &what, const QStringList &found) {
        if (ok) {
            say(QStringLiteral("token_scan: %1: %2").arg(what, found.join(QStringLiteral(", "))));
        } else {
            say(QStringLiteral(
                    "token_scan: FAIL: no %1 among the scanned files; did the other tests run in this "
                    "home first?")
                    .arg(what));
            ++problems;
        }
    };
    check(!settings.isEmpty(), QStringLiteral("console settings"), settings);
    check(!audits.isEmpty(), QStringLiteral("audit log"), audits);
    check(!mainLogs.isEmpty(), QStringLiteral("ctest log of the main run"), mainLogs);

    for (const QString &file : scanner.unreadableFiles()) {
        say(QStringLiteral("token_scan: FAIL: could not read %1").arg(shown(file)));
        ++problems;
    }
    for (const TokenScanner::Hit &hit : scanner.hits()) {
        say(QStringLiteral("token_scan: FAIL: secret found: ") + TokenScanner::describe(hit));
        ++problems;
    }
    say(QStringLiteral("token_scan: %1 files (%2 bytes) scanned, %3 exempt, %4 secret(s) found")
            .arg(scanner.scannedFiles().size())
            .arg(scanner.scannedBytes())
            .arg(scanner.exemptFiles().size())
            .arg(scanner.hits().size()));
    return problems == 0 ? 0 : 1;
}
