#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One answer of getSupportedCloudPcRemoteActions (beta cloudPcRemoteActionCapability).
struct CloudPcRemoteActionCapability
{
    QString actionName;       // restart, rename, troubleShoot, placeUnderReview, … (free text, as sent)
    QString actionCapability; // enabled, disabled, …

    bool isDisabled() const { return actionCapability == QLatin1String("disabled"); }
    // The entries of a reply ({"value": [...]}); entries that are not objects or have no actionName are
    // skipped and described in *problems.
    static QList<CloudPcRemoteActionCapability> listFromJson(const QJsonObject &reply,
                                                             QStringList *problems = nullptr);
};
