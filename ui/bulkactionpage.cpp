#include "bulkactionpage.h"

#include "enumwords.h"

#include "bulkactiondevicesmodel.h"
#include "bulkactionloader.h"
#include "bulkactionmodel.h"
#include "bulkactionsummarydelegate.h"
#include "cloudpcstatus.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

BulkActionPage::BulkActionPage(BulkActionModel *model, BulkActionLoader *loader, CloudPcModel *cloudPcs,
                               QWidget *parent)
    : ListPage(loader, model, new QSortFilterProxyModel, QStringLiteral("bulkactions"), parent)
    , m_model(model)
    , m_devices(new BulkActionDevicesModel(cloudPcs, this))
    , m_devicesView(new QTableView(this))
{
    tableView()->setItemDelegateForColumn(BulkActionModel::Summary, new BulkActionSummaryDelegate(this));
    tableView()->sortByColumn(BulkActionModel::Created, Qt::DescendingOrder);

    auto *devicesProxy = new QSortFilterProxyModel(this);
    devicesProxy->setSourceModel(m_devices);
    devicesProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_devicesView->setModel(devicesProxy);
    m_devicesView->setSortingEnabled(true);
    m_devicesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_devicesView->setAlternatingRowColors(true);
    m_devicesView->setWordWrap(false);
    m_devicesView->verticalHeader()->hide();
    m_devicesView->verticalHeader()->setDefaultSectionSize(m_devicesView->fontMetrics().height() + 8);
    m_devicesView->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_devicesView->horizontalHeader()->resizeSection(BulkActionDevicesModel::Name, 9 * em);

    m_devicesLabel = new QLabel(this);
    m_devicesLabel->setBuddy(m_devicesView);
    m_pane = new QSplitter(Qt::Vertical, this);
    QSplitter *pane = m_pane;
    auto *devicesBox = new QWidget(pane);
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    devicesLayout->setContentsMargins(4, 4, 0, 0);
    devicesLayout->addWidget(m_devicesLabel);
    devicesLayout->addWidget(m_devicesView, 1);
    pane->addWidget(detailView());
    pane->addWidget(devicesBox);
    pane->setStretchFactor(0, 1);
    pane->setStretchFactor(1, 2);
    setDetailWidget(pane);
    retranslateUi();
}

void BulkActionPage::retranslateUi()
{
    filterEdit()->setPlaceholderText(tr("Filter bulk actions (Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter bulk actions"));
    tableView()->setAccessibleName(tr("Bulk actions"));
    detailView()->setAccessibleName(tr("Bulk action details"));
    m_devicesView->setAccessibleName(tr("Cloud PCs of the bulk action"));
    m_devicesLabel->setText(tr("Cloud PCs and their current status"));
    m_pane->setAccessibleName(tr("Bulk action detail pane"));
    m_devices->retranslate();
    // The status column fits the common statuses in this language with their icon ("Bereitgestellt"); a
    // rarer, longer one elides.
    int statusWidth = m_devicesView->horizontalHeader()->sectionSizeHint(BulkActionDevicesModel::Status);
    const int air = m_devicesView->fontMetrics().horizontalAdvance(QLatin1Char('M')) / 2;
    for (CloudPcStatus status : {CloudPcStatus::Provisioned, CloudPcStatus::Failed,
                                 CloudPcStatus::Provisioning, CloudPcStatus::InGracePeriod})
        statusWidth =
            qMax(statusWidth,
                 cellWidth(m_devicesView, CloudPcStatuses::displayText(status, QString()), true) + air);
    m_devicesView->horizontalHeader()->resizeSection(BulkActionDevicesModel::Status, statusWidth);
    ListPage::retranslateUi();
}

QList<int> BulkActionPage::defaultColumnWidths() const
{
    return {20, 10, 12, 20, 9, 26};
}

QStringList BulkActionPage::typicalTexts(int column) const
{
    if (column == BulkActionModel::Created)
        return {typicalDateTime()};
    if (column == BulkActionModel::Status) {
        // Every status word, so that none is cut in any language.
        QStringList words;
        for (const char *status : {"pending", "inProgress", "succeeded", "failed"})
            words << EnumWords::text(EnumWords::Kind::BulkActionStatus, QLatin1String(status));
        return words;
    }
    return {};
}

QString BulkActionPage::countText(int count) const
{
    return tr("%Ln bulk action(s)", nullptr, count);
}

QString BulkActionPage::listName() const
{
    return tr("bulk actions");
}

void BulkActionPage::showDetail(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        detailView()->clear();
        m_devices->setCloudPcIds({});
        return;
    }
    const BulkAction &action = m_model->at(sourceRow);
    const QList<QPair<QString, QString>> fields = {
        {tr("Type"), action.typeDisplayName()},
        {tr("Status"), EnumWords::text(EnumWords::Kind::BulkActionStatus, action.status)},
        {tr("Summary"), BulkActionModel::summaryText(action.actionSummary)},
        {tr("Created"), action.createdDateTime.isValid()
                            ? QLocale().toString(action.createdDateTime.toLocalTime(), QLocale::LongFormat)
                            : QString()},
        {tr("Initiated by"), action.initiatedByUserPrincipalName},
        {tr("In maintenance window"), action.scheduledDuringMaintenanceWindow ? tr("Yes") : tr("No")},
        {tr("Cloud PCs"), QLocale().toString(action.cloudPcIds.size())},
        {tr("Id"), action.id},
    };
    showDetailFields(action.displayName, fields);
    m_devices->setCloudPcIds(action.cloudPcIds);
}
