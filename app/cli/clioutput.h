#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Writes records to stdout as a table, JSON (an array of objects with Graph's property names) or CSV,
// streaming: each page is written as it arrives.
class CliOutput
{
public:
    enum class Format { Table, Json, Csv };
    struct Column
    {
        QString key;    // Graph property name (JSON and CSV header)
        QString header; // table header
        int width = 0;  // table column width (0: as wide as the header)
    };

    CliOutput(Format format, QList<Column> columns, QTextStream &out);
    static bool parseFormat(const QString &text, Format *format);

    void begin();
    void write(const QJsonObject &record);
    void end();

    static QString csvField(const QString &value);

private:
    QString cell(const QJsonObject &record, const QString &key) const;

    Format m_format;
    QList<Column> m_columns;
    QTextStream &m_out;
    qint64 m_count = 0;
};
