#include "cliarguments.h"

#include <algorithm>

namespace {
struct GlobalOption
{
    const char *name;
    bool takesValue;
};
const GlobalOption kGlobalOptions[] = {
    {"cloud", true},     {"graph-url", true}, {"authority", true}, {"tenant", true},
    {"client-id", true}, {"format", true},    {"demo", false},     {"yes", false},
    {"verbose", false},  {"help", false},     {"version", false},
};

const GlobalOption *globalOption(const QString &name)
{
    for (const GlobalOption &option : kGlobalOptions) {
        if (name == QLatin1String(option.name))
            return &option;
    }
    return nullptr;
}
} // namespace

QStringList CliArguments::values(const QString &name) const
{
    QStringList list = options.values(name);
    std::reverse(list.begin(), list.end()); // QMultiHash returns the most recent first
    return list;
}

QString CliArguments::globalHelp()
{
    QString text = QStringLiteral("Usage: cloudpcctl [--cloud global|usgov|usgovdod|china] [--graph-url URL] "
                                  "[--authority URL] [--tenant T]\n"
                                  "                  [--client-id ID] [--demo] [--format table|json|csv] "
                                  "[--yes] [--verbose] COMMAND\n\n"
                                  "Manage Windows 365 Cloud PCs through Microsoft Graph.\n\nCommands:\n");
    for (const CliCommandSpec &spec : CliCommandSpec::all())
        text += QStringLiteral("  %1  %2\n")
                    .arg(spec.words.join(QLatin1Char(' ')).leftJustified(30), spec.summary);
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --cloud C            global (default), usgov, usgovdod or china: Graph and sign-in hosts of that "
        "cloud.\n"
        "  --graph-url URL      Graph base URL without the version (https, or http on loopback); the tool "
        "appends\n"
        "                       v1.0 or beta per operation.\n"
        "  --authority URL      Identity base URL (default: the cloud's login host).\n"
        "  --tenant T           Tenant id or domain (default: organizations).\n"
        "  --client-id ID       Public client id of the app registration (default: Microsoft Graph Command "
        "Line Tools).\n"
        "  --demo               Run against the built-in Graph emulator with a demo tenant.\n"
        "  --format F           table (default), json (Graph property names) or csv.\n"
        "  --yes                Do not ask before changing Cloud PCs (required without a terminal).\n"
        "  --verbose            Log requests (never tokens) to stderr.\n"
        "  --help               Show this help; COMMAND --help shows the command's.\n"
        "  --version            Show the version.\n\n"
        "Environment:\n"
        "  CLOUDPC_ACCESS_TOKEN   Bearer token used as-is; skips sign-in.\n\n"
        "Exit codes: 0 success, 1 some items failed, 2 usage error, 3 sign-in failure, 4 Graph error.\n");
    return text;
}

bool CliArguments::parse(const QStringList &arguments, CliArguments *result, QString *error)
{
    CliArguments parsed;
    QStringList words;
    QList<QPair<QString, QString>> commandOptions; // validated once the command is known
    bool onlyPositionals = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (onlyPositionals || !argument.startsWith(QLatin1String("-")) || argument == QLatin1String("-")) {
            words.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (argument == QLatin1String("-h")) {
            parsed.help = true;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unknown option '%1'").arg(argument);
            return false;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasInlineValue = false;
        const int equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasInlineValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasInlineValue)
                return true;
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("option '--%1' needs a value").arg(name);
                return false;
            }
            value = arguments[++i];
            return true;
        };
        if (const GlobalOption *global = globalOption(name)) {
            if (global->takesValue && !takeValue())
                return false;
            if (!global->takesValue && hasInlineValue) {
                *error = QStringLiteral("option '--%1' takes no value").arg(name);
                return false;
            }
            if (name == QLatin1String("cloud"))
                parsed.cloud = value;
            else if (name == QLatin1String("graph-url"))
                parsed.graphUrl = value;
            else if (name == QLatin1String("authority"))
                parsed.authority = value;
            else if (name == QLatin1String("tenant"))
                parsed.tenant = value;
            else if (name == QLatin1String("client-id"))
                parsed.clientId = value;
            else if (name == QLatin1String("format")) {
                if (!CliOutput::parseFormat(value, &parsed.format)) {
                    *error = QStringLiteral("unknown format '%1' (table, json or csv)").arg(value);
                    return false;
                }
            } else if (name == QLatin1String("demo"))
                parsed.demo = true;
            else if (name == QLatin1String("yes"))
                parsed.yes = true;
            else if (name == QLatin1String("verbose"))
                parsed.verbose = true;
            else if (name == QLatin1String("help"))
                parsed.help = true;
            else if (name == QLatin1String("version"))
                parsed.version = true;
            continue;
        }
        // A command option: its spec decides whether it takes a value; keep the raw token until then.
        commandOptions.append({name, hasInlineValue ? value : QString()});
        if (!hasInlineValue) {
            // Look ahead: whether the next token is this option's value is known only from the command spec,
            // which needs the words; words come first on a well-formed line, so resolve now when possible.
            const CliCommandSpec *spec = nullptr;
            for (int n = qMin<int>(2, words.size()); n >= 1 && !spec; --n)
                spec = CliCommandSpec::find(words.mid(0, n));
            const CliOptionSpec *option = spec ? spec->option(name) : nullptr;
            if (option && !option->valueName.isEmpty()) {
                if (i + 1 >= arguments.size()) {
                    *error = QStringLiteral("option '--%1' needs a value").arg(name);
                    return false;
                }
                commandOptions.last().second = arguments[++i];
            }
        }
    }

    if (!words.isEmpty()) {
        const CliCommandSpec *spec = CliCommandSpec::find(words.mid(0, 1));
        if (!spec && words.size() >= 2)
            spec = CliCommandSpec::find(words.mid(0, 2));
        if (!spec) {
            *error = QStringLiteral("unknown command '%1'").arg(words.mid(0, 2).join(QLatin1Char(' ')));
            return false;
        }
        parsed.command = spec;
        parsed.positionals = words.mid(spec->words.size());
    }

    if (!parsed.help && !parsed.version) {
        if (!parsed.command) {
            *error = QStringLiteral("no command given");
            return false;
        }
        const CliCommandSpec &spec = *parsed.command;
        for (const auto &[name, value] : commandOptions) {
            const CliOptionSpec *option = spec.option(name);
            if (!option) {
                *error =
                    QStringLiteral("'%1' has no option '--%2'").arg(spec.words.join(QLatin1Char(' ')), name);
                return false;
            }
            if (option->valueName.isEmpty() && !value.isEmpty()) {
                *error = QStringLiteral("option '--%1' takes no value").arg(name);
                return false;
            }
            if (!option->allowedValues.isEmpty() && !option->allowedValues.contains(value)) {
                *error = QStringLiteral("option '--%1' must be one of %2, not '%3'")
                             .arg(name, option->allowedValues.join(QStringLiteral(", ")), value);
                return false;
            }
            if (!option->repeatable && parsed.options.contains(name)) {
                *error = QStringLiteral("option '--%1' is given twice").arg(name);
                return false;
            }
            if (!option->group.isEmpty()) {
                for (const CliOptionSpec &other : spec.options) {
                    if (other.group == option->group && other.name != name &&
                        parsed.options.contains(other.name)) {
                        *error = QStringLiteral("options '--%1' and '--%2' exclude each other")
                                     .arg(other.name, name);
                        return false;
                    }
                }
            }
            parsed.options.insert(name, value);
        }
        const int count = int(parsed.positionals.size());
        if (count < spec.minPositionals) {
            *error =
                QStringLiteral("'%1' needs %2").arg(spec.words.join(QLatin1Char(' ')), spec.positionalName);
            return false;
        }
        if (spec.maxPositionals >= 0 && count > spec.maxPositionals) {
            *error = QStringLiteral("'%1' takes %2, not '%3'")
                         .arg(spec.words.join(QLatin1Char(' ')),
                              spec.maxPositionals == 0 ? QStringLiteral("no arguments")
                                                       : QStringLiteral("one %1").arg(spec.positionalName),
                              parsed.positionals.join(QLatin1Char(' ')));
            return false;
        }
    }
    *result = parsed;
    return true;
}
