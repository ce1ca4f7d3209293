#include "auditlogdialog.h"

#include "mainwindow.h"
#include "screenfit.h"

#include "actcatalog.h"
#include "auditlog.h"
#include "auditlogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

AuditLogDialog::AuditLogDialog(AuditLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new AuditLogModel(log, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AuditLogModel::SortRole);

    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QAbstractItemView::activated, this, &AuditLogDialog::showDetails);

    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    retranslateUi();

    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::askExport);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    // Enter on a record opens it; it must not also press a default button (Close).
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("auditLog/geometry")).toByteArray()))
        resize(screenFitted(this, QSize(1100, 560)));
    m_fitOnShow = !m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("auditLog/columns")).toByteArray());
    connect(this, &QDialog::finished, this, [this] {
        QSettings saved;
        saved.setValue(QStringLiteral("auditLog/geometry"), saveGeometry());
        saved.setValue(QStringLiteral("auditLog/columns"), m_table->horizontalHeader()->saveState());
    });
}

void AuditLogDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_fitOnShow) {
        m_fitOnShow = false;
        ensurePolished();
        fitColumns();
    }
}

void AuditLogDialog::fitColumns()
{
    // First opening: each column as wide as its contents (of the rows shown), at most 28 em, the time as wide
    // as its widest ("30/12/2026 23:58:59 CET"); the last column stretches.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int margin =
        2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + em / 2;
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < AuditLogModel::ColumnCount - 1; ++column) {
        m_table->resizeColumnToContents(column); // its header and the rows shown
        int width = header->sectionSize(column);
        if (column == AuditLogModel::Time) {
            const QDateTime widest(QDate(2026, 12, 30), QTime(23, 58, 59));
            width = qMax(width,
                         m_table->fontMetrics().horizontalAdvance(AuditLogModel::timeText(widest)) + margin);
        }
        header->resizeSection(column, qMin(width, 28 * em));
    }
}

void AuditLogDialog::retranslateUi()
{
    setWindowTitle(tr("Audit log"));
    m_export->setText(tr("&Export as CSV…"));
    m_filter->setPlaceholderText(tr("Filter by operation, target, result, request ID…"));
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_table->setAccessibleName(tr("Audit log records"));
    m_table->setToolTip(tr("Double-click a record (or press Enter) to see all of it"));
    const QString path = QDir::toNativeSeparators(m_log->path());
    const QString records = tr("%Ln record(s) in %1", nullptr, m_model->rowCount()).arg(path);
    m_state->setText(
        m_model->skippedLines() > 0
            ? tr("%1; %Ln unreadable line(s) skipped", nullptr, m_model->skippedLines()).arg(records)
            : records);
    m_model->retranslate();
}

void AuditLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
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

QDialog *AuditLogDialog::showDetails(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid())
        return nullptr;
    const AuditRecord &record = m_model->record(source.row());
    const QList<QPair<QString, QString>> fields{
        {tr("Time"), AuditLogModel::timeText(record.time)},
        {tr("Phase"), record.phase == AuditRecord::Phase::Sending ? tr("Sending") : tr("Outcome")},
        {tr("Operation"), ActCatalog::displayName(record.operation)},
        {tr("Account"), record.account},
        {tr("Tenant"), record.tenant},
        {tr("Targets"), AuditLogModel::targetsText(record)},
        {tr("Options"), AuditLogModel::optionsText(record.body)},
        {tr("Result"), AuditLogModel::resultText(record.result)},
        {tr("HTTP status"), record.httpStatus ? QString::number(record.httpStatus) : QString()},
        {tr("Error code"), record.errorCode},
        {tr("Error"), record.errorMessage},
        {tr("Request ID"), record.requestId},
        {tr("Client request ID"), record.clientRequestId},
        {tr("Operation ID"), record.operationId},
        {tr("Request body"),
         record.body.isEmpty()
             ? QString()
             : QString::fromUtf8(QJsonDocument(record.body).toJson(QJsonDocument::Indented))},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    QString plain;
    for (const auto &[label, value] : fields) {
        if (value.isEmpty())
            continue;
        QString shown = value.toHtmlEscaped();
        shown.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        shown.replace(QLatin1String("  "), QLatin1String("&nbsp;&nbsp;"));
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), shown);
        plain += QStringLiteral("%1: %2\n").arg(label, value);
    }
    html += QLatin1String("</table>");

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("auditRecordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Audit log record"));
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("auditRecordText"));
    text->setAccessibleName(tr("Audit log record"));
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the record as text, for a support case"));
    connect(copy, &QPushButton::clicked, dialog, [plain] { QApplication::clipboard()->setText(plain); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 520);
    dialog->open();
    return dialog;
}
