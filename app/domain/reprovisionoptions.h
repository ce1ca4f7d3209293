#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// The optional body of an admin reprovision: each field left unset keeps the Cloud PC's current value.
// unknownFutureValue exists in both Graph enums and is never sent.
enum class OsVersion { Windows10, Windows11 };
enum class UserAccountType { StandardUser, Administrator };

struct ReprovisionOptions
{
    std::optional<OsVersion> osVersion;
    std::optional<UserAccountType> userAccountType;

    bool isEmpty() const { return !osVersion && !userAccountType; }
    // {"osVersion": "windows11", "userAccountType": "standardUser"}, only the fields set.
    QJsonObject toJson() const;

    static QString osVersionName(OsVersion version);
    static QString userAccountTypeName(UserAccountType type);
    static std::optional<OsVersion> parseOsVersion(const QString &text);
    static std::optional<UserAccountType> parseUserAccountType(const QString &text);
};
