#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Whether a Cloud PC is under review (beta cloudPcReviewStatus, read with retrieveReviewStatus): while it is,
// a snapshot goes to an Azure storage account for a forensic look and its user's access may be restricted.
// Values are kept as sent; an unknown userAccessLevel shows as itself.
struct CloudPcReviewStatus
{
    bool inReview = false;
    QString userAccessLevel; // unrestricted, restricted, …
    QString azureStorageAccountId;
    QString azureStorageAccountName;
    QString azureStorageContainerName;
    QString accessTier; // hot, cool, cold, archive, …
    QString subscriptionId;
    QString subscriptionName;
    QDateTime reviewStartDateTime;

    // Parses the reply of retrieveReviewStatus (a cloudPcReviewStatus object); fields of the wrong type are
    // left empty and described in *problems.
    static CloudPcReviewStatus fromJson(const QJsonObject &object, QStringList *problems = nullptr);
    QJsonObject toJson() const;
    friend bool operator==(const CloudPcReviewStatus &a, const CloudPcReviewStatus &b);
};

// What setReviewStatus is asked to do: inReview, and only the other fields that were given.
struct CloudPcReviewChange
{
    bool inReview = false;
    std::optional<QString> userAccessLevel; // "unrestricted" or "restricted"
    std::optional<QString> azureStorageAccountId;

    // {"reviewStatus": {"inReview": …, then the fields given}}
    QJsonObject toJson() const;
};
