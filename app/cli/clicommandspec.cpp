#include "clicommandspec.h"

namespace {
CliOptionSpec flag(const char *name, const char *help)
{
    return {QLatin1String(name), QString(), QLatin1String(help), false, {}};
}
CliOptionSpec valued(const char *name, const char *valueName, const char *help, QStringList allowed = {},
                     bool repeatable = false)
{
    return {QLatin1String(name), QLatin1String(valueName), QLatin1String(help), repeatable,
            std::move(allowed)};
}
} // namespace

QString CliCommandSpec::synopsis() const
{
    QString text = words.join(QLatin1Char(' '));
    if (!positionalName.isEmpty()) {
        text += QLatin1Char(' ') + positionalName;
        if (maxPositionals != 1)
            text += QStringLiteral("...");
    }
    for (const CliOptionSpec &spec : options) {
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
        text += QStringLiteral(
            "\nThis command changes Cloud PCs. On a terminal it asks for confirmation; without a "
            "terminal it refuses unless --yes is given.\n");
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
        const QStringList osVersions{QStringLiteral("windows10"), QStringLiteral("windows11")};
        const QStringList accountTypes{QStringLiteral("standardUser"), QStringLiteral("administrator")};
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
        list.append({{QStringLiteral("cloudpcs"), QStringLiteral("list")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the Cloud PCs of the tenant (streams page by page)."),
                     {valued("status", "S", "Only Cloud PCs in this status (e.g. failed)."),
                      valued("policy", "ID", "Only Cloud PCs of this provisioning policy."),
                      valued("user", "UPN", "Only Cloud PCs of this user."),
                      flag("beta", "Use the beta API (adds osVersion, userAccountType, powerState).")}});
        list.append(
            {{QStringLiteral("cloudpcs"), QStringLiteral("reprovision")},
             QStringLiteral("ID"),
             1,
             -1,
             true,
             QStringLiteral("Reprovision Cloud PCs: wipe and rebuild them."),
             {valued("os", "VERSION", "Windows version after reprovisioning (default: keep).", osVersions),
              valued("account-type", "TYPE", "User account type after reprovisioning (default: keep).",
                     accountTypes)}});
        list.append({{QStringLiteral("policies"), QStringLiteral("list")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the provisioning policies with their assigned groups."),
                     {}});
        list.append({{QStringLiteral("policies"), QStringLiteral("retry")},
                     QStringLiteral("ID"),
                     1,
                     1,
                     true,
                     QStringLiteral("Retry provisioning for the failed Cloud PCs of a provisioning policy."),
                     {}});
        list.append({{QStringLiteral("bulk-actions"), QStringLiteral("list")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the bulk actions with their run summary."),
                     {}});
        list.append({{QStringLiteral("bulk-actions"), QStringLiteral("create")},
                     QStringLiteral("reprovision|restart ID"),
                     2,
                     -1,
                     true,
                     QStringLiteral("Create a bulk action over the given Cloud PCs."),
                     {valued("name", "NAME", "Display name of the bulk action.")}});
        list.append({{QStringLiteral("bulk-actions"), QStringLiteral("retry")},
                     QStringLiteral("ID"),
                     1,
                     1,
                     true,
                     QStringLiteral("Retry a bulk action: all its failed Cloud PCs, or only the ones given."),
                     {valued("cloudpc", "ID", "Retry only this Cloud PC (repeatable).", {}, true)}});
        list.append({{QStringLiteral("users"), QStringLiteral("list-errors")},
                     {},
                     0,
                     0,
                     false,
                     QStringLiteral("List the users with unresolved service provisioning errors."),
                     {}});
        list.append({{QStringLiteral("users"), QStringLiteral("retry-provisioning")},
                     QStringLiteral("ID"),
                     1,
                     -1,
                     true,
                     QStringLiteral("Retry service provisioning for users."),
                     {}});
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
