#pragma once

#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QWidget>

class FrozenColumn;
class ListLoader;
class QAbstractItemModel;
class QAbstractItemView;
class QAbstractProxyModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
struct GraphError;

// What every list tab has: a filter box, a progress bar while loading, a sortable table behind a proxy, a
// detail pane beside it, a line that says what is shown (loading, empty, how many, or the error with its
// request-id and a button to copy it), copy of the selected rows, CSV/JSON export of the visible rows, a
// header menu to show and hide columns, and a column layout remembered per view.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    // `proxy` sorts and filters `model` for the table; a QSortFilterProxyModel is set up to sort by
    // TableRoles::SortRole and to filter every column by the filter box's text.
    ListPage(ListLoader *loader, QAbstractItemModel *model, QAbstractProxyModel *proxy,
             const QString &settingsKey, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    // The view that keeps the first column in sight while the table scrolls sideways.
    FrozenColumn *frozenColumn() const { return m_frozenColumn; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAbstractProxyModel *proxyModel() const { return m_proxy; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *copyErrorButton() const { return m_copyError; }
    QTextBrowser *detailView() const { return m_detail; }
    QProgressBar *progressBar() const { return m_progress; }
    QAction *copyAction() const { return m_copyAction; }
    ListLoader *loader() const { return m_loader; }

    // Actions offered in the table's context menu (after Copy).
    void addContextAction(QAction *action);

    // Source rows of the selected rows, in the order shown.
    QList<int> selectedSourceRows() const;
    // Graph ids of the selected rows (TableRoles::IdRole), in the order shown.
    QStringList selectedIds() const;
    // Proxy rows shown, and the columns shown in the order shown.
    QList<int> visibleRows() const;
    QList<int> visibleColumns() const;

    // The selected rows, tab-separated, as Ctrl+C puts them on the clipboard.
    QString selectedRowsText() const;
    void copySelectedRows();
    QByteArray visibleRowsCsv() const;
    QByteArray visibleRowsJson() const;
    // Writes the rows shown to a file; returns an error text, empty on success.
    QString exportVisibleRows(const QString &fileName, bool json) const;

    // Selects exactly the rows of these ids among the rows shown (others are left unselected), makes the
    // first current and scrolls to it. Returns how many were selected.
    int selectIds(const QStringList &ids);

    void saveLayout() const;
    void restoreLayout();
    // The widths a column gets before the admin changes it: its default, widened to its header's text (with
    // the sort indicator) and its typical texts, in the current language and font.
    int defaultColumnWidth(int column) const;

Q_SIGNALS:
    void selectionCountChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;
    // QEvent::LanguageChange: retranslateUi().
    void changeEvent(QEvent *event) override;
    // Every text of the page in the current language: the controls', the state line, the detail pane, and
    // the widths of the columns the admin has not changed (fitted to the headers in the new language).
    // Subclasses add their own texts (and call this first); their constructors call it once.
    virtual void retranslateUi();
    // The widths (in em) the columns get before the admin changes them.
    virtual QList<int> defaultColumnWidths() const = 0;
    // Texts a column typically holds ("Dedicated", a full date), which its first width fits too. Default:
    // none.
    virtual QStringList typicalTexts(int column) const;
    // Whether the column's cells show an icon before their text (counted in its default width).
    virtual bool columnHasIcon(int column) const;
    // A date and time as the lists show them, at its widest ("28/12/2026, 23:58").
    static QString typicalDateTime();
    // Nouns for the state line, e.g. "Cloud PCs": "%n Cloud PC(s)", "Loading Cloud PCs…".
    virtual QString countText(int count) const = 0;
    virtual QString listName() const = 0;
    // Fills the detail pane for one source row; -1: nothing selected (or several: the summary follows).
    virtual void showDetail(int sourceRow) = 0;
    // With several rows selected, the detail pane says how many (countText) and lists these label/value
    // rows under it, e.g. how many of them have each status. Default: none.
    virtual QList<QPair<QString, QString>> selectionSummary(const QList<int> &sourceRows) const;
    // Shows the selection again in the detail pane after the rows' data changed (once, when the changes
    // are done).
    void refreshDetail() { m_detailTimer.start(); }
    // "4,480": a count with the language's group separators.
    static QString countNumber(qsizetype count);
    // How the filter box filters (default, for a QSortFilterProxyModel: a fixed string over every column).
    virtual void applyFilterText(const QString &text);
    // Called first when a load starts and when it ends. Default, for a QSortFilterProxyModel: while pages
    // arrive, rows are appended as they come (sorting each page into 100,000 rows would stall the window);
    // the finished list is sorted once.
    virtual void loadingStateChanged(bool loading);

    // A row of controls above the table, beside the filter box.
    QHBoxLayout *toolRow() const { return m_toolRow; }
    // The source row of an id, -1 when none; default -1: selectIds then reads every row's id.
    virtual int sourceRowOfId(const QString &id) const;
    // The widget beside the table (default: a QTextBrowser).
    void setDetailWidget(QWidget *widget);
    QSplitter *splitter() const { return m_splitter; }
    // HTML for a detail pane: a title and rows of label/value (values are escaped). A value with a word
    // wider than the value column at the pane's width (an address, a long id) goes on a line of its own
    // under its label, so that it is not broken inside.
    QString detailHtml(const QString &title, const QList<QPair<QString, QString>> &fields) const;
    // Shows detailHtml in the detail pane and lays it out again when the pane's width changes.
    void showDetailFields(const QString &title, const QList<QPair<QString, QString>> &fields);
    bool eventFilter(QObject *watched, QEvent *event) override;
    // How wide a cell of this view must be to show this text whole (its margins; an icon before it).
    static int cellWidth(const QAbstractItemView *view, const QString &text, bool withIcon);

    void updateState();

private:
    // A reload drops every row; the rows that were selected are selected again as they arrive.
    void rememberSelection();
    void reselectArrived(int first, int last);
    void showError(const GraphError &error);
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    // The texts of ListPage's own controls (not the state line: the subclass is not there yet).
    void retranslateOwnTexts();
    // Sets each column to its default width; remembers the widths, so that a language change can tell the
    // columns the admin has not resized since.
    void resetColumnWidths();
    // After restoreLayout: the columns saved at their default width (savedDefaults, in the language and
    // font they were saved in) get this language's; when the layout was saved in another language, no
    // column stays narrower than its header's text.
    void fitRestoredWidths(const QString &savedLanguage, const QVariantList &savedDefaults);
    // After a language change: the columns still at their default width get the new language's.
    void refitColumnWidths();
    // The detail pane and the selection count follow what is selected among the rows shown: one row's
    // details, a summary of several, or nothing. Rows that a filter hid or that left the list are not
    // selected any more (the selection model drops them), and the pane follows.
    void updateDetail();

    ListLoader *m_loader;
    QAbstractItemModel *m_model;
    QAbstractProxyModel *m_proxy;
    QString m_settingsKey;
    QLineEdit *m_filter;
    QHBoxLayout *m_toolRow;
    QProgressBar *m_progress;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QWidget *m_detailWidget;
    QWidget *m_stateBar;
    QLabel *m_state;
    QPushButton *m_copyError;
    QAction *m_copyAction;
    QSet<QString> m_pendingSelection; // ids selected before a reload, not back yet
    QString m_pendingCurrent;
    QTimer m_progressTimer; // the count while loading is shown at most this often (each one repaints)
    QList<QAction *> m_contextActions;
    // What showDetailFields shows, to lay it out again at another width (while the pane still shows it).
    QList<bool> stackedFields(const QList<QPair<QString, QString>> &fields, int paneWidth) const;
    QString detailHtml(const QString &title, const QList<QPair<QString, QString>> &fields,
                       const QList<bool> &stacked) const;
    int labelColumnWidth(const QList<QPair<QString, QString>> &fields) const;
    // Whether a cell's text is wider than the cell (elided on screen).
    bool isCut(const QModelIndex &index, const QString &text) const;
    QString m_fieldsTitle;
    QList<QPair<QString, QString>> m_fields;
    QList<bool> m_fieldsStacked;
    bool m_fieldsShown = false;
    bool m_showingFields = false;
    QTimer m_detailTimer; // after the rows shown changed: the pane follows once the change is done
    bool m_tabOrderSet = false;
    FrozenColumn *m_frozenColumn = nullptr;
    QList<int> m_defaultWidths; // per column: its default width, in the language it was computed in
};
