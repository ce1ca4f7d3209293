#include "cloudpcpage.h"

#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "enumwords.h"
#include "icons.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>

namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

// "Citrix: installFailed — the message; HP Anyware: installed" (statuses as sent).
QString partnerAgentsText(const CloudPc &pc)
{
    QStringList parts;
    for (const CloudPcPartnerAgentInstallResult &result : pc.partnerAgentInstallResults) {
        QString part = QStringLiteral("%1: %2").arg(result.partnerDisplayName(), result.installStatus);
        if (!result.errorMessage.isEmpty())
            part += QStringLiteral(" — ") + result.errorMessage;
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

CloudPcPage::CloudPcPage(CloudPcModel *model, CloudPcLoader *loader, QWidget *parent)
    : ListPage(loader, model, new CloudPcFilterModel(model), QStringLiteral("cloudpcs"), parent)
    , m_model(model)
    , m_filterModel(static_cast<CloudPcFilterModel *>(proxyModel()))
    , m_statusGroup(new QButtonGroup(this))
    , m_policyButton(new QToolButton(this))
{
    filterEdit()->setPlaceholderText(tr("Filter by name, user or policy (Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter Cloud PCs"));
    tableView()->setAccessibleName(tr("Cloud PCs"));
    detailView()->setAccessibleName(tr("Cloud PC details"));

    struct Quick
    {
        CloudPcFilterModel::StatusFilter filter;
        QString text;
        QString tip;
    };
    const Quick quick[] = {
        {CloudPcFilterModel::StatusFilter::All, tr("All"), tr("Show Cloud PCs of every status")},
        {CloudPcFilterModel::StatusFilter::Failed, tr("Failed"), tr("Show only failed Cloud PCs")},
        {CloudPcFilterModel::StatusFilter::Provisioning, tr("Provisioning"),
         tr("Show only Cloud PCs being provisioned or pending provisioning")},
        {CloudPcFilterModel::StatusFilter::InGracePeriod, tr("In grace period"),
         tr("Show only Cloud PCs in their grace period")},
    };
    m_statusGroup->setExclusive(true);
    int number = 0;
    for (const Quick &q : quick) {
        auto *button = new QToolButton(this);
        button->setText(q.text);
        // Alt+1 to Alt+4, in the order they are shown.
        button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + number++)));
        button->setToolTip(
            QStringLiteral("%1 (%2)").arg(q.tip, button->shortcut().toString(QKeySequence::NativeText)));
        button->setAccessibleName(tr("Status filter: %1").arg(q.text));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setChecked(q.filter == CloudPcFilterModel::StatusFilter::All);
        m_statusGroup->addButton(button, int(q.filter));
        toolRow()->addWidget(button);
    }
    connect(m_statusGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_filterModel->setStatusFilter(CloudPcFilterModel::StatusFilter(id));
    });
    // Choosing a quick filter ends the status filter the Overview set.
    connect(m_statusGroup, &QButtonGroup::idClicked, this, [this] { clearExactStatusFilter(); });

    m_policyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_policyButton->setIcon(Icons::named(QStringLiteral("clear")));
    m_policyButton->setToolTip(tr("Show the Cloud PCs of every policy again"));
    m_policyButton->setAccessibleName(tr("Clear the policy filter"));
    m_policyButton->hide();
    connect(m_policyButton, &QToolButton::clicked, this, [this] { setPolicyFilter({}, {}); });
    toolRow()->addWidget(m_policyButton);

    m_exactStatusButton = new QToolButton(this);
    m_exactStatusButton->setObjectName(QStringLiteral("exactStatusButton"));
    m_exactStatusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exactStatusButton->setIcon(Icons::named(QStringLiteral("clear")));
    m_exactStatusButton->setToolTip(tr("Show the Cloud PCs of every status again"));
    m_exactStatusButton->setAccessibleName(tr("Clear the status filter"));
    m_exactStatusButton->hide();
    connect(m_exactStatusButton, &QToolButton::clicked, this, &CloudPcPage::clearExactStatusFilter);
    toolRow()->addWidget(m_exactStatusButton);

    m_filterModel->setSortingDeferred(loader->isLoading());
    connect(m_filterModel, &QAbstractItemModel::dataChanged, this, [this] { refreshDetail(); });
    updateState();
}

QToolButton *CloudPcPage::statusFilterButton(CloudPcFilterModel::StatusFilter filter) const
{
    return qobject_cast<QToolButton *>(m_statusGroup->button(int(filter)));
}

CloudPcFilterModel::StatusFilter CloudPcPage::statusFilter() const
{
    return m_filterModel->statusFilter();
}

void CloudPcPage::setStatusFilter(CloudPcFilterModel::StatusFilter filter)
{
    m_statusGroup->button(int(filter))->setChecked(true);
}

void CloudPcPage::setPolicyFilter(const QString &policyId, const QString &policyName)
{
    m_filterModel->setPolicyId(policyId);
    m_policyButton->setVisible(!policyId.isEmpty());
    m_policyButton->setText(tr("Policy: %1").arg(policyName));
    updateState();
}

void CloudPcPage::applyFilterText(const QString &text)
{
    m_filterModel->setFilterText(text);
}

void CloudPcPage::loadingStateChanged(bool loading)
{
    // While pages arrive, rows go at the end in batches (the rows in view stay put); the finished list is
    // put in order once, which costs no comparisons: the proxy keeps the order as rows arrive. Every row
    // is shown before the page forgets which rows to select again.
    m_filterModel->setSortingDeferred(loading);
}

QList<int> CloudPcPage::defaultColumnWidths() const
{
    return {12, 17, 14, 20, 13, 17, 17, 6, 11, 11};
}

QStringList CloudPcPage::typicalTexts(int column) const
{
    switch (column) {
    case CloudPcModel::Type:
        return {EnumWords::text(EnumWords::Kind::ProvisioningType, QStringLiteral("dedicated"))};
    case CloudPcModel::LastModified:
    case CloudPcModel::GracePeriodEnd:
        return {typicalDateTime()};
    default:
        return {};
    }
}

QString CloudPcPage::countText(int count) const
{
    return tr("%Ln Cloud PC(s)", nullptr, count);
}

QString CloudPcPage::listName() const
{
    return tr("Cloud PCs");
}

QList<QPair<QString, QString>> CloudPcPage::selectionSummary(const QList<int> &sourceRows) const
{
    // How many of each status, the most frequent first: "Provisioned 4,480", "Failed 519".
    const QList<QPair<QString, int>> counts =
        CloudPcModel::countByStatus(int(sourceRows.size()), [this, &sourceRows](int i) -> const CloudPc & {
            return m_model->at(sourceRows.at(i));
        });
    QList<QPair<QString, QString>> fields;
    for (const auto &count : qAsConst(counts))
        fields.append({count.first, countNumber(count.second)});
    return fields;
}

void CloudPcPage::showDetail(int sourceRow)
{
    m_detailRow = sourceRow;
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        detailView()->clear();
        return;
    }
    const CloudPc &pc = m_model->at(sourceRow);
    QList<QPair<QString, QString>> fields = {
        // A status this version knows reads as words; one it does not know shows as sent (statusDisplayText).
        {tr("Status"), pc.statusDisplayText()},
        {tr("Status detail"), pc.statusDetail.message},
        {tr("Status code"), pc.statusDetail.code},
    };
    for (const auto &info : pc.statusDetail.additionalInformation)
        fields.append({EnumWords::fieldName(info.first), info.second});
    fields += {
        {tr("User"), pc.userPrincipalName},
        {tr("Provisioning policy"), pc.provisioningPolicyName},
        {tr("Policy id"), pc.provisioningPolicyId},
        {tr("Provisioning type"), EnumWords::text(EnumWords::Kind::ProvisioningType, pc.provisioningType)},
        {tr("Plan"), pc.servicePlanName},
        {tr("Plan id"), pc.servicePlanId},
        {tr("Image"), pc.imageDisplayName},
        {tr("Network connection"), pc.onPremisesConnectionName},
        {tr("Managed device name"), pc.managedDeviceName},
        {tr("Managed device id"), pc.managedDeviceId},
        {tr("Entra device id"), pc.aadDeviceId},
        {tr("OS version"), EnumWords::text(EnumWords::Kind::OsVersion, pc.osVersion)},
        {tr("Account type"), EnumWords::text(EnumWords::Kind::UserAccountType, pc.userAccountType)},
        {tr("Power state"), EnumWords::text(EnumWords::Kind::PowerState, pc.powerState)},
        {tr("Product type"), EnumWords::text(EnumWords::Kind::ProductType, pc.productType)},
        {tr("Partner agents"), partnerAgentsText(pc)},
        {tr("Last modified"), timeText(pc.lastModifiedDateTime)},
        {tr("Grace period ends"), timeText(pc.gracePeriodEndDateTime)},
        {tr("Id"), pc.id},
    };
    detailView()->setHtml(detailHtml(CloudPcModel::displayNameOf(pc), fields));
}

void CloudPcPage::setExactStatusFilter(CloudPcStatus status, const QString &label)
{
    setStatusFilter(CloudPcFilterModel::StatusFilter::All);
    m_filterModel->setExactStatus(int(status));
    m_exactStatusButton->setText(tr("Status: %1").arg(label));
    m_exactStatusButton->show();
    updateState();
}

void CloudPcPage::clearExactStatusFilter()
{
    m_filterModel->setExactStatus(-1);
    m_exactStatusButton->hide();
    updateState();
}

void CloudPcPage::clearFilters()
{
    filterEdit()->clear();
    clearExactStatusFilter();
    setStatusFilter(CloudPcFilterModel::StatusFilter::All);
    setPolicyFilter({}, {});
}

int CloudPcPage::sourceRowOfId(const QString &id) const
{
    return m_model->rowOfId(id);
}
