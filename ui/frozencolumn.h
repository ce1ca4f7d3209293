#pragma once

#include <QObject>

class QTableView;

// Keeps a table's first column (the Name, unless the admin moved another one first) in sight while the table
// scrolls sideways: once scrolled, a second view of the same model and selection, showing only that column,
// lies over the table's left edge and scrolls up and down with it. Clicks, the context menu, sorting and
// the selection act on the table underneath.
class FrozenColumn : public QObject
{
    Q_OBJECT
public:
    explicit FrozenColumn(QTableView *table);

    QTableView *view() const { return m_frozen; }
    // The column shown (logical index), -1 when none is.
    int column() const { return m_column; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void syncSortIndicator();

    QTableView *m_table;
    QTableView *m_frozen;
    int m_column = -1;
};
