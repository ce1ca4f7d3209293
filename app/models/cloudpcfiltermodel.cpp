#include "cloudpcfiltermodel.h"

#include "cloudpcmodel.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

namespace {
bool statusMatches(CloudPcFilterModel::StatusFilter filter, CloudPcStatus status)
{
    switch (filter) {
    case CloudPcFilterModel::StatusFilter::All:
        return true;
    case CloudPcFilterModel::StatusFilter::Failed:
        return status == CloudPcStatus::Failed;
    case CloudPcFilterModel::StatusFilter::Provisioning:
        return status == CloudPcStatus::Provisioning || status == CloudPcStatus::PendingProvision;
    case CloudPcFilterModel::StatusFilter::InGracePeriod:
        return status == CloudPcStatus::InGracePeriod;
    }
    return true;
}

// Whether `needle` occurs in `key` (both UTF-8: a match of valid UTF-8 starts and ends on characters).
// memchr looks for the needle's byte at `anchor`, best the one rarest in the keys: searching for "cpc-f"
// by its "c" would stop at every "c" of "contoso.onmicrosoft.com".
bool containsBytes(QByteArrayView key, const QByteArray &needle, qsizetype anchor)
{
    const qsizetype length = needle.size();
    if (length == 0)
        return true;
    if (length > key.size())
        return false;
    const char byte = needle.at(anchor);
    const char *at = key.data() + anchor;
    const char *const last = key.data() + (key.size() - length) + anchor; // the last place it can be
    while (at <= last) {
        at = static_cast<const char *>(std::memchr(at, byte, size_t(last - at + 1)));
        if (!at)
            return false;
        if (std::memcmp(at - anchor, needle.constData(), size_t(length)) == 0)
            return true;
        ++at;
    }
    return false;
}

// Inserts `rows` into `order`, which is sorted by `less`: the new rows are sorted, each one's place found
// by binary search (starting where the previous one's ended), and the old rows moved once, from the back.
template <typename Less> void mergeInto(std::vector<int> &order, std::vector<int> rows, Less less)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end(), less);
    std::vector<size_t> places(rows.size());
    auto from = order.begin();
    for (size_t i = 0; i < rows.size(); ++i) {
        from = std::lower_bound(from, order.end(), rows[i], less);
        places[i] = size_t(from - order.begin());
    }
    size_t source = order.size();
    order.resize(order.size() + rows.size());
    size_t target = order.size();
    for (size_t i = rows.size(); i-- > 0;) {
        const size_t place = places[i];
        std::move_backward(order.begin() + std::ptrdiff_t(place), order.begin() + std::ptrdiff_t(source),
                           order.begin() + std::ptrdiff_t(target));
        target -= source - place;
        source = place;
        order[--target] = rows[i];
    }
}

// Moves `row` to its place in `order` (sorted by `less` but for that row, whose key changed).
template <typename Less> void reposition(std::vector<int> &order, int row, Less less)
{
    const auto at = std::find(order.begin(), order.end(), row);
    if (at == order.end())
        return;
    order.erase(at);
    order.insert(std::lower_bound(order.begin(), order.end(), row, less), row);
}
} // namespace

CloudPcFilterModel::CloudPcFilterModel(CloudPcModel *model, QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(publishInterval());
    connect(&m_publishTimer, &QTimer::timeout, this, &CloudPcFilterModel::publishPending);
    CloudPcFilterModel::setSourceModel(model);
}

void CloudPcFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : qAsConst(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_model = qobject_cast<CloudPcModel *>(model);
    if (m_model) {
        auto begin = [this] {
            beginSourceReset();
        };
        auto end = [this] {
            endSourceReset();
        };
        m_connections = {
            connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    &CloudPcFilterModel::onRowsAboutToBeInserted),
            connect(m_model, &QAbstractItemModel::rowsInserted, this, &CloudPcFilterModel::onRowsInserted),
            connect(m_model, &QAbstractItemModel::dataChanged, this, &CloudPcFilterModel::onDataChanged),
            connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            Q_EMIT headerDataChanged(orientation, first, last);
                    }),
            // CloudPcModel only appends rows, updates them and resets; anything else starts over.
            connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, begin),
            connect(m_model, &QAbstractItemModel::modelReset, this, end),
            connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin),
            connect(m_model, &QAbstractItemModel::rowsRemoved, this, end),
            connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
            connect(m_model, &QAbstractItemModel::rowsMoved, this, end),
            connect(m_model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin),
            connect(m_model, &QAbstractItemModel::columnsInserted, this, end),
            connect(m_model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin),
            connect(m_model, &QAbstractItemModel::columnsRemoved, this, end),
            connect(m_model, &QAbstractItemModel::columnsAboutToBeMoved, this, begin),
            connect(m_model, &QAbstractItemModel::columnsMoved, this, end),
            connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin),
            connect(m_model, &QAbstractItemModel::layoutChanged, this, end),
            // Like QSortFilterProxyModel: forget the rows without a word (whoever listens to a reset may
            // be going away with the source).
            connect(m_model, &QObject::destroyed, this,
                    [this] {
                        m_model = nullptr;
                        m_connections.clear();
                        resetFromSource();
                    }),
        };
    }
    resetFromSource();
    endResetModel();
}

// --- QAbstractProxyModel

QModelIndex CloudPcFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CloudPcFilterModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return {};
}

QModelIndex CloudPcFilterModel::sibling(int row, int column, const QModelIndex &index) const
{
    Q_UNUSED(index);
    return this->index(row, column);
}

int CloudPcFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CloudPcFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool CloudPcFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QVariant CloudPcFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (section < 0 || section >= rowCount())
        return {};
    return m_model->headerData(m_rows[size_t(section)], orientation, role);
}

QModelIndex CloudPcFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_model->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CloudPcFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    ensureProxyRows();
    const size_t row = size_t(sourceIndex.row());
    if (row >= m_proxyRowOf.size() || m_proxyRowOf[row] < 0)
        return {};
    return createIndex(m_proxyRowOf[row], sourceIndex.column());
}

// --- Filters

void CloudPcFilterModel::setFilterText(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    // Typing at the end (or anywhere) of the text only drops rows; erasing only brings rows back.
    const Change change = lowered.contains(m_text)
                              ? Change::Narrower
                              : (m_text.contains(lowered) ? Change::Wider : Change::Other);
    m_text = lowered;
    m_needle = lowered.toUtf8();
    // Half a surrogate pair (a filter text cut in the middle of a character) has no UTF-8 form: such a
    // needle is looked for in the keys as text.
    m_needleIsUtf8 = true;
    for (qsizetype i = 0; i < lowered.size(); ++i) {
        const QChar c = lowered.at(i);
        if (c.isHighSurrogate() && i + 1 < lowered.size() && lowered.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            m_needleIsUtf8 = false;
    }
    publishPending();
    m_anchor = 0;
    for (qsizetype i = 1; i < m_needle.size(); ++i) {
        if (m_model && m_model->filterKeyByteCount(uchar(m_needle.at(i))) <
                           m_model->filterKeyByteCount(uchar(m_needle.at(m_anchor))))
            m_anchor = i;
    }
    refilterText(change);
}

void CloudPcFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    refilterAll();
}

void CloudPcFilterModel::setPolicyId(const QString &policyId)
{
    if (policyId == m_policyId)
        return;
    m_policyId = policyId;
    refilterAll();
}

void CloudPcFilterModel::setExactStatus(int status)
{
    if (status == m_exactStatus)
        return;
    m_exactStatus = status;
    refilterAll();
}

bool CloudPcFilterModel::matchesText(int row) const
{
    if (m_text.isEmpty())
        return true;
    if (!m_needleIsUtf8)
        return m_model->filterKey(row).contains(m_text);
    return containsBytes(m_model->filterKeyUtf8(row), m_needle, m_anchor);
}

bool CloudPcFilterModel::passesStatusAndPolicy(int row) const
{
    const CloudPc &pc = m_model->at(row);
    return statusMatches(m_status, pc.status) && (m_exactStatus < 0 || int(pc.status) == m_exactStatus) &&
           (m_policyId.isEmpty() || pc.provisioningPolicyId == m_policyId);
}

bool CloudPcFilterModel::evaluate(int row)
{
    const bool passes = passesStatusAndPolicy(row);
    m_passes[size_t(row)] = passes;
    return passes && matchesText(row);
}

void CloudPcFilterModel::refilterText(Change change)
{
    changeLayout([this, change] {
        // Rows are tested in the source's order, which reads their keys front to back; the status and
        // policy filters did not change, so what they said of each row still holds.
        const size_t count = m_accepted.size();
        if (change == Change::Narrower) {
            // Only rows shown now can still pass; they keep their order.
            for (size_t row = 0; row < count; ++row) {
                if (m_accepted[row] && !matchesText(int(row)))
                    m_accepted[row] = false;
            }
            m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                        [this](int row) { return !m_accepted[size_t(row)]; }),
                         m_rows.end());
            m_proxyRowsStale = true;
            return;
        }
        // Wider: rows shown now still pass, only the others need a test.
        for (size_t row = 0; row < count; ++row) {
            if (change == Change::Other || !m_accepted[row])
                m_accepted[row] = m_passes[row] && matchesText(int(row));
        }
        rebuildRows();
    });
}

void CloudPcFilterModel::refilterAll()
{
    publishPending();
    changeLayout([this] {
        for (size_t row = 0; row < m_accepted.size(); ++row)
            m_accepted[row] = evaluate(int(row));
        rebuildRows();
    });
}

// --- Sorting

void CloudPcFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    column = std::max(column, -1);
    publishPending();
    // A header click sorts twice (QTableView::sortByColumn, then the sort indicator's signal): the second
    // finds nothing to do. The order of every row by the sort column is kept up to date as rows arrive and
    // change, so a new order of the same column only reads it backwards.
    if (column == m_sortColumn && order == m_sortOrder && !m_unsorted)
        return;
    const bool newColumn = column != m_sortColumn;
    changeLayout([this, column, order, newColumn] {
        m_sortColumn = column;
        m_sortOrder = order;
        if (newColumn)
            buildSorted();
        rebuildRows();
    });
}

void CloudPcFilterModel::setSortingDeferred(bool deferred)
{
    if (deferred == m_deferred)
        return;
    m_deferred = deferred;
    if (deferred)
        return;
    publishPending();
    if (m_unsorted)
        changeLayout([this] { rebuildRows(); });
}

int CloudPcFilterModel::compareNames(int left, int right) const
{
    const int compared = m_model->compareFilterKeys(left, right);
    if (compared != 0)
        return compared;
    return left < right ? -1 : (left > right ? 1 : 0);
}

QString CloudPcFilterModel::loweredText(int row) const
{
    const QString text = CloudPcModel::columnText(m_model->at(row), m_sortColumn);
    if (m_sortColumn == CloudPcModel::User)
        return text.toLower(); // one per Cloud PC: not worth keeping
    const auto found = m_lowered.constFind(text);
    if (found != m_lowered.constEnd())
        return *found;
    if (m_lowered.size() > 4096)
        m_lowered.clear();
    const QString lowered = text.toLower();
    m_lowered.insert(text, lowered);
    return lowered;
}

qint64 CloudPcFilterModel::timeKey(int row) const
{
    const CloudPc &pc = m_model->at(row);
    const QDateTime &time =
        m_sortColumn == CloudPcModel::LastModified ? pc.lastModifiedDateTime : pc.gracePeriodEndDateTime;
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

bool CloudPcFilterModel::lessThan(int left, int right) const
{
    switch (m_sortColumn) {
    case CloudPcModel::Name:
        return compareNames(left, right) < 0;
    case CloudPcModel::LastModified:
    case CloudPcModel::GracePeriodEnd: {
        const qint64 a = timeKey(left);
        const qint64 b = timeKey(right);
        return a != b ? a < b : compareNames(left, right) < 0;
    }
    default:
        if (m_sortColumn < 0)
            return left < right;
        const int compared = loweredText(left).compare(loweredText(right));
        return compared != 0 ? compared < 0 : compareNames(left, right) < 0;
    }
}

bool CloudPcFilterModel::before(int left, int right) const
{
    return m_sortOrder == Qt::AscendingOrder ? lessThan(left, right) : lessThan(right, left);
}

const std::vector<int> &CloudPcFilterModel::ascending() const
{
    return m_sortColumn == CloudPcModel::Name ? m_byName : m_sorted;
}

void CloudPcFilterModel::buildByName()
{
    m_byName.resize(m_accepted.size());
    std::iota(m_byName.begin(), m_byName.end(), 0);
    std::sort(m_byName.begin(), m_byName.end(), [this](int a, int b) { return compareNames(a, b) < 0; });
}

void CloudPcFilterModel::buildSorted()
{
    m_lowered.clear();
    const int count = int(m_accepted.size());
    if (m_sortColumn == CloudPcModel::Name) {
        std::vector<int>().swap(m_sorted);
        return;
    }
    if (m_sortColumn < 0) {
        m_sorted.resize(size_t(count));
        std::iota(m_sorted.begin(), m_sorted.end(), 0);
        return;
    }
    // Every order breaks ties by name: sort the name order stably by the column's key.
    m_sorted = m_byName;
    if (m_sortColumn == CloudPcModel::LastModified || m_sortColumn == CloudPcModel::GracePeriodEnd) {
        std::vector<qint64> keys(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row)
            keys[size_t(row)] = timeKey(row);
        std::stable_sort(m_sorted.begin(), m_sorted.end(),
                         [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
        return;
    }
    if (m_sortColumn == CloudPcModel::User) {
        // One user per Cloud PC: nothing repeats, so no point looking for repeats. Each row's first eight
        // UTF-16 code units are packed into two integers kept beside it, so most comparisons read two
        // integers in one array instead of two strings elsewhere in memory; equal prefixes compare the whole
        // text (the same order as QString's operator<, code unit by code unit, shorter first).
        std::vector<QString> keys(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row)
            keys[size_t(row)] = m_model->at(row).userPrincipalName.toLower();
        struct PrefixKey
        {
            quint64 first;
            quint64 second;
            int row;
        };
        auto pack = [](const QString &text, qsizetype from) {
            quint64 packed = 0;
            for (qsizetype i = from; i < from + 4; ++i)
                packed = (packed << 16) | (i < text.size() ? text.at(i).unicode() : 0u);
            return packed;
        };
        std::vector<PrefixKey> order;
        order.reserve(m_sorted.size());
        for (const int row : m_sorted) {
            const QString &key = keys[size_t(row)];
            order.push_back({pack(key, 0), pack(key, 4), row});
        }
        std::stable_sort(order.begin(), order.end(), [&keys](const PrefixKey &a, const PrefixKey &b) {
            if (a.first != b.first)
                return a.first < b.first;
            if (a.second != b.second)
                return a.second < b.second;
            return keys[size_t(a.row)] < keys[size_t(b.row)];
        });
        for (size_t i = 0; i < order.size(); ++i)
            m_sorted[i] = order[i].row;
        return;
    }
    // Other text columns: lower-case and compare each distinct text once (policies, plans, statuses… repeat),
    // then sort the rows by the rank of their text.
    QHash<QString, int> idOfText;
    QHash<int, int> idOfStatus; // a status's label does not depend on the row
    QList<QString> lowered;
    std::vector<int> ids(static_cast<size_t>(count));
    auto idOf = [&](const QString &text) {
        auto found = idOfText.constFind(text);
        if (found == idOfText.constEnd()) {
            found = idOfText.insert(text, int(lowered.size()));
            lowered.append(text.toLower());
        }
        return *found;
    };
    for (int row = 0; row < count; ++row) {
        const CloudPc &pc = m_model->at(row);
        if (m_sortColumn == CloudPcModel::Status && pc.status != CloudPcStatus::Unknown) {
            auto found = idOfStatus.constFind(int(pc.status));
            if (found == idOfStatus.constEnd())
                found = idOfStatus.insert(int(pc.status), idOf(pc.statusDisplayText()));
            ids[size_t(row)] = *found;
        } else {
            ids[size_t(row)] = idOf(CloudPcModel::columnText(pc, m_sortColumn));
        }
    }
    std::vector<int> byText(size_t(lowered.size()));
    std::iota(byText.begin(), byText.end(), 0);
    std::sort(byText.begin(), byText.end(),
              [&lowered](int a, int b) { return lowered.at(a) < lowered.at(b); });
    std::vector<int> rankOfId(byText.size());
    int rank = 0;
    for (size_t i = 0; i < byText.size(); ++i) {
        if (i > 0 && lowered.at(byText[i]) != lowered.at(byText[i - 1]))
            ++rank;
        rankOfId[size_t(byText[i])] = rank;
    }
    for (int &id : ids)
        id = rankOfId[size_t(id)];
    std::stable_sort(m_sorted.begin(), m_sorted.end(),
                     [&ids](int a, int b) { return ids[size_t(a)] < ids[size_t(b)]; });
}

void CloudPcFilterModel::rebuildRows()
{
    const std::vector<int> &order = ascending();
    m_rows.clear();
    auto add = [this](int row) {
        if (m_accepted[size_t(row)])
            m_rows.push_back(row);
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::for_each(order.begin(), order.end(), add);
    else
        std::for_each(order.rbegin(), order.rend(), add);
    m_unsorted = false;
    m_proxyRowsStale = true;
}

void CloudPcFilterModel::ensureProxyRows() const
{
    if (!m_proxyRowsStale)
        return;
    m_proxyRowOf.assign(m_accepted.size(), -1);
    for (size_t place = 0; place < m_rows.size(); ++place)
        m_proxyRowOf[size_t(m_rows[place])] = int(place);
    m_proxyRowsStale = false;
}

template <typename Rearrange> void CloudPcFilterModel::changeLayout(Rearrange rearrange)
{
    // Only rows change place (or come and go); columns stay.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(index.row() < rowCount() ? m_rows[size_t(index.row())] : -1);
    rearrange();
    if (!before.isEmpty()) {
        ensureProxyRows();
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int row = sources[size_t(i)] >= 0 ? m_proxyRowOf[size_t(sources[size_t(i)])] : -1;
            after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- Source changes

void CloudPcFilterModel::resetFromSource()
{
    m_publishTimer.stop();
    m_pending.clear();
    const int count = m_model ? m_model->rowCount() : 0;
    m_accepted.assign(size_t(count), false);
    m_passes.assign(size_t(count), false);
    for (int row = 0; row < count; ++row)
        m_accepted[size_t(row)] = evaluate(row);
    buildByName();
    buildSorted();
    rebuildRows();
    std::vector<int>().swap(m_proxyRowOf);
    m_proxyRowsStale = true;
}

void CloudPcFilterModel::publishPending()
{
    m_publishTimer.stop();
    if (m_pending.empty())
        return;
    const int at = rowCount();
    beginInsertRows({}, at, at + int(m_pending.size()) - 1);
    m_rows.insert(m_rows.end(), m_pending.begin(), m_pending.end());
    m_pending.clear();
    m_unsorted = true;
    m_proxyRowsStale = true;
    endInsertRows();
}

void CloudPcFilterModel::beginSourceReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void CloudPcFilterModel::endSourceReset()
{
    if (!m_resetting)
        return;
    resetFromSource();
    m_resetting = false;
    endResetModel();
}

void CloudPcFilterModel::onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(last);
    // Rows are appended; rows put anywhere else start over.
    if (!parent.isValid() && size_t(first) != m_accepted.size())
        beginSourceReset();
}

void CloudPcFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_resetting) {
        endSourceReset();
        return;
    }
    std::vector<int> added(size_t(last - first + 1));
    std::iota(added.begin(), added.end(), first);
    m_accepted.resize(size_t(last) + 1, false);
    m_passes.resize(size_t(last) + 1, false);
    std::vector<int> fresh;
    for (const int row : added) {
        if (evaluate(row)) {
            m_accepted[size_t(row)] = true;
            fresh.push_back(row);
        }
    }
    mergeInto(m_byName, added, [this](int a, int b) { return compareNames(a, b) < 0; });
    if (m_sortColumn != CloudPcModel::Name)
        mergeInto(m_sorted, added, [this](int a, int b) { return lessThan(a, b); });
    m_proxyRowsStale = true;
    if (fresh.empty())
        return;

    if (m_deferred) {
        // Loading: the rows in view stay where they are; the new ones go at the end (the first at once,
        // then in batches) until the list is put in order when loading ends.
        m_pending.insert(m_pending.end(), fresh.begin(), fresh.end());
        if (m_rows.empty())
            publishPending();
        else if (!m_publishTimer.isActive())
            m_publishTimer.start();
        return;
    }
    if (m_unsorted) {
        const int at = rowCount();
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        endInsertRows();
        return;
    }
    // Each new row where it belongs; rows that go to the same place are inserted together, from the last
    // place to the first so that the places found stay right.
    auto less = [this](int a, int b) {
        return before(a, b);
    };
    std::sort(fresh.begin(), fresh.end(), less);
    std::vector<int> places(fresh.size());
    auto from = m_rows.begin();
    for (size_t i = 0; i < fresh.size(); ++i) {
        from = std::lower_bound(from, m_rows.end(), fresh[i], less);
        places[i] = int(from - m_rows.begin());
    }
    size_t end = fresh.size();
    while (end > 0) {
        size_t start = end - 1;
        while (start > 0 && places[start - 1] == places[end - 1])
            --start;
        const int place = places[start];
        beginInsertRows({}, place, place + int(end - start) - 1);
        m_rows.insert(m_rows.begin() + place, fresh.begin() + std::ptrdiff_t(start),
                      fresh.begin() + std::ptrdiff_t(end));
        m_proxyRowsStale = true;
        endInsertRows();
        end = start;
    }
}

void CloudPcFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    publishPending(); // from here on, a row passes the filters exactly when it is shown
    // Every row at once (the language changed: CloudPcModel::retranslate) is filtered and sorted again as a
    // whole, however few: rows moved one by one would be placed among others whose keys changed too.
    const bool everyRow = first == 0 && last == m_model->rowCount() - 1 && last > first;
    if (last - first < 64 && !everyRow) {
        for (int row = first; row <= last; ++row) {
            const bool shown = m_accepted[size_t(row)];
            updateRow(row);
            if (shown && m_accepted[size_t(row)]) {
                const int place = mapFromSource(m_model->index(row, 0)).row();
                Q_EMIT dataChanged(index(place, 0), index(place, columnCount() - 1), roles);
            }
        }
        return;
    }
    // Many rows at once: filter and sort everything again.
    changeLayout([this] {
        for (size_t row = 0; row < m_accepted.size(); ++row)
            m_accepted[row] = evaluate(int(row));
        buildByName();
        buildSorted();
        rebuildRows();
    });
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
}

void CloudPcFilterModel::updateRow(int row)
{
    const bool was = m_accepted[size_t(row)];
    const bool now = evaluate(row);
    m_accepted[size_t(row)] = now;
    reposition(m_byName, row, [this](int a, int b) { return compareNames(a, b) < 0; });
    if (m_sortColumn != CloudPcModel::Name)
        reposition(m_sorted, row, [this](int a, int b) { return lessThan(a, b); });
    auto less = [this](int a, int b) {
        return before(a, b);
    };
    if (was) {
        ensureProxyRows();
        const int place = m_proxyRowOf[size_t(row)];
        if (!now) {
            beginRemoveRows({}, place, place);
            m_rows.erase(m_rows.begin() + place);
            m_proxyRowsStale = true;
            endRemoveRows();
            return;
        }
        if (m_deferred || m_unsorted)
            return;
        // Where the row belongs among the others (the rows shown but this one are in order).
        const auto placeIt = m_rows.begin() + place;
        int target = int(std::lower_bound(m_rows.begin(), placeIt, row, less) - m_rows.begin());
        if (target == place)
            target = int(std::lower_bound(placeIt + 1, m_rows.end(), row, less) - m_rows.begin()) - 1;
        if (target != place) {
            changeLayout([this, place, target, row] {
                m_rows.erase(m_rows.begin() + place);
                m_rows.insert(m_rows.begin() + target, row);
                m_proxyRowsStale = true;
            });
        }
        return;
    }
    if (!now)
        return;
    const int place = m_deferred || m_unsorted
                          ? rowCount()
                          : int(std::lower_bound(m_rows.begin(), m_rows.end(), row, less) - m_rows.begin());
    beginInsertRows({}, place, place);
    m_rows.insert(m_rows.begin() + place, row);
    m_proxyRowsStale = true;
    endInsertRows();
}
