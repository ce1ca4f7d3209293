#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// actionSummary of a bulk action: how its run went so far.
struct BulkActionSummary
{
    qint64 successfulCount = 0;
    qint64 failedCount = 0;
    qint64 inProgressCount = 0;
    qint64 pendingCount = 0;
    qint64 notSupportedCount = 0;

    qint64 total() const
    {
        return successfulCount + failedCount + inProgressCount + pendingCount + notSupportedCount;
    }
    friend bool operator==(const BulkActionSummary &a, const BulkActionSummary &b)
    {
        return a.successfulCount == b.successfulCount && a.failedCount == b.failedCount &&
               a.inProgressCount == b.inProgressCount && a.pendingCount == b.pendingCount &&
               a.notSupportedCount == b.notSupportedCount;
    }
};

// A Cloud PC bulk action (beta, abstract cloudPcBulkAction; the subtype is in @odata.type).
struct BulkAction
{
    QString id;
    QString odataType; // "#microsoft.graph.cloudPcBulkReprovision", …
    QString displayName;
    QStringList cloudPcIds;
    QDateTime createdDateTime;
    QString initiatedByUserPrincipalName;
    bool scheduledDuringMaintenanceWindow = false;
    QString status; // pending, succeeded, failed, … (kept as sent: the member list is not settled)
    BulkActionSummary actionSummary;

    // "Reprovision", "Restart", … from @odata.type; an unknown subtype shows its own name.
    QString typeDisplayName() const;
    // The short subtype name, e.g. "cloudPcBulkReprovision".
    QString typeName() const;

    static std::optional<BulkAction> fromJson(const QJsonObject &object, QStringList *problems = nullptr);
    QJsonObject toJson() const;
    friend bool operator==(const BulkAction &a, const BulkAction &b);
};
