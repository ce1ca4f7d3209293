#include "bulkactionretrydialog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

BulkActionRetryDialog::BulkActionRetryDialog(const BulkAction &action, const QVector<CloudPc> &devices,
                                             QWidget *parent)
    : QDialog(parent)
    , m_allFailed(new QRadioButton(this))
    , m_selected(new QRadioButton(tr("Only the &Cloud PCs ticked below"), this))
    , m_devices(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Retry bulk action %1").arg(action.displayName));
    setMinimumSize(620, 420);
    QHash<QString, const CloudPc *> byId;
    for (const CloudPc &pc : devices)
        byId.insert(pc.id, &pc);

    m_devices->setHeaderLabels({tr("Cloud PC"), tr("User"), tr("Status")});
    m_devices->setRootIsDecorated(false);
    m_devices->setAccessibleName(tr("Cloud PCs of the bulk action"));
    int failed = 0;
    for (const QString &id : action.cloudPcIds) {
        auto *item = new QTreeWidgetItem(m_devices);
        item->setData(0, Qt::UserRole, id);
        const CloudPc *pc = byId.value(id);
        const bool isFailed = pc && pc->status == CloudPcStatus::Failed;
        failed += isFailed ? 1 : 0;
        item->setText(0, pc ? pc->displayName : id);
        item->setText(1, pc ? pc->userPrincipalName : QString());
        item->setText(2, pc ? pc->statusDisplayText() : tr("Not in the loaded list"));
        if (isFailed) {
            item->setCheckState(0, Qt::Checked);
        } else {
            // Only failed Cloud PCs can be retried: the others are shown, greyed, with their status.
            item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
            const QString why =
                tr("Only failed Cloud PCs can be retried; this one is %1.").arg(item->text(2));
            for (int column = 0; column < 3; ++column)
                item->setToolTip(column, why);
        }
    }
    m_devices->scrollToTop(); // the list opens at its first Cloud PC
    m_devices->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_allFailed->setText(tr("&All failed Cloud PCs of this action (%1 now)").arg(failed));
    m_allFailed->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
    m_retry->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allFailed, &QRadioButton::toggled, this, &BulkActionRetryDialog::updateState);
    connect(m_devices, &QTreeWidget::itemChanged, this, [this] {
        m_selected->setChecked(true);
        updateState();
    });

    auto *summary = new QLabel(tr("%1 · %Ln Cloud PC(s) · %2 succeeded, %3 failed, %4 in progress", nullptr,
                                  int(action.cloudPcIds.size()))
                                   .arg(action.typeDisplayName())
                                   .arg(action.actionSummary.successfulCount)
                                   .arg(action.actionSummary.failedCount)
                                   .arg(action.actionSummary.inProgressCount),
                               this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_allFailed);
    layout->addWidget(m_selected);
    layout->addWidget(m_devices, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    updateState();
}

std::optional<QStringList> BulkActionRetryDialog::cloudPcIds() const
{
    if (m_allFailed->isChecked())
        return std::nullopt;
    QStringList ids;
    for (int i = 0; i < m_devices->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_devices->topLevelItem(i);
        // Only failed ones can be ticked (a tick set on another one some other way does not count).
        if (item->checkState(0) == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable))
            ids << item->data(0, Qt::UserRole).toString();
    }
    return ids;
}

void BulkActionRetryDialog::updateState()
{
    const std::optional<QStringList> ids = cloudPcIds();
    if (!ids) {
        m_count->setText(tr("The service retries every device of this action that failed."));
        m_retry->setEnabled(true);
    } else {
        m_count->setText(tr("%Ln Cloud PC(s) will be retried.", nullptr, int(ids->size())));
        m_retry->setEnabled(!ids->isEmpty());
    }
}
