#include "listpage.h"

#include "frozencolumn.h"
#include "grapherror.h"
#include "icons.h"
#include "languagesupport.h"
#include "listloader.h"
#include "tableexport.h"
#include "tableroles.h"

#include <algorithm>
#include <vector>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>
#include <QVariant>
#include <utility>

ListPage::ListPage(ListLoader *loader, QAbstractItemModel *model, QAbstractProxyModel *proxy,
                   const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_model(model)
    , m_proxy(proxy)
    , m_settingsKey(settingsKey)
    , m_filter(new QLineEdit(this))
    , m_toolRow(new QHBoxLayout)
    , m_progress(new QProgressBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_detail(new QTextBrowser(m_splitter))
    , m_detailWidget(m_detail)
    , m_stateBar(new QWidget(this))
    , m_state(new QLabel(m_stateBar))
    , m_copyError(new QPushButton(m_stateBar))
    , m_copyAction(new QAction(this))
{
    m_proxy->setParent(this);
    if (m_proxy->sourceModel() != model)
        m_proxy->setSourceModel(model);
    if (auto *sortFilter = qobject_cast<QSortFilterProxyModel *>(m_proxy)) {
        sortFilter->setSortRole(TableRoles::SortRole);
        sortFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
        sortFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
        sortFilter->setFilterKeyColumn(-1);
    }

    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ListPage::applyFilterText);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Tab leaves the table (arrows move in it): filter, quick filters, table, detail pane.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ListPage::showContextMenu);
    // The first column (the name) stays in sight when the table scrolls sideways.
    m_frozenColumn = new FrozenColumn(m_table);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &ListPage::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListPage::updateDetail);
    // A filter that hides selected rows, or rows that leave the list, change the selection without always
    // saying so (a layout change, a removal): the pane and the count are checked again afterwards.
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(0);
    connect(&m_detailTimer, &QTimer::timeout, this, &ListPage::updateDetail);
    auto later = [this] {
        m_detailTimer.start();
    };
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, later);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, later);

    m_detail->setOpenLinks(false);
    m_detail->setFrameShape(QFrame::NoFrame);
    m_detail->setTabChangesFocus(true);
    // Fields shown by showDetailFields are laid out again at another width, until something else is shown.
    m_detail->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_detail, &QTextEdit::textChanged, this, [this] {
        if (!m_showingFields)
            m_fieldsShown = false;
    });
    // Where the keyboard is stays visible in every theme: the table or pane with focus gets a frame in the
    // theme's highlight colour (the same width without focus, so nothing moves).
    setStyleSheet(
        QStringLiteral("QTableView, QTextBrowser { border: 2px solid transparent; }"
                       "QTableView:focus, QTextBrowser:focus { border: 2px solid palette(highlight); }"));
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setIcon(Icons::named(QStringLiteral("copy")));
    connect(m_copyAction, &QAction::triggered, this, &ListPage::copySelectedRows);
    m_table->addAction(m_copyAction);

    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(4);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_state->setWordWrap(true);
    m_copyError->setIcon(Icons::named(QStringLiteral("copy")));
    retranslateOwnTexts(); // the subclass's constructor calls retranslateUi() once it can say what it lists
    m_copyError->hide();
    connect(m_copyError, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_loader->lastError().details()); });
    auto *stateLayout = new QHBoxLayout(m_stateBar);
    stateLayout->setContentsMargins(8, 4, 8, 4);
    stateLayout->addWidget(m_state, 1);
    stateLayout->addWidget(m_copyError);

    m_toolRow->setContentsMargins(6, 6, 6, 6);
    m_toolRow->addWidget(m_filter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_toolRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_stateBar);

    connect(m_loader, &ListLoader::loadingChanged, this, [this](bool loading) {
        loadingStateChanged(loading);
        m_progress->setVisible(loading);
        updateState();
    });
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(200);
    connect(&m_progressTimer, &QTimer::timeout, this, &ListPage::updateState);
    connect(m_loader, &ListLoader::progress, this, [this] {
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });
    connect(m_loader, &ListLoader::cancelled, this, &ListPage::updateState);
    connect(m_loader, &ListLoader::failed, this, &ListPage::showError);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &ListPage::rememberSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { reselectArrived(first, last); });
    connect(m_loader, &ListLoader::loadingChanged, this, [this](bool loading) {
        if (!loading) {
            m_pendingSelection.clear();
            m_pendingCurrent.clear();
        }
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPage::updateState);
}

void ListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_tabOrderSet, true))
        return;
    // The order the controls are seen in, whatever order they were made in: the filter box, the controls
    // beside it (quick filters), then the table.
    QWidget *previous = m_filter;
    for (int i = 0; i < m_toolRow->count(); ++i) {
        QWidget *widget = m_toolRow->itemAt(i)->widget();
        if (!widget || widget == m_filter || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
    QWidget::setTabOrder(previous, m_table);
    if (m_detailWidget->focusPolicy() != Qt::NoFocus)
        QWidget::setTabOrder(m_table, m_detailWidget);
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ListPage::retranslateUi()
{
    retranslateOwnTexts();
    updateState();
    refreshDetail();
    refitColumnWidths();
}

void ListPage::retranslateOwnTexts()
{
    m_copyError->setText(tr("Copy details"));
    m_copyError->setToolTip(tr("Copy the error with its request-id, for a support case"));
    m_copyAction->setText(tr("&Copy rows"));
    m_copyAction->setToolTip(tr("Copy the selected rows, tab-separated (Ctrl+C)"));
    m_table->horizontalHeader()->setAccessibleName(tr("Column headers"));
    m_detail->setPlaceholderText(tr("Select a row to see its details."));
}

void ListPage::setDetailWidget(QWidget *widget)
{
    // The pane may already have taken the text browser out of the splitter.
    if (m_splitter->count() > 1)
        m_splitter->replaceWidget(1, widget);
    else
        m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(1, 1);
    m_detailWidget = widget;
    if (widget != m_detail && !widget->isAncestorOf(m_detail))
        m_detail->hide();
}

void ListPage::addContextAction(QAction *action)
{
    m_contextActions.append(action);
}

void ListPage::applyFilterText(const QString &text)
{
    if (auto *sortFilter = qobject_cast<QSortFilterProxyModel *>(m_proxy))
        sortFilter->setFilterFixedString(text);
}

void ListPage::loadingStateChanged(bool loading)
{
    if (auto *sortFilter = qobject_cast<QSortFilterProxyModel *>(m_proxy))
        sortFilter->setDynamicSortFilter(!loading);
}

void ListPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    bool error = false;
    if (m_loader->isLoading()) {
        text = tr("Loading %1… %Ln loaded", nullptr, total).arg(listName());
        // Rows arrive in Graph's order and are put in order once all are there (sorting every page would
        // stall the window): the sort indicator must not pass for a sorted list meanwhile.
        const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
        if (sortColumn >= 0 && sortColumn < m_model->columnCount() && total > 0)
            text += QLatin1Char(' ') + tr("(sorted by %1 when all have arrived)")
                                           .arg(m_model->headerData(sortColumn, Qt::Horizontal).toString());
    } else if (m_loader->lastError().isError()) {
        text = tr("Could not load the %1: %2").arg(listName(), m_loader->lastError().summary());
        error = true;
    } else if (!m_loader->hasLoaded() && total == 0) {
        text = tr("Not loaded yet. Press F5 to load the %1.").arg(listName());
    } else if (total == 0) {
        text = tr("No %1 in this tenant.").arg(listName());
    } else if (shown == total) {
        text = countText(total);
        if (!m_loader->hasLoaded())
            text += tr(" (loading was cancelled; press F5 to load all)");
    } else if (shown == 0) {
        // Nothing matches: said as such, not as "0 of 250", with the way back.
        text = tr("No rows match the filter (%1 in all).").arg(countText(total));
    } else {
        text = tr("%1 of %2 shown").arg(countNumber(shown), countText(total));
    }
    m_state->setText(text);
    m_copyError->setVisible(error);
    m_stateBar->setProperty("error", error);
    m_stateBar->setAutoFillBackground(error);
    QPalette palette = this->palette();
    if (error) {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        palette.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1e, 0x1a) : QColor(0xfd, 0xe7, 0xe9));
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xdd, 0xd9) : QColor(0x8a, 0x1c, 0x12));
    }
    m_stateBar->setPalette(palette);
    m_state->setPalette(palette);
}

void ListPage::showError(const GraphError &error)
{
    Q_UNUSED(error);
    updateState();
}

QList<int> ListPage::selectedSourceRows() const
{
    // The rows of the selection's ranges (QItemSelectionModel::selectedRows tests every row against every
    // range: with thousands of scattered rows selected, as the Overview selects a failure's Cloud PCs, that
    // took seconds). A range over only some columns counts when its whole row is selected.
    const QItemSelectionModel *selection = m_table->selectionModel();
    const int lastColumn = m_proxy->columnCount() - 1;
    QList<int> proxyRows;
    for (const QItemSelectionRange &range : selection->selection()) {
        const bool whole = range.left() == 0 && range.right() == lastColumn;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (whole || selection->isRowSelected(row, range.parent()))
                proxyRows.append(row);
        }
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    QList<int> rows;
    for (int row : proxyRows)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return rows;
}

QStringList ListPage::selectedIds() const
{
    QStringList ids;
    for (int row : selectedSourceRows())
        ids << m_model->index(row, 0).data(TableRoles::IdRole).toString();
    return ids;
}

QList<int> ListPage::visibleRows() const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(row);
    return rows;
}

QList<int> ListPage::visibleColumns() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString ListPage::selectedRowsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return TableExport::toTsv(m_proxy, rows, visibleColumns());
}

void ListPage::copySelectedRows()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QByteArray ListPage::visibleRowsCsv() const
{
    return TableExport::toCsv(m_proxy, visibleRows(), visibleColumns());
}

QByteArray ListPage::visibleRowsJson() const
{
    return TableExport::toJson(m_proxy, visibleRows());
}

QString ListPage::exportVisibleRows(const QString &fileName, bool json) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(json ? visibleRowsJson() : visibleRowsCsv());
    if (!file.commit())
        return file.errorString();
    return {};
}

void ListPage::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setAccessibleName(tr("Columns"));
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot be hidden.
        action->setEnabled(header->isSectionHidden(column) ||
                           header->hiddenSectionCount() < header->count() - 1);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, [this, header] {
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
        resetColumnWidths();
    });
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void ListPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_copyAction);
    if (!m_contextActions.isEmpty())
        menu.addSeparator();
    for (QAction *action : qAsConst(m_contextActions))
        menu.addAction(action);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ListPage::rememberSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    for (const QModelIndex &index : rows)
        m_pendingSelection.insert(index.data(TableRoles::IdRole).toString());
    m_pendingCurrent = m_table->selectionModel()->currentIndex().data(TableRoles::IdRole).toString();
}

void ListPage::reselectArrived(int first, int last)
{
    if (m_pendingSelection.isEmpty())
        return;
    QItemSelection selection;
    QModelIndex current;
    for (int row = first; row <= last && !m_pendingSelection.isEmpty(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const QString id = index.data(TableRoles::IdRole).toString();
        if (!m_pendingSelection.remove(id))
            continue;
        selection.select(index, index);
        if (id == m_pendingCurrent)
            current = index;
    }
    if (selection.isEmpty())
        return;
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (current.isValid())
        m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
}

void ListPage::updateDetail()
{
    m_detailTimer.stop();
    const QList<int> rows = selectedSourceRows();
    if (rows.size() == 1) {
        showDetail(rows.first());
    } else {
        showDetail(-1);
        if (rows.size() > 1) {
            const QString title = tr("%1 selected").arg(countText(int(rows.size())));
            showDetailFields(title, selectionSummary(rows));
        }
    }
    Q_EMIT selectionCountChanged(int(rows.size()));
}

QList<QPair<QString, QString>> ListPage::selectionSummary(const QList<int> &sourceRows) const
{
    Q_UNUSED(sourceRows);
    return {};
}

QString ListPage::countNumber(qsizetype count)
{
    return QLocale().toString(count);
}

int ListPage::labelColumnWidth(const QList<QPair<QString, QString>> &fields) const
{
    // The labels' column is as wide as their longest word ("Bereitstellungsrichtlinie"), so that labels
    // wrap between words and never inside one.
    QFont bold = m_detail->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int labelWidth = 0;
    for (const auto &field : fields) {
        for (const QString &word : field.first.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            labelWidth = qMax(labelWidth, metrics.horizontalAdvance(word));
    }
    return labelWidth;
}

QList<bool> ListPage::stackedFields(const QList<QPair<QString, QString>> &fields, int paneWidth) const
{
    // The value column: the pane less the labels' column, the cells' padding and the document's margin.
    const int margins = 2 * int(m_detail->document()->documentMargin()) + 4 * 3 + 12 +
                        m_detail->verticalScrollBar()->sizeHint().width();
    const int valueWidth = paneWidth - labelColumnWidth(fields) - margins;
    const QFontMetrics metrics(m_detail->font());
    QList<bool> stacked;
    for (const auto &field : fields) {
        int widest = 0;
        for (const QString &word :
             field.second.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            widest = qMax(widest, metrics.horizontalAdvance(word));
        stacked << (widest > valueWidth);
    }
    return stacked;
}

QString ListPage::detailHtml(const QString &title, const QList<QPair<QString, QString>> &fields) const
{
    return detailHtml(title, fields, stackedFields(fields, m_detail->viewport()->width()));
}

QString ListPage::detailHtml(const QString &title, const QList<QPair<QString, QString>> &fields,
                             const QList<bool> &stacked) const
{
    // Labels wrap between words (their column fits the longest); a value whose word is wider than the value
    // column (an address, an id) goes under its label, across the pane: it breaks inside only when it is
    // wider than the whole pane.
    const int labelWidth = labelColumnWidth(fields);
    const QString tableStart = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    bool inTable = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const auto &field = fields.at(i);
        QString value = field.second.toHtmlEscaped();
        value.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        if (value.isEmpty())
            value = QStringLiteral("—");
        if (stacked.at(i)) {
            // Its label, then the value across the pane (outside the table: its columns stay as they are).
            if (inTable)
                html += QLatin1String("</table>");
            inTable = false;
            html +=
                QStringLiteral("<p style=\"margin-top:3px; margin-bottom:0px; margin-left:3px\"><b>%1</b></p>"
                               "<p style=\"margin-top:3px; margin-bottom:3px; margin-left:3px\">%2</p>")
                    .arg(field.first.toHtmlEscaped(), value);
            continue;
        }
        if (!inTable)
            html += tableStart;
        inTable = true;
        html += QStringLiteral("<tr><td valign=\"top\" width=\"%3\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(field.first.toHtmlEscaped(), value)
                    .arg(labelWidth + 12); // with the cell padding on both sides, and a little air
    }
    if (inTable)
        html += QLatin1String("</table>");
    return html;
}

int ListPage::cellWidth(const QAbstractItemView *view, const QString &text, bool withIcon)
{
    // The text and the cell's margins; an icon before it, its size and the same margins again.
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const int icon = view->iconSize().isValid()
                         ? view->iconSize().width()
                         : view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    return view->fontMetrics().horizontalAdvance(text) + margin + (withIcon ? icon + margin : 0);
}

bool ListPage::isCut(const QModelIndex &index, const QString &text) const
{
    return !text.isEmpty() && cellWidth(m_table, text, !index.data(Qt::DecorationRole).isNull()) >
                                  m_table->visualRect(index).width();
}

void ListPage::showDetailFields(const QString &title, const QList<QPair<QString, QString>> &fields)
{
    m_fieldsStacked = stackedFields(fields, m_detail->viewport()->width());
    m_showingFields = true;
    m_detail->setHtml(detailHtml(title, fields, m_fieldsStacked));
    m_showingFields = false;
    m_fieldsTitle = title;
    m_fields = fields;
    m_fieldsShown = true;
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    // A cell whose text is cut ("adele.graham78@contos…") shows all of it in its tooltip, unless the model
    // gives a tooltip of its own.
    if (watched == m_table->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_table->indexAt(help->pos());
        if (index.isValid() && index.data(Qt::ToolTipRole).toString().isEmpty()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            if (isCut(index, text)) {
                QToolTip::showText(help->globalPos(), text, m_table->viewport(), m_table->visualRect(index));
            } else {
                QToolTip::hideText();
                event->ignore();
            }
            return true;
        }
    }
    // The pane's width changed: a value that now fits (or no longer fits) beside its label moves.
    if (watched == m_detail && event->type() == QEvent::Resize && m_fieldsShown &&
        stackedFields(m_fields, m_detail->viewport()->width()) != m_fieldsStacked) {
        const int scrolled = m_detail->verticalScrollBar()->value();
        showDetailFields(m_fieldsTitle, m_fields);
        m_detail->verticalScrollBar()->setValue(scrolled);
    }
    return QWidget::eventFilter(watched, event);
}

QStringList ListPage::typicalTexts(int column) const
{
    Q_UNUSED(column);
    return {};
}

QString ListPage::typicalDateTime()
{
    return QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
}

int ListPage::defaultColumnWidth(int column) const
{
    const QList<int> widths = defaultColumnWidths();
    const QHeaderView *header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int width = column < widths.size() ? widths.at(column) * em : header->defaultSectionSize();
    // The header's text, its margins and the sort indicator ("Bereitstellungsrichtlinie" is longer than
    // "Provisioning policy").
    width = qMax(width, header->sectionSizeHint(column));
    // A cell's text, its margins, its icon if it has one, and a little air.
    for (const QString &text : typicalTexts(column))
        width = qMax(width, cellWidth(m_table, text, columnHasIcon(column)) + em / 2);
    return width;
}

bool ListPage::columnHasIcon(int column) const
{
    Q_UNUSED(column);
    return false;
}

void ListPage::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("views/") + m_settingsKey);
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    // What the widths were measured against: the next start, perhaps in another language, tells the
    // columns still at their default width (fitted again) from those the admin resized.
    settings.setValue(QStringLiteral("language"), LanguageSupport::currentLanguage());
    QVariantList defaults;
    for (int width : m_defaultWidths)
        defaults.append(width);
    settings.setValue(QStringLiteral("defaultWidths"), defaults);
}

void ListPage::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("views/") + m_settingsKey);
    const QByteArray state = settings.value(QStringLiteral("header")).toByteArray();
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state)) {
        resetColumnWidths();
    } else {
        fitRestoredWidths(settings.value(QStringLiteral("language")).toString(),
                          settings.value(QStringLiteral("defaultWidths")).toList());
    }
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({1000, 340});
}

void ListPage::fitRestoredWidths(const QString &savedLanguage, const QVariantList &savedDefaults)
{
    QHeaderView *header = m_table->horizontalHeader();
    const bool otherLanguage = savedLanguage != LanguageSupport::currentLanguage();
    m_defaultWidths.clear();
    for (int column = 0; column < header->count(); ++column) {
        const int fitted = defaultColumnWidth(column);
        m_defaultWidths.append(fitted);
        if (header->isSectionHidden(column))
            continue; // fitted when shown again (the header menu), as sized then
        const int width = header->sectionSize(column);
        // A width saved at the default of its language (and font) is not the admin's: it gets this one's.
        // Widths saved at the defaults of this language count as not changed by hand either.
        const bool atSavedDefault =
            column < savedDefaults.size() && width == savedDefaults.at(column).toInt();
        if (atSavedDefault) {
            header->resizeSection(column, fitted);
        } else if (otherLanguage) {
            // Saved in another language (or before the language was saved with the layout): a width the
            // admin chose stays, but never so narrow that the header's text in this language, with the sort
            // indicator, is cut.
            header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
        }
    }
}

void ListPage::resetColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    m_defaultWidths.clear();
    for (int column = 0; column < header->count(); ++column) {
        m_defaultWidths.append(defaultColumnWidth(column));
        header->resizeSection(column, m_defaultWidths.constLast());
    }
}

void ListPage::refitColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_defaultWidths.size() != header->count())
        return; // not laid out yet (restoreLayout does it)
    const QList<int> before = std::exchange(m_defaultWidths, {});
    for (int column = 0; column < header->count(); ++column) {
        m_defaultWidths.append(defaultColumnWidth(column));
        // A column the admin resized keeps its width; so does the last, which stretches.
        if (!header->isSectionHidden(column) && header->sectionSize(column) == before.at(column))
            header->resizeSection(column, m_defaultWidths.constLast());
    }
}

int ListPage::sourceRowOfId(const QString &) const
{
    return -1;
}

int ListPage::selectIds(const QStringList &ids)
{
    // The rows shown: found by id where the page can (a keyed model: no reading of every row), else by
    // reading each row's id.
    std::vector<int> rows;
    const int shown = m_proxy->rowCount();
    if (!ids.isEmpty() && sourceRowOfId(ids.first()) >= 0) {
        for (const QString &id : ids) {
            const int source = sourceRowOfId(id);
            const QModelIndex index = source >= 0
                                          ? m_proxy->mapFromSource(m_proxy->sourceModel()->index(source, 0))
                                          : QModelIndex();
            if (index.isValid())
                rows.push_back(index.row());
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    } else {
        const QSet<QString> wanted(ids.cbegin(), ids.cend());
        for (int row = 0; row < shown; ++row) {
            if (wanted.contains(m_proxy->index(row, 0).data(TableRoles::IdRole).toString()))
                rows.push_back(row);
        }
    }
    // Runs of neighbouring rows make one range each, so selecting thousands stays cheap.
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (size_t i = 0; i < rows.size();) {
        size_t end = i;
        while (end + 1 < rows.size() && rows[end + 1] == rows[end] + 1)
            ++end;
        selection.select(m_proxy->index(rows[i], 0), m_proxy->index(rows[end], lastColumn));
        i = end + 1;
    }
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.empty()) {
        const QModelIndex first = m_proxy->index(rows.front(), 0);
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
    return int(rows.size());
}
