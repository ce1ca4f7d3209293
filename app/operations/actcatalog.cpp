#include "actcatalog.h"

#include "actsconnections.h"
#include "actspower.h"
#include "actsresize.h"
#include "actssnapshots.h"
#include "bulkactionkinds.h"
#include "graphrequests.h"
#include "operation.h"
#include "reprovisionoptions.h"

#include <QHash>

namespace {
// One request per target, built by `request`.
std::function<QList<ActItem>(const QList<ActSubject> &, const QVariantMap &)>
perTarget(std::function<GraphRequest(const QString &id, const QVariantMap &values)> request)
{
    return [request](const QList<ActSubject> &targets, const QVariantMap &values) {
        QList<ActItem> items;
        for (const ActSubject &target : targets)
            items.append({target.id, target.label, request(target.id, values)});
        return items;
    };
}

QString text(const QVariantMap &values, const char *name)
{
    return values.value(QLatin1String(name)).toString();
}

QList<ActDefinition> makeCatalog()
{
    QList<ActDefinition> acts;

    ActDefinition reprovision;
    reprovision.kind = QStringLiteral("reprovision");
    reprovision.legacyKinds = {QStringLiteral("cloudpcs reprovision")};
    reprovision.target = ActTarget::CloudPc;
    reprovision.options = {{QStringLiteral("os"),
                            QStringLiteral("VERSION"),
                            {QStringLiteral("windows10"), QStringLiteral("windows11")},
                            QStringLiteral("Windows version after reprovisioning (default: keep).")},
                           {QStringLiteral("account-type"),
                            QStringLiteral("TYPE"),
                            {QStringLiteral("standardUser"), QStringLiteral("administrator")},
                            QStringLiteral("User account type after reprovisioning (default: keep).")}};
    reprovision.destructive = true;
    reprovision.bulkActionType = QStringLiteral("#microsoft.graph.cloudPcBulkReprovision");
    reprovision.refresh = {ActRefresh::CloudPcs};
    reprovision.cliWords = {QStringLiteral("cloudpcs"), QStringLiteral("reprovision")};
    reprovision.cliPositionalName = QStringLiteral("ID");
    reprovision.cliSummary = QStringLiteral("Reprovision Cloud PCs: wipe and rebuild them.");
    reprovision.actionName = QStringLiteral("reprovisionAction");
    reprovision.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Re&provision…");
    reprovision.toolTip = QT_TRANSLATE_NOOP("ActCatalog", "Wipe and rebuild the selected Cloud PCs");
    reprovision.icon = QStringLiteral("reprovision");
    reprovision.shortcut = QT_TRANSLATE_NOOP("ActCatalog", "Ctrl+Shift+R");
    reprovision.items = perTarget([](const QString &id, const QVariantMap &values) {
        ReprovisionOptions options;
        options.osVersion = ReprovisionOptions::parseOsVersion(text(values, "os"));
        options.userAccountType = ReprovisionOptions::parseUserAccountType(text(values, "account-type"));
        return GraphRequests::reprovisionCloudPc(id, options);
    });
    reprovision.title = [](int count, const QString &, const QVariantMap &) {
        return ActCatalog::tr("Reprovision %Ln Cloud PC(s)", nullptr, count);
    };
    reprovision.question = [](int count, const QVariantMap &) {
        return ActCatalog::tr(
            "Reprovision %Ln Cloud PC(s)? Each is wiped and rebuilt; everything on it is lost.", nullptr,
            count);
    };
    acts.append(reprovision);

    ActDefinition createBulk;
    createBulk.kind = QStringLiteral("createBulkAction");
    createBulk.legacyKinds = {QStringLiteral("bulk-actions create")};
    createBulk.target = ActTarget::CloudPc;
    ActOption type{QStringLiteral("type"), QStringLiteral("KIND"), BulkActionKinds::names(),
                   QStringLiteral("What the bulk action does.")};
    type.firstPositional = true;
    ActOption timeRange{QStringLiteral("time-range"),
                        QStringLiteral("RANGE"),
                        {QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("beforeOrAfter")},
                        QStringLiteral("restore: the restore point taken before, after, or nearest "
                                       "(beforeOrAfter, the default) the time given.")};
    createBulk.options = {
        type,
        {QStringLiteral("name"),
         QStringLiteral("NAME"),
         {},
         QStringLiteral("Display name of the bulk action.")},
        {QStringLiteral("plan"),
         QStringLiteral("ID"),
         {},
         QStringLiteral("resize: the target service plan (cloudpcctl service-plans list).")},
        {QStringLiteral("restore-point"),
         QStringLiteral("ISO8601"),
         {},
         QStringLiteral("restore: the time to go back to, e.g. 2026-11-20T08:00:00Z.")},
        timeRange};
    createBulk.maxTargets = BulkActionKinds::kMaxCloudPcs;
    createBulk.checkOptions = [](const QVariantMap &values) {
        return BulkActionKinds::check(text(values, "type"), values);
    };
    createBulk.refresh = {ActRefresh::BulkActions, ActRefresh::CloudPcs};
    createBulk.cliWords = {QStringLiteral("bulk-actions"), QStringLiteral("create")};
    createBulk.cliPositionalName = QStringLiteral("KIND ID");
    createBulk.cliMinPositionals = 2;
    createBulk.cliSummary = QStringLiteral("Create a bulk action over at most 5,000 Cloud PCs. KIND: %1.")
                                .arg(BulkActionKinds::names().join(QLatin1Char(' ')));
    createBulk.actionName = QStringLiteral("createBulkAction");
    createBulk.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Create &bulk action…");
    createBulk.toolTip = QT_TRANSLATE_NOOP("ActCatalog", "Start a bulk action over the selected Cloud PCs");
    createBulk.icon = QStringLiteral("bulkaction");
    createBulk.shortcut = QT_TRANSLATE_NOOP("ActCatalog", "Ctrl+Shift+B");
    createBulk.items = [](const QList<ActSubject> &targets, const QVariantMap &values) {
        const QString kind = text(values, "type");
        const BulkActionKind *known = BulkActionKinds::find(kind);
        const QString odataType = known ? known->odataType : kind;
        QStringList ids;
        for (const ActSubject &target : targets)
            ids << target.id;
        const QString name = text(values, "name");
        return QList<ActItem>{
            {name, name,
             GraphRequests::createBulkAction(odataType, name, ids, BulkActionKinds::fields(kind, values))}};
    };
    createBulk.title = [](int count, const QString &, const QVariantMap &values) {
        return ActCatalog::tr("Create bulk action \"%1\" (%Ln Cloud PC(s))", nullptr, count)
            .arg(text(values, "name"));
    };
    createBulk.question = [](int count, const QVariantMap &values) {
        return ActCatalog::tr("Create a bulk action (%1) over %Ln Cloud PC(s)?", nullptr, count)
            .arg(BulkActionKinds::label(text(values, "type")));
    };
    acts.append(createBulk);

    ActDefinition retryPolicy;
    retryPolicy.kind = QStringLiteral("retryPolicy");
    retryPolicy.legacyKinds = {QStringLiteral("policies retry")};
    retryPolicy.target = ActTarget::ProvisioningPolicy;
    retryPolicy.refresh = {ActRefresh::CloudPcs};
    retryPolicy.cliWords = {QStringLiteral("policies"), QStringLiteral("retry")};
    retryPolicy.cliPositionalName = QStringLiteral("ID");
    retryPolicy.cliMaxPositionals = 1;
    retryPolicy.manyTargets = true;
    retryPolicy.cliSummary =
        QStringLiteral("Retry provisioning for the failed Cloud PCs of a provisioning policy.");
    retryPolicy.actionName = QStringLiteral("retryPolicyAction");
    retryPolicy.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Retry &policy…");
    retryPolicy.toolTip =
        QT_TRANSLATE_NOOP("ActCatalog", "Provision the failed Cloud PCs of the selected policies again");
    retryPolicy.icon = QStringLiteral("retry");
    retryPolicy.shortcut = QT_TRANSLATE_NOOP("ActCatalog", "Ctrl+Shift+T");
    retryPolicy.items = perTarget(
        [](const QString &id, const QVariantMap &) { return GraphRequests::retryProvisioningPolicy(id); });
    retryPolicy.title = [](int count, const QString &label, const QVariantMap &) {
        return count == 1 ? ActCatalog::tr("Retry policy %1").arg(label)
                          : ActCatalog::tr("Retry %Ln provisioning policy(ies)", nullptr, count);
    };
    retryPolicy.question = [](int count, const QVariantMap &) {
        return ActCatalog::tr("Retry provisioning for the failed Cloud PCs of %Ln provisioning policy(ies)?",
                              nullptr, count);
    };
    acts.append(retryPolicy);

    ActDefinition retryBulk;
    retryBulk.kind = QStringLiteral("retryBulkAction");
    retryBulk.legacyKinds = {QStringLiteral("bulk-actions retry")};
    retryBulk.target = ActTarget::BulkAction;
    retryBulk.manyTargets = false;
    retryBulk.options = {{QStringLiteral("cloudpc"),
                          QStringLiteral("ID"),
                          {},
                          QStringLiteral("Retry only this Cloud PC (repeatable)."),
                          true}};
    retryBulk.refresh = {ActRefresh::BulkActions, ActRefresh::CloudPcs};
    retryBulk.cliWords = {QStringLiteral("bulk-actions"), QStringLiteral("retry")};
    retryBulk.cliPositionalName = QStringLiteral("ID");
    retryBulk.cliMaxPositionals = 1;
    retryBulk.cliSummary =
        QStringLiteral("Retry a bulk action: all its failed Cloud PCs, or only the ones given.");
    retryBulk.actionName = QStringLiteral("retryBulkAction");
    retryBulk.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Retry bulk &action…");
    retryBulk.toolTip =
        QT_TRANSLATE_NOOP("ActCatalog", "Run the selected bulk action again on its failed Cloud PCs");
    retryBulk.icon = QStringLiteral("retry");
    retryBulk.shortcut = QT_TRANSLATE_NOOP("ActCatalog", "Ctrl+Shift+T");
    retryBulk.items = perTarget([](const QString &id, const QVariantMap &values) {
        std::optional<QStringList> cloudPcIds;
        if (values.contains(QStringLiteral("cloudpc")))
            cloudPcIds = values.value(QStringLiteral("cloudpc")).toStringList();
        return GraphRequests::retryBulkAction(id, cloudPcIds);
    });
    retryBulk.title = [](int, const QString &label, const QVariantMap &values) {
        if (!values.contains(QStringLiteral("cloudpc")))
            return ActCatalog::tr("Retry bulk action %1 on every failed Cloud PC").arg(label);
        const int count = int(values.value(QStringLiteral("cloudpc")).toStringList().size());
        return ActCatalog::tr("Retry bulk action %1 on %Ln Cloud PC(s)", nullptr, count).arg(label);
    };
    retryBulk.question = [](int, const QVariantMap &values) {
        if (!values.contains(QStringLiteral("cloudpc")))
            return ActCatalog::tr("Retry every failed Cloud PC of this bulk action?");
        const int count = int(values.value(QStringLiteral("cloudpc")).toStringList().size());
        return ActCatalog::tr("Retry %Ln Cloud PC(s) of this bulk action?", nullptr, count);
    };
    acts.append(retryBulk);

    ActDefinition retryUser;
    retryUser.kind = QStringLiteral("retryUserProvisioning");
    retryUser.legacyKinds = {QStringLiteral("users retry-provisioning")};
    retryUser.target = ActTarget::User;
    retryUser.refresh = {ActRefresh::ErrorUsers};
    retryUser.cliWords = {QStringLiteral("users"), QStringLiteral("retry-provisioning")};
    retryUser.cliPositionalName = QStringLiteral("ID");
    retryUser.cliSummary = QStringLiteral(
        "Retry the Microsoft 365 service provisioning of users (their user object in Exchange, "
        "SharePoint, Teams…, as named by each error's service instance). It is not Cloud PC "
        "provisioning: no Cloud PC is touched.");
    retryUser.actionName = QStringLiteral("retryUserAction");
    retryUser.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Retry &user provisioning…");
    retryUser.toolTip = QT_TRANSLATE_NOOP("ActCatalog", "Retry service provisioning for the selected users");
    retryUser.icon = QStringLiteral("retry");
    retryUser.shortcut = QT_TRANSLATE_NOOP("ActCatalog", "Ctrl+Shift+T");
    retryUser.items = perTarget([](const QString &id, const QVariantMap &) {
        return GraphRequests::retryUserServiceProvisioning(id);
    });
    retryUser.title = [](int count, const QString &label, const QVariantMap &) {
        return count == 1 ? ActCatalog::tr("Retry service provisioning for %1").arg(label)
                          : ActCatalog::tr("Retry service provisioning for %Ln user(s)", nullptr, count);
    };
    retryUser.question = [](int count, const QVariantMap &) {
        return ActCatalog::tr("Retry the Microsoft 365 service provisioning of %Ln user(s)?", nullptr, count);
    };
    acts.append(retryUser);

    // Acts on Cloud PCs without options: confirmed in the shared dialog, one request per Cloud PC.
    struct Simple
    {
        QString kind, cliWord, actionName;
        const char *menuText, *toolTip;
        QString cliSummary;
        std::function<GraphRequest(const QString &)> request;
        std::function<QString(int count)> title;
        std::function<QString(int count)> question;
    };
    const QList<Simple> simple{
        {QStringLiteral("restart"), QStringLiteral("restart"), QStringLiteral("restartAction"),
         QT_TRANSLATE_NOOP("ActCatalog", "Re&start…"),
         QT_TRANSLATE_NOOP("ActCatalog", "Restart the selected Cloud PCs"),
         QStringLiteral(
             "Restart Cloud PCs (Graph: reboot). Their users are disconnected while they restart."),
         GraphRequests::rebootCloudPc,
         [](int count) { return ActCatalog::tr("Restart %Ln Cloud PC(s)", nullptr, count); },
         [](int count) {
             return ActCatalog::tr(
                 "Restart %Ln Cloud PC(s)? Their users are disconnected and lose what they did not "
                 "save.",
                 nullptr, count);
         }},
        {QStringLiteral("troubleshoot"), QStringLiteral("troubleshoot"), QStringLiteral("troubleshootAction"),
         QT_TRANSLATE_NOOP("ActCatalog", "&Troubleshoot…"),
         QT_TRANSLATE_NOOP("ActCatalog", "Check the selected Cloud PCs and their session hosts"),
         QStringLiteral("Troubleshoot Cloud PCs: check each Cloud PC and its session host."),
         GraphRequests::troubleshootCloudPc,
         [](int count) { return ActCatalog::tr("Troubleshoot %Ln Cloud PC(s)", nullptr, count); },
         [](int count) {
             return ActCatalog::tr(
                 "Troubleshoot %Ln Cloud PC(s)? Each Cloud PC and its session host are checked.", nullptr,
                 count);
         }},
        {QStringLiteral("endGracePeriod"), QStringLiteral("end-grace-period"),
         QStringLiteral("endGracePeriodAction"), QT_TRANSLATE_NOOP("ActCatalog", "End &grace period…"),
         QT_TRANSLATE_NOOP("ActCatalog",
                           "End the grace period of the selected Cloud PCs: they are deprovisioned"),
         QStringLiteral("End the grace period of Cloud PCs in grace period: they are deprovisioned at once."),
         GraphRequests::endGracePeriod,
         [](int count) { return ActCatalog::tr("End the grace period of %Ln Cloud PC(s)", nullptr, count); },
         [](int count) {
             return ActCatalog::tr(
                 "End the grace period of %Ln Cloud PC(s)? They are deprovisioned at once; what is "
                 "on them is lost.",
                 nullptr, count);
         }}};
    for (const Simple &entry : simple) {
        ActDefinition act;
        act.kind = entry.kind;
        act.target = ActTarget::CloudPc;
        act.refresh = {ActRefresh::CloudPcs};
        act.cliWords = {QStringLiteral("cloudpcs"), entry.cliWord};
        act.cliPositionalName = QStringLiteral("ID");
        act.cliSummary = entry.cliSummary;
        act.actionName = entry.actionName;
        act.menuText = entry.menuText;
        act.toolTip = entry.toolTip;
        act.icon = QStringLiteral("retry");
        const auto request = entry.request;
        act.items = perTarget([request](const QString &id, const QVariantMap &) { return request(id); });
        const auto title = entry.title;
        act.title = [title](int count, const QString &, const QVariantMap &) {
            return title(count);
        };
        const auto question = entry.question;
        act.question = [question](int count, const QVariantMap &) {
            return question(count);
        };
        acts.append(act);
    }
    // The frequent ones have shortcuts.
    for (ActDefinition &act : acts) {
        if (act.kind == QLatin1String("restart"))
            act.shortcut = QT_TRANSLATE_NOOP("ActCatalog", "Ctrl+Shift+S");
    }
    ActDefinition &endGrace = acts.last();
    endGrace.destructive = true;
    endGrace.notApplicable = [](const CloudPc &pc) {
        return pc.status == CloudPcStatus::InGracePeriod
                   ? QString()
                   : ActCatalog::tr("%1 is not in its grace period (%2).")
                         .arg(pc.displayName, pc.statusDisplayText());
    };

    ActDefinition rename;
    rename.kind = QStringLiteral("rename");
    rename.target = ActTarget::CloudPc;
    rename.manyTargets = false;
    ActOption newName{QStringLiteral("name"),
                      QStringLiteral("NAME"),
                      {},
                      QStringLiteral("The new display name (at most 64 characters).")};
    newName.required = true;
    newName.maxLength = 64;
    newName.lastPositional = true;
    rename.options = {newName};
    rename.refresh = {ActRefresh::CloudPcs};
    rename.cliWords = {QStringLiteral("cloudpcs"), QStringLiteral("rename")};
    rename.cliPositionalName = QStringLiteral("ID NAME");
    rename.cliMinPositionals = 2;
    rename.cliMaxPositionals = 2;
    rename.cliSummary = QStringLiteral("Rename a Cloud PC (its display name).");
    rename.actionName = QStringLiteral("renameAction");
    rename.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Re&name…");
    rename.toolTip = QT_TRANSLATE_NOOP("ActCatalog", "Give the selected Cloud PC another display name");
    rename.icon = QStringLiteral("retry");
    rename.shortcut = QT_TRANSLATE_NOOP("ActCatalog", "F2");
    rename.items = perTarget([](const QString &id, const QVariantMap &values) {
        return GraphRequests::renameCloudPc(id, text(values, "name"));
    });
    rename.title = [](int, const QString &label, const QVariantMap &values) {
        return ActCatalog::tr("Rename %1 to %2").arg(label, text(values, "name"));
    };
    rename.question = [](int, const QVariantMap &values) {
        return ActCatalog::tr("Rename this Cloud PC to \"%1\"?").arg(text(values, "name"));
    };
    acts.append(rename);

    ActDefinition accountType;
    accountType.kind = QStringLiteral("changeUserAccountType");
    accountType.target = ActTarget::CloudPc;
    ActOption accountTypeOption{QStringLiteral("account-type"),
                                QStringLiteral("TYPE"),
                                {QStringLiteral("standardUser"), QStringLiteral("administrator")},
                                QStringLiteral("The user's account type on the Cloud PC.")};
    accountTypeOption.required = true;
    accountType.options = {accountTypeOption};
    accountType.refresh = {ActRefresh::CloudPcs};
    accountType.cliWords = {QStringLiteral("cloudpcs"), QStringLiteral("change-account-type")};
    accountType.cliPositionalName = QStringLiteral("ID");
    accountType.cliSummary =
        QStringLiteral("Make the users of Cloud PCs standard users or local administrators.");
    accountType.actionName = QStringLiteral("changeAccountTypeAction");
    accountType.menuText = QT_TRANSLATE_NOOP("ActCatalog", "Change &account type…");
    accountType.toolTip = QT_TRANSLATE_NOOP(
        "ActCatalog", "Make the users of the selected Cloud PCs standard users or administrators");
    accountType.icon = QStringLiteral("retry");
    accountType.items = perTarget([](const QString &id, const QVariantMap &values) {
        const std::optional<UserAccountType> parsed =
            ReprovisionOptions::parseUserAccountType(text(values, "account-type"));
        return GraphRequests::changeUserAccountType(id, parsed.value_or(UserAccountType::StandardUser));
    });
    accountType.title = [](int count, const QString &, const QVariantMap &) {
        return ActCatalog::tr("Change the account type on %Ln Cloud PC(s)", nullptr, count);
    };
    accountType.question = [](int count, const QVariantMap &values) {
        return text(values, "account-type") == QLatin1String("administrator")
                   ? ActCatalog::tr("Make the users of %Ln Cloud PC(s) local administrators?", nullptr, count)
                   : ActCatalog::tr("Make the users of %Ln Cloud PC(s) standard users?", nullptr, count);
    };
    acts.append(accountType);
    appendResizeActs(acts);

    appendSnapshotActs(acts);
    appendPowerActs(acts);
    appendConnectionActs(acts);
    return acts;
}
} // namespace

const ActOption *ActDefinition::option(const QString &name) const
{
    for (const ActOption &candidate : options) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const QList<ActDefinition> &ActCatalog::all()
{
    static const QList<ActDefinition> catalog = makeCatalog();
    return catalog;
}

const ActDefinition *ActCatalog::find(const QString &kind)
{
    for (const ActDefinition &act : all()) {
        if (act.kind == kind)
            return &act;
    }
    return nullptr;
}

const ActDefinition *ActCatalog::findByCliWords(const QStringList &words)
{
    for (const ActDefinition &act : all()) {
        if (act.cliWords == words)
            return &act;
    }
    return nullptr;
}

QString ActCatalog::displayName(const QString &kind)
{
    const ActDefinition *act = find(canonicalKind(kind));
    if (!act || !act->menuText)
        return kind;
    QString text = tr(act->menuText);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

QString ActCatalog::canonicalKind(const QString &kind)
{
    for (const ActDefinition &act : all()) {
        if (act.kind == kind || act.legacyKinds.contains(kind))
            return act.kind;
    }
    return kind;
}

QString ActCatalog::notApplicableReason(const ActDefinition &act, const CloudPc &pc)
{
    if (act.target != ActTarget::CloudPc)
        return {};
    if (pc.status == CloudPcStatus::Deprovisioning)
        return tr("%1 is being deprovisioned.").arg(pc.displayName.isEmpty() ? pc.id : pc.displayName);
    return act.notApplicable ? act.notApplicable(pc) : QString();
}

QString ActCatalog::graphActionName(const QString &kind)
{
    // cloudPcRemoteActionName as the reference lists it, and the members the emulator (and newer services)
    // answer for the acts the list does not name yet.
    static const QHash<QString, QString> names{
        {QStringLiteral("restart"), QStringLiteral("restart")},
        {QStringLiteral("rename"), QStringLiteral("rename")},
        {QStringLiteral("restore"), QStringLiteral("restore")},
        {QStringLiteral("resize"), QStringLiteral("resize")},
        {QStringLiteral("reprovision"), QStringLiteral("reprovision")},
        {QStringLiteral("troubleshoot"), QStringLiteral("troubleShoot")},
        {QStringLiteral("changeUserAccountType"), QStringLiteral("changeUserAccountType")},
        {QStringLiteral("setReviewStatus"), QStringLiteral("placeUnderReview")},
        {QStringLiteral("powerOn"), QStringLiteral("powerOn")},
        {QStringLiteral("powerOff"), QStringLiteral("powerOff")},
        {QStringLiteral("endGracePeriod"), QStringLiteral("endGracePeriod")}};
    return names.value(kind);
}

QString ActCatalog::checkValues(const ActDefinition &act, const QVariantMap &values)
{
    for (const ActOption &option : act.options) {
        // An option given as a positional argument is named as the help names it ("NAME").
        const QString name = option.firstPositional || option.lastPositional
                                 ? option.valueName
                                 : QStringLiteral("--") + option.name;
        if (option.required && option.valuesAsFlags && values.value(option.name).toString().isEmpty())
            return QStringLiteral("one of --%1 is required")
                .arg(option.allowed.join(QStringLiteral(" or --")));
        if (option.required && values.value(option.name).toString().trimmed().isEmpty())
            return QStringLiteral("%1 is required").arg(name);
        if (option.maxLength > 0 && values.value(option.name).toString().size() > option.maxLength)
            return QStringLiteral("%1 takes at most %2 characters").arg(name).arg(option.maxLength);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const ActOption *option = act.option(it.key());
        if (!option)
            return QStringLiteral("'%1' has no option '%2'").arg(act.kind, it.key());
        const QStringList given =
            option->repeatable ? it.value().toStringList() : QStringList{it.value().toString()};
        for (const QString &value : given) {
            if (!option->allowed.isEmpty() && !option->allowed.contains(value))
                return QStringLiteral("the %1 is %2, not '%3'")
                    .arg(option->name, option->allowed.join(QStringLiteral(" or ")), value);
        }
    }
    return act.checkOptions ? act.checkOptions(values) : QString();
}

Operation *ActCatalog::makeOperation(const ActDefinition &act, const QList<ActSubject> &targets,
                                     const QVariantMap &values)
{
    const QString label = targets.isEmpty() ? QString() : targets.first().label;
    auto *operation = new Operation(act.kind, act.title(int(targets.size()), label, values));
    const QList<ActItem> items = act.items(targets, values);
    for (const ActItem &item : items)
        operation->addItem(item.targetId, item.label, item.request);
    return operation;
}
