#include "auditlog.h"

#include "auditlogsync.h"
#include "platformfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}
} // namespace

AuditLog::AuditLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/audit.jsonl")
                            : path)
{}

AuditLog::~AuditLog()
{
    m_sync.reset(); // finishes the syncs asked for; their callbacks are not called any more
}

bool AuditLog::append(const AuditRecord &record)
{
    return appendAll({record});
}

bool AuditLog::appendAll(const QList<AuditRecord> &records)
{
    if (records.isEmpty())
        return true;
    if (!write(records))
        return false;
    requestSync(); // the record must survive a crash of the system, not only of the program
    for (const AuditRecord &record : records)
        Q_EMIT recordAppended(record);
    return true;
}

bool AuditLog::appendAll(const QList<AuditRecord> &records, QObject *context, std::function<void()> onDisk)
{
    if (!write(records))
        return false;
    m_diskWaiters.append({requestSync(), context, std::move(onDisk)});
    for (const AuditRecord &record : records)
        Q_EMIT recordAppended(record);
    return true;
}

void AuditLog::waitForDisk()
{
    if (m_sync)
        m_sync->waitForAll();
}

quint64 AuditLog::requestSync()
{
    if (!m_sync) {
        m_sync = std::make_unique<AuditLogSync>(
            m_path,
            [this](quint64 ticket) {
                // On the sync thread: back to this object's thread. The destructor stops the sync thread
                // before this object goes, and a call posted to a deleted object is dropped.
                QMetaObject::invokeMethod(
                    this, [this, ticket] { onSynced(ticket); }, Qt::QueuedConnection);
            },
            m_syncFile);
    }
    return m_sync->request();
}

void AuditLog::onSynced(quint64 ticket)
{
    // A failed sync is said once per run of failures (a sync that works again ends the run).
    const int failures = m_sync ? m_sync->failures() : 0;
    const bool failed = failures > m_syncFailuresSeen;
    m_syncFailuresSeen = failures;
    if (failed && !m_inFailureRun)
        Q_EMIT diskSyncFailed(
            tr("The audit log could not be forced to the disk (%1): its latest records are in "
               "the file but may be lost if this computer stops now. Acts go on; check the "
               "disk.")
                .arg(QDir::toNativeSeparators(m_path)));
    m_inFailureRun = failed;
    QList<DiskWaiter> ready;
    while (!m_diskWaiters.isEmpty() && m_diskWaiters.constFirst().ticket <= ticket)
        ready.append(m_diskWaiters.takeFirst());
    for (const DiskWaiter &waiter : std::as_const(ready)) {
        if (waiter.context && waiter.onDisk)
            waiter.onDisk();
    }
}

bool AuditLog::write(const QList<AuditRecord> &records)
{
    if (records.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // A crash in the middle of a write leaves a torn last line: start on a line of our own, or this record
    // would be glued to it and skipped as unreadable on every later start.
    bool tornLastLine = false;
    {
        QFile existing(m_path);
        char last = '\n';
        tornLastLine = existing.size() > 0 && existing.open(QIODevice::ReadOnly) &&
                       existing.seek(existing.size() - 1) && existing.getChar(&last) && last != '\n';
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_lastError = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    PlatformFile::restrictToOwner(file);
    QByteArray line;
    for (const AuditRecord &record : records) {
        line += QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
        line.append('\n');
    }
    if (tornLastLine)
        line.prepend('\n');
    if (file.write(line) != line.size() || !file.flush()) {
        m_lastError = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

AuditLog::ReadResult AuditLog::read() const
{
    ReadResult result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        std::optional<AuditRecord> record;
        if (error.error == QJsonParseError::NoError && document.isObject())
            record = AuditRecord::fromJson(document.object());
        if (record)
            result.records.append(*record);
        else
            ++result.skippedLines;
    }
    return result;
}

QList<AuditRecord> AuditLog::recoverInterrupted()
{
    const ReadResult log = read();
    QHash<QString, int> open; // key -> index of the sending record
    QList<QString> order;
    for (int i = 0; i < log.records.size(); ++i) {
        const AuditRecord &record = log.records[i];
        if (record.phase == AuditRecord::Phase::Sending) {
            if (!open.contains(record.key()))
                order.append(record.key());
            open.insert(record.key(), i);
        } else if (record.phase == AuditRecord::Phase::Outcome) {
            open.remove(record.key());
        } // a Result record follows an outcome: it closes nothing and opens nothing
    }
    QList<AuditRecord> interrupted;
    for (const QString &key : order) {
        const auto it = open.constFind(key);
        if (it == open.constEnd())
            continue;
        AuditRecord closing = log.records[*it];
        interrupted.append(closing);
        closing.phase = AuditRecord::Phase::Outcome;
        closing.time = QDateTime::currentDateTimeUtc();
        closing.result = QStringLiteral("outcomeUnknown");
        closing.errorMessage =
            tr("The console stopped after this request was sent and before its answer arrived; "
               "refresh to see whether the service acted on it.");
        append(closing);
    }
    return interrupted;
}

bool AuditLog::exportCsv(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write("time,phase,operation,account,tenant,targets,targetNames,options,result,httpStatus,requestId,"
               "clientRequestId,error\n");
    const ReadResult log = read();
    for (const AuditRecord &record : log.records) {
        const QStringList fields{
            record.time.toString(Qt::ISODateWithMs),
            record.phase == AuditRecord::Phase::Sending   ? QStringLiteral("sending")
            : record.phase == AuditRecord::Phase::Outcome ? QStringLiteral("outcome")
                                                          : QStringLiteral("result"),
            record.operation, record.account, record.tenant, record.targets.join(QLatin1Char(' ')),
            record.targetNames.join(QStringLiteral("; ")),
            // The options chosen, as sent (OS, account type, ticked Cloud PCs …).
            record.body.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(record.body).toJson(QJsonDocument::Compact)),
            record.result, record.httpStatus ? QString::number(record.httpStatus) : QString(),
            record.requestId, record.clientRequestId, record.errorMessage};
        QStringList cells;
        for (const QString &field : fields)
            cells << csvField(field);
        file.write(cells.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QList<AuditRecord> AuditLog::acceptedNotFinished() const
{
    const ReadResult log = read();
    QHash<QString, AuditRecord> sending; // key -> its latest sending record
    QHash<QString, AuditRecord> accepted;
    QList<QString> order;
    for (const AuditRecord &record : log.records) {
        switch (record.phase) {
        case AuditRecord::Phase::Sending:
            sending.insert(record.key(), record);
            break;
        case AuditRecord::Phase::Outcome:
            if (record.result == QLatin1String("accepted") && sending.contains(record.key())) {
                AuditRecord item = sending.value(record.key());
                item.createdId = record.createdId;
                item.requestId = record.requestId;
                item.clientRequestId = record.clientRequestId;
                if (!accepted.contains(record.key()))
                    order.append(record.key());
                accepted.insert(record.key(), item);
            }
            break;
        case AuditRecord::Phase::Result:
            accepted.remove(record.key());
            break;
        }
    }
    QList<AuditRecord> open;
    for (const QString &key : std::as_const(order)) {
        const auto it = accepted.constFind(key);
        if (it != accepted.cend())
            open.append(*it);
    }
    return open;
}
