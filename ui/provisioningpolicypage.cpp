#include "provisioningpolicypage.h"

#include "enumwords.h"
#include "icons.h"
#include "provisioningpolicyloader.h"
#include "provisioningpolicymodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

ProvisioningPolicyPage::ProvisioningPolicyPage(ProvisioningPolicyModel *model,
                                               ProvisioningPolicyLoader *loader, QWidget *parent)
    : ListPage(loader, model, new QSortFilterProxyModel, QStringLiteral("policies"), parent)
    , m_model(model)
    , m_showFailed(new QPushButton(this))
{
    tableView()->horizontalHeader()->setStretchLastSection(false); // the counts stay beside their headers
    m_showFailed->setIcon(Icons::named(QStringLiteral("status-failed")));
    m_showFailed->setEnabled(false);
    connect(m_showFailed, &QPushButton::clicked, this, &ProvisioningPolicyPage::showFailedOfCurrent);

    auto *pane = new QWidget(this);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(detailView(), 1);
    paneLayout->addWidget(m_showFailed, 0, Qt::AlignLeft);
    setDetailWidget(pane);

    connect(tableView(), &QTableView::activated, this, &ProvisioningPolicyPage::showFailedOfCurrent);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { refreshDetail(); });
    retranslateUi();
}

void ProvisioningPolicyPage::retranslateUi()
{
    filterEdit()->setPlaceholderText(tr("Filter policies (Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter provisioning policies"));
    tableView()->setAccessibleName(tr("Provisioning policies"));
    detailView()->setAccessibleName(tr("Provisioning policy details"));
    m_showFailed->setAccessibleName(tr("Show the failed Cloud PCs of the selected policy"));
    // As with nothing selected; the detail pane, shown again, says how many failed of the selected policy.
    m_showFailed->setText(tr("Show failed Cloud PCs"));
    m_showFailed->setToolTip(tr("Open the Cloud PCs tab filtered to this policy's failed Cloud PCs (Enter)"));
    ListPage::retranslateUi();
}

QString ProvisioningPolicyPage::currentPolicyId() const
{
    return m_detailRow >= 0 && m_detailRow < m_model->rowCount() ? m_model->at(m_detailRow).id : QString();
}

void ProvisioningPolicyPage::showFailedOfCurrent()
{
    if (m_detailRow < 0 || m_detailRow >= m_model->rowCount())
        return;
    const ProvisioningPolicy &policy = m_model->at(m_detailRow);
    Q_EMIT showFailedCloudPcsRequested(policy.id, policy.displayName);
}

QList<int> ProvisioningPolicyPage::defaultColumnWidths() const
{
    return {22, 9, 30, 13, 8, 8};
}

QStringList ProvisioningPolicyPage::typicalTexts(int column) const
{
    if (column == ProvisioningPolicyModel::Type)
        return {EnumWords::text(EnumWords::Kind::ProvisioningType, QStringLiteral("dedicated"))};
    return {};
}

QString ProvisioningPolicyPage::countText(int count) const
{
    return tr("%Ln provisioning policy(s)", nullptr, count);
}

QString ProvisioningPolicyPage::listName() const
{
    return tr("provisioning policies");
}

QList<QPair<QString, QString>> ProvisioningPolicyPage::selectionSummary(const QList<int> &sourceRows) const
{
    qsizetype cloudPcs = 0;
    qsizetype failed = 0;
    for (int row : sourceRows) {
        cloudPcs += m_model->cloudPcCount(m_model->at(row).id);
        failed += m_model->failedCount(m_model->at(row).id);
    }
    return {{tr("Cloud PCs"), countNumber(cloudPcs)}, {tr("Failed"), countNumber(failed)}};
}

void ProvisioningPolicyPage::showDetail(int sourceRow)
{
    m_detailRow = sourceRow;
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        detailView()->clear();
        m_showFailed->setEnabled(false);
        return;
    }
    const ProvisioningPolicy &policy = m_model->at(sourceRow);
    const int failed = m_model->failedCount(policy.id);
    // Nothing to show when none of its Cloud PCs failed: disabled, and the tooltip says why.
    m_showFailed->setEnabled(failed > 0);
    m_showFailed->setText(failed > 0 ? tr("Show %Ln failed Cloud PC(s)", nullptr, failed)
                                     : tr("Show failed Cloud PCs"));
    m_showFailed->setToolTip(
        failed > 0 ? tr("Open the Cloud PCs tab filtered to this policy's failed Cloud PCs (Enter)")
                   : tr("None of this policy's Cloud PCs has failed."));
    auto yesNo = [](bool value) {
        return value ? tr("Yes") : tr("No");
    };
    const QList<QPair<QString, QString>> fields = {
        {tr("Description"), policy.description},
        {tr("Provisioning type"),
         EnumWords::text(EnumWords::Kind::ProvisioningType, policy.provisioningType)},
        {tr("Image"), policy.imageDisplayName},
        {tr("Image type"), EnumWords::text(EnumWords::Kind::ImageType, policy.imageType)},
        {tr("Image id"), policy.imageId},
        {tr("Cloud PCs"), QString::number(m_model->cloudPcCount(policy.id))},
        {tr("Failed"), QString::number(failed)},
        {tr("Assigned groups"), policy.assignedGroupIds.join(QLatin1Char('\n'))},
        {tr("Naming template"), policy.cloudPcNamingTemplate},
        {tr("Language"), policy.windowsLocale},
        {tr("Single sign-on"), yesNo(policy.enableSingleSignOn)},
        {tr("Local admin"), yesNo(policy.localAdminEnabled)},
        {tr("Grace period"), tr("%Ln hour(s)", nullptr, int(policy.gracePeriodInHours))},
        {tr("Managed by"), EnumWords::text(EnumWords::Kind::ManagementService, policy.managedBy)},
        {tr("Id"), policy.id},
    };
    showDetailFields(policy.displayName, fields);
}
