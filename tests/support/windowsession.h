#pragma once

// What the GUI tests against the emulator share: an EmulatorSession (emulator, client, TenantLists) with the
// real MainWindow over it, shown and loaded as the admin's F5 loads it.
//
//     WindowSession::Window how;
//     how.auditLog = true;
//     auto session = WindowSession::loaded(options, how); // null when it did not start or load
#include "auditlog.h"
#include "emulatorsession.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QSize>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

class WindowSession : public EmulatorSession
{
public:
    struct Window
    {
        bool auditLog = false;   // an AuditLog in a temporary folder (else the window has none)
        QSize size{1360, 800};   // the window's size
        int tab = -1;            // the tab made current before the window is shown (-1: as it opens)
        bool waitExposed = true; // wait until the window is on screen before loading
        int timeoutMs = 30000;   // for every list to arrive
    };

    using EmulatorSession::EmulatorSession;

    // Makes the lists, the audit log when asked and the MainWindow, shows it and reads every list through
    // it (MainWindow::refresh, until MainWindow::allLoaded); false when a step failed or timed out.
    bool openWindow() { return openWindow(Window()); }
    bool openWindow(const Window &how)
    {
        makeLists();
        if (how.auditLog) {
            if (!dir.isValid())
                return false;
            auditLog = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit.jsonl")));
        }
        window = std::make_unique<MainWindow>(lists.get(), auditLog.get());
        window->resize(how.size);
        if (how.tab >= 0)
            window->tabs()->setCurrentIndex(how.tab);
        window->show();
        if (how.waitExposed && !QTest::qWaitForWindowExposed(window.get()))
            return false;
        QSignalSpy loaded(window.get(), &MainWindow::allLoaded);
        window->refresh();
        return loaded.wait(how.timeoutMs);
    }

    // A started session with its window open and loaded, or null.
    static std::unique_ptr<WindowSession> loaded(const GraphEmulator::Options &options)
    {
        return loaded(options, Window());
    }
    static std::unique_ptr<WindowSession> loaded(const GraphEmulator::Options &options, const Window &how)
    {
        auto session = std::make_unique<WindowSession>(options);
        if (!session->start() || !session->openWindow(how))
            return nullptr;
        return session;
    }

    QTemporaryDir dir;
    std::unique_ptr<AuditLog> auditLog;
    std::unique_ptr<MainWindow> window;
};
