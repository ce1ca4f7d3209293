#include "provisioningerroruserloader.h"

#include "graphclient.h"

ProvisioningErrorUserLoader::ProvisioningErrorUserLoader(GraphClient *client,
                                                         ProvisioningErrorUserModel *model, QObject *parent)
    : ModelLoader<ProvisioningErrorUserModel>(
          client, model, [](GraphClient *graph) { return graph->listUsersWithProvisioningErrors(); },
          tr("user"), parent)
{}
