#include "reprovisiondialog.h"

#include "operation.h"
#include "operationitemsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

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
    const int count = int(m_targets.size());
    setWindowTitle(count == 1 ? tr("Reprovision %1").arg(m_targets.first().displayName)
                              : tr("Reprovision %n Cloud PCs", nullptr, count));
    setMinimumWidth(560);

    // Page 1: options and confirmation.
    auto *confirmPage = new QWidget(this);
    auto *layout = new QVBoxLayout(confirmPage);

    auto *warning = new QLabel(confirmPage);
    warning->setWordWrap(true);
    warning->setAccessibleName(tr("Warning"));
    warning->setText(
        tr("<b>Reprovisioning wipes %n Cloud PC(s) and rebuilds them</b> from the image of their "
           "provisioning policy. Everything stored on them is lost, and their users are signed out "
           "until it ends (about an hour). It cannot be undone.",
           nullptr, count));
    auto *warningRow = new QHBoxLayout;
    auto *warningIcon = new QLabel(confirmPage);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    warningRow->addWidget(warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(warning, 1);
    layout->addLayout(warningRow);

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

    auto *list = new QListWidget(confirmPage);
    list->setAccessibleName(tr("Cloud PCs to reprovision"));
    for (const CloudPc &pc : m_targets) {
        list->addItem(QStringLiteral("%1 — %2 — %3")
                          .arg(pc.displayName.isEmpty() ? pc.id : pc.displayName, pc.userPrincipalName,
                               pc.statusDisplayText()));
    }
    list->setMaximumHeight(160);
    layout->addWidget(new QLabel(tr("Cloud PCs affected (%1):").arg(count), confirmPage));
    layout->addWidget(list);

    if (count > 1) {
        m_confirm = new QLineEdit(confirmPage);
        m_confirm->setAccessibleName(tr("Type the number of Cloud PCs to confirm"));
        m_confirm->setPlaceholderText(QString::number(count));
        auto *confirmLabel =
            new QLabel(tr("To confirm, type the number of Cloud PCs (%1):").arg(count), confirmPage);
        confirmLabel->setBuddy(m_confirm);
        layout->addWidget(confirmLabel);
        layout->addWidget(m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &ReprovisionDialog::updateConfirmState);
    }
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

    m_reprovisionButton =
        m_buttons->addButton(count == 1 ? tr("&Reprovision") : tr("&Reprovision %1 Cloud PCs").arg(count),
                             QDialogButtonBox::DestructiveRole);
    m_reprovisionButton->setAutoDefault(false);
    m_reprovisionButton->setDefault(false);
    connect(m_reprovisionButton, &QPushButton::clicked, this, &ReprovisionDialog::onReprovisionClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);
    outer->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    updateConfirmState();
}

bool ReprovisionDialog::isConfirmed() const
{
    return !m_confirm || m_confirm->text().trimmed() == QString::number(m_targets.size());
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
