#pragma once

#include "auditrecord.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class AuditLogSync;

// The audit log: JSON Lines in the app data folder, appended before each act is sent and again with its
// outcome. Reading it never fails on a torn or foreign line: such lines are skipped and counted.
//
// Each append is written to the file at once (a reader, or the next start after a crash of the program,
// finds it), and forced through to the disk on a thread of its own (AuditLogSync), so that the GUI thread
// never waits for the disk. Whoever must not go on before a record is on the disk itself (OperationRunner:
// no act leaves before its "sending" record does) passes a callback to appendAll(), called once it is. The
// destructor waits for the syncs asked for.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    // path: the .jsonl file; empty = <AppDataLocation>/audit.jsonl
    explicit AuditLog(const QString &path = QString(), QObject *parent = nullptr);
    ~AuditLog() override;

    QString path() const { return m_path; }
    // Appends one record (written to the file now, forced to disk shortly after on the sync thread).
    // Returns false (and sets lastError) when it cannot be written; callers must not send an act whose
    // "sending" record could not be written.
    bool append(const AuditRecord &record);
    // Appends several records with one write and one trip to disk (the follower's Result records of a
    // $batch's worth of items).
    bool appendAll(const QList<AuditRecord> &records);
    QString lastError() const { return m_lastError; }

    struct ReadResult
    {
        QList<AuditRecord> records;
        int skippedLines = 0;
    };
    ReadResult read() const;

    // Acts whose "sending" record has no outcome: a crash or a kill between sending and hearing back. Each is
    // closed with an "outcomeUnknown" record (so it is reported once) and returned for the admin to see.
    QList<AuditRecord> recoverInterrupted();

    // Items whose outcome was "accepted" and that have no Result record yet (the console stopped while
    // following them): their "sending" record (its time is when the act was sent), with the outcome's
    // createdId and request ids, oldest first. ActFollower takes them up again.
    QList<AuditRecord> acceptedNotFinished() const;

    // Writes the log as CSV (time, phase, operation, account, tenant, targets, result, status, request-id,
    // error).
    bool exportCsv(const QString &fileName, QString *error = nullptr) const;

    // Appends the records with one write, then calls onDisk on context's thread once they are forced to
    // the disk (not at all when context is gone by then). Returns false (and never calls onDisk) when they
    // cannot be written.
    bool appendAll(const QList<AuditRecord> &records, QObject *context, std::function<void()> onDisk);
    // Blocks until every record appended so far is forced to the disk.
    void waitForDisk();
    // How records are forced to the disk (default: AuditLogSync::syncFileToDisk); set before the first
    // append. Tests make it fail.
    void setDiskSync(std::function<bool(const QString &path)> syncFile) { m_syncFile = std::move(syncFile); }

Q_SIGNALS:
    void recordAppended(const AuditRecord &record);
    // Records were written to the file but the system could not force them to the disk: they may be lost if
    // the computer stops now (acts go on: they are in the file). Once per run of failures.
    void diskSyncFailed(const QString &message);

private:
    bool write(const QList<AuditRecord> &records);
    quint64 requestSync();
    void onSynced(quint64 ticket);

    QString m_path;
    QString m_lastError;
    std::function<bool(const QString &path)> m_syncFile;
    int m_syncFailuresSeen = 0;
    bool m_inFailureRun = false;
    struct DiskWaiter
    {
        quint64 ticket = 0;
        QPointer<QObject> context;
        std::function<void()> onDisk;
    };
    QList<DiskWaiter> m_diskWaiters; // in ticket order
    std::unique_ptr<AuditLogSync> m_sync;
};
