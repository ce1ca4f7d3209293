#include "clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>

CliOutput::CliOutput(Format format, QList<Column> columns, QTextStream &out)
    : m_format(format)
    , m_columns(std::move(columns))
    , m_out(out)
{
    for (Column &column : m_columns)
        column.width = qMax(column.width, int(column.header.size()));
}

bool CliOutput::parseFormat(const QString &text, Format *format)
{
    if (text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else
        return false;
    return true;
}

QString CliOutput::csvField(const QString &value)
{
    QString field = value;
    // Keep spreadsheet programs from running a cell as a formula.
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString CliOutput::cell(const QJsonObject &record, const QString &key) const
{
    const QJsonValue value = record.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject() || value.isArray())
        return QString::fromUtf8(value.isObject()
                                     ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

void CliOutput::begin()
{
    switch (m_format) {
    case Format::Json:
        m_out << "[";
        break;
    case Format::Csv: {
        QStringList keys;
        for (const Column &column : m_columns)
            keys << csvField(column.key);
        m_out << keys.join(QLatin1Char(',')) << "\n";
        break;
    }
    case Format::Table: {
        QStringList headers;
        for (const Column &column : m_columns)
            headers << column.header.leftJustified(column.width);
        m_out << headers.join(QStringLiteral("  ")).trimmed() << "\n";
        break;
    }
    }
}

void CliOutput::write(const QJsonObject &record)
{
    switch (m_format) {
    case Format::Json:
        m_out << (m_count == 0 ? "\n  " : ",\n  ") << QJsonDocument(record).toJson(QJsonDocument::Compact);
        break;
    case Format::Csv: {
        QStringList cells;
        for (const Column &column : m_columns)
            cells << csvField(cell(record, column.key));
        m_out << cells.join(QLatin1Char(',')) << "\n";
        break;
    }
    case Format::Table: {
        QStringList cells;
        for (const Column &column : m_columns)
            cells << cell(record, column.key).simplified().leftJustified(column.width);
        m_out << cells.join(QStringLiteral("  ")).trimmed() << "\n";
        break;
    }
    }
    ++m_count;
}

void CliOutput::end()
{
    if (m_format == Format::Json)
        m_out << (m_count == 0 ? "]\n" : "\n]\n");
    m_out.flush();
}
