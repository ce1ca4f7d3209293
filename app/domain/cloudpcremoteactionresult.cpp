#include "cloudpcremoteactionresult.h"

#include "jsonreader.h"

#include <QCoreApplication>

namespace {
struct StateName
{
    CloudPcRemoteActionResult::State state;
    const char *wire;
};
constexpr StateName kStates[] = {
    {CloudPcRemoteActionResult::State::None, "none"},
    {CloudPcRemoteActionResult::State::Pending, "pending"},
    {CloudPcRemoteActionResult::State::Canceled, "canceled"},
    {CloudPcRemoteActionResult::State::Active, "active"},
    {CloudPcRemoteActionResult::State::Done, "done"},
    {CloudPcRemoteActionResult::State::Failed, "failed"},
    {CloudPcRemoteActionResult::State::NotSupported, "notSupported"},
};
} // namespace

CloudPcRemoteActionResult::State CloudPcRemoteActionResult::stateFromString(const QString &text)
{
    for (const StateName &name : kStates) {
        if (text == QLatin1String(name.wire))
            return name.state;
    }
    return State::Other;
}

QString CloudPcRemoteActionResult::stateToString(State state)
{
    for (const StateName &name : kStates) {
        if (name.state == state)
            return QString::fromLatin1(name.wire);
    }
    return QString();
}

bool CloudPcRemoteActionResult::isFinal() const
{
    return actionState == State::Done || actionState == State::Failed || actionState == State::Canceled ||
           actionState == State::NotSupported;
}

QString CloudPcRemoteActionResult::stateDisplayText() const
{
    switch (actionState) {
    case State::None:
        return QCoreApplication::translate("CloudPcRemoteActionResult", "None");
    case State::Pending:
        return QCoreApplication::translate("CloudPcRemoteActionResult", "Pending");
    case State::Canceled:
        return QCoreApplication::translate("CloudPcRemoteActionResult", "Canceled");
    case State::Active:
        return QCoreApplication::translate("CloudPcRemoteActionResult", "Running");
    case State::Done:
        return QCoreApplication::translate("CloudPcRemoteActionResult", "Done");
    case State::Failed:
        return QCoreApplication::translate("CloudPcRemoteActionResult", "Failed");
    case State::NotSupported:
        return QCoreApplication::translate("CloudPcRemoteActionResult", "Not supported");
    case State::Other:
        break;
    }
    return actionStateText;
}

std::optional<CloudPcRemoteActionResult> CloudPcRemoteActionResult::fromJson(const QJsonObject &object,
                                                                             QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPcRemoteActionResult"));
    CloudPcRemoteActionResult result;
    result.actionName = reader.requiredString(QStringLiteral("actionName"));
    result.actionStateText = reader.string(QStringLiteral("actionState"));
    result.actionState = stateFromString(result.actionStateText);
    result.startDateTime = reader.dateTime(QStringLiteral("startDateTime"));
    result.lastUpdatedDateTime = reader.dateTime(QStringLiteral("lastUpdatedDateTime"));
    result.cloudPcId = reader.string(QStringLiteral("cloudPcId"));
    result.managedDeviceId = reader.string(QStringLiteral("managedDeviceId"));
    const QJsonObject detail = reader.object(QStringLiteral("statusDetail"));
    if (!detail.isEmpty())
        result.statusDetail = CloudPcStatusDetail::fromJson(
            detail, QStringLiteral("cloudPcRemoteActionResult.statusDetail"), problems);
    if (problems)
        *problems += reader.problems();
    if (reader.missingRequired())
        return std::nullopt;
    return result;
}

QList<CloudPcRemoteActionResult> CloudPcRemoteActionResult::fromJsonArray(const QJsonArray &items,
                                                                          QStringList *problems)
{
    QList<CloudPcRemoteActionResult> results;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            if (problems)
                *problems << QStringLiteral("cloudPcRemoteActionResult %1: not an object").arg(i);
            continue;
        }
        if (std::optional<CloudPcRemoteActionResult> result = fromJson(items.at(i).toObject(), problems))
            results.append(*result);
    }
    return results;
}

QJsonObject CloudPcRemoteActionResult::toJson() const
{
    QJsonObject object{{QStringLiteral("actionName"), actionName}};
    auto put = [&object](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    put("actionState", actionStateText);
    put("startDateTime", formatGraphDateTime(startDateTime));
    put("lastUpdatedDateTime", formatGraphDateTime(lastUpdatedDateTime));
    put("cloudPcId", cloudPcId);
    put("managedDeviceId", managedDeviceId);
    if (!statusDetail.isEmpty())
        object.insert(QStringLiteral("statusDetail"), statusDetail.toJson());
    return object;
}

bool operator==(const CloudPcRemoteActionResult &a, const CloudPcRemoteActionResult &b)
{
    return a.actionName == b.actionName && a.actionStateText == b.actionStateText &&
           a.startDateTime == b.startDateTime && a.lastUpdatedDateTime == b.lastUpdatedDateTime &&
           a.cloudPcId == b.cloudPcId && a.managedDeviceId == b.managedDeviceId &&
           a.statusDetail == b.statusDetail;
}

QString CloudPcConnectivityEvent::resultDisplayText() const
{
    if (eventResult == QLatin1String("success"))
        return QCoreApplication::translate("CloudPcConnectivityEvent", "Succeeded");
    if (eventResult == QLatin1String("failure"))
        return QCoreApplication::translate("CloudPcConnectivityEvent", "Failed");
    if (eventResult == QLatin1String("unknown") || eventResult.isEmpty())
        return QCoreApplication::translate("CloudPcConnectivityEvent", "Unknown");
    return eventResult;
}

std::optional<CloudPcConnectivityEvent> CloudPcConnectivityEvent::fromJson(const QJsonObject &object,
                                                                           QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPcConnectivityEvent"));
    CloudPcConnectivityEvent event;
    event.eventDateTime = reader.dateTime(QStringLiteral("eventDateTime"));
    event.eventName = reader.string(QStringLiteral("eventName"));
    event.eventType = reader.string(QStringLiteral("eventType"));
    event.eventResult = reader.string(QStringLiteral("eventResult"));
    event.message = reader.string(QStringLiteral("message"));
    event.activityId = reader.string(QStringLiteral("activityId"));
    if (problems)
        *problems += reader.problems();
    if (!event.eventDateTime.isValid() && event.eventName.isEmpty())
        return std::nullopt;
    return event;
}

QList<CloudPcConnectivityEvent> CloudPcConnectivityEvent::fromJsonArray(const QJsonArray &items,
                                                                        QStringList *problems)
{
    QList<CloudPcConnectivityEvent> events;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            if (problems)
                *problems << QStringLiteral("cloudPcConnectivityEvent %1: not an object").arg(i);
            continue;
        }
        if (std::optional<CloudPcConnectivityEvent> event = fromJson(items.at(i).toObject(), problems))
            events.append(*event);
    }
    return events;
}

QJsonObject CloudPcConnectivityEvent::toJson() const
{
    QJsonObject object;
    auto put = [&object](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    put("eventDateTime", formatGraphDateTime(eventDateTime));
    put("eventName", eventName);
    put("eventType", eventType);
    put("eventResult", eventResult);
    put("message", message);
    put("activityId", activityId);
    return object;
}
