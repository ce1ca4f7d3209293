#include "operationspanel.h"

#include "actcatalog.h"
#include "operation.h"
#include "operationitemsmodel.h"
#include "operationrunner.h"
#include "operationsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Items Graph accepted and then said failed, which Retry sends again as a new operation: acts followed per
// Cloud PC only (ActionController::retryFailedActs).
bool hasFailedActs(const Operation *operation)
{
    const ActDefinition *act = ActCatalog::find(operation->kind());
    return act && act->follow == ActFollow::RemoteActionResult &&
           !operation->failedAfterAcceptance().isEmpty();
}
} // namespace

OperationsPanel::OperationsPanel(OperationRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_operations(new OperationsModel(runner, this))
    , m_items(new OperationItemsModel(this))
    , m_operationsView(new QTableView(this))
    , m_itemsView(new QTableView(this))
    , m_cancel(new QPushButton(this))
    , m_retry(new QPushButton(this))
{
    for (QTableView *view : {m_operationsView, m_itemsView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
    }
    m_operationsView->setModel(m_operations);
    m_itemsView->setModel(m_items);
    retranslateUi();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_operationsView);
    splitter->addWidget(m_itemsView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_operationsView->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_operationsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_operationsView->horizontalHeader()->setStretchLastSection(false);
    m_itemsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_operationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperationsPanel::onCurrentChanged);
    connect(m_operations, &QAbstractItemModel::dataChanged, this, &OperationsPanel::updateButtons);
    // The current operation's items change at once (the operations' rows a moment later, together).
    connect(m_items, &QAbstractItemModel::dataChanged, this, &OperationsPanel::updateButtons);
    connect(m_operations, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_operationsView->currentIndex().isValid())
            m_operationsView->setCurrentIndex(m_operations->index(0, 0));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (Operation *operation = currentOperation())
            m_runner->cancel(operation);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        Operation *operation = currentOperation();
        if (!operation)
            return;
        // What failed to be sent goes again at once (as before); what Graph accepted and then said failed
        // is a new act, which the admin confirms first.
        if (operation->count(Operation::ItemState::Failed) > 0)
            m_runner->retryFailed(operation);
        if (hasFailedActs(operation))
            Q_EMIT retryFailedActsRequested(operation);
    });
    updateButtons();
}

void OperationsPanel::retranslateUi()
{
    m_cancel->setText(tr("Cancel &queued"));
    m_retry->setText(tr("Retry &failed"));
    m_operationsView->setAccessibleName(tr("Operations"));
    m_itemsView->setAccessibleName(tr("Items of the selected operation"));
    m_cancel->setAccessibleName(tr("Cancel queued items"));
    m_retry->setAccessibleName(tr("Retry failed items"));
    m_cancel->setToolTip(tr("Cancel the items of this operation that have not been sent yet"));
    m_retry->setToolTip(tr("Send the failed items of this operation again; acts that failed after Graph "
                           "accepted them are sent again as a new operation, once you confirm"));
    m_operations->retranslate();
    m_items->retranslate();
}

void OperationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QSize OperationsPanel::sizeHint() const
{
    const QSize hint = QWidget::sizeHint();
    const int rows = 3;
    const int tableHeight = m_operationsView->horizontalHeader()->sizeHint().height() +
                            rows * m_operationsView->verticalHeader()->defaultSectionSize() +
                            2 * m_operationsView->frameWidth();
    const int height = tableHeight + layout()->spacing() + m_retry->sizeHint().height();
    return {hint.width(), qMin(hint.height(), height)};
}

Operation *OperationsPanel::currentOperation() const
{
    return m_operations->operationAt(m_operationsView->currentIndex().row());
}

void OperationsPanel::selectOperation(Operation *operation)
{
    const int row = m_operations->rowOf(operation);
    if (row >= 0)
        m_operationsView->setCurrentIndex(m_operations->index(row, 0));
}

void OperationsPanel::onCurrentChanged()
{
    m_items->setOperation(currentOperation());
    updateButtons();
}

void OperationsPanel::updateButtons()
{
    const Operation *operation = currentOperation();
    m_cancel->setEnabled(operation && operation->count(Operation::ItemState::Queued) > 0);
    m_retry->setEnabled(operation &&
                        (operation->count(Operation::ItemState::Failed) > 0 || hasFailedActs(operation)));
}

void OperationsPanel::addOperation(Operation *operation)
{
    m_operations->add(operation);
}
