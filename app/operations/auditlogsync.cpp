#include "auditlogsync.h"

#include "platformfile.h"

#include <QFile>
#include <QThread>

AuditLogSync::AuditLogSync(QString path, std::function<void(quint64 ticket)> notify, SyncFile syncFile)
    : m_path(std::move(path))
    , m_notify(std::move(notify))
    , m_syncFile(syncFile ? std::move(syncFile) : SyncFile(&AuditLogSync::syncFileToDisk))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("audit log sync"));
    m_thread->start(QThread::LowPriority);
}

AuditLogSync::~AuditLogSync()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true; // the thread finishes what was asked for, then returns
        m_wake.wakeAll();
    }
    m_thread->wait();
}

quint64 AuditLogSync::request()
{
    QMutexLocker lock(&m_mutex);
    const quint64 ticket = ++m_requested;
    m_wake.wakeAll();
    return ticket;
}

void AuditLogSync::waitForAll()
{
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_requested;
    while (m_synced < target)
        m_done.wait(&m_mutex);
}

bool AuditLogSync::syncFileToDisk(const QString &path)
{
    QFile file(path);
    // ExistingOnly: a log removed meanwhile is not created again here. Write access: Windows flushes only
    // through a handle that may write.
    return file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::ExistingOnly) &&
           PlatformFile::syncToDisk(file);
}

int AuditLogSync::failures() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures;
}

void AuditLogSync::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_stop && m_synced == m_requested)
            m_wake.wait(&m_mutex);
        if (m_synced == m_requested) // and stopping
            return;
        // Everything written before the tickets up to `target` were taken is in the file now: one sync
        // started from here covers them all.
        const quint64 target = m_requested;
        lock.unlock();
        const bool ok = m_syncFile(m_path);
        lock.relock();
        m_synced = target;
        if (!ok)
            ++m_failures;
        m_done.wakeAll();
        lock.unlock();
        if (m_notify)
            m_notify(target);
        lock.relock();
    }
}
