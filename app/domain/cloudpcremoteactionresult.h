#pragma once

#include "cloudpcstatusdetail.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One entry of a Cloud PC's remote action history (beta cloudPcRemoteActionResult, from GET
// …/cloudPCs/{id}/retrieveCloudPcRemoteActionResults, and the Cloud PC's lastRemoteActionResult): how an act
// done to the Cloud PC went. actionName is free text ("Reprovision", "Reboot", "CloudPcPowerOn", …); the
// state keeps its wire text, so a value this version does not know is shown as itself, never dropped.
struct CloudPcRemoteActionResult
{
    enum class State { None, Pending, Canceled, Active, Done, Failed, NotSupported, Other };

    QString actionName;
    QString actionStateText; // as sent
    State actionState = State::Other;
    QDateTime startDateTime;
    QDateTime lastUpdatedDateTime;
    QString cloudPcId;
    QString managedDeviceId;
    CloudPcStatusDetail statusDetail;

    // The act has an end: done, failed, canceled or not supported.
    bool isFinal() const;
    // "Pending", "Running", "Done", "Failed", "Canceled", "Not supported", "None" (translated in the
    // CloudPcRemoteActionResult context); an unknown value as sent.
    QString stateDisplayText() const;

    static State stateFromString(const QString &text);
    static QString stateToString(State state); // the wire value ("active"); empty for Other

    // One cloudPcRemoteActionResult; nothing when it cannot stand for one (no actionName). Fields of the
    // wrong type are left empty and described in *problems.
    static std::optional<CloudPcRemoteActionResult> fromJson(const QJsonObject &object,
                                                             QStringList *problems = nullptr);
    // The items of a collection: entries that are not objects or have no actionName are left out (and
    // described in *problems).
    static QList<CloudPcRemoteActionResult> fromJsonArray(const QJsonArray &items,
                                                          QStringList *problems = nullptr);
    // Graph's property names; empty fields are left out.
    QJsonObject toJson() const;

    friend bool operator==(const CloudPcRemoteActionResult &a, const CloudPcRemoteActionResult &b);
};

// One event of a Cloud PC's connection history (beta cloudPcConnectivityEvent, from GET
// …/cloudPCs/{id}/getCloudPcConnectivityHistory). Values are kept as sent.
struct CloudPcConnectivityEvent
{
    QDateTime eventDateTime;
    QString eventName;   // "UserConnection", "HealthCheck", … (free text)
    QString eventType;   // unknown, userConnection, userTroubleshooting, deviceHealthCheck, …
    QString eventResult; // unknown, success, failure, …
    QString message;
    QString activityId;

    bool failed() const { return eventResult == QLatin1String("failure"); }
    // "Succeeded", "Failed", "Unknown" (translated in the CloudPcConnectivityEvent context); others as sent.
    QString resultDisplayText() const;

    // Nothing when the entry has neither a time nor a name.
    static std::optional<CloudPcConnectivityEvent> fromJson(const QJsonObject &object,
                                                            QStringList *problems = nullptr);
    static QList<CloudPcConnectivityEvent> fromJsonArray(const QJsonArray &items,
                                                         QStringList *problems = nullptr);
    QJsonObject toJson() const;
};
