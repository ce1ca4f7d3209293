#pragma once

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTimer>
#include <vector>

class CloudPcModel;

// Filters and sorts a CloudPcModel fast enough for 100,000 rows and more, without stalling the window:
//  - the text filter is a substring test on the lower-cased UTF-8 key the model keeps per row; a keystroke
//    that narrows the filter tests only the rows shown, one that widens it only the rows hidden, and what
//    the status and policy filters said of each row is kept, so a keystroke reads no Cloud PC;
//  - the sorted order of every source row is kept, and rows that arrive are merged into it by binary
//    search (a page of 100 rows costs a few thousand comparisons, not a sort of the whole list), so
//    sorting the finished list or changing the filter rebuilds the rows shown in one pass without
//    comparing anything;
//  - every change of the rows shown is one layout change or one insert/remove per contiguous run, never
//    a reset, so selection and current row survive.
// Orderings (as QSortFilterProxyModel gave them before): Name by name, then user and policy (lower-cased);
// dates by date (none first), then name; every other column by its lower-cased text, then name; ties by
// source row. Descending is the exact reverse.
class CloudPcFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    // Quick status filters.
    enum class StatusFilter { All, Failed, Provisioning, InGracePeriod };
    Q_ENUM(StatusFilter)

    explicit CloudPcFilterModel(CloudPcModel *model, QObject *parent = nullptr);

    // While sorting is deferred, rows that arrive are shown at most this often (ms).
    static constexpr int publishInterval() { return 250; }

    QString filterText() const { return m_text; }
    StatusFilter statusFilter() const { return m_status; }
    QString policyId() const { return m_policyId; }
    // The one status shown besides the quick filter (the Overview's bars); -1: none.
    int exactStatus() const { return m_exactStatus; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSortingDeferred() const { return m_deferred; }

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setStatusFilter(StatusFilter filter);
    // Only the Cloud PCs of one provisioning policy; empty: all.
    void setPolicyId(const QString &policyId);
    // Only the Cloud PCs of one status (a CloudPcStatus as int); -1: every status.
    void setExactStatus(int status);
    // Column -1: the order of the source model.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // While deferred (a list loading page by page), rows that arrive are added at the end, so the rows in
    // view stay where they are, and at most every publishInterval() ms (each addition makes the view paint
    // again); when no longer deferred every row is shown, and the rows shown are put in order, once.
    void setSortingDeferred(bool deferred);

private:
    enum class Change { Narrower, Wider, Other };

    bool passesStatusAndPolicy(int row) const;
    bool matchesText(int row) const;
    // Tests a row against every filter, noting in m_passes what the status and policy filters say.
    bool evaluate(int row);
    // The sort column's order of source rows: total (ties broken by name, then by row) and ascending.
    bool lessThan(int left, int right) const;
    // The order rows are shown in (lessThan, or its reverse).
    bool before(int left, int right) const;
    int compareNames(int left, int right) const;
    QString loweredText(int row) const;
    qint64 timeKey(int row) const;
    const std::vector<int> &ascending() const;

    void buildByName();
    void buildSorted();
    void rebuildRows();
    void refilterText(Change change);
    void refilterAll();
    void ensureProxyRows() const;
    template <typename Rearrange> void changeLayout(Rearrange rearrange);

    void publishPending();
    void resetFromSource();
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void updateRow(int row);
    void beginSourceReset();
    void endSourceReset();

    CloudPcModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_deferred = false;
    bool m_unsorted = false;    // rows were added at the end while sorting was deferred
    bool m_resetting = false;   // the source changed in a way other than appending: start over
    std::vector<int> m_byName;  // every source row, in name order
    std::vector<int> m_sorted;  // every source row, ascending by the sort column (unless that is Name)
    std::vector<int> m_rows;    // proxy row -> source row
    std::vector<int> m_pending; // rows that passed the filters while deferred, not shown yet
    QTimer m_publishTimer;
    std::vector<bool> m_accepted;          // per source row: passes the filters
    std::vector<bool> m_passes;            // per source row: passes the status and policy filters
    mutable std::vector<int> m_proxyRowOf; // source row -> proxy row, -1 when filtered out
    mutable bool m_proxyRowsStale = true;
    mutable QHash<QString, QString> m_lowered; // lower-cased texts of the columns whose texts repeat

    QString m_text;         // lower-cased, trimmed
    QByteArray m_needle;    // m_text in UTF-8, what the keys are searched for
    qsizetype m_anchor = 0; // the needle's byte that is rarest in the keys
    bool m_needleIsUtf8 = true;
    StatusFilter m_status = StatusFilter::All;
    QString m_policyId;
    int m_exactStatus = -1;
};
