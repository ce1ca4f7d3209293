#pragma once

// One Graph collection page (or one entity), fuzzed all the way an admin's console takes it: the reply body
// parsed as JSON, GraphPage (value, @odata.count, @odata.nextLink), T::fromJson for every item, the list
// model (appended twice, as a reload does), its data() for every cell and role, and the clipboard, CSV and
// JSON exports. Checked on the way: a parsed value writes back (toJson) as the same value, the model passes
// QAbstractItemModelTester, and the CSV export has one record per row, the right number of cells, and no
// cell a spreadsheet would run as a formula.

#include "fuzzsupport.h"
#include "graphpage.h"
#include "tableexport.h"
#include "tableroles.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QVector>
#include <functional>
#include <optional>

inline void fuzzCheckExports(const QAbstractItemModel &model)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << row;
    QList<int> columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns << column;

    const QString tsv = TableExport::toTsv(&model, rows, columns, true);
    FUZZ_CHECK(tsv.count(QLatin1Char('\n')) == rows.size());

    const QList<QStringList> records =
        fuzzReadCsv(QString::fromUtf8(TableExport::toCsv(&model, rows, columns)), true);
    FUZZ_CHECK(records.size() == rows.size() + 1);
    for (const QStringList &record : records) {
        FUZZ_CHECK(record.size() == columns.size());
        for (const QString &cell : record) {
            if (!cell.isEmpty())
                FUZZ_CHECK(!QStringLiteral("=+-@\t\r").contains(cell.front()));
        }
    }

    const QJsonDocument json = QJsonDocument::fromJson(TableExport::toJson(&model, rows));
    FUZZ_CHECK(json.isArray() && json.array().size() == rows.size());
}

inline void fuzzReadEveryCell(const QAbstractItemModel &model)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int role = 0; role <= Qt::UserRole + 32; role = role == 32 ? Qt::UserRole : role + 1)
            model.headerData(column, Qt::Horizontal, role);
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role = 0; role <= Qt::UserRole + 32; role = role == 32 ? Qt::UserRole : role + 1)
                index.data(role);
            model.flags(index);
        }
    }
}

// T: the value type (CloudPc, …); Model: its KeyedTableModel. normalize: drops what T::toJson leaves out on
// purpose before values are compared after a round trip (nothing by default).
template <typename T, typename Model>
int fuzzGraphPage(const uint8_t *data, size_t size, const std::function<void(T &)> &normalize = {},
                  const std::function<void(const T &)> &checkValue = {})
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(fuzzBytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0; // GraphCall turns this into a MalformedReply error before any parser sees it
    const QUrl base(QStringLiteral("https://graph.microsoft.com"));
    const GraphPage page = GraphPage::fromJson(document.object(), base);
    QJsonArray items = page.items;
    if (!page.isCollection()) {
        FUZZ_CHECK(page.items.isEmpty() && !page.error.isEmpty());
        items = QJsonArray{document.object()}; // an entity GET (GraphRequests::getCloudPc, …)
    }
    FUZZ_CHECK(page.totalCount >= -1);
    if (!page.nextLink.isEmpty())
        FUZZ_CHECK(page.nextLink.scheme() == base.scheme() && page.nextLink.host() == base.host() &&
                   page.nextLink.port(-1) == base.port(-1));

    QVector<T> values;
    QStringList problems;
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue; // ListLoader::parse skips these with a problem noted
        std::optional<T> value = T::fromJson(item.toObject(), &problems);
        if (!value)
            continue;
        FUZZ_CHECK(!value->id.isEmpty());
        if (checkValue)
            checkValue(*value);
        QStringList again;
        std::optional<T> copy = T::fromJson(value->toJson(), &again);
        FUZZ_CHECK(copy.has_value());
        FUZZ_CHECK(again.isEmpty());
        T expected = *value;
        if (normalize) {
            normalize(expected);
            normalize(*copy);
        }
        FUZZ_CHECK(*copy == expected);
        values.append(std::move(*value));
    }

    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.append(values);
    model.append(values); // the same ids again: updated in place, never a second row
    FUZZ_CHECK(model.rowCount() <= values.size());
    for (int row = 0; row < model.rowCount(); ++row)
        FUZZ_CHECK(model.rowOfId(model.at(row).id) == row);
    fuzzReadEveryCell(model);
    fuzzCheckExports(model);
    return 0;
}
