#include "confirmactiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmActionDialog::ConfirmActionDialog(const QString &title, const QString &text, const QStringList &items,
                                         const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(title);
    setMinimumWidth(480);
    auto *label = new QLabel(text, this);
    m_text = label;
    label->setObjectName(QStringLiteral("confirmText"));
    label->setWordWrap(true);
    label->setAccessibleName(tr("What will happen"));
    m_list->addItems(items);
    m_list->setAccessibleName(tr("Items concerned"));
    m_list->setVisible(!items.isEmpty());
    m_list->setMaximumHeight(200);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_action = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_action->setAutoDefault(false);
    m_action->setDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

void ConfirmActionDialog::addField(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
}

void ConfirmActionDialog::appendText(const QString &text)
{
    m_text->setText(m_text->text() + QLatin1Char(' ') + text);
}

QString ConfirmActionDialog::text() const
{
    return m_text->text();
}
