#pragma once

#include <QObject>

class BulkActionLoader;
class BulkActionModel;
class CloudPcLoader;
class CloudPcModel;
class GraphClient;
class ListLoader;
class OnPremisesConnectionLoader;
class OnPremisesConnectionModel;
class ProvisioningErrorUserLoader;
class ProvisioningErrorUserModel;
class ProvisioningPolicyLoader;
class ProvisioningPolicyModel;

// The tenant's lists, without widgets: the Cloud PCs, provisioning policies, bulk actions and users with
// provisioning errors, each a model and the loader that fills it from Graph. The console's start-up creates
// one and hands it to the window (which shows each list in a page, with its own sort and filter) and to the
// controllers (acts read their targets here and reload what they touched; sign-in reloads or clears).
class TenantLists : public QObject
{
    Q_OBJECT
public:
    // In the order of the window's tabs (Connections has no tab of its own yet: the overview shows it).
    enum List { CloudPcs, Policies, BulkActions, ErrorUsers, Connections, ListCount };

    explicit TenantLists(GraphClient *client, QObject *parent = nullptr);
    ~TenantLists() override;

    GraphClient *client() const { return m_client; }
    CloudPcModel *cloudPcModel() const { return m_cloudPcModel; }
    CloudPcLoader *cloudPcLoader() const { return m_cloudPcLoader; }
    ProvisioningPolicyModel *policyModel() const { return m_policyModel; }
    ProvisioningPolicyLoader *policyLoader() const { return m_policyLoader; }
    BulkActionModel *bulkActionModel() const { return m_bulkActionModel; }
    BulkActionLoader *bulkActionLoader() const { return m_bulkActionLoader; }
    ProvisioningErrorUserModel *errorUserModel() const { return m_errorUserModel; }
    ProvisioningErrorUserLoader *errorUserLoader() const { return m_errorUserLoader; }
    OnPremisesConnectionModel *connectionModel() const { return m_connectionModel; }
    OnPremisesConnectionLoader *connectionLoader() const { return m_connectionLoader; }
    // The loader of a List (each loader tells when it starts, progresses, finishes or fails).
    ListLoader *loader(int list) const;
    // Whether any list is loading.
    bool isLoading() const;

public Q_SLOTS:
    // Reloads every list: the policy counts need the Cloud PCs, and the other lists are small beside them.
    void reload();
    // Stops every load in progress; what has arrived stays.
    void cancel();
    // Stops every load and empties every list (sign-out, another account: no rows of another tenant stay).
    void clear();

private:
    GraphClient *m_client;
    CloudPcModel *m_cloudPcModel;
    CloudPcLoader *m_cloudPcLoader;
    ProvisioningPolicyModel *m_policyModel;
    ProvisioningPolicyLoader *m_policyLoader;
    BulkActionModel *m_bulkActionModel;
    BulkActionLoader *m_bulkActionLoader;
    ProvisioningErrorUserModel *m_errorUserModel;
    ProvisioningErrorUserLoader *m_errorUserLoader;
    OnPremisesConnectionModel *m_connectionModel;
    OnPremisesConnectionLoader *m_connectionLoader;
};
