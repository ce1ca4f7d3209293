#pragma once

#include <QMainWindow>

class ActionController;
class AuditLog;
class BulkActionLoader;
class BulkActionModel;
class BulkActionPage;
class CloudPcLoader;
class CloudPcModel;
class CloudPcPage;
class GraphClient;
class ListPage;
class ProvisioningErrorUserLoader;
class ProvisioningErrorUserModel;
class ProvisioningErrorUserPage;
class ProvisioningPolicyLoader;
class ProvisioningPolicyModel;
class ProvisioningPolicyPage;
class QAction;
class QActionGroup;
class QTabWidget;
class QTimer;
class ThemeManager;

// The console's main window: one tab per list (Cloud PCs, provisioning policies, bulk actions, users with
// provisioning errors), menus, a toolbar, a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { CloudPcsTab, PoliciesTab, BulkActionsTab, ErrorUsersTab, TabCount };

    // auditLog: where acts are recorded; without one, the window keeps its own in the app data folder.
    explicit MainWindow(GraphClient *client, AuditLog *auditLog = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    CloudPcPage *cloudPcPage() const { return m_cloudPcPage; }
    CloudPcModel *cloudPcModel() const { return m_cloudPcModel; }
    CloudPcLoader *cloudPcLoader() const { return m_cloudPcLoader; }
    ProvisioningPolicyPage *policyPage() const { return m_policyPage; }
    ProvisioningPolicyModel *policyModel() const { return m_policyModel; }
    ProvisioningPolicyLoader *policyLoader() const { return m_policyLoader; }
    BulkActionPage *bulkActionPage() const { return m_bulkActionPage; }
    BulkActionModel *bulkActionModel() const { return m_bulkActionModel; }
    BulkActionLoader *bulkActionLoader() const { return m_bulkActionLoader; }
    ProvisioningErrorUserPage *errorUserPage() const { return m_errorUserPage; }
    ProvisioningErrorUserModel *errorUserModel() const { return m_errorUserModel; }
    ProvisioningErrorUserLoader *errorUserLoader() const { return m_errorUserLoader; }
    QTabWidget *tabs() const { return m_tabs; }
    ListPage *page(int tab) const;
    ListPage *currentPage() const;
    ThemeManager *themeManager() const { return m_theme; }
    ActionController *actions() const { return m_actions; }
    bool isLoading() const;

    void setEnvironmentLabel(const QString &text);
    // Minutes between automatic refreshes; 0: off. Remembered.
    void setAutoRefreshMinutes(int minutes);
    int autoRefreshMinutes() const { return m_autoRefreshMinutes; }

public Q_SLOTS:
    // Reloads every list (F5): the policy counts need the Cloud PCs, and the lists are small beside them.
    void refresh();
    // Stops every load in progress (Esc); what has arrived stays.
    void cancelLoading();
    // Opens the Cloud PCs tab showing the failed Cloud PCs of one policy.
    void showFailedCloudPcsOfPolicy(const QString &policyId, const QString &policyName);
    // Asks for a file and exports the current tab's visible rows.
    void exportCurrent(bool json);

Q_SIGNALS:
    // The window was painted for the first time.
    void firstPainted();
    // Every list finished loading (or failed) after a refresh.
    void allLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    void onLoadingChanged();
    void updateTabTitles();

    GraphClient *m_client;
    AuditLog *m_auditLog;
    CloudPcModel *m_cloudPcModel;
    CloudPcLoader *m_cloudPcLoader;
    ProvisioningPolicyModel *m_policyModel;
    ProvisioningPolicyLoader *m_policyLoader;
    BulkActionModel *m_bulkActionModel;
    BulkActionLoader *m_bulkActionLoader;
    ProvisioningErrorUserModel *m_errorUserModel;
    ProvisioningErrorUserLoader *m_errorUserLoader;
    CloudPcPage *m_cloudPcPage;
    ProvisioningPolicyPage *m_policyPage;
    BulkActionPage *m_bulkActionPage;
    ProvisioningErrorUserPage *m_errorUserPage;
    QTabWidget *m_tabs;
    ThemeManager *m_theme;
    ActionController *m_actions = nullptr;
    QTimer *m_autoRefresh;
    QActionGroup *m_autoRefreshGroup = nullptr;
    int m_autoRefreshMinutes = 0;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    bool m_painted = false;
    bool m_wasLoading = false;
};
