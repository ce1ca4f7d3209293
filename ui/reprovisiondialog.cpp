#include "reprovisiondialog.h"

#include "cloudpcmodel.h"
#include "operation.h"
#include "operationitemsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// A Cloud PC that works today: reprovisioning it destroys a working desktop.
bool isHealthy(const CloudPc &pc)
{
    return pc.status == CloudPcStatus::Provisioned || pc.status == CloudPcStatus::ProvisionedWithWarnings ||
           pc.status == CloudPcStatus::InGracePeriod;
}
} // namespace

ReprovisionDialog::ReprovisionDialog(QVector<CloudPc> targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(std::move(targets))
    , m_pages(new QStackedWidget(this))
    , m_osVersion(new QComboBox(this))
    , m_accountType(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_progressLabel(new QLabel(this))
    , m_outcomes(new QTableView(this))
    , m_outcomeModel(new OperationItemsModel(this))
{
    setMinimumWidth(560);

    // Page 1: options and confirmation.
    auto *confirmPage = new QWidget(this);
    auto *layout = new QVBoxLayout(confirmPage);

    m_warning = new QLabel(confirmPage);
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Warning"));
    auto *warningRow = new QHBoxLayout;
    auto *warningIcon = new QLabel(confirmPage);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    warningRow->addWidget(warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);
    layout->addLayout(warningRow);

    // Healthy Cloud PCs in the selection (Ctrl+A, say): said prominently, with the way to leave them out.
    m_healthyWarning = new QLabel(confirmPage);
    m_healthyWarning->setWordWrap(true);
    m_healthyWarning->setAccessibleName(tr("Working Cloud PCs selected"));
    m_healthyWarning->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_onlyFailed = new QPushButton(confirmPage);
    m_onlyFailed->setAutoDefault(false);
    connect(m_onlyFailed, &QPushButton::clicked, this, &ReprovisionDialog::keepOnlyFailed);
    layout->addWidget(m_healthyWarning);
    layout->addWidget(m_onlyFailed, 0, Qt::AlignLeft);

    m_osVersion->addItem(tr("Keep current"));
    m_osVersion->addItem(tr("Windows 11"), int(OsVersion::Windows11));
    m_osVersion->addItem(tr("Windows 10"), int(OsVersion::Windows10));
    m_osVersion->setAccessibleName(tr("Operating system after reprovisioning"));
    m_accountType->addItem(tr("Keep current"));
    m_accountType->addItem(tr("Standard user"), int(UserAccountType::StandardUser));
    m_accountType->addItem(tr("Administrator"), int(UserAccountType::Administrator));
    m_accountType->setAccessibleName(tr("User account type after reprovisioning"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Operating system:"), m_osVersion);
    form->addRow(tr("User &account type:"), m_accountType);
    layout->addLayout(form);

    m_list = new QListWidget(confirmPage);
    m_list->setAccessibleName(tr("Cloud PCs to reprovision"));
    m_list->setMaximumHeight(160);
    m_affected = new QLabel(confirmPage);
    m_affected->setWordWrap(true);
    layout->addWidget(m_affected);
    layout->addWidget(m_list);

    m_confirm = new QLineEdit(confirmPage);
    m_confirmLabel = new QLabel(confirmPage);
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QLineEdit::textChanged, this, &ReprovisionDialog::updateConfirmState);
    m_pages->addWidget(confirmPage);

    // Page 2: each Cloud PC's outcome.
    auto *progressPage = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progressPage);
    m_progressLabel->setAccessibleName(tr("Reprovisioning progress"));
    m_outcomes->setModel(m_outcomeModel);
    m_outcomes->setAccessibleName(tr("Outcome per Cloud PC"));
    m_outcomes->verticalHeader()->hide();
    m_outcomes->horizontalHeader()->setStretchLastSection(true);
    m_outcomes->setSelectionBehavior(QAbstractItemView::SelectRows);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_outcomes);
    m_pages->addWidget(progressPage);

    // No button is a default one: Enter submits only from the typed confirmation (or on the Reprovision
    // button itself) once it matches, and does nothing anywhere else: never a silent cancel.
    m_reprovisionButton = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_reprovisionButton, &QPushButton::clicked, this, &ReprovisionDialog::onReprovisionClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);
    outer->addWidget(m_buttons);
    populate();
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

void ReprovisionDialog::populate()
{
    const int count = int(m_targets.size());
    setWindowTitle(count == 1 ? tr("Reprovision %1").arg(m_targets.first().displayName)
                              : tr("Reprovision %Ln Cloud PCs", nullptr, count));
    m_warning->setText(
        tr("<b>Reprovisioning wipes %Ln Cloud PC(s) and rebuilds them</b> from the image of their "
           "provisioning policy. Everything stored on them is lost, and their users are signed out "
           "until it ends (about an hour). It cannot be undone.",
           nullptr, count));

    // The selection by status: "4,480 provisioned, 519 failed, 1 in grace period".
    int healthy = 0;
    int failed = 0;
    m_list->clear();
    for (const CloudPc &pc : m_targets) {
        healthy += isHealthy(pc) ? 1 : 0;
        failed += pc.status == CloudPcStatus::Failed ? 1 : 0;
        m_list->addItem(QStringLiteral("%1 — %2 — %3")
                            .arg(pc.displayName.isEmpty() ? pc.id : pc.displayName, pc.userPrincipalName,
                                 pc.statusDisplayText()));
    }
    m_statusBreakdown = CloudPcModel::statusBreakdown(m_targets);
    m_affected->setText(tr("Cloud PCs affected (%1): %2").arg(QLocale().toString(count), m_statusBreakdown));

    m_healthyWarning->setVisible(healthy > 0 && count > 1);
    m_healthyWarning->setText(
        tr("%Ln of them work today (provisioned or in grace period): they are wiped too.", nullptr, healthy));
    m_onlyFailed->setVisible(healthy > 0 && failed > 0 && count > 1);
    m_onlyFailed->setText(tr("Only the &failed ones (%1)").arg(QLocale().toString(failed)));

    // Many: the count typed; a whole fleet (more than kPhraseThreshold): a phrase typed.
    m_needConfirm = count > 1;
    m_confirm->setVisible(m_needConfirm);
    m_confirmLabel->setVisible(m_needConfirm);
    m_confirm->clear();
    m_expectedConfirmation =
        count > kPhraseThreshold ? tr("reprovision %1").arg(count) : QString::number(count);
    m_confirmLabel->setText(count > kPhraseThreshold
                                ? tr("To confirm, type \"%1\":").arg(m_expectedConfirmation)
                                : tr("To confirm, type the number of Cloud PCs (%1):").arg(count));
    m_confirm->setAccessibleName(count > kPhraseThreshold ? tr("Type the phrase to confirm")
                                                          : tr("Type the number of Cloud PCs to confirm"));
    m_reprovisionButton->setText(count == 1 ? tr("&Reprovision")
                                            : tr("&Reprovision %1 Cloud PCs").arg(QLocale().toString(count)));
    updateConfirmState();
}

void ReprovisionDialog::keepOnlyFailed()
{
    QVector<CloudPc> failed;
    for (const CloudPc &pc : std::as_const(m_targets)) {
        if (pc.status == CloudPcStatus::Failed)
            failed.append(pc);
    }
    if (failed.isEmpty())
        return;
    m_targets = failed;
    populate();
    m_confirm->setFocus();
}

void ReprovisionDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // From the typed confirmation once it matches, or on the Reprovision button itself; one Cloud PC
        // (nothing to type) only from the button.
        const bool fromConfirmation = m_needConfirm && m_confirm->hasFocus();
        const bool fromButton = m_reprovisionButton->hasFocus();
        if (m_pages->currentIndex() == 0 && (fromConfirmation || fromButton) && isConfirmed())
            onReprovisionClicked();
        event->accept(); // never handed on: no default button presses Cancel on Enter
        return;
    }
    QDialog::keyPressEvent(event);
}

bool ReprovisionDialog::isConfirmed() const
{
    return !m_needConfirm ||
           m_confirm->text().trimmed().compare(m_expectedConfirmation, Qt::CaseInsensitive) == 0;
}

void ReprovisionDialog::updateConfirmState()
{
    m_reprovisionButton->setEnabled(!m_requested && isConfirmed() && !m_targets.isEmpty());
}

ReprovisionOptions ReprovisionDialog::options() const
{
    ReprovisionOptions options;
    if (m_osVersion->currentData().isValid())
        options.osVersion = OsVersion(m_osVersion->currentData().toInt());
    if (m_accountType->currentData().isValid())
        options.userAccountType = UserAccountType(m_accountType->currentData().toInt());
    return options;
}

void ReprovisionDialog::onReprovisionClicked()
{
    if (m_requested || !isConfirmed())
        return; // a second press, or Enter held down: nothing is sent twice
    m_requested = true;
    m_reprovisionButton->setEnabled(false);
    Q_EMIT reprovisionRequested(options());
}

void ReprovisionDialog::showProgress(Operation *operation)
{
    m_outcomeModel->setOperation(operation);
    m_pages->setCurrentIndex(1);
    m_reprovisionButton->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    connect(operation, &Operation::itemChanged, this, &ReprovisionDialog::updateProgress);
    m_outcomes->resizeColumnToContents(OperationItemsModel::Target);
    updateProgress();
}

void ReprovisionDialog::updateProgress()
{
    const Operation *operation = m_outcomeModel->operation();
    if (!operation)
        return;
    m_progressLabel->setText(operation->isFinished() ? tr("Done: %1.").arg(operation->summary())
                                                     : tr("Sending… %1 of %2 answered (%3).")
                                                           .arg(operation->doneCount())
                                                           .arg(operation->itemCount())
                                                           .arg(operation->summary()));
}
