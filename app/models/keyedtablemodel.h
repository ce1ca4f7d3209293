#pragma once

#include "chunkedvector.h"
#include "retranslation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <array>

// A table of Graph objects that have an `id`, filled page by page: rows are appended with beginInsertRows
// (never a reset while loading), and an object already present (same id) is updated in place, so nothing
// shows twice. Subclasses say how a row looks (data, headerData) and may adjust an object before it is
// stored (prepare, e.g. to share repeated strings). Rows are kept in a ChunkedVector, so a long list
// never copies the rows it has when it grows.
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
        clearIds();
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
            const int existing = rowOfId(item.id);
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
            idShard(item.id).insert(item.id, int(m_rows.size()));
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
        clearIds();
        cleared();
        for (T &item : items) {
            if (item.id.isEmpty() || rowOfId(item.id) >= 0)
                continue;
            prepare(item);
            idShard(item.id).insert(item.id, int(m_rows.size()));
            m_rows.append(std::move(item));
        }
        rowsAppended(0);
        endResetModel();
    }

    // The language changed: the views read every header and cell again (Retranslation::announce).
    // Subclasses that keep translated text refresh it first.
    virtual void retranslate() { Retranslation::announce(this); }

    const T &at(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const { return m_rowById[shardOf(id)].value(id, -1); }
    const ChunkedVector<T> &items() const { return m_rows; }

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
    // The ids are spread over many small hashes: one hash of 100,000 ids rehashes every id at once when it
    // grows (tens of milliseconds), each of these only its share.
    static constexpr size_t IdShards = 64;
    static size_t shardOf(const QString &id) { return size_t(qHash(id)) % IdShards; }
    QHash<QString, int> &idShard(const QString &id) { return m_rowById[shardOf(id)]; }
    void clearIds()
    {
        for (QHash<QString, int> &shard : m_rowById)
            shard.clear();
    }

    ChunkedVector<T> m_rows;
    std::array<QHash<QString, int>, IdShards> m_rowById;
};
