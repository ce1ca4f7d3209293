#pragma once

#include "cloudpcfiltermodel.h"
#include "cloudpcstatus.h"
#include "listpage.h"

class CloudPcHistorySection;
class CloudPcLoader;
class GraphClient;
class CloudPcModel;
class QButtonGroup;
class QToolButton;

// The Cloud PCs tab: a sortable table over CloudPcModel with a filter box (name, user, policy), quick
// status filters, a policy filter set from the policies tab, and a pane with every field of the selected
// Cloud PC.
class CloudPcPage : public ListPage
{
    Q_OBJECT
public:
    // client: where the detail pane's sections (connection history, remote actions) read from; none:
    // the sections are not shown.
    CloudPcPage(CloudPcModel *model, CloudPcLoader *loader, QWidget *parent = nullptr,
                GraphClient *client = nullptr);

    CloudPcFilterModel *filterModel() const { return m_filterModel; }
    CloudPcFilterModel::StatusFilter statusFilter() const;
    void setStatusFilter(CloudPcFilterModel::StatusFilter filter);
    QToolButton *statusFilterButton(CloudPcFilterModel::StatusFilter filter) const;
    // Shows only the Cloud PCs of one policy (name for the label); empty id: all policies.
    void setPolicyFilter(const QString &policyId, const QString &policyName);
    QToolButton *policyFilterButton() const { return m_policyButton; }
    // The detail pane's sections about the one selected Cloud PC (null without a GraphClient).
    CloudPcHistorySection *connectionHistory() const { return m_connections; }
    CloudPcHistorySection *remoteActionHistory() const { return m_remoteActions; }
    // Shows only the Cloud PCs of one status (the Overview's bars); the quick filters show All meanwhile, and
    // choosing one clears it. A button says which status is shown and clears it.
    void setExactStatusFilter(CloudPcStatus status, const QString &label);
    void clearExactStatusFilter();
    QToolButton *exactStatusButton() const { return m_exactStatusButton; }
    // Every filter off: the text, the quick status filter, the status and the policy.
    void clearFilters();

protected:
    QList<int> defaultColumnWidths() const override;
    QStringList typicalTexts(int column) const override;
    bool columnHasIcon(int column) const override;
    QString countText(int count) const override;
    QString listName() const override;
    void showDetail(int sourceRow) override;
    QList<QPair<QString, QString>> selectionSummary(const QList<int> &sourceRows) const override;
    void applyFilterText(const QString &text) override;
    void loadingStateChanged(bool loading) override;
    void retranslateUi() override;
    int sourceRowOfId(const QString &id) const override;

private:
    CloudPcModel *m_model;
    CloudPcFilterModel *m_filterModel;
    QButtonGroup *m_statusGroup;
    QToolButton *m_policyButton;
    QString m_policyName; // of the policy filter
    QToolButton *m_exactStatusButton = nullptr;
    int m_detailRow = -1;
    QWidget *m_sections = nullptr;
    CloudPcHistorySection *m_connections = nullptr;
    CloudPcHistorySection *m_remoteActions = nullptr;
    void setUpSections(GraphClient *client);
};
