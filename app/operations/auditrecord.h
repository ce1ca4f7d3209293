#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// One line of the audit log. An act is written once before it is sent (phase Sending) and once with its
// outcome (phase Outcome), so that a crash between the two leaves a trace the next start reports as outcome
// unknown. An accepted act that is followed to its end gets a third record (phase Result) with how it ended
// on the service: result "done", "failed", "canceled", "notSupported" or "stillRunning" (stopped following).
struct AuditRecord
{
    enum class Phase { Sending, Outcome, Result };

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
    QString result;          // Outcome: "accepted", "failed", "outcomeUnknown", "cancelled"; Result: above
    int httpStatus = 0;
    QString errorCode;
    QString errorMessage;
    QString requestId;
    QString clientRequestId;
    QString createdId; // Outcome of an accepted creation: what it made (a new bulk action's id)

    QJsonObject toJson() const;
    static std::optional<AuditRecord> fromJson(const QJsonObject &object);
    QString key() const { return operationId + QLatin1Char('/') + itemId; }
};
