#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One restore point of a Cloud PC (beta cloudPcSnapshot, from GET …/cloudPCs/{id}/retrieveSnapshots).
// The enums keep their wire text: a value this version does not know is shown as itself, never dropped.
struct CloudPcSnapshot
{
    enum class Type { Automatic, Manual, Other };
    enum class Health { Unknown, Healthy, Unhealthy, Other };

    QString id;
    QString cloudPcId;
    QString status;           // "ready", … (kept as sent)
    QString snapshotTypeText; // as sent
    Type snapshotType = Type::Other;
    QDateTime createdDateTime;
    QDateTime lastRestoredDateTime;
    QDateTime expirationDateTime;
    QString healthCheckStatusText; // as sent
    Health healthCheckStatus = Health::Unknown;

    // "Automatic", "Manual" (translated in the CloudPcSnapshot context); an unknown value as sent.
    QString typeDisplayText() const;
    // "Healthy", "Unhealthy", "Unknown" (translated); an unknown value as sent.
    QString healthDisplayText() const;

    static Type typeFromString(const QString &text);
    static Health healthFromString(const QString &text);

    // One cloudPcSnapshot; nothing when it cannot stand for a snapshot (no id). Fields of the wrong type are
    // left empty and described in *problems.
    static std::optional<CloudPcSnapshot> fromJson(const QJsonObject &object,
                                                   QStringList *problems = nullptr);
    // The items of a collection page: entries that are not objects or have no id are left out (and
    // described in *problems).
    static QList<CloudPcSnapshot> fromJsonArray(const QJsonArray &items, QStringList *problems = nullptr);
    // Newest first (by createdDateTime; those without a date last).
    static void sortNewestFirst(QList<CloudPcSnapshot> &snapshots);
    // Graph's property names; empty fields are left out.
    QJsonObject toJson() const;

    friend bool operator==(const CloudPcSnapshot &a, const CloudPcSnapshot &b);
};
