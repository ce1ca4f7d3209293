#include "auditrecord.h"

#include "actcatalog.h"
#include "jsonreader.h"

#include <QJsonArray>

QJsonObject AuditRecord::toJson() const
{
    QJsonObject object{{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("phase"), phase == Phase::Sending   ? QStringLiteral("sending")
                                                 : phase == Phase::Outcome ? QStringLiteral("outcome")
                                                                           : QStringLiteral("result")},
                       {QStringLiteral("operationId"), operationId},
                       {QStringLiteral("itemId"), itemId},
                       {QStringLiteral("operation"), operation},
                       {QStringLiteral("account"), account},
                       {QStringLiteral("tenant"), tenant},
                       {QStringLiteral("targets"), QJsonArray::fromStringList(targets)}};
    if (!targetNames.isEmpty())
        object.insert(QStringLiteral("targetNames"), QJsonArray::fromStringList(targetNames));
    if (!body.isEmpty())
        object.insert(QStringLiteral("body"), body);
    if (phase != Phase::Sending) {
        object.insert(QStringLiteral("result"), result);
        if (httpStatus)
            object.insert(QStringLiteral("httpStatus"), httpStatus);
        if (!errorCode.isEmpty())
            object.insert(QStringLiteral("errorCode"), errorCode);
        if (!errorMessage.isEmpty())
            object.insert(QStringLiteral("errorMessage"), errorMessage);
        if (!requestId.isEmpty())
            object.insert(QStringLiteral("requestId"), requestId);
    }
    if (!clientRequestId.isEmpty())
        object.insert(QStringLiteral("clientRequestId"), clientRequestId);
    if (!createdId.isEmpty())
        object.insert(QStringLiteral("createdId"), createdId);
    return object;
}

std::optional<AuditRecord> AuditRecord::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("audit record"));
    AuditRecord record;
    record.time = parseGraphDateTime(reader.string(QStringLiteral("time")));
    const QString phase = reader.string(QStringLiteral("phase"));
    if (phase == QLatin1String("sending"))
        record.phase = Phase::Sending;
    else if (phase == QLatin1String("outcome"))
        record.phase = Phase::Outcome;
    else if (phase == QLatin1String("result"))
        record.phase = Phase::Result;
    else
        return std::nullopt;
    record.operationId = reader.requiredString(QStringLiteral("operationId"));
    record.itemId = reader.string(QStringLiteral("itemId"));
    // Older logs named some acts otherwise ("cloudpcs reprovision" from cloudpcctl): read as the catalog's
    // kind.
    record.operation = ActCatalog::canonicalKind(reader.string(QStringLiteral("operation")));
    record.account = reader.string(QStringLiteral("account"));
    record.tenant = reader.string(QStringLiteral("tenant"));
    record.targets = reader.stringList(QStringLiteral("targets"));
    record.targetNames = reader.stringList(QStringLiteral("targetNames"));
    record.body = reader.object(QStringLiteral("body"));
    record.result = reader.string(QStringLiteral("result"));
    const qint64 httpStatus = reader.integer(QStringLiteral("httpStatus"));
    record.httpStatus = httpStatus >= 100 && httpStatus <= 999 ? int(httpStatus) : 0; // 4294967700 is no 404
    record.errorCode = reader.string(QStringLiteral("errorCode"));
    record.errorMessage = reader.string(QStringLiteral("errorMessage"));
    record.requestId = reader.string(QStringLiteral("requestId"));
    record.clientRequestId = reader.string(QStringLiteral("clientRequestId"));
    record.createdId = reader.string(QStringLiteral("createdId"));
    if (reader.missingRequired() || !record.time.isValid())
        return std::nullopt;
    return record;
}
