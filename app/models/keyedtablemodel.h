#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

// A table of Graph objects that have an `id`, filled page by page: rows are appended with beginInsertRows
// (never a reset while loading), and an object already present (same id) is updated in place, so nothing
// shows twice. Subclasses say how a row looks (data, headerData) and may adjust an object before it is
// stored (prepare, e.g. to share repeated strings).
template <typename T> class KeyedTableModel : public QAbstractTableModel
{
public:
    using Item = T;
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_rowById.clear();
        cleared();
        endResetModel();
    }

    // Appends new objects; one already present (same id) is updated in place instead. Objects without an
    // id are dropped.
    void append(QVector<T> items)
    {
        QVector<T> fresh;
        QHash<QString, int> freshById;
        for (T &item : items) {
            if (item.id.isEmpty())
                continue;
            prepare(item);
            const int existing = m_rowById.value(item.id, -1);
            if (existing >= 0) {
                m_rows[existing] = std::move(item);
                rowUpdated(existing);
                Q_EMIT dataChanged(index(existing, 0), index(existing, columnCount() - 1));
                continue;
            }
            // A page may repeat an id within itself; keep the last one.
            const auto it = freshById.constFind(item.id);
            if (it != freshById.constEnd()) {
                fresh[*it] = std::move(item);
            } else {
                freshById.insert(item.id, int(fresh.size()));
                fresh.append(std::move(item));
            }
        }
        if (fresh.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        for (T &item : fresh) {
            m_rowById.insert(item.id, int(m_rows.size()));
            m_rows.append(std::move(item));
        }
        rowsAppended(first);
        endInsertRows();
    }

    // Replaces the whole list.
    void setItems(QVector<T> items)
    {
        beginResetModel();
        m_rows.clear();
        m_rowById.clear();
        cleared();
        m_rows.reserve(items.size());
        for (T &item : items) {
            if (item.id.isEmpty() || m_rowById.contains(item.id))
                continue;
            prepare(item);
            m_rowById.insert(item.id, int(m_rows.size()));
            m_rows.append(std::move(item));
        }
        rowsAppended(0);
        endResetModel();
    }

    const T &at(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }
    const QVector<T> &items() const { return m_rows; }

protected:
    // Called for every object before it is stored.
    virtual void prepare(T &item) { Q_UNUSED(item); }
    // Called after rows [first, end) were stored, before the views hear of them.
    virtual void rowsAppended(int first) { Q_UNUSED(first); }
    // Called after the object of an existing row was replaced, before the views hear of it.
    virtual void rowUpdated(int row) { Q_UNUSED(row); }
    // Called when every row is dropped.
    virtual void cleared() {}

private:
    QVector<T> m_rows;
    QHash<QString, int> m_rowById;
};
