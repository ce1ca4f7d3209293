#include "cloudpcfiltermodel.h"

#include "cloudpcmodel.h"

#include <limits>
#include <numeric>
#include <vector>

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

} // namespace

CloudPcFilterModel::CloudPcFilterModel(CloudPcModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(CloudPcModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // The ranks are for the rows as they were: any change of the rows makes them stale.
    auto stale = [this] {
        m_rankColumn = -1;
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, stale);
    connect(model, &QAbstractItemModel::dataChanged, this, stale);
    connect(model, &QAbstractItemModel::modelReset, this, stale);
}

void CloudPcFilterModel::setFilterText(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    m_text = lowered;
    invalidate();
}

void CloudPcFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidate();
}

void CloudPcFilterModel::setPolicyId(const QString &policyId)
{
    if (policyId == m_policyId)
        return;
    m_policyId = policyId;
    invalidate();
}

bool CloudPcFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const CloudPc &pc = m_model->at(sourceRow);
    if (!statusMatches(m_status, pc.status))
        return false;
    if (!m_policyId.isEmpty() && pc.provisioningPolicyId != m_policyId)
        return false;
    return m_text.isEmpty() || m_model->filterKey(sourceRow).contains(m_text);
}

void CloudPcFilterModel::sort(int column, Qt::SortOrder order)
{
    m_rankColumn = -1;
    QSortFilterProxyModel::sort(column, order);
}

void CloudPcFilterModel::buildRanks(int column) const
{
    const QVector<CloudPc> &rows = m_model->cloudPcs();
    const int count = int(rows.size());
    std::vector<int> order(size_t(count), 0);
    std::iota(order.begin(), order.end(), 0);
    auto byName = [this](int a, int b) {
        return m_model->filterKey(a) < m_model->filterKey(b);
    };
    if (column == CloudPcModel::LastModified || column == CloudPcModel::GracePeriodEnd) {
        std::vector<qint64> keys(size_t(count), 0);
        for (int row = 0; row < count; ++row) {
            const QDateTime &time = column == CloudPcModel::LastModified
                                        ? rows.at(row).lastModifiedDateTime
                                        : rows.at(row).gracePeriodEndDateTime;
            keys[size_t(row)] =
                time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return keys[size_t(a)] != keys[size_t(b)] ? keys[size_t(a)] < keys[size_t(b)] : byName(a, b);
        });
    } else if (column == CloudPcModel::Name) {
        std::sort(order.begin(), order.end(), byName);
    } else {
        // Text columns: lower-case each distinct value once (policy, plan, image… repeat across rows).
        QHash<QString, QString> lowered;
        std::vector<QString> keys(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row) {
            const QString text = m_model->index(row, column).data(CloudPcModel::SortRole).toString();
            auto it = lowered.find(text);
            if (it == lowered.end())
                it = lowered.insert(text, text.toLower());
            keys[size_t(row)] = *it;
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = keys[size_t(a)].compare(keys[size_t(b)]);
            return c != 0 ? c < 0 : byName(a, b);
        });
    }
    m_ranks.resize(count);
    for (int place = 0; place < count; ++place)
        m_ranks[order[size_t(place)]] = place;
    m_rankColumn = column;
}

bool CloudPcFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_rankColumn != left.column() || m_ranks.size() != m_model->rowCount())
        buildRanks(left.column());
    return m_ranks.at(left.row()) < m_ranks.at(right.row());
}
