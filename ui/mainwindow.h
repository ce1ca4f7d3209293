#pragma once

#include "cloudpcstatus.h"
#include "consoleshell.h"

#include <QDate>
#include <QDateTime>
#include <QMainWindow>
#include <QMap>
#include <functional>

class ActionController;
class AuditLog;
class BulkActionPage;
class CloudPcPage;
class ListPage;
class OverviewPage;
class ProvisioningErrorUserPage;
class ProvisioningPolicyPage;
class QAction;
class QActionGroup;
class QLabel;
class QTabWidget;
class QTimer;
class QToolBar;
class TenantLists;
class ThemeManager;

// The console's main window: one tab per list of TenantLists (Cloud PCs, provisioning policies, bulk actions,
// users with provisioning errors), menus, a toolbar, a status bar. The controllers reach it as ConsoleShell.
class MainWindow : public QMainWindow, public ConsoleShell
{
    Q_OBJECT
public:
    // lists: the tenant's lists the tabs show (not owned). auditLog: where acts are recorded; without one,
    // the window keeps its own in the app data folder.
    explicit MainWindow(TenantLists *lists, AuditLog *auditLog = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    TenantLists *lists() const { return m_lists; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    CloudPcPage *cloudPcPage() const { return m_cloudPcPage; }
    ProvisioningPolicyPage *policyPage() const { return m_policyPage; }
    BulkActionPage *bulkActionPage() const { return m_bulkActionPage; }
    ProvisioningErrorUserPage *errorUserPage() const { return m_errorUserPage; }
    QTabWidget *tabs() const { return m_tabs; }
    // The list page of a tab; null for the Overview.
    ListPage *page(int tab) const;
    ListPage *currentPage() const;
    ThemeManager *themeManager() const { return m_theme; }
    ActionController *actions() const { return m_actions; }
    bool isLoading() const;

    void setEnvironmentLabel(const QString &text);
    // A text made again on a language change ("Demo tenant (emulator at …)").
    void setEnvironmentLabel(std::function<QString()> text);
    // Minutes between automatic refreshes; 0: off. Remembered.
    void setAutoRefreshMinutes(int minutes);
    int autoRefreshMinutes() const { return m_autoRefreshMinutes; }

    // ConsoleShell
    QWidget *shellWindow() override { return this; }
    QMenu *menu(Menu id) const override { return m_menus.value(id); }
    void addMenu(Menu id, QMenu *menu) override;
    void addShellToolBar(QToolBar *toolBar, bool ownLine) override;
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void showStatusMessage(const QString &text, int timeoutMs) override;
    void addStatusWidget(QWidget *widget) override;
    int currentTab() const override;
    QStringList selectedIds(int tab) const override;
    void addContextAction(int tab, QAction *action) override;
    void onSelectionChanged(QObject *receiver, std::function<void()> changed) override;

public Q_SLOTS:
    // Reloads every list (F5): the policy counts need the Cloud PCs, and the lists are small beside them.
    void refresh();
    // Stops every load in progress (Esc); what has arrived stays.
    void cancelLoading();
    // Opens the Cloud PCs tab showing the failed Cloud PCs of one policy.
    void showFailedCloudPcsOfPolicy(const QString &policyId, const QString &policyName);
    // Opens the Cloud PCs tab showing the Cloud PCs of one status (every other filter off).
    void showCloudPcsWithStatus(CloudPcStatus status);
    // Opens the Cloud PCs tab with exactly these Cloud PCs selected (every filter off, so all are shown).
    void selectCloudPcs(const QStringList &ids);
    // Asks for a file and exports the current tab's visible rows.
    void exportCurrent(bool json);

public:
    // The name an export dialog suggests: "cloud-pcs-2026-11-27.csv" (subject, the date, the suffix).
    static QString exportFileName(const QString &subject, const QString &suffix,
                                  const QDate &date = QDate::currentDate());

Q_SIGNALS:
    // The window was painted for the first time.
    void firstPainted();
    // Every list finished loading (or failed) after a refresh.
    void allLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    // QEvent::LanguageChange: retranslateUi(), and the lists' models read again.
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    // Every text of the window in the current language (its pages, the controllers and the models follow
    // the same QEvent::LanguageChange).
    void retranslateUi();
    void onLoadingChanged();
    void updateTabTitles();
    void showSelectionCount(int count);
    void updateRefreshedLabel();

    TenantLists *m_lists;
    AuditLog *m_auditLog;
    OverviewPage *m_overviewPage = nullptr;
    CloudPcPage *m_cloudPcPage;
    ProvisioningPolicyPage *m_policyPage;
    BulkActionPage *m_bulkActionPage;
    ProvisioningErrorUserPage *m_errorUserPage;
    QTabWidget *m_tabs;
    QMap<Menu, QMenu *> m_menus;
    ThemeManager *m_theme;
    ActionController *m_actions = nullptr;
    QTimer *m_autoRefresh;
    QActionGroup *m_autoRefreshGroup = nullptr;
    int m_autoRefreshMinutes = 0;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_autoRefreshMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QList<QAction *> m_themeActions; // system, light, dark
    QList<QAction *> m_goActions;    // one per tab
    QToolBar *m_mainToolBar = nullptr;
    QLabel *m_environmentLabel = nullptr;
    std::function<QString()> m_environmentText;
    int m_languageGeneration = 0; // LanguageSupport::generation() the models were last retranslated for
    bool m_painted = false;
    bool m_wasLoading = false;
    bool m_closeConfirmed = false;      // the admin chose to close with acts under way
    QLabel *m_refreshedLabel = nullptr; // when the current tab's list was last read
    QString m_selectionMessage;         // "N rows selected" while it is in the status bar
    QDateTime m_refreshedAt[TabCount];
};
