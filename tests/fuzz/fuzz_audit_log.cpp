// The audit log file read on start-up: AuditLog::read (every line through AuditRecord::fromJson),
// recoverInterrupted (which appends an outcome for each act left open) and the CSV export, on a file holding
// the fuzzed bytes.
#include "auditlog.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace {
std::unique_ptr<QTemporaryDir> workDir; // removed at exit
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    // TMPDIR: run-fuzzers.sh points it at /dev/shm (the log fsyncs every record it appends).
    workDir = std::make_unique<QTemporaryDir>();
    return workDir->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = workDir->filePath(QStringLiteral("audit.jsonl"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    AuditLog log(path);
    const AuditLog::ReadResult before = log.read();
    for (const AuditRecord &record : before.records) {
        FUZZ_CHECK(record.time.isValid() && !record.operationId.isEmpty());
        // What the log writes of a record reads back as the same record.
        const std::optional<AuditRecord> again = AuditRecord::fromJson(record.toJson());
        FUZZ_CHECK(again.has_value() && again->key() == record.key() && again->phase == record.phase);
    }

    const QList<AuditRecord> interrupted = log.recoverInterrupted();
    FUZZ_CHECK(interrupted.size() <= before.records.size());
    // Each interrupted act is reported once: the next start finds nothing open.
    FUZZ_CHECK(log.recoverInterrupted().isEmpty());
    const AuditLog::ReadResult after = log.read();
    FUZZ_CHECK(after.records.size() == before.records.size() + interrupted.size());

    const QString csvPath = workDir->filePath(QStringLiteral("audit.csv"));
    FUZZ_CHECK(log.exportCsv(csvPath));
    QFile csv(csvPath);
    FUZZ_CHECK(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = fuzzReadCsv(QString::fromUtf8(csv.readAll()), false);
    FUZZ_CHECK(rows.size() == after.records.size() + 1);
    for (const QStringList &row : rows) {
        FUZZ_CHECK(row.size() == 13);
        for (const QString &cell : row) {
            if (!cell.isEmpty())
                FUZZ_CHECK(!QStringLiteral("=+-@\t\r").contains(cell.front()));
        }
    }
    return 0;
}
