#include "resizedialog.h"

#include "actsresize.h"
#include "graphclient.h"
#include "graphlistjob.h"
#include "graphrequests.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

namespace {
enum PlanColumn { NameColumn, CpuColumn, RamColumn, StorageColumn, ProfileColumn, ColumnCount };

// Plans that can stand in for one another: the same type and provisioning type.
QString kindOf(const ServicePlan &plan)
{
    return plan.type.toLower() + QLatin1Char('/') + plan.provisioningType.toLower();
}

QString nameOf(const CloudPc &pc)
{
    return pc.displayName.isEmpty() ? pc.id : pc.displayName;
}
} // namespace

ResizeDialog::ResizeDialog(QVector<CloudPc> targets, GraphClient *client, QWidget *parent)
    : QDialog(parent)
    , m_targets(std::move(targets))
    , m_client(client)
    , m_pages(new QStackedWidget(this))
    , m_progress(new QProgressBar(this))
    , m_loadingLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Try &again"), this))
    , m_intro(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_planList(new QTreeWidget(this))
    , m_otherTypes(new QLabel(this))
    , m_leftOutLabel(new QLabel(this))
    , m_leftOutList(new QListWidget(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setMinimumWidth(600);
    setWindowTitle(m_targets.size() == 1 ? tr("Resize %1").arg(nameOf(m_targets.first()))
                                         : tr("Resize %Ln Cloud PC(s)", nullptr, int(m_targets.size())));

    // Page 1: the plans are loading.
    auto *loadingPage = new QWidget(this);
    auto *loadingLayout = new QVBoxLayout(loadingPage);
    m_loadingLabel->setText(tr("Loading the tenant's service plans…"));
    m_progress->setRange(0, 0); // busy: how many plans there are is not known before they arrive
    m_progress->setAccessibleName(tr("Loading service plans"));
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(m_progress);
    loadingLayout->addStretch();
    m_pages->addWidget(loadingPage);

    // Page 2: the load failed.
    auto *failedPage = new QWidget(this);
    auto *failedLayout = new QVBoxLayout(failedPage);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("Why the service plans could not be loaded"));
    m_retryButton->setAutoDefault(false);
    connect(m_retryButton, &QPushButton::clicked, this, &ResizeDialog::load);
    failedLayout->addWidget(m_error);
    failedLayout->addWidget(m_retryButton, 0, Qt::AlignLeft);
    failedLayout->addStretch();
    m_pages->addWidget(failedPage);

    // Page 3: the choice and the confirmation.
    auto *choosePage = new QWidget(this);
    auto *layout = new QVBoxLayout(choosePage);
    auto *warningRow = new QHBoxLayout;
    auto *warningIcon = new QLabel(choosePage);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Warning"));
    warningRow->addWidget(warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);
    layout->addLayout(warningRow);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_planList->setColumnCount(ColumnCount);
    m_planList->setHeaderLabels(
        {tr("Service plan"), tr("vCPUs"), tr("RAM"), tr("Storage"), tr("User profile")});
    m_planList->setRootIsDecorated(false);
    m_planList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planList->setAccessibleName(tr("Service plans to resize to"));
    m_planList->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_planList->header()->setStretchLastSection(false);
    m_intro->setBuddy(m_planList);
    connect(m_planList, &QTreeWidget::itemSelectionChanged, this, &ResizeDialog::updateState);
    layout->addWidget(m_planList);
    m_otherTypes->setWordWrap(true);
    layout->addWidget(m_otherTypes);
    m_leftOutLabel->setWordWrap(true);
    m_leftOutList->setAccessibleName(tr("Cloud PCs left out"));
    m_leftOutList->setMaximumHeight(120);
    layout->addWidget(m_leftOutLabel);
    layout->addWidget(m_leftOutList);
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);
    m_confirm->setAccessibleName(tr("Type the number of Cloud PCs to confirm"));
    connect(m_confirm, &QLineEdit::textChanged, this, &ResizeDialog::updateState);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    m_pages->addWidget(choosePage);

    // No default button: Enter resizes only from the typed confirmation (or on the button itself) once it
    // matches, and never cancels.
    m_resizeButton = m_buttons->addButton(tr("&Resize"), QDialogButtonBox::DestructiveRole);
    m_resizeButton->setEnabled(false);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_resizeButton, &QPushButton::clicked, this, &ResizeDialog::onResizeClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResizeDialog::reject);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);
    outer->addWidget(m_buttons);
    cancelButton()->setFocus();
    load();
}

ResizeDialog::~ResizeDialog()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

ResizeDialog::Page ResizeDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QPushButton *ResizeDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

void ResizeDialog::load()
{
    if (m_job)
        return;
    m_plans.clear();
    m_parseProblems.clear();
    m_unreadable = 0;
    m_loadError = {};
    m_pages->setCurrentIndex(LoadingPage);
    m_resizeButton->setEnabled(false);
    m_job = m_client->list(GraphRequests::listServicePlans());
    connect(m_job, &GraphListJob::pageReceived, this, [this](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            if (!item.isObject()) {
                m_parseProblems << tr("A service plan Graph sent is not an object; it is left out.");
                ++m_unreadable;
                continue;
            }
            if (std::optional<ServicePlan> plan = ServicePlan::fromJson(item.toObject(), &m_parseProblems))
                m_plans.append(*plan);
            else
                ++m_unreadable;
        }
    });
    connect(m_job, &GraphListJob::finished, this, &ResizeDialog::onLoaded);
    connect(m_job, &GraphListJob::failed, this, &ResizeDialog::onFailed);
}

void ResizeDialog::onLoaded()
{
    m_job = nullptr;
    populate();
    m_pages->setCurrentIndex(ChoosePage);
    Q_EMIT plansLoaded();
}

void ResizeDialog::onFailed(const GraphError &error)
{
    m_job = nullptr;
    m_loadError = error;
    QString text = tr("The service plans could not be loaded, so no plan can be offered: %1")
                       .arg(error.message.isEmpty() ? error.summary() : error.message);
    if (error.httpStatus > 0)
        text += QLatin1Char('\n') + tr("HTTP status: %1 %2").arg(error.httpStatus).arg(error.code);
    if (!error.requestId.isEmpty())
        text += QLatin1Char('\n') + tr("Request ID: %1").arg(error.requestId);
    if (error.time.isValid())
        text += QLatin1Char('\n') +
                tr("Time: %1").arg(QLocale().toString(error.time.toLocalTime(), QLocale::ShortFormat));
    m_error->setText(text);
    m_pages->setCurrentIndex(FailedPage);
    m_retryButton->setFocus();
    Q_EMIT loadFailed(error);
}

void ResizeDialog::populate()
{
    QHash<QString, const ServicePlan *> byId;
    for (const ServicePlan &plan : std::as_const(m_plans))
        byId.insert(plan.id, &plan);

    // Who can be resized at all, and on which kind of plan each is now.
    m_leftOut.clear();
    QVector<QPair<CloudPc, const ServicePlan *>> candidates;
    QHash<QString, int> perKind;
    QString majority;
    for (const CloudPc &pc : std::as_const(m_targets)) {
        const QString reason = resizeNotApplicable(pc);
        if (!reason.isEmpty()) {
            m_leftOut << reason;
            continue;
        }
        const ServicePlan *current = byId.value(pc.servicePlanId);
        if (!current) {
            m_leftOut << tr("%1: its service plan (%2) is not among the tenant's service plans.")
                             .arg(nameOf(pc),
                                  pc.servicePlanName.isEmpty() ? pc.servicePlanId : pc.servicePlanName);
            continue;
        }
        candidates.append({pc, current});
        const int count = ++perKind[kindOf(*current)];
        if (majority.isEmpty() || count > perKind.value(majority))
            majority = kindOf(*current);
    }
    // Cloud PCs on a plan of another type than most of the selection: resized on their own.
    m_included.clear();
    QSet<QString> currentIds;
    const ServicePlan *reference = nullptr;
    for (const auto &[pc, current] : std::as_const(candidates)) {
        if (kindOf(*current) != majority) {
            m_leftOut << tr("%1 is on %2, a plan of another type (%3, %4) than the others: resize it on its "
                            "own.")
                             .arg(nameOf(pc), current->displayName, current->type, current->provisioningType);
            continue;
        }
        if (!reference)
            reference = current;
        m_included.append(pc);
        currentIds.insert(current->id);
    }

    m_planList->clear();
    int otherTypes = 0;
    QVector<const ServicePlan *> offered;
    for (const ServicePlan &plan : std::as_const(m_plans)) {
        if (reference && plan.isCompatibleWith(*reference))
            offered.append(&plan);
        else
            ++otherTypes;
    }
    std::stable_sort(offered.begin(), offered.end(), [](const ServicePlan *a, const ServicePlan *b) {
        return std::make_tuple(a->vCpuCount, a->ramInGB, a->storageInGB) <
               std::make_tuple(b->vCpuCount, b->ramInGB, b->storageInGB);
    });
    const QLocale locale;
    auto gigabytes = [&locale](qint64 size) {
        return size > 0 ? tr("%1 GB").arg(locale.toString(size)) : QStringLiteral("—");
    };
    for (const ServicePlan *plan : std::as_const(offered)) {
        auto *item = new QTreeWidgetItem(m_planList);
        const bool current = currentIds.contains(plan->id);
        item->setText(NameColumn, current ? tr("%1 (current)").arg(plan->displayName) : plan->displayName);
        item->setText(CpuColumn,
                      plan->vCpuCount > 0 ? locale.toString(plan->vCpuCount) : QStringLiteral("—"));
        item->setText(RamColumn, gigabytes(plan->ramInGB));
        item->setText(StorageColumn, gigabytes(plan->storageInGB));
        item->setText(ProfileColumn, gigabytes(plan->userProfileInGB));
        for (int column = CpuColumn; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(NameColumn, Qt::UserRole, plan->id);
        if (current) {
            // Where they are now: shown for comparison, not a target.
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setToolTip(NameColumn, tr("The current plan of %Ln of the selected Cloud PC(s): it cannot "
                                            "be chosen.",
                                            nullptr,
                                            int(std::count_if(candidates.cbegin(), candidates.cend(),
                                                              [plan](const auto &candidate) {
                                                                  return candidate.second->id == plan->id;
                                                              }))));
            QFont font = item->font(NameColumn);
            font.setItalic(true);
            item->setFont(NameColumn, font);
        } else {
            item->setToolTip(NameColumn, plan->id);
        }
    }
    for (int column = CpuColumn; column < ColumnCount; ++column)
        m_planList->resizeColumnToContents(column);

    const int count = int(m_included.size());
    m_warning->setText(
        tr("<b>Resizing restarts %Ln Cloud PC(s)</b> on the chosen plan's size. Their users are "
           "disconnected and lose what they did not save; each is unavailable until its resize ends.",
           nullptr, count));
    if (count == 0) {
        m_intro->setText(tr("None of the selected Cloud PCs can be resized."));
    } else {
        m_intro->setText(tr("&Choose the service plan for %Ln Cloud PC(s) (%1 plans, %2):", nullptr, count)
                             .arg(reference->type, reference->provisioningType.isEmpty()
                                                       ? tr("any provisioning type")
                                                       : reference->provisioningType));
    }
    m_planList->setVisible(count > 0);
    m_otherTypes->setVisible(count > 0 && otherTypes > 0);
    m_otherTypes->setText(tr("%Ln plan(s) of other types are not offered: a Cloud PC is resized within its "
                             "plan's type.",
                             nullptr, otherTypes));
    // Plans Graph sent that could not be read (no id, not an object): said, with the details on hover.
    if (m_unreadable > 0) {
        m_otherTypes->setVisible(true);
        m_otherTypes->setText(
            (otherTypes > 0 && count > 0 ? m_otherTypes->text() + QLatin1Char(' ') : QString()) +
            tr("%Ln service plan(s) Graph sent could not be read and are not offered.", nullptr,
               m_unreadable));
    }
    m_otherTypes->setToolTip(m_parseProblems.join(QLatin1Char('\n')));
    m_leftOutLabel->setVisible(!m_leftOut.isEmpty());
    m_leftOutList->setVisible(!m_leftOut.isEmpty());
    m_leftOutLabel->setText(tr("%Ln selected Cloud PC(s) are left out:", nullptr, int(m_leftOut.size())));
    m_leftOutList->clear();
    m_leftOutList->addItems(m_leftOut);

    m_needConfirm = count > 1;
    m_confirm->clear();
    m_confirm->setVisible(m_needConfirm);
    m_confirmLabel->setVisible(m_needConfirm);
    m_confirmLabel->setText(tr("To confirm, type the number of Cloud PCs (%1):").arg(count));
    m_resizeButton->setText(count <= 1 ? tr("&Resize") : tr("&Resize %Ln Cloud PC(s)", nullptr, count));
    if (count > 0)
        m_planList->setFocus();
    updateState();
    m_resizeButton->setMinimumWidth(m_resizeButton->sizeHint().width()); // its text changes with the count
}

QString ResizeDialog::selectedPlanId() const
{
    const QList<QTreeWidgetItem *> selected = m_planList->selectedItems();
    if (selected.isEmpty() || !(selected.first()->flags() & Qt::ItemIsSelectable))
        return {};
    return selected.first()->data(NameColumn, Qt::UserRole).toString();
}

QString ResizeDialog::selectedPlanName() const
{
    const QString id = selectedPlanId();
    for (const ServicePlan &plan : m_plans) {
        if (plan.id == id)
            return plan.displayName;
    }
    return {};
}

QStringList ResizeDialog::offeredPlanIds() const
{
    QStringList ids;
    for (int i = 0; i < m_planList->topLevelItemCount(); ++i)
        ids << m_planList->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString();
    return ids;
}

bool ResizeDialog::isConfirmed() const
{
    return !m_needConfirm || m_confirm->text().trimmed() == QString::number(m_included.size());
}

void ResizeDialog::updateState()
{
    m_resizeButton->setEnabled(!m_requested && page() == ChoosePage && !m_included.isEmpty() &&
                               !selectedPlanId().isEmpty() && isConfirmed());
}

void ResizeDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const bool fromConfirmation = m_needConfirm && m_confirm->hasFocus();
        if ((fromConfirmation || m_resizeButton->hasFocus()) && m_resizeButton->isEnabled())
            onResizeClicked();
        event->accept(); // never handed on: no default button presses Cancel on Enter
        return;
    }
    QDialog::keyPressEvent(event);
}

void ResizeDialog::reject()
{
    // Cancel stops a load under way; nothing was sent, nothing will be.
    if (m_job) {
        QPointer<GraphListJob> job = m_job;
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
    QDialog::reject();
}

void ResizeDialog::onResizeClicked()
{
    if (m_requested || !m_resizeButton->isEnabled())
        return; // a second press, or Enter held down: nothing is sent twice
    m_requested = true;
    m_resizeButton->setEnabled(false);
    accept();
}
