#include "cloudpcpage.h"

#include "cloudpchistorysection.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "cloudpcremoteactionresult.h"
#include "enumwords.h"
#include "graphrequests.h"
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
#include <QVBoxLayout>
#include <algorithm>

namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

// A time as the lists show it ("28/12/2026, 23:58").
QString shortTimeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// "code: message", or whichever of them was sent.
QString reasonText(const CloudPcStatusDetail &detail)
{
    QStringList parts;
    if (!detail.code.isEmpty())
        parts << detail.code;
    if (!detail.message.isEmpty())
        parts << detail.message;
    return parts.join(QStringLiteral(": "));
}

// "Citrix: Install failed — the message; HP Anyware: Installed" (statuses as words).
QString partnerAgentsText(const CloudPc &pc)
{
    QStringList parts;
    for (const CloudPcPartnerAgentInstallResult &result : pc.partnerAgentInstallResults) {
        QString part = QStringLiteral("%1: %2").arg(
            result.partnerDisplayName(),
            EnumWords::text(EnumWords::Kind::PartnerAgentStatus, result.installStatus));
        if (!result.errorMessage.isEmpty())
            part += QStringLiteral(" — ") + result.errorMessage;
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

CloudPcPage::CloudPcPage(CloudPcModel *model, CloudPcLoader *loader, QWidget *parent, GraphClient *client)
    : ListPage(loader, model, new CloudPcFilterModel(model), QStringLiteral("cloudpcs"), parent)
    , m_model(model)
    , m_filterModel(static_cast<CloudPcFilterModel *>(proxyModel()))
    , m_statusGroup(new QButtonGroup(this))
    , m_policyButton(new QToolButton(this))
{
    m_statusGroup->setExclusive(true);
    const CloudPcFilterModel::StatusFilter filters[] = {
        CloudPcFilterModel::StatusFilter::All, CloudPcFilterModel::StatusFilter::Failed,
        CloudPcFilterModel::StatusFilter::Provisioning, CloudPcFilterModel::StatusFilter::InGracePeriod};
    for (const CloudPcFilterModel::StatusFilter filter : filters) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setChecked(filter == CloudPcFilterModel::StatusFilter::All);
        m_statusGroup->addButton(button, int(filter));
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
    m_policyButton->hide();
    connect(m_policyButton, &QToolButton::clicked, this, [this] { setPolicyFilter({}, {}); });
    toolRow()->addWidget(m_policyButton);

    m_exactStatusButton = new QToolButton(this);
    m_exactStatusButton->setObjectName(QStringLiteral("exactStatusButton"));
    m_exactStatusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exactStatusButton->setIcon(Icons::named(QStringLiteral("clear")));
    m_exactStatusButton->hide();
    connect(m_exactStatusButton, &QToolButton::clicked, this, &CloudPcPage::clearExactStatusFilter);
    toolRow()->addWidget(m_exactStatusButton);

    m_filterModel->setSortingDeferred(loader->isLoading());
    connect(m_filterModel, &QAbstractItemModel::dataChanged, this, [this] { refreshDetail(); });
    if (client)
        setUpSections(client);
    retranslateUi();
}

void CloudPcPage::retranslateUi()
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
    int number = 0;
    for (const Quick &q : quick) {
        QAbstractButton *button = m_statusGroup->button(int(q.filter));
        button->setText(q.text);
        // Alt+1 to Alt+4, in the order they are shown (setText has set the text's mnemonic, none, instead).
        button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + number++)));
        button->setToolTip(
            QStringLiteral("%1 (%2)").arg(q.tip, button->shortcut().toString(QKeySequence::NativeText)));
        button->setAccessibleName(tr("Status filter: %1").arg(q.text));
    }
    m_policyButton->setToolTip(tr("Show the Cloud PCs of every policy again"));
    m_policyButton->setAccessibleName(tr("Clear the policy filter"));
    m_policyButton->setText(tr("Policy: %1").arg(m_policyName));
    m_exactStatusButton->setToolTip(tr("Show the Cloud PCs of every status again"));
    m_exactStatusButton->setAccessibleName(tr("Clear the status filter"));
    ListPage::retranslateUi();
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
    m_policyName = policyName;
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
    return {12, 17, 14, 20, 13, 17, 17, 6, 11, 11, 14};
}

QStringList CloudPcPage::typicalTexts(int column) const
{
    switch (column) {
    case CloudPcModel::Status: {
        // Every status word in the current language ("Richtlinienkonfiguration wird aktualisiert"): none is
        // cut (the console asks for the members behind the Prefer header too).
        QStringList words;
        for (CloudPcStatus status : CloudPcStatuses::all()) {
            if (status != CloudPcStatus::UnknownFutureValue && status != CloudPcStatus::Unknown)
                words << CloudPcStatuses::displayText(status, QString());
        }
        return words;
    }
    case CloudPcModel::Type:
        return {EnumWords::text(EnumWords::Kind::ProvisioningType, QStringLiteral("dedicated"))};
    case CloudPcModel::LastModified:
    case CloudPcModel::GracePeriodEnd:
        return {typicalDateTime()};
    case CloudPcModel::LastAction: {
        CloudPcRemoteActionResult running;
        running.actionState = CloudPcRemoteActionResult::State::Active;
        return {QStringLiteral("Reprovision: %1").arg(running.stateDisplayText())};
    }
    default:
        return {};
    }
}

bool CloudPcPage::columnHasIcon(int column) const
{
    return column == CloudPcModel::Status; // StatusStyle::icon
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
        if (m_sections) {
            m_sections->hide();
            m_connections->setCloudPcId({});
            m_remoteActions->setCloudPcId({});
        }
        return;
    }
    const CloudPc &pc = m_model->at(sourceRow);
    if (m_sections) {
        m_connections->setCloudPcId(pc.id);
        m_remoteActions->setCloudPcId(pc.id);
        m_sections->show();
    }
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
    showDetailFields(CloudPcModel::displayNameOf(pc), fields);
}

void CloudPcPage::setUpSections(GraphClient *client)
{
    CloudPcHistorySection::Spec connections;
    connections.texts = [] {
        return CloudPcHistorySection::Texts{tr("Connection history"),
                                            {tr("Time"), tr("Result"), tr("Event"), tr("Message")},
                                            tr("No connection events in the last days"),
                                            tr("The connection history could not be read: %1")};
    };
    connections.request = &GraphRequests::getCloudPcConnectivityHistory;
    connections.rows = [](const QJsonArray &items) {
        QList<CloudPcConnectivityEvent> events = CloudPcConnectivityEvent::fromJsonArray(items);
        std::stable_sort(events.begin(), events.end(),
                         [](const CloudPcConnectivityEvent &a, const CloudPcConnectivityEvent &b) {
                             return a.eventDateTime > b.eventDateTime;
                         });
        QList<CloudPcHistorySection::Row> rows;
        for (const CloudPcConnectivityEvent &event : std::as_const(events)) {
            CloudPcHistorySection::Row row;
            row.cells = {shortTimeText(event.eventDateTime), event.resultDisplayText(), event.eventName,
                         event.message};
            QStringList tip{timeText(event.eventDateTime),
                            QStringLiteral("%1: %2").arg(event.eventName, event.resultDisplayText())};
            if (!event.message.isEmpty())
                tip << event.message;
            if (!event.activityId.isEmpty())
                tip << tr("Activity id: %1").arg(event.activityId);
            row.toolTip = tip.join(QLatin1Char('\n'));
            row.failed = event.failed();
            rows << row;
        }
        return rows;
    };

    CloudPcHistorySection::Spec actions;
    actions.texts = [] {
        return CloudPcHistorySection::Texts{
            tr("Cloud PC actions"),
            {tr("Action"), tr("State"), tr("Started"), tr("Last updated"), tr("Reason")},
            tr("No remote actions were done to this Cloud PC"),
            tr("The Cloud PC's actions could not be read: %1")};
    };
    actions.request = &GraphRequests::retrieveCloudPcRemoteActionResults;
    actions.rows = [](const QJsonArray &items) {
        QList<CloudPcRemoteActionResult> results = CloudPcRemoteActionResult::fromJsonArray(items);
        std::stable_sort(results.begin(), results.end(),
                         [](const CloudPcRemoteActionResult &a, const CloudPcRemoteActionResult &b) {
                             return a.startDateTime > b.startDateTime;
                         });
        QList<CloudPcHistorySection::Row> rows;
        for (const CloudPcRemoteActionResult &result : std::as_const(results)) {
            CloudPcHistorySection::Row row;
            const QString reason = reasonText(result.statusDetail);
            row.cells = {result.actionName, result.stateDisplayText(), shortTimeText(result.startDateTime),
                         shortTimeText(result.lastUpdatedDateTime), reason};
            QStringList tip{QStringLiteral("%1: %2").arg(result.actionName, result.stateDisplayText()),
                            tr("Started: %1").arg(timeText(result.startDateTime)),
                            tr("Last updated: %1").arg(timeText(result.lastUpdatedDateTime))};
            if (!reason.isEmpty())
                tip << reason;
            row.toolTip = tip.join(QLatin1Char('\n'));
            row.failed = result.actionState == CloudPcRemoteActionResult::State::Failed;
            rows << row;
        }
        return rows;
    };

    m_connections = new CloudPcHistorySection(client, connections, this);
    m_connections->setObjectName(QStringLiteral("connectionHistory"));
    m_remoteActions = new CloudPcHistorySection(client, actions, this);
    m_remoteActions->setObjectName(QStringLiteral("remoteActionHistory"));

    // The pane: the fields, then the two sections; an open section takes its share of the height.
    auto *pane = new QWidget(this);
    pane->setAccessibleName(tr("Cloud PC detail pane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(detailView(), 2);
    m_sections = new QWidget(pane);
    auto *sectionsLayout = new QVBoxLayout(m_sections);
    sectionsLayout->setContentsMargins(4, 0, 0, 0);
    sectionsLayout->addWidget(m_connections);
    sectionsLayout->addWidget(m_remoteActions);
    layout->addWidget(m_sections);
    auto follow = [layout, sectionsLayout, this] {
        sectionsLayout->setStretchFactor(m_connections, m_connections->isOpen() ? 1 : 0);
        sectionsLayout->setStretchFactor(m_remoteActions, m_remoteActions->isOpen() ? 1 : 0);
        const bool open = m_connections->isOpen() || m_remoteActions->isOpen();
        layout->setStretchFactor(m_sections, open ? 3 : 0);
    };
    connect(m_connections, &CloudPcHistorySection::openChanged, this, follow);
    connect(m_remoteActions, &CloudPcHistorySection::openChanged, this, follow);
    m_sections->hide();
    setDetailWidget(pane);
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
