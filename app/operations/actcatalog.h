#pragma once

#include "cloudpc.h"
#include "graphrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

class Operation;

// What an act is done to.
enum class ActTarget { CloudPc, ProvisioningPolicy, BulkAction, User, NetworkConnection };

// One option of an act: the same name in the CLI (--name), in the values handed to its request builder and
// in its dialog.
struct ActOption
{
    QString name;        // "os", "account-type", "cloudpc", "type", "name"
    QString valueName;   // what the CLI help calls the value: "VERSION"
    QStringList allowed; // the values it takes (empty: any text)
    QString help;        // English, for cloudpcctl's help
    bool repeatable = false;
    bool required = false; // must be given (the CLI refuses without it, the dialog's button waits for it)
    int maxLength = 0;     // free text: at most this many characters (0: no limit)
    bool firstPositional =
        false; // given as the first positional argument in the CLI ("bulk-actions create TYPE")
    bool lastPositional =
        false; // given as the last positional argument in the CLI ("cloudpcs rename ID NAME")
    // Each allowed value is a flag of its own in the CLI ("review --on|--off"): at most one of them, exactly
    // one when `required`. The value handed on is the flag's name ("on").
    bool valuesAsFlags = false;
};

// One target of an act (a Cloud PC, policy, bulk action or user) as the admin knows it.
struct ActSubject
{
    QString id;
    QString label;
};

// One request of an act: usually one per target; a bulk action creation is one for all.
struct ActItem
{
    QString targetId;
    QString label;
    GraphRequest request;
};

// What to read again from Graph once an act has run.
enum class ActRefresh { CloudPcs, BulkActions, ErrorUsers };

// One act, declared once: the console's actions and dialogs, cloudpcctl's commands, the audit log and the
// tests all take it from here.
struct ActDefinition
{
    QString kind;            // stable: the name in the audit log, the same from the console and the CLI
    QStringList legacyKinds; // what older audit logs call it
    ActTarget target = ActTarget::CloudPc;
    bool manyTargets = true; // one, or one or more
    QList<ActOption> options;
    bool destructive = false;  // typed confirmation for many in the console
    QString bulkActionType;    // the cloudPcBulkAction subtype when it can be sent as one bulk action
    QList<ActRefresh> refresh; // read again afterwards
    // cloudpcctl
    QStringList cliWords;      // {"cloudpcs", "reprovision"}
    QString cliPositionalName; // "ID"
    int cliMinPositionals = 1;
    int cliMaxPositionals = -1;
    QString cliSummary; // English
    // the console
    QString actionName;             // the QAction's object name ("reprovisionAction")
    const char *menuText = nullptr; // translated in the ActCatalog context
    const char *toolTip = nullptr;
    QString icon; // an icon name (Icons::named in resources/: "retry")
    const char *shortcut = nullptr;

    // The requests for these targets with these option values ("os" -> "windows11"; a repeatable option's
    // value is a QStringList). Every value was checked against `allowed` before.
    std::function<QList<ActItem>(const QList<ActSubject> &targets, const QVariantMap &values)> items;
    // "Reprovision 3 Cloud PCs", "Retry policy Finance"; `label` is the first target's label.
    std::function<QString(int count, const QString &label, const QVariantMap &values)> title;
    // The confirmation's question.
    std::function<QString(int count, const QVariantMap &values)> question;

    const ActOption *option(const QString &name) const;

    // For Cloud PC acts that apply only to some Cloud PCs (end grace period: those in grace period): empty
    // when it applies to this one, otherwise why not. Not set: it applies to every Cloud PC.
    std::function<QString(const CloudPc &pc)> notApplicable;

    // At most this many targets at once (0: no limit); more is refused before anything is sent.
    int maxTargets = 0;
    // Checks of the option values together, beyond each option's own (a resize bulk action needs a plan):
    // empty when they fit, otherwise what is wrong (English, for the CLI).
    std::function<QString(const QVariantMap &values)> checkOptions;
};

// The acts of the console and cloudpcctl.
class ActCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ActCatalog)
public:
    static const QList<ActDefinition> &all();
    static const ActDefinition *find(const QString &kind);
    static const ActDefinition *findByCliWords(const QStringList &words);
    // The catalog kind of a kind read from an audit log (older names included); as given when unknown.
    static QString canonicalKind(const QString &kind);
    // The act as words for a list or log ("Reprovision", translated: its menu text without '&' and '…');
    // a kind this version does not know, as written.
    static QString displayName(const QString &kind);
    // Why a Cloud PC act is not done to this Cloud PC (empty: it is): never to one being deprovisioned, for
    // every act; then the act's own notApplicable.
    static QString notApplicableReason(const ActDefinition &act, const CloudPc &pc);
    // The name getSupportedCloudPcRemoteActions gives the act ("troubleShoot" for troubleshoot,
    // "placeUnderReview" for setReviewStatus); empty when Graph has none.
    static QString graphActionName(const QString &kind);
    // Empty when the values are acceptable for the act; otherwise what is wrong (English, for the CLI).
    static QString checkValues(const ActDefinition &act, const QVariantMap &values);
    // The operation of an act: its kind, title and one item per request.
    static Operation *makeOperation(const ActDefinition &act, const QList<ActSubject> &targets,
                                    const QVariantMap &values);
};
