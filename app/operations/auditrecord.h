#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// One line of the audit log. An act is written once before it is sent (phase Sending) and once with its
// outcome (phase Outcome), so that a crash between the two leaves a trace the next start reports as outcome
// unknown.
struct AuditRecord
{
    enum class Phase { Sending, Outcome };

    QDateTime time;
    Phase phase = Phase::Sending;
    QString operationId;     // one submitted act (e.g. "reprovision 12 Cloud PCs")
    QString itemId;          // one request of it (a Cloud PC id, a policy id, a user id …)
    QString operation;       // "reprovision", "retryPolicy", "retryBulkAction", "retryUserProvisioning",
                             // "createBulkAction"
    QString account;         // user principal name of the admin
    QString tenant;          // tenant id
    QStringList targets;     // ids the request acts on
    QStringList targetNames; // what the admin knows them by (a Cloud PC's name), in the same order; may be
                             // empty (older logs)
    QJsonObject body;        // the request body as sent (never a token)
    QString result;          // Outcome only: "accepted", "failed", "outcomeUnknown", "cancelled"
    int httpStatus = 0;
    QString errorCode;
    QString errorMessage;
    QString requestId;
    QString clientRequestId;

    QJsonObject toJson() const;
    static std::optional<AuditRecord> fromJson(const QJsonObject &object);
    QString key() const { return operationId + QLatin1Char('/') + itemId; }
};
