#include "auditlogmodel.h"

#include "actcatalog.h"

#include "auditlog.h"
#include "enumwords.h"
#include "statusstyle.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
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
    // The third record of a followed act: how it ended (Operation::followResultName).
    if (result == QLatin1String("done"))
        return tr("Done");
    if (result == QLatin1String("canceled"))
        return tr("Canceled by the service");
    if (result == QLatin1String("notSupported"))
        return tr("Not supported");
    if (result == QLatin1String("stillRunning"))
        return tr("Still running (stopped following)");
    if (result.isEmpty())
        return {};
    return tr("%1 (unknown value)").arg(result);
}

QString AuditLogModel::timeText(const QDateTime &time)
{
    const QLocale locale;
    return locale.toString(time.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                                                   locale.timeFormat(QLocale::LongFormat));
}

QString AuditLogModel::targetsText(const AuditRecord &record)
{
    QStringList targets;
    for (qsizetype i = 0; i < record.targets.size(); ++i) {
        const QString name = record.targetNames.value(i);
        targets << (name.isEmpty() || name == record.targets.at(i)
                        ? record.targets.at(i)
                        : QStringLiteral("%1 (%2)").arg(name, record.targets.at(i)));
    }
    return targets.join(QLatin1String(", "));
}

QString AuditLogModel::optionsText(const QJsonObject &body)
{
    QStringList options;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const QString text = value.toVariant().toString(); // a string, number or true/false
        if (key == QLatin1String("osVersion")) {
            options << tr("OS: %1").arg(EnumWords::text(EnumWords::Kind::OsVersion, text));
        } else if (key == QLatin1String("userAccountType")) {
            options
                << tr("User account type: %1").arg(EnumWords::text(EnumWords::Kind::UserAccountType, text));
        } else if (key == QLatin1String("displayName")) {
            options << tr("Name: %1").arg(text);
        } else if (key == QLatin1String("cloudPcIds") && value.isArray()) {
            options << tr("%Ln Cloud PC(s) ticked", nullptr, int(value.toArray().size()));
        } else if (key == QLatin1String("@odata.type")) {
            QString type = text;
            type.remove(QLatin1String("#microsoft.graph.cloudPcBulk"));
            options << tr("Type: %1").arg(type);
        } else if (value.isArray()) {
            options << QStringLiteral("%1: %2").arg(
                key, QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        } else if (value.isObject()) {
            options << QStringLiteral("%1: %2").arg(
                key, QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        } else {
            options << QStringLiteral("%1: %2").arg(key, text);
        }
    }
    return options.join(QLatin1String("; "));
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
        return timeText(record.time);
    case Phase:
        return record.phase == AuditRecord::Phase::Sending   ? tr("Sending")
               : record.phase == AuditRecord::Phase::Outcome ? tr("Outcome")
                                                             : tr("Result");
    case Operation:
        return ActCatalog::displayName(record.operation);
    case Account:
        return record.account;
    case Tenant:
        return record.tenant;
    case Targets:
        return targetsText(record);
    case Options:
        return optionsText(record.body);
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
    case Options:
        return tr("Options");
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
