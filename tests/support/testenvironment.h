#pragma once

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

// Keeps tests away from the user's real settings and data: QStandardPaths test mode plus a throwaway
// XDG_RUNTIME_DIR, set before the application object exists.
inline void cloudpcTestSetup()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CloudPcConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("cloudpc-tests"));
}
