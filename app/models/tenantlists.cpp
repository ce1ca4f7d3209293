#include "tenantlists.h"

#include "bulkactionloader.h"
#include "bulkactionmodel.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "onpremisesconnectionloader.h"
#include "onpremisesconnectionmodel.h"
#include "provisioningerroruserloader.h"
#include "provisioningerrorusermodel.h"
#include "provisioningpolicyloader.h"
#include "provisioningpolicymodel.h"

TenantLists::TenantLists(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cloudPcModel(new CloudPcModel(this))
    , m_cloudPcLoader(new CloudPcLoader(client, m_cloudPcModel, this))
    , m_policyModel(new ProvisioningPolicyModel(this))
    , m_policyLoader(new ProvisioningPolicyLoader(client, m_policyModel, this))
    , m_bulkActionModel(new BulkActionModel(this))
    , m_bulkActionLoader(new BulkActionLoader(client, m_bulkActionModel, this))
    , m_errorUserModel(new ProvisioningErrorUserModel(this))
    , m_errorUserLoader(new ProvisioningErrorUserLoader(client, m_errorUserModel, this))
    , m_connectionModel(new OnPremisesConnectionModel(this))
    , m_connectionLoader(new OnPremisesConnectionLoader(client, m_connectionModel, this))
{
    m_policyModel->setCloudPcModel(m_cloudPcModel);
}

TenantLists::~TenantLists() = default;

ListLoader *TenantLists::loader(int list) const
{
    switch (list) {
    case CloudPcs:
        return m_cloudPcLoader;
    case Policies:
        return m_policyLoader;
    case BulkActions:
        return m_bulkActionLoader;
    case ErrorUsers:
        return m_errorUserLoader;
    case Connections:
        return m_connectionLoader;
    }
    return nullptr;
}

bool TenantLists::isLoading() const
{
    for (int list = 0; list < ListCount; ++list) {
        if (loader(list)->isLoading())
            return true;
    }
    return false;
}

void TenantLists::reload()
{
    // Cloud PCs first: the policy counts and the bulk action details come from them.
    m_cloudPcLoader->reload();
    m_policyLoader->reload();
    m_bulkActionLoader->reload();
    m_errorUserLoader->reload();
    m_connectionLoader->reload();
}

void TenantLists::cancel()
{
    for (int list = 0; list < ListCount; ++list)
        loader(list)->cancel();
}

void TenantLists::clear()
{
    cancel();
    m_cloudPcModel->clear();
    m_policyModel->clear();
    m_bulkActionModel->clear();
    m_errorUserModel->clear();
    m_connectionModel->clear();
}
