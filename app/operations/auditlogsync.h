#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <functional>
#include <memory>

class QThread;

// Forces what the audit log wrote to its file through to the disk (PlatformFile::syncToDisk) on a thread of
// its own, so that the thread that writes never waits for the disk: an fsync takes 3-5 ms on the project
// machine and over 100 ms when other programs write too, and the GUI thread would wait for it per record.
//
// Group commit: the data written before request() is covered by the next sync that starts after it; every
// request made while a sync runs is served by the one sync that follows. A request's `done` is called (on
// the thread the caller chose, through notify) once its sync has finished.
//
// The destructor finishes the syncs asked for, then stops the thread.
class AuditLogSync
{
public:
    // Forces the file at a path to the disk; false when the system says it could not.
    using SyncFile = std::function<bool(const QString &path)>;
    // notify: called on the sync thread with the ticket of each finished sync; the owner posts it back to
    // its own thread. syncFile: how (default: the file opened for writing, PlatformFile::syncToDisk).
    AuditLogSync(QString path, std::function<void(quint64 ticket)> notify, SyncFile syncFile = {});
    static bool syncFileToDisk(const QString &path);
    ~AuditLogSync();
    AuditLogSync(const AuditLogSync &) = delete;
    AuditLogSync &operator=(const AuditLogSync &) = delete;

    // Asks for what the file has now to be forced to disk; returns the ticket that notify() will be called
    // with once it is (or with a later one: tickets are served in order, several by one sync).
    quint64 request();
    // Blocks until every sync asked for so far has finished.
    void waitForAll();
    // Syncs that failed (the system said the data could not be forced to disk).
    int failures() const;

private:
    void run();

    const QString m_path;
    const std::function<void(quint64)> m_notify;
    const SyncFile m_syncFile;
    mutable QMutex m_mutex;
    QWaitCondition m_wake; // the thread: a request or stop
    QWaitCondition m_done; // waitForAll: a sync finished
    quint64 m_requested = 0;
    quint64 m_synced = 0;
    int m_failures = 0;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};
