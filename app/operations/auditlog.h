#pragma once

#include "auditrecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// The audit log: JSON Lines in the app data folder, appended and flushed to disk before each act is sent and
// again with its outcome. Reading it never fails on a torn or foreign line: such lines are skipped and
// counted.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    // path: the .jsonl file; empty = <AppDataLocation>/audit.jsonl
    explicit AuditLog(const QString &path = QString(), QObject *parent = nullptr);

    QString path() const { return m_path; }
    // Appends one record and forces it to disk. Returns false (and sets lastError) when it cannot be written;
    // callers must not send an act whose "sending" record could not be written.
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

Q_SIGNALS:
    void recordAppended(const AuditRecord &record);

private:
    QString m_path;
    QString m_lastError;
};
