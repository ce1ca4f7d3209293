#include "provisioningpolicyloader.h"

#include "graphclient.h"

ProvisioningPolicyLoader::ProvisioningPolicyLoader(GraphClient *client, ProvisioningPolicyModel *model,
                                                   QObject *parent)
    : ModelLoader<ProvisioningPolicyModel>(
          client, model, [](GraphClient *graph) { return graph->listProvisioningPolicies(); },
          tr("provisioning policy"), parent)
{}
