#include "createbulkactiondialog.h"

#include "bulkactionkinds.h"
#include "cloudpcmodel.h"

#include <QComboBox>
#include <QDate>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// A Cloud PC that works today: a destructive bulk action over it destroys a working desktop.
bool isHealthy(const CloudPc &pc)
{
    return pc.status == CloudPcStatus::Provisioned || pc.status == CloudPcStatus::ProvisionedWithWarnings ||
           pc.status == CloudPcStatus::InGracePeriod;
}
} // namespace

CreateBulkActionDialog::CreateBulkActionDialog(QVector<CloudPc> targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(std::move(targets))
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_planRow(new QWidget(this))
    , m_plan(new QComboBox(m_planRow))
    , m_restoreRow(new QWidget(this))
    , m_restorePoint(new QDateTimeEdit(m_restoreRow))
    , m_timeRange(new QComboBox(m_restoreRow))
    , m_status(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_healthy(new QLabel(this))
    , m_onlyFailed(new QPushButton(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
{
    setMinimumWidth(560);
    for (const BulkActionKind &kind : BulkActionKinds::all())
        m_type->addItem(BulkActionKinds::tr(kind.label), kind.odataType);
    m_type->setAccessibleName(tr("Bulk action type"));
    m_name->setAccessibleName(tr("Bulk action name"));
    m_name->setMaxLength(120);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });

    // Resize: the target plan (the tenant's plans when known; an id can be typed).
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setEditable(true);
    m_plan->setAccessibleName(tr("Target service plan"));
    m_plan->lineEdit()->setPlaceholderText(tr("Service plan ID"));
    auto *planLayout = new QHBoxLayout(m_planRow);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_plan, 1);

    // Restore: the point in time, and which restore point around it.
    m_restorePoint->setObjectName(QStringLiteral("restorePoint"));
    m_restorePoint->setCalendarPopup(true);
    m_restorePoint->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_restorePoint->setDateTime(QDateTime::currentDateTime().addDays(-1));
    m_restorePoint->setMaximumDateTime(QDateTime::currentDateTime().addDays(1));
    m_restorePoint->setAccessibleName(tr("Restore point time"));
    m_timeRange->setObjectName(QStringLiteral("timeRange"));
    m_timeRange->addItem(tr("Nearest restore point"), QStringLiteral("beforeOrAfter"));
    m_timeRange->addItem(tr("Last restore point before"), QStringLiteral("before"));
    m_timeRange->addItem(tr("First restore point after"), QStringLiteral("after"));
    m_timeRange->setAccessibleName(tr("Which restore point"));
    auto *restoreLayout = new QHBoxLayout(m_restoreRow);
    restoreLayout->setContentsMargins(0, 0, 0, 0);
    restoreLayout->addWidget(m_restorePoint, 1);
    restoreLayout->addWidget(m_timeRange, 1);

    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("cloudPcList"));
    list->setAccessibleName(tr("Cloud PCs of the bulk action"));
    list->setMaximumHeight(150);

    m_status->setObjectName(QStringLiteral("statusBreakdown"));
    m_status->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Warning"));
    m_healthy->setWordWrap(true);
    m_healthy->setAccessibleName(tr("Working Cloud PCs selected"));
    m_healthy->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_onlyFailed->setAutoDefault(false);
    connect(m_onlyFailed, &QPushButton::clicked, this, &CreateBulkActionDialog::keepOnlyFailed);
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setBuddy(m_confirm);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Target &plan:"), m_planRow);
    m_form->addRow(tr("Restore &to:"), m_restoreRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate bulk action"), QDialogButtonBox::AcceptRole);
    // No default button: Enter creates only from the typed confirmation once it matches, never cancels.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_create->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CreateBulkActionDialog::populate);
    connect(m_confirm, &QLineEdit::textChanged, this, &CreateBulkActionDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &CreateBulkActionDialog::updateState);
    connect(m_plan, &QComboBox::currentTextChanged, this, &CreateBulkActionDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(list);
    layout->addWidget(m_warning);
    layout->addWidget(m_healthy);
    layout->addWidget(m_onlyFailed, 0, Qt::AlignLeft);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    populate();
}

QString CreateBulkActionDialog::kind() const
{
    const BulkActionKind *known = BulkActionKinds::findByODataType(odataType());
    return known ? known->name : QString();
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

QVariantMap CreateBulkActionDialog::values() const
{
    QVariantMap values{{QStringLiteral("type"), kind()}, {QStringLiteral("name"), displayName()}};
    if (kind() == QLatin1String("resize")) {
        const int index = m_plan->findText(m_plan->currentText());
        values.insert(QStringLiteral("plan"), index >= 0 && m_plan->itemData(index).isValid()
                                                  ? m_plan->itemData(index).toString()
                                                  : m_plan->currentText().trimmed());
    } else if (kind() == QLatin1String("restore")) {
        values.insert(QStringLiteral("restore-point"),
                      m_restorePoint->dateTime().toUTC().toString(Qt::ISODate));
        values.insert(QStringLiteral("time-range"), m_timeRange->currentData().toString());
    }
    return values;
}

void CreateBulkActionDialog::setServicePlans(const QList<QPair<QString, QString>> &plans)
{
    const QString current = m_plan->currentText();
    // The tenant's plans to choose from; only when they could not be read is an id typed.
    m_plan->setEditable(plans.isEmpty());
    m_plan->clear();
    for (const auto &plan : plans)
        m_plan->addItem(plan.second, plan.first);
    m_plan->setCurrentIndex(plans.isEmpty() ? -1 : 0);
    if (plans.isEmpty())
        m_plan->setEditText(current);
    updateState();
}

void CreateBulkActionDialog::populate()
{
    const int count = int(m_targets.size());
    const QString name = kind();
    const BulkActionKind *known = BulkActionKinds::find(name);
    const bool destructive = known && known->destructive;
    setWindowTitle(tr("Create a bulk action over %Ln Cloud PC(s)", nullptr, count));
    m_planRow->setVisible(name == QLatin1String("resize"));
    m_restoreRow->setVisible(name == QLatin1String("restore"));
    m_form->setRowVisible(m_planRow, name == QLatin1String("resize"));
    m_form->setRowVisible(m_restoreRow, name == QLatin1String("restore"));
    m_form->invalidate(); // the labels' column fits the rows now shown ("Target plan:")

    auto *list = findChild<QListWidget *>(QStringLiteral("cloudPcList"));
    list->clear();
    int healthy = 0;
    int failed = 0;
    for (const CloudPc &pc : std::as_const(m_targets)) {
        healthy += isHealthy(pc) ? 1 : 0;
        failed += pc.status == CloudPcStatus::Failed ? 1 : 0;
        list->addItem(
            QStringLiteral("%1 — %2 — %3")
                .arg(CloudPcModel::displayNameOf(pc), pc.userPrincipalName, pc.statusDisplayText()));
    }
    // The selection by status: "4,480 Provisioned, 519 Failed, 1 In grace period".
    m_status->setText(
        tr("Cloud PCs (%1): %2").arg(QLocale().toString(count), CloudPcModel::statusBreakdown(m_targets)));
    m_warning->setText(BulkActionKinds::effect(name));
    m_healthy->setVisible(destructive && healthy > 0 && count > 1);
    m_healthy->setText(tr("%Ln of them work today (provisioned or in grace period): they are affected too.",
                          nullptr, healthy));
    m_onlyFailed->setVisible(destructive && healthy > 0 && failed > 0 && count > 1);
    m_onlyFailed->setText(tr("Only the &failed ones (%1)").arg(QLocale().toString(failed)));

    // Many: the count typed for a destructive kind; a whole fleet (more than kPhraseThreshold): a phrase,
    // whatever the kind.
    const bool phrase = count > kPhraseThreshold;
    const bool needsConfirm = phrase || (destructive && count > 1);
    m_expected = !needsConfirm ? QString()
                 : phrase ? tr("%1 %2", "the phrase typed to confirm: an act and a count, \"restart 250\"")
                                .arg(BulkActionKinds::label(name).toLower())
                                .arg(count)
                          : QString::number(count);
    m_confirmLabel->setText(phrase ? tr("To confirm, type \"%1\":").arg(m_expected)
                                   : tr("To confirm, type the number of Cloud PCs (%1):").arg(count));
    m_confirm->setAccessibleName(phrase ? tr("Type the phrase to confirm")
                                        : tr("Type the number of Cloud PCs to confirm"));
    m_confirmLabel->setVisible(needsConfirm);
    m_confirm->setVisible(needsConfirm);
    if (!m_nameEdited) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(tr("%1 %Ln Cloud PC(s) – %2", nullptr, count)
                            .arg(m_type->currentText(), QDate::currentDate().toString(Qt::ISODate)));
    }
    updateState();
}

void CreateBulkActionDialog::keepOnlyFailed()
{
    QVector<CloudPc> failed;
    for (const CloudPc &pc : std::as_const(m_targets)) {
        if (pc.status == CloudPcStatus::Failed)
            failed.append(pc);
    }
    if (failed.isEmpty())
        return;
    m_targets = failed;
    m_confirm->clear();
    populate();
    m_confirm->setFocus();
}

bool CreateBulkActionDialog::isConfirmed() const
{
    return m_confirm->isHidden() || m_confirm->text().trimmed().compare(m_expected, Qt::CaseInsensitive) == 0;
}

void CreateBulkActionDialog::updateState()
{
    const int count = int(m_targets.size());
    QString refusal;
    if (count > BulkActionKinds::kMaxCloudPcs)
        refusal = tr("A bulk action takes at most %1 Cloud PCs; %2 are selected. Select fewer, or create "
                     "several bulk actions.")
                      .arg(QLocale().toString(BulkActionKinds::kMaxCloudPcs), QLocale().toString(count));
    else if (!BulkActionKinds::check(kind(), values()).isEmpty())
        refusal = kind() == QLatin1String("resize") ? tr("Choose the target plan.") : QString();
    m_warning->setText(refusal.isEmpty() ? BulkActionKinds::effect(kind())
                                         : QStringLiteral("<b>%1</b>").arg(refusal.toHtmlEscaped()));
    m_create->setEnabled(count > 0 && count <= BulkActionKinds::kMaxCloudPcs && isConfirmed() &&
                         !displayName().isEmpty() && BulkActionKinds::check(kind(), values()).isEmpty());
}

void CreateBulkActionDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // From the typed confirmation once it matches, or on the Create button itself.
        const bool fromConfirmation = !m_confirm->isHidden() && m_confirm->hasFocus();
        if ((fromConfirmation || m_create->hasFocus()) && m_create->isEnabled())
            accept();
        event->accept(); // never handed on: no default button cancels on Enter
        return;
    }
    QDialog::keyPressEvent(event);
}
