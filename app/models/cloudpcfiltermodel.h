#pragma once

#include <QSortFilterProxyModel>

class CloudPcModel;

// Filters and sorts a CloudPcModel fast enough for 100,000 rows: the text filter is a substring test on a
// lower-cased key the model keeps per row (no regular expression, no QVariant per row), and sorting
// compares the Cloud PCs' fields directly.
class CloudPcFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Quick status filters.
    enum class StatusFilter { All, Failed, Provisioning, InGracePeriod };
    Q_ENUM(StatusFilter)

    explicit CloudPcFilterModel(CloudPcModel *model, QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    StatusFilter statusFilter() const { return m_status; }
    QString policyId() const { return m_policyId; }

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setStatusFilter(StatusFilter filter);
    // Only the Cloud PCs of one provisioning policy; empty: all.
    void setPolicyId(const QString &policyId);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Each source row's place in the order of the sort column, computed once per sort (with keys made once
    // per row, not per comparison); lessThan then compares two integers.
    void buildRanks(int column) const;

    CloudPcModel *m_model;
    mutable QVector<int> m_ranks;
    mutable int m_rankColumn = -1;
    QString m_text; // lower-cased
    StatusFilter m_status = StatusFilter::All;
    QString m_policyId;
};
