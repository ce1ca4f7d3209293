#pragma once

#include "clicommandspec.h"
#include "clioutput.h"

#include <QMultiHash>
#include <QString>
#include <QStringList>

// cloudpcctl's command line: global options (anywhere), the command's words, its options and positionals.
struct CliArguments
{
    // global options
    QString cloud = QStringLiteral("global");
    QString graphUrl;
    QString authority;
    QString tenant;
    QString clientId;
    bool demo = false;
    bool yes = false;
    bool verbose = false;
    bool help = false;
    bool version = false;
    CliOutput::Format format = CliOutput::Format::Table;

    const CliCommandSpec *command = nullptr; // null with --help/--version alone
    QStringList positionals;
    QMultiHash<QString, QString> options;

    bool isSet(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
    QStringList values(const QString &name) const;

    // Parses arguments (without the program name). On a usage error returns false with the message in *error.
    static bool parse(const QStringList &arguments, CliArguments *result, QString *error);
    static QString globalHelp();
};
