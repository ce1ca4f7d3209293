#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

// Turns rows of a table model (as a view shows them: its rows, the columns it shows, in their order)
// into text for the clipboard, CSV and JSON.
class QModelIndex;

namespace TableExport {
// Tab-separated display text, one line per row (tabs and line breaks inside a cell become spaces).
QString toTsv(const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &columns,
              bool withHeader = false);
// RFC 4180 CSV with a header line. A cell that a spreadsheet would read as a formula (starting with = + -
// @ tab or carriage return) is prefixed with an apostrophe.
QByteArray toCsv(const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &columns);
// A JSON array of the rows' objects with Graph's property names (TableRoles::JsonRole).
QByteArray toJson(const QAbstractItemModel *model, const QList<int> &rows);
QString csvField(const QString &text);
// A cell as exported: a time as ISO 8601 with seconds and UTC offset, anything else as shown.
QString exportText(const QModelIndex &index);
} // namespace TableExport
