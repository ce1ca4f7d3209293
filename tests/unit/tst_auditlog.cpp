#include "actcatalog.h"
#include "auditlog.h"
#include "auditlogsync.h"
#include "auditrecord.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsJsonLinesThatReadBack();
    void interruptedActsAreReportedOnce();
    void tornAndForeignLinesAreSkipped();
    void exportsCsv();
    void unwritableLogIsAnError();
    void olderKindsReadAsTheCatalogs();
    void recordsAreReadableAtOnceAndOnDiskLater();
    void diskSyncFailuresAreSaidOncePerRun();
};

static AuditRecord record(const QString &operationId, const QString &item, AuditRecord::Phase phase,
                          const QString &result = QString())
{
    AuditRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.phase = phase;
    r.operationId = operationId;
    r.itemId = item;
    r.operation = QStringLiteral("reprovision");
    r.account = QStringLiteral("admin@contoso.com");
    r.tenant = QStringLiteral("tenant-1");
    r.targets = {item};
    r.body = QJsonObject{{QStringLiteral("osVersion"), QStringLiteral("windows11")}};
    r.result = result;
    return r;
}

void TestAuditLog::appendsJsonLinesThatReadBack()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("sub/audit.jsonl")));
    QSignalSpy appended(&log, &AuditLog::recordAppended);
    QVERIFY(log.append(record(QStringLiteral("op1"), QStringLiteral("pc1"), AuditRecord::Phase::Sending)));
    AuditRecord outcome = record(QStringLiteral("op1"), QStringLiteral("pc1"), AuditRecord::Phase::Outcome,
                                 QStringLiteral("failed"));
    outcome.httpStatus = 400;
    outcome.errorCode = QStringLiteral("BadRequest");
    outcome.requestId = QStringLiteral("rid-1");
    QVERIFY(log.append(outcome));
    QCOMPARE(appended.count(), 2);

    QFile file(log.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("{") && lines[0].contains("\"phase\":\"sending\""));
    QVERIFY(file.permissions() & QFileDevice::ReadOwner);
#ifdef Q_OS_WIN
    // Qt maps the permission bits to the read-only attribute on Windows (every class may read); who may read
    // the file is the ACL the app data folder passes on (PlatformFile::restrictToOwner), which is not checked
    // here (Wine does not model it). The file must stay writable, or the next record could not be appended.
    QVERIFY(file.permissions() & QFileDevice::WriteOwner);
#else
    QVERIFY(!(file.permissions() & QFileDevice::ReadOther));
    QVERIFY(!(file.permissions() & QFileDevice::ReadGroup));
#endif

    const AuditLog::ReadResult read = log.read();
    QCOMPARE(read.skippedLines, 0);
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.records[1].result, QStringLiteral("failed"));
    QCOMPARE(read.records[1].httpStatus, 400);
    QCOMPARE(read.records[1].requestId, QStringLiteral("rid-1"));
    QCOMPARE(read.records[0].body.value(QStringLiteral("osVersion")).toString(), QStringLiteral("windows11"));
}

void TestAuditLog::interruptedActsAreReportedOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    {
        AuditLog log(path);
        log.append(record(QStringLiteral("op1"), QStringLiteral("pc1"), AuditRecord::Phase::Sending));
        log.append(record(QStringLiteral("op1"), QStringLiteral("pc2"), AuditRecord::Phase::Sending));
        log.append(record(QStringLiteral("op1"), QStringLiteral("pc1"), AuditRecord::Phase::Outcome,
                          QStringLiteral("accepted")));
        log.append(record(QStringLiteral("op2"), QStringLiteral("pc3"), AuditRecord::Phase::Sending));
        // "crash": no outcome for op1/pc2 and op2/pc3
    }
    AuditLog next(path);
    const QList<AuditRecord> interrupted = next.recoverInterrupted();
    QCOMPARE(interrupted.size(), 2);
    QCOMPARE(interrupted[0].itemId, QStringLiteral("pc2"));
    QCOMPARE(interrupted[1].itemId, QStringLiteral("pc3"));
    // closed now: a second start reports nothing
    QVERIFY(AuditLog(path).recoverInterrupted().isEmpty());
    const AuditLog::ReadResult read = next.read();
    QCOMPARE(read.records.last().result, QStringLiteral("outcomeUnknown"));
    QCOMPARE(read.records.last().phase, AuditRecord::Phase::Outcome);
}

void TestAuditLog::tornAndForeignLinesAreSkipped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    AuditLog log(path);
    log.append(record(QStringLiteral("op1"), QStringLiteral("pc1"), AuditRecord::Phase::Sending));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\":\"2026-01-01T00:00:00Z\",\"phase\":\"sen"); // torn by a crash
        file.write("\n[1,2,3]\n{\"phase\":\"outcome\"}\n\n\xff\xfe garbage\n");
    }
    log.append(record(QStringLiteral("op1"), QStringLiteral("pc1"), AuditRecord::Phase::Outcome,
                      QStringLiteral("accepted")));
    const AuditLog::ReadResult read = log.read();
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.skippedLines, 4);
    QVERIFY(log.recoverInterrupted().isEmpty());
}

void TestAuditLog::exportsCsv()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    AuditRecord outcome = record(QStringLiteral("op1"), QStringLiteral("pc1"), AuditRecord::Phase::Outcome,
                                 QStringLiteral("failed"));
    outcome.errorMessage = QStringLiteral("=cmd, \"quoted\"");
    log.append(outcome);
    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    QVERIFY2(log.exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("time,phase,operation"));
    QVERIFY2(lines[0].startsWith("time,phase,operation,account,tenant,targets,targetNames,options,result,"),
             lines[0].constData());
    QVERIFY2(lines[1].contains(",outcome,reprovision,admin@contoso.com,tenant-1,pc1,"), lines[1].constData());
    QVERIFY(lines[1].contains(",failed,"));
    QVERIFY2(lines[1].endsWith("\"'=cmd, \"\"quoted\"\"\""), lines[1].constData());
}

void TestAuditLog::unwritableLogIsAnError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditLog log(dir.filePath(QStringLiteral("file/audit.jsonl"))); // a file where a folder should be
    QVERIFY(!log.append(record(QStringLiteral("op"), QStringLiteral("pc"), AuditRecord::Phase::Sending)));
    QVERIFY(log.lastError().contains(QLatin1String("Cannot write the audit log")));
}

void TestAuditLog::olderKindsReadAsTheCatalogs()
{
    // cloudpcctl wrote its command's words before the catalog of acts; such a log still reads, as the kind.
    const QList<QPair<QString, QString>> kinds{
        {QStringLiteral("cloudpcs reprovision"), QStringLiteral("reprovision")},
        {QStringLiteral("policies retry"), QStringLiteral("retryPolicy")},
        {QStringLiteral("bulk-actions retry"), QStringLiteral("retryBulkAction")},
        {QStringLiteral("bulk-actions create"), QStringLiteral("createBulkAction")},
        {QStringLiteral("users retry-provisioning"), QStringLiteral("retryUserProvisioning")},
        {QStringLiteral("reprovision"), QStringLiteral("reprovision")},
        {QStringLiteral("somethingNew"), QStringLiteral("somethingNew")}};
    for (const auto &[written, read] : kinds) {
        QJsonObject object =
            record(QStringLiteral("op"), QStringLiteral("pc"), AuditRecord::Phase::Sending).toJson();
        object.insert(QStringLiteral("operation"), written);
        const std::optional<AuditRecord> parsed = AuditRecord::fromJson(object);
        QVERIFY(parsed);
        QCOMPARE(parsed->operation, read);
        if (written != QLatin1String("somethingNew"))
            QVERIFY(ActCatalog::find(read));
    }
}

void TestAuditLog::recordsAreReadableAtOnceAndOnDiskLater()
{
    // appendAll with a callback: the records are in the file when it returns (a reader sees them); the
    // callback comes later, from the event loop, once the sync thread has forced them to disk; never for a
    // context that is gone; in the order asked.
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QSignalSpy appended(&log, &AuditLog::recordAppended);
    QStringList calls;
    QObject context;
    auto *gone = new QObject;
    QVERIFY(log.appendAll({record(QStringLiteral("op"), QStringLiteral("pc-1"), AuditRecord::Phase::Sending),
                           record(QStringLiteral("op"), QStringLiteral("pc-2"), AuditRecord::Phase::Sending)},
                          &context, [&] { calls << QStringLiteral("first"); }));
    QVERIFY(log.appendAll({record(QStringLiteral("op"), QStringLiteral("pc-3"), AuditRecord::Phase::Sending)},
                          gone, [&] { calls << QStringLiteral("gone"); }));
    QVERIFY(log.appendAll({record(QStringLiteral("op"), QStringLiteral("pc-4"), AuditRecord::Phase::Sending)},
                          &context, [&] { calls << QStringLiteral("second"); }));
    QVERIFY(calls.isEmpty()); // never from inside appendAll
    QCOMPARE(appended.count(), 4);
    QCOMPARE(AuditLog(log.path()).read().records.size(), 4);
    delete gone;
    QTRY_COMPARE_WITH_TIMEOUT(calls, (QStringList{QStringLiteral("first"), QStringLiteral("second")}), 5000);

    // An unwritable log calls nothing back.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditLog broken(dir.filePath(QStringLiteral("file/audit.jsonl")));
    bool called = false;
    QVERIFY(
        !broken.appendAll({record(QStringLiteral("op"), QStringLiteral("pc"), AuditRecord::Phase::Sending)},
                          &context, [&] { called = true; }));
    QTest::qWait(50);
    QVERIFY(!called);

    // waitForDisk returns once what was appended is synced; a log destroyed right after an append still
    // finishes its sync (the destructor waits), and the record reads back.
    QVERIFY(log.append(record(QStringLiteral("op"), QStringLiteral("pc-5"), AuditRecord::Phase::Outcome,
                              QStringLiteral("accepted"))));
    log.waitForDisk();
    {
        AuditLog shortLived(log.path());
        QVERIFY(shortLived.append(record(QStringLiteral("op"), QStringLiteral("pc-6"),
                                         AuditRecord::Phase::Outcome, QStringLiteral("accepted"))));
    }
    QCOMPARE(AuditLog(log.path()).read().records.size(), 6);
}

// The system cannot force the records to the disk: said once per run of failures, again after a sync that
// worked; the records are in the file all along.
void TestAuditLog::diskSyncFailuresAreSaidOncePerRun()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    std::atomic<bool> works{false};
    log.setDiskSync([&works](const QString &path) { return works && AuditLogSync::syncFileToDisk(path); });
    QSignalSpy said(&log, &AuditLog::diskSyncFailed);
    const auto appendAndWait = [&log](const QString &target) {
        bool onDisk = false;
        QObject context;
        const bool written =
            log.appendAll({record(QStringLiteral("op"), target, AuditRecord::Phase::Sending)}, &context,
                          [&onDisk] { onDisk = true; });
        return written && QTest::qWaitFor([&onDisk] { return onDisk; }, 5000);
    };
    QVERIFY(appendAndWait(QStringLiteral("pc-1")));
    QVERIFY(appendAndWait(QStringLiteral("pc-2")));
    QCOMPARE(said.size(), 1); // one run of two failed syncs
    QVERIFY(said.first().first().toString().contains(QDir::toNativeSeparators(log.path())));
    works = true;
    QVERIFY(appendAndWait(QStringLiteral("pc-3")));
    QCOMPARE(said.size(), 1);
    works = false;
    QVERIFY(appendAndWait(QStringLiteral("pc-4")));
    QCOMPARE(said.size(), 2); // a new run
    QCOMPARE(AuditLog(log.path()).read().records.size(), 4);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
