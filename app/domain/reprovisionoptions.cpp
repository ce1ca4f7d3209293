#include "reprovisionoptions.h"

QJsonObject ReprovisionOptions::toJson() const
{
    QJsonObject object;
    if (osVersion)
        object.insert(QStringLiteral("osVersion"), osVersionName(*osVersion));
    if (userAccountType)
        object.insert(QStringLiteral("userAccountType"), userAccountTypeName(*userAccountType));
    return object;
}

QString ReprovisionOptions::osVersionName(OsVersion version)
{
    return version == OsVersion::Windows10 ? QStringLiteral("windows10") : QStringLiteral("windows11");
}

QString ReprovisionOptions::userAccountTypeName(UserAccountType type)
{
    return type == UserAccountType::Administrator ? QStringLiteral("administrator")
                                                  : QStringLiteral("standardUser");
}

std::optional<OsVersion> ReprovisionOptions::parseOsVersion(const QString &text)
{
    if (text == QLatin1String("windows10"))
        return OsVersion::Windows10;
    if (text == QLatin1String("windows11"))
        return OsVersion::Windows11;
    return std::nullopt;
}

std::optional<UserAccountType> ReprovisionOptions::parseUserAccountType(const QString &text)
{
    if (text == QLatin1String("standardUser"))
        return UserAccountType::StandardUser;
    if (text == QLatin1String("administrator"))
        return UserAccountType::Administrator;
    return std::nullopt;
}
