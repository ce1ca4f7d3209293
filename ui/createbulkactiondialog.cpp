#include "createbulkactiondialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CreateBulkActionDialog::CreateBulkActionDialog(QVector<CloudPc> targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(std::move(targets))
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_warning(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
{
    const int count = int(m_targets.size());
    setWindowTitle(tr("Create a bulk action over %Ln Cloud PC(s)", nullptr, count));
    setMinimumWidth(520);
    m_type->addItem(tr("Reprovision"), QStringLiteral("#microsoft.graph.cloudPcBulkReprovision"));
    m_type->addItem(tr("Restart"), QStringLiteral("#microsoft.graph.cloudPcBulkRestart"));
    m_type->setAccessibleName(tr("Bulk action type"));
    m_name->setAccessibleName(tr("Bulk action name"));
    m_name->setMaxLength(120);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });

    auto *list = new QListWidget(this);
    list->setAccessibleName(tr("Cloud PCs of the bulk action"));
    for (const CloudPc &pc : m_targets)
        list->addItem(QStringLiteral("%1 — %2").arg(pc.displayName, pc.userPrincipalName));
    list->setMaximumHeight(150);

    m_warning->setWordWrap(true);
    m_confirmLabel->setText(tr("To confirm, type the number of Cloud PCs (%1):").arg(count));
    m_confirmLabel->setBuddy(m_confirm);
    m_confirm->setAccessibleName(tr("Type the number of Cloud PCs to confirm"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate bulk action"), QDialogButtonBox::AcceptRole);
    m_create->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CreateBulkActionDialog::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &CreateBulkActionDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &CreateBulkActionDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(list);
    layout->addWidget(m_warning);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    updateState();
}

QString CreateBulkActionDialog::odataType() const
{
    return m_type->currentData().toString();
}

QString CreateBulkActionDialog::displayName() const
{
    return m_name->text().trimmed();
}

QStringList CreateBulkActionDialog::cloudPcIds() const
{
    QStringList ids;
    for (const CloudPc &pc : m_targets)
        ids << pc.id;
    return ids;
}

void CreateBulkActionDialog::updateState()
{
    const int count = int(m_targets.size());
    const bool reprovision = odataType().endsWith(QLatin1String("Reprovision"));
    if (!m_nameEdited) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(tr("%1 %Ln Cloud PC(s) – %2", nullptr, count)
                            .arg(m_type->currentText(), QDate::currentDate().toString(Qt::ISODate)));
    }
    const bool needsCount = reprovision && count > 1;
    m_warning->setText(
        reprovision ? tr("<b>Reprovisioning wipes each Cloud PC and rebuilds it.</b> Everything stored on "
                         "them is lost.")
                    : tr("Each Cloud PC restarts; signed-in users are disconnected."));
    m_confirmLabel->setVisible(needsCount);
    m_confirm->setVisible(needsCount);
    const bool confirmed = !needsCount || m_confirm->text().trimmed() == QString::number(count);
    m_create->setEnabled(count > 0 && confirmed && !displayName().isEmpty());
}
