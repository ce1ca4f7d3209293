#include "enumwords.h"

#include <QHash>

namespace {
struct Word
{
    const char *value;
    const char *text;
};

const Word kProvisioningTypes[] = {
    {"dedicated", QT_TRANSLATE_NOOP("EnumWords", "Dedicated")},
    {"shared", QT_TRANSLATE_NOOP("EnumWords", "Shared")},
    {"sharedByUser", QT_TRANSLATE_NOOP("EnumWords", "Shared by user")},
    {"sharedByEntraGroup", QT_TRANSLATE_NOOP("EnumWords", "Shared by Entra group")},
    {"reserve", QT_TRANSLATE_NOOP("EnumWords", "Reserve")}};
const Word kOsVersions[] = {{"windows10", QT_TRANSLATE_NOOP("EnumWords", "Windows 10")},
                            {"windows11", QT_TRANSLATE_NOOP("EnumWords", "Windows 11")}};
const Word kAccountTypes[] = {{"standardUser", QT_TRANSLATE_NOOP("EnumWords", "Standard user")},
                              {"administrator", QT_TRANSLATE_NOOP("EnumWords", "Administrator")}};
const Word kPowerStates[] = {{"running", QT_TRANSLATE_NOOP("EnumWords", "Running")},
                             {"poweredOff", QT_TRANSLATE_NOOP("EnumWords", "Powered off")},
                             {"unknown", QT_TRANSLATE_NOOP("EnumWords", "Unknown")}};
const Word kImageTypes[] = {{"gallery", QT_TRANSLATE_NOOP("EnumWords", "Gallery")},
                            {"custom", QT_TRANSLATE_NOOP("EnumWords", "Custom")}};
// A bulk action's status (beta cloudPcBulkAction.status; members seen: pending, inProgress, succeeded,
// failed).
// A Cloud PC's product (beta cloudPC.productType).
const Word kProductTypes[] = {{"enterprise", QT_TRANSLATE_NOOP("EnumWords", "Enterprise")},
                              {"frontline", QT_TRANSLATE_NOOP("EnumWords", "Frontline")},
                              {"devBox", QT_TRANSLATE_NOOP("EnumWords", "Dev Box")},
                              {"powerAutomate", QT_TRANSLATE_NOOP("EnumWords", "Power Automate")},
                              {"business", QT_TRANSLATE_NOOP("EnumWords", "Business")}};
const Word kBulkActionStatuses[] = {{"pending", QT_TRANSLATE_NOOP("EnumWords", "Pending")},
                                    {"inProgress", QT_TRANSLATE_NOOP("EnumWords", "In progress")},
                                    {"succeeded", QT_TRANSLATE_NOOP("EnumWords", "Succeeded")},
                                    {"failed", QT_TRANSLATE_NOOP("EnumWords", "Failed")}};
// The ErrorCategory of a service provisioning error's XML detail.
const Word kErrorCategories[] = {{"PermanentError", QT_TRANSLATE_NOOP("EnumWords", "Permanent error")},
                                 {"TransientError", QT_TRANSLATE_NOOP("EnumWords", "Transient error")}};
// cloudPcPartnerAgentInstallStatus.
const Word kPartnerAgentStatuses[] = {{"installed", QT_TRANSLATE_NOOP("EnumWords", "Installed")},
                                      {"installFailed", QT_TRANSLATE_NOOP("EnumWords", "Install failed")},
                                      {"installing", QT_TRANSLATE_NOOP("EnumWords", "Installing")},
                                      {"uninstalling", QT_TRANSLATE_NOOP("EnumWords", "Uninstalling")},
                                      {"uninstallFailed", QT_TRANSLATE_NOOP("EnumWords", "Uninstall failed")},
                                      {"licensed", QT_TRANSLATE_NOOP("EnumWords", "Licensed")}};
// cloudPcManagementService (a flags enum: several members come comma-separated).
const Word kManagementServices[] = {{"windows365", QT_TRANSLATE_NOOP("EnumWords", "Windows 365")},
                                    {"devBox", QT_TRANSLATE_NOOP("EnumWords", "Dev Box")},
                                    {"rpaBox", QT_TRANSLATE_NOOP("EnumWords", "RPA box")}};

template <std::size_t N> const char *find(const Word (&words)[N], const QString &value)
{
    for (const Word &word : words) {
        if (value == QLatin1String(word.value))
            return word.text;
    }
    return nullptr;
}
} // namespace

QString EnumWords::text(Kind kind, const QString &value)
{
    if (value.isEmpty())
        return {};
    const char *found = nullptr;
    switch (kind) {
    case Kind::ProvisioningType:
        found = find(kProvisioningTypes, value);
        break;
    case Kind::OsVersion:
        found = find(kOsVersions, value);
        break;
    case Kind::UserAccountType:
        found = find(kAccountTypes, value);
        break;
    case Kind::PowerState:
        found = find(kPowerStates, value);
        break;
    case Kind::ImageType:
        found = find(kImageTypes, value);
        break;
    case Kind::BulkActionStatus:
        found = find(kBulkActionStatuses, value);
        break;
    case Kind::ProductType:
        found = find(kProductTypes, value);
        break;
    case Kind::ErrorCategory:
        found = find(kErrorCategories, value);
        break;
    case Kind::PartnerAgentStatus:
        found = find(kPartnerAgentStatuses, value);
        break;
    case Kind::ManagementService: {
        // Flags: "windows365,devBox" reads "Windows 365, Dev Box", each member on its own.
        const QStringList members = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (members.size() > 1) {
            QStringList words;
            for (const QString &member : members)
                words << text(kind, member.trimmed());
            return words.join(QStringLiteral(", "));
        }
        found = find(kManagementServices, value.trimmed());
        break;
    }
    }
    return found ? tr(found) : tr("%1 (unknown value)").arg(value);
}

QString EnumWords::fieldName(const QString &name)
{
    static const Word kFields[] = {{"correlationId", QT_TRANSLATE_NOOP("EnumWords", "Correlation ID")},
                                   {"activityId", QT_TRANSLATE_NOOP("EnumWords", "Activity ID")},
                                   {"requestId", QT_TRANSLATE_NOOP("EnumWords", "Request ID")},
                                   {"errorCode", QT_TRANSLATE_NOOP("EnumWords", "Error code")},
                                   {"errorMessage", QT_TRANSLATE_NOOP("EnumWords", "Error message")},
                                   {"timestamp", QT_TRANSLATE_NOOP("EnumWords", "Time")}};
    for (const Word &word : kFields) {
        if (name == QLatin1String(word.value))
            return tr(word.text);
    }
    // camelCase as words, the first capitalised: "onPremisesConnectionId" -> "On premises connection id".
    QString words;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i > 0 && c.isUpper() && name.at(i - 1).isLower())
            words += QLatin1Char(' ') + c.toLower();
        else
            words += i == 0 ? c.toUpper() : c;
    }
    return words;
}
