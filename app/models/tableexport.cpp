#include "tableexport.h"

#include "tableroles.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TableExport {

QString csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            field.prepend(QLatin1Char('\''));
    }
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString toTsv(const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &columns,
              bool withHeader)
{
    auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        return text;
    };
    QStringList lines;
    if (withHeader) {
        QStringList cells;
        for (int column : columns)
            cells << clean(model->headerData(column, Qt::Horizontal).toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    for (int row : rows) {
        QStringList cells;
        for (int column : columns)
            cells << clean(model->index(row, column).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString exportText(const QModelIndex &index)
{
    // A time as ISO 8601 with seconds and the offset from UTC ("2026-11-27T18:04:05+01:00"), for a
    // spreadsheet or a script to read whatever the language; everything else as shown.
    const QVariant sortValue = index.data(TableRoles::SortRole);
    if (sortValue.metaType() == QMetaType::fromType<QDateTime>()) {
        const QDateTime time = sortValue.toDateTime();
        if (!time.isValid())
            return {};
        const QDateTime local = time.toLocalTime();
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    }
    return index.data().toString();
}

QByteArray toCsv(const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &columns)
{
    QString out;
    QStringList cells;
    for (int column : columns)
        cells << csvField(model->headerData(column, Qt::Horizontal).toString());
    out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int row : rows) {
        cells.clear();
        for (int column : columns)
            cells << csvField(exportText(model->index(row, column)));
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray toJson(const QAbstractItemModel *model, const QList<int> &rows)
{
    QJsonArray array;
    for (int row : rows)
        array.append(model->index(row, 0).data(TableRoles::JsonRole).toJsonObject());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace TableExport
