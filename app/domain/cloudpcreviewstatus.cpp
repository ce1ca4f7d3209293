#include "cloudpcreviewstatus.h"

#include "jsonreader.h"

#include <QJsonArray>

CloudPcReviewStatus CloudPcReviewStatus::fromJson(const QJsonObject &object, QStringList *problems)
{
    JsonReader reader(object, QStringLiteral("cloudPcReviewStatus"));
    CloudPcReviewStatus status;
    status.inReview = reader.boolean(QStringLiteral("inReview"));
    status.userAccessLevel = reader.string(QStringLiteral("userAccessLevel"));
    status.azureStorageAccountId = reader.string(QStringLiteral("azureStorageAccountId"));
    status.azureStorageAccountName = reader.string(QStringLiteral("azureStorageAccountName"));
    status.azureStorageContainerName = reader.string(QStringLiteral("azureStorageContainerName"));
    status.accessTier = reader.string(QStringLiteral("accessTier"));
    status.subscriptionId = reader.string(QStringLiteral("subscriptionId"));
    status.subscriptionName = reader.string(QStringLiteral("subscriptionName"));
    status.reviewStartDateTime = reader.dateTime(QStringLiteral("reviewStartDateTime"));
    if (problems)
        *problems += reader.problems();
    return status;
}

QJsonObject CloudPcReviewStatus::toJson() const
{
    QJsonObject object{{QStringLiteral("inReview"), inReview}};
    auto put = [&object](const char *key, const QString &value) {
        object.insert(QLatin1String(key), value.isEmpty() ? QJsonValue() : QJsonValue(value));
    };
    put("userAccessLevel", userAccessLevel);
    put("azureStorageAccountId", azureStorageAccountId);
    put("azureStorageAccountName", azureStorageAccountName);
    put("azureStorageContainerName", azureStorageContainerName);
    put("accessTier", accessTier);
    put("subscriptionId", subscriptionId);
    put("subscriptionName", subscriptionName);
    put("reviewStartDateTime", formatGraphDateTime(reviewStartDateTime));
    return object;
}

bool operator==(const CloudPcReviewStatus &a, const CloudPcReviewStatus &b)
{
    return a.inReview == b.inReview && a.userAccessLevel == b.userAccessLevel &&
           a.azureStorageAccountId == b.azureStorageAccountId &&
           a.azureStorageAccountName == b.azureStorageAccountName &&
           a.azureStorageContainerName == b.azureStorageContainerName && a.accessTier == b.accessTier &&
           a.subscriptionId == b.subscriptionId && a.subscriptionName == b.subscriptionName &&
           a.reviewStartDateTime == b.reviewStartDateTime;
}

QJsonObject CloudPcReviewChange::toJson() const
{
    QJsonObject status{{QStringLiteral("inReview"), inReview}};
    if (userAccessLevel)
        status.insert(QStringLiteral("userAccessLevel"), *userAccessLevel);
    if (azureStorageAccountId)
        status.insert(QStringLiteral("azureStorageAccountId"), *azureStorageAccountId);
    return QJsonObject{{QStringLiteral("reviewStatus"), status}};
}
