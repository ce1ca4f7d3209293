#include "mainwindow.h"

#include "aboutdialog.h"
#include "actioncontroller.h"
#include "auditlog.h"
#include "bulkactionloader.h"
#include "bulkactionmodel.h"
#include "bulkactionpage.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "languagesupport.h"
#include "provisioningerroruserloader.h"
#include "provisioningerrorusermodel.h"
#include "provisioningerroruserpage.h"
#include "provisioningpolicyloader.h"
#include "provisioningpolicymodel.h"
#include "provisioningpolicypage.h"
#include "thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(GraphClient *client, AuditLog *auditLog, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_auditLog(auditLog ? auditLog : new AuditLog(QString(), this))
    , m_cloudPcModel(new CloudPcModel(this))
    , m_cloudPcLoader(new CloudPcLoader(client, m_cloudPcModel, this))
    , m_policyModel(new ProvisioningPolicyModel(this))
    , m_policyLoader(new ProvisioningPolicyLoader(client, m_policyModel, this))
    , m_bulkActionModel(new BulkActionModel(this))
    , m_bulkActionLoader(new BulkActionLoader(client, m_bulkActionModel, this))
    , m_errorUserModel(new ProvisioningErrorUserModel(this))
    , m_errorUserLoader(new ProvisioningErrorUserLoader(client, m_errorUserModel, this))
    , m_cloudPcPage(nullptr)
    , m_policyPage(nullptr)
    , m_bulkActionPage(nullptr)
    , m_errorUserPage(nullptr)
    , m_tabs(new QTabWidget(this))
    , m_theme(new ThemeManager(this))
    , m_autoRefresh(new QTimer(this))
{
    setWindowTitle(tr("Cloud PC Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloudpc-console.svg")));
    m_policyModel->setCloudPcModel(m_cloudPcModel);

    m_cloudPcPage = new CloudPcPage(m_cloudPcModel, m_cloudPcLoader, m_tabs);
    m_policyPage = new ProvisioningPolicyPage(m_policyModel, m_policyLoader, m_tabs);
    m_bulkActionPage = new BulkActionPage(m_bulkActionModel, m_bulkActionLoader, m_cloudPcModel, m_tabs);
    m_errorUserPage = new ProvisioningErrorUserPage(m_errorUserModel, m_errorUserLoader, m_tabs);
    m_tabs->addTab(m_cloudPcPage, QIcon(QStringLiteral(":/icons/tab-cloudpcs.svg")), tr("Cloud PCs"));
    m_tabs->addTab(m_policyPage, QIcon(QStringLiteral(":/icons/tab-policies.svg")),
                   tr("Provisioning policies"));
    m_tabs->addTab(m_bulkActionPage, QIcon(QStringLiteral(":/icons/tab-bulkactions.svg")),
                   tr("Bulk actions"));
    m_tabs->addTab(m_errorUserPage, QIcon(QStringLiteral(":/icons/tab-users.svg")),
                   tr("Users with provisioning errors"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Lists"));
    setCentralWidget(m_tabs);

    connect(m_policyPage, &ProvisioningPolicyPage::showFailedCloudPcsRequested, this,
            &MainWindow::showFailedCloudPcsOfPolicy);
    for (int tab = 0; tab < TabCount; ++tab) {
        ListPage *listPage = page(tab);
        connect(listPage->loader(), &ListLoader::loadingChanged, this, &MainWindow::onLoadingChanged);
        connect(listPage->loader(), &ListLoader::finished, this, &MainWindow::updateTabTitles);
        connect(listPage, &ListPage::selectionCountChanged, this, [this](int count) {
            if (count > 1)
                statusBar()->showMessage(tr("%n row(s) selected", nullptr, count), 5000);
        });
    }
    connect(m_cloudPcLoader, &ListLoader::finished, this, [this](qint64 count, qint64 elapsedMs) {
        statusBar()->showMessage(tr("Loaded %n Cloud PC(s) in %1 ms", nullptr, int(count)).arg(elapsedMs),
                                 10000);
    });

    createActions();
    m_actions = new ActionController(this, client, m_auditLog);
    AboutDialog::addHelpMenu(this, m_client); // last on the menu bar, after Actions
    m_theme->applySaved();

    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!isLoading())
            refresh();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (int tab = 0; tab < TabCount; ++tab)
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
    for (int tab = 0; tab < TabCount; ++tab) {
        if (page(tab)->loader()->isLoading())
            return true;
    }
    return false;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));

    m_refreshAction = new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload every list from Microsoft Graph (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_cancelAction = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel loading"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop loading; what has arrived stays (Esc)"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoading);

    auto *exportCsv = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export as &CSV…"), this);
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    exportCsv->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportCsv->setToolTip(tr("Save the rows shown in this tab as CSV"));
    connect(exportCsv, &QAction::triggered, this, [this] { exportCurrent(false); });
    auto *exportJson = new QAction(tr("Export as &JSON…"), this);
    exportJson->setObjectName(QStringLiteral("exportJsonAction"));
    exportJson->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportJson->setToolTip(tr("Save the rows shown in this tab as JSON with Graph's property names"));
    connect(exportJson, &QAction::triggered, this, [this] { exportCurrent(true); });

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    fileMenu->addAction(exportCsv);
    fileMenu->addAction(exportJson);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_cancelAction);
    QMenu *autoMenu = viewMenu->addMenu(tr("&Auto-refresh"));
    m_autoRefreshGroup = new QActionGroup(this);
    for (int minutes : {0, 5, 15, 30}) {
        QAction *action =
            autoMenu->addAction(minutes == 0 ? tr("Off") : tr("Every %n minute(s)", nullptr, minutes));
        action->setCheckable(true);
        action->setData(minutes);
        m_autoRefreshGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] { setAutoRefreshMinutes(minutes); });
    }
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const QPair<ThemeManager::Theme, QString> themes[] = {
        {ThemeManager::Theme::System, tr("Follow the &system")},
        {ThemeManager::Theme::Light, tr("&Light")},
        {ThemeManager::Theme::Dark, tr("&Dark")},
    };
    for (const auto &theme : themes) {
        QAction *action = themeMenu->addAction(theme.second);
        action->setCheckable(true);
        themeGroup->addAction(action);
        const ThemeManager::Theme value = theme.first;
        connect(action, &QAction::triggered, this, [this, value] { m_theme->setTheme(value); });
        connect(m_theme, &ThemeManager::themeChanged, action,
                [action, value](ThemeManager::Theme current) { action->setChecked(current == value); });
    }

    const QString tabNames[] = {tr("&Cloud PCs"), tr("&Provisioning policies"), tr("&Bulk actions"),
                                tr("&Users with provisioning errors")};
    for (int tab = 0; tab < TabCount; ++tab) {
        QAction *action = goMenu->addAction(tabNames[tab]);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] {
            m_tabs->setCurrentIndex(tab);
            page(tab)->tableView()->setFocus();
        });
    }
    goMenu->addSeparator();
    QAction *findAction = goMenu->addAction(tr("&Filter"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        currentPage()->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        currentPage()->filterEdit()->selectAll();
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_cancelAction);
    toolBar->addSeparator();
    toolBar->addAction(exportCsv);
    LanguageSupport::addLanguageMenu(viewMenu);
}

void MainWindow::setEnvironmentLabel(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setAccessibleName(tr("Connected service"));
    statusBar()->addPermanentWidget(label);
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
    // Cloud PCs first: the policy counts and the bulk action details come from them.
    m_cloudPcLoader->reload();
    m_policyLoader->reload();
    m_bulkActionLoader->reload();
    m_errorUserLoader->reload();
}

void MainWindow::cancelLoading()
{
    for (int tab = 0; tab < TabCount; ++tab)
        page(tab)->loader()->cancel();
}

void MainWindow::onLoadingChanged()
{
    const bool loading = isLoading();
    m_cancelAction->setEnabled(loading);
    m_refreshAction->setEnabled(!loading);
    if (m_wasLoading && !loading)
        Q_EMIT allLoaded();
    m_wasLoading = loading;
}

void MainWindow::updateTabTitles()
{
    const QString names[] = {tr("Cloud PCs"), tr("Provisioning policies"), tr("Bulk actions"),
                             tr("Users with provisioning errors")};
    for (int tab = 0; tab < TabCount; ++tab) {
        const ListLoader *loader = page(tab)->loader();
        const int count = page(tab)->proxyModel()->sourceModel()->rowCount();
        m_tabs->setTabText(tab, loader->hasLoaded() ? QStringLiteral("%1 (%2)").arg(names[tab]).arg(count)
                                                    : names[tab]);
    }
}

void MainWindow::showFailedCloudPcsOfPolicy(const QString &policyId, const QString &policyName)
{
    m_cloudPcPage->filterEdit()->clear();
    m_cloudPcPage->setPolicyFilter(policyId, policyName);
    m_cloudPcPage->setStatusFilter(CloudPcFilterModel::StatusFilter::Failed);
    m_tabs->setCurrentWidget(m_cloudPcPage);
    m_cloudPcPage->tableView()->setFocus();
}

void MainWindow::exportCurrent(bool json)
{
    ListPage *listPage = currentPage();
    auto *dialog = new QFileDialog(this, json ? tr("Export as JSON") : tr("Export as CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, listPage, json](const QString &file) {
        const QString problem = listPage->exportVisibleRows(file, json);
        if (problem.isEmpty()) {
            statusBar()->showMessage(
                tr("Exported %n row(s) to %1", nullptr, int(listPage->visibleRows().size())).arg(file),
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
    if (!m_actions->confirmClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (int tab = 0; tab < TabCount; ++tab)
        page(tab)->saveLayout();
    event->accept();
}
