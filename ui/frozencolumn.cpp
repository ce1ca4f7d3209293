#include "frozencolumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

FrozenColumn::FrozenColumn(QTableView *table)
    : QObject(table)
    , m_table(table)
    , m_frozen(new QTableView(table))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setAccessibleName(table->accessibleName());
    m_frozen->setModel(table->model());
    m_frozen->setSelectionModel(table->selectionModel());
    m_frozen->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the table
    m_frozen->setSelectionBehavior(table->selectionBehavior());
    m_frozen->setSelectionMode(table->selectionMode());
    m_frozen->setAlternatingRowColors(table->alternatingRowColors());
    m_frozen->setWordWrap(table->wordWrap());
    m_frozen->setTextElideMode(table->textElideMode());
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; }"));
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(table->verticalScrollMode());
    m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    m_frozen->hide();

    // Up and down together.
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, table->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(table->verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // Shown once the table is scrolled sideways; placed again whenever the columns change.
    connect(table->horizontalScrollBar(), &QAbstractSlider::valueChanged, this, &FrozenColumn::update);
    connect(table->horizontalScrollBar(), &QAbstractSlider::rangeChanged, this, &FrozenColumn::update);
    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &FrozenColumn::update);
    connect(header, &QHeaderView::sectionMoved, this, &FrozenColumn::update);
    connect(header, &QHeaderView::geometriesChanged, this, &FrozenColumn::update);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &FrozenColumn::syncSortIndicator);
    // Sorting from the frozen header sorts the table, as a click on the table's own header would.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, table, [this](int column) {
        QHeaderView *tableHeader = m_table->horizontalHeader();
        const Qt::SortOrder order = tableHeader->sortIndicatorSection() == column &&
                                            tableHeader->sortIndicatorOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        m_table->sortByColumn(column, order);
    });
    connect(m_frozen, &QWidget::customContextMenuRequested, table, [this](const QPoint &pos) {
        const QPoint inTable = m_table->viewport()->mapFrom(m_frozen->viewport(), pos);
        Q_EMIT m_table->customContextMenuRequested(inTable);
    });
    connect(m_frozen, &QAbstractItemView::doubleClicked, table, &QAbstractItemView::doubleClicked);
    connect(m_frozen, &QAbstractItemView::activated, table, &QAbstractItemView::activated);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &FrozenColumn::update);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, &FrozenColumn::update);
    table->installEventFilter(this);
    syncSortIndicator();
}

bool FrozenColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show ||
                               event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange))
        QTimer::singleShot(0, this, &FrozenColumn::update);
    return QObject::eventFilter(watched, event);
}

void FrozenColumn::syncSortIndicator()
{
    const QHeaderView *header = m_table->horizontalHeader();
    m_frozen->horizontalHeader()->setSortIndicator(header->sortIndicatorSection(),
                                                   header->sortIndicatorOrder());
}

void FrozenColumn::update()
{
    const QHeaderView *header = m_table->horizontalHeader();
    // The first column shown (the admin may have moved or hidden some).
    m_column = -1;
    for (int visual = 0; visual < header->count() && m_column < 0; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            m_column = logical;
    }
    const bool scrolled = m_table->horizontalScrollBar()->value() > 0;
    if (m_column < 0 || !scrolled) {
        m_frozen->hide();
        return;
    }
    for (int column = 0; column < m_frozen->model()->columnCount(); ++column)
        m_frozen->setColumnHidden(column, column != m_column);
    const int width = header->sectionSize(m_column);
    m_frozen->setColumnWidth(m_column, width);
    m_frozen->horizontalHeader()->setFixedHeight(header->height());
    m_frozen->verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    const int left = m_table->frameWidth() +
                     (m_table->verticalHeader()->isVisible() ? m_table->verticalHeader()->width() : 0);
    const int top = m_table->frameWidth();
    m_frozen->setGeometry(left, top, width, m_table->viewport()->height() + header->height());
    m_frozen->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
    m_frozen->setAccessibleName(m_table->accessibleName());
    m_frozen->show();
    m_frozen->raise();
}
