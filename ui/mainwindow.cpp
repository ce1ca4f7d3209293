#include "mainwindow.h"

#include "aboutdialog.h"
#include "actioncontroller.h"
#include "auditlog.h"
#include "barchart.h"
#include "bulkactionpage.h"
#include "cloudpcloader.h"
#include "cloudpcpage.h"
#include "icons.h"
#include "languagesupport.h"
#include "overviewpage.h"
#include "provisioningerroruserpage.h"
#include "provisioningpolicypage.h"
#include "screenfit.h"
#include "tenantlists.h"
#include "thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <utility>

namespace {
// "0.4 s", "37 s", "2 min 5 s": as an admin reads a duration, with the language's decimal separator.
QString durationText(qint64 ms)
{
    if (ms < 10000)
        return MainWindow::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return MainWindow::tr("%1 s").arg(seconds);
    return MainWindow::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}
} // namespace

MainWindow::MainWindow(TenantLists *lists, AuditLog *auditLog, QWidget *parent)
    : QMainWindow(parent)
    , m_lists(lists)
    , m_auditLog(auditLog ? auditLog : new AuditLog(QString(), this))
    , m_cloudPcPage(nullptr)
    , m_policyPage(nullptr)
    , m_bulkActionPage(nullptr)
    , m_errorUserPage(nullptr)
    , m_tabs(new QTabWidget(this))
    , m_theme(new ThemeManager(this))
    , m_autoRefresh(new QTimer(this))
{
    setWindowIcon(Icons::named(QStringLiteral("cloudpc-console")));

    m_cloudPcPage = new CloudPcPage(lists->cloudPcModel(), lists->cloudPcLoader(), m_tabs, lists->client());
    m_policyPage = new ProvisioningPolicyPage(lists->policyModel(), lists->policyLoader(), m_tabs);
    m_bulkActionPage = new BulkActionPage(lists->bulkActionModel(), lists->bulkActionLoader(),
                                          lists->cloudPcModel(), m_tabs);
    m_errorUserPage =
        new ProvisioningErrorUserPage(lists->errorUserModel(), lists->errorUserLoader(), m_tabs);
    m_overviewPage = new OverviewPage(lists, m_tabs);
    m_tabs->addTab(m_overviewPage, Icons::named(QStringLiteral("tab-overview")), tr("Overview"));
    m_tabs->addTab(m_cloudPcPage, Icons::named(QStringLiteral("tab-cloudpcs")), tr("Cloud PCs"));
    m_tabs->addTab(m_policyPage, Icons::named(QStringLiteral("tab-policies")), tr("Provisioning policies"));
    m_tabs->addTab(m_bulkActionPage, Icons::named(QStringLiteral("tab-bulkactions")), tr("Bulk actions"));
    m_tabs->addTab(m_errorUserPage, Icons::named(QStringLiteral("tab-users")),
                   tr("Users with provisioning errors"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    connect(m_policyPage, &ProvisioningPolicyPage::showFailedCloudPcsRequested, this,
            &MainWindow::showFailedCloudPcsOfPolicy);
    connect(m_overviewPage, &OverviewPage::showCloudPcsWithStatusRequested, this,
            &MainWindow::showCloudPcsWithStatus);
    connect(m_overviewPage, &OverviewPage::selectCloudPcsRequested, this, &MainWindow::selectCloudPcs);
    connect(m_overviewPage, &OverviewPage::showCloudPcsOfPolicyRequested, this,
            [this](const QString &policyId, const QString &policyName, bool failedOnly) {
                if (failedOnly) {
                    showFailedCloudPcsOfPolicy(policyId, policyName);
                    return;
                }
                m_cloudPcPage->clearFilters();
                m_cloudPcPage->setPolicyFilter(policyId, policyName);
                m_tabs->setCurrentWidget(m_cloudPcPage);
                m_cloudPcPage->tableView()->setFocus();
            });
    connect(m_overviewPage, &OverviewPage::selectPolicyRequested, this, [this](const QString &policyId) {
        m_policyPage->filterEdit()->clear();
        m_tabs->setCurrentWidget(m_policyPage);
        m_policyPage->selectIds({policyId});
    });
    connect(m_overviewPage, &OverviewPage::openTabRequested, this, [this](int tab) {
        m_tabs->setCurrentIndex(tab);
        if (ListPage *listPage = page(tab))
            listPage->tableView()->setFocus();
    });
    // Every list's load, also those without a tab of their own (the network connections the Overview shows):
    // "all loaded" is when the last of them ends.
    for (int list = 0; list < TenantLists::ListCount; ++list)
        connect(lists->loader(list), &ListLoader::loadingChanged, this, &MainWindow::onLoadingChanged);
    for (int tab = FirstListTab; tab < TabCount; ++tab) {
        ListPage *listPage = page(tab);
        connect(listPage->loader(), &ListLoader::finished, this, &MainWindow::updateTabTitles);
        connect(listPage, &ListPage::selectionCountChanged, this, [this, listPage](int count) {
            if (m_tabs->currentWidget() == listPage)
                showSelectionCount(count);
        });
    }
    // Lists without a tab of their own (the network connections) count for "everything loaded" too.
    for (int list = TabCount; list < TenantLists::ListCount; ++list)
        connect(m_lists->loader(list), &ListLoader::loadingChanged, this, &MainWindow::onLoadingChanged);
    // When the list on screen was last read, at the right of the status bar.
    m_refreshedLabel = new QLabel(this);
    m_refreshedLabel->setObjectName(QStringLiteral("refreshedLabel"));
    statusBar()->addPermanentWidget(m_refreshedLabel);
    for (int tab = FirstListTab; tab < TabCount; ++tab) {
        connect(page(tab)->loader(), &ListLoader::finished, this, [this, tab] {
            m_refreshedAt[tab] = QDateTime::currentDateTime();
            updateRefreshedLabel();
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateRefreshedLabel);
    // The selection count is the tab's on screen: another tab's says nothing of what an act would act on.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        const ListPage *listPage = page(tab);
        showSelectionCount(listPage ? int(listPage->selectedSourceRows().size()) : 0);
    });
    connect(lists->cloudPcLoader(), &ListLoader::finished, this, [this](qint64 count, qint64 elapsedMs) {
        statusBar()->showMessage(
            tr("Loaded %Ln Cloud PC(s) in %1", nullptr, int(count)).arg(durationText(elapsedMs)), 10000);
    });

    createActions();
    retranslateUi();
    m_languageGeneration = LanguageSupport::generation();
    m_actions = new ActionController(lists, this, m_auditLog);
    m_overviewPage->setActionController(m_actions);
    m_menus.insert(Menu::Help, AboutDialog::addHelpMenu(this, lists->client())); // last, after Actions
    m_theme->applySaved();

    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!isLoading())
            refresh();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(screenFitted(this, QSize(1360, 800)));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (int tab = FirstListTab; tab < TabCount; ++tab)
        page(tab)->restoreLayout();
    setAutoRefreshMinutes(settings.value(QStringLiteral("refresh/autoMinutes"), 0).toInt());
}

MainWindow::~MainWindow() = default;

ListPage *MainWindow::page(int tab) const
{
    switch (tab) {
    case CloudPcsTab:
        return m_cloudPcPage;
    case PoliciesTab:
        return m_policyPage;
    case BulkActionsTab:
        return m_bulkActionPage;
    case ErrorUsersTab:
        return m_errorUserPage;
    }
    return nullptr;
}

ListPage *MainWindow::currentPage() const
{
    return page(m_tabs->currentIndex());
}

bool MainWindow::isLoading() const
{
    return m_lists->isLoading();
}

void MainWindow::addMenu(Menu id, QMenu *menu)
{
    // Before the first menu that comes after it (m_menus is ordered by id).
    QAction *before = nullptr;
    for (auto it = m_menus.constBegin(); it != m_menus.constEnd(); ++it) {
        if (id < it.key()) {
            before = it.value()->menuAction();
            break;
        }
    }
    menuBar()->insertMenu(before, menu);
    m_menus.insert(id, menu);
}

void MainWindow::addShellToolBar(QToolBar *toolBar, bool ownLine)
{
    if (ownLine)
        addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, toolBar);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    // A bottom dock opens at its own preferred height and at most a fifth of the window, not the 40 % a
    // QMainWindow hands an empty one.
    if (area == Qt::BottomDockWidgetArea) {
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (!visible || dock->isFloating())
                return;
            const int cap = height() / 5;
            const int wanted = qMin(dock->widget() ? dock->widget()->sizeHint().height() : cap, cap);
            if (dock->height() > cap)
                resizeDocks({dock}, {qMax(wanted, dock->minimumSizeHint().height())}, Qt::Vertical);
        });
    }
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

int MainWindow::currentTab() const
{
    return m_tabs->currentIndex();
}

QStringList MainWindow::selectedIds(int tab) const
{
    const ListPage *listPage = page(tab);
    return listPage ? listPage->selectedIds() : QStringList();
}

void MainWindow::addContextAction(int tab, QAction *action)
{
    if (ListPage *listPage = page(tab))
        listPage->addContextAction(action);
}

void MainWindow::onSelectionChanged(QObject *receiver, std::function<void()> changed)
{
    for (int tab = FirstListTab; tab < TabCount; ++tab)
        connect(page(tab), &ListPage::selectionCountChanged, receiver, [changed] { changed(); });
    connect(m_tabs, &QTabWidget::currentChanged, receiver, [changed] { changed(); });
}

void MainWindow::createActions()
{
    // The texts are set by retranslateUi(), at once and on every language change.
    QMenu *fileMenu = menuBar()->addMenu(QString());
    QMenu *viewMenu = menuBar()->addMenu(QString());
    QMenu *goMenu = menuBar()->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    goMenu->setObjectName(QStringLiteral("goMenu"));
    m_menus.insert(Menu::File, fileMenu);
    m_menus.insert(Menu::View, viewMenu);
    m_menus.insert(Menu::Go, goMenu);

    m_refreshAction = new QAction(Icons::named(QStringLiteral("refresh")), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_cancelAction = new QAction(Icons::named(QStringLiteral("cancel")), QString(), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoading);

    m_exportCsvAction = new QAction(Icons::named(QStringLiteral("export")), QString(), this);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_exportCsvAction, &QAction::triggered, this, [this] { exportCurrent(false); });
    m_exportJsonAction = new QAction(this);
    m_exportJsonAction->setObjectName(QStringLiteral("exportJsonAction"));
    connect(m_exportJsonAction, &QAction::triggered, this, [this] { exportCurrent(true); });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    fileMenu->addAction(m_exportCsvAction);
    fileMenu->addAction(m_exportJsonAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_cancelAction);
    m_autoRefreshMenu = viewMenu->addMenu(QString());
    m_autoRefreshGroup = new QActionGroup(this);
    for (int minutes : {0, 5, 15, 30}) {
        QAction *action = m_autoRefreshMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(minutes);
        m_autoRefreshGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] { setAutoRefreshMinutes(minutes); });
    }
    m_themeMenu = viewMenu->addMenu(QString());
    auto *themeGroup = new QActionGroup(this);
    for (const ThemeManager::Theme value :
         {ThemeManager::Theme::System, ThemeManager::Theme::Light, ThemeManager::Theme::Dark}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        themeGroup->addAction(action);
        m_themeActions.append(action);
        connect(action, &QAction::triggered, this, [this, value] { m_theme->setTheme(value); });
        connect(m_theme, &ThemeManager::themeChanged, action,
                [action, value](ThemeManager::Theme current) { action->setChecked(current == value); });
    }

    for (int tab = 0; tab < TabCount; ++tab) {
        QAction *action = goMenu->addAction(QString());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        m_goActions.append(action);
        connect(action, &QAction::triggered, this, [this, tab] {
            m_tabs->setCurrentIndex(tab);
            if (ListPage *listPage = page(tab))
                listPage->tableView()->setFocus();
            else
                m_overviewPage->statusChart()->setFocus();
        });
    }
    goMenu->addSeparator();
    m_findAction = goMenu->addAction(QString());
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        ListPage *listPage = currentPage();
        if (!listPage) // the Overview: filter the Cloud PCs
            listPage = m_cloudPcPage;
        m_tabs->setCurrentWidget(listPage);
        listPage->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        listPage->filterEdit()->selectAll();
    });

    m_mainToolBar = addToolBar(QString());
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_mainToolBar->setMovable(false);
    m_mainToolBar->addAction(m_refreshAction);
    m_mainToolBar->addAction(m_cancelAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_exportCsvAction);
    LanguageSupport::addLanguageMenu(viewMenu);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Cloud PC Console"));
    m_tabs->setAccessibleName(tr("Lists"));
    updateTabTitles();
    m_menus.value(Menu::File)->setTitle(tr("&File"));
    m_menus.value(Menu::View)->setTitle(tr("&View"));
    m_menus.value(Menu::Go)->setTitle(tr("&Go"));

    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Reload every list from Microsoft Graph (F5)"));
    m_cancelAction->setText(tr("&Cancel loading"));
    m_cancelAction->setToolTip(tr("Stop loading; what has arrived stays (Esc)"));
    m_exportCsvAction->setText(tr("Export as &CSV…"));
    m_exportCsvAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportCsvAction->setToolTip(tr("Save the rows shown in this tab as CSV"));
    m_exportJsonAction->setText(tr("Export as &JSON…"));
    m_exportJsonAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportJsonAction->setToolTip(tr("Save the rows shown in this tab as JSON with Graph's property names"));
    m_quitAction->setText(tr("&Quit"));

    m_autoRefreshMenu->setTitle(tr("&Auto-refresh"));
    for (QAction *action : m_autoRefreshGroup->actions()) {
        const int minutes = action->data().toInt();
        action->setText(minutes == 0 ? tr("Off") : tr("Every %Ln minute(s)", nullptr, minutes));
    }
    m_themeMenu->setTitle(tr("&Theme"));
    const QString themeNames[] = {tr("Follow the &system"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < m_themeActions.size(); ++i)
        m_themeActions.at(i)->setText(themeNames[i]);

    const QString tabNames[] = {tr("&Overview"), tr("&Cloud PCs"), tr("&Provisioning policies"),
                                tr("&Bulk actions"), tr("&Users with provisioning errors")};
    // Ctrl+1 the Overview, Ctrl+2 to Ctrl+5 the lists, in the order of the tabs.
    for (int tab = 0; tab < TabCount; ++tab)
        m_goActions.at(tab)->setText(tabNames[tab]);
    m_findAction->setText(tr("&Filter"));
    m_mainToolBar->setWindowTitle(tr("Main"));

    if (m_environmentLabel) {
        if (m_environmentText)
            m_environmentLabel->setText(m_environmentText());
        m_environmentLabel->setAccessibleName(tr("Connected service"));
    }
    updateRefreshedLabel();
    if (QMenu *help = m_menus.value(Menu::Help))
        AboutDialog::retranslateHelpMenu(help);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Each translator removed or installed sends one: the models of the lists are read again once per
        // change of language (with 100,000 rows that costs a re-filter and re-sort), the texts every time.
        if (m_languageGeneration != LanguageSupport::generation()) {
            m_languageGeneration = LanguageSupport::generation();
            m_lists->retranslate();
            // A message of the old language goes (the next says its news in the new one).
            statusBar()->clearMessage();
        }
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setEnvironmentLabel(const QString &text)
{
    setEnvironmentLabel([text] { return text; });
}

void MainWindow::setEnvironmentLabel(std::function<QString()> text)
{
    if (!text)
        return;
    m_environmentText = std::move(text);
    if (!m_environmentLabel) {
        m_environmentLabel = new QLabel(this);
        statusBar()->addPermanentWidget(m_environmentLabel);
    }
    m_environmentLabel->setText(m_environmentText());
    m_environmentLabel->setAccessibleName(tr("Connected service"));
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    m_autoRefreshMinutes = qMax(0, minutes);
    QSettings().setValue(QStringLiteral("refresh/autoMinutes"), m_autoRefreshMinutes);
    if (m_autoRefreshMinutes > 0)
        m_autoRefresh->start(m_autoRefreshMinutes * 60 * 1000);
    else
        m_autoRefresh->stop();
    for (QAction *action : m_autoRefreshGroup->actions())
        action->setChecked(action->data().toInt() == m_autoRefreshMinutes);
}

void MainWindow::refresh()
{
    m_lists->reload();
}

void MainWindow::cancelLoading()
{
    m_lists->cancel();
}

void MainWindow::onLoadingChanged()
{
    const bool loading = m_lists->isLoading();
    m_cancelAction->setEnabled(loading);
    m_refreshAction->setEnabled(!loading);
    if (m_wasLoading && !loading)
        Q_EMIT allLoaded();
    m_wasLoading = loading;
}

void MainWindow::showSelectionCount(int count)
{
    // "N rows selected" stays while they are; one row or none clears it (only this message, not another).
    if (count > 1) {
        m_selectionMessage = tr("%Ln row(s) selected", nullptr, count);
        statusBar()->showMessage(m_selectionMessage);
    } else if (!m_selectionMessage.isEmpty()) {
        if (statusBar()->currentMessage() == m_selectionMessage)
            statusBar()->clearMessage();
        m_selectionMessage.clear();
    }
}

void MainWindow::updateTabTitles()
{
    const QString names[] = {tr("Overview"), tr("Cloud PCs"), tr("Provisioning policies"), tr("Bulk actions"),
                             tr("Users with provisioning errors")};
    m_tabs->setTabText(OverviewTab, names[OverviewTab]);
    for (int tab = FirstListTab; tab < TabCount; ++tab) {
        const ListLoader *loader = page(tab)->loader();
        const int count = page(tab)->proxyModel()->sourceModel()->rowCount();
        // The count with the language's group separators ("Cloud PCs (5,000)", "Cloud-PCs (5.000)").
        m_tabs->setTabText(tab, loader->hasLoaded()
                                    ? QStringLiteral("%1 (%2)").arg(names[tab], QLocale().toString(count))
                                    : names[tab]);
    }
}

void MainWindow::updateRefreshedLabel()
{
    int tab = m_tabs->currentIndex();
    if (tab == OverviewTab) // the Overview's numbers are the Cloud PCs'
        tab = CloudPcsTab;
    const QDateTime at = tab >= 0 && tab < TabCount ? m_refreshedAt[tab] : QDateTime();
    m_refreshedLabel->setVisible(at.isValid());
    if (!at.isValid())
        return;
    const QLocale locale;
    // The time today; the date too from the next day on.
    m_refreshedLabel->setText(
        at.date() == QDate::currentDate()
            ? tr("Refreshed at %1").arg(locale.toString(at.time(), QLocale::ShortFormat))
            : tr("Refreshed on %1").arg(locale.toString(at, QLocale::ShortFormat)));
    m_refreshedLabel->setToolTip(tr("This list was last read from Microsoft Graph on %1.")
                                     .arg(locale.toString(at, QLocale::LongFormat)));
}

void MainWindow::showCloudPcsWithStatus(CloudPcStatus status)
{
    m_cloudPcPage->clearFilters();
    // The quick filter where there is one (its button shows it), otherwise the status itself.
    if (status == CloudPcStatus::Failed)
        m_cloudPcPage->setStatusFilter(CloudPcFilterModel::StatusFilter::Failed);
    else if (status == CloudPcStatus::InGracePeriod)
        m_cloudPcPage->setStatusFilter(CloudPcFilterModel::StatusFilter::InGracePeriod);
    else
        m_cloudPcPage->setExactStatusFilter(status, CloudPcStatuses::displayText(status, QString()));
    m_tabs->setCurrentWidget(m_cloudPcPage);
    m_cloudPcPage->tableView()->setFocus();
}

void MainWindow::selectCloudPcs(const QStringList &ids)
{
    m_cloudPcPage->clearFilters();
    m_tabs->setCurrentWidget(m_cloudPcPage);
    m_cloudPcPage->selectIds(ids);
    m_cloudPcPage->tableView()->setFocus();
}

void MainWindow::showFailedCloudPcsOfPolicy(const QString &policyId, const QString &policyName)
{
    m_cloudPcPage->clearFilters();
    m_cloudPcPage->setPolicyFilter(policyId, policyName);
    m_cloudPcPage->setStatusFilter(CloudPcFilterModel::StatusFilter::Failed);
    m_tabs->setCurrentWidget(m_cloudPcPage);
    m_cloudPcPage->tableView()->setFocus();
}

QString MainWindow::exportFileName(const QString &subject, const QString &suffix, const QDate &date)
{
    return QStringLiteral("%1-%2.%3").arg(subject, date.toString(Qt::ISODate), suffix);
}

void MainWindow::exportCurrent(bool json)
{
    ListPage *listPage = currentPage();
    if (!listPage) // the Overview has no rows of its own
        return;
    auto *dialog = new QFileDialog(this, json ? tr("Export as JSON") : tr("Export as CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    // The tab and today's date: "cloud-pcs-2026-11-27.csv".
    static const char *const subjects[TabCount] = {"overview", "cloud-pcs", "provisioning-policies",
                                                   "bulk-actions", "users-with-provisioning-errors"};
    const int tab = m_tabs->currentIndex();
    dialog->selectFile(exportFileName(QLatin1String(subjects[tab >= 0 && tab < TabCount ? tab : 0]),
                                      json ? QStringLiteral("json") : QStringLiteral("csv")));
    connect(dialog, &QFileDialog::fileSelected, this, [this, listPage, json](const QString &file) {
        const QString problem = listPage->exportVisibleRows(file, json);
        if (problem.isEmpty()) {
            statusBar()->showMessage(
                tr("Exported %Ln row(s) to %1", nullptr, int(listPage->visibleRows().size())).arg(file),
                10000);
        } else {
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Export"),
                                tr("Could not write %1: %2").arg(file, problem), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        Q_EMIT firstPainted();
    }
    return result;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With acts under way the admin is asked, and the window closes once they choose to close anyway.
    const bool confirmed = std::exchange(m_closeConfirmed, false);
    if (!confirmed && !m_actions->confirmLeave(ActionController::Leave::Close, [this] {
            m_closeConfirmed = true;
            close();
        })) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (int tab = FirstListTab; tab < TabCount; ++tab)
        page(tab)->saveLayout();
    event->accept();
}
