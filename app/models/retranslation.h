#pragma once

#include "tableroles.h"

#include <QAbstractItemModel>
#include <QList>

// After a change of language: tells the views of a model that every header and every cell may read
// differently now (models translate at data() time, so only the views need to hear of it). One
// headerDataChanged and one dataChanged over the whole table, never one per row, so that 100,000 rows cost
// one repaint and one re-sort and re-filter of the proxies (the roles include the sort role, which may be the
// translated text).
namespace Retranslation {
inline QList<int> textRoles()
{
    return {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, TableRoles::SortRole};
}

inline void announce(QAbstractItemModel *model, const QList<int> &roles = textRoles())
{
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1), roles);
}
} // namespace Retranslation
