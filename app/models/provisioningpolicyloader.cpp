#include "provisioningpolicyloader.h"

#include "graph/graphclient.h"

ProvisioningPolicyLoader::ProvisioningPolicyLoader(GraphClient *client, ProvisioningPolicyModel *model,
                                                   QObject *parent)
    : ModelLoader<ProvisioningPolicyModel>(
          client, model, [](GraphClient *graph) { return graph->listProvisioningPolicies(); },
          tr("provisioning policy"), parent)
{}
