#include "restoredialog.h"

#include "cloudpcmodel.h"
#include "graphclient.h"
#include "graphlistjob.h"
#include "graphrequests.h"
#include "icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { CreatedColumn, TypeColumn, HealthColumn, ColumnCount };

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

RestoreDialog::RestoreDialog(const CloudPc &pc, GraphClient *client, QWidget *parent)
    : QDialog(parent)
    , m_pc(pc)
    , m_stateLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_list(new QTreeWidget(this))
    , m_warning(new QLabel(this))
    , m_confirm(new QCheckBox(this))
{
    const QString name = CloudPcModel::displayNameOf(pc);
    setWindowTitle(tr("Restore %1").arg(name));
    setMinimumWidth(560);
    auto *intro = new QLabel(tr("Choose the restore point %1 returns to.").arg(name), this);
    intro->setWordWrap(true);
    m_stateLabel->setObjectName(QStringLiteral("restoreState"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // the request-id can be copied
    m_stateLabel->setText(tr("Reading the restore points of %1…").arg(name));
    m_progress->setRange(0, 0); // busy until Graph answers
    m_progress->setAccessibleName(tr("Reading the restore points"));
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Created"), tr("Type"), tr("Health")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Restore points"));
    m_list->header()->setSectionResizeMode(CreatedColumn, QHeaderView::Stretch);
    // A week of restore points (two a day) in sight without scrolling.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 12);
    setMinimumWidth(560);
    m_list->setVisible(false);
    m_warning->setObjectName(QStringLiteral("restoreWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(
        tr("%1 returns to the state it was in at the chosen restore point. Everything done on it "
           "after that moment (files, installed apps, settings) is lost, and its user is "
           "disconnected while it is restored. Restore points newer than the chosen one are "
           "kept.")
            .arg(name));
    m_warning->setVisible(false);
    m_confirm->setObjectName(QStringLiteral("restoreConfirm"));
    m_confirm->setText(
        tr("I understand that the work done on %1 after this restore point is lost").arg(name));
    m_confirm->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // An action button, not an accept one: the button box makes its first accept button the default, and
    // Enter must never restore.
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAutoDefault(false);
    m_restore->setDefault(false);
    m_restore->setEnabled(false);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (!snapshotId().isEmpty() && m_confirm->isChecked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButton);
    connect(m_confirm, &QCheckBox::toggled, this, &RestoreDialog::updateButton);
    // Cancel or close: the restore points are no longer wanted.
    connect(this, &QDialog::finished, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_list);
    layout->addWidget(m_warning);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();

    m_job = client->list(GraphRequests::retrieveSnapshots(pc.id));
    connect(m_job, &GraphListJob::pageReceived, this, &RestoreDialog::onPage);
    connect(m_job, &GraphListJob::finished, this, &RestoreDialog::onFinished);
    connect(m_job, &GraphListJob::failed, this, &RestoreDialog::onFailed);
}

RestoreDialog::~RestoreDialog()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

QString RestoreDialog::snapshotId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(CreatedColumn, Qt::UserRole).toString();
}

void RestoreDialog::onPage(const QJsonArray &items)
{
    // Entries that cannot stand for a restore point (no id, not an object) are left out.
    m_snapshots += CloudPcSnapshot::fromJsonArray(items);
}

void RestoreDialog::onFinished()
{
    m_progress->setVisible(false);
    const QString name = CloudPcModel::displayNameOf(m_pc);
    if (m_snapshots.isEmpty()) {
        m_state = State::Empty;
        m_stateLabel->setText(tr("%1 has no restore points: there is nothing to restore it to.").arg(name));
        Q_EMIT loadingEnded();
        return;
    }
    m_state = State::Loaded;
    CloudPcSnapshot::sortNewestFirst(m_snapshots);
    m_stateLabel->setText(tr("%Ln restore point(s), newest first.", nullptr, int(m_snapshots.size())));
    const QIcon warning = Icons::named(QStringLiteral("status-warning"));
    for (const CloudPcSnapshot &snapshot : std::as_const(m_snapshots)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(CreatedColumn, localTime(snapshot.createdDateTime));
        item->setData(CreatedColumn, Qt::UserRole, snapshot.id);
        item->setText(TypeColumn, snapshot.typeDisplayText());
        item->setText(HealthColumn, snapshot.healthDisplayText());
        QStringList tip{tr("Restore point %1").arg(snapshot.id)};
        if (snapshot.expirationDateTime.isValid())
            tip << tr("Expires: %1").arg(localTime(snapshot.expirationDateTime));
        if (snapshot.lastRestoredDateTime.isValid())
            tip << tr("Last restored: %1").arg(localTime(snapshot.lastRestoredDateTime));
        if (snapshot.healthCheckStatus == CloudPcSnapshot::Health::Unhealthy) {
            item->setIcon(HealthColumn, warning);
            QFont font = item->font(HealthColumn);
            font.setBold(true);
            item->setFont(HealthColumn, font);
            tip << tr(
                "Its health check failed: the Cloud PC may not work as expected after a restore to it.");
        }
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, tip.join(QLatin1Char('\n')));
    }
    m_list->setVisible(true);
    m_warning->setVisible(true);
    m_confirm->setVisible(true);
    // Grown to hold the list and the warning now shown (never shrunk below what the admin made it).
    layout()->activate();
    resize(size().expandedTo(sizeHint()));
    m_list->setFocus();
    Q_EMIT loadingEnded();
}

void RestoreDialog::onFailed(const GraphError &error)
{
    if (error.kind == GraphError::Kind::Cancelled)
        return;
    m_state = State::Failed;
    m_error = error;
    m_progress->setVisible(false);
    QString text = tr("The restore points of %1 could not be read: %2")
                       .arg(CloudPcModel::displayNameOf(m_pc),
                            error.message.isEmpty() ? error.summary() : error.message);
    if (!error.requestId.isEmpty())
        text += QLatin1Char('\n') + tr("Request-id: %1").arg(error.requestId);
    m_stateLabel->setText(text);
    Q_EMIT loadingEnded();
}

void RestoreDialog::updateButton()
{
    m_restore->setEnabled(!snapshotId().isEmpty() && m_confirm->isChecked());
}
