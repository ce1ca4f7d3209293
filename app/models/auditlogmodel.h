#pragma once

#include "auditrecord.h"
#include "retranslation.h"

#include <QAbstractTableModel>
#include <QList>

class AuditLog;

// The audit log as a table, newest first: one row per record (an act's "sending" line and its outcome line).
// Follows the log: records appended while it is shown are added at the top.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Phase,
        Operation,
        Account,
        Tenant,
        Targets,
        Options,
        Result,
        Status,
        RequestId,
        Error,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit AuditLogModel(AuditLog *log, QObject *parent = nullptr);

    // Reads the log file again.
    void reload();
    int skippedLines() const { return m_skipped; }
    const AuditRecord &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The language changed: the views read every header and cell again.
    void retranslate() { Retranslation::announce(this); }

    // How an outcome reads in the table ("accepted" -> "Accepted").
    static QString resultText(const QString &result);
    // The options an act was sent with, as words: "OS: Windows 11; User account type: Standard user".
    static QString optionsText(const QJsonObject &body);
    // Its targets as the admin knows them: "CPC-anna-01 (3f2a…)", or the id alone.
    static QString targetsText(const AuditRecord &record);
    // When it happened, in full: the date, the time with seconds and the time zone.
    static QString timeText(const QDateTime &time);

private:
    void add(const AuditRecord &record);

    AuditLog *m_log;
    QList<AuditRecord> m_records; // newest first
    int m_skipped = 0;
};
