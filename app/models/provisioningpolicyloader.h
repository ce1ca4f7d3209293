#pragma once

#include "modelloader.h"
#include "provisioningpolicymodel.h"

// Fills a ProvisioningPolicyModel (policies with their assignments) from Graph page by page.
class ProvisioningPolicyLoader : public ModelLoader<ProvisioningPolicyModel>
{
    Q_OBJECT
public:
    ProvisioningPolicyLoader(GraphClient *client, ProvisioningPolicyModel *model, QObject *parent = nullptr);
};
