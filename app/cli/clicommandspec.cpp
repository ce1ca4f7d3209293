#include "clicommandspec.h"

#include "actcatalog.h"

namespace {
CliOptionSpec flag(const char *name, const char *help)
{
    return {QLatin1String(name), QString(), QLatin1String(help), false, {}, {}, false};
}
CliOptionSpec valued(const char *name, const char *valueName, const char *help, QStringList allowed = {},
                     bool repeatable = false)
{
    return {QLatin1String(name),
            QLatin1String(valueName),
            QLatin1String(help),
            repeatable,
            std::move(allowed),
            {},
            false};
}
} // namespace

QString CliCommandSpec::synopsis() const
{
    QString text = words.join(QLatin1Char(' '));
    if (!positionalName.isEmpty()) {
        text += QLatin1Char(' ') + positionalName;
        // The last one repeats when more may be given than are named ("ID..."; not "ID NAME").
        if (maxPositionals < 0 || maxPositionals > positionalName.count(QLatin1Char(' ')) + 1)
            text += QStringLiteral("...");
    }
    for (qsizetype i = 0; i < options.size(); ++i) {
        const CliOptionSpec &spec = options[i];
        // Every act has --wait and --wait-timeout: the options list names them, the usage line would only
        // grow by them.
        if (spec.name == QLatin1String("wait") || spec.name == QLatin1String("wait-timeout"))
            continue;
        if (!spec.group.isEmpty()) {
            // The flags of a group, together: "--on|--off" (in brackets unless one is required).
            QStringList flags{QStringLiteral("--") + spec.name};
            while (i + 1 < options.size() && options[i + 1].group == spec.group)
                flags << QStringLiteral("--") + options[++i].name;
            const QString part = flags.join(QLatin1Char('|'));
            text +=
                spec.groupRequired ? QLatin1Char(' ') + part : QStringLiteral(" [") + part + QLatin1Char(']');
            continue;
        }
        QString part = QStringLiteral("--") + spec.name;
        if (!spec.valueName.isEmpty())
            part +=
                QLatin1Char(' ') +
                (spec.allowedValues.isEmpty() ? spec.valueName : spec.allowedValues.join(QLatin1Char('|')));
        text += QStringLiteral(" [") + part + QLatin1Char(']');
        if (spec.repeatable)
            text += QStringLiteral("...");
    }
    return text;
}

QString CliCommandSpec::help() const
{
    QString text = QStringLiteral("Usage: cloudpcctl [global options] %1\n\n%2\n").arg(synopsis(), summary);
    if (!options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const CliOptionSpec &spec : options) {
            QString left = QStringLiteral("--") + spec.name;
            if (!spec.valueName.isEmpty())
                left += QLatin1Char(' ') + spec.valueName;
            text += QStringLiteral("  %1 %2\n").arg(left.leftJustified(24), spec.help);
        }
    }
    if (destructive)
        text += QStringLiteral("\nThis command acts on %1. On a terminal it asks for confirmation; without a "
                               "terminal it refuses unless --yes is given.\n")
                    .arg(actsOn);
    text += QStringLiteral("\nRun 'cloudpcctl --help' for the global options and exit codes.\n");
    return text;
}

const CliOptionSpec *CliCommandSpec::option(const QString &name) const
{
    for (const CliOptionSpec &spec : options) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const QList<CliCommandSpec> &CliCommandSpec::all()
{
    static const QList<CliCommandSpec> commands = [] {
        QList<CliCommandSpec> list;
        list.append({{QStringLiteral("login")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("Sign in interactively (system browser) or with a device code."),
                     {flag("device-code", "Sign in with a code entered on another device.")}});
        list.append({{QStringLiteral("logout")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("Sign out and remove this account's tokens from the keychain."),
                     {}});
        list.append({{QStringLiteral("whoami")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("Show the signed-in account and tenant."),
                     {}});
        list.append(
            {{QStringLiteral("cloudpcs"), QStringLiteral("list")},
             {},
             0,
             0,
             false,
             QStringLiteral("List the Cloud PCs of the tenant with their status (Graph beta; streams page "
                            "by page)."),
             {valued("status", "S", "Only Cloud PCs in this status (e.g. failed)."),
              valued("policy", "ID", "Only Cloud PCs of this provisioning policy."),
              valued("user", "UPN", "Only Cloud PCs of this user."),
              flag("v1", "Read v1.0 instead of beta: no status, statusDetail, osVersion, "
                         "userAccountType or powerState (v1.0's cloudPC has none of them), so no "
                         "--status either.")}});
        list.append({{QStringLiteral("cloudpcs"), QStringLiteral("snapshots")},
                     QStringLiteral("ID"),
                     1,
                     1,
                     false,
                     QStringLiteral("List the restore points (snapshots) of a Cloud PC, newest first: id, "
                                    "created, type, health (Graph beta)."),
                     {}});
        list.append({{QStringLiteral("cloudpcs"), QStringLiteral("connections")},
                     QStringLiteral("ID"),
                     1,
                     1,
                     false,
                     QStringLiteral("List the connection history of a Cloud PC, newest first: time, result, "
                                    "event, activity id, message (Graph beta)."),
                     {}});
        list.append({{QStringLiteral("cloudpcs"), QStringLiteral("actions")},
                     QStringLiteral("ID"),
                     1,
                     1,
                     false,
                     QStringLiteral("List the remote actions done to a Cloud PC and how they went, newest "
                                    "first: action, state, started, last updated, reason (Graph beta)."),
                     {}});
        list.append({{QStringLiteral("policies"), QStringLiteral("list")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the provisioning policies with their assigned groups."),
                     {}});
        list.append({{QStringLiteral("bulk-actions"), QStringLiteral("list")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the bulk actions with their run summary."),
                     {}});
        list.append({{QStringLiteral("users"), QStringLiteral("list-errors")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the users with unresolved Microsoft 365 service provisioning "
                                    "errors, with each error's service instance (Exchange, SharePoint, "
                                    "Teams…). This is the user object's provisioning in Microsoft 365, not "
                                    "Cloud PC provisioning."),
                     {}});
        list.append({{QStringLiteral("service-plans"), QStringLiteral("list")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the tenant's Windows 365 service plans (Graph beta), the sizes a "
                                    "Cloud PC can be resized to: id, name, type, vCPUs, RAM, storage and "
                                    "user profile size."),
                     {}});
        list.append(
            {{QStringLiteral("overview")},
             {},
             0,
             0,
             false,
             QStringLiteral(
                 "Why Cloud PCs fail, on one screen: Cloud PCs by status (count and share), the same "
                 "per provisioning policy (provisioned, failed, other; most failures first), the "
                 "failed and provisioned-with-warnings Cloud PCs grouped by statusDetail.code with "
                 "their policies, network connections and suggested acts, the Azure network "
                 "connections, and how many users have service provisioning errors and how many bulk "
                 "actions failed. --format csv writes one flat record per line: section (status, "
                 "policy, failureGroup, connection, summary), id (status, policy id, code, connection "
                 "id or summary name), name, count, share, provisioned, failed, other, policies and "
                 "connections (names joined with '; '), acts (suggested act kinds joined with '; ')."),
             {}});
        list.append({{QStringLiteral("connections"), QStringLiteral("list")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the Azure network connections (Graph v1.0) with their health: id, "
                                    "name, join type, health check status, when the checks last ended, and "
                                    "the checks that failed or warn."),
                     {}});
        // The acts, from the catalog: each after the last command of its group ("cloudpcs", "policies", …).
        for (const ActDefinition &act : ActCatalog::all()) {
            if (act.cliWords.isEmpty())
                continue;
            CliCommandSpec spec{act.cliWords,
                                act.cliPositionalName,
                                act.cliMinPositionals,
                                act.cliMaxPositionals,
                                true,
                                act.cliSummary,
                                {}};
            switch (act.target) {
            case ActTarget::CloudPc:
                break;
            case ActTarget::ProvisioningPolicy:
                spec.actsOn = QStringLiteral("the Cloud PCs of provisioning policies");
                break;
            case ActTarget::BulkAction:
                spec.actsOn = QStringLiteral("the Cloud PCs of bulk actions");
                break;
            case ActTarget::User:
                spec.actsOn = QStringLiteral("users' Microsoft 365 service provisioning");
                break;
            case ActTarget::NetworkConnection:
                spec.actsOn = QStringLiteral("Azure network connections (their health checks run again; "
                                             "no Cloud PC changes)");
                break;
            }
            for (const ActOption &option : act.options) {
                if (option.valuesAsFlags) {
                    // One flag per value ("--on", "--off"), excluding each other.
                    for (const QString &value : option.allowed) {
                        CliOptionSpec flagSpec{value,
                                               QString(),
                                               value == option.allowed.first()
                                                   ? option.help
                                                   : QStringLiteral("See --%1.").arg(option.allowed.first()),
                                               false,
                                               {},
                                               option.name,
                                               option.required};
                        spec.options.append(flagSpec);
                    }
                } else if (!option.firstPositional && !option.lastPositional) {
                    spec.options.append({option.name,
                                         option.valueName,
                                         option.help,
                                         option.repeatable,
                                         option.allowed,
                                         {},
                                         false});
                }
            }
            // Every act can be followed to its end (cloudpcctl's exit code then says how it ended).
            spec.options.append(flag("wait", "After acceptance, follow each item until the service says it "
                                             "is done or failed; one line per change; exit 0 when all are "
                                             "done, 1 when some failed."));
            spec.options.append(valued("wait-timeout", "DURATION",
                                       "With --wait: give up after this long (default 2h; e.g. 90s, 15m, "
                                       "2h) and exit 1 listing the items still running."));
            qsizetype at = list.size();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list[i].words.first() == act.cliWords.first())
                    at = i + 1;
            }
            list.insert(at, spec);
        }
        return list;
    }();
    return commands;
}

const CliCommandSpec *CliCommandSpec::find(const QStringList &words)
{
    for (const CliCommandSpec &spec : all()) {
        if (spec.words == words)
            return &spec;
    }
    return nullptr;
}
