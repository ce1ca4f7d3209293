#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What one cloudpcctl command accepts: its words, options, positional arguments, and its help.
struct CliOptionSpec
{
    QString name;      // without the dashes, e.g. "status"
    QString valueName; // empty: a flag without a value
    QString help;
    bool repeatable = false;
    QStringList allowedValues; // empty: anything
    // Flags of one group exclude each other ("--on|--off"); with groupRequired, one of them must be given.
    QString group;
    bool groupRequired = false;
};

struct CliCommandSpec
{
    QStringList words;      // e.g. {"cloudpcs", "list"}
    QString positionalName; // e.g. "ID"; empty: none taken
    int minPositionals = 0;
    int maxPositionals = 0; // -1: unbounded
    bool destructive = false;
    QString summary;
    QList<CliOptionSpec> options;
    // What a destructive command acts on, for its help ("Cloud PCs", "Azure network connections").
    QString actsOn = QStringLiteral("Cloud PCs");

    QString synopsis() const;
    QString help() const;
    const CliOptionSpec *option(const QString &name) const;

    static const QList<CliCommandSpec> &all();
    static const CliCommandSpec *find(const QStringList &words);
};
