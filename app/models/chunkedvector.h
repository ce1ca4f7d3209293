#pragma once

#include <QVector>
#include <iterator>
#include <vector>

// A vector that grows in chunks of fixed capacity: appending never moves the elements already stored. A
// QVector of 100,000 Cloud PCs (about 600 bytes each) copies tens of megabytes into fresh memory each time
// it doubles, which stalls the window for a fifth of a second; here an append costs the same at any size.
// Indexing costs one more indirection. Converts to a QVector (a copy) where one is wanted.
template <typename T> class ChunkedVector
{
public:
    static constexpr int ChunkBits = 10;
    static constexpr qsizetype ChunkSize = qsizetype(1) << ChunkBits;

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = qsizetype;
        using pointer = const T *;
        using reference = const T &;

        const_iterator() = default;
        const_iterator(const ChunkedVector *vector, qsizetype index)
            : m_vector(vector)
            , m_index(index)
        {}
        reference operator*() const { return (*m_vector)[m_index]; }
        pointer operator->() const { return &(*m_vector)[m_index]; }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_index;
            return before;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index == b.m_index;
        }
        friend bool operator!=(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index != b.m_index;
        }

    private:
        const ChunkedVector *m_vector = nullptr;
        qsizetype m_index = 0;
    };

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const T &at(qsizetype i) const { return m_chunks[size_t(i >> ChunkBits)][size_t(i & (ChunkSize - 1))]; }
    const T &operator[](qsizetype i) const { return at(i); }
    T &operator[](qsizetype i) { return m_chunks[size_t(i >> ChunkBits)][size_t(i & (ChunkSize - 1))]; }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_size); }

    void append(T &&value)
    {
        if (size_t(m_size >> ChunkBits) == m_chunks.size()) {
            m_chunks.emplace_back();
            m_chunks.back().reserve(size_t(ChunkSize)); // never grows past this, so never moves
        }
        m_chunks.back().push_back(std::move(value));
        ++m_size;
    }
    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

    QVector<T> toVector() const { return QVector<T>(begin(), end()); }
    operator QVector<T>() const { return toVector(); }

private:
    std::vector<std::vector<T>> m_chunks;
    qsizetype m_size = 0;
};
