#include "overviewpage.h"

#include "actioncontroller.h"
#include "barchart.h"
#include "bulkactionmodel.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "consoleshell.h"
#include "listloader.h"
#include "onpremisesconnectionloader.h"
#include "onpremisesconnectionmodel.h"
#include "operation.h"
#include "provisioningerrorusermodel.h"
#include "statusstyle.h"
#include "tenantlists.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// While pages arrive the numbers are read again at most this often (ms).
constexpr int kUpdateInterval = 300;

QString number(qint64 count)
{
    return QLocale().toString(count);
}

QString percent(double share)
{
    return OverviewPage::tr("%1%", "a share, e.g. 10.4%").arg(QLocale().toString(share, 'f', 1));
}

// A colour for what has no status colour (not provisioned, other): the text colour halfway to the base, which
// still stands out from the base as a shape.
QColor neutralColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
                  (text.blue() * 3 + base.blue() * 2) / 5);
}

QColor statusColor(CloudPcStatus status, const QPalette &palette)
{
    const QColor color = StatusStyle::color(StatusStyle::kind(status));
    return color.isValid() ? color : neutralColor(palette);
}

QStandardItem *item(const QString &text, const QVariant &sortValue = QVariant())
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setToolTip(text);
    if (sortValue.isValid()) {
        cell->setData(sortValue, Qt::UserRole);
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return cell;
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setAlternatingRowColors(true);
    return table;
}

// A table as tall as its rows (at least one, at most `rows` before it scrolls), so no empty area is left
// under a short list.
void fitRows(QTableView *table, int rows)
{
    const int header = table->horizontalHeader()->sizeHint().height();
    const int row = table->verticalHeader()->defaultSectionSize();
    const int shown = qBound(1, table->model()->rowCount(), rows);
    const int scrollBar = table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(header + row * shown + 2 * table->frameWidth() + scrollBar);
}
} // namespace

OverviewPage::OverviewPage(TenantLists *lists, QWidget *parent)
    : QWidget(parent)
    , m_lists(lists)
    , m_fleet(new FleetOverview(this))
    , m_title(new QLabel(this))
    , m_tableToggle(new QToolButton(this))
    , m_statusStack(new QStackedWidget(this))
    , m_policyStack(new QStackedWidget(this))
    , m_statusChart(new BarChart(this))
    , m_policyChart(new BarChart(this))
    , m_statusModel(new QStandardItemModel(this))
    , m_policyModel(new QStandardItemModel(this))
    , m_groupModel(new QStandardItemModel(this))
    , m_selectGroup(new QPushButton(this))
    , m_retryPolicy(new QPushButton(this))
    , m_reprovisionGroup(new QPushButton(this))
    , m_runChecksGroup(new QPushButton(this))
    , m_showChecksGroup(new QPushButton(this))
    , m_connectionModel(new QStandardItemModel(this))
    , m_checksTitle(new QLabel(this))
    , m_checkModel(new QStandardItemModel(this))
    , m_runChecks(new QPushButton(this))
    , m_runChecksState(new QLabel(this))
    , m_errorUsersLabel(new QLabel(this))
    , m_failedBulkLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_statusChart->setObjectName(QStringLiteral("statusChart"));
    m_policyChart->setObjectName(QStringLiteral("policyChart"));
    m_statusTable = makeTable(m_statusModel, this);
    m_policyTable = makeTable(m_policyModel, this);
    for (QTableView *table : {m_statusTable, m_policyTable})
        table->setSizePolicy(QSizePolicy::Expanding,
                             QSizePolicy::Ignored); // as tall as the charts they replace
    m_groupTable = makeTable(m_groupModel, this);
    m_connectionTable = makeTable(m_connectionModel, this);
    m_checkTable = makeTable(m_checkModel, this);
    m_groupTable->setObjectName(QStringLiteral("failureGroupTable"));
    m_connectionTable->setObjectName(QStringLiteral("connectionTable"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    // Title and the chart/table toggle.
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tableToggle->setCheckable(true);
    m_tableToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tableToggle->setFocusPolicy(Qt::StrongFocus);
    connect(m_tableToggle, &QToolButton::toggled, this, &OverviewPage::setShowTables);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_tableToggle);
    layout->addLayout(head);

    // Users and bulk actions that failed: two counts with a link to their tab, at the top with the title,
    // where they are seen without scrolling.
    auto *counts = new QHBoxLayout;
    for (QLabel *label : {m_errorUsersLabel, m_failedBulkLabel}) {
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setWordWrap(true);
        counts->addWidget(label, 1);
    }
    connect(m_errorUsersLabel, &QLabel::linkActivated, this,
            [this] { Q_EMIT openTabRequested(ConsoleShell::ErrorUsersTab); });
    connect(m_failedBulkLabel, &QLabel::linkActivated, this,
            [this] { Q_EMIT openTabRequested(ConsoleShell::BulkActionsTab); });
    layout->addLayout(counts);

    // Charts, side by side; each in a stack with its table.
    m_statusStack->addWidget(m_statusChart);
    m_statusStack->addWidget(m_statusTable);
    m_policyStack->addWidget(m_policyChart);
    m_policyStack->addWidget(m_policyTable);
    auto *charts = new QHBoxLayout;
    charts->addWidget(section(m_statusStack, &m_statusBox), 2);
    charts->addWidget(section(m_policyStack, &m_policyBox), 3);
    layout->addLayout(charts);

    connect(m_statusChart, &BarChart::activated, this, [this](int index, int) {
        if (index >= 0 && index < m_statuses.size())
            Q_EMIT showCloudPcsWithStatusRequested(m_statuses.at(index).status);
    });
    connect(m_statusTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() < m_statuses.size())
            Q_EMIT showCloudPcsWithStatusRequested(m_statuses.at(index.row()).status);
    });
    connect(m_policyChart, &BarChart::activated, this, [this](int index, int segment) {
        if (index >= 0 && index < m_policies.size()) {
            const FleetOverview::PolicyRow &policy = m_policies.at(index);
            Q_EMIT showCloudPcsOfPolicyRequested(policy.policyId, policy.displayName, segment == 1);
        }
    });
    connect(m_policyTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() < m_policies.size()) {
            const FleetOverview::PolicyRow &policy = m_policies.at(index.row());
            Q_EMIT showCloudPcsOfPolicyRequested(policy.policyId, policy.displayName, index.column() == 2);
        }
    });

    // Failures grouped by cause, with the acts that fix them.
    auto *groups = new QWidget;
    auto *groupLayout = new QVBoxLayout(groups);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(m_groupTable);
    auto *groupButtons = new QHBoxLayout;
    for (QPushButton *button :
         {m_selectGroup, m_reprovisionGroup, m_retryPolicy, m_runChecksGroup, m_showChecksGroup})
        groupButtons->addWidget(button);
    groupButtons->addStretch(1);
    groupLayout->addLayout(groupButtons);
    layout->addWidget(section(groups, &m_groupBox));
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewPage::updateGroupButtons);
    connect(m_groupTable, &QTableView::activated, this, [this] { m_selectGroup->click(); });
    connect(m_selectGroup, &QPushButton::clicked, this, [this] {
        const int group = currentGroup();
        if (group >= 0)
            Q_EMIT selectCloudPcsRequested(m_fleet->cloudPcIdsOf(m_groups.at(group).code));
    });
    connect(m_reprovisionGroup, &QPushButton::clicked, this, [this] {
        const int group = currentGroup();
        if (group < 0 || !m_actions)
            return;
        // Only the failed ones: one provisioned with warnings works, and reprovisioning would wipe it.
        const QStringList failed = m_fleet->failedCloudPcIdsOf(m_groups.at(group).code);
        if (failed.isEmpty())
            return;
        Q_EMIT selectCloudPcsRequested(failed);
        m_actions->reprovisionSelected();
    });
    connect(m_retryPolicy, &QPushButton::clicked, this, [this] {
        const int group = currentGroup();
        if (group < 0 || !m_actions || m_groups.at(group).policyIds.size() != 1)
            return;
        Q_EMIT selectPolicyRequested(m_groups.at(group).policyIds.constFirst());
        m_actions->retrySelectedPolicies();
    });
    connect(m_showChecksGroup, &QPushButton::clicked, this, [this] {
        const int group = currentGroup();
        if (group < 0 || m_groups.at(group).connectionNames.isEmpty())
            return;
        const QString name = m_groups.at(group).connectionNames.constFirst();
        for (int row = 0; row < m_connectionModel->rowCount(); ++row) {
            if (m_connectionModel->item(row, 0)->text() == name) {
                m_connectionTable->selectRow(row);
                m_connectionTable->setFocus();
            }
        }
    });

    // Azure network connections and the selected one's failed checks.
    auto *connections = new QWidget;
    auto *connectionLayout = new QVBoxLayout(connections);
    connectionLayout->setContentsMargins(0, 0, 0, 0);
    connectionLayout->addWidget(m_connectionTable);
    connectionLayout->addWidget(m_checksTitle);
    connectionLayout->addWidget(m_checkTable);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addWidget(m_runChecks);
    checkButtons->addWidget(m_runChecksState, 1);
    connectionLayout->addLayout(checkButtons);
    layout->addWidget(section(connections, &m_connectionBox));

    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Numbers follow the lists through FleetOverview: pages as they arrive, rows an act changed, a reload
    // (its changed() comes once per event-loop turn; the page shows them at most every few hundred ms).
    m_fleet->setLists(lists);
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(kUpdateInterval);
    connect(&m_updateTimer, &QTimer::timeout, this, &OverviewPage::updateNumbers);
    connect(m_fleet, &FleetOverview::changed, this, &OverviewPage::scheduleUpdate);
    connect(lists->cloudPcLoader(), &ListLoader::finished, this, &OverviewPage::updateNumbers);

    connect(m_connectionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewPage::fillChecks);
    connect(m_runChecks, &QPushButton::clicked, this, [this] { runHealthChecks(currentConnectionId()); });
    connect(m_runChecksGroup, &QPushButton::clicked, this, [this] {
        const int group = currentGroup();
        if (group >= 0 && !m_groups.at(group).connectionIds.isEmpty())
            runHealthChecks(m_groups.at(group).connectionIds.constFirst());
    });
    m_pollTimer.setInterval(3000);
    connect(&m_pollTimer, &QTimer::timeout, this, &OverviewPage::pollConnections);

    retranslateUi();
    updateNumbers();
}

QGroupBox *OverviewPage::section(QWidget *content, QGroupBox **box)
{
    *box = new QGroupBox(this);
    auto *layout = new QVBoxLayout(*box);
    layout->addWidget(content);
    return *box;
}

void OverviewPage::setActionController(ActionController *actions)
{
    m_actions = actions;
    connect(actions, &ActionController::operationSubmitted, this, &OverviewPage::onOperationSubmitted);
    updateGroupButtons();
}

CloudPcStatus OverviewPage::statusOfBar(int index) const
{
    return index >= 0 && index < m_statuses.size() ? m_statuses.at(index).status : CloudPcStatus::Unknown;
}

void OverviewPage::setShowTables(bool tables)
{
    if (m_tableToggle->isChecked() != tables)
        m_tableToggle->setChecked(tables);
    m_statusStack->setCurrentIndex(tables ? 1 : 0);
    m_policyStack->setCurrentIndex(tables ? 1 : 0);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange) {
        fillCharts(); // the bars' and the health's colours follow the theme
        fillGroups();
    }
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    m_title->setText(tr("Fleet at a glance"));
    m_tableToggle->setText(tr("Show as table"));
    m_tableToggle->setToolTip(tr("Show the numbers of the charts as tables"));
    m_statusBox->setTitle(tr("Cloud PCs by status"));
    m_policyBox->setTitle(tr("Provisioning policies: provisioned, failed, other"));
    m_statusChart->setTitle(tr("Cloud PCs by status"));
    m_policyChart->setTitle(tr("Provisioning policies"));
    m_statusChart->setEmptyText(tr("No Cloud PCs yet"));
    m_policyChart->setEmptyText(tr("No Cloud PCs of a provisioning policy yet"));
    m_statusChart->setToolTip(QString());
    m_statusTable->setAccessibleName(tr("Cloud PCs by status"));
    m_policyTable->setAccessibleName(tr("Provisioning policies"));
    m_groupBox->setTitle(tr("Failures grouped by cause"));
    m_groupTable->setAccessibleName(tr("Failures grouped by cause"));
    m_selectGroup->setText(tr("Select these Cloud PCs"));
    m_selectGroup->setToolTip(
        tr("Open the Cloud PCs tab with this cause's Cloud PCs selected, for any act of the Actions menu"));
    m_reprovisionGroup->setText(tr("Reprovision the failed ones…"));
    m_retryPolicy->setText(tr("Retry the policy…"));
    m_runChecksGroup->setText(tr("Run health checks"));
    m_showChecksGroup->setText(tr("Show failed checks"));
    m_showChecksGroup->setToolTip(tr("Show the network connection's failed checks below"));
    m_connectionBox->setTitle(tr("Azure network connections"));
    m_connectionTable->setAccessibleName(tr("Azure network connections"));
    m_checkTable->setAccessibleName(tr("Failed checks"));
    m_checksTitle->setText(tr("Failed checks of the selected connection"));
    m_runChecks->setText(tr("Run health checks"));
    m_runChecks->setToolTip(tr("Check the selected network connection again"));
    m_checkModel->setHorizontalHeaderLabels(
        {tr("Check"), tr("Error type"), tr("Recommended action"), tr("Details")});
    fillCharts();
    fillGroups();
    fillCounts();
}

void OverviewPage::scheduleUpdate()
{
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void OverviewPage::updateNumbers()
{
    m_updateTimer.stop();
    m_statuses = m_fleet->statusCounts();
    m_policies = m_fleet->policyRows();
    m_groups = m_fleet->failureGroups();
    m_connections = m_fleet->connectionRows();
    fillCharts();
    fillGroups();
    fillCounts();
}

void OverviewPage::fillCharts()
{
    const QPalette pal = palette();
    QList<BarChart::Bar> bars;
    m_statusModel->clear();
    m_statusModel->setHorizontalHeaderLabels({tr("Status"), tr("Cloud PCs"), tr("Share")});
    for (const FleetOverview::StatusCount &status : qAsConst(m_statuses)) {
        const double share = 100.0 * status.share;
        BarChart::Bar bar;
        bar.key = status.statusText;
        bar.label = status.displayText;
        bar.valueText = tr("%1 (%2)", "count (share)").arg(number(status.count), percent(share));
        bar.toolTip = tr("%1: %Ln Cloud PC(s), %2 of all", nullptr, status.count)
                          .arg(status.displayText, percent(share));
        bar.segments = {{status.count, statusColor(status.status, pal), status.displayText}};
        bars.append(bar);
        m_statusModel->appendRow({item(status.displayText), item(number(status.count), status.count),
                                  item(percent(share), share)});
    }
    m_statusChart->setBars(bars);

    bars.clear();
    m_policyModel->clear();
    m_policyModel->setHorizontalHeaderLabels(
        {tr("Provisioning policy"), tr("Provisioned"), tr("Failed"), tr("Other"), tr("Total")});
    const QColor ok = statusColor(CloudPcStatus::Provisioned, pal);
    const QColor failed = statusColor(CloudPcStatus::Failed, pal);
    const QColor other = neutralColor(pal);
    for (const FleetOverview::PolicyRow &policy : qAsConst(m_policies)) {
        const int total = policy.total();
        BarChart::Bar bar;
        bar.key = policy.policyId;
        bar.label = policy.displayName.isEmpty() ? policy.policyId : policy.displayName;
        bar.valueText = tr("%1 failed of %2").arg(number(policy.failed), number(total));
        bar.toolTip =
            tr("%1: %2 provisioned, %3 failed, %4 other")
                .arg(bar.label, number(policy.provisioned), number(policy.failed), number(policy.other));
        bar.segments = {{policy.provisioned, ok, tr("provisioned")},
                        {policy.failed, failed, tr("failed")},
                        {policy.other, other, tr("other")}};
        bars.append(bar);
        m_policyModel->appendRow({item(bar.label), item(number(policy.provisioned), policy.provisioned),
                                  item(number(policy.failed), policy.failed),
                                  item(number(policy.other), policy.other), item(number(total), total)});
    }
    m_policyChart->setLegend({{ok, tr("Provisioned")}, {failed, tr("Failed")}, {other, tr("Other")}});
    m_policyChart->setBars(bars);
    // The tables take the charts' place (the stack's height is the charts').
    for (QTableView *table : {m_statusTable, m_policyTable}) {
        table->resizeColumnsToContents();
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() * 4);
    }
}

void OverviewPage::fillGroups()
{
    const int selectedGroup = currentGroup();
    const QString selectedCode = selectedGroup >= 0 ? m_groups.value(selectedGroup).code : QString();
    m_groupModel->clear();
    m_groupModel->setHorizontalHeaderLabels({tr("Cause"), tr("Cloud PCs"), tr("Message"),
                                             tr("Provisioning policies"), tr("Network connections")});
    int reselect = m_groups.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_groups.size(); ++i) {
        const FailureGroup &group = m_groups.at(i);
        if (group.code == selectedCode)
            reselect = i;
        QStandardItem *cause = item(FleetOverview::codeText(group.code));
        cause->setToolTip(group.code.isEmpty() ? FleetOverview::codeText(group.code)
                                               : QStringLiteral("%1 (%2)").arg(
                                                     FleetOverview::codeText(group.code), group.code));
        m_groupModel->appendRow({cause, item(number(group.count), group.count), item(group.message),
                                 item(group.policyNames.join(QStringLiteral(", "))),
                                 item(group.connectionNames.join(QStringLiteral(", ")))});
    }
    m_groupTable->resizeColumnsToContents();
    // Long messages and lists of names are elided (the whole text in the tooltip), so every column shows.
    for (int column : {2, 3})
        m_groupTable->setColumnWidth(
            column, qMin(m_groupTable->columnWidth(column), fontMetrics().averageCharWidth() * 45));
    fitRows(m_groupTable, 8);
    if (reselect >= 0)
        m_groupTable->selectRow(reselect);

    const QString selectedConnection = currentConnectionId();
    m_connectionModel->clear();
    m_connectionModel->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Health"), tr("Last checked"),
                                                  tr("Failed checks"), tr("Provisioning policies"),
                                                  tr("Failed Cloud PCs")});
    const OnPremisesConnectionModel *connections = m_lists->connectionModel();
    int reselectConnection = -1;
    for (int i = 0; i < m_connections.size(); ++i) {
        const FleetOverview::ConnectionRow &row = m_connections.at(i);
        const int sourceRow = connections->rowOfId(row.id);
        const OnPremisesConnection *connection = sourceRow >= 0 ? &connections->at(sourceRow) : nullptr;
        const QDateTime checked = connection ? connection->checksEndDateTime : QDateTime();
        QStandardItem *name = item(row.displayName);
        name->setData(row.id, Qt::UserRole + 1);
        QStandardItem *health = item(row.healthText);
        const StatusStyle::Kind kind =
            row.health == OnPremisesConnection::HealthStatus::Failed    ? StatusStyle::Kind::Failed
            : row.health == OnPremisesConnection::HealthStatus::Warning ? StatusStyle::Kind::Warning
            : row.health == OnPremisesConnection::HealthStatus::Passed  ? StatusStyle::Kind::Ok
            : connection && connection->isChecking()                    ? StatusStyle::Kind::Busy
                                                                        : StatusStyle::Kind::Unknown;
        if (StatusStyle::color(kind).isValid())
            health->setForeground(StatusStyle::color(kind));
        m_connectionModel->appendRow(
            {name, item(connection ? connection->typeDisplayText() : QString()), health,
             item(checked.isValid() ? QLocale().toString(checked.toLocalTime(), QLocale::ShortFormat)
                                    : QString()),
             item(number(row.failedChecks), row.failedChecks),
             item(row.policyNames.join(QStringLiteral(", "))),
             item(number(row.failedCloudPcs), row.failedCloudPcs)});
        if (row.id == selectedConnection)
            reselectConnection = i;
    }
    m_connectionTable->resizeColumnsToContents();
    fitRows(m_connectionTable, 6);
    if (reselectConnection < 0 && !m_connections.isEmpty())
        reselectConnection = 0;
    if (reselectConnection >= 0)
        m_connectionTable->selectRow(reselectConnection);
    fillChecks();
    updateGroupButtons();
}

QString OverviewPage::currentConnectionId() const
{
    const QModelIndexList rows = m_connectionTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole + 1).toString();
}

void OverviewPage::fillChecks()
{
    m_checkModel->removeRows(0, m_checkModel->rowCount());
    m_checkModel->setRowCount(0);
    const QString id = currentConnectionId();
    const OnPremisesConnectionModel *connections = m_lists->connectionModel();
    const int row = id.isEmpty() ? -1 : connections->rowOfId(id);
    const OnPremisesConnection *connection = row >= 0 ? &connections->at(row) : nullptr;
    if (connection) {
        for (const OnPremisesConnectionHealthCheck &check : connection->failedChecks())
            m_checkModel->appendRow({item(check.displayName), item(check.errorType),
                                     item(check.recommendedAction), item(check.additionalDetail)});
    }
    m_checkTable->resizeColumnsToContents();
    for (int column = 0; column < m_checkModel->columnCount(); ++column)
        m_checkTable->setColumnWidth(
            column, qMin(m_checkTable->columnWidth(column), fontMetrics().averageCharWidth() * 50));
    m_checksTitle->setText(
        connection
            ? tr("Failed checks of %1: %2").arg(connection->displayName, number(m_checkModel->rowCount()))
            : tr("Failed checks of the selected connection"));
    m_runChecks->setEnabled(connection && m_actions && !connection->isChecking());
    if (connection && (connection->isChecking() || m_checking.contains(id)))
        m_runChecksState->setText(tr("Health checks: %1").arg(connection->healthDisplayText()));
    else if (connection)
        m_runChecksState->setText(tr("Last result: %1").arg(connection->healthDisplayText()));
    else
        m_runChecksState->clear();
}

void OverviewPage::runHealthChecks(const QString &connectionId)
{
    if (!m_actions || connectionId.isEmpty())
        return;
    const int row = m_lists->connectionModel()->rowOfId(connectionId);
    const QString name = row >= 0 ? m_lists->connectionModel()->at(row).displayName : connectionId;
    m_pendingChecks = connectionId;
    m_actions->runHealthChecks({{connectionId, name}});
}

void OverviewPage::onOperationSubmitted(Operation *operation)
{
    if (operation->kind() != QLatin1String("runHealthChecks") || m_pendingChecks.isEmpty())
        return;
    if (!m_checking.contains(m_pendingChecks))
        m_checking.append(m_pendingChecks);
    m_pendingChecks.clear();
    m_runChecksState->setText(tr("Health checks: asked to run"));
    // The connections are read again until the checks leave running (the request itself ends at once).
    connect(operation, &Operation::finished, this, [this] { pollConnections(); });
    m_pollTimer.start();
}

void OverviewPage::pollConnections()
{
    const OnPremisesConnectionModel *connections = m_lists->connectionModel();
    QStringList still;
    for (const QString &id : qAsConst(m_checking)) {
        const int row = connections->rowOfId(id);
        if (row >= 0 && connections->at(row).isChecking())
            still << id;
    }
    // Until the first read after the request shows them running, they count as running.
    if (m_lists->connectionLoader()->hasLoaded() && still.isEmpty() &&
        m_pollTimer.property("seen").toBool()) {
        m_checking.clear();
        m_pollTimer.stop();
        m_pollTimer.setProperty("seen", false);
        fillChecks();
        return;
    }
    if (!still.isEmpty())
        m_pollTimer.setProperty("seen", true);
    if (!m_lists->connectionLoader()->isLoading())
        m_lists->connectionLoader()->reload();
}

void OverviewPage::fillCounts()
{
    const int users = m_fleet->errorUserCount();
    const int failedBulk = m_fleet->failedBulkActionCount();
    const QString link = QStringLiteral("<a href=\"open\">%1</a>");
    m_errorUsersLabel->setText(tr("Users with service provisioning errors: <b>%1</b> · %2")
                                   .arg(number(users), link.arg(tr("Open the users tab"))));
    m_failedBulkLabel->setText(tr("Bulk actions that failed: <b>%1</b> · %2")
                                   .arg(number(failedBulk), link.arg(tr("Open the bulk actions tab"))));
    m_errorUsersLabel->setAccessibleName(tr("%Ln user(s) with service provisioning errors", nullptr, users));
    m_failedBulkLabel->setAccessibleName(tr("%Ln bulk action(s) failed", nullptr, failedBulk));
}

int OverviewPage::currentGroup() const
{
    const QModelIndexList rows = m_groupTable->selectionModel()->selectedRows();
    return rows.isEmpty() || rows.first().row() >= m_groups.size() ? -1 : rows.first().row();
}

void OverviewPage::updateGroupButtons()
{
    const int group = currentGroup();
    const FailureGroup none;
    const FailureGroup &g = group >= 0 ? m_groups.at(group) : none;
    const bool any = group >= 0;
    m_selectGroup->setEnabled(any);
    // The acts FleetOverview suggests for the cause, and only those.
    m_reprovisionGroup->setEnabled(any && m_actions &&
                                   g.acts.contains(FleetOverview::SuggestedAct::Reprovision));
    m_retryPolicy->setEnabled(any && m_actions && g.acts.contains(FleetOverview::SuggestedAct::RetryPolicy) &&
                              g.policyIds.size() == 1);
    m_runChecksGroup->setEnabled(any && m_actions &&
                                 g.acts.contains(FleetOverview::SuggestedAct::RunHealthChecks) &&
                                 !g.connectionIds.isEmpty());
    m_showChecksGroup->setEnabled(any && g.acts.contains(FleetOverview::SuggestedAct::OpenFailedChecks) &&
                                  !g.connectionNames.isEmpty());
    m_retryPolicy->setToolTip(g.policyIds.size() == 1
                                  ? tr("Retry provisioning of %1").arg(g.policyNames.constFirst())
                                  : tr("Offered when the failures share one provisioning policy"));
    m_reprovisionGroup->setToolTip(
        !any ? QString()
        : g.failed > 0
            ? tr("Reprovision the %Ln failed Cloud PC(s) of this cause", nullptr, g.failed)
            : tr("Offered for failed Cloud PCs only: these are provisioned with warnings and work"));
    m_runChecksGroup->setToolTip(g.connectionNames.isEmpty()
                                     ? tr("Offered when the failures come from an Azure network connection")
                                     : tr("Run the health checks of %1").arg(g.connectionNames.constFirst()));
}
