#include "auditlogdialog.h"

#include "mainwindow.h"

#include "auditlog.h"
#include "auditlogmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

AuditLogDialog::AuditLogDialog(AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new AuditLogModel(log, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_export(new QPushButton(tr("&Export as CSV…"), this))
{
    setWindowTitle(tr("Audit log"));
    setObjectName(QStringLiteral("auditLogDialog"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AuditLogModel::SortRole);

    m_filter->setPlaceholderText(tr("Filter by operation, target, result, request ID…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the audit log"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit log records"));

    const QString path = QDir::toNativeSeparators(m_log->path());
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString records = tr("%Ln record(s) in %1", nullptr, m_model->rowCount()).arg(path);
    m_state->setText(
        m_model->skippedLines() > 0
            ? tr("%1; %Ln unreadable line(s) skipped", nullptr, m_model->skippedLines()).arg(records)
            : records);

    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::askExport);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("auditLog/geometry")).toByteArray()))
        resize(1100, 560);
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("auditLog/columns")).toByteArray());
    connect(this, &QDialog::finished, this, [this] {
        QSettings saved;
        saved.setValue(QStringLiteral("auditLog/geometry"), saveGeometry());
        saved.setValue(QStringLiteral("auditLog/columns"), m_table->horizontalHeader()->saveState());
    });
}

QString AuditLogDialog::exportTo(const QString &fileName)
{
    QString error;
    if (!m_log->exportCsv(fileName, &error))
        return error.isEmpty() ? tr("the file could not be written") : error;
    return {};
}

void AuditLogDialog::askExport()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(MainWindow::exportFileName(QStringLiteral("audit-log"), QStringLiteral("csv")));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        const QString problem = exportTo(file);
        if (problem.isEmpty()) {
            m_state->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(file)));
        } else {
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Audit log"),
                                tr("Could not write %1: %2").arg(file, problem), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}
