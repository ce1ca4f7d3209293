#include "cloudpcview.h"

#include "graph/grapherror.h"
#include "models/cloudpcloader.h"
#include "models/cloudpcmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

CloudPcView::CloudPcView(CloudPcModel *model, CloudPcLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_loader(loader)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CloudPcModel::SortRole);
    m_proxy->setFilterRole(CloudPcModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter by name, user or policy"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter Cloud PCs"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CloudPcModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("Cloud PCs"));
    m_table->setWordWrap(false);

    m_state->setAccessibleName(tr("Cloud PC list state"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state);

    connect(m_loader, &CloudPcLoader::loadingChanged, this, [this](bool loading) {
        m_progress->setVisible(loading);
        updateState();
    });
    connect(m_loader, &CloudPcLoader::progress, this, &CloudPcView::updateState);
    connect(m_loader, &CloudPcLoader::failed, this, &CloudPcView::showError);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CloudPcView::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CloudPcView::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CloudPcView::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CloudPcView::updateState);
    updateState();
}

void CloudPcView::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_loader->isLoading())
        text = tr("Loading Cloud PCs… %n loaded", nullptr, total);
    else if (m_loader->lastError().isError())
        return; // keep the error visible
    else if (total == 0)
        text = tr("No Cloud PCs in this tenant.");
    else if (shown == total)
        text = tr("%n Cloud PC(s)", nullptr, total);
    else
        text = tr("%1 of %n Cloud PC(s) shown", nullptr, total).arg(shown);
    m_state->setText(text);
}

void CloudPcView::showError(const GraphError &error)
{
    m_state->setText(tr("Could not load the Cloud PCs: %1").arg(error.summary()));
}

void CloudPcView::applyDefaultColumnWidths()
{
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[CloudPcModel::ColumnCount] = {12, 22, 10, 18, 16, 20, 20, 7, 11, 11};
    for (int column = 0; column < CloudPcModel::ColumnCount; ++column)
        m_table->horizontalHeader()->resizeSection(column, widths[column] * em);
}

void CloudPcView::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("views/cloudpcs/header"), m_table->horizontalHeader()->saveState());
}

void CloudPcView::restoreLayout()
{
    QSettings settings;
    const QByteArray state = settings.value(QStringLiteral("views/cloudpcs/header")).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    else
        applyDefaultColumnWidths();
}
