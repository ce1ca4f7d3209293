#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One check of an Azure network connection's health check run (v1.0 cloudPcOnPremisesConnectionHealthCheck).
// Values are kept as sent.
struct OnPremisesConnectionHealthCheck
{
    QString displayName;
    QString status; // pending, running, passed, failed, warning, informational, … (kept as sent)
    QString errorType;
    QString recommendedAction;
    QString additionalDetail;
    QString correlationId;
    QDateTime startDateTime;
    QDateTime endDateTime;

    // Its status is failed or warning: what the admin has to look at.
    bool needsAttention() const;
    QJsonObject toJson() const;
    friend bool operator==(const OnPremisesConnectionHealthCheck &a,
                           const OnPremisesConnectionHealthCheck &b);
};

// An Azure network connection (v1.0 cloudPcOnPremisesConnection, GET
// …/virtualEndpoint/onPremisesConnections): the network a Microsoft Entra hybrid joined or own-network Cloud
// PC is provisioned into, with the result of its last health check run. healthCheckStatusDetail is only sent
// when it is $select'ed.
struct OnPremisesConnection
{
    enum class HealthStatus { Pending, Running, Passed, Failed, Warning, Informational, Other };

    QString id;
    QString displayName;
    QString connectionType; // hybridAzureADJoin, azureADJoin, … (kept as sent)
    QString adDomainName;
    QString subscriptionName;
    QString resourceGroupId;
    QString virtualNetworkId;
    QString subnetId;
    bool inUse = false;
    QString healthCheckStatusText; // as sent
    HealthStatus healthCheckStatus = HealthStatus::Other;
    // healthCheckStatusDetail
    QDateTime checksStartDateTime;
    QDateTime checksEndDateTime;
    QList<OnPremisesConnectionHealthCheck> healthChecks;

    // The checks whose status is failed or warning.
    QList<OnPremisesConnectionHealthCheck> failedChecks() const;
    // Health checks are under way (pending or running): the status will still change.
    bool isChecking() const
    {
        return healthCheckStatus == HealthStatus::Running || healthCheckStatus == HealthStatus::Pending;
    }
    // "Passed", "Failed", "Running", … (translated in the OnPremisesConnection context); an unknown value as
    // sent.
    QString healthDisplayText() const { return healthDisplayText(healthCheckStatus, healthCheckStatusText); }
    static QString healthDisplayText(HealthStatus status, const QString &raw);
    // "Microsoft Entra hybrid join", "Microsoft Entra join"; an unknown type as sent.
    QString typeDisplayText() const;

    static HealthStatus healthFromString(const QString &text);

    // One connection; nothing when it cannot stand for one (no id). Fields of the wrong type are left empty
    // and described in *problems; health checks that are not objects are left out.
    static std::optional<OnPremisesConnection> fromJson(const QJsonObject &object,
                                                        QStringList *problems = nullptr);
    static QList<OnPremisesConnection> fromJsonArray(const QJsonArray &items,
                                                     QStringList *problems = nullptr);
    // Graph's v1.0 property names; healthCheckStatusDetail always (as a $select would give it).
    QJsonObject toJson() const;

    friend bool operator==(const OnPremisesConnection &a, const OnPremisesConnection &b);
};
