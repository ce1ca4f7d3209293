#include "auditlogmodel.h"

#include "actcatalog.h"

#include "auditlog.h"
#include "statusstyle.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

AuditLogModel::AuditLogModel(AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    reload();
    connect(m_log, &AuditLog::recordAppended, this, &AuditLogModel::add);
}

void AuditLogModel::reload()
{
    beginResetModel();
    AuditLog::ReadResult read = m_log->read();
    m_records = std::move(read.records);
    std::reverse(m_records.begin(), m_records.end());
    m_skipped = read.skippedLines;
    endResetModel();
}

void AuditLogModel::add(const AuditRecord &record)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_records.prepend(record);
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::resultText(const QString &result)
{
    if (result == QLatin1String("accepted"))
        return tr("Accepted");
    if (result == QLatin1String("failed"))
        return tr("Failed");
    if (result == QLatin1String("outcomeUnknown"))
        return tr("Outcome unknown");
    if (result == QLatin1String("cancelled"))
        return tr("Cancelled");
    return result;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &record = m_records.at(index.row());
    if (role == SortRole && index.column() == Time)
        return record.time;
    if (role == SortRole && index.column() == Status)
        return record.httpStatus;
    if (role == Qt::ForegroundRole && index.column() == Result) {
        // Failed and outcome unknown stand out; accepted stays plain text.
        if (record.result == QLatin1String("failed") || record.result == QLatin1String("outcomeUnknown"))
            return StatusStyle::color(StatusStyle::kindForResult(record.result));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat);
    case Phase:
        return record.phase == AuditRecord::Phase::Sending ? tr("Sending") : tr("Outcome");
    case Operation:
        return ActCatalog::displayName(record.operation);
    case Account:
        return record.account;
    case Tenant:
        return record.tenant;
    case Targets:
        return record.targets.join(QLatin1String(", "));
    case Result:
        return resultText(record.result);
    case Status:
        return record.httpStatus ? QVariant(record.httpStatus) : QVariant();
    case RequestId:
        return record.requestId;
    case Error:
        if (record.errorCode.isEmpty())
            return record.errorMessage;
        return record.errorMessage.isEmpty()
                   ? record.errorCode
                   : QStringLiteral("%1: %2").arg(record.errorCode, record.errorMessage);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Phase:
        return tr("Phase");
    case Operation:
        return tr("Operation");
    case Account:
        return tr("Account");
    case Tenant:
        return tr("Tenant");
    case Targets:
        return tr("Targets");
    case Result:
        return tr("Result");
    case Status:
        return tr("HTTP status");
    case RequestId:
        return tr("Request ID");
    case Error:
        return tr("Error");
    }
    return {};
}
