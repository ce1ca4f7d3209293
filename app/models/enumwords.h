#pragma once

#include <QCoreApplication>
#include <QString>

// Graph's enum values as words an admin reads ("dedicated" -> "Dedicated", "standardUser" -> "Standard
// user"), translated. A value this version does not know is shown as sent, marked as unknown; an empty one
// stays empty.
class EnumWords
{
    Q_DECLARE_TR_FUNCTIONS(EnumWords)
public:
    enum class Kind {
        ProvisioningType,
        OsVersion,
        UserAccountType,
        PowerState,
        ImageType,
        BulkActionStatus,
        ProductType,
        ErrorCategory,      // a service provisioning error's ErrorCategory (PermanentError, TransientError)
        PartnerAgentStatus, // cloudPcPartnerAgentInstallResult.installStatus
        ManagementService   // provisioning policy managedBy (cloudPcManagementService)
    };
    static QString text(Kind kind, const QString &value);
    // A Graph field name shown as a label (statusDetail.additionalInformation names): "correlationId" ->
    // "Correlation ID"; one this version does not know as words: "policyName" -> "Policy name".
    static QString fieldName(const QString &name);
};
