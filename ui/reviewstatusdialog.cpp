#include "reviewstatusdialog.h"

#include "cloudpcmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ReviewStatusDialog::ReviewStatusDialog(const QVector<CloudPc> &targets, const QStringList &leftOut,
                                       QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_leftOutReasons(leftOut)
    , m_list(new QListWidget(this))
    , m_leftOut(new QLabel(this))
    , m_current(new QLabel(this))
    , m_place(new QRadioButton(tr("&Place under review"), this))
    , m_end(new QRadioButton(tr("&End the review"), this))
    , m_access(new QComboBox(this))
    , m_storage(new QLineEdit(this))
{
    setWindowTitle(tr("Review status"));
    setMinimumWidth(520);
    auto *intro = new QLabel(
        tr("A Cloud PC under review has a snapshot taken to an Azure storage account for investigation; "
           "its user's access can be restricted meanwhile. %Ln Cloud PC(s):",
           nullptr, int(targets.size())),
        this);
    intro->setWordWrap(true);
    for (const CloudPc &pc : targets)
        m_list->addItem(
            QStringLiteral("%1 — %2").arg(CloudPcModel::displayNameOf(pc), pc.statusDisplayText()));
    m_list->setAccessibleName(tr("Cloud PCs concerned"));
    m_list->setMaximumHeight(160);
    m_leftOut->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOut->setWordWrap(true);

    auto *statusBox = new QGroupBox(tr("Current review status"), this);
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_current->setObjectName(QStringLiteral("currentStatusLabel"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setText(targets.size() == 1 ? tr("Reading the review status…")
                                           : tr("Shown when one Cloud PC is selected."));
    statusLayout->addWidget(m_current);

    auto *choice = new QButtonGroup(this);
    choice->addButton(m_place);
    choice->addButton(m_end);
    m_place->setObjectName(QStringLiteral("placeUnderReview"));
    m_end->setObjectName(QStringLiteral("endReview"));
    m_access->setObjectName(QStringLiteral("access"));
    m_access->addItem(tr("As it is now"), QString());
    m_access->addItem(tr("Unrestricted"), QStringLiteral("unrestricted"));
    m_access->addItem(tr("Restricted"), QStringLiteral("restricted"));
    m_storage->setObjectName(QStringLiteral("storage-account"));
    m_storage->setPlaceholderText(
        tr("/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…"));
    auto *form = new QFormLayout;
    form->addRow(tr("User access:"), m_access);
    form->addRow(tr("Storage account:"), m_storage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setAutoDefault(false);
    m_apply->setDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_place, &QRadioButton::toggled, this, &ReviewStatusDialog::updateState);
    connect(m_end, &QRadioButton::toggled, this, &ReviewStatusDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_leftOut);
    layout->addWidget(statusBox);
    layout->addWidget(m_place);
    layout->addWidget(m_end);
    layout->addLayout(form);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
    updateState();
}

void ReviewStatusDialog::showCurrentStatus(const CloudPcReviewStatus &status)
{
    if (!status.inReview) {
        m_current->setText(tr("Not under review."));
        if (!m_end->isChecked())
            m_place->setChecked(true);
    } else {
        QStringList lines;
        lines << (status.reviewStartDateTime.isValid()
                      ? tr("Under review since %1.")
                            .arg(QLocale().toString(status.reviewStartDateTime.toLocalTime(),
                                                    QLocale::ShortFormat))
                      : tr("Under review."));
        if (status.userAccessLevel == QLatin1String("restricted"))
            lines << tr("User access: restricted.");
        else if (status.userAccessLevel == QLatin1String("unrestricted"))
            lines << tr("User access: unrestricted.");
        else if (!status.userAccessLevel.isEmpty())
            lines << tr("User access: %1.").arg(status.userAccessLevel);
        if (!status.azureStorageAccountName.isEmpty() || !status.azureStorageAccountId.isEmpty())
            lines << tr("Storage account: %1")
                         .arg(status.azureStorageAccountName.isEmpty() ? status.azureStorageAccountId
                                                                       : status.azureStorageAccountName);
        if (!status.subscriptionName.isEmpty() || !status.subscriptionId.isEmpty())
            lines << tr("Subscription: %1")
                         .arg(status.subscriptionName.isEmpty() ? status.subscriptionId
                                                                : status.subscriptionName);
        m_current->setText(lines.join(QLatin1Char('\n')));
        if (!m_place->isChecked())
            m_end->setChecked(true);
    }
    if (m_storage->text().isEmpty())
        m_storage->setText(status.azureStorageAccountId);
    updateState();
}

void ReviewStatusDialog::showStatusUnavailable(const QString &reason)
{
    m_current->setText(tr("The current review status could not be read: %1").arg(reason));
}

void ReviewStatusDialog::leaveOut(const QString &cloudPcId, const QString &reason)
{
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].id != cloudPcId)
            continue;
        m_targets.remove(i);
        delete m_list->takeItem(i);
        m_leftOutReasons << reason;
        break;
    }
    updateState();
}

QVariantMap ReviewStatusDialog::values() const
{
    QVariantMap values;
    values.insert(QStringLiteral("review"),
                  m_end->isChecked() ? QStringLiteral("off") : QStringLiteral("on"));
    if (m_end->isChecked())
        return values; // ending a review takes nothing else
    const QString access = m_access->currentData().toString();
    if (!access.isEmpty())
        values.insert(QStringLiteral("access"), access);
    const QString storage = m_storage->text().trimmed();
    if (!storage.isEmpty())
        values.insert(QStringLiteral("storage-account"), storage);
    return values;
}

QStringList ReviewStatusDialog::cloudPcIds() const
{
    QStringList ids;
    for (const CloudPc &pc : m_targets)
        ids << pc.id;
    return ids;
}

void ReviewStatusDialog::updateState()
{
    m_leftOut->setVisible(!m_leftOutReasons.isEmpty());
    m_leftOut->setText(tr("%Ln selected Cloud PC(s) are left out:", nullptr, int(m_leftOutReasons.size())) +
                       QLatin1Char(' ') + m_leftOutReasons.join(QLatin1Char(' ')));
    // The access level and storage account go with placing under review only.
    const bool placing = m_place->isChecked();
    m_access->setEnabled(placing);
    m_storage->setEnabled(placing);
    m_apply->setEnabled((m_place->isChecked() || m_end->isChecked()) && !m_targets.isEmpty());
}
