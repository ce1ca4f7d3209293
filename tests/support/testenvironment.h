#pragma once

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

// Keeps tests away from the user's real settings and data: QStandardPaths test mode plus a throwaway
// XDG_RUNTIME_DIR, set before the application object exists.
inline void cloudpcTestSetup()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CloudPcConsoleTests"));
    // Settings of their own per test program: ctest runs several at once, and a shared settings file let
    // one program's language or column widths reach another's (tst_translations and tst_languageswitch
    // failed now and then when they ran side by side).
    const QString program = QCoreApplication::instance()
                                ? QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName()
                                : QString();
    QCoreApplication::setApplicationName(program.isEmpty() ? QStringLiteral("cloudpc-tests")
                                                           : QStringLiteral("cloudpc-tests-") + program);
}
